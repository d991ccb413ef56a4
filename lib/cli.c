/*
 * cli.c - the common options and the read-annotate-write loop shared by
 * every program (DESIGN.md: Common options, Exit status).
 */
#include <errno.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "msg.h"
#include "out.h"
#include "rec.h"

enum { O_OFFSETS = 1000, O_LINEBUF, O_MAXREC };

static const struct option common_long[] = {
	{ "tsv",		no_argument,		NULL, 't' },
	{ "header",		no_argument,		NULL, 'H' },
	{ "offsets",		required_argument,	NULL, O_OFFSETS },
	{ "line-buffered",	no_argument,		NULL, O_LINEBUF },
	{ "max-record",		required_argument,	NULL, O_MAXREC },
	{ "quiet",		no_argument,		NULL, 'q' },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
};
#define NCOMMON	(sizeof(common_long) / sizeof(common_long[0]))

static const char common_usage[] =
"  -t, --tsv              input is TSV records: keys, then the text last\n"
"  -H, --header           print a header line; with -t the input has one\n"
"      --offsets=UNIT     offsets in byte (default) or char (code points)\n"
"      --line-buffered    flush the output after each record\n"
"      --max-record=SIZE  largest record or window in memory (default 64M)\n"
"  -q, --quiet            no warnings\n"
"  -h, --help             this help\n"
"  -V, --version          the version\n";

size_t
wk_parse_size(const char *s)
{
	unsigned long long v;
	char *end;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return 0;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	/* offsets are 32-bit inside the engines */
	if (*end != '\0' || v == 0 || v > UINT32_MAX - 1)
		return 0;
	return (size_t)v;
}

static void
usage(const struct wk_cmd *cmd)
{
	printf("usage: %s [options] [file ...]\n\nCommon options:\n%s",
	    cmd->name, common_usage);
	if (cmd->usage != NULL && *cmd->usage != '\0')
		printf("\nOptions of %s:\n%s", cmd->name, cmd->usage);
	printf("\nWith no file, or with -, read standard input. "
	    "See %s(1) and wirekit(7).\n", cmd->name);
}

/* getopt_long's tables: the common options, then the program's own */
static struct option *
long_table(const struct wk_cmd *cmd, char **shortopts)
{
	struct option *lo;
	size_t n = 0, i;

	while (cmd->longopts != NULL && cmd->longopts[n].name != NULL)
		n++;
	lo = wk_xcalloc(NCOMMON + n + 1, sizeof(*lo));
	memcpy(lo, common_long, sizeof(common_long));
	for (i = 0; i < n; i++)
		lo[NCOMMON + i] = cmd->longopts[i];
	*shortopts = wk_xmalloc(16 + (cmd->shortopts ?
	    strlen(cmd->shortopts) : 0));
	strcpy(*shortopts, ":tHqhV");
	if (cmd->shortopts != NULL)
		strcat(*shortopts, cmd->shortopts);
	return lo;
}

static void
parse(const struct wk_cmd *cmd, int argc, char **argv,
    struct wk_cliopts *o)
{
	struct option *lo;
	char *so;
	int c;

	lo = long_table(cmd, &so);
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		switch (c) {
		case 't': o->tsv = 1; break;
		case 'H': o->header = 1; break;
		case 'q': o->quiet = wk_quiet = 1; break;
		case O_LINEBUF: o->line_buffered = 1; break;
		case 'h':
			usage(cmd);
			wk_out_close();
			exit(0);
		case 'V':
			printf("%s %s\n", cmd->name, WK_VERSION);
			wk_out_close();
			exit(0);
		case O_OFFSETS:
			if (strcmp(optarg, "char") == 0)
				o->char_offsets = 1;
			else if (strcmp(optarg, "byte") != 0)
				wk_usage_error("--offsets takes byte or char, "
				    "not '%s'", optarg);
			break;
		case O_MAXREC:
			if ((o->max_record = wk_parse_size(optarg)) == 0)
				wk_usage_error("--max-record: bad size '%s'",
				    optarg);
			break;
		case ':':
			wk_usage_error("option %s needs an argument",
			    argv[optind - 1]);
		case '?':
			if (optopt > 0 && optopt < 256)
				wk_usage_error("unknown option -%c", optopt);
			wk_usage_error("unknown option %s", argv[optind - 1]);
		default:
			if (cmd->option == NULL || cmd->option(c, optarg) != 0)
				wk_usage_error("bad use of option %s",
				    argv[optind - 1]);
			break;
		}
	}
	free(lo);
	free(so);
}

static void
header(const struct wk_cmd *cmd, const struct wk_cliopts *o,
    struct wk_reader *r)
{
	const char *keys = NULL;
	size_t klen = 0;

	if (!o->tsv)
		wk_out_str("doc\t");
	else if (r != NULL && (keys = wk_reader_header(r, &klen)) != NULL &&
	    klen > 0) {
		wk_out_raw(keys, klen);
		wk_out_tab();
	}
	wk_out_str(cmd->columns);
	wk_out_eol();
}

int
wk_cli_main(const struct wk_cmd *cmd, int argc, char **argv)
{
	struct wk_cliopts o = { 0, 0, 0, 0, 0, (size_t)64 << 20 };
	struct wk_reader *r;
	struct wk_rec rec;
	int i, printed = 0;

	signal(SIGPIPE, SIG_DFL);
	wk_progname = cmd->name;
	parse(cmd, argc, argv, &o);
	wk_out_init(o.line_buffered, o.char_offsets);
	if (cmd->init != NULL)
		cmd->init(&o);
	argc -= optind;
	argv += optind;
	for (i = 0; i < (argc ? argc : 1); i++) {
		r = wk_reader_open(argc ? argv[i] : "-", o.tsv, o.header,
		    o.max_record);
		if (r == NULL)
			continue;
		if (o.char_offsets)
			wk_reader_count_chars(r);
		while (wk_reader_next(r, &rec)) {
			if (o.header && !printed++)
				header(cmd, &o, r);
			cmd->record(&rec);
			wk_out_record_done();
		}
		if (o.header && !printed && o.tsv &&
		    wk_reader_header(r, &(size_t){ 0 }) != NULL)
			header(cmd, &o, r), printed = 1;
		wk_reader_close(r);
	}
	if (o.header && !printed)
		header(cmd, &o, NULL);
	if (cmd->fini != NULL)
		cmd->fini();
	wk_out_close();
	return wk_status;
}
