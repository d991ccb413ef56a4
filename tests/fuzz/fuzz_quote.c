/*
 * fuzz_quote.c - libFuzzer harness for the quotation engine: tokens,
 * sentences, wk_quote_need, then wk_quote_find with every kind switched
 * on and no entities. Rows must be in text order inside the input, with
 * numbers from 1 that never go back more than the pieces of one quotation
 * do, and cue and speaker inside the input or the word lists.
 */
#include <string.h>

#include "quote.h"
#include "sent.h"
#include "tok.h"
#include "fuzz.h"

static struct wk_toks	ftoks;
static struct wk_sents	fsents;
static struct wk_quotes	fquotes;
static uint8_t		*fneed;
static size_t		 fneedcap;

static void
check_quote(const char *s, size_t n, size_t i)
{
	const struct wk_quote *q = &fquotes.v[i];

	FUZZ_ASSERT(q->start <= q->end && q->end <= n);
	FUZZ_ASSERT(i == 0 || fquotes.v[i - 1].start <= q->start);
	FUZZ_ASSERT(q->id >= 1 && q->kind <= WK_Q_OTHER);
	FUZZ_ASSERT(q->sp_start <= q->sp_end && q->sp_end <= n);
	FUZZ_ASSERT(q->cue_start <= q->cue_end && q->cue_end <= n);
	FUZZ_ASSERT(q->cuelen == 0 || q->cue != NULL);
	FUZZ_ASSERT(q->speakerlen == 0 || (q->speaker >= s &&
	    q->speaker + q->speakerlen <= s + n));
	FUZZ_ASSERT(q->end - q->start <= WK_QUOTE_MAX);
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const struct wk_sent_opts so = { WK_NL_AUTO, NULL };
	struct wk_quote_opts o = { 1, 1 };
	const char *s = (const char *)data;
	size_t i;

	wk_quote_init();
	wk_sent_init();
	(void)wk_quote_any(s, n);
	wk_tokenize(s, n, &ftoks);
	wk_sent_split(s, n, &ftoks, &so, &fsents);
	if (fsents.n + 1 > fneedcap) {
		fneedcap = fsents.n + 1;
		fneed = realloc(fneed, fneedcap);
		FUZZ_ASSERT(fneed != NULL);
	}
	wk_quote_need(s, n, &ftoks, &fsents, &o, fneed);
	wk_quote_find(s, n, &ftoks, &fsents, NULL, &o, &fquotes);
	for (i = 0; i < fquotes.n; i++)
		check_quote(s, n, i);
	return 0;
}
