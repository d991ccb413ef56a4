/*
 * entfeat.h - the tagger's features for one sentence: per token, a list of
 * hashed feature buckets (word, folded word, affixes, shape, a +-2 window
 * of words and shapes, gazetteer classes with their BILOU position, the
 * run of capitalised words it is in (its first and last words, the words
 * around it, its length, the classes in it), sentence-initial and headline
 * context), and whether the token is a
 * candidate at all. Tokens that are not candidates (no capital letter, not
 * a country or demonym, not between capitalised words) are tagged O
 * without scoring, in training as at run time; that is most of the speed.
 *
 * Changing what is computed here changes the model: bump
 * WK_ENTFEAT_VERSION and retrain.
 */
#ifndef WK_ENTFEAT_H
#define WK_ENTFEAT_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"
#include "entgaz.h"

#define WK_ENTFEAT_VERSION	4

struct wk_tok;

struct wk_tokinfo {
	uint64_t	key;		/* folded form: wk_gaz_key */
	uint64_t	word, shape, pre3, suf2, suf3, suf4;
	uint64_t	gaz;		/* bit 4*class+pos, pos 0..3 = B I L U */
	uint32_t	cls;		/* gazetteer classes, any position */
	uint32_t	rcls;		/* classes anywhere in its name run */
	uint32_t	run, rend;	/* its name run [run - 1, rend), or 0 */
	uint16_t	flags;		/* tok.h flags */
	uint8_t		upper;		/* has a capital letter */
	uint8_t		cand;
};

struct wk_entfeat {
	struct wk_tokinfo *ti;
	size_t		 tcap;
	uint32_t	*f;		/* buckets of token i: f[off[i]..off[i+1]) */
	size_t		 fcap;
	uint32_t	*off;
	uint64_t	*keys;
	struct wk_gazhit *hits;		/* the longest phrase at each token */
	struct wk_buf	 tmp;
};

/*
 * Features of toks[0..n) (offsets into s) for a table of 2^nbits buckets;
 * fills fe->ti[0..n) and fe->f/off.
 */
void	wk_entfeat_run(struct wk_entfeat *, const struct wk_gaz *,
	    unsigned nbits, const char *s, const struct wk_tok *toks, size_t n);
void	wk_entfeat_free(struct wk_entfeat *);
/* a lower-case word that may join two capitalised ones in a name: of,
 * and, for, the, de, on, & */
int	wk_entfeat_connector(const char *s, const struct wk_tok *t);

#endif
