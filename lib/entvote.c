/*
 * entvote.c - one type per name within a record (entcanon.h): mentions
 * with the same folded words take the type most of them were given, so a
 * name tagged LOC twice and ORG once is LOC throughout. Nationalities and
 * the user's gazetteer entries neither vote nor change; ties change
 * nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entgaz.h"
#include "tok.h"

struct item {
	uint64_t	h;
	size_t		i;
};

static struct {
	WK_VEC(struct item) v;
	struct wk_buf	tmp;
} S;

static int
cmp(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static uint64_t
phrase(const char *s, const struct wk_toks *tk, const struct wk_ent *e)
{
	uint64_t h = WK_GAZ_SEED;
	size_t t;

	for (t = e->tok0; t < e->tok1; t++)
		if (tk->v[t].cls == WK_T_WORD)
			h = wk_gaz_step(h, wk_gaz_key(s + tk->v[t].start,
			    tk->v[t].end - tk->v[t].start, &S.tmp));
	return h;
}

/* sets the majority type on S.v[a..b), one name's mentions */
static void
settle(struct wk_ents *es, size_t a, size_t b)
{
	size_t cnt[WK_E_NTYPES] = { 0 }, k;
	int t, best = 0, tie = 0;

	for (k = a; k < b; k++)
		cnt[es->v[S.v.v[k].i].type]++;
	for (t = 1; t < WK_E_NTYPES; t++)
		if (cnt[t] > cnt[best]) {
			best = t;
			tie = 0;
		} else if (cnt[t] == cnt[best])
			tie = 1;
	if (tie)
		return;
	for (k = a; k < b; k++)
		es->v[S.v.v[k].i].type = (uint8_t)best;
}

void
wk_entvote(const char *s, const struct wk_toks *tk, struct wk_ents *es)
{
	size_t i, a, b;
	struct item *it;

	S.v.n = 0;
	for (i = 0; i < es->n; i++) {
		if (es->v[i].type == WK_E_NORP || es->v[i].canon != NULL)
			continue;	/* the user's entries have a canon */
		it = WK_VEC_PUSH(&S.v);
		it->h = phrase(s, tk, &es->v[i]);
		it->i = i;
	}
	if (S.v.n < 2)
		return;
	qsort(S.v.v, S.v.n, sizeof(*S.v.v), cmp);
	for (a = 0; a < S.v.n; a = b) {
		for (b = a + 1; b < S.v.n && S.v.v[b].h == S.v.v[a].h; b++)
			;
		if (b - a > 1)
			settle(es, a, b);
	}
}
