/*
 * entconll.h - CoNLL named-entity files for training and testing: one
 * token a line (the word first, the tag last, white space between), a
 * blank line between sentences, IOB1 or IOB2 tags. Tag types map to ours:
 * per/PER -> PERSON, org/ORG -> ORG, geo/LOC -> LOC, gpe -> NORP (marked,
 * so a country name can be made LOC), art/eve/nat/MISC -> MISC, tim -> O.
 *
 * Each sentence is rebuilt as text (tokens joined with spaces, none before
 * closing punctuation and clitics, none after opening ones) so that it can
 * be tokenized by tok.h as run-time text is; gold spans are byte offsets
 * into that text.
 */
#ifndef WK_ENTCONLL_H
#define WK_ENTCONLL_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

struct wk_goldent {
	uint32_t	start, end;
	uint8_t		type;
	uint8_t		gpe;	/* was gpe: NORP, or LOC if a country */
};

struct wk_conll {
	const char	*p, *name;
	size_t		 len, pos;
	unsigned long	 line;
	struct wk_buf	 text;	/* the sentence, NUL-terminated */
	WK_VEC(struct wk_goldent) ents;
};

void	wk_conll_open(struct wk_conll *, const char *p, size_t len,
	    const char *name);
/* 1 and a sentence, 0 at the end, -1 after reporting a bad line */
int	wk_conll_next(struct wk_conll *);
void	wk_conll_free(struct wk_conll *);

#endif
