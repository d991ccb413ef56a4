/*
 * entviterbi.c - BILOU transition rules and Viterbi decoding for the
 * entity tagger (entmodel.h). Forbidden transitions are never taken, so
 * every decoded sequence spells whole entities.
 */
#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entmodel.h"

int
wk_tag_ok(int a, int b)
{
	int open = a != WK_NTAG && a != WK_TAG_O &&
	    (WK_TAG_POS(a) == WK_B || WK_TAG_POS(a) == WK_I);

	if (!open)
		return b == WK_TAG_O || WK_TAG_POS(b) == WK_B ||
		    WK_TAG_POS(b) == WK_U;
	return b != WK_TAG_O && WK_TAG_TYPE(b) == WK_TAG_TYPE(a) &&
	    (WK_TAG_POS(b) == WK_I || WK_TAG_POS(b) == WK_L);
}

int
wk_tag_final(int a)
{
	return a == WK_TAG_O || WK_TAG_POS(a) == WK_L || WK_TAG_POS(a) == WK_U;
}

/* the tags each tag may follow, in order: 141 pairs of the 441 */
static uint8_t	pred[WK_NTAG][WK_NTAG], npred[WK_NTAG];

static void
table(void)
{
	int a, b;

	if (npred[WK_TAG_O] != 0)
		return;
	for (b = 0; b < WK_NTAG; b++)
		for (a = 0; a < WK_NTAG; a++)
			if (wk_tag_ok(a, b))
				pred[b][npred[b]++] = (uint8_t)a;
}

static void
room(struct wk_viterbi *v, size_t n)
{
	if (n <= v->cap)
		return;
	v->cap = n > 2 * v->cap ? n : 2 * v->cap;
	v->score = wk_xrealloc(v->score, v->cap, WK_NTAG * sizeof(float));
	v->back = wk_xrealloc(v->back, v->cap, WK_NTAG);
}

void
wk_viterbi(struct wk_viterbi *v, const float (*trans)[WK_NTAG],
    const float *e, const uint8_t *cand, size_t stride, size_t n,
    uint8_t *tags)
{
	float *sc, best;
	int a, b, k, arg;
	size_t i;

	if (n == 0)
		return;
	table();
	room(v, n);
	sc = v->score;
	for (b = 0; b < WK_NTAG; b++) {
		int ok = wk_tag_ok(WK_NTAG, b) && (cand[0] || b == WK_TAG_O);
		sc[b] = ok ? trans[WK_NTAG][b] + (cand[0] ? e[b] : 0) : -FLT_MAX;
	}
	for (i = 1; i < n; i++) {
		const float *p = sc + (i - 1) * WK_NTAG;
		float *q = sc + i * WK_NTAG;
		int c = cand[i * stride];
		for (b = 0; b < WK_NTAG; b++) {
			q[b] = -FLT_MAX;
			if (!c && b != WK_TAG_O)
				continue;	/* not a candidate: O only */
			best = -FLT_MAX;
			arg = 0;
			for (k = 0; k < npred[b]; k++) {
				float s;
				a = pred[b][k];
				if (p[a] == -FLT_MAX)
					continue;
				s = p[a] + trans[a][b];
				if (s > best) {
					best = s;
					arg = a;
				}
			}
			if (best != -FLT_MAX)
				q[b] = best + (c ? e[i * WK_NTAG + b] : 0);
			v->back[i * WK_NTAG + b] = (uint8_t)arg;
		}
	}
	best = -FLT_MAX;
	arg = WK_TAG_O;
	for (b = 0; b < WK_NTAG; b++) {
		float s = sc[(n - 1) * WK_NTAG + b];
		if (wk_tag_final(b) && s > best) {
			best = s;
			arg = b;
		}
	}
	for (i = n; i-- > 0;) {
		tags[i] = (uint8_t)arg;
		if (i > 0)
			arg = v->back[i * WK_NTAG + arg];
	}
}

void
wk_viterbi_free(struct wk_viterbi *v)
{
	free(v->score);
	free(v->back);
	memset(v, 0, sizeof(*v));
}
