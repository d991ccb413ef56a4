/*
 * sent.c - the sentence splitter (sent.h). One pass: a table marks the
 * bytes worth a look (. ? ! : line ends, and the lead bytes of the
 * ellipsis, bullets and full-width stops); the rest is skipped a byte at
 * a time without a branch on its content. Each candidate is decided from
 * its neighbourhood: the word before a period (its abbreviation class),
 * the first word after the mark (its case, whether it starts sentences)
 * and, at a line break, the shape of the two lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sent.h"
#include "sentlex.h"
#include "tok.h"
#include "utf8.h"
#include "wordlist.h"

#define NEAR		16384	/* how far to look for a word in lower case */
#define WORDMAX		64	/* longest word looked at before a period */
#define TOKMAX		256	/* longest token searched for @ and :// */
#define ITEMMAX		4096	/* how far an inline list item is looked for */
#define WRAP_MIN	50	/* a line this long may be wrapped text ... */
#define WRAP_MAX	100	/* ... if it and the next are no longer */
#define SHORT		50	/* shorter lines without stops form a list */
#define NONE		SIZE_MAX

/* what follows a mark */
enum { C_EOT, C_LOWER, C_UPPER, C_DIGIT, C_CONT, C_OTHER };

struct scan {
	const unsigned char		*s;
	size_t				 n;
	const struct wk_sent_opts	*o;
	struct wk_sents			*out;
	size_t				 start;	 /* of the open sentence */
	size_t				 forced; /* next inline list item */
	size_t				 body;	 /* after its list marker */
	size_t				 quiet;	 /* stops before this end nothing */
};

static unsigned char	cand[256];

void
wk_sent_init(void)
{
	const char *p;
	int c;

	if (cand['.'])
		return;
	wk_sl_init();
	for (p = ".?!:\"\n\r"; *p; p++)
		cand[(unsigned char)*p] = 1;
	cand[0xE2] = cand[0xE3] = cand[0xEF] = 1;
	for (c = 'A'; c <= 'Z'; c++)
		cand[c] = (unsigned char)wk_sl_midinitial(c);
}

int
wk_sent_abbrev(struct wk_wl **wl, const char *path)
{
	if (*wl == NULL)
		*wl = wk_wl_new();
	return wk_wl_load_file(*wl, path, WK_AB_FINAL);
}

void
wk_sents_free(struct wk_sents *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}

/* --- characters --- */

static int
is_alnum_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int
cp_at(const struct scan *sc, size_t i, int32_t *cp)
{
	if (sc->s[i] < 0x80) {
		*cp = sc->s[i];
		return 1;
	}
	return wk_utf8_decode(sc->s + i, sc->n - i, cp);
}

/* bytes of the white space character at i, or 0 */
static size_t
space_len(const struct scan *sc, size_t i)
{
	unsigned char c = sc->s[i];
	int32_t cp;
	int k;

	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
	if (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF)
		return 0;
	k = wk_utf8_decode(sc->s + i, sc->n - i, &cp);
	return cp >= 0 && wk_is_space(cp) ? (size_t)k : 0;
}

static size_t
skip_space(const struct scan *sc, size_t i)
{
	size_t k;

	while (i < sc->n && (k = space_len(sc, i)) > 0)
		i += k;
	return i;
}

/* e moved back over white space, not below a */
static size_t
rtrim(const struct scan *sc, size_t a, size_t e)
{
	int32_t cp;
	int k;

	while (e > a) {
		if (sc->s[e - 1] < 0x80) {
			if (space_len(sc, e - 1) == 0)
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

static size_t
closer_len(const struct scan *sc, size_t i)
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

static size_t
opener_len(const struct scan *sc, size_t i)
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
static int
is_ustop(int32_t cp)
{
	return cp == 0x2026 || cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049) ||
	    cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E;
}

static int
is_bullet(int32_t cp)
{
	return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6 ||
	    cp == 0x25AA || cp == 0x25CF || cp == 0x25A0 || cp == 0x25B8;
}

/* does the text before e (not below a) end with a stop, maybe closed? */
static int
ends_with_stop(const struct scan *sc, size_t a, size_t e)
{
	int32_t cp;
	int k;

	while (e > a) {
		k = wk_utf8_prev(sc->s, e, &cp);
		if ((size_t)k > e - a)
			return 0;
		if (cp == '.' || cp == '?' || cp == '!' || is_ustop(cp))
			return 1;
		if (cp != ')' && cp != ']' && !(wk_quote_kind(cp) & WK_Q_CLOSE))
			return 0;
		e -= (size_t)k;
	}
	return 0;
}

/* has s[a..e) a letter or digit (non-ASCII bytes count as letters)? */
static int
has_content(const struct scan *sc, size_t a, size_t e)
{
	for (; a < e; a++)
		if (sc->s[a] >= 0x80 || is_alnum_byte(sc->s[a]))
			return 1;
	return 0;
}

/* --- words --- */

/* the end of the word that starts at i */
static size_t
word_end(const struct scan *sc, size_t i)
{
	size_t a = i;
	int32_t cp;
	int k;

	while (i < sc->n && i - a < 32) {
		if (sc->s[i] < 0x80) {
			if (!is_alnum_byte(sc->s[i]) && sc->s[i] != '\'' &&
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

struct item {
	unsigned	v;	/* number, or the letter */
	int		letter;
	int		style;	/* 0 "1.", 1 "1)", 2 "1.)" */
};

static const char *const styles[] = { ".", ")", ".)" };

/* Bytes of a numbered or lettered item marker at p ("1. ", "b) "), or 0. */
static size_t
marker_len(const struct scan *sc, size_t p, struct item *it)
{
	const unsigned char *s = sc->s;
	size_t q = p;

	it->v = 0;
	it->letter = 0;
	while (q < sc->n && q - p < 3 && s[q] >= '0' && s[q] <= '9')
		it->v = it->v * 10 + (unsigned)(s[q++] - '0');
	if (q == p && q < sc->n && s[q] >= 'a' && s[q] <= 'z') {
		it->v = s[q++];
		it->letter = 1;
	}
	if (q == p || q + 1 >= sc->n || is_alnum_byte(s[q]))
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
	if (it->letter && !(s[q + 1] >= 'A' && s[q + 1] <= 'Z'))
		return 0;
	return q - p;
}

/* Is k the first non-blank of its line? */
static int
line_initial(const struct scan *sc, size_t k)
{
	while (k > 0 && (sc->s[k - 1] == ' ' || sc->s[k - 1] == '\t'))
		k--;
	return k == 0 || sc->s[k - 1] == '\n' || sc->s[k - 1] == '\r';
}

/* An enumerator at k: "(a) ", "ii) ", "(12) ". */
static int
enumerator(const struct scan *sc, size_t k)
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

/* The class of what follows k; [*w0, *w1) is its first word. */
static int
next_class(const struct scan *sc, size_t k, size_t *w0, size_t *w1)
{
	struct item it;
	size_t l;
	int32_t cp;
	int c;

	*w0 = *w1 = k;
	if (enumerator(sc, k) && (sc->s[k] == '(' || line_initial(sc, k)))
		return C_OTHER;
	/* "a. The item" after a stop; "b) item" only as above */
	if (marker_len(sc, k, &it) > 0 && it.letter && it.style == 0)
		return C_OTHER;
	while (k < sc->n && (l = opener_len(sc, k)) > 0)
		k += l;
	*w0 = *w1 = k;
	if (k >= sc->n)
		return C_OTHER;
	cp_at(sc, k, &cp);
	if (cp < 0)
		return C_OTHER;
	if (wk_is_lower(cp))
		c = C_LOWER;
	else if (wk_is_letter(cp))
		c = C_UPPER;	/* upper case, title case, or uncased */
	else if (wk_is_digit(cp))
		return C_DIGIT;
	else if (cp == ',' || cp == ';' || cp == ':' || cp == '%' ||
	    cp == ')' || cp == ']' || wk_is_dash(cp))
		return C_CONT;
	else
		return C_OTHER;
	*w1 = word_end(sc, k);
	return c;
}

/* "What do you see? - Posted ...": a dash, then a capital */
static int
dash_then_upper(const struct scan *sc, size_t k)
{
	size_t w0, w1;
	int32_t cp;
	int l;

	l = cp_at(sc, k, &cp);
	if (!wk_is_dash(cp) || (size_t)l >= sc->n - k ||
	    space_len(sc, k + (size_t)l) == 0)
		return 0;
	return next_class(sc, skip_space(sc, k + (size_t)l), &w0, &w1) ==
	    C_UPPER;
}

/* The word before the period at i: [*ws, *we), openers and closers off. */
static void
word_before(const struct scan *sc, size_t i, size_t *ws, size_t *we)
{
	const unsigned char *s = sc->s;
	size_t a = i, lim = i > WORDMAX ? i - WORDMAX : 0, e = i;
	int32_t cp;
	int k;

	if (lim < sc->start)
		lim = sc->start;
	while (a > lim && space_len(sc, a - 1) == 0 &&
	    !(a >= 2 && s[a - 2] == 0xC2 && s[a - 1] == 0xA0))
		a--;
	while (a < e) {
		k = cp_at(sc, a, &cp);
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
		if (!is_alnum_byte(w[i]) || (w[i] >= '0' && w[i] <= '9'))
			return 0;
		if (w[i] >= 'a')
			up = 0;
		if (i + 1 < n && w[i + 1] != '.')
			return 0;
	}
	return up ? 1 : 2;
}

/* The class of the word s[ws..we) before the period at i. */
static int
classify(const struct scan *sc, size_t ws, size_t we, size_t i)
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
	if ((size_t)cp_at(sc, ws, &cp) == n && wk_is_upper(cp))
		return WK_AB_INITIAL;
	c = wk_sl_abbrev((const char *)w, n + 1, sc->o->extra_abbrev);
	if (c != WK_AB_NONE)
		return c;
	if ((c = initialism(w, n)) != 0)
		return c == 1 ? WK_AB_PLACE : WK_AB_FINAL;
	return WK_AB_NONE;
}

/* Does the ASCII word s[w0..w1) occur in lower case near it? */
static int
seen_lower(const struct scan *sc, size_t w0, size_t w1)
{
	const unsigned char *s = sc->s, *p, *end;
	unsigned char low[32];
	size_t n = w1 - w0, i, a, b;

	if (n < 2 || n > sizeof(low))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[w0 + i] >= 0x80)
			return 0;
		low[i] = (unsigned char)(s[w0 + i] | (is_alnum_byte(s[w0 + i]) &&
		    s[w0 + i] >= 'A' ? 0x20 : 0));
	}
	a = w0 > NEAR ? w0 - NEAR : 0;
	b = sc->n - w1 > NEAR ? w1 + NEAR : sc->n;
	for (p = s + a, end = s + b; p + n <= end; p++) {
		if ((p = memchr(p, low[0], (size_t)(end - p))) == NULL ||
		    p + n > end)
			return 0;
		if (memcmp(p, low, n) == 0 && (p == s || !is_alnum_byte(p[-1]))
		    && (p + n == s + sc->n || !is_alnum_byte(p[n])))
			return 1;
	}
	return 0;
}

/* Is the capitalised word s[w0..w1) the start of a sentence? */
static int
starter(const struct scan *sc, size_t w0, size_t w1, int news)
{
	int k = wk_sl_starter((const char *)sc->s + w0, w1 - w0);

	if (k == WK_ST_FUNC)
		return 1;
	return news && (k == WK_ST_NEWS || seen_lower(sc, w0, w1));
}

/* Does a period after a word of class cls end the sentence? */
static int
decide(const struct scan *sc, int cls, int c, size_t w0, size_t w1)
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
		return c == C_UPPER && starter(sc, w0, w1, 1);
	default:
		return c == C_UPPER && starter(sc, w0, w1, 0);
	}
}

/* --- list items --- */

/* bytes of a bullet at p ("•", or "- " "* " "+ "), or 0 */
static size_t
bullet_len(const struct scan *sc, size_t p)
{
	unsigned char c = sc->s[p];
	int32_t cp;
	int k;

	if (c == '-' || c == '*' || c == '+')
		return p + 1 < sc->n && sc->s[p + 1] == ' ' ? 1 : 0;
	if (c < 0x80)
		return 0;
	k = cp_at(sc, p, &cp);
	return is_bullet(cp) ? (size_t)k : 0;
}

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
 * A sentence begins at sc->start: if it opens with a list marker, skip the
 * marker (its period ends nothing) and note where the next item starts.
 * Returns where scanning goes on.
 */
static size_t
begin(struct scan *sc)
{
	struct item it;
	size_t p = sc->start, m;

	if (p >= sc->n)
		return p;
	if ((p == 0 || sc->s[p - 1] == '\n') &&
	    (m = wk_sl_dateline((const char *)sc->s + p, sc->n - p)) > 0 &&
	    p + m + 1 < sc->n && sc->s[p + m] == ' ' &&
	    sc->s[p + m + 1] >= 'A' && sc->s[p + m + 1] <= 'Z') {
		/* "Thursday, May 7, 2015 On Tuesday, ...": a dateline run in */
		sc->forced = p + m + 1;
		return p + m;
	}
	/* "Q. What is it? A. A splitter.": interview turns */
	if (p + 2 < sc->n && (sc->s[p] == 'Q' || sc->s[p] == 'A') &&
	    sc->s[p + 1] == '.' && sc->s[p + 2] == ' ')
		return p + 2;
	p += bullet_len(sc, p);
	p = skip_space(sc, p);
	if (p >= sc->n || (m = marker_len(sc, p, &it)) == 0)
		return p;
	sc->forced = find_item(sc, p + m, &it);
	return p + m;
}

/* --- boundaries --- */

/*
 * Ends the open sentence at end (trimmed) and opens the next at next.
 * Without hard, a sentence of nothing but punctuation is not cut off but
 * joins the next. Returns where scanning goes on.
 */
static size_t
cut(struct scan *sc, size_t end, size_t next, int hard)
{
	struct wk_sents *out = sc->out;
	struct wk_sent *v;
	size_t e = rtrim(sc, sc->start, end);

	if (sc->start < e && (hard || has_content(sc, sc->start, e))) {
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 64;
			out->v = wk_xrealloc(out->v, out->cap, sizeof(*out->v));
		}
		v = &out->v[out->n++];
		v->start = (uint32_t)sc->start;
		v->end = (uint32_t)e;
		v->tok0 = v->tok1 = 0;
	} else if (!hard)
		return next;
	sc->start = skip_space(sc, next);
	sc->forced = NONE;
	sc->quiet = 0;
	return sc->body = begin(sc);
}

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

	while (k < sc->n && sc->s[k] != '\n' && (l = space_len(sc, k)) > 0)
		k += l;
	if (k == j || k >= sc->n)
		return j;
	l = (size_t)cp_at(sc, k, &cp);
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
		if ((k = closer_len(sc, j)) == 0) {
			if (sc->s[j] < 0x80)
				break;
			k = (size_t)cp_at(sc, j, &cp);
			/* a stop, or a quote mark turned the wrong way: “ */
			if (!is_ustop(cp) && !(wk_quote_kind(cp) &&
			    (j + k >= sc->n || space_len(sc, j + k) > 0)))
				break;
		}
		/* a quote mark before a letter is an apostrophe or opens */
		if (j + k < sc->n && is_alnum_byte(sc->s[j + k]))
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
	    is_alnum_byte(s[i - 1]) && is_alnum_byte(s[i - 2]) &&
	    s[i - 1] > '9' && s[i - 2] > '9'))
		return 0;
	for (a = i; a > sc->start && i - a < TOKMAX && space_len(sc, a - 1) == 0;)
		a--;
	for (b = i; b < sc->n && b - i < TOKMAX && space_len(sc, b) == 0; b++)
		if (s[b] == '@' || (s[b] == '/' && b + 1 < sc->n &&
		    s[b + 1] == '/'))
			return 0;
	for (w = a; w < i; w++)
		if (s[w] == '@' || s[w] == '/')
			return 0;
	if (i - a >= 4 && memcmp(s + a, "www.", 4) == 0)
		return 0;
	if (wk_sl_tld((const char *)s + i + 1, word_end(sc, i + 1) - i - 1))
		return 0;
	for (w = i; w > a && is_alnum_byte(s[w - 1]); w--)
		;
	return wk_sl_abbrev((const char *)s + w, i + 1 - w,
	    sc->o->extra_abbrev) == WK_AB_NONE;
}

/* A period at i (the last of i0..i when it ends a run like ".."). */
static size_t
period(struct scan *sc, size_t i0, size_t i)
{
	size_t j, k, ws, we, w0, w1;
	int c;

	j = end_cluster(sc, i + 1);
	if (j >= sc->n)
		return sc->n;
	if (space_len(sc, j) == 0) {
		if (j == i + 1 && nospace_break(sc, i))
			return cut(sc, i + 1, i + 1, 0);
		return j;
	}
	if ((k = skip_space(sc, j)) >= sc->n)
		return sc->n;
	word_before(sc, i0, &ws, &we);
	c = next_class(sc, k, &w0, &w1);
	if (decide(sc, classify(sc, ws, we, i0), c, w0, w1) ||
	    (c == C_CONT && j == i + 1 && dash_then_upper(sc, k)))
		return cut(sc, j, k, 0);
	return j;
}

/*
 * An ellipsis s[i..e): ends a sentence before a capitalised sentence
 * starter (before any capital after a period and an ellipsis: four).
 */
static size_t
ellipsis(struct scan *sc, size_t i, size_t e, int four)
{
	size_t j, k, w0, w1;
	int c;

	/* an omission, "[...]", ends a sentence like an ellipsis */
	if (i > 0 && (sc->s[i - 1] == '[' || sc->s[i - 1] == '(') &&
	    e < sc->n && (sc->s[e] == ']' || sc->s[e] == ')'))
		e++;
	if (!has_content(sc, sc->start, i))
		return e;
	j = end_cluster(sc, e);
	if (j >= sc->n)
		return sc->n;
	if (space_len(sc, j) == 0)
		return j;
	if ((k = skip_space(sc, j)) >= sc->n)
		return sc->n;
	c = next_class(sc, k, &w0, &w1);
	if (c == C_UPPER && (four || starter(sc, w0, w1, 1)))
		return cut(sc, j, k, 0);
	return j;
}

/* ". . ." and ". . . .": spaced dots from i. */
static size_t
spaced_dots(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t p = i, ndots = 1, j, k, w0, w1;
	int attached = i > sc->start && space_len(sc, i - 1) == 0;

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
	if (j >= sc->n || space_len(sc, j) == 0)
		return j;
	if ((k = skip_space(sc, j)) < sc->n &&
	    next_class(sc, k, &w0, &w1) == C_UPPER) {
		cut(sc, i + 1, i + 1, 0);
		return j;
	}
	return j;
}

static size_t
on_period(struct scan *sc, size_t i)
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
static size_t
on_bang(struct scan *sc, size_t i, size_t len)
{
	size_t j, k, w0, w1;
	int c;

	j = end_cluster(sc, i + len);
	if (j >= sc->n)
		return sc->n;
	if (space_len(sc, j) == 0 || !has_content(sc, sc->start, i))
		return j;
	if ((k = skip_space(sc, j)) >= sc->n)
		return sc->n;
	c = next_class(sc, k, &w0, &w1);
	if (c == C_LOWER || (c == C_CONT && !(j == i + len &&
	    dash_then_upper(sc, k))))
		return j;
	return cut(sc, j, k, 0);
}

/* "... in Kabul Image: United States Navy.": a caption label */
static size_t
on_colon(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t a = i;

	if (i + 1 >= sc->n || s[i + 1] != ' ')
		return i + 1;
	while (a > sc->start && is_alnum_byte(s[a - 1]))
		a--;
	if (a == i || a <= sc->start + 1 || s[a - 1] != ' ' ||
	    !(s[a] >= 'A' && s[a] <= 'Z') ||
	    !wk_sl_caption((const char *)s + a, i - a))
		return i + 1;
	cut(sc, a, a, 0);
	return i + 1;
}

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

	return rtrim(sc, k, p != NULL ? (size_t)(p - sc->s) : sc->n);
}

/*
 * Does a single line break at i, before the line at k, end a sentence?
 * Yes after a headline, byline or dateline and before a list item; no in
 * wrapped text (a line that ends inside a phrase, or lines of similar,
 * moderate length).
 */
static int
line_break(const struct scan *sc, size_t i, size_t k)
{
	const unsigned char *s = sc->s;
	size_t ls = line_start(sc, i), le, ne, a, w0, w1;
	struct item it;
	int c;
	int32_t cp;

	if (ls < sc->start)
		ls = sc->start;
	if ((le = rtrim(sc, ls, i)) <= ls || ends_with_stop(sc, ls, le))
		return 0;
	if (bullet_len(sc, k) > 0 || marker_len(sc, k, &it) > 0 ||
	    enumerator(sc, k))
		return 1;
	ne = line_end(sc, k);
	if (wk_sl_dateline((const char *)s + ls, le - ls) == le - ls ||
	    wk_sl_dateline((const char *)s + k, ne - k) == ne - k)
		return 1;
	wk_utf8_prev(s, le, &cp);
	if (cp == ',' || cp == ';' || cp == '(' || cp == '&' || cp == '/' ||
	    wk_is_dash(cp))
		return 0;
	for (a = le; a > ls && is_alnum_byte(s[a - 1]); a--)
		;
	if (wk_sl_nonfinal((const char *)s + a, le - a))
		return 0;
	c = next_class(sc, k, &w0, &w1);
	if (c == C_LOWER)
		return le - ls < SHORT && ne - k < SHORT &&
		    !ends_with_stop(sc, k, ne);
	if (cp == ':')
		return 1;
	if (c == C_CONT)
		return 0;
	return !(le - ls >= WRAP_MIN && le - ls <= WRAP_MAX &&
	    ne - k <= WRAP_MAX);
}

static size_t
on_newline(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t j = i + 1, k, l;

	if (s[i] == '\r' && j < sc->n && s[j] == '\n')
		return j;
	for (k = j; k < sc->n && s[k] != '\n' && s[k] != '\r' &&
	    (l = space_len(sc, k)) > 0; k += l)
		;
	if (k >= sc->n)
		return sc->n;
	if (s[k] == '\n' || s[k] == '\r')
		return cut(sc, i, k, 1);
	if (sc->start >= i || sc->o->newline == WK_NL_NEVER)
		return j;
	if (sc->o->newline == WK_NL_ALWAYS)
		return cut(sc, i, j, 1);
	return line_break(sc, i, k) ? cut(sc, i, k, 0) : j;
}

/*
 * A quotation opened right after a reporting verb with no comma or colon
 * (said "All those ...) is the object of the reporter's sentence: its
 * stops end nothing until the last one, just before it closes.
 */
static size_t
on_quote(struct scan *sc, size_t i, size_t len)
{
	const unsigned char *s = sc->s, *p, *end;
	size_t lim, a;

	if (i < sc->start + 3 || s[i - 1] != ' ' || i + len >= sc->n ||
	    space_len(sc, i + len) > 0)
		return i + len;
	for (a = i - 1; a > sc->start && is_alnum_byte(s[a - 1]); a--)
		;
	if (a == i - 1 || !wk_sl_quoteverb((const char *)s + a, i - 1 - a))
		return i + len;
	lim = sc->n - i > ITEMMAX ? i + ITEMMAX : sc->n;
	if ((p = memchr(s + i, '\n', lim - i)) != NULL)
		lim = (size_t)(p - s);
	for (p = s + i + len, end = s + lim; p < end; p++) {
		if (*p == '"' || (*p == 0xE2 && p + 2 < end && p[1] == 0x80 &&
		    p[2] == 0x9D)) {
			while (p > s + i + len && (p[-1] == '.' || p[-1] == '?' ||
			    p[-1] == '!'))
				p--;
			sc->quiet = (size_t)(p - s);
			break;
		}
	}
	return i + len;
}

/*
 * "... in any constituency In the New Territories ...": a capitalised
 * function word after a word without a stop and before a lower-case word
 * starts a sentence whose break was lost.
 */
static size_t
on_capital(struct scan *sc, size_t i)
{
	const unsigned char *s = sc->s;
	size_t e, a;

	if (i < sc->body + 3 || i < sc->start + 3 || s[i - 1] != ' ' ||
	    !is_alnum_byte(s[i - 2]))
		return i + 1;
	for (e = i + 1; e < sc->n && e - i <= 10 &&
	    ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'); e++)
		;
	if (e - i > 10 || e + 1 >= sc->n || s[e] != ' ' ||
	    !(s[e + 1] >= 'a' && s[e + 1] <= 'z') ||
	    !wk_sl_midstart((const char *)s + i, e - i))
		return e;
	for (a = i - 1; a > sc->start && is_alnum_byte(s[a - 1]); a--)
		;
	if (wk_sl_nonfinal((const char *)s + a, i - 1 - a))
		return e;
	return cut(sc, i - 1, i, 0);
}

/* a candidate that starts with a byte >= 0x80 */
static size_t
on_unicode(struct scan *sc, size_t i)
{
	int32_t cp;
	size_t len = (size_t)cp_at(sc, i, &cp);

	if (cp == 0x2026)
		return ellipsis(sc, i, i + len, 0);
	if (cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049))
		return on_bang(sc, i, len);
	if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E) {
		size_t j = end_cluster(sc, i + len);

		return j < sc->n && has_content(sc, sc->start, i) ?
		    cut(sc, j, j, 0) : j;
	}
	if (cp == 0x2029)
		return cut(sc, i, i + len, 1);
	if (cp == 0x201C)
		return on_quote(sc, i, len);
	if (is_bullet(cp) && i > sc->start && space_len(sc, i - 1) > 0)
		return cut(sc, i, i, 0);
	return i + (len ? len : 1);
}

static size_t
dispatch(struct scan *sc, size_t i)
{
	if (i < sc->quiet && sc->s[i] != '\n' && sc->s[i] != '\r')
		return i + 1;
	switch (sc->s[i]) {
	case '.':
		return on_period(sc, i);
	case '?':
	case '!':
		return on_bang(sc, i, 1);
	case ':':
		return on_colon(sc, i);
	case '\n':
	case '\r':
		return on_newline(sc, i);
	case '"':
		return on_quote(sc, i, 1);
	default:
		if (sc->s[i] < 0x80)
			return on_capital(sc, i);
		return on_unicode(sc, i);
	}
}

/* tok0/tok1 by one merge walk over the sorted tokens */
static void
fill_tokens(struct wk_sents *out, const struct wk_toks *toks)
{
	size_t i, t = 0;

	for (i = 0; i < out->n; i++) {
		while (t < toks->n && toks->v[t].start < out->v[i].start)
			t++;
		out->v[i].tok0 = (uint32_t)t;
		while (t < toks->n && toks->v[t].start < out->v[i].end)
			t++;
		out->v[i].tok1 = (uint32_t)t;
	}
}

void
wk_sent_split(const char *s, size_t n, const struct wk_toks *toks,
    const struct wk_sent_opts *o, struct wk_sents *out)
{
	struct scan sc = { (const unsigned char *)s, n, o, out, 0, NONE, 0, 0 };
	size_t i, j, lim;

	wk_sent_init();
	out->n = 0;
	sc.start = skip_space(&sc, 0);
	i = sc.body = begin(&sc);
	while (i < n) {
		if (sc.forced <= i) {	/* the next item of an inline list */
			lim = sc.forced;
			sc.forced = NONE;
			if (lim > sc.start)
				i = cut(&sc, lim, lim, 0);
			continue;
		}
		lim = sc.forced < n ? sc.forced : n;
		while (i < lim && !cand[sc.s[i]])
			i++;
		if (i >= lim)
			continue;
		j = dispatch(&sc, i);
		i = j > i ? j : i + 1;
	}
	cut(&sc, n, n, 1);
	if (toks != NULL)
		fill_tokens(out, toks);
}
