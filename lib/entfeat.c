/*
 * entfeat.c - feature extraction for the entity tagger (entfeat.h). Each
 * token is hashed once (tokinfo); a feature is a template number mixed
 * with one or more of those hashes, so no feature string is ever built.
 */
#include <stdlib.h>
#include <string.h>

#include "entfeat.h"
#include "entgaz.h"
#include "tok.h"

enum {
	F_BIAS = 1, F_WORD, F_KEY, F_PRE3, F_SUF2, F_SUF3, F_SUF4, F_SHAPE,
	F_KEY_M1, F_KEY_P1, F_KEY_M2, F_KEY_P2,
	F_SH_M1, F_SH_P1, F_SH_M2, F_SH_P2,
	F_BI_M1, F_BI_P1, F_SHBI_M1, F_SHBI_P1, F_SHTRI,
	F_GAZ, F_GAZ_M1, F_GAZ_P1, F_GAZ_M2,
	F_INIT, F_HEAD, F_HEAD_SH, F_POSS_P1, F_LEN, F_KEY_SH_M1,
	F_KEY_M1_SH, F_KEY_P1_SH,
	F_RUN_POS, F_RUN_FIRST, F_RUN_LAST, F_RUN_PREV, F_RUN_NEXT, F_RUN_CLS
};

#define PAD_L	0x1111111111111111ULL	/* before the sentence */
#define PAD_R	0x2222222222222222ULL	/* after it */

static uint64_t
hbytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ULL;
	return h;
}

/* lower-case ASCII bytes of s into out[0..n) */
static void
lower(const char *s, size_t n, char *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		out[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
}

static uint64_t
affix(const char *s, size_t n, size_t k, int suffix)
{
	char b[4];

	if (n < k)
		return 0;
	lower(suffix ? s + n - k : s, k, b);
	return hbytes(b, k) + k;
}

/* al-Qaida and iPhone count: any ASCII capital, not only the first */
static int
has_upper(const char *s, size_t n, uint16_t flags)
{
	size_t i;

	if (flags & (WK_TF_CAP | WK_TF_ALLCAPS))
		return 1;
	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 1;
	return 0;
}

/*
 * A headline: HEAD_CAPS, three or more words and none in lower case; or
 * HEAD_TITLE, three or more words of four letters or more, all capitalised,
 * and no final stop ("Elliott Wants More Buybacks From Germany's RWE").
 * Training sees both (entlearn.c), so the model learns what their
 * capitals do not say.
 */
enum { HEAD_NONE, HEAD_CAPS, HEAD_TITLE };

static int
headline(const char *s, const struct wk_tok *toks, size_t n)
{
	size_t i, words = 0, long_words = 0;
	int caps = 1;

	for (i = 0; i < n; i++) {
		if (toks[i].cls != WK_T_WORD)
			continue;
		words++;
		if (!(toks[i].flags & WK_TF_ALLCAPS))
			caps = 0;
		if (toks[i].end - toks[i].start < 4)
			continue;
		if (toks[i].flags & WK_TF_LOWER)
			return HEAD_NONE;
		long_words++;
	}
	if (caps && words >= 3)
		return HEAD_CAPS;
	if (long_words >= 3 && n > 0 && !(toks[n - 1].cls == WK_T_PUNCT &&
	    strchr(".!?", s[toks[n - 1].start]) != NULL))
		return HEAD_TITLE;
	return HEAD_NONE;
}

static void
tokinfo(struct wk_entfeat *fe, const char *s, const struct wk_tok *t,
    int head, struct wk_tokinfo *ti)
{
	const char *p = s + t->start;
	size_t n = t->end - t->start;
	char sh[32];

	memset(ti, 0, sizeof(*ti));
	ti->key = wk_gaz_key(p, n, &fe->tmp);
	ti->word = hbytes(p, n);
	wk_tok_shape(s, t, sh, sizeof(sh));
	/* a headline's capitals say nothing: shape it as if title case */
	if (head == HEAD_CAPS && (t->flags & WK_TF_ALLCAPS) &&
	    t->cls == WK_T_WORD) {
		char *c;
		for (c = sh + 1; *c != '\0'; c++)
			if (*c == 'X')
				*c = 'x';
		ti->word = ti->key;
	}
	ti->shape = hbytes(sh, strlen(sh));
	ti->pre3 = affix(p, n, 3, 0);
	ti->suf2 = affix(p, n, 2, 1);
	ti->suf3 = affix(p, n, 3, 1);
	ti->suf4 = affix(p, n, 4, 1);
	ti->flags = t->flags;
	ti->upper = has_upper(p, n, t->flags);
}

/* gazetteer classes by position: the longest match at each start */
static void
gazmark(struct wk_entfeat *fe, const struct wk_gaz *g, size_t n)
{
	struct wk_gazhit hit;
	size_t i, k, c;

	for (i = 0; i < n; i++)
		fe->keys[i] = fe->ti[i].key;
	for (i = 0; i < n; i++) {
		wk_gaz_longest(g, fe->keys, n, i, &fe->hits[i]);
		hit = fe->hits[i];
		if (hit.ntok == 0)
			continue;
		for (c = 0; c < WK_G_NCLASS; c++) {
			if (!(hit.cls & (1u << c)))
				continue;
			for (k = 0; k < hit.ntok; k++) {
				unsigned pos = hit.ntok == 1 ? 3 : k == 0 ? 0 :
				    k + 1 == hit.ntok ? 2 : 1;
				fe->ti[i + k].gaz |= 1ULL << (4 * c + pos);
				fe->ti[i + k].cls |= 1u << c;
			}
		}
	}
}

#define CAND_CLS ((1u << WK_G_COUNTRY) | (1u << WK_G_DEMONYM) | \
	(1u << WK_G_MAJOR))

static void
candidates(struct wk_entfeat *fe, size_t n)
{
	struct wk_tokinfo *ti = fe->ti;
	size_t i;

	for (i = 0; i < n; i++) {
		int l = (i >= 1 && ti[i - 1].upper) || (i >= 2 && ti[i - 2].upper);
		int r = (i + 1 < n && ti[i + 1].upper) ||
		    (i + 2 < n && ti[i + 2].upper);
		ti[i].cand = ti[i].upper || (ti[i].cls & CAND_CLS) || (l && r) ||
		    (i >= 1 && ti[i - 1].upper && !(ti[i].flags & WK_TF_SPACE)
		    && !(ti[i].flags & WK_TF_POSS));
	}
}

/* a lower-case word that may join two capitalised ones in a name */
int
wk_entfeat_connector(const char *s, const struct wk_tok *t)
{
	static const char *const w[] = { "of", "for", "and", "the", "de",
	    "on", "&", NULL };
	size_t n = t->end - t->start;
	int i;

	for (i = 0; w[i] != NULL; i++)
		if (strlen(w[i]) == n && memcmp(s + t->start, w[i], n) == 0)
			return 1;
	return 0;
}

static int
capword(const struct wk_tokinfo *ti, const struct wk_tok *t)
{
	return ti->upper && (t->cls == WK_T_WORD || t->cls == WK_T_TAG);
}

/*
 * Runs of capitalised words, joined over one connector ("Centers for
 * Disease Control", "Procter & Gamble"): the features of a name as a
 * whole, where the +-2 window cannot see its far end.
 */
static void
runs(struct wk_entfeat *fe, const char *s, const struct wk_tok *toks,
    size_t n)
{
	struct wk_tokinfo *ti = fe->ti;
	size_t i, a, b;
	uint32_t cls;

	for (i = 0; i < n; i++)
		ti[i].run = ti[i].rend = 0;
	for (a = 0; a < n; a = b) {
		if (!capword(&ti[a], &toks[a])) {
			b = a + 1;
			continue;
		}
		for (b = a + 1; b < n; b++) {
			if (capword(&ti[b], &toks[b]))
				continue;
			if (b + 1 < n && wk_entfeat_connector(s, &toks[b]) &&
			    capword(&ti[b + 1], &toks[b + 1]))
				continue;
			break;
		}
		for (cls = 0, i = a; i < b; i++)
			cls |= ti[i].cls;
		for (i = a; i < b; i++) {
			ti[i].run = (uint32_t)a + 1;
			ti[i].rend = (uint32_t)b;
			ti[i].rcls = cls;
		}
	}
}

static uint64_t
mix(uint64_t a, uint64_t b)
{
	return wk_gaz_step(a, b);
}

struct emit {
	struct wk_entfeat *fe;
	size_t		 n;
	unsigned	 shift;
};

static void
put(struct emit *e, uint64_t tmpl, uint64_t v)
{
	struct wk_entfeat *fe = e->fe;

	if (e->n == fe->fcap) {
		fe->fcap = fe->fcap ? 2 * fe->fcap : 4096;
		fe->f = wk_xrealloc(fe->f, fe->fcap, sizeof(*fe->f));
	}
	fe->f[e->n++] = (uint32_t)(mix(tmpl * 0x9e3779b97f4a7c15ULL, v) >>
	    e->shift);
}

/* one feature per bit set in v */
static void
bits(struct emit *e, uint64_t tmpl, uint64_t v)
{
	unsigned c;

	for (c = 0; v != 0; v >>= 1, c++)
		if (v & 1)
			put(e, tmpl, c);
}

/* the token itself, and its gazetteer classes and their neighbours' */
static void
own(struct emit *e, size_t i, size_t n)
{
	const struct wk_tokinfo *ti = e->fe->ti, *t = &ti[i];

	put(e, F_BIAS, 0);
	put(e, F_WORD, t->word);
	put(e, F_KEY, t->key);
	put(e, F_PRE3, t->pre3);
	put(e, F_SUF2, t->suf2);
	put(e, F_SUF3, t->suf3);
	put(e, F_SUF4, t->suf4);
	put(e, F_SHAPE, t->shape);
	put(e, F_LEN, t->pre3 == 0 ? 1 : t->suf4 == 0 ? 2 : 3);
	bits(e, F_GAZ, t->gaz);
	if (i >= 1)
		bits(e, F_GAZ_M1, ti[i - 1].cls);
	if (i >= 2)
		bits(e, F_GAZ_M2, ti[i - 2].cls);
	if (i + 1 < n)
		bits(e, F_GAZ_P1, ti[i + 1].cls);
}

/* the words and shapes around it, the sentence it is in */
static void
context(struct emit *e, size_t i, size_t n, int head)
{
	const struct wk_tokinfo *ti = e->fe->ti, *t = &ti[i];
	uint64_t km1 = i >= 1 ? ti[i - 1].key : PAD_L;
	uint64_t km2 = i >= 2 ? ti[i - 2].key : PAD_L;
	uint64_t kp1 = i + 1 < n ? ti[i + 1].key : PAD_R;
	uint64_t kp2 = i + 2 < n ? ti[i + 2].key : PAD_R;
	uint64_t sm1 = i >= 1 ? ti[i - 1].shape : PAD_L;
	uint64_t sm2 = i >= 2 ? ti[i - 2].shape : PAD_L;
	uint64_t sp1 = i + 1 < n ? ti[i + 1].shape : PAD_R;
	uint64_t sp2 = i + 2 < n ? ti[i + 2].shape : PAD_R;

	put(e, F_KEY_M1, km1);
	put(e, F_KEY_P1, kp1);
	put(e, F_KEY_M2, km2);
	put(e, F_KEY_P2, kp2);
	put(e, F_SH_M1, sm1);
	put(e, F_SH_P1, sp1);
	put(e, F_SH_M2, sm2);
	put(e, F_SH_P2, sp2);
	put(e, F_BI_M1, mix(km1, t->key));
	put(e, F_BI_P1, mix(t->key, kp1));
	put(e, F_SHBI_M1, mix(sm1, t->shape));
	put(e, F_SHBI_P1, mix(t->shape, sp1));
	put(e, F_SHTRI, mix(mix(sm1, t->shape), sp1));
	put(e, F_KEY_SH_M1, mix(t->key, sm1));
	put(e, F_KEY_M1_SH, mix(km1, t->shape));
	put(e, F_KEY_P1_SH, mix(kp1, t->shape));
	if (i == 0)
		put(e, F_INIT, t->shape);
	if (head != HEAD_NONE) {
		put(e, F_HEAD, mix(t->key, head));
		put(e, F_HEAD_SH, mix(t->shape, head));
	}
	if (i + 1 < n && (ti[i + 1].flags & WK_TF_POSS))
		put(e, F_POSS_P1, t->shape);
}

/* the name run it is in */
static void
inrun(struct emit *e, size_t i, size_t n)
{
	const struct wk_tokinfo *ti = e->fe->ti, *t = &ti[i];
	size_t a, b, len;
	unsigned pos, c;

	if (t->run == 0)
		return;
	a = t->run - 1;
	b = t->rend;
	len = b - a;
	pos = len == 1 ? 3 : i == a ? 0 : i + 1 == b ? 2 : 1;
	put(e, F_RUN_POS, pos * 8 + (len < 6 ? len : 6));
	put(e, F_RUN_FIRST, mix(ti[a].word, pos));
	put(e, F_RUN_LAST, mix(ti[b - 1].word, pos));
	put(e, F_RUN_PREV, a > 0 ? ti[a - 1].key : PAD_L);
	put(e, F_RUN_NEXT, b < n ? ti[b].key : PAD_R);
	for (c = 0; c < WK_G_NCLASS; c++)
		if (t->rcls & (1u << c))
			put(e, F_RUN_CLS, c * 4 + pos);
}

void
wk_entfeat_run(struct wk_entfeat *fe, const struct wk_gaz *g, unsigned nbits,
    const char *s, const struct wk_tok *toks, size_t n)
{
	struct emit e = { fe, 0, 64 - nbits };
	int head = headline(s, toks, n);
	size_t i;

	if (n + 1 > fe->tcap) {
		fe->tcap = n + 1 > 2 * fe->tcap ? n + 1 : 2 * fe->tcap;
		fe->ti = wk_xrealloc(fe->ti, fe->tcap, sizeof(*fe->ti));
		fe->off = wk_xrealloc(fe->off, fe->tcap, sizeof(*fe->off));
		fe->keys = wk_xrealloc(fe->keys, fe->tcap, sizeof(*fe->keys));
		fe->hits = wk_xrealloc(fe->hits, fe->tcap, sizeof(*fe->hits));
	}
	for (i = 0; i < n; i++)
		tokinfo(fe, s, &toks[i], head, &fe->ti[i]);
	gazmark(fe, g, n);
	candidates(fe, n);
	runs(fe, s, toks, n);
	for (i = 0; i < n; i++) {
		fe->off[i] = (uint32_t)e.n;
		if (fe->ti[i].cand) {
			own(&e, i, n);
			context(&e, i, n, head);
			inrun(&e, i, n);
		}
	}
	fe->off[n] = (uint32_t)e.n;
}

void
wk_entfeat_free(struct wk_entfeat *fe)
{
	free(fe->ti);
	free(fe->f);
	free(fe->off);
	free(fe->keys);
	free(fe->hits);
	wk_buf_free(&fe->tmp);
	memset(fe, 0, sizeof(*fe));
}
