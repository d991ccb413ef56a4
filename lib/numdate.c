/*
 * numdate.c - dates: absolute ("March 24", "24 March 2025", "Jan. 12,
 * 2026", "2025-03-01", "03/24/2025" where unambiguous), months, years in
 * date context, decades, centuries, quarters, halves, ISO weeks, and the
 * modifiers mid-, early, late, the end of; num_date tries these and the
 * relative dates of numrel.c and the holidays of numhol.c.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numint.h"

static size_t	core(struct numctx *, size_t, struct tv *, int *);

static int
isdash(struct numctx *c, size_t i)
{
	return numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2013);
}

static int
nummax(struct numctx *c, size_t i, int lo, int hi, int maxdig)
{
	const struct atom *a;
	int v = 0;
	size_t k;

	if (i >= c->na)
		return -1;
	a = &c->a[i];
	if (a->kind != A_NUM || (a->fl & (F_DEC | F_COMMA | F_SKIP)) ||
	    a->e - a->s > (size_t)maxdig)
		return -1;
	for (k = a->s; k < a->e; k++)
		v = v * 10 + (c->s[k] - '0');
	return v >= lo && v <= hi ? v : -1;
}

static int
isyear(struct numctx *c, size_t i)
{
	if (i >= c->na || c->a[i].e - c->a[i].s != 4 ||
	    (c->a[i].fl & F_LEAD0))
		return -1;
	return nummax(c, i, 1000, 2999, 4);
}

/* a day number with an optional st/nd/rd/th; sets *j past it */
int
num_daynum(struct numctx *c, size_t i, size_t *j)
{
	int d = nummax(c, i, 1, 31, 2);
	const struct lex *x;
	struct dec v;
	int64_t iv;
	int ord;

	/* "the fourth of July", "March eighteenth" */
	if (d < 0 && (x = numlex_get(c, i)) != NULL && (x->ord > 0 ||
	    x->card == 20 || x->card == 30) &&
	    (*j = num_number(c, i, &v, &ord)) > 0 && ord &&
	    dec_is_int(v, &iv) && iv >= 1 && iv <= 31)
		return (int)iv;
	if (d < 0)
		return -1;
	*j = i + 1;
	if (numlex_adj(c, i + 1) && (numlex_is(c, i + 1, "st") ||
	    numlex_is(c, i + 1, "nd") || numlex_is(c, i + 1, "rd") ||
	    numlex_is(c, i + 1, "th")))
		*j = i + 2;
	/* "24 March" but not "24.5" or "24,000" or "24-hour" */
	if (*j < c->na && numlex_adj(c, *j) && c->a[*j].kind == A_WORD)
		return -1;
	return d;
}

/* a month word that is a month here: "May" and "March" need a date near;
 * after a day number ("14 Nov") an abbreviation is enough */
/* a month word after a range word at k: "Jan-Feb", "May to March" */
static int
monthnext(struct numctx *c, size_t k)
{
	const struct lex *x;

	if ((isdash(c, k) && numlex_adj(c, k) && numlex_adj(c, k + 1)) ||
	    numlex_is(c, k, "to") || numlex_is(c, k, "through") ||
	    numlex_is(c, k, "till") || numlex_is(c, k, "until"))
		return (x = numlex_get(c, k + 1)) != NULL && x->mon != 0 &&
		    (!numlex_is(c, k - 1, "may") || ((c->a[k - 1].fl & F_CAP) &&
		    (c->a[k + 1].fl & F_CAP)));	/* "may to march" */
	return 0;
}

/* the second month of such a range: "Sep to Nov" */
static int
monthprev(struct numctx *c, size_t i)
{
	return i > 1 && monthnext(c, i - 1) && numlex_get(c, i - 2) != NULL &&
	    numlex_get(c, i - 2)->mon != 0;
}

static int
month2(struct numctx *c, size_t i, size_t *j, int afterday)
{
	const struct lex *x = numlex_get(c, i);
	size_t len;

	if (x == NULL || x->mon == 0)
		return 0;
	*j = i + 1;
	len = c->a[i].e - c->a[i].s;
	/* "Jan. 12": the period of an abbreviation, not a full stop */
	if (numlex_sym(c, i + 1, '.') && numlex_adj(c, i + 1) && len <= 4 &&
	    i + 2 < c->na && c->a[i + 2].kind == A_NUM)
		*j = i + 2;
	else if (numlex_sym(c, i + 1, '.') && len <= 4)
		;
	else if (len <= 3 && !(numlex_is(c, i, "may")) && !afterday &&
	    (i + 1 >= c->na || c->a[i + 1].kind != A_NUM) &&
	    !monthnext(c, i + 1) && !monthprev(c, i))
		return 0;	/* "Jan", "Mar", "Dec" alone are names */
	return x->mon;
}

static int
month(struct numctx *c, size_t i, size_t *j)
{
	return month2(c, i, j, 0);
}

/* the year the reference date implies for a month (and day) */
int
num_refyear(struct numctx *c)
{
	return c->have_ref ? c->ry : 0;
}

/*
 * The year of a month (and day) at atom i written without one: of the
 * reference year and its neighbours, the one that puts the date nearest
 * the reference ("since Oct. 3" in March 2025 is October 2024), on the
 * side the tense around it gives ("said on March 3" in November 2025 is
 * March 2025, "will meet in February" February 2026).
 */
static int
nearyear(struct numctx *c, size_t i, int m, int d)
{
	long ref, days[3];
	int y, dir, dd;

	if (!tv_ref(c, &ref))
		return 0;
	dir = num_tense_or(c, i, i + 1, 0);
	dd = d ? d : dir < 0 ? 1 : dir > 0 ? 28 : 15;
	for (y = c->ry - 1; y <= c->ry + 1; y++)
		days[y - c->ry + 1] = cal_valid(y, m, dd) ? cal_days(y, m, dd) :
		    LONG_MIN;
	return num_sideyear(c, ref, dir, days);
}

/*
 * Of the days a day has in the year before the reference's, in it and
 * after it (LONG_MIN: none), the year of the one nearest the reference
 * on the side dir gives (-1 before, 1 after, 0 either); 0 if none
 */
int
num_sideyear(const struct numctx *c, long ref, int dir, const long *days)
{
	long best = -1, delta;
	int k, by = 0;

	for (k = 0; k < 3; k++) {
		if (days[k] == LONG_MIN)
			continue;
		delta = days[k] - ref;
		if ((dir < 0 && delta > 0) || (dir > 0 && delta < 0))
			continue;
		if (best < 0 || labs(delta) < best) {
			best = labs(delta);
			by = c->ry - 1 + k;
		}
	}
	return by;
}

/*
 * A year in words: "two thousand and fifteen", "seventeen hundred thirty
 * three", "nineteen ninety six"; returns the atom after it, or 0.
 */
static size_t
wordyear(struct numctx *c, size_t i, int *y)
{
	const struct lex *x = numlex_get(c, i), *z;
	struct dec v;
	int64_t n, m;
	int ord;
	size_t j, k;

	if (x == NULL || x->card < 1 || x->card > 29 || x->ord ||
	    (j = num_number(c, i, &v, &ord)) == 0 || ord ||
	    !dec_is_int(v, &n))
		return 0;
	if (n >= 1000 && n <= 2999) {	/* a scale word in it */
		for (k = i; k < j; k++)
			if ((z = numlex_get(c, k)) != NULL && z->mult)
				break;
		if (k == j)
			return 0;
		*y = (int)n;
		return j;
	}
	/* "nineteen ninety six": the century, then two digits in words */
	if (j != i + 1 || n < 10 || (z = numlex_get(c, j)) == NULL ||
	    z->card < 10 || z->ord || (k = num_number(c, j, &v, &ord)) == 0 ||
	    ord || !dec_is_int(v, &m) || m < 10 || m > 99)
		return 0;
	*y = (int)(n * 100 + m);
	return k;
}

/* "(of) last year", "this year", "next year" after a month, a day or a
 * quarter: "June last year", "the third quarter of last year" */
static size_t
relyear(struct numctx *c, size_t j, int *y)
{
	const struct lex *x;

	if (numlex_is(c, j, "of"))
		j++;
	if (!c->have_ref || (x = numlex_get(c, j)) == NULL ||
	    (x->rel != R_LAST && x->rel != R_NEXT && x->rel != R_THIS) ||
	    numlex_is(c, j, "past") || !numlex_is(c, j + 1, "year"))
		return 0;
	*y = c->ry + (x->rel == R_LAST ? -1 : x->rel == R_NEXT);
	return j + 2;
}

size_t
num_yearafter(struct numctx *c, size_t j, int *y)
{
	size_t k = j, r;

	if ((r = wordyear(c, j, y)) != 0 || (r = relyear(c, j, y)) != 0)
		return r;

	if (numlex_sym(c, k, ','))
		k++;
	else if ((numlex_is(c, k, "of") || numlex_is(c, k, "in")) &&
	    isyear(c, k + 1) > 0)
		k++;
	if ((*y = isyear(c, k)) > 0 && !(k + 1 < c->na &&
	    numlex_adj(c, k + 1) && c->a[k + 1].kind == A_WORD) &&
	    !(k > j && numlex_sym(c, j, ',') && (*y < 1900 || *y > 2099)))
		return k + 1;
	*y = 0;
	return j;
}

/* "March 24[, 2025]", "March 2025", "24 March [2025]", "24th of March" */
size_t
num_absdate(struct numctx *c, size_t i, struct tv *t, int *d2)
{
	size_t j, k;
	int m, d, y;

	*d2 = 0;
	if ((m = month(c, i, &j)) > 0) {
		if ((d = num_daynum(c, j, &k)) > 0 && !(numlex_is(c, k, "th") ||
		    isyear(c, j) > 0)) {
			j = k;
			/* "March 3-5", "March 3 to 5" */
			if ((isdash(c, j) || numlex_is(c, j, "to") ||
			    numlex_is(c, j, "and") || numlex_is(c, j,
			    "through") || numlex_is(c, j, "till") ||
			    numlex_is(c, j, "until")) &&
			    (*d2 = num_daynum(c, j + 1, &k)) > d && !(k < c->na &&
			    month(c, k, &k) > 0))
				j = k;
			else
				*d2 = 0;
			j = num_yearafter(c, j, &y);
			/* "runs from Nov. 10 to 21", read on the 14th: the
			 * coming range is the one not yet over */
			tv_ymd(t, y ? y : nearyear(c, i, m, *d2 > 0 &&
			    num_tense_or(c, i, i + 1, 0) > 0 ? *d2 : d), m, d);
			t->yexp = y != 0;
			/* February 29 in a year not written: the year is open */
			if (!y && !cal_valid(t->y, m, d) && cal_valid(0, m, d))
				t->y = 0;
			t->bad = !cal_valid(t->y, m, d);
			return j;
		}
		if ((y = isyear(c, j)) > 0 || ((numlex_is(c, j, "of") ||
		    numlex_is(c, j, "in")) && (y = isyear(c, j + 1)) > 0)) {
			t->gran = G_MONTH;
			t->y = y;
			t->yexp = 1;
			t->m = m;
			return j + (c->a[j].kind == A_WORD ? 2 : 1);
		}
		/* "May, 2003", "June last year", "March of next year" */
		if ((numlex_sym(c, j, ',') && (y = isyear(c, j + 1)) >= 1900 &&
		    y <= 2099 && !(j + 2 < c->na && numlex_adj(c, j + 2) &&
		    c->a[j + 2].kind == A_WORD) && (k = j + 2)) ||
		    (k = relyear(c, j, &y)) != 0) {
			t->gran = G_MONTH;
			t->y = y;
			t->yexp = 1;
			t->m = m;
			return k;
		}
		if ((k = wordyear(c, j, &y)) != 0) {	/* "August two
							 * thousand and five" */
			t->gran = G_MONTH;
			t->y = y;
			t->yexp = 1;
			t->m = m;
			return k;
		}
		/* a month alone: capitalized or after a preposition, and not
		 * "may" the verb ("fell and may rise": not after "and" in
		 * lower case) */
		if ((numlex_is(c, i, "may") && !(c->a[i].fl & F_CAP) &&
		    i > 0 && numlex_is(c, i - 1, "and") &&
		    !monthnext(c, j) && !monthprev(c, i)) ||
		    /* "plan to march on parliament" */
		    (numlex_is(c, i, "march") && !(c->a[i].fl & F_CAP) &&
		    i > 0 && numlex_is(c, i - 1, "to")) ||
		    ((!(c->a[i].fl & F_CAP) || numlex_is(c, i, "may")) &&
		    !monthnext(c, j) && !monthprev(c, i) &&
		    !(i > 0 && (numlex_is(c, i - 1, "in") ||
		    numlex_is(c, i - 1, "since") || numlex_is(c, i - 1, "until") ||
		    numlex_is(c, i - 1, "early") || numlex_is(c, i - 1, "late") ||
		    numlex_is(c, i - 1, "mid") || numlex_is(c, i - 1, "last") ||
		    numlex_is(c, i - 1, "next") || numlex_is(c, i - 1, "this") ||
		    numlex_is(c, i - 1, "of") || numlex_is(c, i - 1, "by") ||
		    numlex_is(c, i - 1, "from") || numlex_is(c, i - 1, "to") ||
		    numlex_is(c, i - 1, "during") || numlex_is(c, i - 1, "after") ||
		    numlex_is(c, i - 1, "before") || numlex_is(c, i - 1,
		    "between") || numlex_is(c, i - 1, "and") ||
		    numlex_is(c, i - 1, "through") || numlex_is(c, i - 1,
		    "till")))) ||
		    (i > 0 && numlex_is(c, i - 1, "the") && !monthnext(c, j)))
			return 0;
		t->gran = G_MONTH;
		t->y = nearyear(c, i, m, 0);
		t->m = m;
		return j;
	}
	if ((d = num_daynum(c, i, &j)) > 0) {
		int e;

		k = j;
		/* "9 to 12 June", "between the 3rd and the 12th of Sept" */
		if ((isdash(c, k) || numlex_is(c, k, "to") || numlex_is(c, k,
		    "through") || numlex_is(c, k, "till") || numlex_is(c, k,
		    "until") || (numlex_is(c, k, "and") && i > 0 &&
		    (numlex_is(c, i - 1, "between") || (i > 1 &&
		    numlex_is(c, i - 1, "the") && numlex_is(c, i - 2,
		    "between"))))) && (e = num_daynum(c, k + 1 +
		    numlex_is(c, k + 1, "the"), &j)) > d) {
			*d2 = e;
			k = j;
		} else
			j = k;
		if (numlex_is(c, k, "of"))
			k++;
		if ((m = month2(c, k, &k, 1)) == 0) {
			*d2 = 0;
			return 0;
		}
		j = num_yearafter(c, k, &y);
		tv_ymd(t, y ? y : nearyear(c, i, m, d), m, d);
		t->yexp = y != 0;
		t->bad = !cal_valid(t->y, m, d);
		return j;
	}
	return 0;
}

/* 2025-03-01, 2025/03/01, 03/24/2025, 24/03/2025, 20250301, 2015-12 */
static size_t
numdate(struct numctx *c, size_t i, struct tv *t)
{
	int a, b, y, m, d, sep;
	size_t k;

	if ((y = isyear(c, i)) > 0 && numlex_sym(c, i + 1, '-') &&
	    numlex_adj(c, i + 1) && numlex_adj(c, i + 2) && i + 2 < c->na &&
	    c->a[i + 2].e - c->a[i + 2].s == 2 && (m = nummax(c, i + 2, 1,
	    12, 2)) > 0 && m != (y + 1) % 100 && (c->a[i + 2].fl & F_LEAD0 ||
	    m > (y + 1) % 100 || m < y % 100) && !numlex_sym(c, i + 3, '-') &&
	    !numlex_sym(c, i + 3, '/')) {
		/* not 2019-20, a fiscal or season year, nor "the 2008-09
		 * crisis": news writes no month that way */
		t->gran = G_MONTH;
		t->y = y;
		t->m = m;
		t->yexp = 1;
		return i + 3;
	}
	/* 2019-20: a fiscal or season year */
	if (y > 0 && numlex_sym(c, i + 1, '-') && numlex_adj(c, i + 1) &&
	    numlex_adj(c, i + 2) && i + 2 < c->na &&
	    c->a[i + 2].e - c->a[i + 2].s == 2 && nummax(c, i + 2, 0, 99,
	    2) == (y + 1) % 100 && !numlex_sym(c, i + 3, '-')) {
		t->gran = G_YEAR;
		t->y = y;
		t->n = y + 1;
		t->yexp = 1;
		return i + 3;
	}
	if (i < c->na && c->a[i].kind == A_NUM && c->a[i].e - c->a[i].s == 8 &&
	    !(c->a[i].fl & (F_DEC | F_COMMA | F_SKIP | F_LEAD0))) {
		const char *p = c->s + c->a[i].s;

		/* the text is not NUL-terminated: no atoi */
		y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 +
		    (p[2] - '0') * 10 + p[3] - '0';
		m = (p[4] - '0') * 10 + p[5] - '0';
		d = (p[6] - '0') * 10 + p[7] - '0';
		if (y < 1900 || y > 2099 || !cal_valid(y, m, d))
			return 0;
		tv_ymd(t, y, m, d);
		return i + 1;
	}
	/* 3/15 with --mdy, 15/3 with --dmy: the year is the nearest */
	if (c->opts->order != WK_ORDER_AUTO && i + 2 < c->na &&
	    numlex_sym(c, i + 1, '/') && numlex_adj(c, i + 1) &&
	    numlex_adj(c, i + 2) && !numlex_sym(c, i + 3, '/') &&
	    (a = nummax(c, i, 1, 31, 2)) > 0 && (b = nummax(c, i + 2, 1, 31,
	    2)) > 0) {
		m = c->opts->order == WK_ORDER_MDY ? a : b;
		d = c->opts->order == WK_ORDER_MDY ? b : a;
		tv_ymd(t, nearyear(c, i, m, d), m, d);
		t->bad = !cal_valid(t->y, m, d);
		return i + 3;
	}
	/* "on 22/04", "from 10/25": without --mdy or --dmy only where a
	 * preposition or a weekday says it is a date and one part is over
	 * 12 */
	if (c->opts->order == WK_ORDER_AUTO && i > 0 && i + 2 < c->na &&
	    numlex_sym(c, i + 1, '/') && numlex_adj(c, i + 1) &&
	    numlex_adj(c, i + 2) && !numlex_sym(c, i + 3, '/') &&
	    !(numlex_adj(c, i + 3) && c->a[i + 3].kind != A_SYM) &&
	    (a = nummax(c, i, 1, 31, 2)) > 0 && (b = nummax(c, i + 2, 1, 31,
	    2)) > 0 && (a > 12) != (b > 12) && !(a == 24 && b == 7) &&
	    (numlex_is(c, i - 1, "on") ||	/* "24/7": round the clock */
	    numlex_is(c, i - 1, "from") || numlex_is(c, i - 1, "since") ||
	    numlex_is(c, i - 1, "until") || numlex_is(c, i - 1, "to") ||
	    (numlex_get(c, i - 1) != NULL && numlex_get(c, i - 1)->wd))) {
		m = a > 12 ? b : a;
		d = a > 12 ? a : b;
		tv_ymd(t, nearyear(c, i, m, d), m, d);
		t->bad = !cal_valid(t->y, m, d);
		return i + 3;
	}
	if (i + 4 >= c->na || c->a[i].kind != A_NUM)
		return 0;
	sep = c->a[i + 1].cp;
	if ((sep != '-' && sep != '/') || !numlex_sym(c, i + 3, sep))
		return 0;
	for (k = i + 1; k <= i + 4; k++)
		if (!numlex_adj(c, k))
			return 0;
	if ((y = isyear(c, i)) > 0) {
		m = nummax(c, i + 2, 1, 12, 2);
		d = nummax(c, i + 4, 1, 31, 2);
	} else {
		if ((y = isyear(c, i + 4)) < 0)
			return 0;
		a = nummax(c, i, 1, 31, 2);
		b = nummax(c, i + 2, 1, 31, 2);
		if (a < 0 || b < 0)
			return 0;
		if (a > 12 || c->opts->order == WK_ORDER_DMY) {
			d = a;
			m = b;
		} else if (b > 12 || c->opts->order == WK_ORDER_MDY) {
			m = a;
			d = b;
		} else if (a == b) {
			d = m = a;
		} else
			m = d = -1;	/* 03/04/2025: ambiguous */
	}
	t->bad = m < 0 || d < 0 || !cal_valid(y, m, d);
	tv_ymd(t, y, m, d);
	return i + 5;
}

/*
 * A month name in a numeric date: "05-Aug-2016", "2019/aug/01",
 * "Sep-23-2020", "23/Sep/2020", "Dec-2018": parts joined by one kind of
 * separator with no space, one of them a month word, one a year.
 */
static size_t
monsep(struct numctx *c, size_t i, struct tv *t)
{
	size_t k = i, np = 0, e;
	int sep = 0, m = 0, y = 0, d = 0, v, nn = 0, num[2];
	const struct lex *x;

	if (i + 1 >= c->na || c->a[i + 1].kind != A_SYM ||
	    (c->a[i + 1].cp != '-' && c->a[i + 1].cp != '/') ||
	    !numlex_adj(c, i + 1))
		return 0;	/* most atoms: no separator after them */
	for (;;) {
		if (k >= c->na || (k > i && !numlex_adj(c, k)))
			return 0;
		if ((x = numlex_get(c, k)) != NULL && x->mon != 0 && m == 0)
			m = x->mon;
		else if (c->a[k].kind == A_NUM && nn < 2 &&
		    (v = nummax(c, k, 0, 2999, 4)) >= 0) {
			if (isyear(c, k) > 0 && y == 0)
				y = v;
			else if (c->a[k].e - c->a[k].s <= 2)
				num[nn++] = v;
			else
				return 0;
		} else
			return 0;
		np++;
		e = k + 1;
		if (np == 3 || !(numlex_sym(c, e, '-') || numlex_sym(c, e,
		    '/')) || !numlex_adj(c, e) || (sep && c->a[e].cp != sep) ||
		    !numlex_adj(c, e + 1))
			break;
		sep = c->a[e].cp;
		k = e + 1;
	}
	if (np < 2 || m == 0 || (e < c->na && numlex_adj(c, e) &&
	    (c->a[e].kind != A_SYM || numlex_sym(c, e, '-') ||
	    numlex_sym(c, e, '/'))))
		return 0;
	if (nn == 1)
		d = num[0];
	/* two parts need the year: "06-Apr" is a tennis score that a
	 * spreadsheet turned into a date */
	if (nn > 1 || (np == 3 && (y == 0 || d == 0)) || (np == 2 && y == 0))
		return 0;
	t->gran = d ? G_DAY : G_MONTH;
	t->yexp = y != 0;
	t->y = y ? y : nearyear(c, i, m, d);
	t->m = m;
	t->d = d;
	t->bad = d && !cal_valid(t->y, m, d);
	return e;
}

/* "23.04.2022": a European date with dots, cut as one skipped atom */
static size_t
dotdate(struct numctx *c, size_t i, struct tv *t)
{
	const char *p = c->s + c->a[i].s;
	size_t n = c->a[i].e - c->a[i].s, k;
	int v[3] = { 0, 0, 0 }, part = 0, len = 0;

	if (n < 8 || n > 10 || (i + 1 < c->na && numlex_adj(c, i + 1) &&
	    c->a[i + 1].kind != A_SYM))
		return 0;
	for (k = 0; k < n; k++) {
		if (p[k] == '.') {
			if (len < 1 || len > 2 || ++part > 2)
				return 0;
			len = 0;
		} else if (p[k] >= '0' && p[k] <= '9') {
			v[part] = v[part] * 10 + p[k] - '0';
			len++;
		} else
			return 0;
	}
	if (part != 2 || len != 4 || v[2] < 1000 || !cal_valid(v[2], v[1],
	    v[0]))
		return 0;
	tv_ymd(t, v[2], v[1], v[0]);
	t->yexp = 1;
	return i + 1;
}

/* the 21st century, the fifteenth century */
static size_t
century(struct numctx *c, size_t i, struct tv *t)
{
	struct dec v;
	int64_t n;
	int ord;
	size_t j;

	if (!numlex_tu_ahead(c, i + 1, 4) || (j = num_number(c, i, &v, &ord))
	    == 0 || !ord || !dec_is_int(v, &n) || n < 1 || n > 30)
		return 0;
	if (!numlex_is(c, j, "century") && !(numlex_sym(c, j, '-') &&
	    numlex_is(c, j + 1, "century")))
		return 0;
	t->gran = G_CENTURY;
	t->n = n - 1;
	return j + 1 + numlex_sym(c, j, '-');
}

/* Q3 2024, the third quarter of 2024, the first half, fourth-quarter */
static size_t
quarter(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i), *q;
	size_t j = i + 1, k;
	int n = 0, half = 0, y;

	if (x == NULL && c->a[i].kind != A_NUM)
		return 0;
	if (x != NULL && (x->qtr > 0 || x->half > 0)) {
		n = x->qtr ? x->qtr : x->half;
		half = x->half > 0;
		/* "q3" in lower case only beside a year: "2017-q1",
		 * "q1-2019" */
		if (!(c->a[i].fl & F_UPPER) && isyear(c, j) < 0 &&
		    !(i > 0 && isyear(c, i - 1) > 0) && !(i > 1 &&
		    isdash(c, i - 1) && numlex_adj(c, i) && isyear(c, i - 2) > 0) &&
		    !(isdash(c, j) && numlex_adj(c, j) && isyear(c, j + 1) > 0))
			return 0;
		if (isdash(c, j) && numlex_adj(c, j) && isyear(c, j + 1) > 0)
			j++;
	} else if (x == NULL && c->a[i].kind == A_NUM) {
		struct dec v;
		int64_t qn;
		int ord;

		if ((j = num_number(c, i, &v, &ord)) == 0 || !ord ||
		    !dec_is_int(v, &qn) || qn < 1 || qn > 4 ||
		    !numlex_is(c, j, "quarter"))
			return 0;
		n = qn;
		j++;
	} else if (x->ord > 0 && x->ord <= 4) {
		if (isdash(c, j) && numlex_adj(c, j))
			j++;
		if ((q = numlex_get(c, j)) == NULL)
			return 0;
		if (strcmp(q->tu, "Q") == 0 && !(q->fl & L_PL))
			n = x->ord;
		else if (numlex_is(c, j, "half") && x->ord <= 2)
			n = x->ord, half = 1;
		else
			return 0;
		j++;
	} else
		return 0;
	if (numlex_is(c, j, "of") && isyear(c, j + 1) > 0)
		j++;
	if ((y = isyear(c, j)) > 0) {
		j++;
		t->yexp = 1;
	} else if ((k = relyear(c, j, &y)) != 0)
		j = k;	/* "the second half of next year" */
	else if (numlex_is(c, j, "of") && numlex_is(c, j + 1, "the") &&
	    numlex_is(c, j + 2, "year"))
		j += 3, y = num_refyear(c);
	else
		y = num_refyear(c);
	if (half && (x == NULL || x->half == 0) && y == 0 && !c->have_ref)
		return 0;
	t->gran = half ? G_HALF : G_QUARTER;
	t->y = y;
	t->n = n;
	return j;
}

/*
 * A noun after a year-like number: a capitalized word ("Olympics"), or a
 * lower-case one that is no plural ("election"; "2000 delegates" is a
 * count) unless it names an event.
 */
static int
yearnoun(struct numctx *c, size_t j)
{
	static const char *events[] = { "elections", "olympics", "games",
	    "attacks", "bombings", "protests", "talks", "polls", "floods",
	    "riots", "accords", "championships", "finals", "hearings", NULL };
	const char *w;
	size_t n, k;

	static const char *counts[] = { "people", "men", "women", "children",
	    "police", "staff", "personnel", "cattle", "others", NULL };

	if (j >= c->na || c->a[j].kind != A_WORD)
		return 0;
	if (c->a[j].fl & F_CAP)
		return 1;
	if (numlex_get(c, j) != NULL)
		return 0;
	for (k = 0; counts[k] != NULL; k++)
		if (numlex_isn(c, j, counts[k], strlen(counts[k])))
			return 0;
	w = c->s + c->a[j].s;
	n = c->a[j].e - c->a[j].s;
	if (w[n - 1] != 's' || (n > 2 && w[n - 2] == 's'))
		return 1;
	for (k = 0; events[k] != NULL; k++)
		if (numlex_isn(c, j, events[k], strlen(events[k])))
			return 1;
	return 0;
}

/* the first year of a list that ends with the year at i: "2021, 2022
 * and 2023"; i itself if none comes before it */
static size_t
yearlist(struct numctx *c, size_t i)
{
	size_t k = i, n;

	for (;;) {
		n = k;
		if (n > 0 && (numlex_is(c, n - 1, "and") ||
		    numlex_is(c, n - 1, "or")))
			n--;
		if (n > 0 && numlex_sym(c, n - 1, ','))
			n--;
		if (n == k || n == 0 || isyear(c, n - 1) <= 0)
			return k;
		k = n - 1;
	}
}

/* 1990s, the '90s, 2019, 2019-20, summer 2024 */
static size_t
yearish(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *p = i > 0 ? numlex_get(c, i - 1) : NULL, *x;
	size_t j = i + 1, k;
	int y, y2;

	/* decades: "1990s", "the '90s", "the 90s" */
	if (c->a[i].kind == A_NUM && numlex_adj(c, j) && numlex_is(c, j, "s")) {
		y = nummax(c, i, 0, 2990, 4);
		if (y < 0 || y % 10 != 0)
			return 0;
		if (y < 100) {
			if (!(i > 0 && (numlex_sym(c, i - 1, '\'') ||
			    numlex_sym(c, i - 1, 0x2019) ||
			    numlex_is(c, i - 1, "the"))))
				return 0;
			y += 1900;
		}
		if (y % 100 == 0 && y >= 1000 && !numlex_is(c, i - 1, "'")) {
			t->gran = G_CENTURY;
			t->n = y / 100;
		} else {
			t->gran = G_DECADE;
			t->n = y / 10;
		}
		return j + 1;
	}
	if ((y = isyear(c, i)) < 0)
		return 0;
	if (j < c->na && numlex_adj(c, j) && (c->a[j].kind == A_WORD ||
	    numlex_sym(c, j, '%')))
		return 0;
	/* "the 2002 Bali bombings", "a 1976 airliner bombing", "its 2023
	 * report": a year between a determiner and a noun */
	if (i > 0 && y >= 1900 && y <= 2100 && yearnoun(c, j) &&
	    (numlex_is(c, i - 1, "the") || numlex_is(c, i - 1, "a") ||
	    numlex_is(c, i - 1, "its") || numlex_is(c, i - 1, "his") ||
	    numlex_is(c, i - 1, "her") || numlex_is(c, i - 1, "their") ||
	    numlex_is(c, i - 1, "our") || numlex_is(c, i - 1, "this") ||
	    numlex_is(c, i - 1, "that") || numlex_is(c, i - 1, "last")))
		goto year;
	/* "mid-2026", "late-2019": a modifier joined by a hyphen */
	if (i > 1 && isdash(c, i - 1) && (x = numlex_get(c, i - 2)) != NULL &&
	    x->mod)
		goto year;
	/* "2035 or later", "2020 onwards" */
	if (y >= 1600 && ((numlex_is(c, j, "or") && (numlex_is(c, j + 1,
	    "later") || numlex_is(c, j + 1, "earlier"))) ||
	    numlex_is(c, j, "onwards") || numlex_is(c, j, "onward")))
		goto year;
	/* "later than 2020" */
	if (i > 1 && numlex_is(c, i - 1, "than") && (numlex_is(c, i - 2,
	    "later") || numlex_is(c, i - 2, "earlier")))
		goto year;
	/* "in 2007 and 2009", "in 2021, 2022 and 2023": a later year of a
	 * list after a preposition; "1500 and 2000 troops" are counts */
	if (y >= 1600 && (k = yearlist(c, i)) < i && k > 0 &&
	    (x = numlex_get(c, k - 1)) != NULL && (x->fl & L_SIG) &&
	    !(j < c->na && c->a[j].kind == A_WORD &&
	    !(c->a[j].fl & F_CAP) && numlex_get(c, j) == NULL))
		goto year;
	/* date context: a preposition, a season, fiscal, a range */
	if (p == NULL && !(i > 0 && numlex_sym(c, i - 1, '(')))
		return 0;
	if (p != NULL && !(p->fl & L_SIG) && !p->season[0] && !p->mod &&
	    !numlex_is(c, i - 1, "year") && !numlex_is(c, i - 1, "fiscal"))
		return 0;
	if (p != NULL && (numlex_is(c, i - 1, "a") ||
	    numlex_is(c, i - 1, "an") || numlex_is(c, i - 1, "per") ||
	    (numlex_is(c, i - 1, "than") && !(i > 1 && (numlex_is(c, i - 2,
	    "later") || numlex_is(c, i - 2, "earlier")))) ||
	    p->fl & (L_PAST | L_FUT)))
		return 0;
	if (p != NULL && (numlex_is(c, i - 1, "the") || numlex_is(c, i - 1,
	    "to") || numlex_is(c, i - 1, "and") || numlex_is(c, i - 1, "or") ||
	    numlex_is(c, i - 1, "at") || numlex_is(c, i - 1, "over") ||
	    numlex_is(c, i - 1, "about") || numlex_is(c, i - 1, "some") ||
	    numlex_is(c, i - 1, "under") || numlex_is(c, i - 1, "around") ||
	    numlex_is(c, i - 1, "nearly") || numlex_is(c, i - 1, "almost") ||
	    numlex_is(c, i - 1, "up") || numlex_is(c, i - 1, "more") ||
	    numlex_is(c, i - 1, "less") || numlex_is(c, i - 1, "least"))) {
		return 0;
	}
	if (y < 1600 && !(p != NULL && (numlex_is(c, i - 1, "in") ||
	    numlex_is(c, i - 1, "since"))))
		return 0;
	(void)x;
year:
	t->gran = G_YEAR;
	t->y = y;
	/* 2019-20, 2019-2020: a range of years */
	if (isdash(c, j) && numlex_adj(c, j) && numlex_adj(c, j + 1)) {
		if ((y2 = isyear(c, j + 1)) > y && y2 - y < 100)
			t->n = y2;
		else if ((y2 = nummax(c, j + 1, 0, 99, 2)) >= 0 &&
		    c->a[j + 1].e - c->a[j + 1].s == 2 &&
		    y / 100 * 100 + y2 == y + 1)
			t->n = y + 1;
		if (t->n)
			return j + 2;
		/* 2015-03: a month */
		if ((y2 = nummax(c, j + 1, 1, 12, 2)) > 0 &&
		    !numlex_sym(c, j + 2, '-') && !numlex_sym(c, j + 2, '/')) {
			t->gran = G_MONTH;
			t->m = y2;
			return j + 2;
		}
	}
	return j;
}

/* "the first week of 2015", "the last week of 2016": an ISO week */
static size_t
nthweek(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i);
	struct dec v;
	int64_t n;
	int y, ord, wy, w;
	size_t j;

	if (x != NULL && x->rel == R_LAST)
		j = i + 1, n = -1;
	else if ((j = num_number(c, i, &v, &ord)) == 0 || !ord ||
	    !dec_is_int(v, &n) || n < 1 || n > 53)
		return 0;
	if (!numlex_is(c, j, "week") || !numlex_is(c, j + 1, "of") ||
	    (y = isyear(c, j + 2)) < 0)
		return 0;
	if (n < 0) {
		cal_isoweek(cal_days(y, 12, 28), &wy, &w);
		n = w;
	}
	t->gran = G_WEEK;
	t->y = y;
	t->n = n;
	return j + 3;
}

/*
 * "the first week of May", "the last week of July 2016", "the last week of
 * this month": the ISO week that holds the month's day 1 + 7 (n - 1), or
 * its last day; "the week of April 10", "the week beginning February 4":
 * the ISO week of that day.
 */
static size_t
monthweek(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i);
	struct dec v;
	struct tv m;
	int64_t n;
	int ord, d2;
	size_t j, k, r;

	memset(&m, 0, sizeof m);
	m.hh = -1;
	if (numlex_is(c, i, "week") && (numlex_is(c, i + 1, "of") ||
	    numlex_is(c, i + 1, "beginning") || numlex_is(c, i + 1,
	    "starting") || numlex_is(c, i + 1, "commencing"))) {
		k = i + 2 + numlex_is(c, i + 2, "on");
		if ((r = num_absdate(c, k, &m, &d2)) == 0 || m.gran != G_DAY ||
		    d2 || m.bad || m.y == 0)
			return 0;
		cal_isoweek(cal_days(m.y, m.m, m.d), &t->y, &t->n);
		t->gran = G_WEEK;
		return r;
	}
	if (x != NULL && x->rel == R_LAST && !numlex_is(c, i, "past"))
		j = i + 1, n = -1;
	else if (!(c->a[i].kind == A_NUM || (x != NULL && x->ord)) ||
	    !numlex_is(c, i + 1 + (c->a[i].kind == A_NUM), "week") ||
	    (j = num_number(c, i, &v, &ord)) == 0 || !ord ||
	    !dec_is_int(v, &n) || n < 1 || n > 5)
		return 0;
	if (!numlex_is(c, j, "week") || !numlex_is(c, j + 1, "of"))
		return 0;
	k = j + 2;
	if ((r = num_absdate(c, k, &m, &d2)) == 0 || m.gran != G_MONTH) {
		if ((x = numlex_get(c, k)) != NULL && x->mon) {
			/* "the third week of Jan" */
			m.m = x->mon;
			m.y = nearyear(c, i, m.m, 0);
			r = k + 1 + (numlex_sym(c, k + 1, '.') &&
			    numlex_adj(c, k + 1));
		} else if ((r = num_relunit(c, k, &m)) == 0 ||
		    m.gran != G_MONTH)
			return 0;
	}
	if (m.y == 0)
		return 0;
	cal_isoweek(n < 0 ? cal_days(m.y, m.m, cal_mdays(m.y, m.m)) :
	    cal_days(m.y, m.m, 1) + 7 * (n - 1), &t->y, &t->n);
	t->gran = G_WEEK;
	return r;
}

/*
 * "the first three months of 2024", "the last two weeks of this year",
 * "the first ten days of March": a range of months, ISO weeks or days at
 * the start or end of a year or month.
 */
static size_t
firstlast(struct numctx *c, size_t i, struct tv *t, char *val, size_t sz)
{
	const struct lex *x = numlex_get(c, i), *u;
	struct tv p;
	struct dec v;
	int64_t n;
	int ord, d2, first, wy, w, w2, y2, m2, dd2;
	long a, b;
	size_t j, r;

	if (x == NULL || !(numlex_is(c, i, "first") || numlex_is(c, i,
	    "last")) || (j = num_number(c, i + 1, &v, &ord)) == 0 || ord ||
	    !dec_is_int(v, &n) || n < 1 || n > 366 || (u = numlex_get(c,
	    j)) == NULL || !(u->fl & L_PL) || !numlex_is(c, j + 1, "of"))
		return 0;
	first = numlex_is(c, i, "first");
	memset(&p, 0, sizeof p);
	p.hh = -1;
	if ((r = core(c, j + 2, &p, &d2)) == 0 && numlex_is(c, j + 2, "the"))
		r = core(c, j + 3, &p, &d2);
	/* "the first nine months of the year": the reference year */
	if (r == 0 && numlex_is(c, j + 2, "the") && numlex_is(c, j + 3,
	    "year") && c->have_ref) {
		p.gran = G_YEAR;
		p.y = c->ry;
		p.n = 0;
		r = j + 4;
	}
	if (r == 0 || d2 || p.y == 0 || (p.gran != G_YEAR && p.gran !=
	    G_MONTH) || (p.gran == G_YEAR && p.n != 0))
		return 0;
	if (strcmp(u->tu, "M") == 0 && p.gran == G_YEAR && n <= 12) {
		if (!first)
			snprintf(val, sz, "%04d-%02d..%04d-12", p.y,
			    (int)(13 - n), p.y);
		else
			snprintf(val, sz, "%04d-01..%04d-%02d", p.y, p.y,
			    (int)n);
	} else if (strcmp(u->tu, "D") == 0) {
		a = cal_days(p.y, p.gran == G_MONTH ? p.m : 1, 1);
		b = p.gran == G_MONTH ? a + cal_mdays(p.y, p.m) :
		    cal_days(p.y + 1, 1, 1);
		if (n > b - a)
			return 0;
		if (first)
			b = a + n;
		else
			a = b - n;
		cal_civil(a, &y2, &m2, &dd2);
		cal_civil(b - 1, &wy, &w, &w2);
		snprintf(val, sz, "%04d-%02d-%02d..%04d-%02d-%02d", y2, m2,
		    dd2, wy, w, w2);
	} else if (strcmp(u->tu, "W") == 0 && p.gran == G_YEAR && n <= 52) {
		cal_isoweek(cal_days(p.y, 12, 28), &wy, &w2);
		w = first ? 1 : w2 - (int)n + 1;
		w2 = first ? (int)n : w2;
		snprintf(val, sz, "%04d-W%02d..%04d-W%02d", p.y, w, p.y, w2);
	} else
		return 0;
	t->gran = G_REF;	/* the value is written above */
	return r;
}

/* "week 10 of 2019", "in week 31": an ISO week */
static size_t
isoweek(struct numctx *c, size_t i, struct tv *t)
{
	int w, y;
	size_t j = i + 2;

	if (!numlex_is(c, i, "week") || (w = nummax(c, i + 1, 1, 53, 2)) < 0 ||
	    (i + 2 < c->na && numlex_adj(c, i + 2) && (c->a[i + 2].kind ==
	    A_WORD || numlex_sym(c, i + 2, '-') || numlex_sym(c, i + 2, '%'))))
		return 0;
	if (numlex_is(c, j, "of") && (y = isyear(c, j + 1)) > 0)
		j += 2;
	else if (c->have_ref && numlex_is(c, j, "of") && (numlex_is(c, j + 1,
	    "last") || numlex_is(c, j + 1, "next") || numlex_is(c, j + 1,
	    "this")) && numlex_is(c, j + 2, "year")) {
		y = c->ry + (numlex_is(c, j + 1, "last") ? -1 :
		    numlex_is(c, j + 1, "next"));
		j += 3;
	} else if (c->have_ref)
		y = c->ry;
	else
		return 0;
	t->gran = G_WEEK;
	t->y = y;
	t->n = w;
	return j;
}

/* "on the 18th", "by the 4th", "for the 27th": a day of the nearest
 * month */
static size_t
dayalone(struct numctx *c, size_t i, struct tv *t)
{
	size_t j, p;
	long ref, best = -1, dist;
	int d, k, y, m;

	/* cheap tests first: a number with st, nd, rd or th */
	if (c->a[i].kind != A_NUM || i == 0 || !numlex_adj(c, i + 1) ||
	    (d = num_daynum(c, i, &j)) < 0 || j == i + 1 || !tv_ref(c, &ref))
		return 0;
	p = i - numlex_is(c, i - 1, "the");
	if (p == 0 || !(numlex_is(c, p - 1, "on") || numlex_is(c, p - 1,
	    "by") || numlex_is(c, p - 1, "until") || numlex_is(c, p - 1,
	    "since") || numlex_is(c, p - 1, "till") || numlex_is(c, p - 1,
	    "for")))
		return 0;
	/* "on the 18th floor", "by the third day" */
	if (j < c->na && (c->a[j].kind == A_NUM || (c->a[j].kind == A_WORD &&
	    !numlex_is(c, j, "at") && !numlex_is(c, j, "and") &&
	    !numlex_is(c, j, "or"))))
		return 0;
	for (k = -1; k <= 1; k++) {
		m = c->rm + k;
		y = c->ry + (m < 1 ? -1 : m > 12);
		m = (m + 11) % 12 + 1;
		if (!cal_valid(y, m, d))
			continue;
		dist = labs(cal_days(y, m, d) - ref);
		if (best < 0 || dist < best) {
			best = dist;
			tv_ymd(t, y, m, d);
		}
	}
	return best < 0 ? 0 : j;
}

/* the word at i is FY and two or four digits: "FY2025", "FY25" */
int
num_fyword(const struct numctx *c, size_t i)
{
	const struct atom *a = &c->a[i];
	const char *s = c->s + a->s;
	size_t n = a->e - a->s, k;

	if (a->kind != A_WORD || (n != 4 && n != 6) || s[0] != 'F' ||
	    s[1] != 'Y')
		return 0;
	for (k = 2; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return 1;
}

/*
 * A fiscal year as TIMEX2 writes it: "fiscal 2024", "fiscal year 2025",
 * "financial year 2024", "FY2025", "FY25", "FY 2024" are FY2024 ... A
 * pair of years ("fiscal 2024-25") is left alone: which of the two names
 * it differs from one country to the next.
 */
size_t
num_fiscal(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i);
	const char *s = c->s + c->a[i].s;
	size_t j = i + 1;
	int y;

	if (num_fyword(c, i)) {
		y = atoi(s + 2);
		if (c->a[i].e - c->a[i].s == 4)
			y += y < 70 ? 2000 : 1900;
		else if (y < 1000 || y > 2999)
			return 0;
	} else {
		if (x != NULL && (x->fl & L_FY) && numlex_is(c, j, "year"))
			j++;
		else if (!(numlex_is(c, i, "fy") && (c->a[i].fl & F_UPPER)) &&
		    (x == NULL || !(x->fl & L_FY)))
			return 0;
		if ((y = isyear(c, j)) <= 0)
			return 0;
		j++;
	}
	if (numlex_dash(c, j) && numlex_adj(c, j) && numlex_adj(c, j + 1) &&
	    j + 1 < c->na && c->a[j + 1].kind == A_NUM)
		return 0;
	t->gran = G_REF;
	t->yexp = 1;
	snprintf(t->ref, sizeof t->ref, "FY%04d", y);
	return j;
}

/* "summer 2022", "the summer of 2022", "autumn 2023" */
static size_t
season(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x;
	size_t j = i;
	int y;

	if (numlex_is(c, j, "the"))
		j++;
	if ((x = numlex_get(c, j)) == NULL || x->season[0] == '\0' ||
	    (x->fl & L_PL))
		return 0;
	/* "prices fall 2022 levels": the verb */
	if (numlex_is(c, j, "fall") && !(c->a[j].fl & F_CAP) && j == i &&
	    !(i > 0 && (numlex_is(c, i - 1, "in") || numlex_is(c, i - 1,
	    "of") || numlex_is(c, i - 1, "the") || numlex_is(c, i - 1,
	    "by") || numlex_is(c, i - 1, "since") || numlex_is(c, i - 1,
	    "until") || numlex_is(c, i - 1, "during") || numlex_is(c, i - 1,
	    "early") || numlex_is(c, i - 1, "late") || numlex_is(c, i - 1,
	    "mid"))))
		return 0;
	j++;
	if (numlex_is(c, j, "of"))
		j++;
	if ((y = isyear(c, j)) <= 0 || (numlex_adj(c, j + 1) &&
	    j + 1 < c->na && c->a[j + 1].kind == A_WORD))
		return 0;
	t->gran = G_SEASON;
	memcpy(t->season, x->season, 3);
	t->y = y;
	t->yexp = 1;
	return j + 1;
}

static size_t
core(struct numctx *c, size_t i, struct tv *t, int *d2)
{
	size_t r;

	*d2 = 0;
	if (i >= c->na)
		return 0;	/* "the end of" at the end of the text */
	if (c->a[i].kind == A_WORD && (r = season(c, i, t)) != 0)
		return r;
	if (c->a[i].kind == A_WORD && (r = num_fiscal(c, i, t)) != 0)
		return r;
	if ((r = isoweek(c, i, t)) != 0)
		return r;
	if ((r = nthweek(c, i, t)) != 0)
		return r;
	if ((r = monthweek(c, i, t)) != 0)
		return r;
	if (numlex_is(c, i, "the") && (r = monthweek(c, i + 1, t)) != 0)
		return r;
	if (c->a[i].kind == A_WORD && numlex_maybe(c, 2, i) &&
	    (r = num_holiday(c, i, t)) != 0)
		return r;
	if (c->a[i].kind == A_NUM && (c->a[i].fl & F_SKIP))
		return dotdate(c, i, t);
	if ((r = monsep(c, i, t)) != 0)
		return r;
	if (c->a[i].kind == A_NUM && (r = numdate(c, i, t)) != 0)
		return r;
	if ((r = num_absdate(c, i, t, d2)) != 0)
		return r;
	if ((r = dayalone(c, i, t)) != 0)
		return r;
	if ((r = num_weekday(c, i, t, 0)) != 0)
		return r;
	if ((r = num_relunit(c, i, t)) != 0)
		return r;
	if ((r = num_relword(c, i, t)) != 0)
		return r;
	if ((r = num_ago(c, i, t)) != 0)
		return r;
	if ((r = quarter(c, i, t)) != 0)
		return r;
	if ((r = century(c, i, t)) != 0)
		return r;
	if (numlex_is(c, i, "the") && (r = century(c, i + 1, t)) != 0)
		return r;
	if (numlex_is(c, i, "the") && (r = quarter(c, i + 1, t)) != 0)
		return r;
	if (numlex_is(c, i, "the") && c->a[i + 1].kind == A_NUM &&
	    (r = yearish(c, i + 1, t)) != 0 && t->gran == G_DECADE)
		return r;
	/* "2017 April" */
	if (isyear(c, i) > 0 && (r = month(c, i + 1, &r)) > 0 &&
	    !(i + 2 < c->na && c->a[i + 2].kind == A_NUM)) {
		t->gran = G_MONTH;
		t->y = isyear(c, i);
		t->m = r;
		t->yexp = 1;
		return i + 2;
	}
	/* "2019 H2", "2017-Q1" */
	if (isyear(c, i) > 0) {
		r = i + 1 + (numlex_sym(c, i + 1, '-') && numlex_adj(c, i + 1));
		if (quarter(c, r, t) != 0 && (numlex_get(c, r)->qtr ||
		    numlex_get(c, r)->half)) {
			t->y = isyear(c, i);
			t->yexp = 1;
			return r + 1;
		}
		memset(t, 0, sizeof *t);
		t->hh = t->mi = t->ss = -1;
	}
	if (c->a[i].kind == A_NUM && (r = yearish(c, i, t)) != 0)
		return r;
	/* "in nineteen ninety six", "since two thousand and eight" */
	if (c->a[i].kind == A_WORD && i > 0 && numlex_get(c, i) != NULL &&
	    numlex_get(c, i)->card >= 1 && numlex_get(c, i)->card <= 29 &&
	    (numlex_is(c, i - 1, "in") || numlex_is(c, i - 1, "since")) &&
	    (r = wordyear(c, i, &t->y)) != 0 &&
	    !(r < c->na && c->a[r].kind == A_WORD && (numlex_get(c, r) ==
	    NULL || !(numlex_get(c, r)->fl & L_SIG)))) {	/* "in two
								 * thousand
								 * homes" */
		t->gran = G_YEAR;
		t->yexp = 1;
		return r;
	}
	return 0;
}

/* mid-March, early 2024, late last year, the end of the month */
static size_t
prefix(struct numctx *c, size_t i, int *mod)
{
	const struct lex *x = numlex_get(c, i);
	size_t j = i;

	if (x == NULL)
		return i;
	/* "earlier this month", "later this year": the same value */
	if ((numlex_is(c, i, "earlier") || numlex_is(c, i, "later")) &&
	    (numlex_is(c, i + 1, "this") || numlex_is(c, i + 1, "today") ||
	    numlex_is(c, i + 1, "tonight")))
		return i + 1;
	/* "mid-March", "late Tuesday", "late on Friday", and Reuters'
	 * "end-2025", "end-March" */
	if (numlex_is(c, i, "mid") || numlex_is(c, i, "early") ||
	    numlex_is(c, i, "late") || ((numlex_is(c, i, "end") ||
	    numlex_is(c, i, "start")) && isdash(c, i + 1) &&
	    numlex_adj(c, i + 1) && numlex_adj(c, i + 2))) {
		*mod = x->mod;
		j = i + 1;
		if (isdash(c, j) && numlex_adj(c, j))
			j++;
		else if (numlex_is(c, j, "on") && !numlex_is(c, i, "mid"))
			j++;
		return j;
	}
	if (numlex_is(c, j, "the"))
		j++;
	if ((numlex_is(c, j, "end") || numlex_is(c, j, "beginning") ||
	    numlex_is(c, j, "start") || numlex_is(c, j, "middle")) &&
	    numlex_is(c, j + 1, "of")) {
		*mod = numlex_is(c, j, "middle") ? WK_M_MID :
		    numlex_get(c, j)->mod;
		return j + 2;
	}
	return i;
}

/* "by year-end", "at month-end": the reference's year or month, whose
 * end the caller marks */
static size_t
periodend(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i);

	if (x == NULL || !c->have_ref || (x->fl & L_PL) ||
	    (strcmp(x->tu, "Y") != 0 && strcmp(x->tu, "M") != 0) ||
	    !isdash(c, i + 1) || !numlex_adj(c, i + 1) ||
	    !numlex_adj(c, i + 2) || !numlex_is(c, i + 2, "end"))
		return 0;
	t->gran = x->tu[0] == 'Y' ? G_YEAR : G_MONTH;
	t->y = c->ry;
	t->m = c->rm;
	return i + 3;
}

size_t
num_date(struct numctx *c, size_t i, struct cand *cd)
{
	struct tv t;
	size_t j, k;
	int mod = 0, d2 = 0;
	long ref;
	char fl[64];

	memset(&t, 0, sizeof t);
	t.hh = t.mi = t.ss = -1;
	if ((c->a[i].e - c->a[i].s == 4 || c->a[i].e - c->a[i].s == 5) &&
	    (j = firstlast(c, i, &t, fl, sizeof fl)) != 0) {
		memset(cd, 0, sizeof *cd);
		cd->i = i;
		cd->j = j;
		cd->type = WK_N_DATE;
		memcpy(cd->value, fl, sizeof cd->value);
		return j;
	}
	if ((j = periodend(c, i, &t)) != 0)
		mod = WK_M_END;
	else if ((j = core(c, (k = prefix(c, i, &mod)), &t, &d2)) == 0 &&
	    k > i) {
		/* "the end of the month", "by end of day"; "at the end of
		 * the day" is "in the end" */
		size_t u = k + numlex_is(c, k, "the");
		const struct lex *x = numlex_get(c, u);

		if (x != NULL && x->tu[0] && !(x->fl & L_PL) &&
		    strchr("DWMY", x->tu[0]) && tv_ref(c, &ref) &&
		    !(x->tu[0] == 'D' && (x->tu[1] != '\0' || (u > k &&
		    i > 0 && (numlex_is(c, i - 1, "at") || (i > 1 &&
		    numlex_is(c, i - 1, "the") && numlex_is(c, i - 2,
		    "at"))))))) {
			j = u + 1;
			if (x->tu[0] == 'D')
				tv_day(&t, ref);
			else if (x->tu[0] == 'Y') {
				t.gran = G_YEAR;
				t.y = c->ry;
			} else if (x->tu[0] == 'M' && x->tu[1] == '\0') {
				t.gran = G_MONTH;
				t.y = c->ry;
				t.m = c->rm;
			} else if (x->tu[0] == 'W') {
				t.gran = G_WEEK;
				cal_isoweek(ref, &t.y, &t.n);
			} else
				j = 0;
		}
	}
	if (j == 0)
		return 0;
	memset(cd, 0, sizeof *cd);
	cd->i = i;
	cd->j = j;
	cd->mod = mod;
	if (t.bad) {	/* February 30, 03/04/2025: consumed, no value */
		cd->type = -1;
		return j;
	}
	cd->type = t.hh >= 0 || t.pod[0] ? WK_N_TIME : WK_N_DATE;
	cd->yexp = t.yexp || t.gran == G_YEAR;
	tv_fmt(&t, cd->value, sizeof cd->value);
	if (t.gran == G_YEAR && t.n > 0 && t.n > t.y) {	/* 2019-20 */
		snprintf(cd->value, sizeof cd->value, "%04d..%04d", t.y, t.n);
	} else if (d2 > 0) {
		char hi[64];

		snprintf(hi, sizeof hi, "%.8s%02d", cd->value, d2);
		num_range(cd->value, sizeof cd->value, cd->value, hi);
	}
	if (t.gran == G_REF && t.ref[0] == '\0')
		cd->value[0] = '\0';
	return j;
}

