/*
 * entperson.c - people within one record (entcanon.h): the full names
 * the record gives, and every mention that is part of one. A full name is
 * a person mention of two or more words, or a first name closed by an
 * editor's bracket and the surname after it ("[President Vladimir]
 * Putin"), whose canonical form is built in a scratch buffer. Mentions
 * are compared by the folded keys of their word tokens.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entgaz.h"
#include "tok.h"

struct name {
	uint64_t	 h;		/* of its keys */
	uint32_t	 k0, nk;	/* keys in S.nkeys */
	size_t		 off, len;	/* canon: S.canon or the text */
	size_t		 order;		/* first mention's rank */
	int		 built;		/* canon is in S.canon */
};

struct kidx {			/* first or last key -> name */
	uint64_t	 key;
	size_t		 name;
};

static struct {
	WK_VEC(uint64_t) keys;		/* word-token keys of all mentions */
	WK_VEC(uint32_t) off;		/* mention -> its first key */
	WK_VEC(uint64_t) nkeys;
	WK_VEC(struct name) names;
	WK_VEC(struct kidx) byfirst, bylast;
	struct wk_buf	 canon;
	struct wk_buf	 tmp;
} S;

static uint64_t
key(const char *s, const struct wk_tok *t)
{
	return wk_gaz_key(s + t->start, t->end - t->start, &S.tmp);
}

static void
mentionkeys(const char *s, const struct wk_toks *tk, const struct wk_ents *es)
{
	size_t i, t;

	S.keys.n = S.off.n = 0;
	for (i = 0; i < es->n; i++) {
		*WK_VEC_PUSH(&S.off) = (uint32_t)S.keys.n;
		for (t = es->v[i].tok0; t < es->v[i].tok1; t++)
			if (tk->v[t].cls == WK_T_WORD)
				*WK_VEC_PUSH(&S.keys) = key(s, &tk->v[t]);
	}
	*WK_VEC_PUSH(&S.off) = (uint32_t)S.keys.n;
}

#define NK(i)	(S.off.v[(i) + 1] - S.off.v[i])
#define K(i)	(S.keys.v + S.off.v[i])

static struct name *
newname(const uint64_t *k, size_t nk)
{
	struct name *n = WK_VEC_PUSH(&S.names);
	size_t i;

	n->k0 = (uint32_t)S.nkeys.n;
	n->nk = (uint32_t)nk;
	n->h = WK_GAZ_SEED;
	n->order = S.names.n;
	for (i = 0; i < nk; i++) {
		*WK_VEC_PUSH(&S.nkeys) = k[i];
		n->h = wk_gaz_step(n->h, k[i]);
	}
	return n;
}

/* the word after an editor's closing bracket that ends mention e */
static const struct wk_tok *
bracketed(const char *s, const struct wk_toks *tk, const struct wk_ent *e)
{
	const struct wk_tok *b, *w;

	if (e->tok1 + 1 >= tk->n)
		return NULL;
	b = &tk->v[e->tok1];
	w = &tk->v[e->tok1 + 1];
	if (b->end - b->start != 1 || s[b->start] != ']' ||
	    w->cls != WK_T_WORD || !(w->flags & WK_TF_CAP))
		return NULL;
	return w;
}

static void
names(const char *s, const struct wk_toks *tk, const struct wk_ents *es)
{
	const struct wk_tok *w;
	struct name *n;
	uint64_t k[WK_GAZ_MAXTOK + 1];
	size_t i;

	S.names.n = S.nkeys.n = 0;
	wk_buf_reset(&S.canon);
	for (i = 0; i < es->n; i++) {
		const struct wk_ent *e = &es->v[i];
		if (e->type != WK_E_PERSON)
			continue;
		if (NK(i) >= 2) {
			n = newname(K(i), NK(i));
			n->off = e->start;
			n->len = e->end - e->start;
		} else if (NK(i) == 1 && (w = bracketed(s, tk, e)) != NULL) {
			k[0] = K(i)[0];
			k[1] = key(s, w);
			n = newname(k, 2);
			n->built = 1;
			n->off = S.canon.len;
			wk_buf_add(&S.canon, s + e->start, e->end - e->start);
			wk_buf_addc(&S.canon, ' ');
			wk_buf_add(&S.canon, s + w->start, w->end - w->start);
			n->len = S.canon.len - n->off;
		}
	}
}

static int
cmpname(const void *a, const void *b)
{
	const struct name *x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int
cmpkidx(const void *a, const void *b)
{
	const struct kidx *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->name < y->name ? -1 : x->name > y->name;
}

/*
 * Each full name once (a record may repeat one a thousand times), and
 * indexes by first and last key, so that lookups stay cheap however many
 * mentions a record has.
 */
static void
index_names(void)
{
	struct name *v = S.names.v;
	size_t i, w = 0;

	qsort(v, S.names.n, sizeof(*v), cmpname);
	for (i = 0; i < S.names.n; i++)
		if (w == 0 || v[i].h != v[w - 1].h)
			v[w++] = v[i];
	S.names.n = w;
	S.byfirst.n = S.bylast.n = 0;
	for (i = 0; i < w; i++) {
		struct kidx *f = WK_VEC_PUSH(&S.byfirst);
		struct kidx *l = WK_VEC_PUSH(&S.bylast);
		f->key = S.nkeys.v[v[i].k0];
		l->key = S.nkeys.v[v[i].k0 + v[i].nk - 1];
		f->name = l->name = i;
	}
	qsort(S.byfirst.v, w, sizeof(struct kidx), cmpkidx);
	qsort(S.bylast.v, w, sizeof(struct kidx), cmpkidx);
}

/* the first entry of ix[0..n) with key k, or n */
static size_t
lookup(const struct kidx *ix, size_t n, uint64_t k)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix[mid].key < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && ix[lo].key == k ? lo : n;
}

/* is mention i the surname (or last names) or the first name of n? */
static int
namepart(size_t i, const struct name *n)
{
	const uint64_t *nk = S.nkeys.v + n->k0;
	size_t k = NK(i);

	return k > 0 && n->nk >= k && (memcmp(nk + n->nk - k, K(i),
	    k * sizeof(*nk)) == 0 || (k == 1 && nk[0] == K(i)[0]));
}

static int
surname(uint64_t k)
{
	return lookup(S.bylast.v, S.bylast.n, k) < S.bylast.n;
}

/*
 * A capitalised word outside every entity that is the surname of a full
 * name is a mention of that person the model missed.
 */
static int
addsurnames(const char *s, const struct wk_toks *tk, struct wk_ents *es)
{
	size_t t, k = 0, n0 = es->n, i;
	struct wk_ent *e;

	for (t = 0; t < tk->n; t++) {
		const struct wk_tok *w = &tk->v[t];
		while (k < n0 && es->v[k].tok1 <= t)
			k++;
		if ((k < n0 && es->v[k].tok0 <= t) || w->cls != WK_T_WORD ||
		    (w->flags & (WK_TF_CAP | WK_TF_ALLCAPS)) != WK_TF_CAP ||
		    !surname(key(s, w)))
			continue;
		e = WK_VEC_PUSH(es);
		e->start = w->start;
		e->end = w->end;
		e->tok0 = (uint32_t)t;
		e->tok1 = (uint32_t)t + 1;
		e->type = WK_E_PERSON;
	}
	for (i = n0; i < es->n; i++)
		wk_ents_insort(es, 0, i);
	return es->n > n0;
}

static const struct name *
better(const struct name *best, size_t i, const struct name *n)
{
	if (!namepart(i, n))
		return best;
	if (best == NULL || n->nk > best->nk ||
	    (n->nk == best->nk && n->order < best->order))
		return n;
	return best;
}

/* the longest full name mention i is part of, or NULL */
static const struct name *
fullname(size_t i)
{
	const struct name *best = NULL;
	size_t j;

	if (NK(i) == 0)
		return NULL;
	for (j = lookup(S.bylast.v, S.bylast.n, K(i)[NK(i) - 1]);
	    j < S.bylast.n && S.bylast.v[j].key == K(i)[NK(i) - 1]; j++)
		best = better(best, i, &S.names.v[S.bylast.v[j].name]);
	if (NK(i) == 1)
		for (j = lookup(S.byfirst.v, S.byfirst.n, K(i)[0]);
		    j < S.byfirst.n && S.byfirst.v[j].key == K(i)[0]; j++)
			best = better(best, i,
			    &S.names.v[S.byfirst.v[j].name]);
	return best;
}

void
wk_entperson(const char *s, const struct wk_toks *tk, struct wk_ents *es)
{
	const struct name *n;
	size_t i;

	mentionkeys(s, tk, es);
	names(s, tk, es);
	if (S.names.n == 0)
		return;
	index_names();
	if (addsurnames(s, tk, es))
		mentionkeys(s, tk, es);
	for (i = 0; i < es->n; i++) {
		struct wk_ent *e = &es->v[i];
		/* nationalities stay; anything else that is part of a name
		 * is that person ("Lavrov" typed ORG after "Sergei Lavrov");
		 * the whole name typed otherwise was settled by the vote */
		if (e->canon != NULL || e->type == WK_E_NORP ||
		    (e->type != WK_E_PERSON && NK(i) > 2) ||
		    (n = fullname(i)) == NULL)
			continue;
		if (e->type != WK_E_PERSON && NK(i) == n->nk)
			continue;
		e->type = WK_E_PERSON;
		e->canon = n->built ? S.canon.p + n->off : s + n->off;
		e->canonlen = n->len;
	}
}
