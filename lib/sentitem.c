/*
 * sentitem.c - list items: bullets, numbered and lettered markers, the
 * next item of an inline list, and what a sentence opens with
 * (sentscan.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sentlex.h"
#include "sentscan.h"
#include "utf8.h"

static const char *const styles[] = { ".", ")", ".)" };

/* The start of the next item of the list on this line, or NONE. */
static size_t
find_item(const struct scan *sc, size_t q, const struct item *it)
{
	char needle[16];
	const unsigned char *p, *end;
	size_t lim = sc->n - q > ITEMMAX ? q + ITEMMAX : sc->n, len;

	if (it->letter)
		len = (size_t)snprintf(needle, sizeof(needle), " %c%s ",
		    (char)(it->v + 1), styles[it->style]);
	else
		len = (size_t)snprintf(needle, sizeof(needle), " %u%s ",
		    it->v + 1, styles[it->style]);
	if ((p = memchr(sc->s + q, '\n', lim - q)) != NULL)
		lim = (size_t)(p - sc->s);
	for (p = sc->s + q, end = sc->s + lim; p + len <= end; p++) {
		if ((p = memchr(p, ' ', (size_t)(end - p))) == NULL ||
		    p + len > end)
			break;
		if (memcmp(p, needle, len) == 0)
			return (size_t)(p - sc->s) + 1;
	}
	return NONE;
}

/*
 * Bytes of a numbered or lettered item marker at p ("1. ", "b) "), or 0.
 * A letter is a marker before a capital, when the next letter's marker
 * follows on the line ("a) here b) there"), or where the list led us to
 * expect it.
 */
size_t
ss_marker_len(const struct scan *sc, size_t p, struct item *it)
{
	const unsigned char *s = sc->s;
	size_t q = p;

	it->v = 0;
	it->letter = it->listed = 0;
	while (q < sc->n && q - p < 3 && s[q] >= '0' && s[q] <= '9')
		it->v = it->v * 10 + (unsigned)(s[q++] - '0');
	if (q == p && q < sc->n && s[q] >= 'a' && s[q] <= 'z') {
		it->v = s[q++];
		it->letter = 1;
	}
	if (q == p || q + 1 >= sc->n || ss_alnum(s[q]))
		return 0;
	if (s[q] == '.' && s[q + 1] == ')')
		it->style = 2, q += 2;
	else if (s[q] == ')')
		it->style = 1, q++;
	else if (s[q] == '.')
		it->style = 0, q++;
	else
		return 0;
	if (q + 1 >= sc->n || s[q] != ' ')
		return 0;
	/* "a. The item", or "a) item" when "b) " follows on the line */
	it->listed = it->letter && find_item(sc, q, it) != NONE;
	if (it->letter && !it->listed && p != sc->expect &&
	    !(s[q + 1] >= 'A' && s[q + 1] <= 'Z'))
		return 0;
	return q - p;
}

/* bytes of a bullet at p ("•", or "- " "* " "+ "), or 0 */
size_t
ss_bullet_len(const struct scan *sc, size_t p)
{
	unsigned char c = sc->s[p];
	int32_t cp;
	int k;

	if (c == '-' || c == '*' || c == '+')
		return p + 1 < sc->n && sc->s[p + 1] == ' ' ? 1 : 0;
	if (c < 0x80)
		return 0;
	k = ss_cp_at(sc, p, &cp);
	return ss_is_bullet(cp) ? (size_t)k : 0;
}


/*
 * A sentence begins at sc->start: if it opens with a list marker, skip the
 * marker (its period ends nothing) and note where the next item starts.
 * Returns where scanning goes on.
 */
size_t
ss_begin(struct scan *sc)
{
	struct item it;
	size_t p = sc->start, m;

	if (p >= sc->n)
		return p;
	if ((p == 0 || sc->s[p - 1] == '\n') &&
	    (m = wk_sl_dateline((const char *)sc->s + p, sc->n - p)) > 0 &&
	    p + m + 1 < sc->n && sc->s[p + m] == ' ' &&
	    sc->s[p + m + 1] >= 'A' && sc->s[p + m + 1] <= 'Z') {
		/* "Monday, March 3, 2025 On Sunday, ...": a dateline run in */
		sc->forced = p + m + 1;
		return p + m;
	}
	/* "Q. What is it? A. A splitter.": interview turns */
	if (p + 2 < sc->n && (sc->s[p] == 'Q' || sc->s[p] == 'A') &&
	    sc->s[p + 1] == '.' && sc->s[p + 2] == ' ')
		return p + 2;
	p += ss_bullet_len(sc, p);
	p = ss_skip_space(sc, p);
	if (p >= sc->n || (m = ss_marker_len(sc, p, &it)) == 0)
		return p;
	sc->forced = find_item(sc, p + m, &it);
	return p + m;
}
