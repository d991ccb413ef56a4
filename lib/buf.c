/* buf.c - checked allocation and growable byte buffers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "msg.h"

void *
wk_xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		wk_fatal("out of memory");
	return p;
}

void *
wk_xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if ((p = calloc(nmemb ? nmemb : 1, size ? size : 1)) == NULL)
		wk_fatal("out of memory");
	return p;
}

void *
wk_xrealloc(void *p, size_t nmemb, size_t size)
{
	if (size && nmemb > SIZE_MAX / size)
		wk_fatal("out of memory");
	if ((p = realloc(p, nmemb * size > 0 ? nmemb * size : 1)) == NULL)
		wk_fatal("out of memory");
	return p;
}

char *
wk_xstrndup(const char *s, size_t n)
{
	char *p = wk_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
wk_buf_grow(struct wk_buf *b, size_t need)
{
	size_t cap;

	if (need <= b->cap - b->len)
		return;
	if (need > SIZE_MAX / 2 - b->len)
		wk_fatal("out of memory");
	cap = b->cap ? b->cap : 256;
	while (cap - b->len < need + 1)		/* +1: room for a NUL */
		cap *= 2;
	b->p = wk_xrealloc(b->p, cap, 1);
	b->cap = cap;
}

void
wk_buf_add(struct wk_buf *b, const void *p, size_t n)
{
	wk_buf_grow(b, n);
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
}

void
wk_buf_addc(struct wk_buf *b, int c)
{
	wk_buf_grow(b, 1);
	b->p[b->len++] = (char)c;
}

void
wk_buf_free(struct wk_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
