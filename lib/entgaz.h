/*
 * entgaz.h - the entity gazetteer: phrases matched over tokens by the hash
 * of each token's folded form (fold.h), so that matching costs no string
 * building once a record's tokens are hashed. Each phrase carries a set of
 * classes and, for some, a canonical name. Used for the tagger's features
 * (the embedded lib/data/ent/gaz.txt, whose classes the model was trained
 * with) and for the user's -g lists, which map phrases to an entity type.
 *
 * File lines: phrase<TAB>CLASSES[<TAB>canon]; '#' lines and blank lines are
 * skipped. Phrases are tokenized with tok.h, as the text is.
 */
#ifndef WK_ENTGAZ_H
#define WK_ENTGAZ_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

struct wk_tok;

/* classes of the feature gazetteer, one bit each */
enum {
	WK_G_COUNTRY,	/* C */
	WK_G_DEMONYM,	/* D */
	WK_G_MAJOR,	/* M: city of a million or more */
	WK_G_CITY,	/* T */
	WK_G_REGION,	/* R */
	WK_G_FIRST,	/* F */
	WK_G_SURNAME,	/* S */
	WK_G_ORGWORD,	/* O */
	WK_G_TITLE,	/* P */
	WK_G_EVENT,	/* E: event, prize, law or work word */
	WK_G_PLACEWORD,	/* G: River, Square, County */
	WK_G_KNOWNORG,	/* K: United Nations, Reuters, RFE/RL */
	WK_G_PARTICLE,	/* N: von, bin, de */
	WK_G_NCLASS
};
extern const char	wk_gaz_letters[WK_G_NCLASS + 1];	/* "CDMTRFSOPEGKN" */

#define WK_GAZ_MAXTOK	8	/* longest phrase, in tokens */

struct wk_gaz;

struct wk_gazhit {
	uint32_t	 ntok;		/* 0: no match */
	uint32_t	 cls;		/* bit set */
	const char	*canon;		/* NULL if none */
	size_t		 canonlen;
};

/*
 * The folded key hash of one token: equal for Zelenskyy, ZELENSKYY and a
 * decomposed form. tmp is scratch (non-ASCII tokens only).
 */
uint64_t	 wk_gaz_key(const char *s, size_t n, struct wk_buf *tmp);
/* the hash of a phrase, adding one token's key at a time */
#define WK_GAZ_SEED	0x51ed270b2f5a3c47ULL
uint64_t	 wk_gaz_step(uint64_t h, uint64_t key);

struct wk_gaz	*wk_gaz_new(void);
void		 wk_gaz_free(struct wk_gaz *);
/*
 * Loads p[0..len) (kept: canonical names point into it; it must outlive
 * the gazetteer). For each line, clsparse turns the CLASSES field into a
 * bit set, returning 0 for a bad one. Returns 0, or -1 after reporting
 * name:line for a bad line.
 */
int		 wk_gaz_load(struct wk_gaz *, const char *p, size_t len,
		    const char *name, int (*clsparse)(const char *, size_t,
		    uint32_t *));
/* parses the letters of wk_gaz_letters */
int		 wk_gaz_letter_classes(const char *, size_t, uint32_t *);
/*
 * The longest phrase that starts at token i of keys[0..n) (token keys from
 * wk_gaz_key); hit->ntok is 0 if none.
 */
void		 wk_gaz_longest(const struct wk_gaz *, const uint64_t *keys,
		    size_t n, size_t i, struct wk_gazhit *hit);

#endif
