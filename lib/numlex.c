/*
 * numlex.c - wk-num's atoms and lexicon. The text is cut into numbers
 * (digits with thousands commas and one decimal point), words (letters,
 * inner apostrophes, trailing digits) and single symbols; hyphens and
 * periods are symbols, so "mid-March" and "a.m." are several atoms with
 * no space between them. URLs and e-mail addresses become one skipped
 * atom: nothing inside them is a number.
 *
 * Each ASCII word is looked up in the lexicon once, behind a cheap filter
 * (first two letters and length), so most words cost no hash lookup.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "msg.h"
#include "utf8.h"
#include "wordlist.h"
#include "numint.h"

struct lex		*numlex_lexv;	/* numint.h reads it inline */
static size_t		 nlex;
static struct wk_wl	*lexwl, *unitwl, *curwl, *isowl, *holwl;
/* the plain lists, by NL_* (numint.h) */
static struct wk_wl	*lists[NL_COUNT];
static const char *const listfiles[NL_COUNT][3] = {
	{ "num/labels.txt" }, { "num/streets.txt" }, { "num/metres.txt" },
	{ "num/change.txt" }, { "num/score.txt" }, { "num/moneyverbs.txt" },
	{ "num/level.txt" }, { "num/sched.txt" },
	/* reporting verbs: the quotation cues */
	{ "quote/ggt_quote_verb_list.txt", "quote/cue-extra.txt" },
};
/* curglued.txt: currency abbreviations before (and glued to) digits */
static struct curglue {
	char	 word[8];	/* as the text must have it: "Rs" */
	char	 code[4];
	int	 scale;		/* only with a scale word after the number */
}			 curglue[16];
static size_t		 ncurglue;
/*
 * Bit sets over a hash of the lower-cased word: every lexicon word, and
 * the words that can start an expression. A word in neither is not looked
 * up; one only in the first is looked up when the grammar asks.
 */
#define FBITS	(1u << 16)
/* ASCII word characters: 1 lower case, 2 upper case, 4 digit */
static uint8_t		 ctab[256];
/* white space: F_SP, or F_SP | F_NL for a line break */
static uint8_t		 wstab[256];
/* the first atoms of currency and holiday phrases together */
uint64_t		 numlex_anyfirst_bits[FBITS / 64];
static uint64_t		 allbits[FBITS / 64], trigbits[FBITS / 64];
static uint64_t		 labelbits[FBITS / 64];	/* labels.txt */
/* the same over whole unit (0) and currency (1) phrase keys */
static uint64_t		 pbits[3][FBITS / 64];
/* and over the first atoms of those phrases */
static uint64_t		 fbits[3][FBITS / 64];
/* a direct-mapped memo in front of the word list: slot -> entry + 1 */
static int16_t		 memo[FBITS];
static char		**lexkeys;
/* the same filter over the first atom of each unit (0) or currency (1)
 * phrase: most numbers are followed by a word that starts none */
static uint32_t		 pfilt[3][27][27];

static const char *relnames[] = { "", "today", "tonight", "yesterday",
	"tomorrow", "now", "recently", "future", "ago", "earlier", "later",
	"last", "next", "this", "weekend", "noon", "midnight", "every", "per",
	"several", "few", "some", "ytd", "overnight", NULL };
static const char *modnames[] = { "", "APPROX", "MORE_THAN", "LESS_THAN",
	"EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER", "START", "MID",
	"END", NULL };

static int
nameidx(const char **names, const char *s, size_t n)
{
	int k;

	for (k = 0; names[k] != NULL; k++)
		if (strlen(names[k]) == n && memcmp(names[k], s, n) == 0)
			return k;
	return -1;
}

static void
strset(char *dst, size_t sz, const char *s, size_t n)
{
	if (n >= sz)
		n = sz - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* one "role" or "role=value" of a lexicon line; -1 if unknown */
static int
role(struct lex *x, const char *r, size_t rn)
{
	const char *eq = memchr(r, '=', rn);
	size_t kn = eq ? (size_t)(eq - r) : rn;
	const char *v = eq ? eq + 1 : "";
	size_t vn = eq ? rn - kn - 1 : 0;
	long iv = atol(v);
	int k;

#define IS(name)	(kn == sizeof(name) - 1 && memcmp(r, name, kn) == 0)
	if (IS("card"))		x->card = iv;
	else if (IS("ord"))	x->ord = iv;
	else if (IS("frac"))	x->frac = iv;
	else if (IS("mult"))	x->mult = iv;
	else if (IS("ordmult"))	x->ordmult = iv;
	else if (IS("mon"))	x->mon = iv;
	else if (IS("wd"))	x->wd = iv;
	else if (IS("qtr"))	x->qtr = iv;
	else if (IS("half"))	x->half = iv;
	else if (IS("tu"))	strset(x->tu, sizeof x->tu, v, vn);
	else if (IS("season"))	strset(x->season, sizeof x->season, v, vn);
	else if (IS("pod"))	strset(x->pod, sizeof x->pod, v, vn);
	else if (IS("set"))	strset(x->set, sizeof x->set, v, vn);
	else if (IS("pl"))	x->fl |= L_PL;
	else if (IS("abbr"))	x->fl |= L_ABBR;
	else if (IS("sig"))	x->fl |= L_SIG;
	else if (IS("past"))	x->fl |= L_PAST;
	else if (IS("fut"))	x->fl |= L_FUT;
	else if (IS("fy"))	x->fl |= L_FY;
	else if (IS("rel")) {
		if ((k = nameidx(relnames, v, vn)) < 0)
			return -1;
		x->rel = k;
	} else if (IS("mod")) {
		if ((k = nameidx(modnames, v, vn)) < 0)
			return -1;
		x->mod = k;
	} else
		return -1;
#undef IS
	return 0;
}

static int
fidx(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static uint32_t
whash(const char *s, size_t n)	/* FNV-1a over the lower-cased bytes */
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)lower((unsigned char)*s++)) * 16777619u;
	return h;
}

static void
lexline(const char *name, unsigned long line, const char *p, size_t n)
{
	const char *tab = memchr(p, '\t', n), *r, *end = p + n;
	const struct wk_wlent *ent;
	struct lex *x;
	size_t wn;
	uint32_t h;

	if (tab == NULL)
		wk_fatal("%s:%lu: no roles", name, line);
	wn = tab - p;
	if ((ent = wk_wl_get(lexwl, p, wn)) != NULL)
		x = &numlex_lexv[ent->val];	/* a second line adds roles */
	else {
		numlex_lexv = wk_xrealloc(numlex_lexv, nlex + 1,
		    sizeof *numlex_lexv);
		x = &numlex_lexv[nlex];
		memset(x, 0, sizeof *x);
		x->card = -1;
		lexkeys = wk_xrealloc(lexkeys, nlex + 1, sizeof *lexkeys);
		lexkeys[nlex] = wk_xstrndup(p, wn);
		wk_wl_add(lexwl, p, wn, nlex++, NULL, 0);
	}
	for (r = tab + 1; r < end; ) {
		const char *sp = memchr(r, ' ', end - r);
		size_t rn = (sp ? sp : end) - r;

		if (rn > 0 && role(x, r, rn) < 0)
			wk_fatal("%s:%lu: bad role '%.*s'", name, line,
			    (int)rn, r);
		r += rn + 1;
	}
	h = whash(p, wn) % FBITS;
	allbits[h / 64] |= 1ull << (h % 64);
	memo[h] = memo[h] == 0 || memo[h] == x - numlex_lexv + 1 ?
	    x - numlex_lexv + 1 : -1;
	/* what trigger() in num.c starts at */
	if (x->card >= 0 || x->ord || x->ordmult || x->frac || x->mon ||
	    x->wd || x->qtr || (x->mult > 0 && !(x->fl & (L_PL | L_ABBR))) ||
	    x->half || x->season[0] || x->set[0] || x->pod[0] ||
	    (x->rel && x->rel != R_AGO && x->rel != R_PER) ||
	    x->mod == WK_M_START || x->mod == WK_M_MID ||
	    x->mod == WK_M_END || x->tu[0] || x->rel == R_AGO ||
	    (x->fl & L_FY) ||
	    (wn == 7 && memcmp(p, "century", 7) == 0) ||
	    (wn == 1 && p[0] == 'a') || (wn == 2 && memcmp(p, "an", 2) == 0))
		trigbits[h / 64] |= 1ull << (h % 64);
}

static void
loadlex(const char *name)
{
	const struct wk_blob *b = wk_data_must(name);
	const char *p = b->p, *end = b->p + b->len, *nl;
	unsigned long line = 0;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		line++;
		if (nl > p && *p != '#')
			lexline(name, line, p, nl - p);
	}
}

static size_t	word(const char *, size_t, size_t);

/* labels.txt, streets.txt: a bit for the last word of each entry ("p"
 * of "s&p"), so that numlabel.c looks up only words that may end one */
static void
loadlabelbits(const char *name)
{
	const struct wk_blob *b = wk_data_must(name);
	const char *p = b->p, *end = b->p + b->len, *nl, *w;
	size_t n;
	uint32_t h;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		if (nl == p || *p == '#')
			continue;
		for (n = 0; p + n < nl && p[n] != '\t'; n++)
			;
		for (w = p + n; w > p && (ctab[(unsigned char)w[-1]] & 3); w--)
			;
		h = whash(w, p + n - w) % FBITS;
		labelbits[h / 64] |= 1ull << (h % 64);
	}
}

int
numlex_labelbit(const struct numctx *c, size_t i)
{
	return i < c->na && c->a[i].kind == A_WORD &&
	    ((labelbits[c->a[i].h / 64] >> (c->a[i].h % 64)) & 1);
}

/* curglued.txt: "key TAB Word CODE [scale]" lines */
static void
loadcurglue(const char *name)
{
	const struct wk_blob *b = wk_data_must(name);
	const char *p = b->p, *end = b->p + b->len, *nl, *f;
	unsigned long line = 0;
	struct curglue *g;
	int wn, cn;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		line++;
		if (nl == p || *p == '#')
			continue;
		g = &curglue[ncurglue];
		if (ncurglue == sizeof curglue / sizeof curglue[0] ||
		    (f = memchr(p, '\t', nl - p)) == NULL ||
		    sscanf(f + 1, "%7s %3s%n", g->word, g->code, &wn) != 2 ||
		    strlen(g->code) != 3)
			wk_fatal("%s:%lu: not a glued currency", name, line);
		cn = (int)(nl - f - 1) - wn;
		g->scale = cn >= 6 && memcmp(f + 1 + wn, " scale", 6) == 0;
		ncurglue++;
	}
}

/* the length of the atom a phrase starts with: a word as the text's
 * atoms are cut (word() below: "valentine" of "valentine's day"), or one
 * character */
static size_t
firstlen(const char *p, size_t n)
{
	size_t k;
	int32_t cp;

	if ((unsigned char)p[0] >= 0x80 && !wk_is_letter((wk_utf8_decode(
	    (const unsigned char *)p, n, &cp), cp)))
		return wk_utf8_decode((const unsigned char *)p, n, &cp);
	k = word(p, n, 0);
	return k ? k : 1;
}

static uint32_t
pbit(size_t n)
{
	return 1u << (n < 31 ? n : 31);
}

static void
loadphrases(struct wk_wl *wl, const char *name, int list)
{
	const struct wk_blob *b = wk_data_must(name);
	const char *p = b->p, *end = b->p + b->len, *nl;
	size_t n;
	uint32_t h;

	wk_wl_load_data(wl, name, 0);
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		if (nl == p || *p == '#' || *p == '\t')
			continue;
		n = (const char *)memchr(p, '\t', nl - p) != NULL ?
		    (size_t)((const char *)memchr(p, '\t', nl - p) - p) :
		    (size_t)(nl - p);
		h = whash(p, n) % FBITS;
		pbits[list][h / 64] |= 1ull << (h % 64);
		n = firstlen(p, nl - p);
		h = whash(p, n) % FBITS;
		fbits[list][h / 64] |= 1ull << (h % 64);
		pfilt[list][fidx(lower((unsigned char)p[0]))][n > 1 ?
		    fidx(lower((unsigned char)p[1])) : 26] |= pbit(n);
	}
}

void
numlex_init(void)
{
	size_t k;

	if (lexwl != NULL)
		return;
	lexwl = wk_wl_new();
	loadlex("num/words.txt");
	unitwl = wk_wl_new();
	loadphrases(unitwl, "num/units.txt", 0);
	curwl = wk_wl_new();
	loadphrases(curwl, "num/currency.txt", 1);
	isowl = wk_wl_new();
	loadphrases(isowl, "num/iso4217.txt", 1);
	holwl = wk_wl_new();
	loadphrases(holwl, "num/holidays.txt", 2);
	for (k = 0; k < NL_COUNT; k++) {
		const char *const *f;

		lists[k] = wk_wl_new();
		for (f = listfiles[k]; f < listfiles[k] + 3 && *f != NULL; f++)
			wk_wl_load_data(lists[k], *f, 0);
	}
	loadcurglue("num/curglued.txt");
	for (k = 0; k < 256; k++)
		ctab[k] = k >= 'a' && k <= 'z' ? 1 : k >= 'A' && k <= 'Z' ? 2 :
		    k >= '0' && k <= '9' ? 4 : 0;
	loadlabelbits("num/labels.txt");
	loadlabelbits("num/streets.txt");
	for (k = 0; k < FBITS / 64; k++)
		numlex_anyfirst_bits[k] = fbits[1][k] | fbits[2][k];
	wstab[' '] = wstab['\t'] = wstab['\r'] = wstab['\0'] = F_SP;
	wstab['\n'] = wstab['\f'] = wstab['\v'] = F_SP | F_NL;
}

/* -1: not a lexicon word; -2: maybe, look it up when asked */
static int16_t
lookup(const char *s, size_t n, uint32_t h)
{
	char k[32];
	size_t i;
	const struct wk_wlent *ent;

	if (n >= sizeof k || n == 0)
		return -1;
	if (!(allbits[h / 64] & (1ull << (h % 64))))
		return -1;
	if (!(trigbits[h / 64] & (1ull << (h % 64))))
		return -2;
	if (memo[h] > 0) {
		const char *key = lexkeys[memo[h] - 1];

		for (i = 0; i < n && key[i] == lower((unsigned char)s[i]); i++)
			;
		return i == n && key[n] == '\0' ? memo[h] - 1 : -1;
	}
	for (i = 0; i < n; i++)
		k[i] = lower((unsigned char)s[i]);
	ent = wk_wl_get(lexwl, k, n);
	return ent ? (int16_t)ent->val : -1;
}

static struct atom *
push(struct numctx *c)
{
	if (c->na == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 1024;
		c->a = wk_xrealloc(c->a, c->cap, sizeof *c->a);
	}
	return &c->a[c->na++];
}

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* the length of a digit-group separator at q: a no-break, narrow
 * no-break or thin space, or (sp) a plain one; else 0 */
static size_t
groupsep(const char *s, size_t n, size_t q, int sp)
{
	const unsigned char *u = (const unsigned char *)s + q;

	if (sp && q < n && u[0] == ' ')
		return 1;
	if (q + 1 < n && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (q + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF ||
	    u[2] == 0x89))
		return 3;
	return 0;
}

static int
three(const char *s, size_t n, size_t q)	/* exactly 3 digits at q */
{
	return q + 3 <= n && isdig((unsigned char)s[q]) &&
	    isdig((unsigned char)s[q + 1]) && isdig((unsigned char)s[q + 2]) &&
	    (q + 3 == n || !isdig((unsigned char)s[q + 3]));
}

/*
 * "40 000", "1 234 567", "12 000 troops" (SI style, and many wire
 * services): groups of three after a space. A no-break or thin space
 * always groups. A plain space is weaker, as numbers often follow one
 * another: it groups only when no digits follow the last group ("+1 212
 * 555 0100" is a telephone number), and a single group ("12 000") only
 * when the caller found nothing before that the first digits end (one:
 * see onegroup).
 */
static size_t
spaced(const char *s, size_t n, size_t q, uint8_t *fl, int one)
{
	size_t l, r = q, groups = 0, hard = 0;

	while ((l = groupsep(s, n, r, 1)) > 0 && three(s, n, r + l)) {
		hard += l > 1;
		r += l + 3;
		groups++;
	}
	if (groups == 0 ||
	    (r < n && ((s[r] | 32) >= 'a' && (s[r] | 32) <= 'z')))
		return q;
	if (!hard && ((groups < 2 && !one) || ((l = groupsep(s, n, r, 1)) >
	    0 && r + l < n && isdig((unsigned char)s[r + l]))))
		return q;
	/* "40 737 MAX jets", "12 787 Dreamliners": a lone group not ending
	 * in 0 before a word is a model after a count (numlabel.c) */
	if (!hard && groups == 1 && s[r - 1] != '0' && r + 1 < n &&
	    s[r] == ' ' && ctab[(unsigned char)s[r + 1]] & 3)
		return q;
	*fl |= F_COMMA;
	return r;
}

/* "1,50,000", "12,34,567": South Asian grouping, two digits then three */
static size_t
lakh(const char *s, size_t n, size_t q, uint8_t *fl)
{
	size_t r = q, pairs = 0;

	while (r + 3 < n && s[r] == ',' && isdig((unsigned char)s[r + 1]) &&
	    isdig((unsigned char)s[r + 2]) && s[r + 3] == ',') {
		r += 3;
		pairs++;
	}
	if (pairs == 0 || s[r] != ',' || !three(s, n, r + 1))
		return q;
	*fl |= F_COMMA;
	return r + 4;
}

/*
 * "3.500,50", "5,00", "2,5 million": a decimal comma, which an English
 * reader does not take (1,5 may be a list). The whole run is skipped
 * rather than read as two numbers, "1,3 percent" being no 3%. Kept:
 * "1,2,3" (a list, at any of its items), "March 3,2019" (four digits),
 * "1,000" (a group).
 */
static size_t
decomma(const char *s, size_t n, size_t p, size_t q, uint8_t *fl)
{
	size_t r;

	if (q + 1 >= n || s[q] != ',' || !isdig((unsigned char)s[q + 1]) ||
	    (p >= 2 && s[p - 1] == ',' && isdig((unsigned char)s[p - 2])))
		return q;
	for (r = q + 1; r < n && isdig((unsigned char)s[r]); r++)
		;
	if (!(*fl & F_DEC) && (r - q - 1 > 2 || (r + 1 < n && s[r] == ',' &&
	    isdig((unsigned char)s[r + 1]))))
		return q;
	*fl |= F_SKIP;
	return r;
}

static size_t
number(const char *s, size_t n, size_t p, uint8_t *fl, int one)
{
	size_t q = p;

	if (s[p] == '0' && p + 1 < n && isdig((unsigned char)s[p + 1]))
		*fl |= F_LEAD0;
	while (q < n && isdig((unsigned char)s[q]))
		q++;
	/* thousands groups: exactly three digits after each comma */
	while (q + 3 < n + 0 && s[q] == ',' && isdig((unsigned char)s[q + 1]) &&
	    isdig((unsigned char)s[q + 2]) && isdig((unsigned char)s[q + 3]) &&
	    (q + 4 == n || !isdig((unsigned char)s[q + 4]))) {
		*fl |= F_COMMA;
		q += 4;
	}
	if (!(*fl & (F_COMMA | F_LEAD0)) && q - p <= 2)
		q = lakh(s, n, q, fl);
	if (!(*fl & (F_COMMA | F_LEAD0)) && q - p <= 3)
		q = spaced(s, n, q, fl, one);
	if (q + 1 < n && s[q] == '.' && isdig((unsigned char)s[q + 1])) {
		*fl |= F_DEC;
		q++;
		while (q < n && isdig((unsigned char)s[q]))
			q++;
		/* 1.2.3 and 192.168.1.2: versions and addresses */
		if (q + 1 < n && s[q] == '.' && isdig((unsigned char)s[q + 1])) {
			*fl |= F_SKIP;
			while (q < n && (isdig((unsigned char)s[q]) ||
			    (s[q] == '.' && q + 1 < n &&
			    isdig((unsigned char)s[q + 1]))))
				q++;
		}
	}
	return decomma(s, n, p, q, fl);
}

/* a possessive 's at q, the apostrophe's l bytes before it: "Tuesday's
 * vote" is Tuesday, then 's; "o'clock" and "don't" stay whole */
static int
possessive(const char *s, size_t n, size_t q)
{
	return q < n && (s[q] | 32) == 's' && (q + 1 == n ||
	    !(((s[q + 1] | 32) >= 'a' && (s[q + 1] | 32) <= 'z') ||
	    (s[q + 1] & 0x80)));
}

static size_t
word(const char *s, size_t n, size_t p)
{
	int32_t cp;
	int l;

	while (p < n) {
		unsigned char ch = s[p];

		if (ch < 0x80) {
			if ((ch | 32) >= 'a' && (ch | 32) <= 'z')
				p++;
			else if (isdig(ch))
				p++;
			else if ((ch == '\'') && p + 1 < n &&
			    ((s[p + 1] | 32) >= 'a' && (s[p + 1] | 32) <= 'z') &&
			    !possessive(s, n, p + 1))
				p++;
			else
				break;
			continue;
		}
		l = wk_utf8_decode((const unsigned char *)s + p, n - p, &cp);
		if (cp < 0 || !(wk_is_alnum(cp) || (cp == 0x2019 &&
		    p + l < n && ((s[p + l] | 32) >= 'a' &&
		    (s[p + l] | 32) <= 'z') && !possessive(s, n, p + l))))
			break;
		p += l;
	}
	return p;
}

/* a URL or e-mail address found at p: the whole chunk is one atom */
static size_t
skipchunk(struct numctx *c, size_t p)
{
	size_t b = p;
	struct atom *a;

	while (c->na > 0 && !(c->a[c->na - 1].fl & (F_SP | F_NL)) &&
	    c->a[c->na - 1].s > 0)
		c->na--;
	if (c->na > 0)
		b = c->a[c->na - 1].e;
	if (c->na > 0 && (c->a[c->na - 1].fl & (F_SP | F_NL)))
		b = c->a[--c->na].s;
	while (p < c->n && c->s[p] != ' ' && c->s[p] != '\n' &&
	    c->s[p] != '\t' && c->s[p] != '\r')
		p++;
	a = push(c);
	a->s = b;
	a->e = p;
	a->kind = A_SYM;
	a->fl = F_SKIP | F_SP;
	a->lx = -1;
	a->cp = -1;
	return p;
}

/* an atom with everything but its class and span zeroed */
static struct atom *
atom(struct numctx *c, size_t s, size_t e, int kind, uint8_t fl)
{
	struct atom *a = push(c);

	a->s = s;
	a->e = e;
	a->kind = kind;
	a->fl = fl;
	a->lx = -1;
	a->h = 0;
	a->cp = 0;
	return a;
}

/* a number glued to what is before it: v1.2.3, COVID-19, F-16 */
static int
glued(const struct numctx *c, uint8_t ws)
{
	const struct atom *p, *w;

	if (ws || c->na < 2)
		return 0;
	p = &c->a[c->na - 1];
	w = &c->a[c->na - 2];
	if (p->kind != A_SYM || (p->fl & (F_SP | F_NL)))
		return 0;
	if (p->cp == '.')
		return w->kind == A_NUM || (w->kind == A_WORD &&
		    isdig((unsigned char)c->s[w->e - 1]));
	/* "F-16", and "T-72", "B-52", "A-10": one capital letter */
	return p->cp == '-' && w->kind == A_WORD && (w->lx == -1 ||
	    (w->e - w->s == 1 && (w->fl & F_CAP)));
}

/* 555-1234, 202-555-0123: a telephone number from the 3 digits at [p, q) */
static size_t
phone(const char *s, size_t n, size_t p, size_t q)
{
	size_t r;

	if (q - p != 3 || q + 1 >= n || s[q] != '-' ||
	    !isdig((unsigned char)s[q + 1]))
		return q;
	for (r = q + 1; r < n && isdig((unsigned char)s[r]); r++)
		;
	if (r - q - 1 == 4)
		return r;
	if (r - q - 1 == 3 && r + 1 < n && s[r] == '-' &&
	    isdig((unsigned char)s[r + 1])) {
		for (r++; r < n && isdig((unsigned char)s[r]); r++)
			;
		return r;
	}
	return q;
}

/* the word [s, s + n) is in the list wl (folded keys) */
const struct wk_wlent *
numlex_list(int list, const char *s, size_t n)
{
	return wk_wl_get(lists[list], s, n);
}

const struct wk_wlent *
numlex_listword(const struct numctx *c, int list, size_t k, size_t cut)
{
	if (k >= c->na || c->a[k].kind != A_WORD ||
	    c->a[k].e - c->a[k].s <= cut)
		return NULL;
	return wk_wl_get(lists[list], c->s + c->a[k].s,
	    c->a[k].e - c->a[k].s - cut);
}

int
numlex_metres(const struct numctx *c, size_t i)
{
	if (numlex_hyphen(c, i))
		i++;		/* "a 10m-high wall" */
	return numlex_listword(c, NL_METRE, i, 0) != NULL;
}

/*
 * May the digits at p take a single group after a plain space ("12 000
 * troops", "$40 000")? Not where they end something else, as then two
 * numbers meet: a day after a month ("March 3 200 people"; "May 100 000"
 * is no day), a label ("pages 12 345", "No. 3 100"), a number that is
 * not a year ("1 12 345", but "in 2019 150 000 people"), a time or a
 * fraction ("10:30 100"). A vague count before is no label: "scores of
 * 3 000" is three thousand.
 */
static int
onegroup(struct numctx *c, size_t p, uint8_t ws)
{
	const struct atom *w;
	const struct lex *x;
	size_t i = c->na, k;
	int v = 0;

	if (i == 0)
		return 1;
	w = &c->a[i - 1];
	if (!ws)	/* "$12 000", "(12 000", but not "10:30 100" */
		return w->kind == A_SYM && w->cp != ':' && w->cp != '/' &&
		    w->cp != '.' && w->cp != ',';
	if (w->kind == A_NUM)
		return w->e - w->s == 4 && !(w->fl & (F_DEC | F_COMMA |
		    F_LEAD0 | F_SKIP));
	if (w->kind == A_SYM && w->cp == '.' && !(w->fl & (F_SP | F_NL)) &&
	    i >= 2 && c->a[i - 2].kind == A_WORD)
		w = &c->a[--i - 1];	/* "Jan. 3", "No. 3" */
	if (w->kind != A_WORD)
		return 1;
	if ((x = numlex_get(c, i - 1)) != NULL && x->mon > 0) {
		for (k = p; k < c->n && k < p + 3 && isdig((unsigned char)
		    c->s[k]); k++)
			v = v * 10 + c->s[k] - '0';
		return v < 1 || v > 31;
	}
	return numlex_list(NL_LABEL, c->s + w->s, w->e - w->s) == NULL;
}

/*
 * "+1 212 555 0100", "+44 20 7946 0958": after a glued plus, digit groups
 * separated by single spaces are one international telephone number, to
 * be skipped; returns the end of the run, or p when it is not one (seven
 * digits at least, not all in groups of three: "+12 000 000" is a count).
 */
static size_t
intlphone(struct numctx *c, size_t p, uint8_t ws)
{
	const char *s = c->s;
	size_t n = c->n, q = p, r, ndig = 0;
	int si = 1;	/* every later group of three: "+12 000 000" */

	if (ws || c->na == 0 || c->a[c->na - 1].kind != A_SYM ||
	    c->a[c->na - 1].cp != '+')
		return p;
	for (;;) {
		for (r = q; r < n && isdig((unsigned char)s[r]); r++)
			;
		if (r == q || r - q > 4)
			return p;
		if (q > p && r - q != 3)
			si = 0;
		ndig += r - q;
		q = r;
		if (q + 1 >= n || s[q] != ' ' ||
		    !isdig((unsigned char)s[q + 1]))
			break;
		q++;
	}
	return ndig >= 7 && !si ? q : p;
}

/* the glued currency of curglued.txt that [s, e) is, in its case */
static const struct curglue *
curglue_get(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < ncurglue; k++)
		if (strlen(curglue[k].word) == n &&
		    memcmp(curglue[k].word, s, n) == 0)
			return &curglue[k];
	return NULL;
}

const char *
numlex_curglued(const struct numctx *c, size_t i, int *scale)
{
	const struct curglue *g;

	/* every one is a capital and up to three letters: most words are
	 * none, and this is on the path of every amount */
	if (i >= c->na || c->a[i].kind != A_WORD || !(c->a[i].fl & F_CAP) ||
	    c->a[i].e - c->a[i].s > 3 || (g = curglue_get(c->s + c->a[i].s,
	    c->a[i].e - c->a[i].s)) == NULL)
		return NULL;
	*scale = g->scale;
	return g->code;
}

/* a scale word ("billion", "bn", "crore") after the number at p, glued
 * or after one space */
static int
scaleafter(const char *s, size_t n, size_t p)
{
	const struct lex *x;
	size_t q;
	int16_t lx;

	while (p < n && (isdig((unsigned char)s[p]) || ((s[p] == ',' ||
	    s[p] == '.') && p + 1 < n && isdig((unsigned char)s[p + 1]))))
		p++;
	if (p < n && s[p] == ' ')
		p++;
	q = word(s, n, p);
	if (q == p || (lx = lookup(s + p, q - p, whash(s + p, q - p) %
	    FBITS)) == -1)
		return 0;
	if (lx == -2) {
		char k[32];
		const struct wk_wlent *ent;
		size_t i;

		if (q - p >= sizeof k)
			return 0;
		for (i = 0; i < q - p; i++)
			k[i] = lower((unsigned char)s[p + i]);
		if ((ent = wk_wl_get(lexwl, k, q - p)) == NULL)
			return 0;
		lx = ent->val;
	}
	x = &numlex_lexv[lx];
	return x->mult >= 5 && x->mult <= 12;
}

/* digits glued to the word before them are its own ("A320", "G7"), but
 * for a currency written so: "Rs280", "RM32 billion" */
static int
gluedmoney(struct numctx *c, const char *w, size_t p)
{
	const struct curglue *g = curglue_get(w, c->s + p - w);

	return g != NULL && (!g->scale || scaleafter(c->s, c->n, p));
}

/* the number at p; returns the end */
static size_t
numatom(struct numctx *c, size_t p, uint8_t ws)
{
	const char *s = c->s;
	size_t n = c->n, q, r;
	uint8_t fl = 0;
	struct atom *w;

	if ((q = intlphone(c, p, ws)) > p) {
		atom(c, p, q, A_NUM, ws | F_SKIP);
		return q;
	}
	/* onegroup looks words up: only where a plain space and three
	 * digits follow one to three */
	for (q = p; q < n && q < p + 4 && isdig((unsigned char)s[q]); q++)
		;
	q = number(s, n, p, &fl, q < p + 4 && q + 1 < n && s[q] == ' ' &&
	    three(s, n, q + 1) && onegroup(c, p, ws));
	/* digits glued to letters before them: an identifier (A320) */
	if (c->na > 0 && !ws && c->a[c->na - 1].kind == A_WORD &&
	    !gluedmoney(c, c->s + c->a[c->na - 1].s, p)) {
		w = &c->a[c->na - 1];
		w->e = q;
		w->h = whash(s + w->s, q - w->s) % FBITS;
		w->lx = lookup(s + w->s, q - w->s, w->h);
		return q;
	}
	if (glued(c, ws))
		fl |= F_SKIP;
	if (!(fl & (F_DEC | F_COMMA)) && !(c->na > 0 && !ws &&
	    c->a[c->na - 1].cp == '-') && (r = phone(s, n, p, q)) != q) {
		fl |= F_SKIP;
		q = r;
	}
	atom(c, p, q, A_NUM, ws | fl);
	return q;
}

/* "Rs280", "RM32": the currency is a word, the digits a number; the
 * end of the word [p, q), or q */
static size_t
moneycut(struct numctx *c, size_t p, size_t q)
{
	size_t k;

	for (k = p; k < q && k < p + 4 && !isdig((unsigned char)c->s[k]); k++)
		;
	return k < q && k > p && isdig((unsigned char)c->s[k]) &&
	    gluedmoney(c, c->s + p, k) ? k : q;
}

/* the word at p, whose first character is cp; returns the end */
static size_t
wordatom(struct numctx *c, size_t p, uint8_t ws, int32_t cp)
{
	const char *s = c->s;
	size_t n = c->n, q, k;
	uint32_t h = 2166136261u;
	int low, dig, cls = 0, t;
	struct atom *a;

	/* ASCII words in one pass: end, hash, the classes of the letters */
	for (q = p; q < n && (t = ctab[(unsigned char)s[q]]) != 0; q++) {
		h = (h ^ ((unsigned char)s[q] | (t & 2 ? 32 : 0))) * 16777619u;
		cls |= t;
	}
	low = cls & 1;
	dig = cls & 4;
	if (q == p || (q < n && (s[q] == '\'' ||
	    ((unsigned char)s[q] & 0x80)))) {
		q = word(s, n, p);	/* apostrophes, UTF-8 */
		h = whash(s + p, q - p);
		for (low = 0, k = p; k < q; k++)
			low |= s[k] >= 'a' && s[k] <= 'z';
	}
	if (q - p == 3 && memcmp(s + p, "www", 3) == 0 && q < n &&
	    s[q] == '.')
		return skipchunk(c, p);
	if (dig && cp >= 'A' && cp <= 'Z' && (k = moneycut(c, p, q)) < q) {
		q = k;
		h = whash(s + p, q - p);
	}
	a = atom(c, p, q, A_WORD, ws);
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0x80 && wk_is_upper(cp)))
		a->fl |= F_CAP;
	if (!low)
		a->fl |= F_UPPER;
	a->h = h % FBITS;
	a->lx = cp < 0x80 ? lookup(s + p, q - p, a->h) : -1;
	return q;
}

void
numlex_atoms(struct numctx *c, size_t from, size_t max)
{
	const char *s = c->s;
	size_t n = c->n, p = from;
	uint8_t ws = F_SP;
	int32_t cp;
	int l;

	c->na = 0;
	if (p > 0 && !wstab[(unsigned char)s[p - 1]])
		ws = 0;
	while (p < n) {
		unsigned char ch = s[p];

		/* enough: stop before a word that follows white space (or,
		 * in text without any, anywhere), so memory stays bounded */
		if (c->na >= max && (ws || c->na >= 2 * max))
			break;
		if (wstab[ch]) {	/* white space, in one table look-up */
			ws |= wstab[ch];
			p++;
			continue;
		}
		if (isdig(ch) || (ch == '.' && ws && p + 1 < n &&
		    isdig((unsigned char)s[p + 1]))) {
			p = numatom(c, p, ws);
			ws = 0;
			continue;
		}
		l = 1;
		cp = ch;
		if (ch >= 0x80) {
			l = wk_utf8_decode((const unsigned char *)s + p, n - p,
			    &cp);
			if (cp == 0xA0 || (cp > 0 && wk_is_space(cp))) {
				ws |= F_SP;
				p += l;
				continue;
			}
		}
		if (cp < 0 ? 0 : cp < 0x80 ? (ctab[cp] & 3) != 0 :
		    wk_is_letter(cp))
			p = wordatom(c, p, ws, cp);
		else if ((cp == ':' && p + 2 < n && s[p + 1] == '/' &&
		    s[p + 2] == '/') || (cp == '@' && !ws && c->na > 0 &&
		    c->a[c->na - 1].kind == A_WORD && p + 1 < n &&
		    s[p + 1] != ' '))
			p = skipchunk(c, p);	/* a URL, an address */
		else {
			atom(c, p, p + l, A_SYM, ws)->cp = cp;
			p += l;
		}
		ws = 0;
	}
	c->atend = p >= n;
	/* a sentinel after the last atom: a look at a[na] sees nothing */
	atom(c, p, p, 0, F_SP | F_SKIP);
	c->na--;
}

const struct lex *
numlex_lookup(const struct numctx *c, size_t i)
{
	const struct wk_wlent *ent;
	char k[32];
	size_t n, p;
	uint32_t h;

	if (i >= c->na || c->a[i].lx == -1)
		return NULL;
	if (c->a[i].lx == -2) {		/* a word the filter let by */
		n = c->a[i].e - c->a[i].s;
		h = whash(c->s + c->a[i].s, n) % FBITS;
		if (memo[h] > 0) {
			const char *key = lexkeys[memo[h] - 1];

			for (p = 0; p < n && key[p] ==
			    lower((unsigned char)c->s[c->a[i].s + p]); p++)
				;
			c->a[i].lx = p == n && key[n] == '\0' ? memo[h] - 1 : -1;
			return c->a[i].lx < 0 ? NULL : &numlex_lexv[c->a[i].lx];
		}
		for (p = 0; p < n; p++)
			k[p] = lower((unsigned char)c->s[c->a[i].s + p]);
		ent = wk_wl_get(lexwl, k, n);
		c->a[i].lx = ent ? (int16_t)ent->val : -1;
		if (ent == NULL)
			return NULL;
	}
	return &numlex_lexv[c->a[i].lx];
}

int
numlex_dash(const struct numctx *c, size_t i)
{
	return numlex_sym(c, i, '-') || numlex_sym(c, i, 0x2013) ||
	    numlex_sym(c, i, 0x2014);
}

int
numlex_hyphen(const struct numctx *c, size_t i)
{
	return numlex_dash(c, i) && numlex_adj(c, i) && numlex_adj(c, i + 1);
}

/*
 * The key of atoms [i, j): words lower-cased, one space for a gap ("c $
 * 16.4" as "c$": no space before a symbol); ends[k] is the key's length
 * after atom i + k.
 */
static void
phrasekey(struct numctx *c, size_t i, size_t j, size_t *ends)
{
	size_t k, p, need = 0;
	char *q;

	for (k = i; k < j; k++)
		need += c->a[k].e - c->a[k].s + 1;
	wk_buf_reset(&c->key);
	wk_buf_grow(&c->key, need + 1);
	q = c->key.p;
	for (k = i; k < j; k++) {
		if (k > i && (c->a[k].fl & F_SP) && c->a[k].kind != A_SYM)
			*q++ = ' ';
		for (p = c->a[k].s; p < c->a[k].e; p++)
			*q++ = lower((unsigned char)c->s[p]);
		ends[k - i] = q - c->key.p;
	}
	c->key.len = q - c->key.p;
}

int
numlex_tu_ahead(const struct numctx *c, size_t i, size_t n)
{
	size_t k;

	for (k = i; k < c->na && k < i + n; k++)
		if (c->a[k].lx >= 0 && (numlex_lexv[c->a[k].lx].tu[0] ||
		    numlex_lexv[c->a[k].lx].rel == R_AGO))
			return 1;
	return 0;
}

int
numlex_maybe(const struct numctx *c, int list, size_t i)
{
	const struct atom *a = &c->a[i];
	size_t n = a->e - a->s;

	if (list == 3)
		list = 1;
	if (a->kind == A_WORD && !(fbits[list][a->h / 64] &
	    (1ull << (a->h % 64))))
		return 0;
	return (pfilt[list][fidx(lower((unsigned char)c->s[a->s]))][n > 1 ?
	    fidx(lower((unsigned char)c->s[a->s + 1])) : 26] & pbit(n)) != 0;
}

size_t
numlex_phrase(struct numctx *c, int list, size_t i, const char **str)
{
	const struct wk_wlent *ent;
	size_t j, k, len, max = 6, ends[6];
	uint32_t h;

	if (i >= c->na || !numlex_maybe(c, list, i))
		return 0;
	for (j = i; j < c->na && j - i < max; j++)
		if ((j > i && (c->a[j].fl & F_NL)) || c->a[j].kind == A_NUM ||
		    (c->a[j].fl & F_SKIP) || c->a[j].e - c->a[j].s > 24)
			break;
	phrasekey(c, i, j, ends);
	for (k = j; k > i; k--) {
		len = ends[k - i - 1];
		h = whash(c->key.p, len) % FBITS;
		if (!(pbits[list == 3 ? 1 : list][h / 64] & (1ull << (h % 64))))
			continue;
		if (list == 0)
			ent = wk_wl_get(unitwl, c->key.p, len);
		else if (list == 2)
			ent = wk_wl_get(holwl, c->key.p, len);
		else if (list == 3)
			ent = wk_wl_get(curwl, c->key.p, len);
		else {
			ent = wk_wl_get(curwl, c->key.p, len);
			/* ISO codes only in capitals: ALL, TRY, CUP are words */
			if (ent == NULL && (ent = wk_wl_get(isowl, c->key.p,
			    len)) != NULL && k == i + 1 && len == 3 &&
			    !(c->a[i].fl & F_UPPER))
				ent = NULL;
		}
		if (ent != NULL) {
			*str = ent->str;
			return k - i;
		}
	}
	return 0;
}
