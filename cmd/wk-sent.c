/*
 * wk-sent - sentences: one row per sentence, "sent start end text" after
 * the keys. The splitter is lib/sent.c; see wk-sent(1).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "msg.h"
#include "out.h"
#include "rec.h"
#include "sent.h"

static struct wk_sent_opts	 opts;
static struct wk_wl		*extra;
static struct wk_sents		 sents;
static uint64_t			 ordinal;	/* counts on over windows */
static const char		*abbrev_path;

static const struct option longopts[] = {
	{ "newline",	required_argument,	NULL, 'n' },
	{ "abbrev",	required_argument,	NULL, 'a' },
	{ NULL,		0,			NULL, 0 }
};

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'n':
		if (strcmp(arg, "auto") == 0)
			opts.newline = WK_NL_AUTO;
		else if (strcmp(arg, "always") == 0)
			opts.newline = WK_NL_ALWAYS;
		else if (strcmp(arg, "never") == 0)
			opts.newline = WK_NL_NEVER;
		else
			wk_usage_error("--newline takes auto, always or never, "
			    "not '%s'", arg);
		return 0;
	case 'a':
		abbrev_path = arg;
		return 0;
	}
	return -1;
}

static void
init(const struct wk_cliopts *o)
{
	(void)o;
	wk_sent_init();
	if (abbrev_path != NULL) {
		if (wk_sent_abbrev(&extra, abbrev_path) != 0)
			exit(2);
		opts.extra_abbrev = extra;
	}
}

static void
record(const struct wk_rec *r)
{
	size_t i;

	if (r->base == 0)
		ordinal = 0;
	wk_sent_split(r->text, r->len, NULL, &opts, &sents);
	for (i = 0; i < sents.n; i++) {
		wk_out_keys(r);
		wk_out_uint(++ordinal);
		wk_out_tab();
		wk_out_offset(r, sents.v[i].start);
		wk_out_tab();
		wk_out_offset(r, sents.v[i].end);
		wk_out_tab();
		wk_out_field(r->text + sents.v[i].start,
		    sents.v[i].end - sents.v[i].start);
		wk_out_eol();
	}
}

static const struct wk_cmd cmd = {
	.name = "wk-sent",
	.columns = "sent\tstart\tend\ttext",
	.usage =
"  -n, --newline=MODE     auto (default): a line break ends a headline,\n"
"                         dateline or list item; always: every line break\n"
"                         ends a sentence; never: only blank lines do\n"
"  -a, --abbrev=FILE      more abbreviations, one a line (\"Mgmt.\")\n",
	.shortopts = "n:a:",
	.longopts = longopts,
	.option = option,
	.init = init,
	.record = record,
};

int
main(int argc, char **argv)
{
	return wk_cli_main(&cmd, argc, argv);
}
