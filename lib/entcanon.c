/*
 * entcanon.c - canonical names within one record (entcanon.h): people
 * (entperson.c), countries, acronyms.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entgaz.h"
#include "tok.h"

static struct wk_buf	tmp;

static void
settext(const char *s, struct wk_ent *e, const struct wk_ent *from)
{
	e->canon = s + from->start;
	e->canonlen = from->end - from->start;
}

static int
is_tok(const char *s, const struct wk_tok *t, const char *w)
{
	return t->end - t->start == strlen(w) &&
	    memcmp(s + t->start, w, t->end - t->start) == 0;
}

/* the initials of e's capitalised words spell the acronym a[0..n) */
static int
initials(const char *s, const struct wk_toks *tk, const struct wk_ent *e,
    const char *a, size_t n)
{
	size_t t, k = 0;

	for (t = e->tok0; t < e->tok1; t++) {
		const struct wk_tok *w = &tk->v[t];
		if (w->cls != WK_T_WORD || !(w->flags & WK_TF_CAP))
			continue;
		if (k == n || (s[w->start] | 32) != (a[k] | 32))
			return 0;
		k++;
	}
	return k == n;
}

/* the expansion of acronym mention i: "Name (ACR)" or matching initials */
static const struct wk_ent *
expand(const char *s, const struct wk_toks *tk, const struct wk_ents *es,
    size_t i)
{
	const struct wk_ent *a = &es->v[i];
	size_t j, n = a->end - a->start;

	for (j = 0; j < es->n; j++) {
		const struct wk_ent *e = &es->v[j];
		if (j == i || e->tok1 - e->tok0 < 2 || e->type == WK_E_PERSON)
			continue;
		if (e->tok1 + 2 < tk->n &&
		    is_tok(s, &tk->v[e->tok1], "(") &&
		    is_tok(s, &tk->v[e->tok1 + 2], ")") &&
		    n == tk->v[e->tok1 + 1].end - tk->v[e->tok1 + 1].start &&
		    memcmp(s + tk->v[e->tok1 + 1].start, s + a->start, n) == 0)
			return e;
	}
	for (j = 0; j < es->n; j++)
		if (j != i && es->v[j].type == a->type &&
		    initials(s, tk, &es->v[j], s + a->start, n))
			return &es->v[j];
	return NULL;
}

/*
 * expand, remembered per acronym and type for the record: a record may
 * name its acronym a thousand times.
 */
struct memo {
	uint64_t	 h;
	long		 e;		/* -1: none */
};
static WK_VEC(struct memo) memo;

static const struct wk_ent *
expansion(const char *s, const struct wk_toks *tk, const struct wk_ents *es,
    size_t i)
{
	const struct wk_ent *a = &es->v[i], *x;
	uint64_t h = WK_GAZ_SEED + a->type;
	struct memo *m;
	size_t k;

	for (k = a->start; k < a->end; k++)
		h = wk_gaz_step(h, (unsigned char)s[k]);
	for (k = 0; k < memo.n; k++)
		if (memo.v[k].h == h)
			return memo.v[k].e < 0 ? NULL : &es->v[memo.v[k].e];
	x = expand(s, tk, es, i);
	m = WK_VEC_PUSH(&memo);
	m->h = h;
	m->e = x == NULL ? -1 : (long)(x - es->v);
	return x;
}

static void
country(const char *s, const struct wk_toks *tk, const struct wk_gaz *g,
    struct wk_ent *e)
{
	struct wk_gazhit hit;
	uint64_t k[WK_GAZ_MAXTOK];
	size_t t, n = e->tok1 - e->tok0;

	if (n > WK_GAZ_MAXTOK)
		return;
	for (t = 0; t < n; t++)
		k[t] = wk_gaz_key(s + tk->v[e->tok0 + t].start,
		    tk->v[e->tok0 + t].end - tk->v[e->tok0 + t].start, &tmp);
	wk_gaz_longest(g, k, n, 0, &hit);
	if (hit.ntok != n || !(hit.cls & (1u << WK_G_COUNTRY)) ||
	    (hit.cls & (1u << WK_G_DEMONYM)))
		return;
	/* a country is a place, whatever the model said ("US officials") */
	e->type = WK_E_LOC;
	if (hit.canon != NULL) {
		e->canon = hit.canon;
		e->canonlen = hit.canonlen;
	}
}

static int
acronym(const struct wk_toks *tk, const struct wk_ent *e)
{
	const struct wk_tok *t = &tk->v[e->tok0];

	return e->tok1 - e->tok0 == 1 && (t->flags & WK_TF_ALLCAPS) &&
	    t->end - t->start >= 2 && t->end - t->start <= 8;
}

void
wk_ents_insort(struct wk_ents *es, size_t from, size_t i)
{
	struct wk_ent x = es->v[i];

	for (; i > from && es->v[i - 1].start > x.start; i--)
		es->v[i] = es->v[i - 1];
	es->v[i] = x;
}

void
wk_entcanon(const char *s, const struct wk_toks *tk, const struct wk_gaz *g,
    struct wk_ents *es)
{
	const struct wk_ent *x;
	size_t i;

	memo.n = 0;
	wk_entvote(s, tk, es);
	wk_entperson(s, tk, es);
	for (i = 0; i < es->n; i++) {
		struct wk_ent *e = &es->v[i];
		if (e->canon != NULL)
			continue;
		settext(s, e, e);
		if (e->type != WK_E_PERSON)
			country(s, tk, g, e);
		if (e->canon == s + e->start && e->type != WK_E_PERSON &&
		    acronym(tk, e) && (x = expansion(s, tk, es, i)) != NULL)
			settext(s, e, x);
	}
}
