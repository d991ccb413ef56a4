/*
 * fuzz_sent.c - libFuzzer harness for the sentence splitter: the input is
 * tokenized and split in each newline mode. Sentences must be non-empty,
 * in order, apart, inside the input, without white space at either end,
 * and their token ranges must be in order and inside the token list.
 */
#include <string.h>

#include "sent.h"
#include "tok.h"
#include "fuzz.h"

static struct wk_toks	toks;
static struct wk_sents	sents;

static int
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
}

static void
check(const char *s, size_t n)
{
	const struct wk_sent *v;
	size_t i;

	for (i = 0; i < sents.n; i++) {
		v = &sents.v[i];
		FUZZ_ASSERT(v->start < v->end && v->end <= n);
		FUZZ_ASSERT(i == 0 || sents.v[i - 1].end <= v->start);
		FUZZ_ASSERT(!ascii_space((unsigned char)s[v->start]));
		FUZZ_ASSERT(!ascii_space((unsigned char)s[v->end - 1]));
		FUZZ_ASSERT(v->tok0 <= v->tok1 && v->tok1 <= toks.n);
		FUZZ_ASSERT(i == 0 || sents.v[i - 1].tok1 <= v->tok0);
	}
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *s = (const char *)data;
	struct wk_sent_opts o = { WK_NL_AUTO, NULL };

	wk_tokenize(s, n, &toks);
	for (o.newline = WK_NL_AUTO; o.newline <= WK_NL_NEVER; o.newline++) {
		wk_sent_split(s, n, &toks, &o, &sents);
		check(s, n);
	}
	return 0;
}
