/*
 * entlearn.h - training the entity tagger: an averaged structured
 * perceptron over the features of entfeat.h, decoded with Viterbi, on a
 * CoNLL file (entconll.h). The gold spans are mapped onto our own tokens
 * by byte offsets and trimmed as decoded spans are (entspan.h), so
 * training sees what the tagger sees at run time. Every 50th training
 * sentence is also learnt in capitals, for all-capital headlines.
 * Deterministic: the same data and options give the same model, byte for
 * byte.
 */
#ifndef WK_ENTLEARN_H
#define WK_ENTLEARN_H

#include <stddef.h>

struct wk_buf;

struct wk_entlearn {
	unsigned	 nbits;		/* 2^nbits feature buckets */
	unsigned	 epochs;
	unsigned	 holdout;	/* leave out every holdout-th sentence */
	/* called after each epoch (may be NULL) */
	void		(*progress)(unsigned epoch, size_t errors,
			    size_t tokens);
};

/* Sentences left for training; -1 after reporting a bad line. */
long	wk_ent_train(const struct wk_entlearn *, const char *p, size_t len,
	    const char *name, struct wk_buf *model);

#endif
