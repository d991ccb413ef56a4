/*
 * numtime.c - clock times ("10:30 a.m.", "11 p.m.", "14:00 GMT" with the
 * zone kept in the unit, "noon"), durations ("three hours" PT3H, "30-day"
 * P30D, "a month or two" P1M..P2M, "for years" PXY, "several months"
 * PXM) and sets ("every Monday", "weekly", "every two weeks").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numint.h"

/* the zones news writes after a time; US wires write "9:30 a.m. ET" */
static const char *zones[] = { "GMT", "UTC", "ET", "EST", "EDT", "CT",
	"CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "HST", "AKST",
	"CET", "CEST", "BST", "WET", "EET", "EEST", "MSK", "IST", "PKT", "ICT",
	"WIB", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "NZST", "NZDT",
	"SAST", "WAT", "CAT", "EAT", "Z", NULL };

static int
isdash(struct numctx *c, size_t i)
{
	return numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2013);
}

static int
small(struct numctx *c, size_t i, int maxdig)
{
	const struct atom *a;
	int v = 0;
	size_t k;

	if (i >= c->na || c->a[i].kind != A_NUM)
		return -1;
	a = &c->a[i];
	if ((a->fl & (F_DEC | F_COMMA | F_SKIP)) || a->e - a->s > (size_t)maxdig)
		return -1;
	for (k = a->s; k < a->e; k++)
		v = v * 10 + (c->s[k] - '0');
	return v;
}

/* a.m., am, AM, a.m, p.m. ...: 1 am, 2 pm, 0 none; *j past it */
static int
ampm(struct numctx *c, size_t i, size_t *j)
{
	int r;

	if (numlex_is(c, i, "am") || numlex_is(c, i, "pm")) {
		*j = i + 1;
		return c->s[c->a[i].s] == 'a' || c->s[c->a[i].s] == 'A' ? 1 : 2;
	}
	/* "nine a m": as a speech transcript writes it */
	if ((numlex_is(c, i, "a") || numlex_is(c, i, "p")) &&
	    numlex_is(c, i + 1, "m") && !numlex_adj(c, i + 1) &&
	    !numlex_adj(c, i) && i > 0 && (c->a[i - 1].kind == A_NUM ||
	    numlex_get(c, i - 1) != NULL)) {
		*j = i + 2;
		return numlex_is(c, i, "a") ? 1 : 2;
	}
	if ((numlex_is(c, i, "a") || numlex_is(c, i, "p")) &&
	    numlex_sym(c, i + 1, '.') && numlex_adj(c, i + 1) &&
	    numlex_is(c, i + 2, "m") && numlex_adj(c, i + 2)) {
		r = numlex_is(c, i, "a") ? 1 : 2;
		*j = i + 3;
		if (numlex_sym(c, *j, '.') && numlex_adj(c, *j))
			(*j)++;
		return r;
	}
	return 0;
}

static size_t
zone(struct numctx *c, size_t i, char *unit, size_t sz)
{
	size_t k, n;

	if (i >= c->na || c->a[i].kind != A_WORD || !(c->a[i].fl & F_UPPER))
		return 0;
	n = c->a[i].e - c->a[i].s;
	for (k = 0; zones[k] != NULL; k++)
		if (strlen(zones[k]) == n && memcmp(zones[k], c->s + c->a[i].s,
		    n) == 0) {
			snprintf(unit, sz, "%s", zones[k]);
			return i + 1;
		}
	return 0;
}

/* a word after "at 18.45" that makes it a time: a zone, "hrs",
 * "local", a day or a part of it */
static int
clockword(struct numctx *c, size_t j)
{
	const struct lex *x;
	char u[16];

	if (zone(c, j, u, sizeof u) || numlex_is(c, j, "hrs") ||
	    numlex_is(c, j, "hours") || numlex_is(c, j, "local"))
		return 1;
	if (numlex_is(c, j, "on") || numlex_is(c, j, "this"))
		j++;
	return (x = numlex_get(c, j)) != NULL && ((x->wd && !(x->fl &
	    L_PL)) || x->pod[0] || x->rel == R_TODAY || x->rel == R_TONIGHT ||
	    x->rel == R_TOMORROW || x->rel == R_YESTERDAY);
}

/*
 * "at 18.45" at atom i (the number), j after it: a time unless it is a
 * level, "the euro traded at 1.16", "the yuan was at 7.12 per dollar"
 * (level.txt); a word of time after it settles it either way.
 */
static int
dottime(struct numctx *c, size_t i, size_t j)
{
	if (i == 0 || !numlex_is(c, i - 1, "at"))
		return 0;
	if (clockword(c, j))
		return 1;
	if (numlex_is(c, j, "per") || numlex_is(c, j, "against") ||
	    numlex_is(c, j, "a") || numlex_is(c, j, "an") ||
	    numlex_sym(c, j, '%') || (i >= 2 &&
	    numlex_listword(c, NL_LEVEL, i - 2, 0) != NULL))
		return 0;
	return 1;
}

/* a number word of one atom from lo to hi ("seven", "thirty") */
static int
cardword(struct numctx *c, size_t i, int lo, int hi)
{
	const struct lex *x = numlex_get(c, i);

	return x != NULL && x->card >= lo && x->card <= hi && !x->ord &&
	    !x->mult && !(x->fl & L_PL) ? x->card : -1;
}

/* minutes in words: "thirty", "forty-five", "fifteen"; -1 if none */
static int
minword(struct numctx *c, size_t i, size_t *j)
{
	struct dec v;
	int64_t n;
	int ord;

	if (cardword(c, i, 10, 59) < 0 || (*j = num_number(c, i, &v,
	    &ord)) == 0 || ord || !dec_is_int(v, &n) || n < 10 || n > 59)
		return -1;
	return (int)n;
}

/*
 * An hour and minutes in words: "seven", "five-thirty", "nine thirty",
 * "six forty-three"; *m is 0 when no minutes follow.
 */
static size_t
hourword(struct numctx *c, size_t i, int *h, int *m)
{
	size_t j = i + 1, k;

	if ((*h = cardword(c, i, 1, 12)) < 0)
		return 0;
	*m = 0;
	if (isdash(c, j) && numlex_adj(c, j) && numlex_adj(c, j + 1) &&
	    (*m = minword(c, j + 1, &k)) >= 0)
		return k;
	if (!numlex_adj(c, j) && (*m = minword(c, j, &k)) >= 0)
		return k;
	*m = 0;
	return j;
}

/* a part of the day moves an hour written without a.m. or p.m. */
int
num_podhour(const char *pod, int h)
{
	if (h >= 12 || strcmp(pod, "MO") == 0 || strcmp(pod, "DT") == 0)
		return h;
	if (strcmp(pod, "NI") == 0 && h < 5)
		return h;	/* "tonight around 3": after midnight */
	return h + 12;
}

/* "past" in the next three atoms: the cheap test before pastclock */
static int
pastnear(struct numctx *c, size_t i)
{
	size_t k;

	for (k = i + 1; k < c->na && k <= i + 3; k++)
		if (c->a[k].kind == A_WORD && c->a[k].e - c->a[k].s == 4 &&
		    numlex_is(c, k, "past"))
			return 1;
	return 0;
}

/* "half past seven", "ten past nine", "20 minutes past eight" */
static size_t
pastclock(struct numctx *c, size_t i, int *hh, int *mi)
{
	const struct lex *x;
	size_t j = i + 1, k;
	int m, h;

	if (numlex_is(c, i, "half"))
		m = 30;
	else if (numlex_is(c, i, "quarter"))
		m = 15;
	else if ((m = small(c, i, 2)) < 1 || m > 59 || numlex_adj(c, j)) {
		if ((m = cardword(c, i, 1, 59)) < 0 || (m >= 20 &&
		    (m = minword(c, i, &j)) < 0))
			return 0;
	}
	if (j < c->na && c->a[j].kind == A_WORD && (x = numlex_get(c, j)) !=
	    NULL && strcmp(x->tu, "MIN") == 0)
		j++;
	if (j >= c->na || c->a[j].kind != A_WORD || (x = numlex_get(c, j)) ==
	    NULL || x->rel != R_LAST || !numlex_is(c, j, "past"))
		return 0;
	j++;
	if ((h = small(c, j, 2)) >= 1 && h <= 12 && !numlex_adj(c, j + 1))
		k = j + 1;
	else if ((h = cardword(c, j, 1, 12)) > 0)
		k = j + 1;
	else
		return 0;
	if (numlex_is(c, k, "o'clock") || numlex_is(c, k, "oclock"))
		k++;
	*hh = h;
	*mi = m;
	return k;
}

static size_t
clock(struct numctx *c, size_t i, int *hh, int *mi, int *ss, char *unit,
    size_t usz)
{
	size_t j = i + 1, k;
	int h, m = 0, s = -1, ap;
	const struct lex *x = numlex_get(c, i);

	if (x != NULL && (x->rel == R_NOON || x->rel == R_MIDNIGHT)) {
		*hh = x->rel == R_NOON ? 12 : 0;
		*mi = 0;
		*ss = -1;
		return (k = zone(c, j, unit, usz)) != 0 ? k : j;	/* noon ET */
	}
	/* "8.30pm", "6.45 a.m.", "at 18.45 GMT": a dot between hours and
	 * minutes; "traded at 7.12" is a price */
	if (i < c->na && c->a[i].kind == A_NUM && (c->a[i].fl & F_DEC) &&
	    c->a[i].e - c->a[i].s >= 4 && c->a[i].e - c->a[i].s <= 5 &&
	    c->s[c->a[i].e - 3] == '.' && ((ap = ampm(c, j, &k)) != 0 ||
	    ((dottime(c, i, j) || zone(c, j, unit, usz)) && (k = j)))) {
		const char *d = c->s + c->a[i].s;

		/* h.mm or hh.mm; the text is not NUL-terminated: no atoi */
		h = d[1] == '.' ? d[0] - '0' : (d[0] - '0') * 10 + d[1] - '0';
		m = (c->s[c->a[i].e - 2] - '0') * 10 + c->s[c->a[i].e - 1] - '0';
		if (h > (ap ? 12 : 23) || (ap && h < 1) || m > 59)
			return 0;
		*hh = ap ? h % 12 + (ap == 2 ? 12 : 0) : h;
		*mi = m;
		*ss = -1;
		return (j = zone(c, k, unit, usz)) != 0 ? j : k;	/* 14.30
									 * CET */
	}
	if ((c->a[i].kind == A_NUM || (x != NULL && (x->card > 0 ||
	    x->frac))) && pastnear(c, i) && (j = pastclock(c, i, &h,
	    &m)) != 0) {
		if ((ap = ampm(c, j, &k)) != 0) {
			h = h % 12 + (ap == 2 ? 12 : 0);
			j = k;
		} else if (numlex_is(c, j, "in") && numlex_is(c, j + 1,
		    "the") && (x = numlex_get(c, j + 2)) != NULL &&
		    x->pod[0] != '\0') {
			h = num_podhour(x->pod, h);
			j += 3;
		}
		*hh = h;
		*mi = m;
		*ss = -1;
		return j;
	}
	j = i + 1;
	if ((h = small(c, i, 4)) < 0) {
		/* "seven p.m.", "five-thirty a.m.", "nine o'clock" */
		if ((j = hourword(c, i, &h, &m)) == 0)
			return 0;
		if ((ap = ampm(c, j, &k)) != 0 && !(k == j + 1 &&
		    numlex_is(c, j, "am") && k < c->na &&
		    c->a[k].kind == A_WORD))	/* "which of the two am I" */
			h = h % 12 + (ap == 2 ? 12 : 0);
		else if (ap != 0)
			return 0;
		else if (numlex_is(c, j, "o'clock") || numlex_is(c, j,
		    "oclock"))
			k = j + 1;
		else if (numlex_is(c, j, "in") && numlex_is(c, j + 1, "the") &&
		    (x = numlex_get(c, j + 2)) != NULL && x->pod[0] != '\0' &&
		    !(x->fl & L_PL)) {
			h = num_podhour(x->pod, h);
			k = j + 3;
		} else
			return 0;
		*hh = h;
		*mi = m;
		*ss = -1;
		return k;
	}
	/* "12 noon" */
	if (h == 12 && numlex_is(c, j, "noon")) {
		*hh = 12;
		*mi = 0;
		*ss = -1;
		return j + 1;
	}
	/* "1140 a.m." */
	if (c->a[i].e - c->a[i].s >= 3 && (ap = ampm(c, j, &k)) != 0 &&
	    h / 100 >= 1 && h / 100 <= 12 && h % 100 < 60) {
		*hh = h / 100 % 12 + (ap == 2 ? 12 : 0);
		*mi = h % 100;
		*ss = -1;
		return k;
	}
	if (c->a[i].e - c->a[i].s > 2) {
		/* "1400 GMT": military time needs the zone */
		if (c->a[i].e - c->a[i].s != 4 || h / 100 > 23 || h % 100 > 59 ||
		    (k = zone(c, j, unit, usz)) == 0)
			return 0;
		*hh = h / 100;
		*mi = h % 100;
		*ss = -1;
		return k;
	}
	if (numlex_sym(c, j, ':') && numlex_adj(c, j) && numlex_adj(c, j + 1) &&
	    j + 1 < c->na && c->a[j + 1].e - c->a[j + 1].s == 2 &&
	    (m = small(c, j + 1, 2)) >= 0) {
		j += 2;
		if (numlex_sym(c, j, ':') && numlex_adj(c, j) &&
		    (s = small(c, j + 1, 2)) >= 0 && s < 60)
			j += 2;
		if (h > 23 || m > 59)
			return 0;
		if ((ap = ampm(c, j, &k)) != 0) {
			if (h == 0 || h > 12)
				return 0;
			h = h % 12 + (ap == 2 ? 12 : 0);
			j = k;
		}
	} else if ((ap = ampm(c, j, &k)) != 0) {
		if (h == 0 || h > 12)
			return 0;
		h = h % 12 + (ap == 2 ? 12 : 0);
		j = k;
	} else if ((numlex_is(c, j, "o'clock") || numlex_is(c, j, "oclock")) &&
	    h >= 1 && h <= 12)
		j++;
	else if (h >= 1 && h <= 12 && numlex_is(c, j, "in") &&
	    numlex_is(c, j + 1, "the") && (x = numlex_get(c, j + 2)) != NULL &&
	    x->pod[0] != '\0') {
		/* "5 in the afternoon" */
		h = num_podhour(x->pod, h % 12);
		j += 3;
	}
	else
		return 0;
	if ((k = zone(c, j, unit, usz)) != 0)
		j = k;
	*hh = h;
	*mi = m;
	*ss = s;
	return j;
}

static int
timeconn(struct numctx *c, size_t k)
{
	if (k >= c->na)
		return 0;
	if (c->a[k].kind == A_SYM)
		return numlex_sym(c, k, '-') || numlex_sym(c, k, 0x2013);
	return c->a[k].kind == A_WORD && (numlex_is(c, k, "to") ||
	    numlex_is(c, k, "and") || numlex_is(c, k, "until") ||
	    numlex_is(c, k, "till"));
}

/* "5-6 pm", "from 9 to 11 a.m.": the first hour takes the second's half */
static size_t
hourrange(struct numctx *c, size_t i, int *h1, int *hh, int *mi, int *ss,
    char *unit, size_t usz)
{
	size_t j;
	int h;

	if ((h = small(c, i, 2)) < 1 || h > 12 || !timeconn(c, i + 1) ||
	    (j = clock(c, i + 2, hh, mi, ss, unit, usz)) == 0 ||
	    j < i + 4 || c->a[i + 2].kind != A_NUM)
		return 0;
	/* the second had a.m. or p.m.: the first is in the same half */
	*h1 = h % 12 + (*hh >= 12 ? 12 : 0);
	if (*h1 > *hh)
		*h1 -= 12;
	if (*h1 < 0)
		return 0;
	return j;
}

/* an a.m. or p.m. among the atoms [i, j) */
int
num_meridiem(struct numctx *c, size_t i, size_t j)
{
	size_t k, e;

	for (k = i; k < j; k++)
		if (ampm(c, k, &e))
			return 1;
	return 0;
}

/* "7", "7:30", "nine thirty": a clock time with no a.m. or p.m. */
static size_t
bare1(struct numctx *c, size_t i, int *h, int *m)
{
	const struct lex *x;
	struct cand a;
	size_t j = i + 1;

	if ((*h = small(c, i, 2)) < 0) {
		/* "from two explosions": a count */
		if ((j = hourword(c, i, h, m)) == 0 || (j < c->na &&
		    c->a[j].kind == A_WORD && ((x = numlex_get(c, j)) == NULL ||
		    !(x->fl & L_SIG || x->pod[0] || x->rel || x->wd))))
			return 0;
		return j;
	}
	*m = 0;
	if (*h > 23 || (c->a[i].e - c->a[i].s == 2 && *h < 10))
		return 0;
	if (numlex_sym(c, j, ':') && numlex_adj(c, j) && numlex_adj(c, j + 1) &&
	    j + 1 < c->na && c->a[j + 1].e - c->a[j + 1].s == 2 &&
	    (*m = small(c, j + 1, 2)) >= 0 && *m < 60)
		j += 2;
	else
		*m = 0;
	/* "at 4 percent", "at 7.5", "at 3 billion", "at 10 Downing
	 * Street": not a time */
	if (num_amount(c, i, &a) > j && a.type != WK_N_CARDINAL)
		return 0;
	if (j < c->na && c->a[j].kind == A_WORD && ((x = numlex_get(c, j)) ==
	    NULL || !(x->fl & L_SIG || x->pod[0] || x->rel || x->wd)))
		return 0;
	if (j < c->na && (c->a[j].kind == A_NUM || (numlex_adj(c, j) &&
	    !numlex_sym(c, j, ',') && !numlex_sym(c, j, '.') &&
	    !isdash(c, j)) || numlex_sym(c, j, '%') ||
	    (numlex_get(c, j) != NULL && (numlex_get(c, j)->mult ||
	    numlex_get(c, j)->tu[0] || numlex_get(c, j)->frac))))
		return 0;
	return j;
}

/* hours in Thh:mm form moved by a part of the day */
void
num_podshift(char *t, const char *pod)
{
	char *p;
	int h;

	for (p = t; (p = strchr(p, 'T')) != NULL; p++)
		if (p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
		    p[3] == ':') {
			h = num_podhour(pod, (p[1] - '0') * 10 + p[2] - '0');
			p[1] = '0' + h / 10;
			p[2] = '0' + h % 10;
		}
}

/*
 * A time written without a.m. or p.m. where a date or a part of the day
 * says what it is: "at 7", "from 7 to 9:30", "between 3 and 5", "5 to
 * seven in the morning"; the value (Thh:mm or a range) into t, moved into
 * the part of the day pod if one is given or follows.
 */
size_t
num_baretime(struct numctx *c, size_t i, const char *pod, char *t,
    size_t sz)
{
	size_t j, k;
	int h1, m1, h2, m2;
	const struct lex *x;
	char hi[16];

	if ((j = bare1(c, i, &h1, &m1)) == 0)
		return 0;
	snprintf(t, sz, "T%02d:%02d", h1, m1);
	/* a range: after "from" or "between", or forward with "to" ("3-1
	 * on Sunday" is a score) */
	if (timeconn(c, j) && (k = bare1(c, j + 1, &h2, &m2)) != 0 &&
	    ((i > 0 && (numlex_is(c, i - 1, "between") ||
	    numlex_is(c, i - 1, "from"))) || (!numlex_is(c, j, "and") &&
	    !isdash(c, j) && h2 * 60 + m2 > h1 * 60 + m1))) {
		if (h2 < h1 && h2 < 12)	/* "from 10 to 2" */
			h2 += 12;
		snprintf(hi, sizeof hi, "T%02d:%02d", h2, m2);
		num_range(t, sz, t, hi);
		j = k;
	}
	if (pod == NULL && numlex_is(c, j, "in") && numlex_is(c, j + 1, "the") &&
	    (x = numlex_get(c, j + 2)) != NULL && x->pod[0] != '\0' &&
	    !(x->fl & L_PL)) {
		pod = x->pod;
		j += 3;
	}
	if (pod != NULL)
		num_podshift(t, pod);
	return j;
}

/*
 * An age as news writes it: "aged 41", "Emmanuel Macron, 47, said": the
 * years, or 0. A number between commas after a name that is a month or
 * a weekday is a date's ("March 3, 2025").
 */
static int
age(struct numctx *c, size_t i)
{
	const struct lex *x;
	int n;

	if (i < 2 || c->a[i].kind != A_NUM || c->a[i].e - c->a[i].s > 3 ||
	    (c->a[i].fl & (F_DEC | F_COMMA | F_LEAD0)) ||
	    (n = small(c, i, 3)) < 1 || n > 119)
		return 0;
	if (numlex_is(c, i - 1, "aged"))
		return n;
	return numlex_sym(c, i - 1, ',') && numlex_sym(c, i + 1, ',') &&
	    c->a[i - 2].kind == A_WORD && (c->a[i - 2].fl & F_CAP) &&
	    !((x = numlex_get(c, i - 2)) != NULL && (x->mon || x->wd)) ? n : 0;
}

/*
 * "finished in 2:04:37", "a time of 3:45:12": hours, minutes and seconds
 * after "in" or "of" are a time taken, not a time of day; returns the
 * atom after them, or 0
 */
static size_t
elapsed(struct numctx *c, size_t i, int *h, int *m, int *s)
{
	if (i == 0 || !(numlex_is(c, i - 1, "in") || numlex_is(c, i - 1,
	    "of")) || c->a[i].kind != A_NUM || i + 4 >= c->na ||
	    !numlex_sym(c, i + 1, ':') || !numlex_sym(c, i + 3, ':') ||
	    !numlex_adj(c, i + 1) || !numlex_adj(c, i + 2) ||
	    !numlex_adj(c, i + 3) || !numlex_adj(c, i + 4) ||
	    (*h = small(c, i, 2)) < 0 || (*m = small(c, i + 2, 2)) < 0 ||
	    (*s = small(c, i + 4, 2)) < 0 || *m > 59 || *s > 59 ||
	    c->a[i + 4].e - c->a[i + 4].s != 2)
		return 0;
	return i + 5;
}

size_t
num_time(struct numctx *c, size_t i, struct cand *cd)
{
	const struct lex *x;
	struct cand dc;
	int hh, mi, ss, h1, m1, s1, bare = 0;
	size_t j, k, n;
	char t[32], t2[48];

	memset(cd, 0, sizeof *cd);
	if (elapsed(c, i, &hh, &mi, &ss))
		return 0;	/* num_dur's */
	if ((j = hourrange(c, i, &h1, &hh, &mi, &ss, cd->unit,
	    sizeof cd->unit)) != 0) {
		snprintf(t, sizeof t, "T%02d:00", h1);
		snprintf(t2, sizeof t2, "T%02d:%02d", hh, mi);
		num_range(t, sizeof t, t, t2);
		goto date;
	}
	if ((j = clock(c, i, &hh, &mi, &ss, cd->unit, sizeof cd->unit)) == 0) {
		/* "between 3 and 5 on Monday", "6-8 next Monday", "5 to
		 * seven in the morning": a date after makes them times */
		if ((c->a[i].kind == A_NUM ? !timeconn(c, i + 1) :
		    cardword(c, i, 1, 12) < 0) ||
		    (j = num_baretime(c, i, NULL, t, sizeof t)) == 0)
			return 0;
		/* 2: "in the morning" ended it, or minutes on both ends
		 * ("from three thirty to four thirty"); 3: one time, which
		 * needs a part of the day after it ("five-thirty tomorrow
		 * evening") */
		bare = (j > i + 2 && numlex_is(c, j - 2, "the") &&
		    numlex_get(c, j - 1) != NULL &&
		    numlex_get(c, j - 1)->pod[0]) || (strlen(t) == 14 &&
		    memcmp(t + 4, "00", 2) != 0 && memcmp(t + 12, "00",
		    2) != 0) ? 2 : strstr(t, "..") ? 1 : 3;
		if (bare == 3 && ((x = numlex_get(c, j)) == NULL ||
		    !(x->rel == R_TONIGHT || x->rel == R_TODAY ||
		    x->rel == R_TOMORROW || x->rel == R_YESTERDAY ||
		    x->rel == R_THIS || x->rel == R_LAST || x->wd)))
			return 0;	/* cheap: most counts are no time */
		goto date;
	}
	/* "9 a.m. to 5 p.m.", "between 4pm and 5pm" */
	if (timeconn(c, j) && (k = clock(c, j + 1, &h1, &m1, &s1, t2,
	    sizeof t2)) != 0) {
		/* "2:00 - 2:30 pm": the first takes the second's half */
		if (!num_meridiem(c, i, j) && num_meridiem(c, j + 1, k) && hh < 12 &&
		    h1 >= 12 && hh + 12 <= h1 && !(numlex_get(c, j - 1) != NULL &&
		    numlex_get(c, j - 1)->pod[0]))	/* "3 in the morning" */
			hh += 12;
		snprintf(t, sizeof t, "T%02d:%02d", hh, mi);
		snprintf(t2, sizeof t2, "T%02d:%02d", h1, m1);
		num_range(t, sizeof t, t, t2);
		j = k;
		goto date;
	}
	/* "from 10:30 to 3 on 1/1/2015": the second is bare */
	if (timeconn(c, j) && !num_meridiem(c, i, j) && hh <= 12 &&
	    ss < 0 && (k = num_baretime(c, j + 1, NULL, t2, sizeof t2)) != 0 &&
	    !strstr(t2, "..")) {
		struct cand r;
		size_t e = k;

		if (numlex_is(c, e, "on") || numlex_is(c, e, "of"))
			e++;
		if (num_date(c, e, &r) != 0 && r.type == WK_N_DATE &&
		    strlen(r.value) == 10) {
			int h2 = (t2[1] - '0') * 10 + t2[2] - '0';

			if (h2 < hh && h2 < 12) {	/* "10:30 to 3" */
				t2[1] = '0' + (h2 + 12) / 10;
				t2[2] = '0' + (h2 + 12) % 10;
			}
			snprintf(t, sizeof t, "T%02d:%02d", hh, mi);
			num_range(t, sizeof t, t, t2);
			j = k;
			goto date;
		}
	}
	if (ss >= 0)
		snprintf(t, sizeof t, "T%02d:%02d:%02d", hh, mi, ss);
	else
		snprintf(t, sizeof t, "T%02d:%02d", hh, mi);
date:
	cd->i = i;
	cd->j = j;
	cd->type = WK_N_TIME;
	/* "10 a.m. on Monday", "11 p.m. yesterday", "noon Friday" */
	k = j;
	if (numlex_is(c, k, "on") || numlex_is(c, k, "of") ||
	    numlex_sym(c, k, ','))
		k++;
	/* "3pm each day", "6 a.m. daily": a time every day */
	if (!strstr(t, "..") && (((numlex_is(c, j, "each") || numlex_is(c, j,
	    "every")) && numlex_is(c, j + 1, "day")) || numlex_is(c, j,
	    "daily") || numlex_is(c, j, "everyday"))) {
		cd->type = WK_N_SET;
		snprintf(cd->value, sizeof cd->value, "%s", t);
		return cd->j = j + (numlex_is(c, j, "daily") ||
		    numlex_is(c, j, "everyday") ? 1 : 2);
	}
	/* "8 a.m. this morning": the part of the day gives the date */
	memset(&dc, 0, sizeof dc);
	if (k < c->na && !c->nodate && num_date(c, k, &dc) != 0 &&
	    dc.type == WK_N_TIME &&
	    dc.mod == 0 && strlen(dc.value) == 13 && dc.value[10] == 'T' &&
	    dc.value[11] >= 'A') {
		/* "between 7 and 9 last night": the evening's hours */
		if (bare != 2 && !num_meridiem(c, i, j))
			num_podshift(t, dc.value + 11);
		dc.value[10] = '\0';
		dc.type = WK_N_DATE;
		if (bare == 3)
			bare = 1;
	}
	if (bare == 3 || (bare && !(k < c->na && dc.j > k &&
	    dc.type == WK_N_DATE && dc.i == k && dc.mod == 0 &&
	    strlen(dc.value) == 10))) {
		if (bare != 2)
			return 0;	/* "5 to 7" alone is a range of numbers,
					 * "5 on Sunday" a number */
		snprintf(cd->value, sizeof cd->value, "%s", t);
		return j;
	}
	if (k < c->na && dc.j > k && dc.type == WK_N_DATE && dc.i == k &&
	    dc.mod == 0 && (n = strlen(dc.value)) == 10) {
		char *dots = strstr(t, "..");

		memcpy(cd->value, dc.value, sizeof cd->value);
		if (dots != NULL) {	/* 2025-03-24T09:00..2025-03-24T17:00 */
			snprintf(t2, sizeof t2, "%.10s%s", dc.value, dots + 2);
			*dots = '\0';
			num_cat(cd->value, sizeof cd->value, t);
			num_range(cd->value, sizeof cd->value, cd->value, t2);
		} else
			num_cat(cd->value, sizeof cd->value, t);
		cd->j = dc.j;
		return cd->j;
	}
	snprintf(cd->value, sizeof cd->value, "%s", t);
	return j;
}

/* the ISO 8601 duration of n units */
static void
period(char *out, size_t sz, const char *n, const char *tu)
{
	int t = strcmp(tu, "H") == 0 || strcmp(tu, "MIN") == 0 ||
	    strcmp(tu, "S") == 0;
	const char *u = strcmp(tu, "MIN") == 0 ? "M" : tu;

	if (strcmp(tu, "FN") == 0) {
		snprintf(out, sz, "P%sW", n);	/* caller doubled n */
		return;
	}
	snprintf(out, sz, "P%s%s%s", t ? "T" : "", n, u);
}

/* the time unit at j; quarters only when qok ("the last two quarters";
 * "three quarters" alone is a fraction) */
static const struct lex *
unitat(struct numctx *c, size_t j, size_t *k, int qok)
{
	const struct lex *x;

	*k = j;
	if (isdash(c, j) && numlex_adj(c, j) && numlex_adj(c, j + 1))
		j++;
	x = numlex_get(c, j);
	if (x == NULL || x->tu[0] == '\0' || (strcmp(x->tu, "Q") == 0 &&
	    !qok) ||
	    (x->fl & L_ABBR && !numlex_adj(c, j)))
		return NULL;
	if (x->mon > 0 && !numlex_adj(c, j) && c->a[j].e - c->a[j].s <= 3)
		return NULL;	/* "3 mar" is no duration */
	*k = j + 1;
	/* an age, "a 27-year-old man": the span ends with the word */
	if (isdash(c, j + 1) && numlex_adj(c, j + 1) && numlex_adj(c, j + 2) &&
	    numlex_is(c, j + 2, "old"))
		*k = j + 3;
	return x;
}

static void
durval(struct dec v, const struct lex *x, char *out, size_t sz)
{
	char n[64];

	if (strcmp(x->tu, "FN") == 0)
		v = dec_mul(v, dec_int(2));
	if (strcmp(x->tu, "Q") == 0)	/* quarters as months */
		v = dec_mul(v, dec_int(3));
	dec_fmt(v, n, sizeof n);
	if (n[0] == '\0') {
		out[0] = '\0';
		return;
	}
	period(out, sz, n, strcmp(x->tu, "Q") == 0 ? "M" : x->tu);
}

static int
before(struct numctx *c, size_t i, const char *w)
{
	return i > 0 && numlex_isn(c, i - 1, w, strlen(w));
}

/* "next", "past", "coming", "upcoming": a span that starts or ends at
 * the reference ("the next three days", "the 5 upcoming years") */
static int
nextlast(struct numctx *c, size_t i)
{
	const struct lex *x = numlex_get(c, i);

	/* "will last two hours", "shouldn't last long": the verb */
	if (x != NULL && numlex_is(c, i, "last") && i > 0 &&
	    c->a[i - 1].kind == A_WORD &&
	    (numlex_get(c, i - 1) == NULL || (numlex_get(c, i - 1)->fl &
	    L_FUT) || numlex_is(c, i - 1, "to")) &&
	    !numlex_is(c, i - 1, "the") && !numlex_is(c, i - 1, "over") &&
	    !numlex_is(c, i - 1, "in") && !numlex_is(c, i - 1, "for") &&
	    !numlex_is(c, i - 1, "during") && !numlex_is(c, i - 1, "within"))
		return 0;
	return (x != NULL && (x->rel == R_NEXT || x->rel == R_LAST)) ||
	    numlex_is(c, i, "upcoming");
}

static size_t	dur(struct numctx *, size_t, struct cand *, int);
static size_t	compound(struct numctx *, size_t, const struct lex *, char *,
		    size_t);

size_t
num_dur(struct numctx *c, size_t i, struct cand *cd)
{
	const struct lex *x;
	size_t j;
	int n, h, m, s;

	if ((j = elapsed(c, i, &h, &m, &s)) != 0) {
		memset(cd, 0, sizeof *cd);
		cd->i = i;
		cd->type = WK_N_DURATION;
		snprintf(cd->value, sizeof cd->value, "PT%dH%dM%dS", h, m, s);
		return cd->j = j;
	}
	if ((n = age(c, i)) > 0) {
		memset(cd, 0, sizeof *cd);
		cd->i = i;
		cd->type = WK_N_DURATION;
		snprintf(cd->value, sizeof cd->value, "P%dY", n);
		return cd->j = i + 1;
	}

	if (!numlex_tu_ahead(c, i, 10))
		return 0;
	/* "the past two quarters", "over the next few days": TIMEX3 keeps
	 * the word in a duration's extent */
	if (nextlast(c, i) && i + 1 < c->na && !numlex_is(c, i + 1, "a") &&
	    (j = dur(c, i + 1, cd, 1)) != 0 && cd->value[0] == 'P' &&
	    !strstr(cd->value, "..")) {
		cd->i = i;
		return cd->j = j;
	}
	/* "the past fortnight", "the next fortnight", "over the past
	 * year": one unit that ends or starts at the reference ("last
	 * year" is the calendar year before) */
	if (nextlast(c, i) && (x = numlex_get(c, i + 1)) != NULL &&
	    !(x->fl & L_PL) && (strcmp(x->tu, "FN") == 0 ||
	    (numlex_is(c, i, "past") && x->tu[0] != '\0' &&
	    (strchr("YMW", x->tu[0]) != NULL || strcmp(x->tu, "DE") == 0) &&
	    strcmp(x->tu, "MIN") != 0))) {
		memset(cd, 0, sizeof *cd);
		cd->i = i;
		cd->type = WK_N_DURATION;
		durval(dec_int(1), x, cd->value, sizeof cd->value);
		return cd->j = i + 2;
	}
	/* "the past two quarters": not two fourths */
	if (nextlast(c, i) && numlex_is(c, i + 2, "quarters") &&
	    ((n = small(c, i + 1, 2)) > 0 || (n = cardword(c, i + 1, 1,
	    99)) > 0)) {
		memset(cd, 0, sizeof *cd);
		cd->i = i;
		cd->type = WK_N_DURATION;
		snprintf(cd->value, sizeof cd->value, "P%dM", 3 * n);
		return cd->j = i + 3;
	}
	return dur(c, i, cd, 0);
}

static size_t
dur(struct numctx *c, size_t i, struct cand *cd, int qok)
{
	const struct lex *x, *y, *q = numlex_get(c, i);
	struct dec v, v2;
	size_t j, k, j2;
	int ord;
	char a[64], b[64];

	memset(cd, 0, sizeof *cd);
	cd->i = i;
	cd->type = WK_N_DURATION;
	/* vague: "several months", "a few days", "for years" */
	if (q != NULL && (q->rel == R_SEVERAL || q->rel == R_FEW ||
	    q->rel == R_SOME || numlex_is(c, i, "a")) ) {
		j = i + 1;
		if (numlex_is(c, i, "a") && numlex_is(c, j, "few"))
			j++;
		else if (numlex_is(c, i, "a") && numlex_is(c, j, "couple") &&
		    numlex_is(c, j + 1, "of")) {
			if ((x = numlex_get(c, j + 2)) != NULL && x->tu[0] &&
			    (x->fl & L_PL) && strcmp(x->tu, "Q") != 0) {
				durval(dec_int(2), x, cd->value, sizeof cd->value);
				return cd->j = j + 3;
			}
			return 0;
		} else if (numlex_is(c, i, "a"))
			goto one;
		if ((x = numlex_get(c, j)) != NULL && x->tu[0] &&
		    (x->fl & L_PL) && strcmp(x->tu, "Q") != 0) {
			period(cd->value, sizeof cd->value, "X", x->tu);
			return cd->j = j + 1;
		}
		return 0;
	}
	if (q != NULL && q->tu[0] && (q->fl & L_PL) && strcmp(q->tu, "Q") &&
	    (before(c, i, "for") || before(c, i, "within") ||
	    (before(c, i, "the") && i > 1 && numlex_is(c, i - 2, "for")))) {
		period(cd->value, sizeof cd->value, "X", q->tu);
		return cd->j = i + 1;
	}
one:
	if (numlex_is(c, i, "a") || numlex_is(c, i, "an")) {
		/* "a month or two", "for a year", "an hour" */
		if ((x = unitat(c, i + 1, &k, 0)) == NULL || (x->fl & L_PL))
			return 0;
		/* "for a second day", "a second straight month": the
		 * ordinal before a noun */
		if (strcmp(x->tu, "S") == 0 && k < c->na &&
		    c->a[k].kind == A_WORD && !(c->a[k].fl & F_CAP) &&
		    !numlex_is(c, k, "later") && !numlex_is(c, k, "earlier") &&
		    !numlex_is(c, k, "or") && !numlex_is(c, k, "and") &&
		    !numlex_is(c, k, "longer") && !numlex_is(c, k, "too") &&
		    !(numlex_get(c, k) != NULL && (numlex_get(c, k)->fl &
		    L_SIG)))
			return 0;
		if (numlex_is(c, k, "or") && (j2 = num_number(c, k + 1, &v2,
		    &ord)) > 0 && !ord) {
			durval(dec_int(1), x, a, sizeof a);
			durval(v2, x, b, sizeof b);
			num_range(cd->value, sizeof cd->value, a, b);
			return cd->j = j2;
		}
		/* "an hour and a half" */
		if (numlex_is(c, k, "and") && numlex_is(c, k + 1, "a") &&
		    numlex_is(c, k + 2, "half")) {
			durval(dec_div(dec_int(3), 2), x, cd->value,
			    sizeof cd->value);
			return cd->j = k + 3;
		}
		/* "once a week", "twice a year", "four times a day": how
		 * often */
		if (before(c, i, "once") || before(c, i, "twice") ||
		    before(c, i, "times")) {
			durval(dec_int(1), x, cd->value, sizeof cd->value);
			cd->type = WK_N_SET;
			return cd->j = k;
		}
		if (!(before(c, i, "for") || before(c, i, "within") ||
		    before(c, i, "in") ||
		    before(c, i, "than") || before(c, i, "about") ||
		    before(c, i, "nearly") || before(c, i, "almost") ||
		    before(c, i, "over") || before(c, i, "after") ||
		    before(c, i, "least") || before(c, i, "once") ||
		    numlex_is(c, k, "later") || numlex_is(c, k, "earlier") ||
		    numlex_is(c, k, "long")))
			return 0;
		durval(dec_int(1), x, cd->value, sizeof cd->value);
		return cd->j = k;
	}
	if ((j = num_number(c, i, &v, &ord)) == 0 || ord)
		return 0;
	/* "four times a day", "three times a year": how often */
	if (numlex_is(c, j, "times") && (numlex_is(c, j + 1, "a") ||
	    numlex_is(c, j + 1, "an") || numlex_is(c, j + 1, "per") ||
	    numlex_is(c, j + 1, "each") || numlex_is(c, j + 1, "every")) &&
	    (x = unitat(c, j + 2, &k, 0)) != NULL && !(x->fl & L_PL) &&
	    !numlex_is(c, k, "ago") && !numlex_is(c, k, "earlier")) {
		durval(dec_int(1), x, cd->value, sizeof cd->value);
		cd->type = WK_N_SET;
		return cd->j = k;
	}
	/* "two to three years", "5-10 years", "a 3- to 4-day trip" */
	k = j;
	if (isdash(c, k) && numlex_adj(c, k) && !numlex_adj(c, k + 1) &&
	    numlex_is(c, k + 1, "to"))
		k++;
	if ((isdash(c, k) && numlex_adj(c, k)) || numlex_is(c, k, "to") ||
	    numlex_is(c, k, "or")) {
		if ((j2 = num_number(c, k + 1, &v2, &ord)) > 0 && !ord &&
		    (y = unitat(c, j2, &k, qok)) != NULL) {
			durval(v, y, a, sizeof a);
			durval(v2, y, b, sizeof b);
			num_range(cd->value, sizeof cd->value, a, b);
			return cd->j = k;
		}
	}
	/* "three consecutive quarters", "the first contraction in six
	 * quarters": a span ("three quarters of" is a fraction) */
	if (numlex_is(c, j, "consecutive") || numlex_is(c, j, "straight") ||
	    numlex_is(c, j, "successive")) {
		j++;
		qok = 1;
	} else if (i > 0 && (numlex_is(c, i - 1, "in") || numlex_is(c, i - 1,
	    "for") || numlex_is(c, i - 1, "over")) && !numlex_is(c, j + 1,
	    "of"))
		qok = 1;
	/* "the 3 next weeks", "5 past years" */
	if (nextlast(c, j) && (x = unitat(c, j + 1, &k, 1)) != NULL &&
	    (x->fl & L_PL))
		qok = 1;
	else if ((x = unitat(c, j, &k, qok)) == NULL)
		return 0;
	/* "twenty second" is an ordinal, "30-second" and "one second" not */
	if (x->ord > 0 && !(x->fl & L_PL) && k == j + 1 &&
	    dec_cmp_int(v, 1) != 0)
		return 0;
	/* "one hour and a half" */
	if (numlex_is(c, k, "and") && (numlex_is(c, k + 1, "a") ||
	    numlex_is(c, k + 1, "one")) && numlex_is(c, k + 2, "half")) {
		v = dec_add(v, dec_div(dec_int(1), 2));
		k += 3;
	}
	durval(v, x, cd->value, sizeof cd->value);
	return cd->j = compound(c, k, x, cd->value, sizeof cd->value);
}

/* the rank of a time unit, larger for longer ones; 0 for none */
static int
unitrank(const struct lex *x)
{
	static const char *units[] = { "S", "MIN", "H", "D", "W", "M", "Y",
	    NULL };
	int k;

	for (k = 0; units[k] != NULL; k++)
		if (strcmp(x->tu, units[k]) == 0)
			return k + 1;
	return 0;
}

/*
 * "two hours and 15 minutes", "1 year, 6 months": a shorter unit after
 * "and" or a comma joins the duration (PT2H15M, P1Y6M); returns the atom
 * after it.
 */
static size_t
compound(struct numctx *c, size_t k, const struct lex *x, char *val,
    size_t sz)
{
	const struct lex *y;
	struct dec v;
	size_t j, e;
	int ord;
	char b[64];

	if (!(numlex_is(c, k, "and") || numlex_sym(c, k, ',')) ||
	    strpbrk(val, ".X") != NULL || (j = num_number(c, k + 1, &v,
	    &ord)) == 0 || ord || (y = unitat(c, j, &e, 0)) == NULL ||
	    unitrank(y) == 0 || unitrank(y) >= unitrank(x))
		return k;
	durval(v, y, b, sizeof b);
	/* "3 months and 2 days ago": a date of its own */
	if (numlex_is(c, e, "ago") || numlex_is(c, e, "later") ||
	    numlex_is(c, e, "earlier") || b[0] != 'P' ||
	    strpbrk(b, ".X") != NULL ||
	    (strchr(val, 'T') != NULL && b[1] != 'T') ||
	    strlen(val) + strlen(b) >= sz)
		return k;
	strcat(val, b + (strchr(val, 'T') != NULL ? 2 : 1));
	return compound(c, e, y, val, sz);	/* "and 2 days" more */
}

size_t
num_set(struct numctx *c, size_t i, struct cand *cd)
{
	const struct lex *x = numlex_get(c, i), *y;
	struct dec v = dec_int(1);
	size_t j = i + 1;
	int ord;

	memset(cd, 0, sizeof *cd);
	cd->i = i;
	cd->type = WK_N_SET;
	if (x == NULL)
		return 0;
	if (x->set[0] != '\0') {
		/* "the Daily Mail", "Weekly Standard": a name; "annual
		 * inflation" stays a set, as TimeML annotates it */
		if (j < c->na && c->a[j].kind == A_WORD && !numlex_adj(c, j) &&
		    (c->a[j].fl & F_CAP) && (c->a[i].fl & F_CAP) &&
		    numlex_get(c, j) == NULL)
			return 0;
		snprintf(cd->value, sizeof cd->value, "%s", x->set);
		return cd->j = j;
	}
	/* "on Mondays", "at weekends", "Friday mornings", "Thursdays at
	 * 5 p.m." */
	if (x->wd != 0 && (x->fl & L_PL) && (before(c, i, "on") ||
	    before(c, i, "every") || (numlex_is(c, j, "at") && j + 1 < c->na &&
	    c->a[j + 1].kind == A_NUM))) {
		snprintf(cd->value, sizeof cd->value, "XXXX-WXX-%d", x->wd);
		return cd->j = j;
	}
	if (x->rel == R_WEEKEND && (x->fl & L_PL) && (before(c, i, "on") ||
	    before(c, i, "at"))) {
		snprintf(cd->value, sizeof cd->value, "XXXX-WXX-WE");
		return cd->j = j;
	}
	if (x->wd != 0 && !(x->fl & L_PL) && (y = numlex_get(c, j)) != NULL &&
	    y->pod[0] && (y->fl & L_PL)) {
		snprintf(cd->value, sizeof cd->value, "XXXX-WXX-%dT%s", x->wd,
		    y->pod);
		return cd->j = j + 1;
	}
	if (x->rel != R_EVERY)
		return 0;
	if (numlex_is(c, j, "other")) {
		v = dec_int(2);
		j++;
	} else if ((j = num_number(c, i + 1, &v, &ord)) == 0 || ord)
		j = i + 1, v = dec_int(1);
	if ((y = numlex_get(c, j)) == NULL)
		return 0;
	if (y->rel == R_WEEKEND) {		/* every weekend */
		snprintf(cd->value, sizeof cd->value, "XXXX-WXX-WE");
		return cd->j = j + 1;
	}
	if (y->pod[0] != '\0') {		/* every morning */
		snprintf(cd->value, sizeof cd->value, "T%s", y->pod);
		return cd->j = j + 1;
	}
	if (strcmp(y->tu, "Q") == 0 && !(y->fl & L_PL)) {
		snprintf(cd->value, sizeof cd->value, "P3M");
		return cd->j = j + 1;
	}
	if (y->wd != 0 && c->a[j].e - c->a[j].s > 4) {
		snprintf(cd->value, sizeof cd->value, "XXXX-WXX-%d", y->wd);
		return cd->j = j + 1;
	}
	/* "each January", "every summer" */
	if (y->mon != 0 && !(y->fl & L_PL) && dec_cmp_int(v, 1) == 0 &&
	    c->a[j].e - c->a[j].s > 3) {
		snprintf(cd->value, sizeof cd->value, "XXXX-%02d", y->mon);
		return cd->j = j + 1;
	}
	if (y->season[0] != '\0' && !(y->fl & L_PL) &&
	    dec_cmp_int(v, 1) == 0) {
		snprintf(cd->value, sizeof cd->value, "XXXX-%s", y->season);
		return cd->j = j + 1;
	}
	if (y->tu[0] == '\0' || strcmp(y->tu, "Q") == 0)
		return 0;
	durval(v, y, cd->value, sizeof cd->value);
	return cd->j = j + 1;
}
