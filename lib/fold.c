/*
 * fold.c - match keys. ASCII takes a fast path; anything else goes through
 * utf8proc one character at a time into a reused code-point buffer, then
 * is composed (NFC) and case-folded there, so nothing is allocated per
 * call once the buffers have grown.
 */
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "utf8.h"

static utf8proc_int32_t	*cps;
static size_t		 ncap;

static void
cps_room(size_t need)
{
	if (need > ncap) {
		ncap = need * 2 + 64;
		cps = wk_xrealloc(cps, ncap, sizeof(*cps));
	}
}

/* Unicode path: decompose, fold, compose, encode. */
static void
fold_unicode(const unsigned char *s, size_t n, struct wk_buf *out)
{
	const int opt = UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
	utf8proc_ssize_t r, len = 0;
	size_t i = 0;
	int32_t cp;
	int boundclass = UTF8PROC_BOUNDCLASS_START;
	char enc[4];

	cps_room(n + 1);
	while (i < n) {
		i += (size_t)wk_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			cp = WK_REPLACEMENT;
		else if (wk_is_space(cp)) {
			cp = ' ';
			if (len == 0 || cps[len - 1] == ' ')
				continue;
		}
		else if (cp == 0x2019 || cp == 0x02BC || cp == 0x2018)
			cp = '\'';
		for (;;) {
			r = utf8proc_decompose_char(cp, cps + len,
			    (utf8proc_ssize_t)(ncap - (size_t)len),
			    (utf8proc_option_t)(opt | UTF8PROC_DECOMPOSE),
			    &boundclass);
			if (r < 0) {
				r = 0;
				break;
			}
			if ((size_t)(len + r) <= ncap)
				break;
			cps_room((size_t)(len + r));
		}
		len += r;
	}
	len = utf8proc_normalize_utf32(cps, len, (utf8proc_option_t)opt);
	if (len < 0)
		len = 0;
	for (r = 0; r < len; r++) {
		int k = wk_utf8_encode(cps[r], enc);

		wk_buf_add(out, enc, (size_t)k);
	}
}

const char *
wk_fold(const char *s, size_t n, struct wk_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, start;
	int space = 0;

	wk_buf_reset(out);
	wk_buf_grow(out, n);
	for (i = 0; i < n; ) {
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
		    p[i] == '\r' || p[i] == '\0') {
			space = out->len > 0;
			i++;
			continue;
		}
		if (space) {
			wk_buf_addc(out, ' ');
			space = 0;
		}
		if (p[i] < 0x80) {
			int c = p[i++];

			wk_buf_addc(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		/* a combining mark composes with the letter before it */
		start = i;
		if (i > 0 && out->len > 0 && out->p[out->len - 1] != ' ') {
			start--;
			out->len--;
		}
		while (i < n && p[i] >= 0x80)
			i++;
		fold_unicode(p + start, i - start, out);
	}
	while (out->len > 0 && out->p[out->len - 1] == ' ')
		out->len--;
	wk_buf_grow(out, 1);
	out->p[out->len] = '\0';
	return out->p;
}
