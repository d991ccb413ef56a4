/*
 * sentline.c - line breaks: a blank line ends a sentence; a single break
 * ends one after a headline, byline or dateline and before a list item,
 * and not inside wrapped text (sentscan.h).
 */
#include <stdint.h>
#include <string.h>

#include "sent.h"
#include "sentlex.h"
#include "sentscan.h"
#include "utf8.h"

/* the start of the line that holds i */
static size_t
line_start(const struct scan *sc, size_t i)
{
	while (i > 0 && sc->s[i - 1] != '\n' && sc->s[i - 1] != '\r')
		i--;
	return i;
}

static size_t
line_end(const struct scan *sc, size_t k)
{
	const unsigned char *p = memchr(sc->s + k, '\n', sc->n - k);

	return ss_rtrim(sc, k, p != NULL ? (size_t)(p - sc->s) : sc->n);
}

/*
 * Is the line that holds i (its text ends at le) wrapped text, before the
 * line k..ne whose first word starts at w0? It is when both are no longer
 * than WRAP_MAX and that word would not have fitted on it in WRAP_WIDTH
 * columns.
 */
static int
wrapped(const struct scan *sc, size_t i, size_t le, size_t k, size_t ne,
    size_t w0)
{
	size_t ls = line_start(sc, i);

	return le - ls <= WRAP_MAX && ne - k <= WRAP_MAX &&
	    le - ls + 1 + (ss_word_end(sc, w0) - k) > WRAP_WIDTH;
}

/*
 * Does a single line break at i, before the line at k, end a sentence?
 * Yes after a headline, byline, dateline or list item and before a list
 * item; no in wrapped text (a line that ends inside a phrase, or one the
 * next line's first word would not have fitted on).
 */
static int
line_break(const struct scan *sc, size_t i, size_t k)
{
	const unsigned char *s = sc->s;
	size_t ls = line_start(sc, i), le, ne, a, w0;
	struct item it;
	int c;
	int32_t cp;

	if (ls < sc->start)
		ls = sc->start;
	if ((le = ss_rtrim(sc, ls, i)) <= ls)
		return 0;
	/* before a list item, even where the stop that ends the line did
	 * not cut: ".\n- First point" */
	if (ss_bullet_len(sc, k) > 0 || ss_marker_len(sc, k, &it) > 0 ||
	    ss_enumerator(sc, k))
		return 1;
	if (ss_ends_with_stop(sc, ls, le))
		return 0;
	ne = line_end(sc, k);
	if (wk_sl_dateline((const char *)s + ls, le - ls) == le - ls ||
	    wk_sl_dateline((const char *)s + k, ne - k) == ne - k)
		return 1;
	c = ss_next_class(sc, k, &w0);
	wk_utf8_prev(s, le, &cp);
	/* "The mayor stated,\n"The bridge ...": a quotation's own paragraph */
	if (cp == ',')
		return c == C_UPPER && w0 > k && ss_opener_len(sc, k) > 0 &&
		    !wrapped(sc, i, le, k, ne, w0);
	if (cp == ';' || cp == '(' || cp == '&' || cp == '/' ||
	    wk_is_dash(cp))
		return 0;
	for (a = le; a > ls && ss_alnum(s[a - 1]); a--)
		;
	if (wk_sl_in(WK_SL_NONFINAL, (const char *)s + a, le - a))
		return 0;
	if (c == C_LOWER)
		return le - ls < SHORT && ne - k < SHORT &&
		    !ss_ends_with_stop(sc, k, ne);
	if (cp == ':')
		return 1;
	/* a list item ends with its line, unless the next is lower case */
	if (sc->body > sc->start)
		return c != C_CONT;
	return c != C_CONT && !wrapped(sc, i, le, k, ne, w0);
}

size_t
ss_on_newline(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t j = i + 1, k, l;

	if (s[i] == '\r' && j < sc->n && s[j] == '\n')
		return j;
	for (k = j; k < sc->n && s[k] != '\n' && s[k] != '\r' &&
	    (l = ss_space_len(sc, k)) > 0; k += l)
		;
	if (k >= sc->n)
		return sc->n;
	if (s[k] == '\n' || s[k] == '\r')
		return ss_cut(sc, i, k, 1);
	if (sc->start >= i || sc->o->newline == WK_NL_NEVER)
		return j;
	if (sc->o->newline == WK_NL_ALWAYS)
		return ss_cut(sc, i, j, 1);
	return line_break(sc, i, k) ? ss_cut(sc, i, k, 0) : j;
}
