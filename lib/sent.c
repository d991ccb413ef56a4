/*
 * sent.c - the sentence splitter (sent.h): the pass and the boundaries.
 * A table marks the bytes worth a look (. ? ! : " and line ends, the
 * capitals that start a midstart word, and the lead bytes of the
 * ellipsis, curly quotes, bullets and full-width stops); the rest is
 * skipped without a branch on its content. Each candidate is decided by
 * a handler (sentscan.h) from its neighbourhood: the word before a period
 * (its abbreviation class), the first word after the mark (its case,
 * whether it starts sentences) and, at a line break, the two lines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>	/* memset, in WK_VEC_PUSH */

#include "buf.h"
#include "sent.h"
#include "sentlex.h"
#include "sentscan.h"
#include "tok.h"
#include "wordlist.h"

static unsigned char	cand[256];

void
wk_sent_init(void)
{
	const char *p;
	int c;

	if (cand['.'])
		return;
	wk_sl_init();
	for (p = ".?!:\"\n\r"; *p; p++)
		cand[(unsigned char)*p] = 1;
	cand[0xE2] = cand[0xE3] = cand[0xEF] = 1;
	for (c = 'A'; c <= 'Z'; c++)
		cand[c] = wk_sl_midlens(c) != 0;
}

int
wk_sent_abbrev(struct wk_wl **wl, const char *path)
{
	if (*wl == NULL)
		*wl = wk_wl_new();
	return wk_wl_load_file(*wl, path, WK_AB_FINAL);
}

void
wk_sents_free(struct wk_sents *v)
{
	WK_VEC_FREE(v);
}

/*
 * Ends the open sentence at end (trimmed) and opens the next at next.
 * Without hard, a sentence of nothing but punctuation is not cut off but
 * joins the next. Returns where scanning goes on.
 */
size_t
ss_cut(struct scan *sc, size_t end, size_t next, int hard)
{
	struct wk_sents *out = sc->out;
	struct wk_sent *v;
	size_t e = ss_rtrim(sc, sc->start, end);

	if (sc->start < e && (hard || ss_has_content(sc, e))) {
		v = WK_VEC_PUSH(out);
		v->start = (uint32_t)sc->start;
		v->end = (uint32_t)e;
	} else if (!hard)
		return next;
	sc->start = ss_skip_space(sc, next);
	sc->forced = NONE;
	sc->quiet = 0;
	sc->content = NONE;
	sc->bare = 0;
	return sc->body = ss_begin(sc);
}

static size_t
dispatch(struct scan *sc, size_t i)
{
	if (i < sc->quiet && sc->s[i] != '\n' && sc->s[i] != '\r')
		return i + 1;
	switch (sc->s[i]) {
	case '.':
		return ss_on_period(sc, i);
	case '?':
	case '!':
		return ss_on_bang(sc, i, 1);
	case ':':
		return ss_on_colon(sc, i);
	case '\n':
	case '\r':
		return ss_on_newline(sc, i);
	case '"':
		return ss_on_quote(sc, i, 1);
	default:
		if (sc->s[i] < 0x80)
			return ss_on_capital(sc, i);
		return ss_on_unicode(sc, i);
	}
}

/* tok0/tok1 by one merge walk over the sorted tokens */
static void
fill_tokens(struct wk_sents *out, const struct wk_toks *toks)
{
	size_t i, t = 0;

	for (i = 0; i < out->n; i++) {
		while (t < toks->n && toks->v[t].start < out->v[i].start)
			t++;
		out->v[i].tok0 = (uint32_t)t;
		while (t < toks->n && toks->v[t].start < out->v[i].end)
			t++;
		out->v[i].tok1 = (uint32_t)t;
	}
}

void
wk_sent_split(const char *s, size_t n, const struct wk_toks *toks,
    const struct wk_sent_opts *o, struct wk_sents *out)
{
	struct scan sc = { (const unsigned char *)s, n, o, out, 0, NONE, NONE,
	    0, 0, BUDGET(n), NONE, 0 };
	size_t i, j, lim;

	wk_sent_init();
	out->n = 0;
	sc.start = ss_skip_space(&sc, 0);
	i = sc.body = ss_begin(&sc);
	while (i < n) {
		if (sc.forced <= i) {	/* the next item of an inline list */
			lim = sc.expect = sc.forced;
			sc.forced = NONE;
			if (lim > sc.start)
				i = ss_cut(&sc, lim, lim, 0);
			continue;
		}
		lim = sc.forced < n ? sc.forced : n;
		while (i < lim && !cand[sc.s[i]])
			i++;
		if (i >= lim)
			continue;
		j = dispatch(&sc, i);
		i = j > i ? j : i + 1;
	}
	ss_cut(&sc, n, n, 1);
	if (toks != NULL)
		fill_tokens(out, toks);
}
