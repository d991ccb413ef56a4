/*
 * sentword.c - the splitter's view of words: what follows a mark (its
 * case, whether it starts sentences), the word before a period and its
 * abbreviation class, and the decision they make together (sentscan.h).
 */
#include <stdint.h>
#include <string.h>

#include "sent.h"
#include "sentlex.h"
#include "sentscan.h"
#include "utf8.h"

/* An enumerator at k: "(a) ", "ii) ", "(12) ". */
int
ss_enumerator(const struct scan *sc, size_t k)
{
	const unsigned char *s = sc->s;
	size_t a;

	if (k < sc->n && s[k] == '(')
		k++;
	a = k;
	if (k < sc->n && s[k] >= '0' && s[k] <= '9')
		while (k < sc->n && k - a < 3 && s[k] >= '0' && s[k] <= '9')
			k++;
	else if (k < sc->n && s[k] >= 'a' && s[k] <= 'z' &&
	    !(k + 1 < sc->n && s[k + 1] >= 'a' && s[k + 1] <= 'z'))
		k++;
	else
		while (k < sc->n && k - a < 5 && strchr("ivxlc", s[k]) &&
		    s[k] != '\0')
			k++;
	return k > a && k + 1 < sc->n && s[k] == ')' && s[k + 1] == ' ';
}

/* The class of what follows k; *w0 is where its first word starts. */
int
ss_next_class(const struct scan *sc, size_t k, size_t *w0)
{
	struct item it;
	size_t l;
	int32_t cp;

	*w0 = k;
	if (ss_enumerator(sc, k) && (sc->s[k] == '(' || ss_line_initial(sc, k)))
		return C_OTHER;
	/* a lettered item after a stop: "a. The item", "a) x b) y" */
	if (ss_marker_len(sc, k, &it) > 0 && it.letter &&
	    (it.style == 0 || it.listed))
		return C_OTHER;
	while (k < sc->n && (l = ss_opener_len(sc, k)) > 0)
		k += l;
	*w0 = k;
	if (k >= sc->n)
		return C_OTHER;
	ss_cp_at(sc, k, &cp);
	if (cp < 0)
		return C_OTHER;
	if (wk_is_lower(cp))
		return C_LOWER;
	else if (wk_is_letter(cp))
		return C_UPPER;	/* upper case, title case, or uncased */
	else if (wk_is_digit(cp))
		return C_DIGIT;
	else if (cp == ',' || cp == ';' || cp == ':' || cp == '%' ||
	    cp == ')' || cp == ']' || wk_is_dash(cp))
		return C_CONT;
	return C_OTHER;
}

/* "What do you see? - Posted ...": a dash, then a capital */
int
ss_dash_then_upper(const struct scan *sc, size_t k)
{
	size_t w0;
	int32_t cp;
	int l;

	l = ss_cp_at(sc, k, &cp);
	if (!wk_is_dash(cp) || (size_t)l >= sc->n - k ||
	    ss_space_len(sc, k + (size_t)l) == 0)
		return 0;
	return ss_next_class(sc, ss_skip_space(sc, k + (size_t)l), &w0) ==
	    C_UPPER;
}

/* The word before the period at i: [*ws, *we), openers and closers off. */
void
ss_word_before(const struct scan *sc, size_t i, size_t *ws, size_t *we)
{
	const unsigned char *s = sc->s;
	size_t a = i, lim = i > WORDMAX ? i - WORDMAX : 0, e = i;
	int32_t cp;
	int k;

	if (lim < sc->start)
		lim = sc->start;
	while (a > lim && ss_space_len(sc, a - 1) == 0 &&
	    !(a >= 2 && s[a - 2] == 0xC2 && s[a - 1] == 0xA0))
		a--;
	while (a < e) {
		k = ss_cp_at(sc, a, &cp);
		if (cp >= 0 && wk_is_alnum(cp))
			break;
		a += (size_t)k;
	}
	while (e > a) {
		k = wk_utf8_prev(s, e, &cp);
		if (cp != ')' && cp != ']' && cp != '"' && cp != '\'' &&
		    !(wk_quote_kind(cp) & WK_Q_CLOSE))
			break;
		e -= (size_t)k;
	}
	*ws = a < e ? a : e;
	*we = e;
}

/* a dotted initialism (U.S, N.A.T.O, a.m): 1 upper case, 2 lower, 0 not */
static int
initialism(const unsigned char *w, size_t n)
{
	size_t i;
	int up = 1;

	if (n < 3)
		return 0;
	for (i = 0; i < n; i += 2) {
		if (!ss_alnum(w[i]) || (w[i] >= '0' && w[i] <= '9'))
			return 0;
		if (w[i] >= 'a')
			up = 0;
		if (i + 1 < n && w[i + 1] != '.')
			return 0;
	}
	return up ? 1 : 2;
}

/* The class of the word s[ws..we) before the period at i. */
int
ss_classify(const struct scan *sc, size_t ws, size_t we, size_t i)
{
	const unsigned char *w = sc->s + ws;
	size_t n = we - ws, k;
	int32_t cp;
	int c;

	if (n == 0 || we != i)
		return WK_AB_NONE;
	for (k = 0; k < n; k++)
		if (w[k] == '@' || w[k] == '/')
			return WK_AB_NONE;
	/* a capital alone is an initial, whatever "p." or "v." mean */
	if ((size_t)ss_cp_at(sc, ws, &cp) == n && wk_is_upper(cp))
		return WK_AB_INITIAL;
	c = wk_sl_abbrev((const char *)w, n + 1, sc->o->extra_abbrev);
	if (c == WK_AB_PROPER)	/* "Mass." the state, "mass." a word */
		return w[0] >= 'A' && w[0] <= 'Z' ? WK_AB_FINAL : WK_AB_NONE;
	if (c != WK_AB_NONE)
		return c;
	if ((c = initialism(w, n)) != 0)
		return c == 1 ? WK_AB_PLACE : WK_AB_FINAL;
	/* "Lt.-Gen.", "D-Mass.": the part after the last hyphen of a word */
	for (k = n; k > 1 && w[k - 1] != '-'; k--)
		;
	if (k > 1 && k < n && !(w[0] >= '0' && w[0] <= '9'))
		return ss_classify(sc, ws + k, we, i);
	return WK_AB_NONE;
}

/*
 * Does the ASCII word s[w0..w1) occur in lower case near it? The search
 * spends a budget proportional to the text, so that a text full of such
 * questions still takes linear time.
 */
static int
seen_lower(struct scan *sc, size_t w0, size_t w1)
{
	const unsigned char *s = sc->s, *p, *end;
	unsigned char low[32];
	size_t n = w1 - w0, i, a, b;

	if (n < 2 || n > sizeof(low))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[w0 + i] >= 0x80)
			return 0;
		low[i] = (unsigned char)(s[w0 + i] | (ss_alnum(s[w0 + i]) &&
		    s[w0 + i] >= 'A' ? 0x20 : 0));
	}
	a = w0 > NEAR ? w0 - NEAR : 0;
	b = sc->n - w1 > NEAR ? w1 + NEAR : sc->n;
	if (b - a > sc->budget)
		return 0;
	sc->budget -= b - a;
	for (p = s + a, end = s + b; p + n <= end; p++) {
		if ((p = memchr(p, low[0], (size_t)(end - p))) == NULL ||
		    p + n > end)
			return 0;
		if (memcmp(p, low, n) == 0 && (p == s || !ss_alnum(p[-1]))
		    && (p + n == s + sc->n || !ss_alnum(p[n])))
			return 1;
	}
	return 0;
}

/*
 * Is the capitalised word at w0 the start of a sentence? A function word
 * always is. With news, so is a news subject or a word seen in lower case
 * nearby; without, a news subject only before a lower-case word ("U.S.
 * Doctors said" but "U.S. Forces Korea").
 */
int
ss_starter(struct scan *sc, size_t w0, int news)
{
	const unsigned char *s = sc->s;
	size_t w1 = ss_word_end(sc, w0);
	int k = wk_sl_in(WK_SL_STARTER, (const char *)s + w0, w1 - w0);

	if (k == WK_ST_FUNC)
		return 1;
	if (news)
		return k == WK_ST_NEWS || seen_lower(sc, w0, w1);
	return k == WK_ST_NEWS && w1 + 1 < sc->n && s[w1] == ' ' &&
	    s[w1 + 1] >= 'a' && s[w1 + 1] <= 'z';
}

/* Does a period after a word of class cls end the sentence? */
int
ss_decide(struct scan *sc, int cls, int c, size_t w0)
{
	switch (cls) {
	case WK_AB_TITLE:
	case WK_AB_INNER:
		return 0;
	case WK_AB_NUMBER:
		if (c == C_DIGIT)
			return 0;
		/* FALLTHROUGH */
	case WK_AB_NONE:
		return c != C_LOWER && c != C_CONT;
	case WK_AB_FINAL:
		return c == C_UPPER && ss_starter(sc, w0, 1);
	default:
		return c == C_UPPER && ss_starter(sc, w0, 0);
	}
}

/* Two or more letters and no lower-case one: a word of a headline. */
static int
caps_word(const struct scan *sc, size_t a, size_t b)
{
	size_t letters = 0;

	for (; a < b; a++) {
		if (sc->s[a] >= 'a' && sc->s[a] <= 'z')
			return 0;
		letters += sc->s[a] >= 'A' && sc->s[a] <= 'Z';
	}
	return letters >= 2;
}

/*
 * In an all-capital headline every word looks like a sentence starter,
 * so an abbreviation there ("BIDEN SAYS U.S. WILL SEND") ends nothing:
 * the word before it and the word after it are both in capitals.
 */
int
ss_caps_around(const struct scan *sc, size_t ws, size_t w0)
{
	size_t a, b = ws;

	while (b > sc->start && sc->s[b - 1] == ' ')
		b--;
	if (b == ws)
		return 0;
	for (a = b; a > sc->start && ss_alnum(sc->s[a - 1]); a--)
		;
	return caps_word(sc, a, b) && caps_word(sc, w0, ss_word_end(sc, w0));
}
