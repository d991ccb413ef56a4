/*
 * quoteattr.c - the pass over one text: pair the marks (quotemark.c), try
 * the patterns on each outermost quotation (quotepat.c), then give a
 * quotation with no cue the speaker before it when it stands alone on its
 * line or goes on right after an attributed sentence; the pieces of a
 * multi-paragraph quotation share one attribution. The rest are direct
 * and unattributed when they are a whole sentence, else WK_Q_OTHER
 * (scare quotes, titles). Rows are numbered by quotation, in text order.
 */
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "quoteint.h"
#include "sent.h"
#include "tok.h"

#define FOLLOW_REACH	12	/* tokens from an attribution to a quotation
				   that goes on with the same speaker */
#define PHRASE_REACH	1000	/* bytes back to a pronoun's phrase */

static wk_qpieces	 pieces;
static WK_VEC(struct wk_qattr) attrs;
static WK_VEC(uint32_t)	 groups;
/* for the sort comparators: the rows and their groups */
static struct wk_quote	*sort_q;
static uint32_t		*sort_g;
/* wk_quote_any and wk_quote_need leave the pairing for the calls after
 * them on the same text */
static const char	*paired_s;
static size_t		 paired_n;

void
wk_quote_init(void)
{
	wk_qcue_init();
}

const char *
wk_quote_kindname(int kind)
{
	static const char *const name[] = {
		"direct", "partial", "indirect", "other"
	};

	return kind >= 0 && kind <= WK_Q_OTHER ? name[kind] : "other";
}

void
wk_quotes_free(struct wk_quotes *q)
{
	WK_VEC_FREE(q);
}

void
wk_qput(struct wk_qrun *r, uint32_t start, uint32_t end, int kind,
    const struct wk_qattr *a, uint32_t group)
{
	struct wk_quote *o = WK_VEC_PUSH(r->out);
	const struct wk_tok *t = r->t;

	o->start = start;
	o->end = end;
	o->kind = kind;
	if (a != NULL && a->hascue) {
		o->cue_start = t[a->cue.tok0].start;
		o->cue_end = t[a->cue.tok1 - 1].end;
		o->cue = a->cue.name ? a->cue.name : r->s + o->cue_start;
		o->cuelen = a->cue.name ? strlen(a->cue.name) :
		    o->cue_end - o->cue_start;
	}
	if (a != NULL && a->hassp) {
		o->sp_start = t[a->sp.tok0].start;
		o->sp_end = t[a->sp.tok1 - 1].end;
		o->speaker = a->sp.name;
		o->speakerlen = a->sp.name != NULL ? a->sp.namelen : 0;
	}
	*WK_VEC_PUSH(&groups) = group;
}

/* The start of the line before the one starting at ls (blank lines
 * skipped), or (size_t)-1. */
static size_t
prev_line(const char *s, size_t ls)
{
	size_t e = ls;

	while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == '\r' ||
	    s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e == 0)
		return (size_t)-1;
	while (e > 0 && s[e - 1] != '\n' && s[e - 1] != '\r')
		e--;
	return e;
}

static int
inherit(struct wk_qrun *r, const struct wk_qpiece *q, struct wk_qattr *a)
{
	size_t ls = q->open, pls;
	struct wk_qclause c;
	int32_t lc = wk_qlast_char(r->s, q->start, q->end);

	if (!wk_qends_clause(lc) || lc == ',' ||
	    !wk_qline_starts(r->s, q->open) ||
	    !wk_qline_ends(r->s, r->n, q->close))
		return 0;
	while (ls > 0 && r->s[ls - 1] != '\n' && r->s[ls - 1] != '\r')
		ls--;
	if ((pls = prev_line(r->s, ls)) == (size_t)-1)
		return 0;
	if (wk_qlast_clause(r, wk_qtok_lower(r, pls), wk_qtok_lower(r, ls),
	    &c) &&
	    (!r->haslast || c.pos > r->lastpos)) {
		r->last = c.a;
		r->lastpos = r->lastend = c.pos;
		r->haslast = 1;
	}
	if (!r->haslast || r->lastpos < pls || r->lastpos >= ls ||
	    !r->last.hassp)
		return 0;
	*a = r->last;
	a->hascue = 0;
	a->inherited = 1;
	if (a->sp.name == NULL)
		wk_qnp_resolve(&r->ctx, &a->sp);
	return 1;
}

/*
 * '"...," Harcourt said. "And I think ..."' and 'Olmert says that ... .
 * "We will ..."': a sentence quoted right after an attributed one in the
 * same paragraph, with no cue between, goes on with the same speaker.
 */
static int
follows(struct wk_qrun *r, const struct wk_qpiece *q, struct wk_qattr *a)
{
	size_t ta = wk_qtok_lower(r, q->open), k = wk_qtok_lower(r, r->lastend);
	size_t plo, phi, slo, shi, m, k0;
	struct wk_qcue c;
	struct wk_qclause cl;

	if (a->kind != WK_Q_DIRECT || ta == 0 ||
	    (r->t[ta].flags & WK_TF_PARA))
		return 0;
	wk_qsent_of(r, ta - 1, &plo, &phi);
	if ((!r->haslast || r->lastend > q->open || k < plo) &&
	    wk_qlast_clause(r, plo, ta, &cl)) {
		r->last = cl.a;
		r->lastpos = r->lastend = cl.pos;
		r->haslast = 1;
		k = wk_qtok_lower(r, cl.pos) + 1;
	}
	if (!r->haslast || !r->last.hassp || r->lastend > q->open || k > ta)
		return 0;
	/* a quotation in the rest of the attribution's sentence does not
	 * count: 'said X, who carried a sign reading "..."' */
	wk_qsent_of(r, k < r->nt ? k : r->nt - 1, &slo, &shi);
	for (m = k, k0 = k; m < shi && m < ta; m++)
		if (wk_qtok_quote(r, m))
			k0 = m;
	if (ta - k0 > FOLLOW_REACH)
		return 0;
	for (; k <= ta && k < r->nt; k++)
		if ((r->t[k].flags & WK_TF_PARA) || (k < ta &&
		    ((wk_qtok_quote(r, k) && k >= shi) ||
		    wk_qcue_is(r, k, WK_CUE_VERB, &c))))
			return 0;
	*a = r->last;
	a->hascue = 0;
	a->inherited = 1;
	a->kind = WK_Q_DIRECT;
	return 1;
}

static void
remember(struct wk_qrun *r, const struct wk_qattr *a, uint32_t pos,
    uint32_t end)
{
	if (!a->hassp)
		return;
	r->last = *a;
	r->lastpos = pos;
	r->lastend = end;
	r->haslast = 1;
}

/*
 * A pronoun with no person to stand for takes the phrase of the speaker
 * before it in its paragraph or the one before: '"...," a spokesman said.
 * "...," he added.' "they" only a plural one ("Iraqi officials").
 */
static void
pronoun_phrase(const struct wk_qrun *r, const struct wk_qpiece *q,
    struct wk_qattr *a)
{
	const struct wk_qspeaker *l = &r->last.sp;
	uint32_t i;
	int paras = 0;

	if (!r->haslast || l->name == NULL || l->person ||
	    r->lastend > q->open || q->open - r->lastend > PHRASE_REACH ||
	    (a->sp.pronoun == 'p' && l->name[l->namelen - 1] != 's'))
		return;
	for (i = r->lastend; i + 1 < q->open; i++)
		if (r->s[i] == '\n' && r->s[i + 1] == '\n' && ++paras > 1)
			return;
	a->sp.name = l->name;
	a->sp.namelen = l->namelen;
}

/* Is token i "a" or "an", in any case? */
static int
indefinite(const struct wk_qrun *r, size_t i)
{
	const char *w = r->s + r->t[i].start;
	size_t n = r->t[i].end - r->t[i].start;

	return r->t[i].cls == WK_T_WORD && (n == 1 || n == 2) &&
	    (w[0] | 0x20) == 'a' && (n == 1 || (w[1] | 0x20) == 'n');
}

/*
 * 'A spokesperson said the company would not comment. Asked about cuts,
 * she said: "..."': "he" or "she" stands for the unnamed speaker ("a"
 * or "an" ...) before it in its paragraph, of a quotation or of reported
 * speech, when no person is named between them, rather than for a person
 * further back.
 */
static void
pronoun_unnamed(struct wk_qrun *r, const struct wk_qpiece *q,
    struct wk_qattr *a)
{
	size_t ta = wk_qtok_lower(r, q->open), end, p0;
	struct wk_qclause c;
	struct wk_qspeaker cand;
	uint32_t pos = 0, at;

	if (r->ctx.ents == NULL || (a->sp.pronoun != 'm' &&
	    a->sp.pronoun != 'f'))
		return;
	end = a->sp.tok0 < ta ? a->sp.tok0 : ta;
	for (p0 = end; p0 > 0 && !(r->t[p0].flags & WK_TF_PARA); p0--)
		;
	memset(&cand, 0, sizeof(cand));
	/* not "with a stern warning that": a noun passes for a participle */
	if (wk_qlast_clause(r, p0, end, &c) && !(c.a.hascue &&
	    wk_qtok_ing(r, c.a.cue.tok0))) {
		cand = c.a.sp;
		pos = c.pos;
	}
	if (r->haslast && r->last.hassp && r->lastend <= r->t[end].start &&
	    r->lastpos >= r->t[p0].start && (cand.tok1 == 0 ||
	    r->lastpos > pos)) {
		cand = r->last.sp;
		pos = r->lastpos;
	}
	/* "a spokesperson", not "the president", who has a name */
	if (cand.tok1 == 0 || cand.pronoun || !indefinite(r, cand.tok0))
		return;
	wk_qnp_resolve(&r->ctx, &cand);
	at = r->t[cand.tok1 - 1].end;
	if (cand.person || cand.name == NULL ||
	    cand.name[cand.namelen - 1] == 's' ||	/* officials */
	    wk_qnp_person_between(&r->ctx, at, r->t[a->sp.tok0].start))
		return;
	a->sp.name = cand.name;
	a->sp.namelen = cand.namelen;
	a->sp.person = 0;
}

/* Where the attribution of piece q ends: its mark, cue or speaker. */
static uint32_t
attr_end(const struct wk_qrun *r, const struct wk_qpiece *q,
    const struct wk_qattr *a)
{
	uint32_t e = q->close;

	if (a->hascue && r->t[a->cue.tok1 - 1].end > e)
		e = r->t[a->cue.tok1 - 1].end;
	if (a->hassp && !a->inherited && r->t[a->sp.tok1 - 1].end > e)
		e = r->t[a->sp.tok1 - 1].end;
	return e;
}

/* Gives every piece of a multi-paragraph quotation one attribution. */
static void
share_chains(void)
{
	size_t i, j, k;

	for (i = 0; i < pieces.n; i = j) {
		for (j = i + 1; j < pieces.n && (pieces.v[j].chain ==
		    pieces.v[i].chain || pieces.v[j].depth > 0); j++)
			;
		if (pieces.v[i].depth > 0 || !pieces.v[i].runs_on)
			continue;
		for (k = i; k < j && !attrs.v[k].done; k++)
			;
		if (k == j)
			continue;
		for (size_t m = i; m < j; m++)
			if (pieces.v[m].depth == 0 &&
			    pieces.v[m].chain == pieces.v[i].chain) {
				int kind = attrs.v[m].kind;

				attrs.v[m] = attrs.v[k];
				attrs.v[m].kind = kind;
			}
	}
}

static void
run_pieces(struct wk_qrun *r)
{
	size_t i;
	struct wk_qattr *a;
	const struct wk_qpiece *q;

	attrs.n = 0;
	for (i = 0; i < pieces.n; i++) {
		a = WK_VEC_PUSH(&attrs);
		if (pieces.v[i].depth == 0)
			wk_qattribute(r, &pieces.v[i], a);
	}
	share_chains();
	for (i = 0; i < pieces.n; i++) {
		q = &pieces.v[i];
		a = &attrs.v[i];
		if (q->depth > 0)
			continue;
		if (a->done && a->sp.pronoun)
			pronoun_unnamed(r, q, a);
		if (a->done && a->sp.pronoun && a->sp.name == NULL)
			pronoun_phrase(r, q, a);
		if (!a->done && (inherit(r, q, a) || follows(r, q, a)))
			a->kind = WK_Q_DIRECT;
		else if (!a->done && !q->cont && !q->runs_on &&
		    (a->kind != WK_Q_DIRECT ||
		    !wk_qfirst_upper(r->s, q->start, q->end) ||
		    !wk_qends_sentence(wk_qlast_char(r->s, q->start, q->end)) ||
		    !wk_qsentence_like(r, q->start, q->end)))
			a->kind = WK_Q_OTHER;
		if (a->done)
			remember(r, a, a->hascue && !a->inherited ?
			    r->t[a->cue.tok0].start : q->open,
			    attr_end(r, q, a));
	}
}

/* A split quotation ("...," X said, "...") is one: both halves name the
 * same cue. Returns the group of piece i. */
static uint32_t
group_of(size_t i)
{
	const struct wk_qattr *a = &attrs.v[i];
	size_t j;

	if (a->hascue)
		for (j = i; j-- > 0 && i - j < 4;)
			if (pieces.v[j].depth == 0 && attrs.v[j].hascue &&
			    attrs.v[j].cue.tok0 == a->cue.tok0 &&
			    attrs.v[j].kind != WK_Q_PARTIAL &&
			    a->kind != WK_Q_PARTIAL)
				return group_of(j);
	return pieces.v[i].chain;
}

static void
emit_pieces(struct wk_qrun *r)
{
	size_t i;
	const struct wk_qpiece *q;
	const struct wk_qattr *a;

	for (i = 0; i < pieces.n; i++) {
		q = &pieces.v[i];
		a = &attrs.v[i];
		if (q->depth > 0 || a->kind == WK_Q_OTHER) {
			if (r->opts->all)
				wk_qput(r, q->start, q->end, WK_Q_OTHER, NULL,
				    q->open);
			continue;
		}
		wk_qput(r, q->start, q->end, a->kind, a, group_of(i));
	}
}

static int
cmp_group(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;

	if (sort_g[i] != sort_g[j])
		return sort_g[i] < sort_g[j] ? -1 : 1;
	if (sort_q[i].start != sort_q[j].start)
		return sort_q[i].start < sort_q[j].start ? -1 : 1;
	return i < j ? -1 : i > j;
}

static int
cmp_start(const void *x, const void *y)
{
	const struct wk_quote *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* Rows in text order; ids by quotation, in order of first piece. */
static void
number(struct wk_quotes *out)
{
	static WK_VEC(size_t) ix;
	size_t i;
	uint32_t id = 0;

	ix.n = 0;
	for (i = 0; i < out->n; i++)
		*WK_VEC_PUSH(&ix) = i;
	sort_q = out->v;
	sort_g = groups.v;
	if (out->n == 0)
		return;
	qsort(ix.v, ix.n, sizeof(*ix.v), cmp_group);
	for (i = 0; i < ix.n; i++) {
		if (i == 0 || groups.v[ix.v[i]] != groups.v[ix.v[i - 1]])
			id++;
		out->v[ix.v[i]].id = id;
	}
	qsort(out->v, out->n, sizeof(*out->v), cmp_start);
}

static void
setup(struct wk_qrun *r, const char *s, size_t n, const struct wk_toks *toks,
    const struct wk_sents *sents, const struct wk_ents *ents,
    const struct wk_quote_opts *opts, struct wk_quotes *out)
{
	memset(r, 0, sizeof(*r));
	r->s = s;
	r->n = n;
	r->t = toks->v;
	r->nt = toks->n;
	r->sents = sents;
	r->opts = opts;
	r->out = out;
	r->ctx.s = s;
	r->ctx.n = n;
	r->ctx.tok = toks->v;
	r->ctx.ntok = toks->n;
	r->ctx.ents = ents;
	r->ctx.pieces = &pieces;
	if (s != paired_s || n != paired_n)
		wk_qmarks_pair(s, n, &pieces);
	paired_s = NULL;
}

int
wk_quote_any(const char *s, size_t n)
{
	wk_qmarks_pair(s, n, &pieces);
	paired_s = s;
	paired_n = n;
	return pieces.n > 0;
}

void
wk_quote_find(const char *s, size_t n, const struct wk_toks *toks,
    const struct wk_sents *sents, const struct wk_ents *ents,
    const struct wk_quote_opts *opts, struct wk_quotes *out)
{
	struct wk_qrun r;

	setup(&r, s, n, toks, sents, ents, opts, out);
	out->n = 0;
	groups.n = 0;
	run_pieces(&r);
	emit_pieces(&r);
	if (opts->indirect)
		wk_qemit_reported(&r);
	number(out);
}

/* Marks the sentence of the speaker of piece q and, for a pronoun, the
 * two before the quotation (where its antecedent is). */
static void
need_speaker(const struct wk_qrun *r, const struct wk_qpiece *q,
    const struct wk_qattr *a, uint8_t *need)
{
	long k = wk_qsent_index(r, a->sp.tok0), j;

	if (k >= 0)
		need[k] = 1;
	if (!a->sp.pronoun)
		return;
	k = wk_qsent_index(r, wk_qtok_lower(r, q->open));
	for (j = k; j >= 0 && k - j <= 2; j--)
		need[j] = 1;
}

void
wk_quote_need(const char *s, size_t n, const struct wk_toks *toks,
    const struct wk_sents *sents, const struct wk_quote_opts *opts,
    uint8_t *need)
{
	struct wk_qrun r;
	size_t i, k;
	struct wk_qcue c;

	if (sents == NULL)
		return;
	memset(need, 0, sents->n);
	setup(&r, s, n, toks, sents, NULL, opts, NULL);
	paired_s = s;
	paired_n = n;
	run_pieces(&r);		/* without entities: where are speakers? */
	for (i = 0; i < pieces.n; i++)
		if (attrs.v[i].hassp)
			need_speaker(&r, &pieces.v[i], &attrs.v[i], need);
	if (!opts->indirect)
		return;
	for (i = 0; i < sents->n; i++)
		for (k = sents->v[i].tok0; !need[i] && k < sents->v[i].tok1 &&
		    k < toks->n; k++)
			if (toks->v[k].cls == WK_T_WORD &&
			    wk_qcue_at(s, toks->v, toks->n, k, &c) &&
			    (c.cls & (WK_CUE_VERB | WK_CUE_SOURCE)))
				need[i] = 1;
}
