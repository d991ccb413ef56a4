/*
 * fuzz_wl.c - libFuzzer harness for word lists, which users load from
 * their own files (wk-ent -g): the input is loaded as a list, then
 * tokenized as text and looked up at every token. Every entry found must
 * fit in the tokens that are left, and every entry loaded must be found
 * again by its own text.
 */
#include <string.h>

#include "msg.h"
#include "tok.h"
#include "wordlist.h"
#include "fuzz.h"

static struct wk_toks	text_toks;	/* the input read as text */

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *s = (const char *)data;
	const struct wk_wlent *e;
	struct wk_wl *wl = wk_wl_new();
	const char *nl, *tab;
	size_t i;

	wk_quiet = 1;
	if (wk_wl_load(wl, s, n, "fuzz", 1) == 0 && n > 0 &&
	    (nl = memchr(s, '\n', n)) != NULL && nl > s && *s != '#') {
		/* the first line, up to a TAB or CR, is an entry */
		tab = memchr(s, '\t', (size_t)(nl - s));
		i = (size_t)((tab ? tab : nl) - s);
		while (i > 0 && (s[i - 1] == '\r' || s[i - 1] == ' '))
			i--;
		if (i > 0 && s[0] != ' ' && s[0] != '\t')
			FUZZ_ASSERT(wk_wl_get(wl, s, i) != NULL);
	}
	wk_tokenize(s, n, &text_toks);
	for (i = 0; i < text_toks.n; i++) {
		e = wk_wl_longest(wl, s, text_toks.v, text_toks.n, i);
		if (e != NULL)
			FUZZ_ASSERT(e->ntok >= 1 && e->ntok <= text_toks.n - i);
	}
	wk_wl_free(wl);
	return 0;
}
