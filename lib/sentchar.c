/*
 * sentchar.c - the splitter's view of characters: white space of every
 * kind, quotation marks and brackets that open or close, stops, bullets,
 * and the ends of words (sentscan.h).
 */
#include <stdint.h>
#include <string.h>

#include "sentscan.h"
#include "utf8.h"

int
ss_cp_at(const struct scan *sc, size_t i, int32_t *cp)
{
	if (sc->s[i] < 0x80) {
		*cp = sc->s[i];
		return 1;
	}
	return wk_utf8_decode(sc->s + i, sc->n - i, cp);
}

/* ss_space_len for a byte >= 0x80: NBSP, the U+2000 spaces, U+3000 */
size_t
ss_space_len_u(const struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];
	int32_t cp;
	int k;

	if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF)
		return 0;
	k = wk_utf8_decode(sc->s + i, sc->n - i, &cp);
	return cp >= 0 && wk_is_space(cp) ? (size_t)k : 0;
}

size_t
ss_skip_space(const struct scan *sc, size_t i)
{
	size_t k;

	while (i < sc->n && (k = ss_space_len(sc, i)) > 0)
		i += k;
	return i;
}

/* e moved back over white space, not below a */
size_t
ss_rtrim(const struct scan *sc, size_t a, size_t e)
{
	int32_t cp;
	int k;

	while (e > a) {
		if (sc->s[e - 1] < 0x80) {
			if (ss_space_len(sc, e - 1) == 0)
				break;
			e--;
			continue;
		}
		k = wk_utf8_prev(sc->s, e, &cp);
		if (cp < 0 || !wk_is_space(cp) || (size_t)k > e - a)
			break;
		e -= (size_t)k;
	}
	return e;
}

size_t
ss_closer_len(const struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];
	int32_t cp;
	int k;

	if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'')
		return 1;
	if (c < 0x80)
		return 0;
	k = wk_utf8_decode(sc->s + i, sc->n - i, &cp);
	return (wk_quote_kind(cp) & WK_Q_CLOSE) || cp == 0xFF09 ?
	    (size_t)k : 0;
}

size_t
ss_opener_len(const struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];
	int32_t cp;
	int k;

	if (c == '(' || c == '[' || c == '{' || c == '"' || c == '\'')
		return 1;
	if (c < 0x80)
		return 0;
	k = wk_utf8_decode(sc->s + i, sc->n - i, &cp);
	return (wk_quote_kind(cp) & WK_Q_OPEN) || cp == 0xFF08 ||
	    cp == 0xBF || cp == 0xA1 ? (size_t)k : 0;
}

/* a stop other than . ? !: ellipsis, double marks, full-width stops */
int
ss_is_ustop(int32_t cp)
{
	return cp == 0x2026 || cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049) ||
	    cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E;
}

int
ss_is_bullet(int32_t cp)
{
	return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6 ||
	    cp == 0x25AA || cp == 0x25CF || cp == 0x25A0 || cp == 0x25B8;
}

/* does the text before e (not below a) end with a stop, maybe closed? */
int
ss_ends_with_stop(const struct scan *sc, size_t a, size_t e)
{
	int32_t cp;
	int k;

	while (e > a) {
		k = wk_utf8_prev(sc->s, e, &cp);
		if ((size_t)k > e - a)
			return 0;
		if (cp == '.' || cp == '?' || cp == '!' || ss_is_ustop(cp))
			return 1;
		if (cp != ')' && cp != ']' && !(wk_quote_kind(cp) & WK_Q_CLOSE))
			return 0;
		e -= (size_t)k;
	}
	return 0;
}

/*
 * Has the open sentence a letter or digit before e (non-ASCII bytes count
 * as letters)? What was looked at is remembered, so that a run of stops
 * is not looked over again for each.
 */
int
ss_has_content(struct scan *sc, size_t e)
{
	size_t a = sc->bare > sc->start ? sc->bare : sc->start;

	if (sc->content < e)
		return 1;
	for (; a < e; a++)
		if (sc->s[a] >= 0x80 || ss_alnum(sc->s[a])) {
			sc->content = a;
			return 1;
		}
	if (e > sc->bare)
		sc->bare = e;
	return 0;
}

/* the end of the word that starts at i */
size_t
ss_word_end(const struct scan *sc, size_t i)
{
	size_t a = i;
	int32_t cp;
	int k;

	while (i < sc->n && i - a < 32) {
		if (sc->s[i] < 0x80) {
			if (!ss_alnum(sc->s[i]) && sc->s[i] != '\'' &&
			    sc->s[i] != '-')
				break;
			i++;
			continue;
		}
		k = wk_utf8_decode(sc->s + i, sc->n - i, &cp);
		if (!wk_is_alnum(cp) && cp != 0x2019)
			break;
		i += (size_t)k;
	}
	return i;
}

/* Is k the first non-blank of its line? */
int
ss_line_initial(const struct scan *sc, size_t k)
{
	while (k > 0 && (sc->s[k - 1] == ' ' || sc->s[k - 1] == '\t'))
		k--;
	return k == 0 || sc->s[k - 1] == '\n' || sc->s[k - 1] == '\r';
}
