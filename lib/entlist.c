/*
 * entlist.c - what the word lists settle over the tagger's names
 * (entint.h): listed organisations spelt as listed, nationalities with
 * their compass word, the user's gazetteer; and, per record, the names
 * that are none (a lone month, an abbreviation used as a common noun).
 */
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entint.h"
#include "entmodel.h"
#include "tok.h"
#include "wordlist.h"

#define BIT(c)	(1u << (c))

/* the features of the sentence whose names are settled */
static const struct wk_entfeat *F;

/* the user's phrases replace whatever the model found over them */
static void
override(const struct wk_gaz *u, const char *s, const struct wk_tok *toks,
    size_t base, size_t n, struct wk_ents *out, size_t first)
{
	struct wk_gazhit hit;
	struct wk_ent *e;
	size_t i, k, w;
	int t;

	for (i = 0; i < n; i++) {
		wk_gaz_longest(u, F->keys, n, i, &hit);
		if (hit.ntok == 0)
			continue;
		for (k = w = first; k < out->n; k++)
			if (out->v[k].tok1 <= base + i ||
			    out->v[k].tok0 >= base + i + hit.ntok)
				out->v[w++] = out->v[k];
		out->n = w;
		for (t = 0; !(hit.cls & (1u << t)); t++)
			;
		wk_ent_push(out, toks, base, i, i + hit.ntok, t);
		/* a canon marks it as the user's: nothing later retypes it */
		e = &out->v[out->n - 1];
		e->canon = hit.canonlen ? hit.canon : s + e->start;
		e->canonlen = hit.canonlen ? hit.canonlen : e->end - e->start;
		wk_ents_insort(out, first, out->n - 1);
		i += hit.ntok - 1;
	}
}

/* a capitalised domain name, Oilprice.com: a publisher, as news cites them */
static int
domain(const char *s, const struct wk_tok *t)
{
	const char *p = s + t->start, *e = s + t->end, *dot = e;

	if (t->cls != WK_T_WORD || !(t->flags & WK_TF_CAP))
		return 0;
	while (dot > p && dot[-1] >= 'a' && dot[-1] <= 'z')
		dot--;
	return dot > p + 1 && dot[-1] == '.' && e - dot >= 2 && e - dot <= 6;
}

/*
 * Makes tokens [i, i + k) an ORG, in place of the names the model found
 * inside them ("[Meta] Platforms", "Federal Trade [Commission]"), unless
 * one reaches outside them or is exactly them and of the type keep
 * (WK_E_PERSON, or -1 for none).
 */
static void
setorg(const struct wk_tok *toks, size_t base, size_t i, size_t k,
    struct wk_ents *out, size_t first, int keep)
{
	const struct wk_ent *e;
	size_t j, w, a = base + i, b = base + i + k;

	for (j = first; j < out->n; j++) {
		e = &out->v[j];
		if (e->tok1 <= a || e->tok0 >= b)
			continue;
		if (e->tok0 < a || e->tok1 > b || (e->tok0 == a &&
		    e->tok1 == b && e->type == keep))
			return;
	}
	for (j = w = first; j < out->n; j++)
		if (out->v[j].tok1 <= a || out->v[j].tok0 >= b)
			out->v[w++] = out->v[j];
	out->n = w;
	wk_ent_push(out, toks, base, i, i + k, WK_E_ORG);
	wk_ents_insort(out, first, out->n - 1);
}

/* n tokens from local token r can stand as a name: not one common word */
static int
alone(size_t n, size_t r)
{
	return n >= 2 || !(F->ti[r].cls & BIT(WK_G_LOWER));
}

/*
 * A name the model ran over "and" into a listed organisation's ends
 * there: "[Microsoft and Amazon.com Inc]" is Microsoft and Amazon.com
 * Inc. Tokens [i, i + k) are the listed name. What is left must be a name
 * of its own: not one common word ("Peace and Security Council").
 */
static void
unjoin(const char *s, const struct wk_tok *toks, size_t base, size_t i,
    size_t k, struct wk_ents *out, size_t first)
{
	static const char *const and[] = { "and", NULL };
	struct wk_ent *e;
	size_t j, a = base + i, b = base + i + k;

	for (j = first; j < out->n; j++) {
		e = &out->v[j];
		if (e->tok0 == a && e->tok1 > b + 1 && wk_ent_isword(s, &toks[i + k],
		    and) && alone(e->tok1 - b - 1, i + k + 1)) {
			e->tok0 = (uint32_t)(b + 1);
			e->start = toks[i + k + 1].start;
		} else if (e->tok1 == b && e->tok0 + 1 < a && i > 0 &&
		    wk_ent_isword(s, &toks[i - 1], and) &&
		    alone(a - 1 - e->tok0, e->tok0 - base)) {
			e->tok1 = (uint32_t)(a - 1);
			e->end = toks[i - 2].end;
		} else
			continue;
		wk_ents_insort(out, first, j);
		return;
	}
}

/* a hit of a well-known organisation spelt exactly as listed */
static int
listed(const struct wk_gazhit *h, const char *s, const struct wk_tok *toks,
    size_t i)
{
	size_t len;

	if (h->ntok == 0 || !(h->cls & BIT(WK_G_KNOWNORG)))
		return 0;
	len = toks[i + h->ntok - 1].end - toks[i].start;
	return h->canonlen == len && memcmp(h->canon, s + toks[i].start,
	    len) == 0;
}

/*
 * A well-known organisation spelt exactly as listed (gazetteer class K:
 * NATO, RFE/RL, not "Who") is ORG: added where the model left it out,
 * retyped where the model found it as something else ("at the U.N."), a
 * person too where it has two words or more ("Goldman Sachs analysts"; a
 * one-word name may be someone's: "Tesla" the inventor). The list is the
 * feature gazetteer's class K and, for news of today that the training
 * corpus lacks, lib/data/ent/news-orgs.txt.
 * So is a capitalised domain name, whatever the model made of it
 * ("Oilprice.com said" is no person).
 */
static void
backstop(const char *s, const struct wk_tok *toks, size_t base, size_t n,
    struct wk_ents *out, size_t first)
{
	struct wk_gazhit hit, news;
	size_t i;

	for (i = 0; i < n; i += hit.ntok ? hit.ntok : 1) {
		hit = F->hits[i];	/* found for the features */
		news.ntok = 0;		/* every listed name has a capital */
		if (F->ti[i].upper)
			wk_gaz_longest(wk_ent_newsorgs(), F->keys, n, i, &news);
		if (listed(&news, s, toks, i) && (news.ntok > hit.ntok ||
		    !listed(&hit, s, toks, i)))
			hit = news;
		else if (!listed(&hit, s, toks, i)) {
			if (hit.ntok == 0 && domain(s, &toks[i]))
				setorg(toks, base, i, 1, out, first, -1);
			continue;
		}
		unjoin(s, toks, base, i, hit.ntok, out, first);
		setorg(toks, base, i, hit.ntok, out, first,
		    hit.ntok == 1 ? WK_E_PERSON : -1);
	}
}

/*
 * A compass word before a nationality is part of it, whatever the model
 * made of it: "[South] [Korean]" is one NORP, as "North Korean", "West
 * African" and "Latin American" are.
 */
static void
compass(const char *s, const struct wk_tok *toks, size_t base,
    struct wk_ents *out, size_t first)
{
	static const char *const w[] = { "North", "South", "East", "West",
	    "Latin", NULL };
	struct wk_ent *e;
	size_t k, i;

	for (k = first; k < out->n; k++) {
		e = &out->v[k];
		if (e->type != WK_E_NORP || e->tok0 == base)
			continue;
		i = e->tok0 - base;
		if (!wk_ent_isword(s, &toks[i - 1], w) || !(toks[i].flags &
		    WK_TF_SPACE) || (toks[i].flags & WK_TF_NL))
			continue;
		if (k > first && out->v[k - 1].tok1 == e->tok0) {
			if (out->v[k - 1].tok0 + 1 != e->tok0)
				continue;	/* "[Korea South] Korean"? leave it */
			memmove(e - 1, e, (out->n - k) * sizeof(*e));
			out->n--;
			e = &out->v[--k];
		}
		e->tok0--;
		e->start = toks[i - 1].start;
	}
}

/* a date's month, not a person: "in May", "May 5", "since early May" */
static int
datelike(const char *s, const struct wk_toks *tk, const struct wk_ent *e)
{
	static const char *const before[] = { "in", "on", "since", "until",
	    "by", "from", "through", "early", "late", "last", "next", "mid",
	    "of", "this", NULL };

	return (e->tok1 < tk->n && (tk->v[e->tok1].flags & WK_TF_DIGIT)) ||
	    (e->tok0 > 0 && wk_ent_isword(s, &tk->v[e->tok0 - 1], before));
}

/*
 * A capitalised abbreviation news uses as a common noun (not-names.txt:
 * AI, GDP, CEO), in capitals but for a plural s: "as AI chip demand
 * soars" names nothing; "Ai Weiwei" does.
 */
static int
notname(const struct wk_wl *none, const char *s, const struct wk_ent *e)
{
	size_t i, len = e->end - e->start;

	if (wk_wl_get(none, s + e->start, len) == NULL)
		return 0;
	for (i = 0; i < len; i++)
		if (s[e->start + i] >= 'a' && s[e->start + i] <= 'z' &&
		    !(i + 1 == len && s[e->start + i] == 's'))
			return 0;
	return 1;
}

/*
 * Drops a lone month or weekday (calendar.txt): "Nov" of a dateline is no
 * place. A person stays where a fuller mention names it ("May" of
 * "Theresa May").
 */
void
wk_ent_filter(const char *s, const struct wk_toks *tk, struct wk_ents *out)
{
	static struct wk_wl *none;
	const struct wk_wl *cal = wk_ent_calendar();
	const struct wk_ent *e;
	size_t k, w, len;

	if (none == NULL) {
		none = wk_wl_new();
		wk_wl_load_data(none, "ent/not-names.txt", 1);
	}
	for (k = w = 0; k < out->n; k++) {
		e = &out->v[k];
		len = e->end - e->start;
		if (notname(none, s, e))
			continue;
		if (wk_wl_get(cal, s + e->start, len) == NULL ||
		    (e->type == WK_E_PERSON && e->canonlen > len &&
		    !datelike(s, tk, e)))
			out->v[w++] = *e;
	}
	out->n = w;
}

void
wk_ent_lists(const struct wk_entfeat *fe, const struct wk_gaz *user,
    const char *s, const struct wk_tok *toks, size_t base, size_t n,
    struct wk_ents *out, size_t first)
{
	F = fe;
	compass(s, toks, base, out, first);
	backstop(s, toks, base, n, out, first);
	if (user != NULL)
		override(user, s, toks, base, n, out, first);
}
