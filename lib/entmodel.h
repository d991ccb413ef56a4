/*
 * entmodel.h - the tagger's model: BILOU tags, a table of 2^nbits feature
 * buckets with one weight per tag, tag transition weights, Viterbi
 * decoding under the BILOU constraints, and the model file.
 *
 * File (little-endian): "WKENTMDL", u32 version, u32 tags, u32 nbits, u32
 * feature version (entfeat.h), u32 gazetteer checksum, f32 scale, then
 * f32 trans[tags+1][tags] (last row: from the sentence start), then i16
 * weight[2^nbits][tags] (a weight is weight/scale). A file of any other
 * size, magic, version or shape is refused.
 */
#ifndef WK_ENTMODEL_H
#define WK_ENTMODEL_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"
#include "ent.h"

/* O, then B I L U for each type */
#define WK_NTAG		(1 + 4 * WK_E_NTYPES)
#define WK_TAG_O	0
#define WK_TAG(type, pos)	(1 + 4 * (type) + (pos))	/* pos 0..3 */
#define WK_TAG_TYPE(t)	(((t) - 1) / 4)
#define WK_TAG_POS(t)	(((t) - 1) % 4)
enum { WK_B, WK_I, WK_L, WK_U };

#define WK_ENTMODEL_VERSION	1

struct wk_gaz;

/* a bucket's weights padded to one 64-byte cache line, for the tagger */
#define WK_ROW		32
struct wk_entrow {
	_Alignas(64) int16_t	w[WK_ROW];	/* WK_NTAG used */
};

struct wk_entmodel {
	unsigned	 nbits;
	float		 scale;
	struct wk_entrow *rows;	/* [2^nbits], one cache line a bucket */
	float		 trans[WK_NTAG + 1][WK_NTAG];
	struct wk_gaz	*user;	/* -g lists, or NULL */
	WK_VEC(char *)	 texts;	/* their files' bytes */
};

/* may tag b follow tag a? a == WK_NTAG: b starts a sentence */
int	wk_tag_ok(int a, int b);
/* may a sentence end with tag a? */
int	wk_tag_final(int a);

/*
 * Best tags for n tokens given emission scores e[n][WK_NTAG]; tokens with
 * cand[i] == 0 are forced to O. tags and the scratch are the caller's.
 */
struct wk_viterbi {
	float	*score;
	uint8_t	*back;
	size_t	 cap;
};
void	wk_viterbi(struct wk_viterbi *, const float (*trans)[WK_NTAG],
	    const float *e, const uint8_t *cand, size_t cand_stride, size_t n,
	    uint8_t *tags);
void	wk_viterbi_free(struct wk_viterbi *);

/*
 * The embedded feature gazetteer (lib/data/ent/gaz.txt), loaded once, and
 * its checksum in *sum.
 */
const struct wk_gaz *wk_ent_featgaz(uint32_t *sum);
/*
 * Well-known organisations that are no feature, only named ORG where
 * spelt exactly so (lib/data/ent/news-orgs.txt, class K), loaded once.
 */
const struct wk_gaz *wk_ent_newsorgs(void);
/* A whole file (models, gazetteers, training data): NULL after reporting. */
char	*wk_ent_readfile(const char *path, size_t *len);
/* checksum of the feature gazetteer a model must be used with */
uint32_t wk_entmodel_gazsum(const char *p, size_t len);
/*
 * Reads a model from p[0..len) (copied: p may go). NULL after reporting
 * name and why.
 */
struct wk_entmodel *wk_entmodel_read(const char *p, size_t len,
	    const char *name, uint32_t gazsum);
/* Serializes into out; weights are quantized to 16 bits. */
struct wk_buf;
void	wk_entmodel_write(struct wk_buf *out, unsigned nbits,
	    const float (*trans)[WK_NTAG], const float *w, uint32_t gazsum);
void	wk_entmodel_free(struct wk_entmodel *);

#endif
