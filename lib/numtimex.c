/*
 * numtimex.c - temporal values as TIMEX3 strings: 2025-03-24, 2025-W12,
 * 2025-Q3, 199X, XXXX-WXX-5, 2025-03-24T10:30, 2025-03-24TMO.
 */
#include <stdio.h>
#include <string.h>

#include "numint.h"

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

void
tv_ymd(struct tv *t, int y, int m, int d)
{
	t->gran = G_DAY;
	t->y = y;
	t->m = m;
	t->d = d;
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
