/*
 * rec.c - the record reader: raw documents in paragraph windows, or TSV
 * lines. Input is read with read(2) into one buffer that grows to at most
 * the --max-record cap plus one chunk; a record handed out points into it
 * and stays valid until the next call.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "rec.h"
#include "tsv.h"
#include "utf8.h"

#define CHUNK	(1u << 20)

struct wk_reader {
	int		 fd;
	const char	*path;
	int		 tsv, header, chars, eof;
	size_t		 max;
	char		*buf;
	size_t		 cap, beg, end;	/* unread bytes are buf[beg..end) */
	size_t		 hold;		/* raw: byte saved under the NUL */
	char		 held;
	unsigned long	 line;		/* line number of buf[beg] */
	uint64_t	 off, coff;	/* raw: file offset of buf[beg] */
	long		 nfields;	/* TSV: fields per line, -1 unknown */
	int		 skipping;	/* TSV: dropping an over-long line */
	size_t		 seen;		/* raw: bytes searched for a break */
	int		 warned;	/* raw: a paragraph was cut */
	char		*key;		/* raw: the path, escaped */
	size_t		 keylen;
	char		*hdr;
	size_t		 hdrlen;
};

struct wk_reader *
wk_reader_open(const char *path, int tsv, int header, size_t max_record)
{
	struct wk_reader *r;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		wk_error(path, 0, "%s", strerror(errno));
		return NULL;
	}
	r = wk_xcalloc(1, sizeof(*r));
	r->fd = fd;
	r->path = path;
	r->tsv = tsv;
	r->header = tsv && header;
	r->max = max_record;
	r->line = 1;
	r->nfields = -1;
	r->hold = (size_t)-1;
	r->key = wk_xmalloc(2 * strlen(path) + 1);
	r->keylen = wk_tsv_escape(path, strlen(path), r->key);
	return r;
}

void
wk_reader_count_chars(struct wk_reader *r)
{
	r->chars = 1;
}

const char *
wk_reader_header(struct wk_reader *r, size_t *len)
{
	*len = r->hdrlen;
	return r->hdr;
}

void
wk_reader_close(struct wk_reader *r)
{
	if (r == NULL)
		return;
	if (r->fd != STDIN_FILENO)
		close(r->fd);
	free(r->buf);
	free(r->hdr);
	free(r->key);
	free(r);
}

/* Reads one chunk more; 0 at end of file or on a read error. */
static int
fill(struct wk_reader *r)
{
	ssize_t n;

	if (r->eof)
		return 0;
	if (r->beg > 0) {
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->beg = 0;
	}
	if (r->cap - r->end < CHUNK + 1) {
		r->cap = r->end + CHUNK + 1;
		r->buf = wk_xrealloc(r->buf, r->cap, 1);
	}
	do
		n = read(r->fd, r->buf + r->end, CHUNK);
	while (n == -1 && errno == EINTR);
	if (n <= 0) {
		if (n == -1)
			wk_error(r->path, 0, "%s", strerror(errno));
		r->eof = 1;
		return 0;
	}
	r->end += (size_t)n;
	return 1;
}

static void
nul_to_space(char *p, size_t n)
{
	char *q, *end = p + n;

	while ((q = memchr(p, '\0', (size_t)(end - p))) != NULL) {
		*q = ' ';
		p = q + 1;
	}
}

static unsigned long
count_lines(const char *p, size_t n)
{
	const char *q, *end = p + n;
	unsigned long k = 0;

	while ((q = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		k++;
		p = q + 1;
	}
	return k;
}

/*
 * The start of the next paragraph after the last paragraph break that
 * ends in p[from..lim), or 0; p[0..have) is what has been read. A break
 * is a line end, blanks, and a line end (LF, CRLF or lone CR). A break
 * before a paragraph that opens with a quotation mark is passed over when
 * another is in reach: it may continue a quotation across paragraphs.
 */
static size_t
para_cut(const char *p, size_t from, size_t lim, size_t have)
{
	size_t i, j, any = 0;

	for (i = lim; i-- > from; ) {
		if (p[i] != '\n' && p[i] != '\r')
			continue;
		j = i;
		while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\t' ||
		    (p[i] == '\n' && p[j - 1] == '\r')))
			j--;
		if (j == 0 || (p[j - 1] != '\n' && p[j - 1] != '\r') ||
		    (p[i] == '\r' && p[j - 1] != '\r'))
			continue;
		if (i + 1 >= have || (p[i + 1] != '"' &&
		    p[i + 1] != '\xE2' && p[i + 1] != '\xC2'))
			return i + 1;
		if (any == 0)
			any = i + 1;
	}
	return any;
}

/* A cut for a paragraph longer than max: line end, blank, or character. */
static size_t
force_cut(const char *p, size_t max)
{
	size_t i;

	for (i = max; i > 0; i--)
		if (p[i - 1] == '\n' || p[i - 1] == '\r')
			return i;
	for (i = max; i > 0; i--)
		if (p[i - 1] == ' ' || p[i - 1] == '\t')
			return i;
	for (i = max; i > 1 && i + 3 > max; i--)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			return i;
	return max;
}

static int
next_raw(struct wk_reader *r, struct wk_rec *rec)
{
	size_t target = r->max < WK_WINDOW ? r->max : WK_WINDOW;
	size_t have, cut = 0, from, lim;
	char *p;

	for (;;) {
		have = r->end - r->beg;
		if (have == 0 && r->eof)
			return 0;
		if (have >= target) {
			from = r->seen > 4 ? r->seen - 4 : 0;
			lim = have < r->max ? have : r->max;
			if ((cut = para_cut(r->buf + r->beg, from, lim,
			    have)) > 0)
				break;
			r->seen = lim;
			if (have >= r->max) {
				cut = force_cut(r->buf + r->beg, r->max);
				if (!r->warned)
					wk_warn(r->path, r->line + count_lines(
					    r->buf + r->beg, cut), "paragraph "
					    "longer than --max-record, cut here");
				r->warned = 1;
				break;
			}
		}
		if (r->eof) {
			cut = have;
			break;
		}
		fill(r);
	}
	p = r->buf + r->beg;
	nul_to_space(p, cut);
	rec->key = r->key;
	rec->keylen = r->keylen;
	rec->text = p;
	rec->len = cut;
	rec->base = r->off;
	rec->cbase = r->coff;
	rec->line = r->line;
	r->off += cut;
	if (r->chars)
		r->coff += wk_utf8_count(p, cut);
	r->line += count_lines(p, cut);
	r->beg += cut;
	r->seen = 0;
	r->hold = r->beg;	/* buf[end] is spare, so this is in bounds */
	r->held = p[cut];
	p[cut] = '\0';
	return 1;
}

/* Splits a TSV line into keys and decoded text; 0 if it is malformed. */
static int
tsv_fields(struct wk_reader *r, char *p, size_t n, unsigned long lineno,
    struct wk_rec *rec)
{
	char *q = p, *tab, *last = NULL, *end = p + n;
	long nf = 1;

	while ((tab = memchr(q, '\t', (size_t)(end - q))) != NULL) {
		nf++;
		last = tab;
		q = tab + 1;
	}
	if (r->nfields < 0)
		r->nfields = nf;
	if (r->header && r->hdr == NULL) {
		r->hdrlen = last ? (size_t)(last - p) : 0;
		r->hdr = wk_xstrndup(p, r->hdrlen);
		return 0;
	}
	if (nf != r->nfields) {
		wk_error(r->path, lineno, "expected %ld fields, found %ld; "
		    "record skipped", r->nfields, nf);
		return 0;
	}
	nul_to_space(p, n);
	if (last != NULL) {
		rec->key = p;
		rec->keylen = (size_t)(last - p);
		q = last + 1;
	} else
		q = p;
	rec->text = q;
	rec->len = wk_tsv_unescape(q, (size_t)(end - q));
	q[rec->len] = '\0';
	rec->line = lineno;
	return 1;
}

/*
 * The length of the line at p[0..n) and of its line end (LF, CRLF or a
 * lone CR: a raw CR cannot be in a TSV field, which escapes it); 0 when
 * more input is needed to tell.
 */
static int
line_end(const char *p, size_t n, int eof, size_t *len, size_t *endlen)
{
	const char *nl = memchr(p, '\n', n), *cr;

	cr = memchr(p, '\r', nl ? (size_t)(nl - p) : n);
	if (cr != NULL) {
		*len = (size_t)(cr - p);
		if (cr + 1 == p + n && !eof)
			return 0;	/* a CRLF may be cut by the read */
		*endlen = cr + 1 < p + n && cr[1] == '\n' ? 2 : 1;
		return 1;
	}
	if (nl == NULL)
		return 0;
	*len = (size_t)(nl - p);
	*endlen = 1;
	return 1;
}

static int
next_tsv(struct wk_reader *r, struct wk_rec *rec)
{
	size_t have, n, el;
	unsigned long lineno;
	char *p;

	for (;;) {
		have = r->end - r->beg;
		p = have ? r->buf + r->beg : NULL;
		if (have && line_end(p, have, r->eof, &n, &el))
			;
		else if (have && r->eof)
			n = have, el = 0;	/* no final newline */
		else {
			if (!r->skipping && have > r->max) {
				wk_error(r->path, r->line, "record longer than "
				    "--max-record (%zu bytes); skipped", r->max);
				r->skipping = 1;
			}
			if (r->skipping && have > 1)
				r->beg = r->end - 1;	/* may be a CR */
			if (!fill(r) && have == 0)
				return 0;
			continue;
		}
		r->beg += n + el;
		lineno = r->line++;
		if (r->skipping) {
			r->skipping = 0;
			continue;
		}
		if (n > r->max) {
			wk_error(r->path, lineno, "record longer than "
			    "--max-record (%zu bytes); skipped", r->max);
			continue;
		}
		p[n] = '\0';	/* over the line end, or the spare byte */
		if (n == 0 && !(r->header && r->hdr == NULL))
			continue;	/* a blank line holds nothing to lose */
		if (tsv_fields(r, p, n, lineno, rec))
			return 1;
	}
}

int
wk_reader_next(struct wk_reader *r, struct wk_rec *rec)
{
	if (r->hold != (size_t)-1) {	/* put back what the NUL covered */
		r->buf[r->hold] = r->held;
		r->hold = (size_t)-1;
	}
	memset(rec, 0, sizeof(*rec));
	rec->path = r->path;
	return r->tsv ? next_tsv(r, rec) : next_raw(r, rec);
}
