/*
 * ent.c - the entity tagger (ent.h): features, Viterbi, spans and the
 * rules that settle their type, user gazetteer overrides and canonical
 * names, sentence by sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entmodel.h"
#include "entspan.h"
#include "sent.h"
#include "utf8.h"
#include "wordlist.h"

/* scratch, reused from record to record */
static struct {
	struct wk_entfeat	 fe;
	struct wk_viterbi	 vit;
	float			*e;
	uint8_t			*tags;
	size_t			 cap;
} S;

static void
room(size_t n)
{
	if (n <= S.cap)
		return;
	S.cap = n > 2 * S.cap ? n : 2 * S.cap;
	S.e = wk_xrealloc(S.e, S.cap, WK_NTAG * sizeof(float));
	S.tags = wk_xrealloc(S.tags, S.cap, 1);
}

/* months and weekdays, written out and abbreviated (calendar.txt) */
static const struct wk_wl *
calwl(void)
{
	static struct wk_wl *cal;

	if (cal == NULL) {
		cal = wk_wl_new();
		wk_wl_load_data(cal, "ent/calendar.txt", 1);
	}
	return cal;
}

/* token t is one of the words w[], spelt so */
static int
is_word(const char *s, const struct wk_tok *t, const char *const *w)
{
	size_t n = t->end - t->start;

	for (; *w != NULL; w++)
		if (strlen(*w) == n && memcmp(s + t->start, *w, n) == 0)
			return 1;
	return 0;
}

static void
emissions(const struct wk_entmodel *m, size_t n)
{
	const struct wk_entfeat *fe = &S.fe;
	float inv = 1 / m->scale;
	int32_t acc[WK_ROW];
	size_t i, j;
	int k;

	for (i = 0; i < n; i++) {
		if (!fe->ti[i].cand)
			continue;
		memset(acc, 0, sizeof(acc));
		for (j = fe->off[i]; j < fe->off[i + 1]; j++) {
			const int16_t *w = m->rows[fe->f[j]].w;
			for (k = 0; k < WK_ROW; k++)	/* vectorises */
				acc[k] += w[k];
		}
		for (k = 0; k < WK_NTAG; k++)
			S.e[i * WK_NTAG + k] = acc[k] * inv;
	}
}

static void
push(struct wk_ents *out, const struct wk_tok *toks, size_t base, size_t a,
    size_t b, int type)
{
	struct wk_ent *e = WK_VEC_PUSH(out);

	e->tok0 = (uint32_t)(base + a);
	e->tok1 = (uint32_t)(base + b);
	e->start = toks[a].start;
	e->end = toks[b - 1].end;
	e->type = (uint8_t)type;
}

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
	    ((S.fe.ti[a].cls & ev) || (S.fe.ti[b - 1].cls & ev));
}

/*
 * A name ending with a place word is a place ("Commercial Street", "Niger
 * River"), unless an organisation word starts it ("Ministry of State").
 */
static int
facility(int type, size_t a, size_t b)
{
	return type == WK_E_ORG && b - a > 1 &&
	    (S.fe.ti[b - 1].cls & (1u << WK_G_PLACEWORD)) &&
	    !(S.fe.ti[a].cls & (1u << WK_G_ORGWORD));
}

/* a place followed by a capitalised place word: "the Niger River" */
static size_t
placeword(int type, const struct wk_tok *toks, size_t n, size_t b)
{
	if (type == WK_E_LOC && b < n && (toks[b].flags & WK_TF_CAP) &&
	    toks[b].cls == WK_T_WORD &&
	    (S.fe.ti[b].cls & (1u << WK_G_PLACEWORD)))
		b++;
	return b;
}

/* a person's lower-case particles before it: "von der Leyen" */
static size_t
particles(int type, const struct wk_tok *toks, size_t a)
{
	size_t k = a;

	while (type == WK_E_PERSON && k > 0 && (toks[k - 1].flags &
	    WK_TF_LOWER) && (S.fe.ti[k - 1].cls & (1u << WK_G_PARTICLE)))
		k--;
	return k;
}

#define BIT(c)	(1u << (c))
#define PLACE	(BIT(WK_G_COUNTRY) | BIT(WK_G_MAJOR) | BIT(WK_G_CITY) | \
	BIT(WK_G_REGION) | BIT(WK_G_PLACEWORD))

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
		c |= S.fe.ti[i].cls;
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
	    (S.fe.ti[a].cls & (PLACE | BIT(WK_G_DEMONYM) | BIT(WK_G_FIRST))))
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
	const struct wk_gazhit *h = &S.fe.hits[a];

	return h->ntok == b - a && (h->cls & BIT(WK_G_COUNTRY)) &&
	    (b - a > 1 || !(S.fe.ti[a].cls & BIT(WK_G_SURNAME)));
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
	for (k = a; k > e0 && (S.fe.ti[k - 1].cls & BIT(WK_G_TITLE)); k--)
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
	uint32_t c = S.fe.ti[b - 1].cls;

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
		h = &S.fe.hits[j];
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
		h = &S.fe.hits[j];
		if (h->ntok == 0 || !(h->cls & BIT(WK_G_TITLE)) ||
		    j + h->ntok <= a)
			continue;
		k = j + h->ntok;
		return k < b && wk_entspan_name(s, toks, S.fe.ti, k, b) ? k : a;
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
	for (k = a; k > 0 && (S.fe.ti[k - 1].cls & BIT(WK_G_TITLE)); k--)
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

	k = wk_entspan_title(s, toks, S.fe.ti, a, b, &p);
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
		push(out, toks, base, a, b, type);
		return;
	}
	t = prefixtype(a, k, type);
	a2 = a;
	wk_entspan_trim(s, toks, S.fe.ti, t, &a2, &k);
	if (a2 < k)
		push(out, toks, base, a2, k, t);
	push(out, toks, base, p, b, WK_E_PERSON);
}

/*
 * A country's name the tagger cut is whole again, and a place: "[Sri]
 * [Lanka]" is Sri Lanka. Returns whether it moved *b.
 */
static int
uncut(size_t a, size_t *b)
{
	const struct wk_gazhit *h = &S.fe.hits[a];

	if (!(h->cls & BIT(WK_G_COUNTRY)) || a + h->ntok <= *b)
		return 0;
	*b = a + h->ntok;
	return 1;
}

/*
 * A possessive inside a name ends the owner's name: "[Sudan]'s [Rapid
 * Support Forces]", "[CME Group]'s [FedWatch]", "[Mahmoud Abbas]'
 * [Fatah]". Names that hold a possessive of their own stay whole
 * ("People's Bank of China", "St. Peter's Basilica"): the owner must be
 * all of a place's or a listed organisation's name, end with an
 * organisation word, or be a person's (no person's name holds one): in a
 * "person", or starting with a first name.
 * Returns where the owner ends, or a; *type is the owner's type, and a
 * person's type goes to what the person owns (*type the span's on entry).
 */
static size_t
possessor(const struct wk_tok *toks, size_t a, size_t b, int *type,
    int *rest)
{
	const struct wk_gazhit *h = &S.fe.hits[a];
	size_t p;

	for (p = a + 1; p + 1 < b && !(toks[p].flags & WK_TF_POSS); p++)
		;
	if (p + 1 >= b)
		return a;
	if (h->ntok == p - a && (h->cls & PLACE))
		*type = WK_E_LOC;
	else if ((h->ntok == p - a && (h->cls & BIT(WK_G_KNOWNORG))) ||
	    (p - a > 1 && (S.fe.ti[p - 1].cls & BIT(WK_G_ORGWORD))))
		*type = WK_E_ORG;
	else if (*rest == WK_E_PERSON) {
		*type = WK_E_PERSON;
		*rest = prefixtype(p + 1, b, WK_E_PERSON);
	} else if (p - a >= 2 && (S.fe.ti[a].cls & BIT(WK_G_FIRST)))
		*type = WK_E_PERSON;	/* "Vladimir Putin's United Russia" */
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

	if (b > a + 1 && b < n && is_word(s, &toks[b - 1], of)) {
		/* not over a title, a month or a nationality that ends it:
		 * "Movement of Palestinian President", "Accord of May" */
		while (e < n && toks[e].cls == WK_T_WORD &&
		    (toks[e].flags & WK_TF_CAP) && S.fe.ti[e].cand &&
		    !(S.fe.ti[e].cls & BIT(WK_G_TITLE)) &&
		    wk_wl_get(calwl(), s + toks[e].start, toks[e].end -
		    toks[e].start) == NULL)
			e++;
		if (e > b && !(S.fe.ti[e - 1].cls & BIT(WK_G_DEMONYM)))
			return e;
	}
	while (b > a + 1 && (wk_entfeat_connector(s, &toks[b - 1]) ||
	    ((toks[b - 1].flags & WK_TF_LOWER) &&
	    (S.fe.ti[b - 1].cls & BIT(WK_G_PARTICLE)))))
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
		if (S.tags[i] == WK_TAG_O)
			continue;
		type = WK_TAG_TYPE(S.tags[i]);
		for (a = i; i < n && WK_TAG_POS(S.tags[i]) != WK_L &&
		    WK_TAG_POS(S.tags[i]) != WK_U; i++)
			;
		b = i + 1 < n ? i + 1 : n;
		wk_entspan_trim(s, toks, S.fe.ti, type, &a, &b);
		/* and starts with one: "[western] Iraq", "[and] Muslims" */
		while (a + 1 < b && (toks[a].flags & WK_TF_LOWER) &&
		    !(S.fe.ti[a].cls & BIT(WK_G_PARTICLE)))
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
			push(out, toks, base, a, k, owner);
			a = k + 1;
		}
		if (a < b)
			emit(s, toks, base, a, b, type, out, first);
	}
}

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
		wk_gaz_longest(u, S.fe.keys, n, i, &hit);
		if (hit.ntok == 0)
			continue;
		for (k = w = first; k < out->n; k++)
			if (out->v[k].tok1 <= base + i ||
			    out->v[k].tok0 >= base + i + hit.ntok)
				out->v[w++] = out->v[k];
		out->n = w;
		for (t = 0; !(hit.cls & (1u << t)); t++)
			;
		push(out, toks, base, i, i + hit.ntok, t);
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
	push(out, toks, base, i, i + k, WK_E_ORG);
	wk_ents_insort(out, first, out->n - 1);
}

/*
 * A name the model ran over "and" into a listed organisation's ends
 * there: "[Microsoft and Amazon.com Inc]" is Microsoft and Amazon.com
 * Inc. Tokens [i, i + k) are the listed name. What is left must be a name
 * of its own: not one common word ("Peace and Security Council").
 */
/* n tokens from local token r can stand as a name: not one common word */
static int
alone(size_t n, size_t r)
{
	return n >= 2 || !(S.fe.ti[r].cls & BIT(WK_G_LOWER));
}

static void
unjoin(const char *s, const struct wk_tok *toks, size_t base, size_t i,
    size_t k, struct wk_ents *out, size_t first)
{
	static const char *const and[] = { "and", NULL };
	struct wk_ent *e;
	size_t j, a = base + i, b = base + i + k;

	for (j = first; j < out->n; j++) {
		e = &out->v[j];
		if (e->tok0 == a && e->tok1 > b + 1 && is_word(s, &toks[i + k],
		    and) && alone(e->tok1 - b - 1, i + k + 1)) {
			e->tok0 = (uint32_t)(b + 1);
			e->start = toks[i + k + 1].start;
		} else if (e->tok1 == b && e->tok0 + 1 < a && i > 0 &&
		    is_word(s, &toks[i - 1], and) &&
		    alone(a - 1 - e->tok0, e->tok0 - base)) {
			e->tok1 = (uint32_t)(a - 1);
			e->end = toks[i - 2].end;
		} else
			continue;
		wk_ents_insort(out, first, j);
		return;
	}
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

static void
backstop(const char *s, const struct wk_tok *toks, size_t base, size_t n,
    struct wk_ents *out, size_t first)
{
	struct wk_gazhit hit, news;
	size_t i;

	for (i = 0; i < n; i += hit.ntok ? hit.ntok : 1) {
		hit = S.fe.hits[i];	/* found for the features */
		wk_gaz_longest(wk_ent_newsorgs(), S.fe.keys, n, i, &news);
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
		if (!is_word(s, &toks[i - 1], w) || !(toks[i].flags &
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

/*
 * No name runs over a comma or a dash set off by spaces ("Ukraine,
 * Leonid Kuchma", "Washington - Francisco Flores"): they are forced O at
 * decoding, so the tagger types each side on its own. The model is not
 * retrained for it: it is a constraint on its best path only.
 */
static void
breaks(const char *s, const struct wk_tok *toks, size_t n)
{
	int32_t cp;
	size_t i;

	for (i = 1; i + 1 < n; i++) {
		if (toks[i].cls != WK_T_PUNCT)
			continue;
		if (s[toks[i].start] == ',' || ((toks[i].flags & WK_TF_SPACE) &&
		    (toks[i + 1].flags & WK_TF_SPACE) &&
		    wk_utf8_decode((const unsigned char *)s + toks[i].start,
		    toks[i].end - toks[i].start, &cp) > 0 && wk_is_dash(cp)))
			S.fe.ti[i].cand = 0;
	}
}

static void
sentence(const struct wk_entmodel *m, const char *s, const struct wk_toks *tk,
    size_t t0, size_t t1, struct wk_ents *out)
{
	const struct wk_tok *toks = tk->v + t0;
	size_t n = t1 - t0, first = out->n;

	if (n == 0)
		return;
	room(n);
	wk_entfeat_run(&S.fe, wk_ent_featgaz(NULL), m->nbits, s, toks, n);
	breaks(s, toks, n);
	emissions(m, n);
	wk_viterbi(&S.vit, (const float (*)[WK_NTAG])m->trans, S.e,
	    &S.fe.ti[0].cand, sizeof(S.fe.ti[0]), n, S.tags);
	spans(s, toks, t0, n, out);
	compass(s, toks, t0, out, first);
	backstop(s, toks, t0, n, out, first);
	if (m->user != NULL)
		override(m->user, s, toks, t0, n, out, first);
}

/*
 * A "sentence" of more than MAXRUN tokens (a text without stops) is tagged
 * in pieces, so that memory stays bounded; a piece ends, where it can, at
 * a lower-case word between lower-case words, which no name spans.
 */
#define MAXRUN	2048

static void
pieces(const struct wk_entmodel *m, const char *s, const struct wk_toks *tk,
    size_t t0, size_t t1, struct wk_ents *out)
{
	size_t a, b, k;

	for (a = t0; t1 - a > MAXRUN; a = b) {
		b = a + MAXRUN;
		for (k = b - 1; k > a + MAXRUN / 2; k--)
			if ((tk->v[k].flags & WK_TF_LOWER) &&
			    (tk->v[k - 1].flags & WK_TF_LOWER) &&
			    (tk->v[k + 1].flags & WK_TF_LOWER)) {
				b = k;
				break;
			}
		sentence(m, s, tk, a, b, out);
	}
	sentence(m, s, tk, a, t1, out);
}

/* a date's month, not a person: "in May", "May 5", "since early May" */
static int
datelike(const char *s, const struct wk_toks *tk, const struct wk_ent *e)
{
	static const char *const before[] = { "in", "on", "since", "until",
	    "by", "from", "through", "early", "late", "last", "next", "mid",
	    "of", "this", NULL };

	return (e->tok1 < tk->n && (tk->v[e->tok1].flags & WK_TF_DIGIT)) ||
	    (e->tok0 > 0 && is_word(s, &tk->v[e->tok0 - 1], before));
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
static void
calendar(const char *s, const struct wk_toks *tk, struct wk_ents *out)
{
	static struct wk_wl *none;
	const struct wk_wl *cal = calwl();
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
wk_ent_tag(const struct wk_entmodel *m, const char *s, size_t n,
    const struct wk_toks *tk, const struct wk_sents *ss, struct wk_ents *out)
{
	size_t i;

	(void)n;
	out->n = 0;
	if (ss == NULL)
		pieces(m, s, tk, 0, tk->n, out);
	else
		for (i = 0; i < ss->n; i++)
			pieces(m, s, tk, ss->v[i].tok0, ss->v[i].tok1, out);
	wk_entcanon(s, tk, wk_ent_featgaz(NULL), out);
	calendar(s, tk, out);
}

void
wk_ents_free(struct wk_ents *e)
{
	WK_VEC_FREE(e);
}
