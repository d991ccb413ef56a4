/*
 * numamount.c - amounts: a number with what follows or precedes it.
 * Percentages ("5%", "41.5 percent", "3 percentage points" in pp), money
 * ("$2.5 billion", "US$40", "USD 5m", "4.2 million euros", "50 cents"),
 * quantities with a unit ("500,000 barrels per day", "minus 15 degrees
 * Celsius", "a 3-inch"), ordinals, cardinals, and ranges of any of these
 * ("5-10%", "between 5 and 10", "$5 million to $10 million").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "numint.h"
#include "wordlist.h"

/* a currency before a number: "$", "US$", "USD", "C$"; atoms used or 0 */
static size_t
curprefix(struct numctx *c, size_t i, const char **code)
{
	const char *gc;
	size_t k;
	int scale;

	if (i >= c->na || c->a[i].kind == A_NUM)
		return 0;
	/* "Rs280", "RM32 billion", "R250 billion" (glued: numlex.c) */
	if ((gc = numlex_curglued(c, i, &scale)) != NULL &&
	    (numlex_adj(c, i + 1) ? c->a[i + 1].kind == A_NUM : !scale)) {
		*code = gc;
		return 1;
	}
	k = numlex_phrase(c, 1, i, code);
	if (k == 0 || strchr(*code, '-') != NULL)
		return 0;
	/* "USD 5m", "US$40", "c $ 16.4": a code in capitals, a symbol, or
	 * a word of currency.txt ("rmb 10", "Rs 500"; not "won 5") */
	if (c->a[i].kind == A_WORD && !(c->a[i].fl & F_UPPER) &&
	    c->a[i + k - 1].kind != A_SYM && !(k == 1 && ((c->a[i].e -
	    c->a[i].s == 3 && numlex_phrase(c, 3, i, code) == 1 &&
	    strncasecmp(c->s + c->a[i].s, *code, 3) == 0) ||
	    numlex_is(c, i, "rmb") || numlex_is(c, i, "rs"))))
		return 0;
	if (numlex_is(c, i, "rs") && (c->a[i].fl & F_UPPER))
		return 0;	/* "Audi RS 5": a model */
	if (k > 1 && numlex_is(c, i, "a") && !numlex_adj(c, i + 1))
		return 0;	/* "A $5M deal": the article, not A$ */
	if (k > 1 && i > 0 && numlex_adj(c, i) && (numlex_sym(c, i - 1, '\'') ||
	    numlex_sym(c, i - 1, 0x2019)))
		return 0;	/* "the company's $70": a possessive, not S$ */
	return k;
}

/* "-$3.4 billion", "(-$1.2bn)": a minus glued to a currency symbol,
 * not to a word or number before it ("pre-$5") */
static int
minuscur(struct numctx *c, size_t i)
{
	const char *code;

	return (numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2212)) &&
	    numlex_adj(c, i + 1) && c->a[i + 1].kind == A_SYM &&
	    !(i > 0 && numlex_adj(c, i) && c->a[i - 1].kind != A_SYM) &&
	    curprefix(c, i + 1, &code) > 0;
}

/* "5 feet 2 inches", "6 ft 1 in": one length in feet */
static size_t
feetinches(struct numctx *c, size_t j, struct cand *cd, struct dec *v)
{
	struct dec in;
	const char *str;
	size_t k = j, e;
	int ord;

	if (strcmp(cd->unit, "ft") != 0)
		return j;
	if (numlex_is(c, k, "and"))
		k++;
	if ((e = num_number(c, k, &in, &ord)) == 0 || ord ||
	    numlex_phrase(c, 0, e, &str) != 1 || strcmp(str, "in") != 0 ||
	    dec_cmp_int(in, 12) >= 0)
		return j;
	*v = dec_add(*v, dec_div(in, 12));
	return e + 1;
}

/*
 * A rate after a unit: "7.8 km/s", "3 miles per minute", "50 km/ms" are
 * speeds, not lengths. The time after "/" or "per" is a time unit of the
 * lexicon (its TIMEX3 letter gives the symbol), a millisecond, or "s"
 * after "/"; the unit becomes "km/s". Returns the end.
 */
static size_t
perunit(struct numctx *c, size_t e, struct cand *cd)
{
	static const char *tus[] = { "S", "s", "MIN", "min", "H", "h",
	    "D", "d", "W", "wk", "M", "mo", "Y", "yr", NULL };
	const struct lex *x;
	const char *sym = NULL;
	size_t k, n;

	if (strchr(cd->unit, '/') != NULL)
		return e;
	if (numlex_sym(c, e, '/') && numlex_adj(c, e) && numlex_adj(c, e + 1))
		k = e + 1;
	else if (numlex_is(c, e, "per"))
		k = e + 1;
	else if ((numlex_is(c, e, "a") || numlex_is(c, e, "an")) &&
	    !numlex_is(c, e + 2, "ago") && !numlex_is(c, e + 2, "earlier") &&
	    !numlex_is(c, e + 2, "later") && !numlex_is(c, e + 2, "before") &&
	    !numlex_is(c, e + 2, "after"))
		k = e + 1;	/* "40 million tonnes a year", not "a year ago" */
	else
		return e;
	if (numlex_is(c, k, "ms") || numlex_is(c, k, "millisecond"))
		sym = "ms";
	else if (numlex_is(c, k, "annum") && numlex_is(c, e, "per"))
		sym = "yr";	/* "per annum" */
	else if (numlex_sym(c, e, '/') && numlex_is(c, k, "s"))
		sym = "s";
	else if ((x = numlex_get(c, k)) != NULL && x->tu[0] != '\0' &&
	    !(x->fl & L_PL))
		for (n = 0; tus[n] != NULL; n += 2)
			if (strcmp(x->tu, tus[n]) == 0)
				sym = tus[n + 1];
	if (sym == NULL || strlen(cd->unit) + strlen(sym) + 2 >
	    sizeof cd->unit)
		return e;
	strcat(cd->unit, "/");
	strcat(cd->unit, sym);
	return k + 1;
}

/* the symbol of a unit, and the power of ten its abbreviation holds:
 * units.txt says "mb/d" is "bbl/d*6", a million barrels a day */
static void
unitsym(struct cand *cd, const char *str, struct dec *v)
{
	const char *st = strchr(str, '*');
	size_t n = st != NULL ? (size_t)(st - str) : strlen(str);

	if (n >= sizeof cd->unit)
		n = sizeof cd->unit - 1;
	memcpy(cd->unit, str, n);
	cd->unit[n] = '\0';
	if (st != NULL)
		*v = dec_pow10(*v, atoi(st + 1));
}

/* the power of ten by which the unit scaled the high end of a range, to
 * scale the low end alike ("5 to 10 cents", "2-3 mb/d", "5-10 USD
 * million"); 0 for none ("5 feet 2 inches") */
static int
scaledby(struct dec before, struct dec after)
{
	struct dec d;
	int k;

	for (k = -18; k <= 18; k++)
		if (k != 0 && (d = dec_add(dec_pow10(before, k),
		    dec_mul(after, dec_int(-1)))).ok && d.m == 0)
			return k;
	return 0;
}

/*
 * "fell 12p to 345p": pence, glued and in lower case as the British
 * press writes share prices; not "2p.m.", nor the video formats "720p"
 * and "1080p". Divides *v by 100.
 */
static int
pence(struct numctx *c, size_t j, struct dec *v)
{
	static const int64_t video[] = { 240, 360, 480, 576, 720, 1080,
	    1440, 2160, 4320, 0 };
	int64_t n;
	size_t k;

	if (!numlex_is(c, j, "p") || !numlex_adj(c, j) ||
	    (c->a[j].fl & F_CAP) || (numlex_sym(c, j + 1, '.') &&
	    numlex_adj(c, j + 2) && numlex_is(c, j + 2, "m")))
		return 0;
	for (k = 0; dec_is_int(*v, &n) && video[k] != 0; k++)
		if (n == video[k])
			return 0;
	*v = dec_div(*v, 100);
	return 1;
}

/*
 * Percentage points as rate news writes them, *v made points: "25 basis
 * points", "25bp", "50 bps" (hundredths); "half a percentage point", "a
 * quarter of a percentage point", "a quarter-point cut" (a fraction of
 * one; "a 25-point lead" is a poll's points). Returns the atom after, or
 * 0.
 */
static size_t
points(struct numctx *c, size_t j, struct dec *v)
{
	size_t k = j;
	int frac = dec_cmp_int(*v, 1) < 0;
	int64_t q;

	/* "25 basis points", "a 50-basis-point cut", "25-bp", "30bp" */
	if (numlex_hyphen(c, k) && (numlex_is(c, k + 1, "basis") ||
	    numlex_is(c, k + 1, "bp")))
		k++;
	if (numlex_is(c, k, "basis")) {
		k += 1 + numlex_hyphen(c, k + 1);
		if (numlex_is(c, k, "points") || numlex_is(c, k, "point")) {
			*v = dec_div(*v, 100);
			return k + 1;
		}
		return 0;
	}
	if ((numlex_is(c, k, "bp") || numlex_is(c, k, "bps")) &&
	    !(c->a[k].fl & F_CAP)) {
		*v = dec_div(*v, 100);
		return k + 1;
	}
	/* "rose 0.3 ppt" */
	if ((numlex_is(c, j, "ppt") || numlex_is(c, j, "ppts")) &&
	    !(c->a[j].fl & F_CAP))
		return j + 1;
	if (!frac)
		return 0;
	if (numlex_hyphen(c, j) && numlex_is(c, j + 1, "point"))
		return j + 2;
	if (numlex_is(c, k, "of"))
		k++;
	if (numlex_is(c, k, "a"))
		k++;
	if (numlex_hyphen(c, k) && numlex_is(c, k + 1, "percentage"))
		k++;	/* "a half-percentage-point cut" */
	if (numlex_is(c, k, "percentage") && (numlex_is(c, k + 1, "point") ||
	    (numlex_hyphen(c, k + 1) && numlex_is(c, k + 2, "point"))))
		return k + 2 + numlex_hyphen(c, k + 1);
	/* "a quarter point", "half a point", "a tenth of a point": the
	 * fractions rate moves come in */
	if (numlex_is(c, k, "point") && dec_is_int(dec_mul(*v, dec_int(100)),
	    &q) && (q == 25 || q == 50 || q == 75 || q == 10))
		return k + 1;
	return 0;
}

/*
 * "N pounds" under a million is weight ("a 500-pound bomb", "200 pounds
 * of cocaine") unless money is said around it: a conversion in brackets
 * after ("500,000 pounds ($650,000)") or a word of moneyverbs.txt a few
 * words before the number at i ("fined the bank 500,000 pounds"). k is
 * the atom after "pounds".
 */
static int
poundmoney(struct numctx *c, size_t i, size_t k)
{
	const char *code;
	size_t n;

	if (numlex_is(c, k, "of"))
		return 0;
	if ((numlex_sym(c, k, '(') || numlex_sym(c, k, '[')) &&
	    curprefix(c, k + 1, &code) > 0)
		return 1;
	for (n = 0; n < 5 && i > 0 && c->a[i - 1].kind == A_WORD; n++, i--)
		if (numlex_listword(c, NL_MONEYVERB, i - 1, 0) != NULL)
			return 1;
	return 0;
}

/* what follows a number: percent, currency, unit; sets cand type */
static size_t
suffix(struct numctx *c, size_t j, struct cand *cd, struct dec *v,
    int ord, int hascur)
{
	const struct lex *x;
	const char *str;
	size_t k, h = j;

	if (ord) {
		cd->type = WK_N_ORDINAL;
		return j;
	}
	if (numlex_sym(c, j, '%') || numlex_sym(c, j, 0xFF05)) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "%");
		return j + 1;
	}
	/* "a 3-percent rise", "a 2-percentage-point fall" */
	k = numlex_hyphen(c, j) && (numlex_is(c, j + 1, "percent") ||
	    numlex_is(c, j + 1, "percentage")) ? j + 1 : j;
	h = numlex_hyphen(c, k + 1) ? k + 2 : k + 1;
	if (numlex_is(c, k, "percentage") && (numlex_is(c, h, "points") ||
	    numlex_is(c, h, "point"))) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "pp");
		return h + 1;
	}
	if ((h = points(c, j, v)) != 0) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "pp");
		return h;
	}
	h = j;
	if (numlex_is(c, k, "percent") || numlex_is(c, k, "pct") ||
	    numlex_is(c, k, "percentage") || numlex_is(c, k, "percents")) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "%");
		return k + 1;
	}
	/* "10pc" in the British press; "10 PCs" are computers */
	if (numlex_is(c, j, "pc") && numlex_adj(c, j) &&
	    !(c->a[j].fl & F_CAP)) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "%");
		return j + 1;
	}
	if (numlex_is(c, j, "per") && numlex_is(c, j + 1, "cent")) {
		cd->type = WK_N_PERCENT;
		strcpy(cd->unit, "%");
		return j + 2;
	}
	if (hascur)
		return j;
	if (pence(c, j, v)) {
		cd->type = WK_N_MONEY;
		strcpy(cd->unit, "GBP");
		return j + 1;
	}
	/* "a 30-day truce", "a six-mile walk": the unit after a hyphen */
	if (numlex_hyphen(c, j))
		h = j + 1;
	if ((k = numlex_phrase(c, 1, h, &str)) > 0 && (h == j ||
	    numlex_is(c, h, "cent") || numlex_is(c, h, "yen") ||
	    numlex_is(c, h, "dollar") || numlex_is(c, h, "euro") ||
	    numlex_is(c, h, "dollars") || numlex_is(c, h, "euros")) &&
	    !(strcmp(str, "GBP") == 0 && numlex_is(c, h, "pounds") &&
	    dec_cmp_int(*v, 1000000) < 0 && !numlex_is(c, h + 1, "sterling") &&
	    !poundmoney(c, cd->i, h + 1)) &&
	    !(c->a[h + k - 1].kind == A_SYM && numlex_adj(c, h + k) &&
	    c->a[h + k].kind == A_NUM)) {
		/* not "1 $10 bill": a symbol glued to digits is theirs */
		cd->type = WK_N_MONEY;
		if (strchr(str, '-') != NULL) {	/* cents, pence */
			*v = dec_div(*v, 100);
			snprintf(cd->unit, sizeof cd->unit, "%.3s", str);
		} else
			snprintf(cd->unit, sizeof cd->unit, "%s", str);
		/* "75 USD million" */
		if ((x = numlex_get(c, h + k)) != NULL && x->mult > 0 &&
		    !(x->fl & L_PL)) {
			*v = dec_pow10(*v, x->mult);
			k++;
		}
		return h + k;
	}
	x = numlex_get(c, h);
	if (x != NULL && x->tu[0] != '\0' && strcmp(x->tu, "Q") != 0 &&
	    !(x->fl & L_ABBR && !numlex_adj(c, h)))
		return 0;	/* a duration: numtime.c */
	if ((k = numlex_phrase(c, 0, h, &str)) > 0) {
		const struct atom *u = &c->a[h];
		size_t ulen = u->e - u->s;

		/* short symbols that are also words only glued to the number */
		if (k == 1 && h == j && !numlex_adj(c, h) && ((ulen == 1 &&
		    !numlex_is(c, h, "m") && !numlex_is(c, h, "g") &&
		    !(numlex_is(c, h, "t") && numlex_is(c, h + 1, "of"))) ||
		    numlex_is(c, h, "in") || numlex_is(c, h, "mi") ||
		    numlex_is(c, h, "st") || numlex_is(c, h, "pm") ||
		    numlex_is(c, h, "dr")) && strcmp(str, "°") != 0)
			return j;
		/* "50 Mt of coal", but "2 Mt Everest routes"; "50,000 GT"
		 * is gross tonnage, not gigatonnes */
		if ((numlex_is(c, h, "mt") && !numlex_adj(c, h) &&
		    h + 1 < c->na && c->a[h + 1].kind == A_WORD &&
		    (c->a[h + 1].fl & F_CAP)) || (numlex_is(c, h, "gt") &&
		    (c->a[h].fl & F_UPPER)))
			return j;
		/* grams are "g": "2 G", "5G" are no weight */
		if (ulen == 1 && c->s[u->s] == 'G')
			return j;
		/* "1.8m" glued is millions unless a dimension follows */
		if (numlex_is(c, h, "in") || (numlex_is(c, h, "m") &&
		    numlex_adj(c, h) && !numlex_metres(c, h + 1)))
			return j;
		cd->type = WK_N_QUANTITY;
		unitsym(cd, numlex_is(c, h, "mt") && memcmp(c->s + u->s, "Mt",
		    2) == 0 ? "Mt" : str, v);
		return perunit(c, feetinches(c, h + k, cd, v), cd);
	}
	return j;
}

/*
 * The dash at k, spaced before and glued after, follows a number: "75
 * -300mm", "5 -10 percent", "won 3 -2" are a range or a score with a
 * careless space, not a negative number after a positive one.
 */
int
num_dashafter(const struct numctx *c, size_t k)
{
	return k > 0 && c->a[k - 1].kind == A_NUM &&
	    !(c->a[k - 1].fl & F_SKIP) && !(c->a[k].fl & F_NL);
}

/* the number part, with a leading minus or "minus" */
static size_t
signednum(struct numctx *c, size_t i, struct dec *v, int *ord, size_t *from)
{
	size_t j;
	int neg = 0;

	*from = i;
	if ((numlex_is(c, i, "minus") || numlex_is(c, i, "negative")) &&
	    i + 1 < c->na) {
		neg = 1;
		i++;
	} else if ((numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2212)) &&
	    numlex_adj(c, i + 1) && i + 1 < c->na &&
	    c->a[i + 1].kind == A_NUM && (i == 0 || (!numlex_adj(c, i) &&
	    !num_dashafter(c, i)))) {
		neg = 1;
		i++;
	}
	if ((j = num_number(c, i, v, ord)) == 0)
		return 0;
	if (neg)
		*v = dec_mul(*v, dec_int(-1));
	return j;
}

/* "no one", "this one", "one another": the pronoun, not the number */
static int
pronoun(struct numctx *c, size_t i)
{
	static const char *before[] = { "no", "any", "every", "each", "this",
	    "that", "which", "the", "someone", "anyone", NULL };
	/* a contraction is one atom, with either apostrophe (U+2019) */
	static const char *modals[] = { "should", "shouldn't",
	    "shouldn\xe2\x80\x99t", "can", "cannot", "can't",
	    "can\xe2\x80\x99t", "must", "mustn't", "mustn\xe2\x80\x99t",
	    "might", "would", "wouldn't", "wouldn\xe2\x80\x99t", "could",
	    "couldn't", "couldn\xe2\x80\x99t", "ought", NULL };
	size_t k;

	const struct lex *x = numlex_get(c, i + 1);

	const char *str;

	/* "one million", "one year", "that one mile": a number after all */
	if (!numlex_is(c, i, "one") || (i + 1 < c->na &&
	    c->a[i + 1].kind == A_NUM) || (x != NULL && (x->card >= 0 ||
	    x->mult || x->ord || x->frac || x->tu[0] || x->mon || x->wd)) ||
	    numlex_phrase(c, 0, i + 1, &str) > 0 ||
	    numlex_phrase(c, 1, i + 1, &str) > 0)
		return 0;
	if (numlex_is(c, i + 1, "another"))
		return 1;
	/* the generic "one": "one shouldn't", "one must", "one's hopes" */
	for (k = 0; modals[k] != NULL; k++)
		if (numlex_isn(c, i + 1, modals[k], strlen(modals[k])))
			return 1;
	if (i + 2 < c->na && (numlex_sym(c, i + 1, '\'') ||
	    numlex_sym(c, i + 1, 0x2019)) && numlex_adj(c, i + 1) &&
	    numlex_adj(c, i + 2) && numlex_is(c, i + 2, "s"))
		return 1;
	for (k = 0; i > 0 && before[k] != NULL; k++)
		if (numlex_isn(c, i - 1, before[k], strlen(before[k])))
			return 1;
	return 0;
}

/*
 * A word of change (change.txt) before the first number, or before a
 * "from" a few words before it: "fell 12p to 345p", "rose by 1% to 2%",
 * "rose from 2% to 3%", "raised rates from 4% to 4.25%" give a change
 * and a new value, or an old and a new one, not a range. i is the first
 * number's first atom.
 */
static int
change(struct numctx *c, size_t i)
{
	const struct wk_wlent *e;
	size_t k, lo;
	int from;

	if (i > 0 && numlex_is(c, i - 1, "by"))
		i--;
	if ((from = i > 0 && numlex_is(c, i - 1, "from")))
		lo = i - 1 > 4 ? i - 5 : 0;
	else
		lo = i > 0 ? i - 1 : 0;
	for (k = i; k-- > lo && c->a[k].kind == A_WORD; )
		if ((e = numlex_listword(c, NL_CHANGE, k, 0)) != NULL &&
		    (from || e->str[0] == '\0'))
			return 1;
	return 0;
}

/*
 * The pair of whole numbers at [i, j) joined by a glued hyphen is a
 * score, a vote or a record, two numbers: "lost 1-2", "a 47-53
 * minority", "the Jets (2-8)" (score.txt).
 */
static int
score(struct numctx *c, size_t i, size_t j)
{
	size_t k;

	if (c->a[i].kind != A_NUM || c->a[j - 1].kind != A_NUM ||
	    (c->a[i].fl & F_DEC) || (c->a[j - 1].fl & F_DEC))
		return 0;
	if (i > 0 && numlex_sym(c, i - 1, '(') && numlex_adj(c, i) &&
	    numlex_sym(c, j, ')') && numlex_adj(c, j))
		return 1;
	/* a tiebreak glued after the set: "6-7(2)" */
	if (numlex_sym(c, j, '(') && numlex_adj(c, j) && j + 2 < c->na &&
	    c->a[j + 1].kind == A_NUM && numlex_sym(c, j + 2, ')'))
		return 1;
	for (k = i > 2 ? i - 2 : 0; k < i; k++)
		if (numlex_listword(c, NL_SCORE, k, 0) != NULL)
			return 1;
	return numlex_listword(c, NL_SCORE, j, 0) != NULL;
}

/*
 * The unit written again after "to", a dash or "between ... and": "1% to
 * 2%", "3.75%-4%",
 * "between 5 km and 10 km". i is the first number's first atom, j the
 * atom after its unit; *hi gets the second value. Returns the atom after
 * it, or 0.
 */
static size_t
again(struct numctx *c, size_t i, size_t j, const struct cand *cd,
    struct dec lo, int ord, struct dec *hi)
{
	struct cand cd2;
	struct dec d;
	size_t j2, from2;
	int ord2;

	if (cd->type == WK_N_CARDINAL || !(numlex_is(c, j, "to") ||
	    (numlex_is(c, j, "and") && i > 0 && numlex_is(c, i - 1,
	    "between")) || (numlex_dash(c, j) && numlex_adj(c, j + 1))))
		return 0;
	memset(&cd2, 0, sizeof cd2);
	cd2.type = WK_N_CARDINAL;
	if ((j2 = signednum(c, j + 1, hi, &ord2, &from2)) == 0 ||
	    ord2 != ord || (j2 = suffix(c, j2, &cd2, hi, ord2, 0)) == 0 ||
	    cd2.type != cd->type || strcmp(cd2.unit, cd->unit) != 0 ||
	    !(d = dec_add(*hi, dec_mul(lo, dec_int(-1)))).ok || d.m <= 0)
		return 0;
	return j2;
}

static void
setvalue(struct cand *cd, struct dec lo, struct dec hi, int range)
{
	char a[64], b[64];

	dec_fmt(lo, a, sizeof a);
	if (!range) {
		memcpy(cd->value, a, sizeof cd->value);
		return;
	}
	dec_fmt(hi, b, sizeof b);
	num_range(cd->value, sizeof cd->value, a, b);
}

size_t
num_amount(struct numctx *c, size_t i, struct cand *cd)
{
	struct dec v, v2;
	const char *code = NULL, *code2;
	size_t j, j2, k, from, from2;
	int ord, ord2, range = 0, to, neg;
	struct dec v1, d;

	memset(cd, 0, sizeof *cd);
	cd->type = WK_N_CARDINAL;
	if (pronoun(c, i))
		return 0;
	if ((neg = minuscur(c, i)))
		i++;
	if ((k = curprefix(c, i, &code)) > 0) {
		if ((j = signednum(c, i + k, &v, &ord, &from)) == 0 || ord)
			return 0;
	} else if ((j = signednum(c, i, &v, &ord, &from)) == 0)
		return 0;
	cd->i = i;
	/* a range: "5-10%", "5 to 10 percent", "between 5 and 10" */
	k = j;
	/* "a 40- to 50-metre wall": the first hyphen waits for the unit */
	if (numlex_dash(c, k) && numlex_adj(c, k) && !numlex_adj(c, k + 1) &&
	    numlex_is(c, k + 1, "to"))
		k++;
	/* not "one-two" or "three-nought-four": words on both sides of a
	 * glued hyphen are a name or a score, not a range */
	if ((numlex_dash(c, k) && numlex_adj(c, k + 1) && (numlex_adj(c, k) ?
	    !(c->a[j - 1].kind == A_WORD && k + 1 < c->na &&
	    c->a[k + 1].kind == A_WORD) : num_dashafter(c, k) &&
	    c->a[k + 1].kind == A_NUM)) ||
	    numlex_is(c, k, "to") || (numlex_is(c, k, "and") && i > 0 &&
	    numlex_is(c, i - 1, "between"))) {
		to = numlex_is(c, k, "to");
		k++;
		if (code != NULL && (j2 = curprefix(c, k, &code2)) > 0 &&
		    strcmp(code, code2) == 0)
			k += j2;
		/* a range goes up: "68-34" is a vote, "from 10 to 5" a fall */
		if (!(to && change(c, i)) &&
		    (j2 = signednum(c, k, &v2, &ord2, &from2)) > 0 &&
		    !(!to && k == j + 1 && score(c, i, j2)) &&
		    ord2 == ord && (d = dec_add(v2, dec_mul(v, dec_int(-1)))).ok &&
		    (d.m > 0 || (numlex_get(c, j2 - 1) != NULL &&
		    numlex_get(c, j2 - 1)->mult > 0))) {
			const struct lex *sx = numlex_get(c, j2 - 1);

			/* "$5-10 million": the scale is written once */
			if (sx != NULL && sx->mult > 0 && c->a[j - 1].kind ==
			    A_NUM && c->a[j2 - 1].kind == A_WORD)
				v = dec_pow10(v, sx->mult);
			range = 1;
			j = j2;
		}
	}
	v1 = range ? v2 : v;
	j = suffix(c, j, cd, &v1, ord, code != NULL);
	if (j == 0)
		return 0;
	if (range && v1.ok && v2.ok && (v1.m != v2.m || v1.e != v2.e))
		v = dec_pow10(v, scaledby(v2, v1));
	if (range)
		v2 = v1;
	else
		v = v1;
	/* "grew 4.6%-4.8%" is a range, "rose 1% to 2%" a change */
	if (!range && (numlex_dash(c, j) || !change(c, i)) &&
	    (k = again(c, i, j, cd, v, ord, &v2)) > 0) {
		range = 1;
		j = k;
	}
	if (code != NULL) {
		cd->type = WK_N_MONEY;
		snprintf(cd->unit, sizeof cd->unit, "%s", code);
		/* "$10 dollars": the name repeats the symbol */
		if (j < c->na && c->a[j].kind == A_WORD &&
		    (k = numlex_phrase(c, 1, j, &code2)) > 0 &&
		    strcmp(code, code2) == 0)
			j += k;
	}
	/* "3 dollars 50 cents", "thirteen dollars and forty-five cents" */
	if (cd->type == WK_N_MONEY && !range) {
		k = numlex_is(c, j, "and") ? j + 1 : j;
		if ((j2 = num_number(c, k, &v2, &ord2)) > 0 && !ord2 &&
		    numlex_phrase(c, 1, j2, &code2) == 1 &&
		    strncmp(code2, cd->unit, 3) == 0 && strchr(code2, '-') &&
		    dec_cmp_int(v2, 100) < 0) {
			v = dec_add(v, dec_div(v2, 100));
			j = j2 + 1;
		}
	}
	if (neg && range)
		return 0;	/* "-$5-10": the "$5-10" alone */
	if (neg)
		v = dec_mul(v, dec_int(-1));
	setvalue(cd, v, range ? v2 : v, range);
	cd->j = j;
	(void)from;
	return j;
}

/*
 * The number at i by itself, with no unit, range or currency: "$20"
 * gives 20 from the "20", "5/17/2018" gives 5, 17 and 2018 in turn.
 */
size_t
num_bare(struct numctx *c, size_t i, struct cand *cd)
{
	struct dec v;
	size_t j, from;
	int ord;

	memset(cd, 0, sizeof *cd);
	if (pronoun(c, i) || (j = signednum(c, i, &v, &ord, &from)) == 0)
		return 0;
	cd->i = i;
	cd->j = j;
	cd->type = ord ? WK_N_ORDINAL : WK_N_CARDINAL;
	setvalue(cd, v, v, 0);
	return j;
}
