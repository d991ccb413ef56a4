/*
 * quoteind.c - reported speech without marks: "X said (that) ...",
 * "..., according to X", "According to X, ...". Written with
 * --indirect; also what a quotation that stands alone takes its speaker
 * from.
 */
#include <string.h>

#include "quote.h"
#include "quoteint.h"
#include "tok.h"

#define THAT_REACH	8	/* tokens from a cue to its "that" */
#define CLAUSE_REACH	64	/* tokens back for the last reported clause */

/* Trims the clause [a, b) of tokens to its words: *start, *end bytes. */
static int
clause_span(const struct wk_qrun *r, size_t a, size_t b, struct wk_qclause *c)
{
	while (b > a && r->t[b - 1].cls == WK_T_PUNCT)
		b--;
	while (a < b && r->t[a].cls == WK_T_PUNCT)
		a++;
	if (b <= a + 1)
		return 0;
	c->start = r->t[a].start;
	c->end = r->t[b - 1].end;
	return 1;
}

/* The reported clause of the cue at k in the sentence [slo, shi). */
int
wk_qreported(const struct wk_qrun *r, size_t k, size_t slo, size_t shi,
    struct wk_qclause *c)
{
	struct wk_qattr *a = &c->a;
	size_t j, e;

	memset(c, 0, sizeof(*c));
	if (!wk_qcue_is(r, k, WK_CUE_VERB | WK_CUE_SOURCE, &a->cue))
		return 0;
	a->hascue = 1;
	c->pos = r->t[k].start;
	if (a->cue.cls & WK_CUE_SOURCE) {
		if (k == slo) {		/* According to X, ... */
			for (j = a->cue.tok1; j < shi && j - k < THAT_REACH +
			    4 && !wk_qtok_is(r, j, ","); j++)
				;
			if (!wk_qtok_is(r, j, ",") || !wk_qnp_after(r->s, r->t,
			    a->cue.tok1, j, &a->sp) || !clause_span(r, j + 1,
			    shi, c))
				return 0;
			return wk_qspeaker_ok(r, a);
		}
		/* ..., according to X. */
		if (!wk_qtok_is(r, k - 1, ",") ||
		    !wk_qnp_after(r->s, r->t, a->cue.tok1, shi, &a->sp) ||
		    !clause_span(r, slo, k - 1, c))
			return 0;
		return wk_qspeaker_ok(r, a);
	}
	if (!wk_qnp_before(r->s, r->t, slo, k, &a->sp))
		return 0;
	j = a->sp.tok0;		/* "...," the farmer told Radio Ten */
	if (j > slo && (wk_qtok_quote(r, j - 1) || (wk_qtok_is(r, j - 1, ",") &&
	    j - 1 > slo && wk_qtok_quote(r, j - 2))))
		return 0;
	for (j = a->cue.tok1, e = j; e < shi && e - j < THAT_REACH; e++)
		if (r->t[e].cls == WK_T_WORD && r->t[e].end - r->t[e].start
		    == 4 && memcmp(r->s + r->t[e].start, "that", 4) == 0)
			break;
	if (e < shi && e - j < THAT_REACH)
		j = e + 1;
	else if (j < shi && (r->t[j].cls != WK_T_WORD ||
	    (wk_qword_stop(r->s, &r->t[j]) &&
	    !wk_qword_clause(r->s, &r->t[j]))))
		return 0;
	for (e = j; e < shi && !wk_qtok_is(r, e, ",") &&
	    !wk_qtok_quote(r, e); e++)
		;
	if (e < shi && wk_qtok_quote(r, e))
		return 0;
	for (e = j; e < shi && !(wk_qtok_is(r, e, ",") && e + 1 < shi &&
	    wk_qcue_is(r, e + 1, WK_CUE_SOURCE, &(struct wk_qcue){0})); e++)
		;
	if (!clause_span(r, j, e, c))
		return 0;
	return wk_qspeaker_ok(r, a);
}

/* The last reported clause in the tokens [t0, t1), outside quotations. */
int
wk_qlast_clause(struct wk_qrun *r, size_t t0, size_t t1,
    struct wk_qclause *best)
{
	struct wk_qclause c;
	size_t k, slo, shi;
	int found = 0;

	if (t1 > t0 + CLAUSE_REACH)	/* the end of a long line will do */
		t0 = t1 - CLAUSE_REACH;
	for (k = t0; k < t1; k++) {
		if (r->t[k].cls != WK_T_WORD)
			continue;
		wk_qsent_of(r, k, &slo, &shi);
		if (wk_qreported(r, k, slo > t0 ? slo : t0, shi < t1 ? shi : t1,
		    &c) && !wk_qpieces_over(r->ctx.pieces, c.pos, c.pos + 1)) {
			*best = c;
			found = 1;
		}
	}
	return found;
}

void
wk_qemit_reported(struct wk_qrun *r)
{
	struct wk_qclause c;
	size_t k, slo, shi;

	for (k = 0; k < r->nt; k++) {
		if (r->t[k].cls != WK_T_WORD)
			continue;
		wk_qsent_of(r, k, &slo, &shi);
		if (!wk_qreported(r, k, slo, shi, &c) ||
		    wk_qpieces_over(r->ctx.pieces, c.start, c.end) ||
		    wk_qpieces_over(r->ctx.pieces, c.pos, c.pos + 1))
			continue;
		wk_qput(r, c.start, c.end, WK_Q_INDIRECT, &c.a, c.start);
		k = c.a.cue.tok1 - 1;
	}
}
