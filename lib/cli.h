/*
 * cli.h - what every program shares: the common options of DESIGN.md, the
 * read-annotate-write loop over the inputs, the header line and the exit
 * status. A program describes itself in a struct wk_cmd and calls
 * wk_cli_main; its record callback runs the engine and writes the rows.
 */
#ifndef WK_CLI_H
#define WK_CLI_H

#include <stddef.h>
#include <getopt.h>

#define WK_VERSION	"0.1.0"

struct wk_rec;

struct wk_cliopts {
	int	tsv, header, char_offsets, line_buffered, quiet;
	size_t	max_record;
};

struct wk_cmd {
	const char	*name;		/* "wk-sent" */
	const char	*columns;	/* own columns, tab-separated */
	const char	*usage;		/* own options, for --help */
	const char	*shortopts;	/* own short options, getopt syntax */
	const struct option *longopts;	/* own long options, {0} ended */
	/* own long options without a short one use values 256..999 */
	/* handles one own option; returns 0, or -1 for a usage error */
	int		(*option)(int c, const char *arg);
	/* after options, before input: load data, check option values */
	void		(*init)(const struct wk_cliopts *);
	/* annotates one record and writes its rows */
	void		(*record)(const struct wk_rec *);
	void		(*fini)(void);
};

int	wk_cli_main(const struct wk_cmd *, int argc, char **argv);
/* "64M", "1G", "4096": bytes, or 0 on a malformed size */
size_t	wk_parse_size(const char *);

#endif
