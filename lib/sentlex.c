/*
 * sentlex.c - the splitter's word lists (sentlex.h). Lookups are gated by
 * length so that the common case, a long ordinary word before a period,
 * costs no hashing.
 */
#include <string.h>

#include "buf.h"
#include "data.h"
#include "msg.h"
#include "re.h"
#include "sentlex.h"
#include "wordlist.h"

static struct wk_wl	*abbrev, *starters, *nonfinal, *captions, *tlds, *midstart,
			*quoteverbs;
static uint32_t		 mid_initials;	/* bit c - 'a': a midstart word starts with c */
static struct wk_re	*dateline;
static size_t		 abbrev_max;	/* longest entry, in bytes */

static const char *const classfiles[] = {
	NULL, "sent/abbrev/title.txt", "sent/abbrev/number.txt",
	"sent/abbrev/inner.txt", "sent/abbrev/final.txt",
	"sent/abbrev/place.txt"
};

/* Each class is its own file; an entry's value is its class. */
static void
load_abbrev(void)
{
	const struct wk_blob *b;
	const char *p, *end, *nl;
	size_t i;

	abbrev = wk_wl_new();
	for (i = 1; i < sizeof(classfiles) / sizeof(classfiles[0]); i++) {
		wk_wl_load_data(abbrev, classfiles[i], (uint32_t)i);
		b = wk_data_must(classfiles[i]);
		for (p = b->p, end = p + b->len; p < end; p = nl + 1) {
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			if (*p != '#' && (size_t)(nl - p) > abbrev_max)
				abbrev_max = (size_t)(nl - p);
		}
	}
}

/* The dateline file is a pattern split over lines, with # comments. */
static void
load_dateline(void)
{
	const struct wk_blob *b = wk_data_must("sent/dateline.txt");
	const char *p, *end = b->p + b->len, *nl;
	struct wk_buf pat = { 0 };

	for (p = b->p; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (p < nl && *p != '#')
			wk_buf_add(&pat, p, (size_t)(nl - p));
	}
	wk_buf_addc(&pat, '\0');
	dateline = wk_re_compile(pat.p, 0x00000008u /* PCRE2_CASELESS */);
	wk_buf_free(&pat);
}

/* The first letters of the midstart words, for the caller's byte table. */
static void
load_initials(void)
{
	const struct wk_blob *b = wk_data_must("sent/midstart.txt");
	const char *p, *end = b->p + b->len, *nl;

	for (p = b->p; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (p < nl && *p >= 'a' && *p <= 'z')
			mid_initials |= 1u << (*p - 'a');
	}
}

void
wk_sl_init(void)
{
	if (abbrev != NULL)
		return;
	load_abbrev();
	starters = wk_wl_new();
	wk_wl_load_data(starters, "sent/starters.txt", WK_ST_FUNC);
	wk_wl_load_data(starters, "sent/news.txt", WK_ST_NEWS);
	nonfinal = wk_wl_new();
	wk_wl_load_data(nonfinal, "sent/nonfinal.txt", 1);
	captions = wk_wl_new();
	wk_wl_load_data(captions, "sent/captions.txt", 1);
	tlds = wk_wl_new();
	wk_wl_load_data(tlds, "sent/tld.txt", 1);
	quoteverbs = wk_wl_new();
	wk_wl_load_data(quoteverbs, "sent/quoteverbs.txt", 1);
	midstart = wk_wl_new();
	wk_wl_load_data(midstart, "sent/midstart.txt", 1);
	load_initials();
	load_dateline();
}

int
wk_sl_abbrev(const char *w, size_t n, const struct wk_wl *extra)
{
	const struct wk_wlent *e;

	if (extra != NULL && (e = wk_wl_get(extra, w, n)) != NULL)
		return (int)e->val;
	if (n > abbrev_max)
		return WK_AB_NONE;
	e = wk_wl_get(abbrev, w, n);
	return e != NULL ? (int)e->val : WK_AB_NONE;
}

static int
get(const struct wk_wl *wl, const char *w, size_t n, size_t max)
{
	const struct wk_wlent *e;

	if (n == 0 || n > max)
		return 0;
	e = wk_wl_get(wl, w, n);
	return e != NULL ? (int)e->val : 0;
}

int
wk_sl_starter(const char *w, size_t n)
{
	return get(starters, w, n, 24);
}

int
wk_sl_nonfinal(const char *w, size_t n)
{
	return get(nonfinal, w, n, 16);
}

int
wk_sl_caption(const char *w, size_t n)
{
	return get(captions, w, n, 16);
}

int
wk_sl_tld(const char *w, size_t n)
{
	return get(tlds, w, n, 8);
}

int
wk_sl_midstart(const char *w, size_t n)
{
	return get(midstart, w, n, 10);
}

int
wk_sl_quoteverb(const char *w, size_t n)
{
	return get(quoteverbs, w, n, 12);
}

int
wk_sl_midinitial(int c)
{
	return c >= 'A' && c <= 'Z' && (mid_initials >> (c - 'A') & 1);
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
