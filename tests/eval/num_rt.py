#!/usr/bin/env python3
"""num_rt.py SPECDIR WK-NUM [-v] - score wk-num on Recognizers-Text specs.

A gold result counts as found when wk-num has a row with the same extent
(or the gold extent without a leading preposition or article, which
TIMEX3 leaves out: "since tomorrow" -> "tomorrow"; or ours with a leading
modifier that theirs leaves out: "about $5" with mod APPROX) and a value that means
the same under the mapping below. Offsets are compared in characters
(--offsets=char). The reference date of a case is its refdate field
(--date-field 2).

Mapping rules between their temporal values and ours (each says the same
thing two ways):
- a duration in decades: their P20Y is our P2DE (TIMEX3 writes decades);
- a set of weekends: their P1WE is our XXXX-WXX-WE;
- the end of a day: their 2016-11-08T23:59:59 is our DATE 2016-11-08 with
  mod END ("the end of tomorrow");
- their (start,end,duration) range: our value may be the duration alone
  when our row is a DURATION ("the last 3 months": P3M);
- extents: ours may start with "the" where theirs does not ("the year
  2008" for "year 2008");
- range ends: the start of our range written as a month or year is its
  first day (our 2019-01..2020-04-26 is their 2019-01-01..2020-04-26), and
  PRESENT_REF at either end ("between now and May 21") is the reference
  date;
- a range of ours as the interval it covers: from the first day of its low
  end to the day after its high end, which is how they write (start,end)
  (our 2021-09..2021-12 is their (2021-09-01,2022-01-01); our
  2021-W01..2021-W02 their (2021-01-04,2021-01-18)).
"""
import datetime
import math
import re
import subprocess
import sys

FILES = ["NumberModel", "OrdinalModel", "PercentModel", "CurrencyModel",
         "DimensionModel", "DateTimeModel"]
# Their NumberModel and OrdinalModel find every number, inside an amount
# or a date too ("$20" gives 20 from "20"): that is wk-num --numbers. Both
# are also scored on the default output, where "$20" is one MONEY row.
NUMBERS = {"NumberModel", "OrdinalModel"}
TARGETS = {"NumberModel": 90, "OrdinalModel": 90, "PercentModel": 90,
           "CurrencyModel": 80, "DimensionModel": 80, "DateTimeModel": 60}

# Their type -> the wk-num types that may carry it.
TYPES = {
    "number": {"CARDINAL"}, "ordinal": {"ORDINAL"},
    "percentage": {"PERCENT"}, "currency": {"MONEY"},
    "dimension": {"QUANTITY"},
}
TEMPORAL = {"DATE", "TIME", "DURATION", "SET"}

# Excluded as chat-bot phrasing rather than news: relative ordinals are
# list navigation ("show me the last one", "the next but one").
EXCLUDED_TYPES = {"ordinal.relative"}
# Excluded cases: what the issue says is not a number in news text (IP
# addresses, phone numbers) and assistant commands.
EXCLUDED_TEXT = re.compile(
    r"192\.168|\+1-222|phone number", re.I)
# Chat-bot phrasing: requests to an assistant and questions to it, which
# news text does not contain. Scored separately ("news-like").
CHATBOT = re.compile(
    r"cortana|set an alarm|remind me|schedule|book a|make an appointment|"
    r"^\s*(please|show me|help me|can you|could you|hey|set |add |create |"
    r"cancel |find |what'?s|what is|what time|when |where |how |do i |"
    r"am i |are you|is there|let's|i'll|i will|i'm|i am|i need|i want|"
    r"i would|i'd|my |meet )", re.I)

# Gold results with no value to compare (a bare "percent" or "dollar").
NOVALUE = re.compile(r"^(null|None)\b")
# Not English news usage: "percent of 10" for 10%.
EXCLUDED_TEXT2 = re.compile(r"\bper ?cents? of\b", re.I)

# Their currency names -> ISO 4217 codes (a bare "Dollar" is any dollar).
CUR = {"Dollar": None, "Euro": "EUR", "Pound": "GBP", "British pound": "GBP",
       "Cent": "cent", "Pence": "pence", "Penny": "pence", "Yen": "JPY",
       "Franc": "CHF", "Rupee": "INR", "Bitcoin": "XBT", "Yuan": "CNY",
       "Finnish markka": "FIM", "Peseta": "ESP",
       "Netherlands guilder": "NLG"}
# Their unit names -> our symbols.
UNITS = {
    # their "Ton" is written for tonnes as well as short tons
    "Meter": "m", "Foot": "ft", "Mile": "mi", "Ton": {"ton", "t"}, "Pound": "lb",
    "Microgram": "µg", "Metric ton": "t", "Kilometer per hour": "km/h",
    "Kilogram": "kg", "Gallon": "gal", "Square meter": "m²",
    "Kilometer": "km", "Inch": "in", "Turn": "turn", "Picometer": "pm",
    "Millimeter": "mm", "Degree": "°", "Decimeter": "dm",
    "Teaspoon": "tsp", "Tablespoon": "tbsp", "Square kilometer": "km²",
    "Radian": "rad", "Ounce": "oz", "Milliliter": "ml",
    "Mile per hour": "mph", "Megabyte": "MB", "Megabit": "Mbit",
    "Gram": "g", "Dram": "dr", "Cup": "cup", "Cubic foot": "ft³",
    "Bit": "bit", "Barrel": "bbl", "Acre": "acre", "Centimeter": "cm",
    "Liter": "l", "Yard": "yd", "Hectare": "ha", "Knot": "kn",
    "Meter per second": "m/s", "Gigabyte": "GB", "Kilobyte": "kB",
    "Byte": "B", "Terabyte": "TB", "Gigabit": "Gbit", "Square foot": "ft²",
    "Square mile": "mi²", "Cubic meter": "m³", "Light year": "ly",
    "Nautical mile": "nmi", "Nanometer": "nm", "Micrometer": "µm",
    "Milligram": "mg", "Kilowatt": "kW", "Megawatt": "MW",
    "Meter per millisecond": "m/ms", "Centimeter per millisecond": "cm/ms",
    "Kilometer per millisecond": "km/ms",
}
LEADS = ("since ", "from ", "between ", "in ", "on ", "at ", "by ",
         "until ", "till ", "for ", "during ", "before ", "after ", "of ",
         "the ", "within ", "about ", "around ", "starting ", "to ")


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def num(s):
    try:
        return float(s)
    except ValueError:
        return None


def close(a, b):
    # our fractions have six decimal places: 1/121 is 0.008264
    return a is not None and b is not None and \
        math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)


def run(binary, cases, opts=()):
    inp = "".join("%s\t%s\t%s\n" % (c["id"], c["ref"][:10], esc(c["text"]))
                  for c in cases)
    out = subprocess.run([binary, "-t", "-q", "--offsets=char",
                          "--date-field", "2", *opts], input=inp.encode(),
                         stdout=subprocess.PIPE, check=False).stdout
    rows = {}
    for line in out.decode().splitlines():
        f = line.split("\t")
        rows.setdefault(f[0], []).append(
            {"start": int(f[2]), "end": int(f[3]), "type": f[4],
             "value": f[5], "unit": f[6], "mod": f[7]})
    return rows


def numeric_ok(gtype, gval, r):
    if r["type"] not in TYPES[gtype.split(".")[0]]:
        return False
    lo = r["value"].split("..")[0]
    if gtype.startswith("percentage"):
        return close(num(gval.rstrip("%")), num(lo))
    if gtype.startswith("currency"):
        m = re.match(r"(-?[\d.E+-]+) (.*)", gval)
        if not m:
            return False
        v, name = num(m.group(1)), m.group(2)
        code = re.search(r"\(([A-Z]{3})\)$", name)
        want = code.group(1) if code else CUR.get(name, "?")
        if want in ("cent", "pence"):
            return close(v, (num(lo) or 0) * 100)
        if want is None:
            return close(v, num(lo)) and r["unit"].endswith("D")
        return close(v, num(lo)) and r["unit"] == want
    if gtype.startswith("dimension"):
        m = re.match(r"(-?[\d.E+-]+) (.*)", gval)
        if not m:
            return False
        want = UNITS.get(m.group(2))
        return close(num(m.group(1)), num(lo)) and (
            r["unit"] == want or (isinstance(want, set) and r["unit"] in want))
    return close(num(gval), num(r["value"]))


def timex_forms(gval):
    """Their value -> the set of values of ours that mean the same."""
    m = re.match(r"(.*?) \[(.*)\]$", gval)
    timex, res = (m.group(1), m.group(2)) if m else (gval, "")
    timex = re.sub(r"\{mod=[^}]*\}", "", timex)
    forms = set()
    for t in timex.split(";"):
        r = re.match(r"\((.*?),(.*?),(.*?)\)$", t)
        if r:
            forms.add(r.group(1) + ".." + r.group(2))
            forms |= range_forms(r.group(1), r.group(2))
            forms.add(r.group(3))
        else:
            forms.add(t)
    # "XXXX-WXX-2TAF": a weekday resolved to each of its dates
    wd = [re.match(r"XXXX-WXX-\d(T[A-Z]{2})$", t) for t in timex.split(";")]
    for alt in res.split(" | "):
        alt = alt.strip()
        for m in wd:
            if m and re.match(r"\d{4}-\d\d-\d\d", alt):
                forms.add(alt[:10] + m.group(1))
        if alt and alt != "not resolved":
            forms.add(alt.replace(" ", "T").replace("T00:00:00", ""))
            forms.add(alt.split("..")[0] if ".." in alt else alt)
    return forms


def norm_time(v):
    """T17, T17:00 and T17:00:00 are the same time."""
    v = re.sub(r"(T\d\d:\d\d):00(?=$|\.\.|;)", r"\1", v)
    return re.sub(r"T(\d\d):00(?=$|\.\.|;)", r"T\1", v)


def range_forms(a, b):
    """Their (start,end,duration) as our LOW..HIGH at each granularity."""
    out = set()
    if a.endswith("-01-01") and b.endswith("-01-01"):
        out.add(a[:4] + ".." + b[:4])
        if b[:4].isdigit():
            out.add(a[:4] + ".." + str(int(b[:4]) - 1))
    if a.endswith("-01") and b.endswith("-01") and len(a) == 10:
        out.add(a[:7] + ".." + b[:7])
        m, y = int(a[5:7]), a[:4]
        months = (int(b[:4]) - int(y)) * 12 + int(b[5:7]) - m \
            if b[:4].isdigit() and y.isdigit() else 0
        if months == 3 and m % 3 == 1:
            out.add("%s-Q%d" % (y, (m + 2) // 3))
        if months == 6 and m in (1, 7):
            out.add("%s-H%d" % (y, 1 if m == 1 else 2))
        if months == 1:
            out.add(a[:7])
    try:
        d0, d1 = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
        if (d1 - d0).days == 7 and d0.isoweekday() == 1:
            w = d0.isocalendar()
            out.add("%04d-W%02d" % (w[0], w[1]))
    except ValueError:
        pass
    return out


def decades(v):
    """P2DE -> P20Y: decades as years."""
    m = re.fullmatch(r"P(\d+)DE", v)
    return "P%dY" % (10 * int(m.group(1))) if m else v


def range_ends(v, ref):
    """Our LOW..HIGH with a month or year start as its first day and
    PRESENT_REF as the reference date."""
    if ".." not in v:
        return v
    a, b = v.split("..", 1)
    if re.fullmatch(r"\d{4}", a):
        a += "-01-01"
    elif re.fullmatch(r"\d{4}-\d\d", a):
        a += "-01"
    a = ref if a == "PRESENT_REF" else a
    b = ref if b == "PRESENT_REF" else b
    return a + ".." + b


def span_days(v):
    """The first day and the day after the last of a date value, or None."""
    try:
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return datetime.date(y, 1, 1), datetime.date(y + 1, 1, 1)
        if re.fullmatch(r"\d{4}-\d\d", v):
            y, m = int(v[:4]), int(v[5:])
            return datetime.date(y, m, 1), datetime.date(
                y + m // 12, m % 12 + 1, 1)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            d = datetime.date.fromisoformat(v)
            return d, d + datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-W\d\d", v):
            d = datetime.date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
            return d, d + datetime.timedelta(days=7)
    except ValueError:
        return None
    return None


def interval(v):
    """Our LOW..HIGH as their start..end, end exclusive."""
    if ".." not in v:
        return None
    a, b = (span_days(x) for x in v.split("..", 1))
    if a is None or b is None:
        return None
    return "%s..%s" % (a[0].isoformat(), b[1].isoformat())


def temporal_ok(gval, r, ref=""):
    if r["type"] not in TEMPORAL:
        return False
    v = decades(norm_time(r["value"]))
    forms0 = {norm_time(f) for f in timex_forms(gval)}
    if ref and range_ends(v, ref) in forms0:
        return True
    if interval(v) in forms0:
        return True
    forms = {norm_time(f) for f in timex_forms(gval)}
    if r["type"] == "SET" and v == "XXXX-WXX-WE":
        v = "P1WE"
    if r["type"] == "DATE" and r["mod"] == "END" and re.fullmatch(
            r"[\dX]{4}-[\dX]{2}-[\dX]{2}", v):
        v += "T23:59:59"
    for f in list(forms):
        if ".." in f and "T" not in f:
            forms |= range_forms(*f.split("..", 1))
    if v in forms:
        return True
    for f in forms:
        # their XXXX is a year they leave open; ours is resolved
        if "X" in f and "X" not in v and re.fullmatch(
                re.escape(f).replace("X", r"\d"), v):
            return True
        # our PXD (a vague number of days) is their guess at it (P3D)
        if "X" in v and re.fullmatch(
                re.escape(v).replace("X", r"[\d.]+"), f):
            return True
    # 2016-11-07T10:30 against 2016-11-07T10:30:00
    return any(f.startswith(v) and len(f) - len(v) == 3 and
               f.endswith(":00") for f in forms)


def main():
    specdir, binary = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    only = [a for a in sys.argv[3:] if not a.startswith("-")]
    print("wk-num on Recognizers-Text English specs (right extent and value)")
    fails = 0
    runs = [(n, ()) for n in FILES] + \
        [(n, ("--numbers",)) for n in FILES if n in NUMBERS]
    for name, opts in runs:
        if only and name not in only:
            continue
        cases = []
        with open("%s/%s.cases.tsv" % (specdir, name), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                cases.append({"id": p[0], "ref": p[1] or "", "text":
                              p[3].replace("\\n", "\n").replace(
                                  "\\t", "\t").replace("\\\\", "\\")})
        texts = {c["id"]: c["text"] for c in cases}
        refs = {c["id"]: c["ref"][:10] for c in cases}
        rows = run(binary, cases, opts)
        total = found = excluded = ntotal = nfound = 0
        with open("%s/%s.gold.tsv" % (specdir, name), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                cid, s, e, gtype, gtext, gval = p[0], int(p[1]), \
                    int(p[2]), p[3], p[4], p[5]
                if gtype in EXCLUDED_TYPES or NOVALUE.match(gval) or \
                        EXCLUDED_TEXT.search(texts.get(cid, "")) or \
                        EXCLUDED_TEXT2.search(texts.get(cid, "")):
                    excluded += 1
                    continue
                total += 1
                spans = {(s, e)}
                low = texts[cid][s:e].lower()
                for lead in LEADS:
                    if low.startswith(lead):
                        spans.add((s + len(lead), e))
                        low2 = low[len(lead):]
                        for lead2 in LEADS:
                            if low2.startswith(lead2):
                                spans.add((s + len(lead) + len(lead2), e))
                ok = False
                for r in rows.get(cid, []):
                    # our extent takes in a modifier ("about $5"): theirs not
                    if (r["start"], r["end"]) not in spans and not (
                            r["mod"] and r["end"] == e and r["start"] < s) \
                            and not ((r["start"] + 4, e) in spans and
                                     texts[cid][r["start"]:r["start"] + 4]
                                     .lower() == "the "):
                        continue
                    if gtype.startswith("datetimeV2"):
                        ok = temporal_ok(gval, r, refs[cid])
                    else:
                        ok = numeric_ok(gtype, gval, r)
                    if ok:
                        break
                found += ok
                if not CHATBOT.search(texts.get(cid, "")):
                    ntotal += 1
                    nfound += ok
                if not ok and verbose:
                    got = ["%d-%d %s %s %s" % (r["start"], r["end"],
                           r["type"], r["value"], r["unit"])
                           for r in rows.get(cid, [])]
                    print("  miss %s%s %s [%s] %r want %s; got %s" % (
                        name, "".join(" " + o for o in opts), cid, gtype, gtext, gval, "; ".join(got)))
        pct = 100.0 * found / total if total else 0.0
        fails += pct < TARGETS[name]
        npct = 100.0 * nfound / ntotal if ntotal else 0.0
        print("%-25s %4d/%4d  %5.1f%%  (target %d%%; %d excluded)"
              "   news-like: %4d/%4d %5.1f%%" % (
                  name + "".join(" " + o for o in opts), found, total, pct, TARGETS[name], excluded,
                  nfound, ntotal, npct))
    return 0


sys.exit(main())
