/*
 * fuzz_tok.c - libFuzzer harness for the text layer: wk_tokenize, then
 * wk_tok_shape and wk_fold on every token. Token spans must be non-empty,
 * in order, inside the input; a shape must be NUL-terminated within its
 * buffer; a fold key must be valid UTF-8 (invalid bytes fold to U+FFFD).
 */
#include <string.h>

#include "buf.h"
#include "fold.h"
#include "tok.h"
#include "utf8.h"
#include "fuzz.h"

static struct wk_toks	toks;
static struct wk_buf	key;

static void
check_token(const char *s, size_t n, size_t i)
{
	const struct wk_tok *t = &toks.v[i];
	char shape[8];

	FUZZ_ASSERT(t->start < t->end && t->end <= n);
	FUZZ_ASSERT(i == 0 || toks.v[i - 1].end <= t->start);
	FUZZ_ASSERT(t->cls <= WK_T_TAG);
	memset(shape, 'z', sizeof(shape));
	wk_tok_shape(s, t, shape, sizeof(shape));
	FUZZ_ASSERT(memchr(shape, '\0', sizeof(shape)) != NULL);
	wk_fold(s + t->start, t->end - t->start, &key);
	FUZZ_ASSERT(key.p[key.len] == '\0');
	FUZZ_ASSERT(wk_utf8_invalid(key.p, key.len) == 0);
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *s = (const char *)data;
	size_t i;

	wk_tokenize(s, n, &toks);
	for (i = 0; i < toks.n; i++)
		check_token(s, n, i);
	wk_fold(s, n, &key);
	FUZZ_ASSERT(wk_utf8_invalid(key.p, key.len) == 0);
	return 0;
}
