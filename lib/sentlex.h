/*
 * sentlex.h - the word knowledge of the sentence splitter (sent.c): the
 * class of an abbreviation, whether a word starts sentences, whether a
 * line that ends with a word is wrapped text, caption labels, top-level
 * domains, datelines, and the function words that show a lost sentence
 * break when capitalised mid-sentence (midstart). The lists live in lib/data/sent/ and are loaded
 * once by wk_sl_init.
 */
#ifndef WK_SENTLEX_H
#define WK_SENTLEX_H

#include <stddef.h>

struct wk_wl;

/* what a period after a word means (see lib/data/sent/abbrev/) */
enum {
	WK_AB_NONE,	/* an ordinary word or number */
	WK_AB_TITLE,	/* never ends a sentence: Mr. Gen. */
	WK_AB_NUMBER,	/* not before a number: No. p. */
	WK_AB_INNER,	/* never ends a sentence: e.g. vs. */
	WK_AB_FINAL,	/* ends one before a sentence starter: etc. Inc. */
	WK_AB_PLACE,	/* ends one before a function word: U.S. */
	WK_AB_INITIAL	/* a single capital: J. R. Hollis; as PLACE */
};

/* starter kinds */
#define WK_ST_FUNC	1	/* function word: The, He, However */
#define WK_ST_NEWS	2	/* common news subject: Officials, Shares */

void	wk_sl_init(void);
/* w[0..n) is the word with its final period; extra may be NULL */
int	wk_sl_abbrev(const char *w, size_t n, const struct wk_wl *extra);
int	wk_sl_starter(const char *w, size_t n);	/* WK_ST_* or 0 */
int	wk_sl_nonfinal(const char *w, size_t n);
int	wk_sl_caption(const char *w, size_t n);
int	wk_sl_tld(const char *w, size_t n);
int	wk_sl_midstart(const char *w, size_t n);
/* a quotation right after it, with no comma, is its object: said "... */
int	wk_sl_quoteverb(const char *w, size_t n);
/* c (A-Z) starts a midstart word */
int	wk_sl_midinitial(int c);
/* bytes of a date at the start of s[0..n) ("Friday, July 21, 2017"), or 0 */
size_t	wk_sl_dateline(const char *s, size_t n);

#endif
