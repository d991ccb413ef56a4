/*
 * test_num.c - the wk-num engine: exact decimals, the calendar, and
 * values found in short texts.
 */
#include <string.h>

#include "num.h"
#include "numint.h"
#include "t.h"

static void
fmt(struct dec d, char *out)
{
	dec_fmt(d, out, 64);
}

TEST(num_dec)
{
	char b[64];

	fmt(dec_digits("1,200,000", 9), b);
	CHECK_STREQ(b, "1200000");
	fmt(dec_pow10(dec_digits("2.5", 3), 9), b);
	CHECK_STREQ(b, "2500000000");
	fmt(dec_digits(".08", 3), b);
	CHECK_STREQ(b, "0.08");
	fmt(dec_mul(dec_digits("3.5", 3), dec_int(-1)), b);
	CHECK_STREQ(b, "-3.5");
	fmt(dec_div(dec_int(1), 3), b);
	CHECK_STREQ(b, "0.333333");
	fmt(dec_add(dec_digits("10", 2), dec_div(dec_int(1), 2)), b);
	CHECK_STREQ(b, "10.5");
	/* overflow leaves the value empty, never wrong */
	fmt(dec_digits("123456789012345678901234", 24), b);
	CHECK_STREQ(b, "");
	fmt(dec_pow10(dec_int(1), 100), b);
	CHECK_STREQ(b, "");
	fmt(dec_mul(dec_pow10(dec_int(9), 17), dec_int(100)), b);
	CHECK_STREQ(b, "90000000000000000000");
}

TEST(num_dec_div_pow)
{
	char b[64];

	/* small quotients keep six significant digits, rounded once */
	fmt(dec_div(dec_int(1), 105), b);
	CHECK_STREQ(b, "0.00952381");
	fmt(dec_div(dec_int(-2), 3), b);
	CHECK_STREQ(b, "-0.666667");
	/* a big dividend does not overflow: long division */
	fmt(dec_div(dec_pow10(dec_int(2), 6), 3), b);
	CHECK_STREQ(b, "666666.666667");
	fmt(dec_div(dec_int(1), 0), b);
	CHECK_STREQ(b, "");
	/* powers: exact when they fit, else six places, else empty */
	fmt(dec_powi(dec_int(2), 10), b);
	CHECK_STREQ(b, "1024");
	fmt(dec_powi(dec_digits("2.5", 3), -1), b);
	CHECK_STREQ(b, "0.4");
	fmt(dec_powi(dec_digits("1.1", 3), 23), b);
	CHECK_STREQ(b, "8.954302");
	fmt(dec_powi(dec_int(7), -3), b);
	CHECK_STREQ(b, "0.00291545");
	fmt(dec_powi(dec_int(10), 400), b);
	CHECK_STREQ(b, "");
	fmt(dec_powi(dec_digits("1.5", 3), 99), b);
	CHECK_STREQ(b, "");
	fmt(dec_powi(dec_int(0), -1), b);
	CHECK_STREQ(b, "");
}

TEST(num_cal)
{
	int y, m, d, wy, w;

	CHECK_INTEQ(cal_days(1970, 1, 1), 0);
	CHECK_INTEQ(cal_wday(cal_days(2025, 3, 24)), 1);	/* Monday */
	cal_civil(cal_days(2024, 2, 28) + 2, &y, &m, &d);
	CHECK(y == 2024 && m == 3 && d == 1);
	CHECK(!cal_valid(2025, 2, 29));
	CHECK(cal_valid(2024, 2, 29));
	CHECK(!cal_valid(2025, 2, 30));
	cal_isoweek(cal_days(2025, 3, 24), &wy, &w);
	CHECK(wy == 2025 && w == 13);
	cal_isoweek(cal_days(2024, 12, 30), &wy, &w);
	CHECK(wy == 2025 && w == 1);
}

/* the rows of s as "type value unit mod text" lines */
static const char *
run(const char *s, const char *ref)
{
	static struct wk_nums out;
	static char buf[2048];
	struct wk_num_opts o;
	size_t k, n = 0;

	memset(&o, 0, sizeof o);
	if (ref != NULL) {
		o.have_ref = 1;
		wk_num_parse_date(ref, strlen(ref), &o.ref_y, &o.ref_m,
		    &o.ref_d);
	}
	wk_num_init();
	wk_num_find(s, strlen(s), &o, &out);
	buf[0] = '\0';
	for (k = 0; k < out.n && n < sizeof buf - 200; k++) {
		const struct wk_numspan *sp = &out.v[k];

		n += snprintf(buf + n, sizeof buf - n, "%s%s %s %s %s %.*s",
		    k ? "|" : "", wk_num_typename(sp->type), sp->value,
		    sp->unit, wk_num_modname(sp->mod),
		    (int)(sp->end - sp->start), s + sp->start);
	}
	return buf;
}

TEST(num_numbers)
{
	CHECK_STREQ(run("two hundred and fifty", NULL),
	    "CARDINAL 250   two hundred and fifty");
	CHECK_STREQ(run("half a million", NULL),
	    "CARDINAL 500000   half a million");
	CHECK_STREQ(run("the twenty-first", NULL),
	    "ORDINAL 21   twenty-first");
	CHECK_STREQ(run("at least 4.2bn", NULL),
	    "CARDINAL 4200000000  EQUAL_OR_MORE at least 4.2bn");
	CHECK_STREQ(run("dozens", NULL), "");
	CHECK_STREQ(run("two hundred and two thousand", NULL),
	    "CARDINAL 202000   two hundred and two thousand");
	CHECK_STREQ(run("one and a half million", NULL),
	    "CARDINAL 1500000   one and a half million");
}

TEST(num_amounts)
{
	CHECK_STREQ(run("US$40", NULL), "MONEY 40 USD  US$40");
	CHECK_STREQ(run("50 cents", NULL), "MONEY 0.5 USD  50 cents");
	CHECK_STREQ(run("5-10%", NULL), "PERCENT 5..10 %  5-10%");
	CHECK_STREQ(run("up 2 percentage points", NULL),
	    "PERCENT 2 pp  2 percentage points");
	CHECK_STREQ(run("2 million bpd", NULL),
	    "QUANTITY 2000000 bbl/d  2 million bpd");
}

TEST(num_dates)
{
	const char *ref = "2025-03-24";

	CHECK_STREQ(run("on Jan. 12, 2026", ref), "DATE 2026-01-12   Jan. 12, 2026");
	CHECK_STREQ(run("last week", ref), "DATE 2025-W12   last week");
	CHECK_STREQ(run("he said on Friday", ref),
	    "DATE 2025-03-21   Friday");
	CHECK_STREQ(run("it will resume on Friday", ref),
	    "DATE 2025-03-28   Friday");
	CHECK_STREQ(run("late last year", ref), "DATE 2024  END late last year");
	CHECK_STREQ(run("February 30", ref), "");
	CHECK_STREQ(run("yesterday", NULL), "DATE    yesterday");
	CHECK_STREQ(run("at 10:30 a.m. on Monday", ref),
	    "TIME 2025-03-24T10:30   10:30 a.m. on Monday");
	CHECK_STREQ(run("a month or two", ref),
	    "DURATION P1M..P2M   a month or two");
	CHECK_STREQ(run("every Monday", ref), "SET XXXX-WXX-1   every Monday");
}

TEST(num_holidays_and_weeks)
{
	const char *ref = "2025-03-24";

	CHECK_STREQ(run("on Easter Sunday 2024", ref),
	    "DATE 2024-03-31   Easter Sunday 2024");
	CHECK_STREQ(run("Thanksgiving", ref), "DATE 2025-11-27   Thanksgiving");
	CHECK_STREQ(run("in week 10", ref), "DATE 2025-W10   week 10");
	CHECK_STREQ(run("the last week of 2020", ref),
	    "DATE 2020-W53   last week of 2020");
	CHECK_STREQ(run("3,000 years ago", ref),
	    "DATE BC0976   3,000 years ago");
	CHECK_STREQ(run("the weekend", ref), "DATE 2025-W12-WE   weekend");
}

TEST(num_not_numbers)
{
	CHECK_STREQ(run("call 555-1234 about COVID-19 on v1.2.3", NULL), "");
	CHECK_STREQ(run("see https://x.org/2025/03/24 now", NULL),
	    "DATE PRESENT_REF   now");
	CHECK_STREQ(run("the vote was 68-34", NULL),
	    "CARDINAL 68   68|CARDINAL 34   34");
}

TEST(num_overflow_is_empty)
{
	CHECK_STREQ(run("ten trillion trillion trillion trillion trillion "
	    "trillion", NULL), "CARDINAL    ten trillion trillion trillion "
	    "trillion trillion trillion");
}

TEST(num_one_as_pronoun)
{
	CHECK_STREQ(run("No one was hurt", NULL), "");
	CHECK_STREQ(run("they helped one another", NULL), "");
	CHECK_STREQ(run("one of the men", NULL), "CARDINAL 1   one");
}
