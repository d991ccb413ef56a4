/*
 * wk-num - numbers, amounts, dates, times, durations and sets, with
 * normalized values. The engine is lib/num.c; this file holds the
 * options, the reference date of each record and the rows.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "msg.h"
#include "num.h"
#include "out.h"
#include "rec.h"

enum { O_DATEFIELD = 256, O_DMY, O_MDY };

static const struct option longopts[] = {
	{ "date",	required_argument,	NULL, 'd' },
	{ "date-field",	required_argument,	NULL, O_DATEFIELD },
	{ "dmy",	no_argument,		NULL, O_DMY },
	{ "mdy",	no_argument,		NULL, O_MDY },
	{ "numbers",	no_argument,		NULL, 'n' },
	{ NULL,		0,			NULL, 0 }
};

static struct wk_num_opts	opts;
static struct wk_nums		nums;
static long			datefield;	/* 1-based key field, or 0 */
static int			tsv;
static int			have_d, d_y, d_m, d_d;
/* a dateline's reference carries over the later windows of a document */
static int			carry, carry_y, carry_m, carry_d;

static int
option(int c, const char *arg)
{
	char *end;

	switch (c) {
	case 'd':
		if (wk_num_parse_date(arg, strlen(arg), &d_y, &d_m, &d_d) < 0)
			wk_usage_error("-d: not a date (YYYY-MM-DD): '%s'", arg);
		have_d = 1;
		return 0;
	case O_DATEFIELD:
		datefield = strtol(arg, &end, 10);
		if (*end != '\0' || datefield < 1 || datefield > 1000)
			wk_usage_error("--date-field: not a field number: '%s'",
			    arg);
		return 0;
	case O_DMY:
		opts.order = WK_ORDER_DMY;
		return 0;
	case O_MDY:
		opts.order = WK_ORDER_MDY;
		return 0;
	case 'n':
		opts.numbers = 1;
		return 0;
	}
	return -1;
}

static void
init(const struct wk_cliopts *o)
{
	tsv = o->tsv;
	if (datefield > 0 && !o->tsv)
		wk_usage_error("--date-field needs TSV input (-t)");
	wk_num_init();
}

/* key field n of the record, or NULL */
static const char *
keyfield(const struct wk_rec *r, long n, size_t *len)
{
	const char *p = r->key, *end = r->key + r->keylen, *tab;

	if (r->key == NULL)
		return NULL;
	for (; n > 1; n--) {
		if ((tab = memchr(p, '\t', end - p)) == NULL)
			return NULL;
		p = tab + 1;
	}
	tab = memchr(p, '\t', end - p);
	*len = (tab ? tab : end) - p;
	return p;
}

/* --date-field, then -d, then a dateline (DESIGN: reference date) */
static void
reference(const struct wk_rec *r)
{
	static int warned_missing, warned_bad;
	const char *f;
	size_t n;

	opts.have_ref = 0;
	opts.dateline = 0;
	if (datefield > 0) {
		if ((f = keyfield(r, datefield, &n)) == NULL) {
			if (!warned_missing++)
				wk_error(r->path, r->line, "no key field %ld "
				    "for --date-field", datefield);
		} else if (wk_num_parse_date(f, n, &opts.ref_y, &opts.ref_m,
		    &opts.ref_d) == 0) {
			opts.have_ref = 1;
			return;
		} else if (n > 0 && !warned_bad++)
			wk_warn(r->path, r->line, "key field %ld is not a date:"
			    " '%.*s' (warned once)", datefield, (int)(n > 40 ?
			    40 : n), f);
	}
	if (have_d) {
		opts.have_ref = 1;
		opts.ref_y = d_y, opts.ref_m = d_m, opts.ref_d = d_d;
		return;
	}
	if (r->base == 0)
		carry = 0;
	if (carry) {
		opts.have_ref = 1;
		opts.ref_y = carry_y, opts.ref_m = carry_m, opts.ref_d = carry_d;
		return;
	}
	opts.dateline = r->base == 0;
}

/* one row: the engine calls this for each span as it finds it */
static void
row(const struct wk_numspan *sp, void *arg)
{
	const struct wk_rec *r = arg;

	wk_out_keys(r);
	wk_out_offset(r, sp->start);
	wk_out_tab();
	wk_out_offset(r, sp->end);
	wk_out_tab();
	wk_out_str(wk_num_typename(sp->type));
	wk_out_tab();
	wk_out_str(sp->value);
	wk_out_tab();
	wk_out_str(sp->unit);
	wk_out_tab();
	wk_out_str(wk_num_modname(sp->mod));
	wk_out_tab();
	wk_out_field(r->text + sp->start, sp->end - sp->start);
	wk_out_eol();
}

static void
record(const struct wk_rec *r)
{
	reference(r);
	wk_num_scan(r->text, r->len, &opts, row, (void *)r, &nums);
	if (nums.ref_found && r->base == 0 && !tsv) {
		carry = 1;
		carry_y = nums.ref_y, carry_m = nums.ref_m, carry_d = nums.ref_d;
	}
}

static void
fini(void)
{
	wk_nums_free(&nums);
}

static const struct wk_cmd cmd = {
	"wk-num",
	"start\tend\ttype\tvalue\tunit\tmod\ttext",
	"  -d, --date=DATE        reference date YYYY-MM-DD for every record\n"
	"      --date-field=N     reference date from key field N (-t)\n"
	"      --dmy, --mdy       read 03/04/2025 as day-month or month-day\n"
	"  -n, --numbers          every number on its own, as CARDINAL or ORDINAL\n",
	"d:n",
	longopts,
	option,
	init,
	record,
	fini
};

int
main(int argc, char **argv)
{
	return wk_cli_main(&cmd, argc, argv);
}
