/*
 * numdate.c - dates: absolute ("March 24", "24 March 2025", "Jan. 12,
 * 2026", "2025-03-01", "03/24/2025" where unambiguous), months, years in
 * date context, decades, quarters, halves, seasons, weekdays (direction
 * from the tense around them), relative expressions resolved against the
 * reference date, and the modifiers mid-, early, late, the end of.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numint.h"

static int
isdash(struct numctx *c, size_t i)
{
	return numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2013);
}

int
tv_ref(const struct numctx *c, long *days)
{
	if (!c->have_ref)
		return 0;
	*days = cal_days(c->ry, c->rm, c->rd);
	return 1;
}

void
tv_day(struct tv *t, long days)
{
	t->gran = G_DAY;
	cal_civil(days, &t->y, &t->m, &t->d);
}

/* v as w digits, zero-padded; returns the end */
static char *
digits(char *p, int v, int w)
{
	int k;

	for (k = w - 1; k >= 0; k--, v /= 10)
		p[k] = '0' + v % 10;
	return p + w;
}

void
tv_fmt(const struct tv *t, char *out, size_t sz)
{
	char y[16];
	int n = 0;

	if (t->y > 0 && t->y < 10000)
		digits(y, t->y, 4)[0] = '\0';
	else
		strcpy(y, "XXXX");
	switch (t->gran) {
	case G_DAY:	/* the common cases without printf: it is slow */
		memcpy(out, y, 4);
		out[4] = '-';
		digits(out + 5, t->m, 2)[0] = '-';
		digits(out + 8, t->d, 2)[0] = '\0';
		n = 10;
		break;
	case G_MONTH:
		memcpy(out, y, 4);
		out[4] = '-';
		digits(out + 5, t->m, 2)[0] = '\0';
		n = 7;
		break;
	case G_YEAR:
		memcpy(out, y, 5);
		n = 4;
		break;
	case G_WEEK:
		n = snprintf(out, sz, "%s-W%02d", y, t->n);
		break;
	case G_WEEKEND:
		n = snprintf(out, sz, "%s-W%02d-WE", y, t->n);
		break;
	case G_QUARTER:
		n = snprintf(out, sz, "%s-Q%d", y, t->n);
		break;
	case G_HALF:
		n = snprintf(out, sz, "%s-H%d", y, t->n);
		break;
	case G_SEASON:
		n = snprintf(out, sz, "%s-%s", y, t->season);
		break;
	case G_DECADE:
		n = snprintf(out, sz, "%03dX", t->n);
		break;
	case G_CENTURY:
		n = snprintf(out, sz, "%02dXX", t->n);
		break;
	case G_WDAY:
		n = snprintf(out, sz, "XXXX-WXX-%d", t->n);
		break;
	case G_REF:
		n = snprintf(out, sz, "%s", t->ref);
		break;
	default:
		out[0] = '\0';
		return;
	}
	if (n < 0 || (size_t)n >= sz)
		return;
	if (t->hh >= 0 && t->gran != G_REF)
		n += snprintf(out + n, sz - n, t->ss >= 0 ? "T%02d:%02d:%02d" :
		    "T%02d:%02d", t->hh, t->mi, t->ss);
	else if (t->pod[0] != '\0')
		snprintf(out + n, sz - n, "T%s", t->pod);
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
static int
daynum(struct numctx *c, size_t i, size_t *j)
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
	    (i + 1 >= c->na || c->a[i + 1].kind != A_NUM))
		return 0;	/* "Jan", "Mar", "Dec" alone are names */
	return x->mon;
}

static int
month(struct numctx *c, size_t i, size_t *j)
{
	return month2(c, i, j, 0);
}

/* the year the reference date implies for a month (and day) */
static int
refyear(struct numctx *c)
{
	return c->have_ref ? c->ry : 0;
}

static size_t
yearafter(struct numctx *c, size_t j, int *y)
{
	size_t k = j;

	if (numlex_sym(c, k, ','))
		k++;
	else if ((numlex_is(c, k, "of") || numlex_is(c, k, "in")) &&
	    isyear(c, k + 1) > 0)
		k++;
	if ((*y = isyear(c, k)) > 0 && !(k + 1 < c->na &&
	    numlex_adj(c, k + 1) && c->a[k + 1].kind == A_WORD))
		return k + 1;
	*y = 0;
	return j;
}

/* "March 24[, 2025]", "March 2025", "24 March [2025]", "24th of March" */
static size_t
absdate(struct numctx *c, size_t i, struct tv *t, int *d2)
{
	size_t j, k;
	int m, d, y;

	*d2 = 0;
	if ((m = month(c, i, &j)) > 0) {
		if ((d = daynum(c, j, &k)) > 0 && !(numlex_is(c, k, "th") ||
		    isyear(c, j) > 0)) {
			j = k;
			/* "March 3-5", "March 3 to 5" */
			if ((isdash(c, j) || numlex_is(c, j, "to") ||
			    numlex_is(c, j, "and") || numlex_is(c, j,
			    "through") || numlex_is(c, j, "till") ||
			    numlex_is(c, j, "until")) &&
			    (*d2 = daynum(c, j + 1, &k)) > d && !(k < c->na &&
			    month(c, k, &k) > 0))
				j = k;
			else
				*d2 = 0;
			j = yearafter(c, j, &y);
			t->gran = G_DAY;
			t->y = y ? y : refyear(c);
			t->yexp = y != 0;
			t->m = m;
			t->d = d;
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
		/* a month alone: capitalized or after a preposition, and not
		 * "may" the verb */
		if (((!(c->a[i].fl & F_CAP) || numlex_is(c, i, "may")) &&
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
		    (i > 0 && numlex_is(c, i - 1, "the")))
			return 0;
		t->gran = G_MONTH;
		t->y = refyear(c);
		t->m = m;
		return j;
	}
	if ((d = daynum(c, i, &j)) > 0) {
		k = j;
		if (numlex_is(c, k, "of"))
			k++;
		if ((m = month2(c, k, &k, 1)) == 0)
			return 0;
		j = yearafter(c, k, &y);
		t->gran = G_DAY;
		t->y = y ? y : refyear(c);
		t->yexp = y != 0;
		t->m = m;
		t->d = d;
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
	    12, 2)) > 0 && (c->a[i + 2].fl & F_LEAD0 || m > (y + 1) % 100 ||
	    m < y % 100) && !numlex_sym(c, i + 3, '-') &&
	    !numlex_sym(c, i + 3, '/')) {
		t->gran = G_MONTH;	/* not 2019-20, a fiscal year */
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
		t->gran = G_DAY;
		t->y = y;
		t->m = m;
		t->d = d;
		return i + 1;
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
	t->gran = G_DAY;
	t->y = y;
	t->m = m;
	t->d = d;
	return i + 5;
}

/* "Friday night", "tomorrow morning": a part of the day */
static size_t
pod(struct numctx *c, size_t j, struct tv *t)
{
	const struct lex *p = numlex_get(c, j);

	/* "Tuesday in the morning" */
	if (numlex_is(c, j, "in") && numlex_is(c, j + 1, "the") &&
	    (p = numlex_get(c, j + 2)) != NULL && p->pod[0] != '\0' &&
	    !(p->fl & L_PL)) {
		memcpy(t->pod, p->pod, 3);
		return j + 3;
	}
	p = numlex_get(c, j);

	if (p != NULL && p->pod[0] != '\0' && !(p->fl & L_PL)) {
		memcpy(t->pod, p->pod, 3);
		return j + 1;
	}
	return j;
}

/* a weekday: "Friday" resolved by tense, "Friday, March 21" as the date */
static size_t
weekday(struct numctx *c, size_t i, struct tv *t, int dir)
{
	const struct lex *x = numlex_get(c, i);
	size_t j = i + 1, len = c->a[i].e - c->a[i].s, k;
	long ref, day;
	int d2, r;

	if (x == NULL || x->wd == 0 || (x->fl & L_PL))
		return 0;
	if (len <= 4) {
		if (numlex_sym(c, j, '.') && numlex_adj(c, j))
			j++;
		else if (!numlex_sym(c, j, ','))
			return 0;	/* "Sun", "Wed", "Sat": words */
	}
	if (!(c->a[i].fl & F_CAP) && len <= 4)
		return 0;
	k = j;
	if (numlex_sym(c, k, ','))
		k++;
	if ((r = absdate(c, k, t, &d2)) != 0 && t->gran == G_DAY && !d2)
		return r;
	memset(t, 0, sizeof *t);
	t->hh = -1;
	if (!tv_ref(c, &ref)) {
		t->gran = G_WDAY;
		t->n = x->wd;
		return j;
	}
	r = cal_wday(ref);
	/* "Wednesday the 31st": the nearest month where that day is one */
	k = j;
	if (numlex_is(c, k, "the"))
		k++;
	if (k > j && (d2 = daynum(c, k, &k)) > 0) {
		int y, m, dd, step;

		for (step = 0; step < 12; step++) {
			int mm = c->rm - 1 + (step % 2 ? -(step + 1) / 2 : step / 2);

			y = c->ry + (mm < 0 ? -1 : mm / 12);
			m = (mm % 12 + 12) % 12 + 1;
			dd = d2;
			if (cal_valid(y, m, dd) &&
			    cal_wday(cal_days(y, m, dd)) == x->wd) {
				tv_day(t, cal_days(y, m, dd));
				return k;
			}
		}
	}
	/* "Tuesday of last week", "Monday of the following week" */
	k = j;
	if (numlex_is(c, k, "of"))
		k++;
	if (numlex_is(c, k, "the"))
		k++;
	if (k > j && numlex_get(c, k) != NULL && (numlex_get(c, k)->rel ==
	    R_LAST || numlex_get(c, k)->rel == R_NEXT || numlex_get(c,
	    k)->rel == R_THIS) && numlex_is(c, k + 1, "week")) {
		int d = numlex_get(c, k)->rel == R_LAST ? -1 :
		    numlex_get(c, k)->rel == R_NEXT;

		tv_day(t, ref - (r - 1) + 7 * d + x->wd - 1);
		return k + 2;
	}
	if (dir == 0)
		dir = num_tense(c, i, j);
	if (dir > 1)		/* next Friday: after the reference */
		day = ref + (x->wd - r + 6) % 7 + 1;
	else if (dir > 0)	/* Friday, future tense: maybe today */
		day = ref + (x->wd - r + 7) % 7;
	else if (dir < -1)	/* last Friday: before the reference */
		day = ref - (r - x->wd + 6) % 7 - 1;
	else
		day = ref - (r - x->wd + 7) % 7;
	tv_day(t, day);
	return pod(c, j, t);
}

/* seasons: the year of the most recent (dir -1) or coming (1) one */
static int
seasonyear(struct numctx *c, const char *s, int dir)
{
	int last = strcmp(s, "SP") == 0 ? 5 : strcmp(s, "SU") == 0 ? 8 :
	    strcmp(s, "FA") == 0 ? 11 : 2;

	if (dir < 0)
		return c->rm > last ? c->ry : c->ry - 1;
	if (dir > 0)
		return c->rm < last - 2 ? c->ry : c->ry + 1;
	return c->ry;
}

/* last/next/this/past/coming + week, month, year, weekday, season ... */
static size_t
relunit(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *r = numlex_get(c, i), *x;
	long ref;
	int dir, wy, w, m;
	size_t j = i + 1;

	if (r == NULL || (r->rel != R_LAST && r->rel != R_NEXT &&
	    r->rel != R_THIS))
		return 0;
	dir = r->rel == R_LAST ? -1 : r->rel == R_NEXT ? 1 : 0;
	if ((x = numlex_get(c, j)) == NULL || (x->fl & L_PL))
		return 0;
	if (x->wd != 0 && c->a[j].e - c->a[j].s > 4)
		return weekday(c, j, t, dir * 2);	/* this: by tense */
	if (!tv_ref(c, &ref)) {
		/* no reference: the extent is known, the value is not */
		if (x->tu[0] || x->mon || x->season[0] || x->rel == R_WEEKEND) {
			t->gran = G_REF;
			return j + 1;
		}
		return 0;
	}
	if (x->mon != 0) {
		t->gran = G_MONTH;
		t->m = x->mon;
		t->y = c->ry + (dir < 0 && x->mon >= c->rm ? -1 :
		    dir > 0 && x->mon <= c->rm ? 1 : 0);
		return j + 1;
	}
	if (x->season[0] != '\0') {
		t->gran = G_SEASON;
		memcpy(t->season, x->season, 3);
		t->y = seasonyear(c, x->season, dir);
		return j + 1;
	}
	if (x->rel == R_WEEKEND || strcmp(x->tu, "W") == 0) {
		const struct lex *d;
		size_t k = j + 1;

		/* "next week on Tuesday": a day of that week */
		if (numlex_is(c, k, "on") || numlex_sym(c, k, ','))
			k++;
		if (x->rel != R_WEEKEND && (d = numlex_get(c, k)) != NULL &&
		    d->wd != 0 && !(d->fl & L_PL)) {
			tv_day(t, ref - (cal_wday(ref) - 1) + 7 * dir + d->wd - 1);
			return k + 1;
		}
		cal_isoweek(ref + 7 * dir, &wy, &w);
		t->gran = x->rel == R_WEEKEND ? G_WEEKEND : G_WEEK;
		t->y = wy;
		t->n = w;
		return j + 1;
	}
	if (strcmp(x->tu, "M") == 0) {
		m = c->ry * 12 + c->rm - 1 + dir;
		t->gran = G_MONTH;
		t->y = m / 12;
		t->m = m % 12 + 1;
		return j + 1;
	}
	if (strcmp(x->tu, "Y") == 0) {
		t->gran = G_YEAR;
		t->y = c->ry + dir;
		return j + 1;
	}
	if (strcmp(x->tu, "Q") == 0) {
		m = c->ry * 4 + (c->rm - 1) / 3 + dir;
		t->gran = G_QUARTER;
		t->y = m / 4;
		t->n = m % 4 + 1;
		return j + 1;
	}
	if (strcmp(x->tu, "DE") == 0) {
		t->gran = G_DECADE;
		t->n = c->ry / 10 + dir;
		return j + 1;
	}
	if (strcmp(x->tu, "D") == 0 && dir == 0) {
		tv_day(t, ref);
		return j + 1;
	}
	if (x->pod[0] != '\0' && (dir == 0 || (dir < 0 &&
	    strcmp(x->pod, "NI") == 0))) {	/* this morning, last night */
		tv_day(t, ref + dir);
		memcpy(t->pod, x->pod, 3);
		return j + 1;
	}
	return 0;
}

/* "two years ago", "a week ago", "in three weeks" */
static size_t
ago(struct numctx *c, size_t i, struct tv *t)
{
	struct dec v;
	const struct lex *x;
	size_t j;
	int ord, dir;
	int64_t n;
	long ref;

	if (!numlex_tu_ahead(c, i + 1, 8))
		return 0;
	if (numlex_is(c, i, "a") || numlex_is(c, i, "an")) {
		v = dec_int(1);
		j = i + 1;
	} else if ((j = num_number(c, i, &v, &ord)) == 0 || ord)
		return 0;
	if (!dec_is_int(v, &n) || n > 10000 || (x = numlex_get(c, j)) == NULL ||
	    x->tu[0] == '\0' || strcmp(x->tu, "Q") == 0)
		return 0;
	if (numlex_is(c, j + 1, "ago"))
		dir = -1;
	else if (i > 0 && numlex_is(c, i - 1, "in") &&
	    !numlex_is(c, j + 1, "of") && !numlex_is(c, j + 1, "time") &&
	    strchr("YMWD", x->tu[0]) != NULL)
		dir = 1;
	else
		return 0;
	if (!tv_ref(c, &ref)) {
		t->gran = G_REF;
		return j + 1 + (dir < 0);
	}
	switch (x->tu[0]) {
	case 'Y':
		t->gran = G_YEAR;
		t->y = c->ry + dir * n;
		if (t->y < 1) {		/* "3,000 years ago": TIMEX3 BC years */
			t->gran = G_REF;
			snprintf(t->ref, sizeof t->ref, "BC%04d",
			    (1 - t->y) % 100000);
		}
		break;
	case 'M':
		if (strcmp(x->tu, "MIN") == 0)
			return 0;
		n = c->ry * 12 + c->rm - 1 + dir * n;
		t->gran = G_MONTH;
		t->y = n / 12;
		t->m = n % 12 + 1;
		break;
	case 'W':
		tv_day(t, ref + dir * 7 * n);
		break;
	case 'D':
		if (strcmp(x->tu, "DE") == 0) {
			t->gran = G_DECADE;
			t->n = (c->ry + dir * 10 * n) / 10;
		} else
			tv_day(t, ref + dir * n);
		break;
	case 'F':
		tv_day(t, ref + dir * 14 * n);
		break;
	default:
		return 0;	/* hours ago: a time, left to the reader */
	}
	return j + 1 + (dir < 0);
}

/* today, yesterday, now, recently, the future */
static size_t
relword(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i), *p;
	long ref;
	size_t j = i + 1;

	if (x == NULL)
		return 0;
	switch (x->rel) {
	case R_NOW:
		/* "now" as a conjunction or "until now" is still the present */
		t->gran = G_REF;
		strcpy(t->ref, "PRESENT_REF");
		return j;
	case R_RECENTLY:
		t->gran = G_REF;
		strcpy(t->ref, "PAST_REF");
		return j;
	case R_FUTURE:
		if (i == 0 || !numlex_is(c, i - 1, "the"))
			return 0;
		t->gran = G_REF;
		strcpy(t->ref, "FUTURE_REF");
		return j;
	case R_WEEKEND:
		/* "over the weekend": the last one in the past tense */
		if ((x->fl & L_PL) || i == 0 || !numlex_is(c, i - 1, "the"))
			return 0;
		if (!tv_ref(c, &ref)) {
			t->gran = G_REF;
			return j;
		}
		if (num_tense(c, i, j) < 0)
			ref -= (cal_wday(ref) + 1) % 7;	/* back to a Saturday */
		else
			ref += (6 - cal_wday(ref) + 7) % 7;
		cal_isoweek(ref, &t->y, &t->n);
		t->gran = G_WEEKEND;
		return j;
	case R_TODAY: case R_TONIGHT: case R_YESTERDAY: case R_TOMORROW:
		break;
	default:
		/* "in the morning": a part of some day */
		if (x->pod[0] != '\0' && !(x->fl & L_PL) && i > 0 &&
		    ((i > 1 && numlex_is(c, i - 1, "the") && numlex_is(c,
		    i - 2, "in")) || numlex_is(c, i - 1, "early") ||
		    numlex_is(c, i - 1, "late"))) {
			t->gran = G_REF;
			snprintf(t->ref, sizeof t->ref, "T%s", x->pod);
			t->hh = 0;	/* a time, not a date */
			return j;
		}
		return 0;
	}
	if (x->rel == R_TONIGHT)
		strcpy(t->pod, "NI");
	else if ((p = numlex_get(c, j)) != NULL && p->pod[0] != '\0') {
		memcpy(t->pod, p->pod, 3);	/* "yesterday morning" */
		j++;
	}
	if (!tv_ref(c, &ref)) {
		t->gran = G_REF;
		t->pod[0] = '\0';
		return j;
	}
	tv_day(t, ref + (x->rel == R_YESTERDAY ? -1 : x->rel == R_TOMORROW));
	return j;
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
	size_t j = i + 1;
	int n = 0, half = 0, y;

	if (x == NULL && c->a[i].kind != A_NUM)
		return 0;
	if (x != NULL && (x->qtr > 0 || x->half > 0)) {
		n = x->qtr ? x->qtr : x->half;
		half = x->half > 0;
		if (!(c->a[i].fl & F_UPPER) && isyear(c, j) < 0 &&
		    !(i > 0 && isyear(c, i - 1) > 0))
			return 0;
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
	if ((y = isyear(c, j)) > 0)
		j++;
	else if (numlex_is(c, j, "of") && (numlex_is(c, j + 1, "this") ||
	    numlex_is(c, j + 1, "the")) && numlex_is(c, j + 2, "year"))
		j += 3, y = refyear(c);
	else
		y = refyear(c);
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

/* 1990s, the '90s, 2019, 2019-20, summer 2024 */
static size_t
yearish(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *p = i > 0 ? numlex_get(c, i - 1) : NULL, *x;
	size_t j = i + 1;
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
	/* date context: a preposition, a season, fiscal, a range */
	if (p == NULL && !(i > 0 && numlex_sym(c, i - 1, '(')))
		return 0;
	if (p != NULL && !(p->fl & L_SIG) && !p->season[0] && !p->mod &&
	    !numlex_is(c, i - 1, "year") && !numlex_is(c, i - 1, "fiscal"))
		return 0;
	if (p != NULL && (numlex_is(c, i - 1, "a") ||
	    numlex_is(c, i - 1, "an") || numlex_is(c, i - 1, "per") ||
	    numlex_is(c, i - 1, "than") || p->fl & (L_PAST | L_FUT)))
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

/* the day of Western Easter (Meeus/Jones/Butcher) */
static long
easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int mon = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

	return cal_days(y, mon, day);
}

/* a holiday's day in year y from its rule (holidays.txt), or 0 */
static int
holiday_day(const char *r, int y, struct tv *t)
{
	int m, wd, n, plus = 0;
	long day;

	if (strncmp(r, "easter", 6) == 0) {
		if (y == 0)
			return 0;
		tv_day(t, easter(y) + atoi(r + 6));
		return 1;
	}
	if (sscanf(r, "%d-%d-%d%d", &m, &wd, &n, &plus) >= 3) {
		if (y == 0)
			return 0;
		if (n == 5) {		/* the last one */
			day = cal_days(y, m, cal_mdays(y, m));
			day -= (cal_wday(day) - wd + 7) % 7;
		} else {
			day = cal_days(y, m, 1);
			day += (wd - cal_wday(day) + 7) % 7 + 7 * (n - 1);
		}
		tv_day(t, day + plus);
		return 1;
	}
	if (sscanf(r, "%d-%d", &m, &n) == 2) {
		t->gran = G_DAY;
		t->y = y;
		t->m = m;
		t->d = n;
		return 1;
	}
	return 0;
}

/* Christmas, Easter Monday 2024, Thanksgiving */
static size_t
holiday(struct numctx *c, size_t i, struct tv *t)
{
	const char *rule;
	size_t k, j;
	int y;

	if ((k = numlex_phrase(c, 2, i, &rule)) == 0)
		return 0;
	j = yearafter(c, i + k, &y);
	if (y == 0)
		y = refyear(c);
	if (!holiday_day(rule, y, t))
		t->gran = G_REF;	/* a movable feast, year unknown */
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

static size_t
core(struct numctx *c, size_t i, struct tv *t, int *d2)
{
	size_t r;

	*d2 = 0;
	if (i >= c->na)
		return 0;	/* "the end of" at the end of the text */
	if ((r = isoweek(c, i, t)) != 0)
		return r;
	if ((r = nthweek(c, i, t)) != 0)
		return r;
	if (c->a[i].kind == A_WORD && numlex_maybe(c, 2, i) &&
	    (r = holiday(c, i, t)) != 0)
		return r;
	if (c->a[i].kind == A_NUM && (r = numdate(c, i, t)) != 0)
		return r;
	if ((r = absdate(c, i, t, d2)) != 0)
		return r;
	if ((r = weekday(c, i, t, 0)) != 0)
		return r;
	if ((r = relunit(c, i, t)) != 0)
		return r;
	if ((r = relword(c, i, t)) != 0)
		return r;
	if ((r = ago(c, i, t)) != 0)
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
			return r + 1;
		}
		memset(t, 0, sizeof *t);
		t->hh = t->mi = t->ss = -1;
	}
	if (c->a[i].kind == A_NUM && (r = yearish(c, i, t)) != 0)
		return r;
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
	if (numlex_is(c, i, "mid") || numlex_is(c, i, "early") ||
	    numlex_is(c, i, "late")) {
		*mod = x->mod;
		j = i + 1;
		if (isdash(c, j) && numlex_adj(c, j))
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

size_t
num_date(struct numctx *c, size_t i, struct cand *cd)
{
	struct tv t;
	size_t j, k;
	int mod = 0, d2;
	long ref;

	memset(&t, 0, sizeof t);
	t.hh = t.mi = t.ss = -1;
	k = prefix(c, i, &mod);
	if ((j = core(c, k, &t, &d2)) == 0 && k > i) {
		/* "the end of the month", "the end of the year" */
		const struct lex *x = numlex_get(c, k + 1);

		if (numlex_is(c, k, "the") && x != NULL && x->tu[0] &&
		    !(x->fl & L_PL) && strchr("WMY", x->tu[0]) &&
		    tv_ref(c, &ref)) {
			struct numctx tmp = *c;

			(void)tmp;
			j = k + 2;
			if (x->tu[0] == 'Y') {
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

static int
isstop(const struct numctx *c, size_t k)
{
	return c->a[k].kind == A_SYM && (c->a[k].cp == '.' ||
	    c->a[k].cp == ';' || c->a[k].cp == '"' || c->a[k].cp == '?' ||
	    c->a[k].cp == '!');
}

/* -1 past, 1 future, 0 none: a tense cue word at atom k */
static int
cue(const struct numctx *c, size_t k)
{
	const struct lex *x;
	const char *w = c->s + c->a[k].s;
	size_t n = c->a[k].e - c->a[k].s;

	if (c->a[k].kind != A_WORD)
		return 0;
	if ((x = numlex_get(c, k)) != NULL && (x->fl & (L_PAST | L_FUT)))
		return x->fl & L_FUT ? 1 : -1;
	if (n > 3 && memcmp(w + n - 2, "ed", 2) == 0 && !(c->a[k].fl & F_CAP))
		return -1;
	return 0;
}

/*
 * The tense around a weekday at atoms [i, j): the nearest cue on the left
 * in the sentence (will, said, -ed), else a present-tense verb just before
 * it ("resumes on Wednesday": the coming one), else a cue on the right;
 * news reports the past, so that is the default.
 */
int
num_tense(const struct numctx *c, size_t i, size_t j)
{
	size_t k, lo = i > 12 ? i - 12 : 0, v;
	const char *w;
	size_t n;
	int t;

	for (k = i; k-- > lo && !isstop(c, k); )
		if ((t = cue(c, k)) != 0)
			return t;
	/* "resumes on Friday"; "results Friday" is a noun */
	v = i > 1 && numlex_is(c, i - 1, "on") ? i - 2 : i;
	if (v < i && c->a[v].kind == A_WORD) {
		w = c->s + c->a[v].s;
		n = c->a[v].e - c->a[v].s;
		if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
		    w[n - 2] != '\'' && !(c->a[v].fl & F_CAP))
			return 1;
	}
	for (k = j; k < c->na && k < j + 5 && !isstop(c, k); k++)
		if ((t = cue(c, k)) != 0)
			return t;
	return -1;
}
