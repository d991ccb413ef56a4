/*
 * entrule.c - decoded tags to names (entint.h): spans trimmed as the
 * contract asks, split where a title or a possessive stands inside them,
 * and typed by the rules the training corpus rarely shows (a country is
 * no person, "... Prize" is MISC, "Texas Gov." is a place).
 */
#include <string.h>

#include "ent.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entint.h"
#include "entmodel.h"
#include "entspan.h"
#include "tok.h"
#include "wordlist.h"

/* the sentence being tagged: its features and decoded tags */
static const struct wk_entfeat *F;
static const uint8_t *T;

#define BIT(c)	(1u << (c))
#define PLACE	(BIT(WK_G_COUNTRY) | BIT(WK_G_MAJOR) | BIT(WK_G_CITY) | \
	BIT(WK_G_REGION) | BIT(WK_G_PLACEWORD))

/*
 * A name that starts or ends with an event, prize or law word is MISC
 * whatever the model says ("Battle of Gettysburg", "Nobel Peace Prize"):
 * the training corpus has too few of them to learn it.
 */
static int
event(int type, size_t a, size_t b)
{
	const uint32_t ev = 1u << WK_G_EVENT;

	return (type == WK_E_ORG || type == WK_E_LOC) && b - a > 1 &&
	    ((F->ti[a].cls & ev) || (F->ti[b - 1].cls & ev));
}

/*
 * A name ending with a place word is a place ("Commercial Street", "Niger
 * River"), unless an organisation word starts it ("Ministry of State").
 */
static int
facility(int type, size_t a, size_t b)
{
	return type == WK_E_ORG && b - a > 1 &&
	    (F->ti[b - 1].cls & (1u << WK_G_PLACEWORD)) &&
	    !(F->ti[a].cls & (1u << WK_G_ORGWORD));
}

/* a place followed by a capitalised place word: "the Niger River" */
static size_t
placeword(int type, const struct wk_tok *toks, size_t n, size_t b)
{
	if (type == WK_E_LOC && b < n && (toks[b].flags & WK_TF_CAP) &&
	    toks[b].cls == WK_T_WORD &&
	    (F->ti[b].cls & (1u << WK_G_PLACEWORD)))
		b++;
	return b;
}

/* a person's lower-case particles before it: "von der Leyen" */
static size_t
particles(int type, const struct wk_tok *toks, size_t a)
{
	size_t k = a;

	while (type == WK_E_PERSON && k > 0 && (toks[k - 1].flags &
	    WK_TF_LOWER) && (F->ti[k - 1].cls & (1u << WK_G_PARTICLE)))
		k--;
	return k;
}

/*
 * The type of the name before a title ("U.N." of "U.N. Secretary-General
 * António Guterres"), from the gazetteer where it knows, else the span's
 * own unless that was a person.
 */
static int
prefixtype(size_t a, size_t k, int type)
{
	uint32_t c = 0;
	size_t i;

	for (i = a; i < k; i++)
		c |= F->ti[i].cls;
	if (c & (BIT(WK_G_ORGWORD) | BIT(WK_G_KNOWNORG)))
		return WK_E_ORG;
	if (c & PLACE)
		return WK_E_LOC;
	if (c & BIT(WK_G_DEMONYM))
		return WK_E_NORP;
	return type == WK_E_PERSON ? WK_E_ORG : type;
}

/*
 * One unknown word after a cue and "on" is a platform, not a place or a
 * person: "wrote on Bluesky", "a post on Weibo" (channel.txt); "landed on
 * Lampedusa" stays a place.
 */
static int
platform(const char *s, const struct wk_tok *toks, int type, size_t a,
    size_t b)
{
	static struct wk_wl *cue;
	const struct wk_tok *on, *w;

	if (type == WK_E_ORG || b - a != 1 || a < 2 ||
	    (F->ti[a].cls & (PLACE | BIT(WK_G_DEMONYM) | BIT(WK_G_FIRST))))
		return 0;
	on = &toks[a - 1];
	w = &toks[a - 2];
	if (on->end - on->start != 2 || memcmp(s + on->start, "on", 2) != 0)
		return 0;
	if (cue == NULL) {
		cue = wk_wl_new();
		wk_wl_load_data(cue, "ent/channel.txt", 1);
	}
	return wk_wl_get(cue, s + w->start, w->end - w->start) != NULL;
}

/*
 * A "person" that is all a country's name is the country: "Kenya said"
 * and "Burkina Faso said" speak for its government; news names a person
 * alone by surname, and a one-word country that is one stays a person.
 */
static int
country(size_t a, size_t b)
{
	const struct wk_gazhit *h = &F->hits[a];

	return h->ntok == b - a && (h->cls & BIT(WK_G_COUNTRY)) &&
	    (b - a > 1 || !(F->ti[a].cls & BIT(WK_G_SURNAME)));
}

/*
 * The name just before a person, ending with a title, ends before it:
 * "[U.N. Secretary-General] [Kofi Annan]" is the U.N. and Annan. A place
 * keeps its own (Beachy Head), and so does a name a lower-case word
 * ends the run of ("Office of the President").
 */
static void
untitle(const struct wk_tok *toks, size_t base, size_t a,
    struct wk_ents *out, size_t first)
{
	struct wk_ent *e;
	size_t k, e0;

	if (out->n == first)
		return;
	e = &out->v[out->n - 1];
	if (e->tok1 != base + a || e->type == WK_E_PERSON ||
	    e->type == WK_E_LOC)
		return;
	e0 = e->tok0 - base;
	for (k = a; k > e0 && (F->ti[k - 1].cls & BIT(WK_G_TITLE)); k--)
		;
	if (k == a || k == e0 || toks[k - 1].cls != WK_T_WORD ||
	    !(toks[k - 1].flags & WK_TF_CAP) || !(toks[k].flags & WK_TF_CAP))
		return;
	e->tok1 = (uint32_t)(base + k);
	e->end = toks[k - 1].end;
}

/*
 * A "person" that ends with an organisation word no surname shares is an
 * organisation: "Nissan Motor Co", "Barclays Bank".
 */
static int
company(size_t a, size_t b)
{
	uint32_t c = F->ti[b - 1].cls;

	return b - a > 1 && (c & BIT(WK_G_ORGWORD)) &&
	    !(c & (BIT(WK_G_SURNAME) | BIT(WK_G_FIRST)));
}

/*
 * A name the model found inside a title is the title's word: "State" of
 * "Secretary of State Antony Blinken".
 */
static int
intitle(size_t a, size_t b)
{
	const struct wk_gazhit *h;
	size_t j = a + 1;

	while (j-- > 0 && a - j < WK_GAZ_MAXTOK) {
		h = &F->hits[j];
		if (h->ntok > 0 && (h->cls & BIT(WK_G_TITLE)) &&
		    j + h->ntok >= b && (j < a || j + h->ntok > b))
			return 1;
	}
	return 0;
}

/*
 * A name the model started inside a title, going on with a person's:
 * "[State Marco Rubio]" of "Secretary of State Marco Rubio" is Rubio.
 * Returns where the person starts, or a.
 */
static size_t
titled(const char *s, const struct wk_tok *toks, size_t a, size_t b)
{
	const struct wk_gazhit *h;
	size_t j = a, k;

	while (j-- > 0 && a - j < WK_GAZ_MAXTOK) {
		h = &F->hits[j];
		if (h->ntok == 0 || !(h->cls & BIT(WK_G_TITLE)) ||
		    j + h->ntok <= a)
			continue;
		k = j + h->ntok;
		return k < b && wk_entspan_name(s, toks, F->ti, k, b) ? k : a;
	}
	return a;
}

/*
 * The name just before a person's title is typed by what it is, not by
 * where it stands: "[Texas] Gov. Greg Abbott" is a place, as the model,
 * which learnt "[U.N.] Secretary-General" as an organisation, may not
 * say.
 */
static void
pretitle(size_t base, size_t a, struct wk_ents *out, size_t first)
{
	struct wk_ent *e;
	size_t k;

	if (out->n == first)
		return;
	e = &out->v[out->n - 1];
	for (k = a; k > 0 && (F->ti[k - 1].cls & BIT(WK_G_TITLE)); k--)
		;
	if (k < a && e->tok1 == base + k && e->type != WK_E_PERSON)
		e->type = (uint8_t)prefixtype(e->tok0 - base, k, e->type);
}

/* a span, split where a title stands inside it between two names */
static void
emit(const char *s, const struct wk_tok *toks, size_t base, size_t a,
    size_t b, int type, struct wk_ents *out, size_t first)
{
	size_t k, p, a2;
	int t;

	k = wk_entspan_title(s, toks, F->ti, a, b, &p);
	if (k == b) {
		if (platform(s, toks, type, a, b))
			type = WK_E_ORG;
		if (intitle(a, b))
			return;
		if (type == WK_E_PERSON && country(a, b))
			type = WK_E_LOC;
		if (type == WK_E_PERSON && company(a, b))
			type = WK_E_ORG;
		if (type == WK_E_PERSON) {
			untitle(toks, base, a, out, first);
			pretitle(base, a, out, first);
		}
		wk_ent_push(out, toks, base, a, b, type);
		return;
	}
	t = prefixtype(a, k, type);
	a2 = a;
	wk_entspan_trim(s, toks, F->ti, t, &a2, &k);
	if (a2 < k)
		wk_ent_push(out, toks, base, a2, k, t);
	wk_ent_push(out, toks, base, p, b, WK_E_PERSON);
}

/*
 * A country's name the tagger cut is whole again, and a place: "[Sri]
 * [Lanka]" is Sri Lanka. Returns whether it moved *b.
 */
static int
uncut(size_t a, size_t *b)
{
	const struct wk_gazhit *h = &F->hits[a];

	if (!(h->cls & BIT(WK_G_COUNTRY)) || a + h->ntok <= *b)
		return 0;
	*b = a + h->ntok;
	return 1;
}

/* a word of tokens [a, b) news writes in lower case: "Major League" */
static int
common(size_t a, size_t b)
{
	for (; a < b; a++)
		if (F->ti[a].cls & BIT(WK_G_LOWER))
			return 1;
	return 0;
}

/*
 * A possessive inside a name ends the owner's name: "[Sudan]'s [Rapid
 * Support Forces]", "[CME Group]'s [FedWatch]", "[Mahmoud Abbas]'
 * [Fatah]". Names that hold a possessive of their own stay whole
 * ("People's Bank of China", "St. Peter's Basilica"): the owner must be
 * all of a place's or a listed organisation's name, end with an
 * organisation word, or be a person's (no person's name holds one): in a
 * "person", or a first name and names that are no common words.
 * Returns where the owner ends, or a; *type is the owner's type, and a
 * person's type goes to what the person owns (*type the span's on entry).
 */
static size_t
possessor(const struct wk_tok *toks, size_t a, size_t b, int *type,
    int *rest)
{
	const struct wk_gazhit *h = &F->hits[a];
	size_t p;

	for (p = a + 1; p + 1 < b && !(toks[p].flags & WK_TF_POSS); p++)
		;
	if (p + 1 >= b)
		return a;
	if (h->ntok == p - a && (h->cls & PLACE))
		*type = WK_E_LOC;
	else if ((h->ntok == p - a && (h->cls & BIT(WK_G_KNOWNORG))) ||
	    (p - a > 1 && (F->ti[p - 1].cls & BIT(WK_G_ORGWORD))))
		*type = WK_E_ORG;
	else if (*rest == WK_E_PERSON) {
		*type = WK_E_PERSON;
		*rest = prefixtype(p + 1, b, WK_E_PERSON);
	} else if (p - a >= 2 && (F->ti[a].cls & BIT(WK_G_FIRST)) &&
	    !common(a, p))
		*type = WK_E_PERSON;	/* "Joe Biden's White House" */
	else
		return a;
	return p;
}

/*
 * A name ends with a name's word. One the tagger ended with "of" or
 * "for" goes on over the capitalised words after it ("Islamic Army of
 * [Iraq]", "Centers for [Disease Control]"); another connector or a
 * particle at its end is dropped ("al-Qaida [and]"). Returns the end.
 */
static size_t
nameend(const char *s, const struct wk_tok *toks, size_t n, size_t a,
    size_t b)
{
	static const char *const of[] = { "of", "for", NULL };
	size_t e = b;

	if (b > a + 1 && b < n && wk_ent_isword(s, &toks[b - 1], of)) {
		/* not over a title, a month or a nationality that ends it:
		 * "Movement of Palestinian President", "Accord of May" */
		while (e < n && toks[e].cls == WK_T_WORD &&
		    (toks[e].flags & WK_TF_CAP) && F->ti[e].cand &&
		    !(F->ti[e].cls & BIT(WK_G_TITLE)) &&
		    wk_wl_get(wk_ent_calendar(), s + toks[e].start, toks[e].end -
		    toks[e].start) == NULL)
			e++;
		if (e > b && !(F->ti[e - 1].cls & BIT(WK_G_DEMONYM)))
			return e;
	}
	while (b > a + 1 && (wk_entfeat_connector(s, &toks[b - 1]) ||
	    ((toks[b - 1].flags & WK_TF_LOWER) &&
	    (F->ti[b - 1].cls & BIT(WK_G_PARTICLE)))))
		b--;
	return b;
}

/* decoded tags to trimmed spans */
static void
spans(const char *s, const struct wk_tok *toks, size_t base, size_t n,
    struct wk_ents *out)
{
	size_t i, a, b, k, first = out->n;
	int type, owner;

	for (i = 0; i < n; i++) {
		if (T[i] == WK_TAG_O)
			continue;
		type = WK_TAG_TYPE(T[i]);
		for (a = i; i < n && WK_TAG_POS(T[i]) != WK_L &&
		    WK_TAG_POS(T[i]) != WK_U; i++)
			;
		b = i + 1 < n ? i + 1 : n;
		wk_entspan_trim(s, toks, F->ti, type, &a, &b);
		/* and starts with one: "[western] Iraq", "[and] Muslims" */
		while (a + 1 < b && (toks[a].flags & WK_TF_LOWER) &&
		    !(F->ti[a].cls & BIT(WK_G_PARTICLE)))
			a++;
		b = nameend(s, toks, n, a, b);
		if (a < b && type != WK_E_PERSON && (k = titled(s, toks, a, b))
		    > a) {
			a = k;
			type = WK_E_PERSON;
		}
		if (a < b)
			a = particles(type, toks, a);
		if (a < b)
			b = placeword(type, toks, n,
			    wk_entspan_glue(s, toks, n, b));
		if (a < b && uncut(a, &b))
			type = WK_E_LOC;
		if (b > i + 1)
			i = b - 1;	/* the added tokens are this name's */
		if (a < b && event(type, a, b))
			type = WK_E_MISC;
		if (a < b && facility(type, a, b))
			type = WK_E_LOC;
		if (a < b && (k = possessor(toks, a, b, &owner, &type)) > a) {
			wk_ent_push(out, toks, base, a, k, owner);
			a = k + 1;
		}
		if (a < b)
			emit(s, toks, base, a, b, type, out, first);
	}
}

void
wk_ent_spans(const struct wk_entfeat *fe, const uint8_t *tags, const char *s,
    const struct wk_tok *toks, size_t base, size_t n, struct wk_ents *out)
{
	F = fe;
	T = tags;
	spans(s, toks, base, n, out);
}
