/*
 * sentstop.c - the decisions at stops and the other marks in a line:
 * periods, ellipses, question and exclamation marks, full-width stops,
 * caption labels, quotations that are a verb's object, and capitalised
 * function words that show a lost break (sentscan.h).
 */
#include <stdint.h>
#include <string.h>

#include "sent.h"
#include "sentlex.h"
#include "sentscan.h"
#include "utf8.h"

/* bytes of a footnote mark at j, "[12]", or 0 */
static size_t
citation_len(const struct scan *sc, size_t j)
{
	size_t k = j + 1;

	if (sc->s[j] != '[')
		return 0;
	while (k < sc->n && k - j < 5 && sc->s[k] >= '0' && sc->s[k] <= '9')
		k++;
	return k > j + 1 && k < sc->n && sc->s[k] == ']' ? k + 1 - j : 0;
}

/* Past a closing guillemet set off by a space, French style: "prêts. »" */
static size_t
spaced_guillemet(const struct scan *sc, size_t j)
{
	size_t k = j, l;
	int32_t cp;

	while (k < sc->n && sc->s[k] != '\n' && (l = ss_space_len(sc, k)) > 0)
		k += l;
	if (k == j || k >= sc->n)
		return j;
	l = (size_t)ss_cp_at(sc, k, &cp);
	return cp == 0xBB || cp == 0x203A ? k + l : j;
}

/* Past closing quotes and brackets and further stops after a mark. */
static size_t
end_cluster(const struct scan *sc, size_t j)
{
	size_t k;
	int32_t cp;

	while (j < sc->n) {
		if (sc->s[j] == '.' || sc->s[j] == '?' || sc->s[j] == '!') {
			j++;
			continue;
		}
		if ((k = citation_len(sc, j)) > 0) {
			j += k;
			continue;
		}
		if ((k = ss_closer_len(sc, j)) == 0) {
			if (sc->s[j] < 0x80)
				break;
			k = (size_t)ss_cp_at(sc, j, &cp);
			/* a stop, or a quote mark turned the wrong way: “ */
			if (!ss_is_ustop(cp) && !(wk_quote_kind(cp) &&
			    (j + k >= sc->n || ss_space_len(sc, j + k) > 0)))
				break;
		}
		/* a quote mark before a letter is an apostrophe or opens */
		if (j + k < sc->n && ss_alnum(sc->s[j + k]))
			break;
		j += k;
	}
	return spaced_guillemet(sc, j);
}

/*
 * "ended.The next": a period between a word (or number) and a capitalised
 * word, outside URLs, e-mail addresses, domains and abbreviations.
 */
static int
nospace_break(const struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t a, b, w;

	if (i + 2 >= sc->n || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
	    !(s[i + 2] >= 'a' && s[i + 2] <= 'z') || i < sc->start + 1)
		return 0;
	if (!(s[i - 1] >= '0' && s[i - 1] <= '9') && !(i >= sc->start + 2 &&
	    ss_alnum(s[i - 1]) && ss_alnum(s[i - 2]) &&
	    s[i - 1] > '9' && s[i - 2] > '9'))
		return 0;
	for (a = i; a > sc->start && i - a < TOKMAX &&
	    ss_space_len(sc, a - 1) == 0;)
		a--;
	for (b = i; b < sc->n && b - i < TOKMAX &&
	    ss_space_len(sc, b) == 0; b++)
		if (s[b] == '@' || (s[b] == '/' && b + 1 < sc->n &&
		    s[b + 1] == '/'))
			return 0;
	for (w = a; w < i; w++)
		if (s[w] == '@' || s[w] == '/')
			return 0;
	if (i - a >= 4 && memcmp(s + a, "www.", 4) == 0)
		return 0;
	if (wk_sl_in(WK_SL_TLD, (const char *)s + i + 1,
	    ss_word_end(sc, i + 1) - i - 1))
		return 0;
	for (w = i; w > a && ss_alnum(s[w - 1]); w--)
		;
	return wk_sl_abbrev((const char *)s + w, i + 1 - w,
	    sc->o->extra_abbrev) == WK_AB_NONE;
}

/* A period at i (the last of i0..i when it ends a run like ".."). */
static size_t
period(struct scan *sc, size_t i0, size_t i)
{
	size_t j, k, ws, we, w0;
	int c, cls;

	j = end_cluster(sc, i + 1);
	if (j >= sc->n)
		return sc->n;
	if (ss_space_len(sc, j) == 0) {
		if (j == i + 1 && nospace_break(sc, i))
			return ss_cut(sc, i + 1, i + 1, 0);
		return j;
	}
	if ((k = ss_skip_space(sc, j)) >= sc->n)
		return sc->n;
	ss_word_before(sc, i0, &ws, &we);
	c = ss_next_class(sc, k, &w0);
	cls = ss_classify(sc, ws, we, i0);
	if (cls != WK_AB_NONE && ss_caps_around(sc, ws, w0))
		return j;
	if (ss_decide(sc, cls, c, w0))
		return ss_cut(sc, j, k, 0);
	return j;
}

/*
 * An ellipsis s[i..e): ends a sentence before a capitalised sentence
 * starter (before any capital after a period and an ellipsis: four).
 */
static size_t
ellipsis(struct scan *sc, size_t i, size_t e, int four)
{
	size_t j, k, w0;
	int c;

	/* an omission, "[...]", ends a sentence like an ellipsis */
	if (i > 0 && (sc->s[i - 1] == '[' || sc->s[i - 1] == '(') &&
	    e < sc->n && (sc->s[e] == ']' || sc->s[e] == ')'))
		e++;
	if (!ss_has_content(sc, i))
		return e;
	j = end_cluster(sc, e);
	if (j >= sc->n)
		return sc->n;
	if (ss_space_len(sc, j) == 0)
		return j;
	if ((k = ss_skip_space(sc, j)) >= sc->n)
		return sc->n;
	c = ss_next_class(sc, k, &w0);
	if (c == C_UPPER && (four || ss_starter(sc, w0, 1)))
		return ss_cut(sc, j, k, 0);
	return j;
}

/* ". . ." and ". . . .": spaced dots from i. */
static size_t
spaced_dots(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t p = i, ndots = 1, j, k, w0;
	int attached = i > sc->start && ss_space_len(sc, i - 1) == 0;

	while (p + 2 < sc->n && s[p + 1] == ' ' && s[p + 2] == '.')
		p += 2, ndots++;
	if (ndots == 2)
		return period(sc, i, i);
	if (!attached)
		return ndots == 3 ? p + 1 : ellipsis(sc, i, p + 1, 1);
	if (ndots == 3)
		return ellipsis(sc, i, p + 1, 0);
	/* "word. . . . Next": a period, then an ellipsis that opens the next */
	j = end_cluster(sc, p + 1);
	if (j >= sc->n || ss_space_len(sc, j) == 0)
		return j;
	if ((k = ss_skip_space(sc, j)) < sc->n &&
	    ss_next_class(sc, k, &w0) == C_UPPER) {
		ss_cut(sc, i + 1, i + 1, 0);
		return j;
	}
	return j;
}

size_t
ss_on_period(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t e;

	if (i + 1 < sc->n && s[i + 1] == '.') {
		for (e = i + 1; e < sc->n && s[e] == '.'; e++)
			;
		if (e - i >= 3)
			return ellipsis(sc, i, e, e - i >= 4);
		return period(sc, i, e - 1);
	}
	if (i + 2 < sc->n && s[i + 1] == ' ' && s[i + 2] == '.')
		return spaced_dots(sc, i);
	return period(sc, i, i);
}

/* ? ! and the like, len bytes at i */
size_t
ss_on_bang(struct scan *sc, size_t i, size_t len)
{
	size_t j, k, w0;
	int c;

	j = end_cluster(sc, i + len);
	if (j >= sc->n)
		return sc->n;
	if (ss_space_len(sc, j) == 0 || !ss_has_content(sc, i))
		return j;
	if ((k = ss_skip_space(sc, j)) >= sc->n)
		return sc->n;
	c = ss_next_class(sc, k, &w0);
	if (c == C_LOWER || (c == C_CONT && !(j == i + len &&
	    ss_dash_then_upper(sc, k))))
		return j;
	return ss_cut(sc, j, k, 0);
}

/* "... at the harbor in Oslo Photo: Ann Lee.": a caption label */
size_t
ss_on_colon(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t a = i;

	if (i + 1 >= sc->n || s[i + 1] != ' ')
		return i + 1;
	while (a > sc->start && ss_alnum(s[a - 1]))
		a--;
	if (a == i || a <= sc->start + 1 || s[a - 1] != ' ' ||
	    !(s[a] >= 'A' && s[a] <= 'Z') ||
	    !wk_sl_in(WK_SL_CAPTION, (const char *)s + a, i - a))
		return i + 1;
	ss_cut(sc, a, a, 0);
	return i + 1;
}

/*
 * A quotation opened right after a reporting verb with no comma or colon
 * (said "All are safe ...) is the object of the reporter's sentence: its
 * stops end nothing until the last one, just before it closes.
 */
size_t
ss_on_quote(struct scan *sc, size_t i, size_t len)
{
	const unsigned char *s = sc->s, *p, *end;
	size_t lim, a;

	if (i < sc->start + 3 || s[i - 1] != ' ' || i + len >= sc->n ||
	    ss_space_len(sc, i + len) > 0)
		return i + len;
	for (a = i - 1; a > sc->start && ss_alnum(s[a - 1]); a--)
		;
	if (a == i - 1 ||
	    !wk_sl_in(WK_SL_QUOTEVERB, (const char *)s + a, i - 1 - a))
		return i + len;
	lim = sc->n - i > ITEMMAX ? i + ITEMMAX : sc->n;
	if ((p = memchr(s + i, '\n', lim - i)) != NULL)
		lim = (size_t)(p - s);
	for (p = s + i + len, end = s + lim; p < end; p++) {
		if (*p == '"' || (*p == 0xE2 && p + 2 < end && p[1] == 0x80 &&
		    p[2] == 0x9D)) {
			while (p > s + i + len && (p[-1] == '.' ||
			    p[-1] == '?' || p[-1] == '!'))
				p--;
			sc->quiet = (size_t)(p - s);
			break;
		}
	}
	return i + len;
}

/*
 * "... in any district In the north district ...": a capitalised
 * function word after a word without a stop and before a lower-case word
 * starts a sentence whose break was lost.
 */
size_t
ss_on_capital(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t e, a;

	if (i < sc->body + 3 || i < sc->start + 3 || s[i - 1] != ' ' ||
	    !ss_alnum(s[i - 2]))
		return i + 1;
	for (e = i + 1; e < sc->n && e - i < 32 &&
	    ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'); e++)
		;
	if (e - i >= 32 || !(wk_sl_midlens(s[i]) >> (e - i) & 1) ||
	    e + 1 >= sc->n || s[e] != ' ' ||
	    !(s[e + 1] >= 'a' && s[e + 1] <= 'z') ||
	    !wk_sl_in(WK_SL_MIDSTART, (const char *)s + i, e - i))
		return e;
	for (a = i - 1; a > sc->start && ss_alnum(s[a - 1]); a--)
		;
	if (wk_sl_in(WK_SL_NONFINAL, (const char *)s + a, i - 1 - a))
		return e;
	return ss_cut(sc, i - 1, i, 0);
}

/* a candidate that starts with a byte >= 0x80 */
size_t
ss_on_unicode(struct scan *sc, size_t i)
{
	int32_t cp;
	size_t len = (size_t)ss_cp_at(sc, i, &cp);

	if (cp == 0x2026)
		return ellipsis(sc, i, i + len, 0);
	if (cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049))
		return ss_on_bang(sc, i, len);
	if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E) {
		size_t j = end_cluster(sc, i + len);

		return j < sc->n && ss_has_content(sc, i) ?
		    ss_cut(sc, j, j, 0) : j;
	}
	if (cp == 0x2029)
		return ss_cut(sc, i, i + len, 1);
	if (cp == 0x201C)
		return ss_on_quote(sc, i, len);
	if (ss_is_bullet(cp) && i > sc->start && ss_space_len(sc, i - 1) > 0)
		return ss_cut(sc, i, i, 0);
	return i + (len ? len : 1);
}
