/*
 * wordlist.h - sets of words and phrases keyed by their folded form
 * (fold.h), each with a small integer value and an optional string (the
 * rest of its line: a type, a canonical name).
 *
 * List files have one entry per line: the entry, then optionally a TAB and
 * the string. Blank lines and lines starting with '#' are skipped. A phrase
 * is matched over tokens: wk_wl_longest tries the longest run of tokens
 * first, the key being the text from the first token's start to the last
 * token's end with white space folded to one space.
 */
#ifndef WK_WORDLIST_H
#define WK_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

struct wk_tok;

struct wk_wl;

struct wk_wlent {
	uint32_t	 val;
	const char	*str;	/* NUL-terminated, "" if none */
	size_t		 ntok;	/* tokens: of the entry; wk_wl_longest: matched */
};

struct wk_wl	*wk_wl_new(void);
void		 wk_wl_free(struct wk_wl *);
/* Adds or replaces; str may be NULL. */
void		 wk_wl_add(struct wk_wl *, const char *s, size_t n,
		    uint32_t val, const char *str, size_t strn);
/*
 * Loads a list from memory; name is used in messages. Returns 0, or -1
 * after reporting name:line for a line that is not an entry.
 */
int		 wk_wl_load(struct wk_wl *, const char *p, size_t len,
		    const char *name, uint32_t val);
/* Loads an embedded list (data.h); fatal if it is missing or bad. */
void		 wk_wl_load_data(struct wk_wl *, const char *dataname,
		    uint32_t val);
/* Loads a user file; -1 after reporting an error. */
int		 wk_wl_load_file(struct wk_wl *, const char *path, uint32_t val);

const struct wk_wlent	*wk_wl_get(const struct wk_wl *, const char *s,
			    size_t n);
/*
 * The longest entry over toks[i..], or NULL; its ntok is the number of
 * text tokens matched. The answer is valid until the next call.
 */
const struct wk_wlent	*wk_wl_longest(const struct wk_wl *, const char *text,
			    const struct wk_tok *toks, size_t ntoks, size_t i);
size_t		 wk_wl_size(const struct wk_wl *);

#endif
