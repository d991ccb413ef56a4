/*
 * out.c - the row writer: one large buffer over write(2), escaping and
 * UTF-8 repair on the way in, checked on the way out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "out.h"
#include "rec.h"
#include "tsv.h"
#include "utf8.h"

#define OUTSZ	(256u * 1024)

static char	 obuf[OUTSZ];
static size_t	 olen;
static int	 linebuf, chars;
static size_t	 repaired;

/* --offsets=char: a cursor that moves both ways within one record */
static const char	*cur_text;
static size_t		 cur_byte, cur_char;

void
wk_out_init(int line_buffered, int char_offsets)
{
	linebuf = line_buffered;
	chars = char_offsets;
}

void
wk_out_flush(void)
{
	size_t off = 0;
	ssize_t n;

	while (off < olen) {
		n = write(STDOUT_FILENO, obuf + off, olen - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 && errno == EPIPE)
			exit(2);	/* the reader has gone: quietly */
		if (n <= 0)
			wk_fatal("write error: %s",
			    n == 0 ? "no progress" : strerror(errno));
		off += (size_t)n;
	}
	olen = 0;
}

void
wk_out_raw(const char *p, size_t n)
{
	while (n > OUTSZ - olen) {
		size_t k = OUTSZ - olen;

		memcpy(obuf + olen, p, k);
		olen += k;
		p += k;
		n -= k;
		wk_out_flush();
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

void
wk_out_str(const char *s)
{
	wk_out_raw(s, strlen(s));
}

void
wk_out_tab(void)
{
	if (olen == OUTSZ)
		wk_out_flush();
	obuf[olen++] = '\t';
}

void
wk_out_eol(void)
{
	if (olen == OUTSZ)
		wk_out_flush();
	obuf[olen++] = '\n';
}

void
wk_out_uint(uint64_t v)
{
	char tmp[24];
	int i = sizeof(tmp);

	do
		tmp[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	wk_out_raw(tmp + i, sizeof(tmp) - (size_t)i);
}

void
wk_out_int(int64_t v)
{
	if (v < 0) {
		wk_out_raw("-", 1);
		wk_out_uint(-(uint64_t)v);
	} else
		wk_out_uint((uint64_t)v);
}

void
wk_out_field(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int32_t cp;
	int k;

	while (i < n) {
		size_t j = i;

		/* a run that needs neither escaping nor repair goes at once */
		while (j < n && p[j] < 0x80 && p[j] != '\\' && p[j] != '\t' &&
		    p[j] != '\n' && p[j] != '\r')
			j++;
		if (j > i) {
			wk_out_raw(s + i, j - i);
			i = j;
			continue;
		}
		if (OUTSZ - olen < 8)
			wk_out_flush();
		if (p[i] >= 0x80) {
			k = wk_utf8_decode(p + i, n - i, &cp);
			if (cp < 0) {
				memcpy(obuf + olen, "\xEF\xBF\xBD", 3);
				olen += 3;
				repaired++;
			} else {
				memcpy(obuf + olen, p + i, (size_t)k);
				olen += (size_t)k;
			}
			i += (size_t)k;
			continue;
		}
		/* one of the four bytes tsv.c escapes */
		olen += wk_tsv_escape(s + i, 1, obuf + olen);
		i++;
	}
}

void
wk_out_keys(const struct wk_rec *r)
{
	if (r->key == NULL)
		return;
	wk_out_raw(r->key, r->keylen);
	wk_out_tab();
}

void
wk_out_offset(const struct wk_rec *r, size_t off)
{
	if (off > r->len)
		off = r->len;
	if (!chars) {
		wk_out_uint(r->base + off);
		return;
	}
	if (cur_text != r->text) {
		cur_text = r->text;
		cur_byte = cur_char = 0;
	}
	if (off >= cur_byte)
		cur_char += wk_utf8_count(r->text + cur_byte, off - cur_byte);
	else
		cur_char -= wk_utf8_count(r->text + off, cur_byte - off);
	cur_byte = off;
	wk_out_uint(r->cbase + cur_char);
}

void
wk_out_record_done(void)
{
	cur_text = NULL;	/* the next record may reuse the buffer */
	if (linebuf)
		wk_out_flush();
}

void
wk_out_close(void)
{
	wk_out_flush();
	if (fclose(stdout) == EOF) {
		if (errno == EPIPE)
			exit(2);
		wk_fatal("write error: %s", strerror(errno));
	}
	if (repaired)
		wk_warn(NULL, 0, "%zu invalid UTF-8 byte%s replaced by U+FFFD "
		    "in the output", repaired, repaired == 1 ? "" : "s");
}
