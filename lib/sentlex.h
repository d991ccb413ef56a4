/*
 * sentlex.h - the word knowledge of the sentence splitter (sent.c): the
 * class of an abbreviation, and membership in the word lists that decide
 * the other cases (sentence starters, words that end no line, caption
 * labels, top-level domains, capitalised function words that show a lost
 * break, reporting verbs), and datelines. The lists live in lib/data/sent/
 * and are loaded once by wk_sl_init; lookups fold case.
 */
#ifndef WK_SENTLEX_H
#define WK_SENTLEX_H

#include <stddef.h>
#include <stdint.h>

struct wk_wl;

/* what a period after a word means (see lib/data/sent/abbrev/) */
enum {
	WK_AB_NONE,	/* an ordinary word or number */
	WK_AB_TITLE,	/* never ends a sentence: Mr. Gen. */
	WK_AB_NUMBER,	/* not before a number: No. p. */
	WK_AB_INNER,	/* never ends a sentence: e.g. vs. */
	WK_AB_FINAL,	/* ends one before a sentence starter: Inc. a.m. */
	WK_AB_PLACE,	/* ends one before a function word: U.S. */
	WK_AB_PROPER,	/* FINAL with a capital, else NONE: Calif. Sept. */
	WK_AB_INITIAL	/* a single capital: J. R. Hollis; as PLACE */
};

/* the word lists */
enum {
	WK_SL_STARTER,	 /* WK_ST_FUNC The, However; WK_ST_NEWS Officials */
	WK_SL_NONFINAL,	 /* a line ending with it is wrapped: the, of, said */
	WK_SL_CAPTION,	 /* "Image:" starts a caption run into the text */
	WK_SL_TLD,	 /* com, org: "Oilprice.Com" is a name */
	WK_SL_MIDSTART,	 /* "... district In the north ...": a lost break */
	WK_SL_QUOTEVERB, /* said "A. B." keeps the quotation whole */
	WK_SL_NLISTS
};

#define WK_ST_FUNC	1
#define WK_ST_NEWS	2

void	wk_sl_init(void);
/* w[0..n) is the word with its final period; extra may be NULL */
int	wk_sl_abbrev(const char *w, size_t n, const struct wk_wl *extra);
/* the word's value in list WK_SL_* (1, or WK_ST_* for starters), or 0 */
int	wk_sl_in(int list, const char *w, size_t n);
/* bit L set: a WK_SL_MIDSTART word of L letters starts with c (A-Z) */
uint32_t wk_sl_midlens(int c);
/* bytes of a date at the start of s[0..n) ("Friday, July 21, 2017"), or 0 */
size_t	wk_sl_dateline(const char *s, size_t n);

#endif
