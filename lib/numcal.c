/*
 * numcal.c - proleptic Gregorian calendar arithmetic for date values:
 * day numbers (H. Hinnant's civil algorithms), weekdays, ISO weeks.
 */
#include "numint.h"

long
cal_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int
cal_wday(long z)
{
	long w = (z + 3) % 7;	/* 1970-01-01 was a Thursday */

	return (w < 0 ? w + 7 : w) + 1;
}

int
cal_mdays(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 29;
	return md[m - 1];
}

int
cal_valid(int y, int m, int d)
{
	if (m < 1 || m > 12 || d < 1)
		return 0;
	/* an unknown year (0) allows February 29 */
	return d <= (y == 0 && m == 2 ? 29 : cal_mdays(y, m));
}

void
cal_isoweek(long z, int *wy, int *w)
{
	long thu = z - cal_wday(z) + 4;	/* the Thursday of z's week */
	int y, m, d;

	cal_civil(thu, &y, &m, &d);
	*wy = y;
	*w = (int)((thu - cal_days(y, 1, 1)) / 7) + 1;
}
