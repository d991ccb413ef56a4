/*
 * rec.h - records in.
 *
 * Raw mode: each file is one document whose key is its path ("-" for
 * stdin). It is handed out in windows cut at paragraph breaks (a line that
 * is empty or only white space): a window closes at the last paragraph
 * break once it holds WK_WINDOW bytes. A paragraph longer than the
 * --max-record cap is cut at its last line break before the cap, else at
 * its last white space, else at a character boundary. base and cbase give
 * the window's offset in the file in bytes and code points, so offsets
 * count from the start of the file.
 *
 * TSV mode: one record per line; the last field is the text (escapes
 * decoded), the fields before it are keys, kept verbatim. A line with the
 * wrong number of fields, or over the cap, is reported and skipped.
 *
 * In both modes CRLF and CR line ends are accepted and NUL bytes become
 * spaces (one byte for one, so offsets do not move).
 */
#ifndef WK_REC_H
#define WK_REC_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

#define WK_WINDOW	(1u << 20)

struct wk_rec {
	const char	*key;		/* keys joined by tabs, verbatim */
	size_t		 keylen;
	char		*text;		/* decoded text, NUL-terminated */
	size_t		 len;
	uint64_t	 base;		/* offset of text[0] in the document */
	uint64_t	 cbase;		/* the same in code points */
	const char	*path;		/* for messages */
	unsigned long	 line;		/* line of text[0] in path */
};

struct wk_reader;

/* tsv: TSV mode; header: in TSV mode, the first line is a header */
struct wk_reader	*wk_reader_open(const char *path, int tsv, int header,
			    size_t max_record);
/* Fill cbase (costs a pass over the text): for --offsets=char. */
void			 wk_reader_count_chars(struct wk_reader *);
/* 1 and a record, 0 at end of input; errors are reported, then skipped. */
int			 wk_reader_next(struct wk_reader *, struct wk_rec *);
/* The header's key names joined by tabs (TSV mode with header), or NULL. */
const char		*wk_reader_header(struct wk_reader *, size_t *len);
void			 wk_reader_close(struct wk_reader *);

#endif
