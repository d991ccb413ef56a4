/*
 * entspan.h - what an entity span may hold: no leading or trailing
 * punctuation, no possessive 's, and for a person no leading title or role
 * word (President, Mr., spokesman); a "person" that is all title is no
 * entity; an unbalanced closing bracket ends a span ("[President
 * Vladimir] Putin"). Inner punctuation stays (St. Louis,
 * RFE/RL), and so does a symbol glued to the end (OPEC+). Applied to the
 * gold spans in training and to the decoded spans, so both agree.
 */
#ifndef WK_ENTSPAN_H
#define WK_ENTSPAN_H

#include <stddef.h>

struct wk_tok;
struct wk_tokinfo;

/*
 * Narrows tokens [*a, *b) of toks/ti (one sentence); *a == *b after it
 * means nothing is left.
 */
void	wk_entspan_trim(const char *s, const struct wk_tok *toks,
	    const struct wk_tokinfo *ti, int type, size_t *a, size_t *b);

/*
 * Where a span that ends at token b really ends: over a glued slash or
 * ampersand and a capitalised word (RFE/RL) and a glued final plus
 * (OPEC+), which the tagger rarely saw inside a name.
 */
size_t	wk_entspan_glue(const char *s, const struct wk_tok *toks, size_t n,
	    size_t b);

/*
 * A title or role word inside a name that is no person's, with a name
 * after it: "U.N. Secretary-General António Guterres", "Fed Chair Jerome
 * Powell", "Texas Gov. Greg Abbott". Returns the token where the title
 * starts, the name before it ending there, and sets *p to where the
 * person after it starts; returns b if [a, b) holds no such title.
 */
size_t	wk_entspan_title(const char *s, const struct wk_tok *toks,
	    const struct wk_tokinfo *ti, size_t a, size_t b, size_t *p);

/*
 * Whether tokens [j, b) can be a person's name after a title: capitalised
 * words, initials and particles, none a place, organisation or title word.
 */
int	wk_entspan_name(const char *s, const struct wk_tok *toks,
	    const struct wk_tokinfo *ti, size_t j, size_t b);

#endif
