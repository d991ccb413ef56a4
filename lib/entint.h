/*
 * entint.h - what the tagger's files share inside the library: the steps
 * of wk_ent_tag (ent.h) after decoding, each given the features of the
 * sentence (entfeat.h). entrule.c turns the decoded tags into trimmed,
 * typed spans; entlist.c lets the word lists settle what the model cannot
 * know (listed organisations, nationalities, the user's gazetteer) and
 * drops, per record, what is no name. Not thread-safe, as ent.c is not.
 */
#ifndef WK_ENTINT_H
#define WK_ENTINT_H

#include <stddef.h>
#include <stdint.h>

struct wk_entfeat;
struct wk_ents;
struct wk_gaz;
struct wk_tok;
struct wk_toks;
struct wk_wl;

/* adds tokens [a, b) of toks, the sentence's, base its first, as a name */
void	wk_ent_push(struct wk_ents *, const struct wk_tok *toks, size_t base,
	    size_t a, size_t b, int type);
/* token t is one of the words w[] (NULL-ended), spelt so */
int	wk_ent_isword(const char *s, const struct wk_tok *t,
	    const char *const *w);
/* months and weekdays (lib/data/ent/calendar.txt), loaded once */
const struct wk_wl *wk_ent_calendar(void);

/* the names of the decoded tags of toks[0..n), appended to out */
void	wk_ent_spans(const struct wk_entfeat *, const uint8_t *tags,
	    const char *s, const struct wk_tok *toks, size_t base, size_t n,
	    struct wk_ents *out);
/*
 * The lists' say over the sentence's names, out->v[first..]: a compass
 * word before a nationality, listed organisations, then the user's
 * gazetteer (NULL for none).
 */
void	wk_ent_lists(const struct wk_entfeat *, const struct wk_gaz *user,
	    const char *s, const struct wk_tok *toks, size_t base, size_t n,
	    struct wk_ents *out, size_t first);
/* drops the names of a record that are none: a lone month, "AI" */
void	wk_ent_filter(const char *s, const struct wk_toks *, struct wk_ents *);

#endif
