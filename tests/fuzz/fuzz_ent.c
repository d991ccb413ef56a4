/*
 * fuzz_ent.c - libFuzzer harness for the entity tagger: tokens, sentences
 * and wk_ent_tag with the built-in model. Entities must be non-empty, in
 * text order, inside the input, on token boundaries, with a known type
 * and a canonical name.
 */
#include <string.h>

#include "ent.h"
#include "sent.h"
#include "tok.h"
#include "fuzz.h"

static struct wk_toks	etoks;
static struct wk_sents	esents;
static struct wk_ents	ents;

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const struct wk_sent_opts so = { WK_NL_AUTO, NULL };
	const char *s = (const char *)data;
	const struct wk_ent *e;
	size_t i;

	wk_sent_init();
	wk_tokenize(s, n, &etoks);
	wk_sent_split(s, n, &etoks, &so, &esents);
	wk_ent_tag(wk_ent_default(), s, n, &etoks, &esents, &ents);
	for (i = 0; i < ents.n; i++) {
		e = &ents.v[i];
		FUZZ_ASSERT(e->start < e->end && e->end <= n);
		FUZZ_ASSERT(e->tok0 < e->tok1 && e->tok1 <= etoks.n);
		FUZZ_ASSERT(etoks.v[e->tok0].start == e->start);
		FUZZ_ASSERT(etoks.v[e->tok1 - 1].end == e->end);
		FUZZ_ASSERT(i == 0 || ents.v[i - 1].start <= e->start);
		FUZZ_ASSERT(e->type < WK_E_NTYPES);
		FUZZ_ASSERT(e->canon != NULL && e->canonlen > 0);
	}
	return 0;
}
