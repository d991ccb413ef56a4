/*
 * tok.h - the tokenizer: byte spans with a class, flags and, on demand, a
 * shape. Hand-written, one pass, no regex.
 *
 * Kept whole: abbreviations with inner periods (U.S., D.C., a.m., Ph.D.),
 * numbers (3.5, 1,200,000, 1.2.3, and 2.5bn with its suffix), words with
 * inner hyphens or apostrophes (e-mail, don't), URLs, emails, #tags and
 * @mentions, domains (Oilprice.com). Split off: a final period (the
 * sentence splitter decides about it), a possessive 's or s' (straight or
 * curly) as its own WK_TF_POSS token, every other punctuation mark ("..."
 * and "--" are one token). "end.Next" is split where the left side is a
 * word of two or more letters and the right side starts with a capital.
 */
#ifndef WK_TOK_H
#define WK_TOK_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

enum wk_tokclass {
	WK_T_WORD,	/* letters, maybe with digits, hyphens, apostrophes */
	WK_T_NUM,	/* starts with a digit */
	WK_T_PUNCT,
	WK_T_SYM,	/* $ % & + and other symbols */
	WK_T_URL,
	WK_T_EMAIL,
	WK_T_TAG	/* #hashtag or @mention */
};

/* flags */
#define WK_TF_CAP	0x0001	/* first character is upper case */
#define WK_TF_ALLCAPS	0x0002	/* has letters, none lower case */
#define WK_TF_LOWER	0x0004	/* first character is lower case */
#define WK_TF_DIGIT	0x0008	/* has a digit */
#define WK_TF_SPACE	0x0010	/* white space before it */
#define WK_TF_NL	0x0020	/* a line break before it */
#define WK_TF_PARA	0x0040	/* a blank line before it */
#define WK_TF_POSS	0x0080	/* a possessive 's, s' or ' */
#define WK_TF_ABBR	0x0100	/* has inner periods: U.S. a.m. */
#define WK_TF_NONASCII	0x0200	/* has bytes >= 0x80 */
#define WK_TF_HYPHEN	0x0400	/* has an inner hyphen */

struct wk_tok {
	uint32_t	start, end;	/* bytes, [start, end) */
	uint16_t	cls;
	uint16_t	flags;
};

struct wk_toks {
	struct wk_tok	*v;
	size_t		 n, cap;
};

/* Replaces toks' contents with the tokens of s[0..n); n < 4 GiB. */
void	wk_tokenize(const char *s, size_t n, struct wk_toks *toks);
void	wk_toks_free(struct wk_toks *);
/*
 * Shape into out (NUL-terminated, at most outsz): X upper, x lower, d
 * digit, other characters as they are, runs longer than 4 cut to 4:
 * "Xxxx", "dd", "X.X.", "dd,ddd".
 */
void	wk_tok_shape(const char *s, const struct wk_tok *, char *out,
	    size_t outsz);

#endif
