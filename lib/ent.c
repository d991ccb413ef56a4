/*
 * ent.c - the entity tagger (ent.h): features and Viterbi sentence by
 * sentence, then the steps of entint.h (spans, lists) and canonical names.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entcanon.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entint.h"
#include "entmodel.h"
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

const struct wk_wl *
wk_ent_calendar(void)
{
	static struct wk_wl *cal;

	if (cal == NULL) {
		cal = wk_wl_new();
		wk_wl_load_data(cal, "ent/calendar.txt", 1);
	}
	return cal;
}

int
wk_ent_isword(const char *s, const struct wk_tok *t, const char *const *w)
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

void
wk_ent_push(struct wk_ents *out, const struct wk_tok *toks, size_t base,
    size_t a, size_t b, int type)
{
	struct wk_ent *e = WK_VEC_PUSH(out);

	e->tok0 = (uint32_t)(base + a);
	e->tok1 = (uint32_t)(base + b);
	e->start = toks[a].start;
	e->end = toks[b - 1].end;
	e->type = (uint8_t)type;
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
	wk_ent_spans(&S.fe, S.tags, s, toks, t0, n, out);
	wk_ent_lists(&S.fe, m->user, s, toks, t0, n, out, first);
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
	wk_ent_filter(s, tk, out);
}

void
wk_ents_free(struct wk_ents *e)
{
	WK_VEC_FREE(e);
}

