/*
 * quotenp.c - speaker noun phrases and what they resolve to.
 *
 * A speaker phrase is found by scanning tokens from the cue: backward for
 * "Kremlin spokesman Dmitry Peskov said" (over an appositive between
 * commas: "Witkoff, the US envoy, said"), forward for "said Ana Pike, an
 * economist". It holds words, possessives and the periods of titles and
 * initials, stops at function words, other punctuation and quotation
 * marks, and begins at a determiner ("the farmer", "a Ukrainian
 * official") or a pronoun.
 *
 * Resolution: a PERSON entity inside the phrase gives its canon (a lone
 * surname is widened to an earlier full name); a pronoun gives the most
 * recent PERSON outside quotations whose first name does not disagree
 * with it; a phrase without a person is kept as it is written, with a
 * title or a noun taken off a name that follows it (Mayor Lena Ortiz,
 * union leader Tomas Reyes, but not Department of Homeland Security).
 */
#include <string.h>

#include "ent.h"
#include "quoteint.h"
#include "tok.h"
#include "utf8.h"

#define NP_MAX		8	/* words in a speaker phrase */
#define APPOS_MAX	14	/* tokens in an appositive */
#define PRONOUN_REACH	3000	/* bytes back to a pronoun's antecedent */
#define PRONOUN_TRIES	8	/* untagged names tried for one */
#define SURNAME_REACH	20000	/* bytes back to a surname's full name */

static int
is_p(const char *s, const struct wk_tok *t, const char *p)
{
	size_t n = strlen(p);

	return t->cls != WK_T_WORD && t->end - t->start == n &&
	    memcmp(s + t->start, p, n) == 0;
}

/* a past participle or past tense (doused, narrowed): not a noun */
static int
is_verbish(const char *s, const struct wk_tok *t)
{
	size_t n = t->end - t->start;

	return (t->flags & WK_TF_LOWER) && n > 4 &&
	    memcmp(s + t->end - 2, "ed", 2) == 0;
}

/* a period that belongs to a title or an initial (Mr. Smith, John F.) */
static int
is_abbr_dot(const char *s, const struct wk_tok *t, const struct wk_tok *w)
{
	if (!is_p(s, t, ".") || (t->flags & WK_TF_SPACE))
		return 0;
	return w->cls == WK_T_WORD && ((w->end - w->start == 1 &&
	    (w->flags & WK_TF_CAP)) || wk_qword_title(s, w));
}

/* '/' or '&' inside a name: RFE/RL, AT&T */
static int
is_glue(const char *s, const struct wk_tok *t, const struct wk_tok *next)
{
	return (is_p(s, t, "/") || is_p(s, t, "&")) &&
	    !(t->flags & WK_TF_SPACE) && !(next->flags & WK_TF_SPACE);
}

/* "of" or "for" inside a phrase, after a word that may precede it:
 * "a spokeswoman for Tony Blair", "Secretary of State Rice" */
static int
is_link(const char *s, const struct wk_tok *t, const struct wk_tok *w)
{
	return wk_qword_link(s, t) && w->cls == WK_T_WORD &&
	    !wk_qword_stop(s, w) && !wk_qword_det(s, w) &&
	    !wk_qword_link(s, w);
}

/* Is the phrase headed by a common noun before "of" or "for" ("a
 * spokeswoman for Prime Minister Tony Blair"), not by the name at its end?
 * A capitalised head is a title: "Secretary of State Condoleezza Rice". */
static int
noun_headed(const struct wk_qctx *c, const struct wk_qspeaker *sp)
{
	size_t i;

	for (i = sp->tok0 + 1; i < sp->tok1; i++)
		if (wk_qword_link(c->s, &c->tok[i]) &&
		    (c->tok[i - 1].flags & WK_TF_LOWER))
			return 1;
	return 0;
}

static int
np_word(const char *s, const struct wk_tok *t)
{
	return t->cls == WK_T_WORD && !wk_qword_stop(s, t) &&
	    !is_verbish(s, t);
}

/* The end of a phrase before an appositive or participial clause set off
 * by commas just before end: "Zelenskyy, speaking on March 23, said". */
static size_t
before_appositive(const char *s, const struct wk_tok *t, size_t lo,
    size_t end)
{
	size_t j;

	if (end <= lo)
		return 0;
	for (j = end - 1; j > lo && end - j < APPOS_MAX; j--) {
		const struct wk_tok *u = &t[j - 1];

		if (is_p(s, u, ","))
			return j - 1;
		if (u->cls == WK_T_PUNCT && !is_p(s, u, "-") &&
		    !is_p(s, u, "."))
			return 0;
	}
	return 0;
}

/* Are the tokens [a, b) a name: capitalised words only, one to four? */
static int
name_between(const char *s, const struct wk_tok *t, size_t a, size_t b)
{
	size_t i;

	if (b <= a || b - a > 4)
		return 0;
	for (i = a; i < b; i++)
		if (t[i].cls != WK_T_WORD || !(t[i].flags & WK_TF_CAP) ||
		    (t[i].flags & WK_TF_ALLCAPS) || wk_qword_stop(s, &t[i]) ||
		    wk_qword_det(s, &t[i]))
			return 0;
	return 1;
}

static void
set_pronoun(const char *s, const struct wk_tok *t, struct wk_qspeaker *sp)
{
	sp->pronoun = sp->tok1 == sp->tok0 + 1 ?
	    wk_qword_pronoun(s, &t[sp->tok0]) : 0;
}

int
wk_qnp_before(const char *s, const struct wk_tok *t, size_t lo, size_t end,
    struct wk_qspeaker *sp)
{
	size_t i = end, hi;

	memset(sp, 0, sizeof(*sp));
	while (i > lo && wk_qword_skip(s, &t[i - 1]))
		i--;
	if (i > lo && is_p(s, &t[i - 1], ",")) {
		if ((hi = before_appositive(s, t, lo, i - 1)) == 0)
			return 0;
		/* "the ministry's spokeswoman, Maria Zakharova, said" */
		if (name_between(s, t, hi + 1, i - 1)) {
			sp->tok0 = hi + 1;
			sp->tok1 = i - 1;
			return 1;
		}
		i = hi;
	}
	hi = i;
	while (i > lo && hi - i < NP_MAX) {
		const struct wk_tok *u = &t[i - 1];

		if (u->cls == WK_T_WORD && wk_qword_pronoun(s, u)) {
			if (i == hi)
				i--;
			break;
		}
		if (u->cls == WK_T_WORD && wk_qword_det(s, u)) {
			if (i < hi)
				i--;
			/* "the head of the agency" */
			if (i < hi && i > lo + 1 &&
			    is_link(s, &t[i - 1], &t[i - 2])) {
				i--;
				continue;
			}
			break;
		}
		if (np_word(s, u) || (u->flags & WK_TF_POSS) ||
		    (i < hi && is_glue(s, u, &t[i])) ||
		    (i - 1 > lo && is_abbr_dot(s, u, &t[i - 2])) ||
		    (i < hi && i > lo + 1 && is_link(s, u, &t[i - 2])))
			i--;
		else
			break;
	}
	while (i < hi && (t[i].cls != WK_T_WORD || wk_qword_link(s, &t[i])))
		i++;
	/* the pope's comments: a possessive is no subject */
	if (i == hi || t[hi - 1].cls != WK_T_WORD ||
	    (t[hi - 1].flags & WK_TF_POSS))
		return 0;
	sp->tok0 = i;
	sp->tok1 = hi;
	set_pronoun(s, t, sp);
	return 1;
}

int
wk_qnp_after(const char *s, const struct wk_tok *t, size_t i, size_t hi,
    struct wk_qspeaker *sp)
{
	size_t j = i;

	memset(sp, 0, sizeof(*sp));
	if (j < hi && wk_qword_pronoun(s, &t[j])) {
		sp->tok0 = j;
		sp->tok1 = j + 1;
		set_pronoun(s, t, sp);
		return 1;
	}
	if (j < hi && wk_qword_det(s, &t[j]))
		j++;
	while (j < hi && j - i < NP_MAX) {
		const struct wk_tok *u = &t[j];
		struct wk_qcue c;

		if (wk_qcue_at(s, t, hi, j, &c))
			break;		/* The newspaper reports ... */
		if ((np_word(s, u) && !wk_qword_pronoun(s, u)) ||
		    (j > i && (u->flags & WK_TF_POSS)) ||
		    (j > i && j + 1 < hi && is_glue(s, u, &t[j + 1])) ||
		    (j > i && is_abbr_dot(s, u, &t[j - 1])))
			j++;
		else
			break;
	}
	while (j > i && t[j - 1].cls != WK_T_WORD)
		j--;
	if (j == i || (j == i + 1 && wk_qword_det(s, &t[i])))
		return 0;
	sp->tok0 = i;
	sp->tok1 = j;
	return 1;
}

/* The entities: index of the first one that starts at or after pos. */
static size_t
ent_lower(const struct wk_ents *e, uint32_t pos)
{
	return wk_qlower(e->v, e->n, sizeof(*e->v), pos);
}

static void
ent_name(const struct wk_qctx *c, const struct wk_ent *e, const char **p,
    size_t *n)
{
	if (e->canon != NULL && e->canonlen > 0) {
		*p = e->canon;
		*n = e->canonlen;
	} else {
		*p = c->s + e->start;
		*n = e->end - e->start;
	}
}

static int
gender_of(const char *name, size_t n)
{
	const char *sp = memchr(name, ' ', n);

	return wk_qname_gender(name, sp != NULL ? (size_t)(sp - name) : n);
}

/* The fullest earlier PERSON whose name ends in the lone word *w. */
static void
widen_surname(const struct wk_qctx *c, uint32_t pos, const char **w,
    size_t *wn)
{
	const struct wk_ents *e = c->ents;
	const char *word = *w, *p;
	size_t i = ent_lower(e, pos), len = *wn, n;

	if (memchr(word, ' ', len) != NULL)
		return;
	while (i-- > 0 && pos - e->v[i].start < SURNAME_REACH) {
		if (e->v[i].type != WK_E_PERSON)
			continue;
		ent_name(c, &e->v[i], &p, &n);
		if (n > *wn && p[n - len - 1] == ' ' &&
		    memcmp(p + n - len, word, len) == 0) {
			*w = p;
			*wn = n;
		}
	}
}

/* The index of the first token at or after pos. */
static size_t
tok_lower(const struct wk_qctx *c, uint32_t pos)
{
	return wk_qlower(c->tok, c->ntok, sizeof(*c->tok), pos);
}

static int
name_word(const struct wk_qctx *c, const struct wk_tok *t)
{
	return t->cls == WK_T_WORD && (t->flags & WK_TF_CAP) &&
	    !(t->flags & WK_TF_ALLCAPS) && !wk_qword_title(c->s, t) &&
	    !wk_qword_stop(c->s, t) && !wk_qword_det(c->s, t) &&
	    !wk_qword_skip(c->s, t);	/* not Wednesday */
}

/*
 * The same widening from the text, for names the tagger did not see
 * (it runs only where quotations need it): the longest run of capitalised
 * words, titles left out, that ends in the lone word *w.
 */
static void
widen_text(const struct wk_qctx *c, uint32_t pos, const char **w, size_t *wn)
{
	const struct wk_tok *t = c->tok;
	size_t i = tok_lower(c, pos), j, len = *wn;
	const char *word = *w;

	if (memchr(word, ' ', len) != NULL)
		return;
	while (i-- > 1 && pos - t[i].start < SURNAME_REACH) {
		if (t[i].end - t[i].start != len ||
		    memcmp(c->s + t[i].start, word, len) != 0)
			continue;
		for (j = i; j > 0 && i - j < 3 && name_word(c, &t[j - 1]) &&
		    t[j].start - t[j - 1].end == 1 && c->s[t[j - 1].end] == ' ';
		    j--)
			;
		if (j < i && t[i].end - t[j].start > *wn) {
			*w = c->s + t[j].start;
			*wn = t[i].end - t[j].start;
		}
	}
}

/* Is byte pos inside an entity (any type)? */
static int
in_entity(const struct wk_qctx *c, uint32_t pos)
{
	const struct wk_ents *e = c->ents;
	size_t i = ent_lower(e, pos + 1);

	return i > 0 && e->v[i - 1].end > pos;
}

/*
 * A person the tagger did not see, since it runs only where quotations
 * need it: a capitalised word after from, outside quotations and
 * entities, that a fuller name earlier in the text ends in ("it was
 * Peskov who", with "Dmitry Peskov" paragraphs before). Looks at the
 * PRONOUN_TRIES nearest such words before the pronoun at pos.
 */
static int
text_person(const struct wk_qctx *c, uint32_t from, uint32_t pos, int g,
    struct wk_qspeaker *sp)
{
	const struct wk_tok *t = c->tok;
	size_t i = tok_lower(c, pos), tries = 0, n;
	const char *p;
	int gp;

	while (i-- > 0 && t[i].start >= from && tries < PRONOUN_TRIES) {
		if (!name_word(c, &t[i]) || (i > 0 && name_word(c, &t[i - 1])) ||
		    in_entity(c, t[i].start) ||
		    wk_qpieces_over(c->pieces, t[i].start, t[i].start + 1))
			continue;
		tries++;
		p = c->s + t[i].start;
		n = t[i].end - t[i].start;
		widen_text(c, t[i].start, &p, &n);
		/* a known first name, or "Baghdad Wednesday" would do */
		if ((gp = gender_of(p, n)) == 0 || gp != g ||
		    memchr(p, ' ', n) == NULL)
			continue;
		sp->name = p;
		sp->namelen = n;
		sp->person = 1;
		return 1;
	}
	return 0;
}

static int
resolve_pronoun(const struct wk_qctx *c, struct wk_qspeaker *sp)
{
	const struct wk_ents *e = c->ents;
	uint32_t pos = c->tok[sp->tok0].start;
	uint32_t from = pos > PRONOUN_REACH ? pos - PRONOUN_REACH : 0;
	size_t i = ent_lower(e, pos), n;
	const char *p;
	int g;

	if (sp->pronoun == 'p')
		return 0;
	while (i-- > 0 && e->v[i].start >= from) {
		if (e->v[i].type != WK_E_PERSON || wk_qpieces_over(c->pieces,
		    e->v[i].start, e->v[i].start + 1))
			continue;
		ent_name(c, &e->v[i], &p, &n);
		widen_surname(c, e->v[i].start, &p, &n);
		g = gender_of(p, n);
		if (g != 0 && g != sp->pronoun)
			continue;
		/* a person in text after it that the tagger did not see */
		if (text_person(c, e->v[i].end, pos, sp->pronoun, sp))
			return 1;
		sp->name = p;
		sp->namelen = n;
		sp->person = 1;
		return 1;
	}
	return text_person(c, from, pos, sp->pronoun, sp);
}

static int
resolve_person(const struct wk_qctx *c, struct wk_qspeaker *sp)
{
	const struct wk_ents *e = c->ents;
	uint32_t a = c->tok[sp->tok0].start, b = c->tok[sp->tok1 - 1].end;
	size_t i = ent_lower(e, a), n;
	const char *p;
	int found = 0;

	/* the person heads the phrase: not "the Bush administration" */
	for (; i < e->n && e->v[i].start < b; i++) {
		if (e->v[i].type != WK_E_PERSON || e->v[i].end != b)
			continue;
		ent_name(c, &e->v[i], &p, &n);
		widen_surname(c, e->v[i].start, &p, &n);
		sp->name = p;
		sp->namelen = n;
		found = 1;
	}
	sp->person = found;
	return found;
}

/* An organisation or place that is the whole phrase, but for a leading
 * determiner, gives its canon: "the U.S." -> "United States". */
static int
resolve_named(const struct wk_qctx *c, struct wk_qspeaker *sp)
{
	const struct wk_ents *e = c->ents;
	size_t t0 = sp->tok0, i;

	if (sp->tok1 - t0 > 1 && wk_qword_det(c->s, &c->tok[t0]))
		t0++;
	i = ent_lower(e, c->tok[t0].start);
	if (i == e->n || e->v[i].start != c->tok[t0].start ||
	    e->v[i].end != c->tok[sp->tok1 - 1].end ||
	    e->v[i].type == WK_E_PERSON)
		return 0;
	ent_name(c, &e->v[i], &sp->name, &sp->namelen);
	return 1;
}

/* No person found: the phrase as written, less a title before a name. */
static void
resolve_phrase(const struct wk_qctx *c, struct wk_qspeaker *sp)
{
	const struct wk_tok *t = c->tok;
	size_t i = sp->tok1, k;

	while (i > sp->tok0 && (t[i - 1].flags & WK_TF_CAP) &&
	    t[i - 1].cls == WK_T_WORD && !wk_qword_title(c->s, &t[i - 1]))
		i--;
	k = i;
	if (sp->tok1 - k >= 2 && k > sp->tok0 && t[k - 1].cls == WK_T_WORD &&
	    (((t[k - 1].flags & WK_TF_LOWER) && !wk_qword_link(c->s, &t[k - 1]))
	    || wk_qword_title(c->s, &t[k - 1])))
		i = k;
	else
		i = sp->tok0;
	sp->name = c->s + t[i].start;
	sp->namelen = t[sp->tok1 - 1].end - t[i].start;
}

int
wk_qnp_resolve(const struct wk_qctx *c, struct wk_qspeaker *sp)
{
	uint32_t pos = c->tok[sp->tok0].start;

	sp->name = NULL;
	sp->namelen = 0;
	sp->person = 0;
	if (sp->pronoun) {
		if (c->ents == NULL || !resolve_pronoun(c, sp))
			return 0;
	} else if (noun_headed(c, sp)) {
		sp->name = c->s + pos;
		sp->namelen = c->tok[sp->tok1 - 1].end - pos;
		return 1;
	} else if (c->ents != NULL && resolve_named(c, sp)) {
		return 1;
	} else if (c->ents == NULL || !resolve_person(c, sp)) {
		resolve_phrase(c, sp);
		if (sp->tok1 != sp->tok0 + 1 ||
		    !name_word(c, &c->tok[sp->tok0]))
			return 1;
		if (c->ents != NULL)
			widen_surname(c, pos, &sp->name, &sp->namelen);
	}
	widen_text(c, pos, &sp->name, &sp->namelen);
	return 1;
}
