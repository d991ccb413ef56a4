/*
 * numrel.c - dates relative to the reference date: weekdays, with their
 * direction from the tense around them ("said on Friday" the last one,
 * "resumes on Friday" the coming one), last/next/this week, month, year,
 * season, "two years ago", "in three weeks", today, yesterday, now.
 */
#include <stdio.h>
#include <string.h>

#include "numint.h"

static int	lefttense(const struct numctx *, size_t);
static int	isstop(const struct numctx *, size_t);

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

/*
 * A day of the month right after a weekday: "Mon 13th", "Monday 21,";
 * not "Monday 21 people": a bare number needs no word after it but a
 * preposition.
 */
static int
dayafter(struct numctx *c, size_t k)
{
	size_t e;

	if (num_daynum(c, k, &e) < 0)
		return 0;
	if (e > k + 1 || c->a[k].kind == A_WORD)
		return 1;	/* 13th, thirteenth */
	return e >= c->na || (c->a[e].kind == A_SYM && !numlex_sym(c, e,
	    '%') && !numlex_sym(c, e, '-') && !numlex_sym(c, e, '/') &&
	    !numlex_sym(c, e, ':') && !numlex_sym(c, e, '.')) ||
	    numlex_is(c, e, "at") || numlex_is(c, e, "between") ||
	    numlex_is(c, e, "from");
}

/* a weekday: "Friday" resolved by tense, "Friday, March 21" as the date */
size_t
num_weekday(struct numctx *c, size_t i, struct tv *t, int dir)
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
		else if (!numlex_sym(c, j, ',') && !((dayafter(c, j) ||
		    (numlex_is(c, j, "the") && dayafter(c, j + 1))) &&
		    (c->a[i].fl & F_CAP)))
			return 0;	/* "Sun", "Wed", "Sat": words */
	}
	if (!(c->a[i].fl & F_CAP) && len <= 4)
		return 0;
	/* "The Sunday Times", "the Tuesday Group": a name */
	if (i > 0 && numlex_is(c, i - 1, "the") && j < c->na &&
	    c->a[j].kind == A_WORD && (c->a[j].fl & F_CAP) &&
	    !numlex_adj(c, j) && numlex_get(c, j) == NULL)
		return 0;
	k = j;
	if (numlex_sym(c, k, ','))
		k++;
	if ((r = num_absdate(c, k, t, &d2)) != 0 && t->gran == G_DAY && !d2)
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
	if ((k > j || dayafter(c, k)) && (d2 = num_daynum(c, k, &k)) > 0) {
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
	/* "ahead of Tuesday's vote": what is awaited is the coming one */
	if (dir == 0 && i > 1 && numlex_is(c, i - 2, "ahead") &&
	    numlex_is(c, i - 1, "of"))
		dir = 1;
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
size_t
num_relunit(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *r = numlex_get(c, i), *x;
	long ref;
	int dir, wy, w, m;
	size_t j = i + 1, k;

	if (r == NULL || (r->rel != R_LAST && r->rel != R_NEXT &&
	    r->rel != R_THIS))
		return 0;
	dir = r->rel == R_LAST ? -1 : r->rel == R_NEXT ? 1 : 0;
	/* "this past Wednesday", "this coming Friday" */
	if (r->rel == R_THIS && (x = numlex_get(c, j)) != NULL &&
	    (x->rel == R_LAST || x->rel == R_NEXT || numlex_is(c, j,
	    "upcoming")) && (x = numlex_get(c, j + 1)) != NULL && x->wd &&
	    !(x->fl & L_PL) && c->a[j + 1].e - c->a[j + 1].s > 4)
		return num_weekday(c, j + 1, t, numlex_get(c, j)->rel ==
		    R_LAST ? -2 : 2);
	/* "last fiscal year" is FY2024, "this calendar year" 2025 */
	if ((((x = numlex_get(c, j)) != NULL && (x->fl & L_FY)) ||
	    numlex_is(c, j, "calendar")) && numlex_is(c, j + 1, "year")) {
		t->gran = G_REF;	/* no reference: no value */
		if (!tv_ref(c, &ref))
			return j + 2;
		if (x != NULL && (x->fl & L_FY))
			snprintf(t->ref, sizeof t->ref, "FY%04d", c->ry + dir);
		else {
			t->gran = G_YEAR;
			t->y = c->ry + dir;
		}
		return j + 2;
	}
	if (j < c->na && c->a[j].kind == A_WORD && numlex_maybe(c, 2, j) &&
	    (k = num_holiday_rel(c, j, t, dir)) != 0)
		return k;	/* "last Easter", "next Christmas" */
	if ((x = numlex_get(c, j)) == NULL || (x->fl & L_PL))
		return 0;
	/* "over the past year": a span up to the reference (numtime.c) */
	if (numlex_is(c, i, "past") && x->tu[0] != '\0' &&
	    strchr("YMWD", x->tu[0]) != NULL && strcmp(x->tu, "D") != 0 &&
	    strcmp(x->tu, "MIN") != 0)
		return 0;
	if (x->wd != 0 && c->a[j].e - c->a[j].s > 4)
		return num_weekday(c, j, t, dir * 2);	/* this: by tense */
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

		k = j + 1;
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

/*
 * A verb in the past before "in": "drew 11 million visitors in 16 days"
 * is a duration, not a date 16 days on. Only the left side counts: in
 * "talks resume in a week, officials said" the cue on the right is the
 * report's.
 */
static int
past_before(const struct numctx *c, size_t in)
{
	return lefttense(c, in) < 0;
}

/*
 * A superlative or "first time" a few words before "in": "its highest
 * in 40 years", "the first time in a decade" measure back over a span;
 * they name no date 40 years on.
 */
static int
superlative(const struct numctx *c, size_t in)
{
	size_t k, lo = in > 4 ? in - 4 : 0, n;
	const char *w;

	for (k = in; k-- > lo && c->a[k].kind == A_WORD; ) {
		w = c->s + c->a[k].s;
		n = c->a[k].e - c->a[k].s;
		if ((n > 4 && memcmp(w + n - 3, "est", 3) == 0) ||
		    numlex_is(c, k, "first") || numlex_is(c, k, "most") ||
		    numlex_is(c, k, "least") || numlex_is(c, k, "worst") ||
		    numlex_is(c, k, "best") || numlex_is(c, k, "time"))
			return 1;
	}
	return 0;
}

/* "two years ago", "a week ago", "in three weeks" */
size_t
num_ago(struct numctx *c, size_t i, struct tv *t)
{
	struct dec v;
	const struct lex *x;
	const char *str;
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
	if (numlex_is(c, j + 1, "ago") || (numlex_is(c, j + 1, "earlier") &&
	    i > 0 && (numlex_is(c, i - 1, "from") || numlex_is(c, i - 1,
	    "than") || numlex_is(c, i - 1, "on") || numlex_is(c, i - 1,
	    "versus") || numlex_is(c, i - 1, "over") || (n == 1 &&
	    (x->tu[0] == 'Y' || strcmp(x->tu, "M") == 0 ||
	    strcmp(x->tu, "DE") == 0) && (c->a[i - 1].kind == A_NUM ||
	    numlex_sym(c, i - 1, '%') || (numlex_get(c, i - 1) != NULL &&
	    numlex_get(c, i - 1)->mult > 0) || numlex_phrase(c, 1, i - 1,
	    &str) > 0)))))
		dir = -1;	/* "two years ago", "from a year earlier",
				 * "from 6.4% a year earlier" */
	else if (i > 0 && numlex_is(c, i - 1, "in") &&
	    !numlex_is(c, j + 1, "of") && !numlex_is(c, j + 1, "time") &&
	    strchr("YMWDF", x->tu[0]) != NULL && !past_before(c, i - 1) &&
	    !superlative(c, i - 1))
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

/* "year to date", "year-to-date": the atom after it, or 0 */
static size_t
todate(struct numctx *c, size_t j)
{
	if (numlex_hyphen(c, j))
		j++;
	if (!numlex_is(c, j, "to"))
		return 0;
	if (numlex_hyphen(c, ++j))
		j++;
	return numlex_is(c, j, "date") ? j + 1 : 0;
}

/* today, yesterday, now, recently, the future */
size_t
num_relword(struct numctx *c, size_t i, struct tv *t)
{
	const struct lex *x = numlex_get(c, i), *p;
	long ref;
	size_t j = i + 1;

	if (x == NULL)
		return 0;
	/* "launched 99 drones overnight": the night before the reference,
	 * or the coming one; "the overnight rate" is no time */
	if (x->rel == R_OVERNIGHT) {
		if (j < c->na && c->a[j].kind == A_WORD && !numlex_adj(c, j) &&
		    !(c->a[j].fl & F_CAP) && !((p = numlex_get(c, j)) != NULL &&
		    (p->fl & L_SIG)))
			return 0;
		memcpy(t->pod, "NI", 3);
		if (!tv_ref(c, &ref))
			t->gran = G_REF;
		else
			tv_day(t, ref - (num_tense_or(c, i, j, -1) <= 0));
		return j;
	}
	/* "the day after tomorrow", "the day before yesterday" */
	if (strcmp(x->tu, "D") == 0 && !(x->fl & L_PL) &&
	    ((numlex_is(c, j, "after") && numlex_is(c, j + 1, "tomorrow")) ||
	    (numlex_is(c, j, "before") && numlex_is(c, j + 1,
	    "yesterday")))) {
		if (!tv_ref(c, &ref))
			t->gran = G_REF;
		else
			tv_day(t, ref + (numlex_is(c, j, "after") ? 2 : -2));
		return j + 2;
	}
	/* "year to date", "YTD": from New Year's Day to the reference */
	if (x->rel == R_YTD || (strcmp(x->tu, "Y") == 0 &&
	    (j = todate(c, i + 1)) != 0)) {
		t->gran = G_REF;
		if (tv_ref(c, &ref))
			snprintf(t->ref, sizeof t->ref, "%04d-01-01..%04d-%02d-"
			    "%02d", c->ry % 10000, c->ry % 10000, c->rm % 100,
			    c->rd % 100);
		return x->rel == R_YTD ? i + 1 : j;
	}
	j = i + 1;
	/* "in recent weeks", "in the coming days": some time before or
	 * after the reference */
	if ((numlex_is(c, i, "recent") || numlex_is(c, i, "coming")) &&
	    (p = numlex_get(c, j)) != NULL && (p->fl & L_PL) &&
	    p->tu[0] != '\0' && strchr("DWMY", p->tu[0]) != NULL) {
		t->gran = G_REF;
		strcpy(t->ref, numlex_is(c, i, "recent") ? "PAST_REF" :
		    "FUTURE_REF");
		return j + 1;
	}
	switch (x->rel) {
	case R_NOW:
		/* "at present", "at the moment", "at the present time"; not
		 * "present a plan", "a moment of silence" */
		if (numlex_is(c, i, "present") || numlex_is(c, i, "moment")) {
			size_t q = i - (i > 0 && numlex_is(c, i - 1, "the"));

			if (q == 0 || !numlex_is(c, q - 1, "at") ||
			    (numlex_is(c, i, "moment") && q == i) ||
			    (numlex_is(c, i, "present") && q < i &&
			    !numlex_is(c, j, "time")))
				return 0;
			if (numlex_is(c, j, "time"))
				j++;
			/* "at the moment eight years ago when", "at the
			 * moment of impact": a moment, not now */
			if (j < c->na && (c->a[j].kind == A_NUM ||
			    (numlex_get(c, j) != NULL && numlex_get(c,
			    j)->card >= 0) || numlex_is(c, j, "when") ||
			    numlex_is(c, j, "of") || numlex_is(c, j, "that") ||
			    numlex_is(c, j, "which") || numlex_is(c, j,
			    "where") || numlex_is(c, j, "before") ||
			    numlex_is(c, j, "after")))
				return 0;
		}
		/* "now" as a conjunction or "until now" is still the present */
		t->gran = G_REF;
		strcpy(t->ref, "PRESENT_REF");
		return j;
	case R_RECENTLY:
		if (numlex_is(c, i, "recent"))
			return 0;	/* only "recent weeks" (above) */
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

/* the end of a sentence; the dots of "p.m. on Sunday", "Jan. 12" and
 * "Mr. Morales" are not, a dot before a capital or a line break is */
static int
isstop(const struct numctx *c, size_t k)
{
	if (c->a[k].kind != A_SYM)
		return 0;
	if (c->a[k].cp == '.')
		return k + 1 >= c->na || (c->a[k + 1].fl & F_NL) ||
		    c->a[k + 1].kind == A_SYM || ((c->a[k + 1].fl & F_CAP) &&
		    !(k > 0 && numlex_adj(c, k) && c->a[k - 1].kind == A_WORD &&
		    (c->a[k - 1].fl & F_CAP) && !(c->a[k - 1].fl & F_UPPER) &&
		    c->a[k - 1].e - c->a[k - 1].s <= 4));
	return c->a[k].cp == ';' || c->a[k].cp == '"' || c->a[k].cp == '?' ||
	    c->a[k].cp == '!';
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
 * dflt when there is none.
 */
int
num_tense_or(const struct numctx *c, size_t i, size_t j, int dflt)
{
	size_t k;
	int t;

	/* "up 15% since Jan. 20", "the biggest loss since March": before
	 * the reference whatever the verb */
	if (i > 0 && numlex_is(c, i - 1, "since"))
		return -1;
	if ((t = lefttense(c, i)) != 0)
		return t;
	/* "a December cut", "the Monday vote": the noun is no verb */
	if (i > 0 && (numlex_is(c, i - 1, "a") || numlex_is(c, i - 1, "an") ||
	    numlex_is(c, i - 1, "the")))
		j++;
	for (k = j; k < c->na && k < j + 5 && !isstop(c, k); k++)
		if ((t = cue(c, k)) != 0)
			return t;
	return dflt;
}

/*
 * "talks resume on Wednesday", "lawmakers return to Washington on
 * Monday", "meets Modi on Monday": a verb of sched.txt a few words before
 * the weekday at i, in the base form after a plural subject or a pronoun,
 * or with -s
 */
static int
scheduled(const struct numctx *c, size_t i)
{
	size_t k, lo = i > 7 ? i - 7 : 0, n;
	const char *w;

	for (k = i; k-- > lo + 1 && !isstop(c, k); ) {
		if (c->a[k].kind != A_WORD || (c->a[k].fl & F_CAP))
			continue;
		w = c->s + c->a[k].s;
		n = c->a[k].e - c->a[k].s;
		if (n > 3 && w[n - 1] == 's' && (numlex_listword(c, NL_SCHED, k,
		    1) != NULL || (w[n - 2] == 'e' && numlex_listword(c,
		    NL_SCHED, k, 2) != NULL)))
			return 1;
		if (numlex_listword(c, NL_SCHED, k, 0) == NULL)
			continue;
		/* a plural ("the Americans host"), not a name ending in s
		 * after a title ("Mr. Morales take") */
		w = c->s + c->a[k - 1].s;
		n = c->a[k - 1].e - c->a[k - 1].s;
		return c->a[k - 1].kind == A_WORD && ((n > 3 &&
		    w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'' &&
		    !(k > 1 && numlex_sym(c, k - 2, '.') &&
		    !isstop(c, k - 2))) ||
		    numlex_is(c, k - 1, "they") || numlex_is(c, k - 1, "we"));
	}
	return 0;
}

/* the tense the words before atom i give, or 0 */
static int
lefttense(const struct numctx *c, size_t i)
{
	size_t k, lo = i > 12 ? i - 12 : 0, v;
	const char *w;
	size_t n;
	int t;

	for (k = i; k-- > lo && !isstop(c, k); ) {
		if ((t = cue(c, k)) == 0)
			continue;
		/* "officials said talks resume on Wednesday": the report's
		 * tense, not the event's, once a clause stands between */
		if (t < 0 && k + 3 < i &&
		    numlex_listword(c, NL_REPORT, k, 0) != NULL &&
		    !numlex_is(c, k + 1, "on") && scheduled(c, i))
			return 1;
		/* a participle after "is", "are": the present passive ("are
		 * held on Friday"), so the coming one; after "be", what
		 * stands before it decides ("will be held") */
		if (t < 0 && k > 0 && (numlex_is(c, k - 1, "is") ||
		    numlex_is(c, k - 1, "are") || numlex_is(c, k - 1, "am")))
			return 1;
		if (t < 0 && k > 0 && numlex_is(c, k - 1, "be"))
			continue;
		/* "will cut", "to put": a bare verb, not its past */
		if (t < 0 && k > 0 && (numlex_is(c, k - 1, "to") ||
		    cue(c, k - 1) > 0))
			return 1;
		return t;
	}
	if (scheduled(c, i))
		return 1;
	/* "resumes on Friday"; "results Friday" is a noun */
	v = i > 1 && numlex_is(c, i - 1, "on") ? i - 2 : i;
	if (v < i && c->a[v].kind == A_WORD) {
		w = c->s + c->a[v].s;
		n = c->a[v].e - c->a[v].s;
		if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
		    w[n - 2] != '\'' && !(c->a[v].fl & F_CAP))
			return 1;
	}
	return 0;
}

/* The tense around a weekday: news reports the past, so that is the
 * default. */
int
num_tense(const struct numctx *c, size_t i, size_t j)
{
	return num_tense_or(c, i, j, -1);
}
