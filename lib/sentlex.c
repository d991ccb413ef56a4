/*
 * sentlex.c - the splitter's word lists (sentlex.h). Lookups are gated by
 * the length of the longest entry, so that the common case, a long word
 * before a period, costs no folding or hashing.
 */
#include <string.h>

#include "buf.h"
#include "data.h"
#include "msg.h"
#include "re.h"
#include "sentlex.h"
#include "wordlist.h"

struct list {
	const char	*file, *file2;	/* file2: more entries, value 2 */
	struct wk_wl	*wl;
	size_t		 max;		/* longest entry, in bytes */
};

static struct list lists[WK_SL_NLISTS] = {
	[WK_SL_STARTER] = { "sent/starters.txt", "sent/news.txt", NULL, 0 },
	[WK_SL_NONFINAL] =	{ "sent/nonfinal.txt", NULL, NULL, 0 },
	[WK_SL_CAPTION] =	{ "sent/captions.txt", NULL, NULL, 0 },
	[WK_SL_TLD] =		{ "sent/tld.txt", NULL, NULL, 0 },
	[WK_SL_MIDSTART] =	{ "sent/midstart.txt", NULL, NULL, 0 },
	[WK_SL_QUOTEVERB] =	{ "sent/quoteverbs.txt", NULL, NULL, 0 },
};

/* one file per class; an entry's value is its class */
static struct list abbrev[] = {
	[WK_AB_TITLE] =		{ "sent/abbrev/title.txt", NULL, NULL, 0 },
	[WK_AB_NUMBER] =	{ "sent/abbrev/number.txt", NULL, NULL, 0 },
	[WK_AB_INNER] =		{ "sent/abbrev/inner.txt", NULL, NULL, 0 },
	[WK_AB_FINAL] =		{ "sent/abbrev/final.txt", NULL, NULL, 0 },
	[WK_AB_PLACE] =		{ "sent/abbrev/place.txt", NULL, NULL, 0 },
	[WK_AB_PROPER] =	{ "sent/abbrev/proper.txt", NULL, NULL, 0 },
};
#define NABBREV	(sizeof(abbrev) / sizeof(abbrev[0]))

static struct wk_wl	*abbrevs;	/* all classes in one set */
static size_t		 abbrev_max;
static uint32_t		 mid_lens[26];	/* bit L: a midstart word, L letters */
static struct wk_re	*dateline;

/* The next line of an embedded file from *p (no newline); 0 at its end. */
static int
next_line(const char **p, const char *end, const char **line, size_t *n)
{
	const char *nl;

	if (*p >= end)
		return 0;
	if ((nl = memchr(*p, '\n', (size_t)(end - *p))) == NULL)
		nl = end;
	*line = *p;
	*n = (size_t)(nl - *p);
	*p = nl + 1;
	return 1;
}

/* Loads file into wl with value val; returns its longest entry. */
static size_t
load(struct wk_wl *wl, const char *file, uint32_t val)
{
	const struct wk_blob *b = wk_data_must(file);
	const char *p = b->p, *line;
	size_t n, max = 0;

	wk_wl_load_data(wl, file, val);
	while (next_line(&p, b->p + b->len, &line, &n))
		if (n > max && *line != '#')
			max = n;
	return max;
}

/* The dateline file is a pattern split over lines, with # comments. */
static void
load_dateline(void)
{
	const struct wk_blob *b = wk_data_must("sent/dateline.txt");
	const char *p = b->p, *line;
	struct wk_buf pat = { 0 };
	size_t n;

	while (next_line(&p, b->p + b->len, &line, &n))
		if (n > 0 && *line != '#')
			wk_buf_add(&pat, line, n);
	wk_buf_addc(&pat, '\0');
	dateline = wk_re_compile(pat.p, 0);
	wk_buf_free(&pat);
}

/* The first letters and lengths of the midstart words, a cheap filter. */
static void
load_initials(void)
{
	const struct wk_blob *b = wk_data_must(lists[WK_SL_MIDSTART].file);
	const char *p = b->p, *line;
	size_t n;

	while (next_line(&p, b->p + b->len, &line, &n))
		if (n > 0 && n < 32 && *line >= 'a' && *line <= 'z')
			mid_lens[*line - 'a'] |= 1u << n;
}

void
wk_sl_init(void)
{
	size_t i, m;

	if (abbrevs != NULL)
		return;
	abbrevs = wk_wl_new();
	for (i = 1; i < NABBREV; i++)
		if ((m = load(abbrevs, abbrev[i].file, (uint32_t)i)) >
		    abbrev_max)
			abbrev_max = m;
	for (i = 0; i < WK_SL_NLISTS; i++) {
		lists[i].wl = wk_wl_new();
		lists[i].max = load(lists[i].wl, lists[i].file, 1);
		if (lists[i].file2 != NULL &&
		    (m = load(lists[i].wl, lists[i].file2, 2)) > lists[i].max)
			lists[i].max = m;
	}
	load_initials();
	load_dateline();
}

int
wk_sl_abbrev(const char *w, size_t n, const struct wk_wl *extra)
{
	const struct wk_wlent *e;

	/* a user's list may leave the final period out */
	if (extra != NULL && ((e = wk_wl_get(extra, w, n)) != NULL ||
	    (e = wk_wl_get(extra, w, n - 1)) != NULL))
		return (int)e->val;
	if (n > abbrev_max)
		return WK_AB_NONE;
	e = wk_wl_get(abbrevs, w, n);
	return e != NULL ? (int)e->val : WK_AB_NONE;
}

int
wk_sl_in(int list, const char *w, size_t n)
{
	const struct wk_wlent *e;

	if (n == 0 || n > lists[list].max)
		return 0;
	e = wk_wl_get(lists[list].wl, w, n);
	return e != NULL ? (int)e->val : 0;
}

uint32_t
wk_sl_midlens(int c)
{
	return c >= 'A' && c <= 'Z' ? mid_lens[c - 'A'] : 0;
}

size_t
wk_sl_dateline(const char *s, size_t n)
{
	size_t ov[2];

	if (n < 8)
		return 0;
	if (n > 64)
		n = 64;
	return wk_re_match(dateline, s, n, 0, ov, 1) > 0 ? ov[1] : 0;
}
