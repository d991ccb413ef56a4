/*
 * quotepat.c - the attribution patterns of news writing, each tried
 * within the quotation's sentence:
 *	after	"...," he said.  "...," said Defense Minister X.  "..." - X
 *	before	X said: "..."  X said, "..."  According to X, "..."
 *		X told Fox News: "..."  (and the second half of a split quote)
 *	inside	X called the session "constructive" (the nearest cue before
 *		a quoted fragment, with its subject)
 * and the kind a quotation is from where it stands.
 */
#include <string.h>

#include "quote.h"
#include "quoteint.h"
#include "tok.h"

#define AFTER_REACH	24	/* tokens after a quotation for its cue */
#define BEFORE_REACH	14	/* tokens from ':' or ',' back to the cue */
#define INSIDE_REACH	40	/* tokens from a fragment back to its cue */

int
wk_qspeaker_ok(const struct wk_qrun *r, struct wk_qattr *a)
{
	a->hassp = 1;
	wk_qnp_resolve(&r->ctx, &a->sp);
	return a->done = 1;
}

/* Does the speaker phrase start at token j, or is it the name set off
 * after a phrase that does ("the ministry's spokeswoman, Maria Zakharova,
 * said")? */
static int
starts_at(const struct wk_qrun *r, size_t j, const struct wk_qspeaker *sp)
{
	struct wk_qspeaker head;

	if (sp->tok0 == j)
		return 1;
	return sp->tok0 > j + 1 && wk_qtok_is(r, sp->tok0 - 1, ",") &&
	    wk_qnp_before(r->s, r->t, j, sp->tok0 - 1, &head) &&
	    head.tok0 == j;
}

/* "...," X said.  "...," said X.  "..." - X */
static int
after(const struct wk_qrun *r, size_t tb, size_t hi, int clause,
    struct wk_qattr *a)
{
	size_t j = tb, k, lhi;

	if (j < hi && wk_qtok_is(r, j, ","))
		j++;
	if (j >= hi)
		return 0;
	if (wk_qtok_dash(r, j)) {
		for (lhi = j + 1; lhi < r->nt && lhi - j < AFTER_REACH &&
		    !(r->t[lhi].flags & WK_TF_NL); lhi++)
			;
		if (wk_qnp_after(r->s, r->t, j + 1, lhi, &a->sp) &&
		    (r->t[a->sp.tok1 - 1].flags & WK_TF_CAP))
			return wk_qspeaker_ok(r, a);
		return 0;
	}
	if (!clause)
		return 0;
	/* said X; according to a statement from X */
	if (wk_qcue_is(r, j, WK_CUE_VERB | WK_CUE_WEAK | WK_CUE_SOURCE,
	    &a->cue)) {
		a->hascue = 1;
		if (wk_qnp_after(r->s, r->t, a->cue.tok1, hi, &a->sp))
			return wk_qspeaker_ok(r, a);
		a->hascue = 0;
		return 0;
	}
	for (k = j; k < hi && k - j < AFTER_REACH; k++) {
		if (wk_qcue_is(r, k, WK_CUE_VERB | WK_CUE_WEAK, &a->cue)) {
			if (k > j && wk_qnp_before(r->s, r->t, j, k, &a->sp) &&
			    starts_at(r, j, &a->sp)) {
				a->hascue = 1;
				return wk_qspeaker_ok(r, a);
			}
			return 0;
		}
		if (wk_qtok_quote(r, k) || wk_qtok_end(r, k))
			return 0;
	}
	return 0;
}

/* "The agency quoted Kremlin aide Yuri Ushakov as saying ...": the
 * speaker is the object of "quoted", which ends at "as" (token as). */
static int
quoted_as(const struct wk_qrun *r, size_t slo, size_t as, struct wk_qattr *a)
{
	size_t k;
	const struct wk_tok *u;

	for (k = as - 1; k > slo && as - k < BEFORE_REACH; k--) {
		u = &r->t[k - 1];
		if (u->cls == WK_T_WORD && (u->flags & WK_TF_LOWER) &&
		    u->end - u->start >= 5 &&
		    memcmp(r->s + u->start, "quot", 4) == 0 &&
		    (r->s[u->start + 4] == 'e' || r->s[u->start + 4] == 'i'))
			return wk_qnp_after(r->s, r->t, k, as, &a->sp) &&
			    a->sp.tok1 == as;
		if (wk_qtok_end(r, k - 1) || wk_qtok_quote(r, k - 1))
			return 0;
	}
	return 0;
}

/*
 * A participle with a subject of its own: "..., with Chair Jerome Powell
 * saying inflation had eased", ", with economists saying". The subject
 * is a phrase after ", with", or a name that opens a clause (after
 * "with", a comma, "and", "but", a dash or the sentence's start); "a note
 * saying" and "a letter to Trump saying" have none.
 */
static int
ing_subject(const struct wk_qrun *r, size_t slo, size_t c, struct wk_qattr *a)
{
	size_t b;

	if (!wk_qnp_before(r->s, r->t, slo, c, &a->sp))
		return 0;
	b = a->sp.tok0;
	/* ", with one legislator asking", not "a statement with the tape
	 * saying" */
	if (b > slo && wk_qword_is(r, b - 1, "with") && (b - 1 == slo ||
	    wk_qtok_is(r, b - 2, ",")))
		return 1;
	if (!(r->t[a->sp.tok1 - 1].flags & WK_TF_CAP))
		return 0;
	return b == slo || wk_qword_is(r, b - 1, "with") ||
	    wk_qtok_is(r, b - 1, ",") || wk_qword_is(r, b - 1, "and") ||
	    wk_qword_is(r, b - 1, "but") || wk_qtok_dash(r, b - 1);
}

/*
 * The speaker of the cue a->cue, whose clause ends at token end. A
 * participle after a comma has the sentence's subject: "His father
 * accepted the award, saying, ..."; without the comma, its own or none.
 */
static int
cue_speaker(const struct wk_qrun *r, size_t slo, size_t end, struct wk_qattr *a)
{
	size_t c = a->cue.tok0;

	if (a->cue.cls & WK_CUE_SOURCE)
		return wk_qnp_after(r->s, r->t, a->cue.tok1, end, &a->sp) &&
		    a->sp.tok1 == end;
	if (wk_qtok_ing(r, c) && c > slo + 1 && wk_qtok_is(r, c - 1, ","))
		return wk_qnp_after(r->s, r->t, slo, c - 1, &a->sp);
	if (wk_qtok_ing(r, c) && c > slo + 2 && wk_qword_is(r, c - 1, "as"))
		return quoted_as(r, slo, c - 1, a);
	if (wk_qtok_ing(r, c))
		return ing_subject(r, slo, c, a);
	if (wk_qnp_before(r->s, r->t, slo, c, &a->sp))
		return 1;
	/* "The Warden did not look up, but said:"; a short subject only,
	 * since a verb may pass for a noun ("The priest took the chalk") */
	return c > slo + 1 && (wk_qword_is(r, c - 1, "and") ||
	    wk_qword_is(r, c - 1, "but")) &&
	    wk_qnp_after(r->s, r->t, slo, c - 1, &a->sp) &&
	    a->sp.tok1 - a->sp.tok0 <= 3;
}

/* The speaker after a cue that follows a quotation's first half, for its
 * second: '"...," said X, a senator, "and ..."'. */
static int
inverted(const struct wk_qrun *r, size_t p, struct wk_qattr *a)
{
	size_t c = a->cue.tok0;

	if (!(a->cue.cls & WK_CUE_VERB) || c == 0 || !(wk_qtok_quote(r,
	    c - 1) || (c > 1 && wk_qtok_is(r, c - 1, ",") &&
	    wk_qtok_quote(r, c - 2))))
		return 0;
	return wk_qnp_after(r->s, r->t, a->cue.tok1, p, &a->sp);
}

/* The nearest cue of class cls in the BEFORE_REACH tokens before the
 * ':' or ',' at p, with a speaker ("said in a report:"). */
static int
cue_before(const struct wk_qrun *r, size_t p, size_t slo, uint32_t cls,
    struct wk_qattr *a)
{
	size_t k;

	for (k = p; k > slo && p - k < BEFORE_REACH; k--) {
		if (wk_qtok_quote(r, k - 1) || wk_qtok_end(r, k - 1))
			return 0;
		if (wk_qcue_is(r, k - 1, cls, &a->cue) && a->cue.tok1 <= p &&
		    (cue_speaker(r, slo, p, a) || inverted(r, p, a)))
			return 1;
	}
	return 0;
}

/* A person's name and a colon that open the sentence, as headlines and
 * transcripts have it: 'Dmitry Peskov: "Talks are going well"': a PERSON,
 * or a known first name and more. Without entities (wk_quote_need) any
 * name will do. */
static int
headline(const struct wk_qrun *r, size_t p, size_t slo, struct wk_qattr *a)
{
	memset(&a->cue, 0, sizeof(a->cue));
	if (!wk_qnp_before(r->s, r->t, slo, p, &a->sp) || a->sp.tok0 != slo ||
	    a->sp.pronoun || !(r->t[p - 1].flags & WK_TF_CAP))
		return 0;
	wk_qspeaker_ok(r, a);
	if (r->ctx.ents != NULL && !a->sp.person && !(a->sp.tok1 -
	    a->sp.tok0 >= 2 && wk_qname_gender(r->s + r->t[slo].start,
	    r->t[slo].end - r->t[slo].start)))
		return a->done = a->hassp = 0;	/* "Note:" */
	return 1;
}

/* X said: "..."  X said, "..."  According to X, "..."  X said "..." */
static int
before(const struct wk_qrun *r, size_t ta, size_t slo, struct wk_qattr *a)
{
	size_t p;

	if (ta <= slo)
		return 0;
	p = ta - 1;
	if (wk_qtok_is(r, p, ":") || wk_qtok_is(r, p, ",")) {
		/* a weak cue only right before the mark: "he continued:" */
		if (!cue_before(r, p, slo, WK_CUE_VERB | WK_CUE_SOURCE, a) &&
		    !(p > slo && wk_qcue_is(r, p - 1, WK_CUE_WEAK, &a->cue) &&
		    a->cue.tok1 == p && cue_speaker(r, slo, p, a)))
			return wk_qtok_is(r, p, ":") && headline(r, p, slo, a);
	} else if ((wk_qcue_is(r, p, WK_CUE_VERB, &a->cue) ||
	    (p > slo && wk_qcue_is(r, p - 1, WK_CUE_VERB, &a->cue) &&
	    a->cue.tok1 == ta)) && cue_speaker(r, slo, p, a))
		;
	else
		return 0;
	a->hascue = 1;
	return wk_qspeaker_ok(r, a);
}

/* A fragment: the nearest cue before it in its sentence, and its subject. */
static int
inside(const struct wk_qrun *r, size_t ta, size_t slo, struct wk_qattr *a)
{
	uint32_t cls = WK_CUE_VERB | WK_CUE_LABEL | WK_CUE_SOURCE;
	size_t k, i;

	for (k = ta; k > slo && ta - k < INSIDE_REACH; k--) {
		if (!wk_qcue_is(r, k - 1, cls, &a->cue) || a->cue.tok1 > ta)
			continue;
		if (a->cue.cls & WK_CUE_SOURCE) {
			if (wk_qnp_after(r->s, r->t, a->cue.tok1, ta,
			    &a->sp) && wk_qtok_is(r, a->sp.tok1, ","))
				break;
			continue;
		}
		if (!cue_speaker(r, slo, ta, a))
			continue;
		if (!(a->cue.cls & WK_CUE_LABEL))
			break;
		/* Kyiv called, not the film called */
		for (i = a->sp.tok0; i < a->sp.tok1; i++)
			if ((r->t[i].flags & WK_TF_CAP) || a->sp.pronoun)
				break;
		if (i < a->sp.tok1)
			break;
	}
	if (k == slo || ta - k >= INSIDE_REACH)
		return 0;
	a->hascue = 1;
	return wk_qspeaker_ok(r, a);
}

static int
kind_of(const struct wk_qrun *r, const struct wk_qpiece *q, size_t ta,
    size_t slo, const struct wk_qattr *a)
{
	size_t p = ta - 1;

	if (q->cont || ta <= slo || wk_qline_starts(r->s, q->open))
		return WK_Q_DIRECT;
	if (wk_qtok_is(r, p, ":") || wk_qtok_end(r, p) ||
	    wk_qtok_is(r, p, "(") ||
	    wk_qtok_dash(r, p) || wk_qtok_quote(r, p))
		return WK_Q_DIRECT;
	if (wk_qtok_is(r, p, ",") && (wk_qfirst_upper(r->s, q->start, q->end) ||
	    (a->hascue && a->cue.tok1 <= p)))
		return WK_Q_DIRECT;
	if (a->hascue && a->cue.tok1 == ta && !(a->cue.cls & WK_CUE_LABEL) &&
	    wk_qfirst_upper(r->s, q->start, q->end))
		return WK_Q_DIRECT;
	return WK_Q_PARTIAL;
}

/* Does a name and a cue follow at token i ('"Why?" Guardiola asked'),
 * though the splitter may start a sentence there after '?"'? */
static int
name_cue(const struct wk_qrun *r, size_t i)
{
	size_t k;
	struct wk_qcue c;

	for (k = i; k < r->nt && k - i < 4 && r->t[k].cls == WK_T_WORD &&
	    (r->t[k].flags & WK_TF_CAP); k++)
		;
	return k > i && wk_qcue_is(r, k, WK_CUE_VERB | WK_CUE_WEAK, &c);
}

void
wk_qattribute(struct wk_qrun *r, const struct wk_qpiece *q, struct wk_qattr *a)
{
	size_t ta = wk_qtok_lower(r, q->open), tb = wk_qtok_lower(r, q->close);
	size_t slo, shi, clo, chi, blo, bhi, hi;
	int32_t lc = wk_qlast_char(r->s, q->start, q->end);
	int clause;

	memset(a, 0, sizeof(*a));
	wk_qsent_of(r, ta, &slo, &shi);
	/* to the clause's end, not the sentence's: a splitter may end one
	 * at ?" before "asked"; but not over a line break where a sentence
	 * starts, and a quotation that ends a sentence and is followed by
	 * one that the splitter starts there ends the search */
	for (hi = tb; hi < r->nt && hi - tb < AFTER_REACH &&
	    !(hi > 0 && (r->t[hi].flags & WK_TF_NL) &&
	    wk_qsent_index(r, hi) != wk_qsent_index(r, hi - 1)) &&
	    !(r->t[hi].flags & WK_TF_PARA) && !wk_qtok_end(r, hi); hi++)
		;
	if (tb > 0 && tb < r->nt && (r->t[tb].flags & WK_TF_CAP) &&
	    wk_qends_sentence(lc) && !((lc == '?' || lc == '!') && ta == slo &&
	    name_cue(r, tb))) {
		wk_qsent_of(r, tb - 1, &clo, &chi);
		if (chi <= tb)
			hi = tb;
	}
	clause = wk_qends_clause(lc) || wk_qtok_is(r, tb, ",");
	blo = slo;	/* 'X said:' may end the paragraph before */
	if (ta == slo && ta > 0 && wk_qtok_is(r, ta - 1, ":"))
		wk_qsent_of(r, ta - 1, &blo, &bhi);
	a->kind = kind_of(r, q, ta, slo, a);
	if (!q->runs_on && after(r, tb, hi, clause, a))
		;
	else if (!q->cont && before(r, ta, blo, a))
		;
	else if (!q->cont && a->kind == WK_Q_PARTIAL && inside(r, ta, slo, a))
		;
	else {
		memset(&a->cue, 0, sizeof(a->cue));
		a->hascue = a->hassp = 0;
	}
	a->kind = kind_of(r, q, ta, slo, a);
}
