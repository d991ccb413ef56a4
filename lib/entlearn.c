/*
 * entlearn.c - averaged structured perceptron training (entlearn.h).
 * Features are extracted once; each epoch visits the sentences in a fixed
 * pseudo-random order. Averaging uses the usual trick: keep w and the sum
 * of c * update, and the average is w - sum / c.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entconll.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entlearn.h"
#include "entmodel.h"
#include "entspan.h"
#include "tok.h"

struct set {
	WK_VEC(uint32_t) f;		/* features of all tokens */
	WK_VEC(uint32_t) off;		/* token -> first feature */
	WK_VEC(uint8_t) gold;
	WK_VEC(uint8_t) cand;
	WK_VEC(uint32_t) sent;		/* sentence -> first token */
};

struct learner {
	size_t		 nw;
	float		*w;
	double		*u;
	float		 t[WK_NTAG + 1][WK_NTAG];
	double		 tu[WK_NTAG + 1][WK_NTAG];
	double		 c;
};

static void
push32(void *vec, uint32_t x)
{
	WK_VEC(uint32_t) *v = vec;

	*WK_VEC_PUSH(v) = x;
}

static void
push8(void *vec, uint8_t x)
{
	WK_VEC(uint8_t) *v = vec;

	*WK_VEC_PUSH(v) = x;
}

/* gold tags of one sentence, on our tokens */
static void
goldtags(const struct wk_conll *c, const struct wk_toks *tk,
    const struct wk_entfeat *fe, const struct wk_gaz *g, uint8_t *tags)
{
	struct wk_gazhit hit;
	size_t k, a, b, i;

	memset(tags, WK_TAG_O, tk->n);
	for (k = 0; k < c->ents.n; k++) {
		const struct wk_goldent *e = &c->ents.v[k];
		int type = e->type;
		for (a = 0; a < tk->n && tk->v[a].start < e->start; a++)
			;
		for (b = a; b < tk->n && tk->v[b].start < e->end; b++)
			;
		if (e->gpe && b > a) {
			wk_gaz_longest(g, fe->keys, tk->n, a, &hit);
			if (hit.ntok == b - a && (hit.cls & (1u << WK_G_COUNTRY)))
				type = WK_E_LOC;
		}
		wk_entspan_trim(c->text.p, tk->v, fe->ti, type, &a, &b);
		/* "southern Afghanistan": the name is what can be tagged */
		while (a < b && !fe->ti[a].cand)
			a++;
		while (b > a && !fe->ti[b - 1].cand)
			b--;
		for (i = a; i < b; i++)
			if (!fe->ti[i].cand || tags[i] != WK_TAG_O)
				break;
		if (a == b || i < b)
			continue;	/* cannot be tagged: leave it O */
		if (b - a == 1)
			tags[a] = WK_TAG(type, WK_U);
		else {
			tags[a] = WK_TAG(type, WK_B);
			for (i = a + 1; i + 1 < b; i++)
				tags[i] = WK_TAG(type, WK_I);
			tags[b - 1] = WK_TAG(type, WK_L);
		}
	}
}

struct scratch {
	struct wk_toks	 tk;
	struct wk_entfeat fe;
	WK_VEC(uint8_t)	 tags;
};

/* adds the conll sentence c, as its text now reads, to the set */
static void
add(struct set *s, const struct wk_entlearn *o, const struct wk_conll *c,
    const struct wk_gaz *g, struct scratch *x)
{
	size_t i, j;

	wk_tokenize(c->text.p, c->text.len, &x->tk);
	wk_entfeat_run(&x->fe, g, o->nbits, c->text.p, x->tk.v, x->tk.n);
	for (x->tags.n = 0; x->tags.n < x->tk.n;)
		WK_VEC_PUSH(&x->tags);
	goldtags(c, &x->tk, &x->fe, g, x->tags.v);
	push32(&s->sent, (uint32_t)s->gold.n);
	for (i = 0; i < x->tk.n; i++) {
		push32(&s->off, (uint32_t)s->f.n);
		for (j = x->fe.off[i]; j < x->fe.off[i + 1]; j++)
			push32(&s->f, x->fe.f[j]);
		push8(&s->gold, x->tags.v[i]);
		push8(&s->cand, x->fe.ti[i].cand);
	}
}

/*
 * Every CAPS-th training sentence is also learnt in capitals, as in an
 * all-capital headline, which the corpus does not have (ASCII letters
 * only, so the gold offsets still hold). One in 20 tags capitals better
 * still (F1 0.75 against 0.73) but costs mixed-case text more.
 */
#define CAPS	50

static void
upper(struct wk_buf *b)
{
	size_t i;

	for (i = 0; i < b->len; i++)
		if (b->p[i] >= 'a' && b->p[i] <= 'z')
			b->p[i] -= 'a' - 'A';
}

/*
 * And every CAPS-th one from the 25th on in title case without its final
 * stop, as a headline: words of four letters or more capitalised.
 */
static int
title(struct wk_conll *c)
{
	size_t i, k;

	if (c->text.len > 0 && c->text.p[c->text.len - 1] == '.') {
		for (k = 0; k < c->ents.n; k++)
			if (c->ents.v[k].end >= c->text.len)
				return 0;
		c->text.p[--c->text.len] = '\0';
	}
	for (i = 0; i < c->text.len; i = k) {
		for (k = i; k < c->text.len && ((c->text.p[k] | 32) >= 'a' &&
		    (c->text.p[k] | 32) <= 'z'); k++)
			;
		if (k - i >= 4 && c->text.p[i] >= 'a')
			c->text.p[i] -= 'a' - 'A';
		if (k == i)
			k++;
	}
	return 1;
}

static long
load(struct set *s, const struct wk_entlearn *o, const char *p, size_t len,
    const char *name, const struct wk_gaz *g)
{
	struct wk_conll c;
	struct scratch x;
	unsigned long k = 0;
	long kept = 0;
	int r;

	memset(&x, 0, sizeof(x));
	wk_conll_open(&c, p, len, name);
	while ((r = wk_conll_next(&c)) == 1) {
		if (o->holdout > 0 && k++ % o->holdout == o->holdout - 1)
			continue;
		add(s, o, &c, g, &x);
		if (kept % CAPS == CAPS - 1) {
			upper(&c.text);
			add(s, o, &c, g, &x);
		} else if (kept % CAPS == CAPS / 2 && title(&c))
			add(s, o, &c, g, &x);
		kept++;
	}
	push32(&s->sent, (uint32_t)s->gold.n);
	push32(&s->off, (uint32_t)s->f.n);
	wk_conll_free(&c);
	wk_toks_free(&x.tk);
	wk_entfeat_free(&x.fe);
	free(x.tags.v);
	return r == -1 ? -1 : kept;
}

static void
emissions(const struct learner *l, const struct set *s, size_t t0, size_t n,
    float *e)
{
	size_t i, j;
	int k;

	memset(e, 0, n * WK_NTAG * sizeof(*e));
	for (i = 0; i < n; i++)
		for (j = s->off.v[t0 + i]; j < s->off.v[t0 + i + 1]; j++) {
			const float *w = l->w + (size_t)s->f.v[j] * WK_NTAG;
			for (k = 0; k < WK_NTAG; k++)
				e[i * WK_NTAG + k] += w[k];
		}
}

static void
bump(struct learner *l, float *w, double *u, float d)
{

	*w += d;
	*u += l->c * d;
}

static size_t
update(struct learner *l, const struct set *s, size_t t0, size_t n,
    const uint8_t *pred)
{
	const uint8_t *gold = s->gold.v + t0;
	size_t i, j, errors = 0;

	for (i = 0; i < n; i++) {
		int pg = i ? gold[i - 1] : WK_NTAG, pp = i ? pred[i - 1] : WK_NTAG;
		if (pg != pp || gold[i] != pred[i]) {
			bump(l, &l->t[pg][gold[i]], &l->tu[pg][gold[i]], 1);
			bump(l, &l->t[pp][pred[i]], &l->tu[pp][pred[i]], -1);
		}
		if (gold[i] == pred[i])
			continue;
		errors++;
		for (j = s->off.v[t0 + i]; j < s->off.v[t0 + i + 1]; j++) {
			size_t f = (size_t)s->f.v[j] * WK_NTAG;
			bump(l, &l->w[f + gold[i]], &l->u[f + gold[i]], 1);
			bump(l, &l->w[f + pred[i]], &l->u[f + pred[i]], -1);
		}
	}
	return errors;
}

static uint64_t
xorshift(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

static void
epochs(struct learner *l, const struct set *s, const struct wk_entlearn *o)
{
	struct wk_viterbi v = { 0 };
	size_t ns = s->sent.n - 1, i, k, maxn = 0, errors;
	size_t *order = wk_xmalloc(ns * sizeof(*order) + 1);
	float *e;
	uint8_t *pred;
	uint64_t seed = 0x2545f4914f6cdd1dULL;
	unsigned ep;

	for (i = 0; i < ns; i++) {
		order[i] = i;
		if (s->sent.v[i + 1] - s->sent.v[i] > maxn)
			maxn = s->sent.v[i + 1] - s->sent.v[i];
	}
	e = wk_xmalloc((maxn + 1) * WK_NTAG * sizeof(*e));
	pred = wk_xmalloc(maxn + 1);
	for (ep = 1; ep <= o->epochs; ep++) {
		for (i = ns; i > 1; i--) {
			size_t r = xorshift(&seed) % i, t = order[i - 1];
			order[i - 1] = order[r];
			order[r] = t;
		}
		errors = 0;
		for (k = 0; k < ns; k++) {
			size_t t0 = s->sent.v[order[k]];
			size_t n = s->sent.v[order[k] + 1] - t0;
			emissions(l, s, t0, n, e);
			wk_viterbi(&v, (const float (*)[WK_NTAG])l->t, e,
			    s->cand.v + t0, 1, n, pred);
			errors += update(l, s, t0, n, pred);
			l->c++;
		}
		if (o->progress != NULL)
			o->progress(ep, errors, s->gold.n);
	}
	wk_viterbi_free(&v);
	free(order);
	free(e);
	free(pred);
}

/* the averaged weights, in place of the last ones */
static void
average(struct learner *l)
{
	size_t i;
	int a, b;

	for (i = 0; i < l->nw; i++)
		l->w[i] -= (float)(l->u[i] / l->c);
	for (a = 0; a <= WK_NTAG; a++)
		for (b = 0; b < WK_NTAG; b++)
			l->t[a][b] -= (float)(l->tu[a][b] / l->c);
}

long
wk_ent_train(const struct wk_entlearn *o, const char *p, size_t len,
    const char *name, struct wk_buf *model)
{
	struct set s;
	struct learner l;
	uint32_t gazsum;
	const struct wk_gaz *g = wk_ent_featgaz(&gazsum);
	long kept;

	memset(&s, 0, sizeof(s));
	if ((kept = load(&s, o, p, len, name, g)) <= 0)
		goto out;
	memset(&l, 0, sizeof(l));
	l.nw = ((size_t)1 << o->nbits) * WK_NTAG;
	l.w = wk_xcalloc(l.nw, sizeof(*l.w));
	l.u = wk_xcalloc(l.nw, sizeof(*l.u));
	l.c = 1;
	epochs(&l, &s, o);
	average(&l);
	wk_entmodel_write(model, o->nbits, (const float (*)[WK_NTAG])l.t, l.w,
	    gazsum);
	free(l.w);
	free(l.u);
out:
	free(s.f.v);
	free(s.off.v);
	free(s.gold.v);
	free(s.cand.v);
	free(s.sent.v);
	return kept;
}
