/*
 * tok.c - the tokenizer. One pass over the bytes with an ASCII class
 * table; utf8proc is asked only about bytes >= 0x80. A word run takes
 * letters and digits joined by connectors (. - ' , : & @) that sit
 * between word characters; the run is then cut where tok.h says.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tok.h"
#include "utf8.h"

enum { C_OTHER, C_SPACE, C_NL, C_CR, C_UP, C_LO, C_DIGIT, C_HIGH };

static const unsigned char ascii[256] = {
	[0] = C_SPACE, ['\t'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE,
	[' '] = C_SPACE, ['\n'] = C_NL, ['\r'] = C_CR,
	['0' ... '9'] = C_DIGIT, ['A' ... 'Z'] = C_UP, ['a' ... 'z'] = C_LO,
	[0x80 ... 0xFF] = C_HIGH,
};

struct scan {
	const unsigned char	*s;
	size_t			 n;
};

/* Length of the word character (letter, digit, mark) at i, or 0. */
static int
wordch(const struct scan *sc, size_t i, int32_t *cp)
{
	unsigned char c = sc->s[i];
	int k;

	switch (ascii[c]) {
	case C_UP: case C_LO: case C_DIGIT:
		*cp = c;
		return 1;
	case C_HIGH:
		k = wk_utf8_decode(sc->s + i, sc->n - i, cp);
		return *cp >= 0 && wk_is_alnum(*cp) ? k : 0;
	}
	return 0;
}

/* Length of an apostrophe (' or U+2019) at i, or 0. */
static int
apos(const struct scan *sc, size_t i)
{
	if (sc->s[i] == '\'')
		return 1;
	if (i + 2 < sc->n && sc->s[i] == 0xE2 && sc->s[i + 1] == 0x80 &&
	    sc->s[i + 2] == 0x99)
		return 3;
	return 0;
}

static int
isdig(const struct scan *sc, size_t i)
{
	return i < sc->n && ascii[sc->s[i]] == C_DIGIT;
}

/* Length of a connector at i that joins word characters, or 0. */
static int
connector(const struct scan *sc, size_t start, size_t i)
{
	unsigned char c = sc->s[i];
	int32_t cp;
	int k;

	if (i == start)
		return 0;
	switch (c) {
	case '.': case '-': case '@':
		k = 1;
		break;
	case ',': case ':':
		return isdig(sc, i - 1) && isdig(sc, i + 1) ? 1 : 0;
	case '&':
		return ascii[sc->s[i - 1]] == C_UP && i + 1 < sc->n &&
		    ascii[sc->s[i + 1]] == C_UP ? 1 : 0;
	default:
		if ((k = apos(sc, i)) == 0)
			return 0;
		/* an apostrophe needs a letter on its right: don't, O'Brien */
		if (i + (size_t)k < sc->n && wordch(sc, i + (size_t)k, &cp) &&
		    wk_is_letter(cp))
			return k;
		return 0;
	}
	return i + 1 < sc->n && wordch(sc, i + 1, &cp) ? k : 0;
}

/* Words like it's, where 's is not a possessive. */
static int
contraction(const char *s, size_t n)
{
	static const char *const w[] = { "it", "he", "she", "that", "what",
	    "there", "here", "who", "let", "where", NULL };
	size_t i, k;

	for (i = 0; w[i] != NULL; i++) {
		k = strlen(w[i]);
		if (k == n && strncasecmp(s, w[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * Where the word run s[i..j) should end: before an inner period that
 * starts a new sentence (end.Next), after an abbreviation's last period
 * (U.S.), before a possessive. *fl gets the run's flags.
 */
static size_t
cut_run(const struct scan *sc, size_t i, size_t j, uint16_t *fl)
{
	size_t k, seg = i, dots = 0, maxseg = 0, cut = 0;
	const unsigned char *s = sc->s;
	int alpha = 1;

	for (k = i; k < j; k++) {
		if (s[k] == '.') {
			dots++;
			if (k - seg > maxseg)
				maxseg = k - seg;
			if (!cut && alpha && k - seg >= 2 &&
			    ascii[s[k + 1]] == C_UP)
				cut = k;
			seg = k + 1;
			alpha = 1;
		} else if (ascii[s[k]] != C_UP && ascii[s[k]] != C_LO)
			alpha = 0;
	}
	if (j - seg > maxseg)
		maxseg = j - seg;
	if (dots > 0 && ascii[s[i]] != C_DIGIT && maxseg <= 2 &&
	    memchr(s + i, '-', j - i) == NULL) {
		*fl |= WK_TF_ABBR;	/* U.S. a.m. Ph.D. */
		return j < sc->n && s[j] == '.' ? j + 1 : j;
	}
	if (cut && ascii[s[i]] != C_DIGIT)
		return cut;
	/* a possessive 's ends the word before the apostrophe */
	if (j - i >= 3 && (s[j - 1] == 's' || s[j - 1] == 'S')) {
		k = s[j - 2] == '\'' ? j - 2 :
		    j - i >= 5 && apos(sc, j - 4) == 3 ? j - 4 : 0;
		if (k > i && !contraction((const char *)s + i, k - i))
			return k;
	}
	return j;
}

static uint16_t
word_flags(const struct scan *sc, size_t i, size_t j)
{
	uint16_t fl = 0;
	int first = 1, lower = 0, letters = 0, k;
	int32_t cp;

	while (i < j) {
		k = 1;
		switch (ascii[sc->s[i]]) {
		case C_UP:
			letters++;
			if (first)
				fl |= WK_TF_CAP;
			first = 0;
			i++;
			continue;
		case C_LO:
			letters++;
			lower = 1;
			if (first)
				fl |= WK_TF_LOWER;
			first = 0;
			i++;
			continue;
		case C_DIGIT: fl |= WK_TF_DIGIT; cp = -1; break;
		case C_HIGH:
			fl |= WK_TF_NONASCII;
			k = wk_utf8_decode(sc->s + i, j - i, &cp);
			break;
		default:
			if (sc->s[i] == '-')
				fl |= WK_TF_HYPHEN;
			cp = -1;
			break;
		}
		if (cp >= 0 && wk_is_letter(cp)) {
			letters++;
			if (wk_is_lower(cp))
				lower = 1;
			if (first)
				fl |= wk_is_upper(cp) ? WK_TF_CAP :
				    wk_is_lower(cp) ? WK_TF_LOWER : 0;
		}
		if (cp != -1 || ascii[sc->s[i]] == C_DIGIT)
			first = 0;
		i += (size_t)k;
	}
	if (letters && !lower)
		fl |= WK_TF_ALLCAPS;
	return fl;
}

/* Length of a URL at i (http://, https://, ftp://, www.), or 0. */
static size_t
url(const struct scan *sc, size_t i)
{
	static const char *const pre[] = { "http://", "https://", "ftp://",
	    "www.", NULL };
	const unsigned char *s = sc->s;
	size_t j, k, open = 0, close = 0;

	if (sc->n - i < 5)
		return 0;
	switch (s[i] | 0x20) {
	case 'h':
		if ((s[i + 1] | 0x20) != 't' || (s[i + 2] | 0x20) != 't')
			return 0;
		break;
	case 'w':
		if ((s[i + 1] | 0x20) != 'w' || s[i + 3] != '.')
			return 0;
		break;
	case 'f':
		if ((s[i + 1] | 0x20) != 't' || s[i + 3] != ':')
			return 0;
		break;
	default:
		return 0;
	}
	for (k = 0; pre[k] != NULL; k++)
		if (sc->n - i > strlen(pre[k]) &&
		    strncasecmp((const char *)s + i, pre[k], strlen(pre[k])) == 0)
			break;
	if (pre[k] == NULL || ascii[s[i + strlen(pre[k])]] == C_SPACE)
		return 0;
	for (j = i; j < sc->n; j++) {
		if (ascii[s[j]] == C_SPACE || ascii[s[j]] == C_NL ||
		    ascii[s[j]] == C_CR || s[j] == '"' || s[j] == '<' ||
		    s[j] == '>' || ascii[s[j]] == C_HIGH)
			break;
		open += s[j] == '(';
		close += s[j] == ')';
	}
	while (j > i && strchr(".,;:!?'\")]}", s[j - 1]) != NULL) {
		if (s[j - 1] == ')' && open >= close)
			break;
		close -= s[j - 1] == ')';
		j--;
	}
	return j - i;
}

/* A word run that is name@domain.tld */
static int
is_email(const unsigned char *s, size_t n)
{
	const unsigned char *at = memchr(s, '@', n);

	return at != NULL && at > s && ascii[s[0]] != C_DIGIT &&
	    memchr(at, '.', n - (size_t)(at - s)) != NULL;
}

/* End of the word run that starts at i (connectors included). */
static size_t
run(const struct scan *sc, size_t i, int *joined)
{
	size_t j = i;
	int32_t cp;
	int k;

	*joined = 0;
	while (j < sc->n) {
		if (ascii[sc->s[j]] >= C_UP && ascii[sc->s[j]] <= C_DIGIT) {
			j++;
			continue;
		}
		if ((k = wordch(sc, j, &cp)) > 0)
			j += (size_t)k;
		else if ((k = connector(sc, i, j)) > 0) {
			*joined = 1;
			j += (size_t)k;
		} else
			break;
	}
	return j;
}

/* A punctuation or symbol token at i: its end and class. */
static size_t
mark(const struct scan *sc, size_t i, uint16_t *cls)
{
	const unsigned char *s = sc->s;
	size_t j = i + 1;
	int32_t cp;

	if (s[i] >= 0x80) {
		j = i + (size_t)wk_utf8_decode(s + i, sc->n - i, &cp);
		*cls = cp >= 0 && wk_is_punct(cp) ? WK_T_PUNCT : WK_T_SYM;
		return j;
	}
	if (s[i] == '.' || s[i] == '-')		/* ... and -- */
		while (j < sc->n && s[j] == s[i])
			j++;
	if (s[i] == '.' && j - i == 2)
		j--;
	*cls = strchr("$%&+<=>^`|~#@*/\\", s[i]) ? WK_T_SYM : WK_T_PUNCT;
	return j;
}

static struct wk_tok *
push(struct wk_toks *t)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1024;
		t->v = wk_xrealloc(t->v, t->cap, sizeof(*t->v));
	}
	return &t->v[t->n++];
}

/* One token at i; returns its end. */
static size_t
token(const struct scan *sc, size_t i, int spaced, struct wk_tok *t)
{
	const unsigned char *s = sc->s;
	size_t j, end;
	uint16_t fl = 0, cls;
	int32_t cp;
	int k, joined;

	if ((j = url(sc, i)) > 0) {
		t->cls = WK_T_URL;
		return i + j;
	}
	if ((s[i] == '#' || s[i] == '@') && i + 1 < sc->n &&
	    wordch(sc, i + 1, &cp)) {
		t->cls = WK_T_TAG;
		return run(sc, i + 1, &joined);
	}
	if (wordch(sc, i, &cp)) {
		j = run(sc, i, &joined);
		if (!joined) {
			t->cls = ascii[s[i]] == C_DIGIT ? WK_T_NUM : WK_T_WORD;
			t->flags |= word_flags(sc, i, j);
			return j;
		}
		if (is_email(s + i, j - i)) {
			t->cls = WK_T_EMAIL;
			return j;
		}
		end = cut_run(sc, i, j, &fl);
		t->cls = ascii[s[i]] == C_DIGIT ? WK_T_NUM : WK_T_WORD;
		t->flags |= fl | word_flags(sc, i, end);
		return end;
	}
	end = mark(sc, i, &cls);
	t->cls = cls;
	/* s' : the apostrophe of a plural possessive */
	if ((k = apos(sc, i)) > 0 && !spaced && i > 0 &&
	    (s[i - 1] == 's' || s[i - 1] == 'S') &&
	    (i + (size_t)k >= sc->n || !wordch(sc, i + (size_t)k, &cp)))
		t->flags |= WK_TF_POSS;
	/* 's after a word whose run was cut before it */
	if (k > 0 && i + (size_t)k < sc->n && !spaced && i > 0 &&
	    (s[i + k] == 's' || s[i + k] == 'S') &&
	    (i + (size_t)k + 1 >= sc->n ||
	    !wordch(sc, i + (size_t)k + 1, &cp)) && wordch(sc, i - 1, &cp)) {
		t->flags |= WK_TF_POSS;
		t->cls = WK_T_WORD;
		return i + (size_t)k + 1;
	}
	return end;
}

void
wk_tokenize(const char *str, size_t n, struct wk_toks *t)
{
	struct scan sc = { (const unsigned char *)str, n };
	struct wk_tok *tk;
	size_t i = 0;
	unsigned nl = 0;
	int spaced = 0, k;
	int32_t cp;

	t->n = 0;
	while (i < n) {
		switch (ascii[sc.s[i]]) {
		case C_SPACE:
			spaced = 1;
			i++;
			continue;
		case C_CR:
			if (i + 1 < n && sc.s[i + 1] == '\n') {
				i++;
				continue;
			}
			/* FALLTHROUGH */
		case C_NL:
			nl++;
			spaced = 1;
			i++;
			continue;
		case C_HIGH:
			k = wk_utf8_decode(sc.s + i, n - i, &cp);
			if (cp >= 0 && wk_is_space(cp)) {
				spaced = 1;
				i += (size_t)k;
				continue;
			}
			break;
		}
		tk = push(t);
		tk->start = (uint32_t)i;
		tk->flags = (spaced ? WK_TF_SPACE : 0) |
		    (nl ? WK_TF_NL : 0) | (nl > 1 ? WK_TF_PARA : 0);
		i = token(&sc, i, spaced, tk);
		tk->end = (uint32_t)i;
		spaced = 0;
		nl = 0;
	}
}

void
wk_toks_free(struct wk_toks *t)
{
	WK_VEC_FREE(t);
}

void
wk_tok_shape(const char *s, const struct wk_tok *t, char *out, size_t outsz)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = t->start, o = 0;
	int runlen = 0, k;
	char c, last = 0;
	int32_t cp;

	if (outsz == 0)
		return;
	while (i < t->end && o + 1 < outsz) {
		k = wk_utf8_decode(p + i, t->end - i, &cp);
		i += (size_t)k;
		if (cp < 0)
			c = '?';
		else if (wk_is_upper(cp))
			c = 'X';
		else if (wk_is_letter(cp))
			c = 'x';
		else if (wk_is_digit(cp))
			c = 'd';
		else
			c = cp < 0x80 ? (char)cp : wk_is_apos(cp) ? '\'' : '*';
		runlen = c == last ? runlen + 1 : 1;
		last = c;
		if (runlen <= 4)
			out[o++] = c;
	}
	out[o] = '\0';
}
