/* tsv.c - TSV field escapes: \\ \t \n \r and nothing else. */
#include <string.h>

#include "tsv.h"

size_t
wk_tsv_unescape(char *s, size_t n)
{
	char *r, *w, *b, *end = s + n;

	if ((r = memchr(s, '\\', n)) == NULL)
		return n;
	for (w = r; r < end; r++) {
		/* the run up to the next backslash moves at once */
		if (*r != '\\') {
			if ((b = memchr(r, '\\', (size_t)(end - r))) == NULL)
				b = end;
			memmove(w, r, (size_t)(b - r));
			w += b - r;
			if ((r = b) == end)
				break;
		}
		if (r + 1 == end) {
			*w++ = '\\';
			break;
		}
		switch (r[1]) {
		case '\\': *w++ = '\\'; r++; break;
		case 't': *w++ = '\t'; r++; break;
		case 'n': *w++ = '\n'; r++; break;
		case 'r': *w++ = '\r'; r++; break;
		default: *w++ = '\\'; break;	/* literal backslash */
		}
	}
	return (size_t)(w - s);
}

size_t
wk_tsv_escape(const char *s, size_t n, char *out)
{
	char *w = out;
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': *w++ = '\\'; *w++ = '\\'; break;
		case '\t': *w++ = '\\'; *w++ = 't'; break;
		case '\n': *w++ = '\\'; *w++ = 'n'; break;
		case '\r': *w++ = '\\'; *w++ = 'r'; break;
		default: *w++ = s[i]; break;
		}
	}
	return (size_t)(w - out);
}
