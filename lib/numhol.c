/*
 * numhol.c - holidays (lib/data/num/holidays.txt): fixed dates, days
 * from Western Easter, the Nth weekday of a month, for the year written
 * after them or the reference year; feasts of lunar calendars are found
 * with no day.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numint.h"

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
		tv_ymd(t, y, m, n);
		return 1;
	}
	return 0;
}

/*
 * The year of a holiday written without one, where the tense gives a
 * side: the last one ("shops closed on Christmas Day" in November is
 * last year's) or the coming one ("will meet before New Year" is next
 * year's). 0 with no reference or no tense: the reference year, as a
 * present tense is often a plan ("Thanksgiving falls late this year").
 */
static int
nearest(struct numctx *c, size_t i, const char *rule)
{
	struct tv t;
	long ref, days[3];
	int y, dir;

	if (!tv_ref(c, &ref))
		return 0;
	if ((dir = num_tense_or(c, i, i + 1, 0)) == 0)
		return 0;
	for (y = c->ry - 1; y <= c->ry + 1; y++) {
		memset(&t, 0, sizeof t);
		days[y - c->ry + 1] = holiday_day(rule, y, &t) &&
		    t.gran == G_DAY ? cal_days(t.y, t.m, t.d) : LONG_MIN;
	}
	return num_sideyear(c, ref, dir, days);
}

/* Christmas, Easter Monday 2024, Thanksgiving */
size_t
num_holiday(struct numctx *c, size_t i, struct tv *t)
{
	const char *rule;
	size_t k, j;
	int y;

	if ((k = numlex_phrase(c, 2, i, &rule)) == 0)
		return 0;
	j = num_yearafter(c, i + k, &y);
	if (strcmp(rule, "lunar") == 0) {	/* the year at most */
		t->gran = y != 0 ? G_YEAR : G_REF;
		t->y = y;
		t->yexp = y != 0;
		return j;
	}
	if (y == 0 && (y = nearest(c, i, rule)) == 0)
		y = num_refyear(c);
	if (!holiday_day(rule, y, t))
		t->gran = G_REF;	/* a movable feast, year unknown */
	return j;
}

/* "last Easter", "next Christmas": the one before (dir -1) or after (1)
 * the reference date, or this year's (0) */
size_t
num_holiday_rel(struct numctx *c, size_t i, struct tv *t, int dir)
{
	const char *rule;
	size_t k;
	long ref, day;
	int y;

	if (!tv_ref(c, &ref) || (k = numlex_phrase(c, 2, i, &rule)) == 0 ||
	    !holiday_day(rule, c->ry, t) || t->gran != G_DAY)
		return 0;
	day = cal_days(t->y, t->m, t->d);
	y = c->ry + (dir < 0 && day >= ref ? -1 : dir > 0 && day <= ref);
	if (y != c->ry && !holiday_day(rule, y, t))
		return 0;
	return i + k;
}
