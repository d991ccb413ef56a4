/*
 * ent.h - named entities: a learned sequence tagger (averaged structured
 * perceptron over BILOU tags, hashed features, gazetteer features, Viterbi
 * decoding) with per-document canonical names.
 *
 * wk_ent_tag finds the entities of s[0..n) given its tokens and sentences
 * (sents may be NULL: the whole text is one sentence). Spans leave out
 * titles, possessives and surrounding punctuation. canon is the fullest
 * coreferent mention in s (or a gazetteer's canonical name); it points
 * into s or into the model's data. Not thread-safe: the scratch buffers are
 * the module's own.
 */
#ifndef WK_ENT_H
#define WK_ENT_H

#include <stddef.h>
#include <stdint.h>

#include "tok.h"

enum { WK_E_PERSON, WK_E_ORG, WK_E_LOC, WK_E_NORP, WK_E_MISC, WK_E_NTYPES };
extern const char *const wk_ent_typename[WK_E_NTYPES];

struct wk_ent {
	uint32_t	 start, end;	/* bytes */
	uint32_t	 tok0, tok1;	/* tokens [tok0, tok1) */
	uint8_t		 type;
	const char	*canon;
	size_t		 canonlen;
};

struct wk_ents {
	struct wk_ent	*v;
	size_t		 n, cap;
};

struct wk_sents;
struct wk_entmodel;

/* The embedded model, loaded once; fatal if it is missing or bad. */
struct wk_entmodel	*wk_ent_default(void);
/* A model file: NULL after reporting why it is not one. */
struct wk_entmodel	*wk_ent_load_file(const char *path);
/*
 * Adds a user gazetteer file (lines name<TAB>TYPE[<TAB>canon]); its exact
 * folded matches override the model. -1 after reporting path:line.
 */
int			 wk_ent_add_gazetteer(struct wk_entmodel *,
			    const char *path);
/* "PERSON" -> WK_E_PERSON, or -1 */
int			 wk_ent_type(const char *s, size_t n);

void	wk_ent_tag(const struct wk_entmodel *, const char *s, size_t n,
	    const struct wk_toks *, const struct wk_sents *, struct wk_ents *);
void	wk_ents_free(struct wk_ents *);

#endif
