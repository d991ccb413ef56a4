/*
 * sent.h - the sentence splitter: one linear pass over the bytes that only
 * looks closely at . ? ! ... and line breaks, deciding each with word
 * lists under lib/data/sent/ (abbreviations by class, sentence starters).
 *
 * A sentence never crosses a blank line; a single line break ends one
 * according to newline (WK_NL_AUTO: headlines, datelines and list items
 * are their own sentences, wrapped text is not broken). Spans hold no
 * leading or trailing white space; closing quotes and brackets after the
 * final mark belong to the sentence. The splitter is pure and keeps no
 * state between calls beyond the word lists loaded by wk_sent_init.
 */
#ifndef WK_SENT_H
#define WK_SENT_H

#include <stddef.h>
#include <stdint.h>

struct wk_toks;
struct wk_wl;

enum { WK_NL_AUTO, WK_NL_ALWAYS, WK_NL_NEVER };

struct wk_sent_opts {
	int			 newline;	/* WK_NL_* */
	const struct wk_wl	*extra_abbrev;	/* NULL, or wk_sent_abbrev */
};

/* bytes [start, end), tokens [tok0, tok1) */
struct wk_sent {
	uint32_t	start, end;
	uint32_t	tok0, tok1;
};

struct wk_sents {
	struct wk_sent	*v;
	size_t		 n, cap;
};

/* Loads the embedded lists once; idempotent. */
void	wk_sent_init(void);
/*
 * Loads a user abbreviation file into *wl (created if NULL): one
 * abbreviation a line, with or without its final period ("Approx."). Like
 * Inc., a listed abbreviation ends a sentence only before a sentence
 * starter. -1 after reporting an unreadable or malformed file.
 */
int	wk_sent_abbrev(struct wk_wl **wl, const char *path);
/*
 * Splits s[0..n) (n < 4 GiB). toks are the tokens of s from wk_tokenize,
 * shared by the caller, used only to fill tok0/tok1; NULL leaves those 0.
 * Replaces out's contents.
 */
void	wk_sent_split(const char *s, size_t n, const struct wk_toks *toks,
	    const struct wk_sent_opts *, struct wk_sents *out);
void	wk_sents_free(struct wk_sents *);

#endif
