/*
 * quotecue.c - the word lists of wk-quote and lookups in them: cues (verbs
 * and phrases, by class) and the words the speaker scanner needs to know
 * (stop words, adverbs, titles, determiners, pronouns, first names).
 * All are embedded data under lib/data/quote/, loaded once.
 */
#include <string.h>

#include "quoteint.h"
#include "tok.h"
#include "wordlist.h"

static struct wk_wl *cues, *stop, *skip, *titles, *dets, *links, *pronouns;
static struct wk_wl *gender, *clause, *verbs;

static struct wk_wl *
load(const char *name, uint32_t val)
{
	struct wk_wl *wl = wk_wl_new();

	wk_wl_load_data(wl, name, val);
	return wl;
}

void
wk_qcue_init(void)
{
	if (cues != NULL)
		return;
	/* later lists override the class of words in earlier ones */
	cues = load("quote/ggt_quote_verb_list.txt", WK_CUE_VERB);
	wk_wl_load_data(cues, "quote/cue-extra.txt", WK_CUE_VERB);
	wk_wl_load_data(cues, "quote/cue-weak.txt", WK_CUE_WEAK);
	wk_wl_load_data(cues, "quote/cue-label.txt", WK_CUE_LABEL);
	wk_wl_load_data(cues, "quote/cue-phrase.txt", WK_CUE_VERB);
	wk_wl_load_data(cues, "quote/cue-source.txt", WK_CUE_SOURCE);
	stop = load("quote/np-stop.txt", 1);
	skip = load("quote/np-skip.txt", 1);
	titles = load("quote/titles.txt", 1);
	dets = load("quote/np-det.txt", 1);
	links = load("quote/np-link.txt", 1);
	pronouns = load("quote/pronouns.txt", 1);
	gender = load("quote/firstname-gender.txt", 1);
	clause = load("quote/clause-start.txt", 1);
	verbs = load("quote/np-verb.txt", 1);
}

int
wk_qcue_at(const char *s, const struct wk_tok *t, size_t ntok, size_t i,
    struct wk_qcue *cue)
{
	const struct wk_wlent *e;

	if (i >= ntok || t[i].cls != WK_T_WORD)
		return 0;
	/*
	 * a capitalised word after a word is a name: the United States; and
	 * before a capitalised one: '"...," State Department spokesman'
	 */
	if ((t[i].flags & WK_TF_CAP) && ((i > 0 && t[i - 1].cls ==
	    WK_T_WORD) || (i + 1 < ntok && t[i + 1].cls == WK_T_WORD &&
	    (t[i + 1].flags & WK_TF_CAP))))
		return 0;
	if ((e = wk_wl_longest(cues, s, t, ntok, i)) == NULL)
		return 0;
	cue->tok0 = i;
	cue->tok1 = i + (e->ntok ? e->ntok : 1);
	cue->cls = e->val;
	cue->name = e->str[0] ? e->str : NULL;
	return 1;
}

static const struct wk_wlent *
word(const struct wk_wl *wl, const char *s, const struct wk_tok *t)
{
	if (t->cls != WK_T_WORD)
		return NULL;
	return wk_wl_get(wl, s + t->start, t->end - t->start);
}

int
wk_qword_stop(const char *s, const struct wk_tok *t)
{
	return word(stop, s, t) != NULL;
}

int
wk_qword_skip(const char *s, const struct wk_tok *t)
{
	size_t len = t->end - t->start;

	if (t->cls != WK_T_WORD)
		return 0;
	if ((t->flags & WK_TF_LOWER) && len > 3 &&
	    memcmp(s + t->end - 2, "ly", 2) == 0)
		return 1;
	return word(skip, s, t) != NULL;
}

/* A title word, or a hyphenated word of title words: Secretary-General,
 * ex-President, Governor-elect. */
int
wk_qword_verb(const char *s, const struct wk_tok *t)
{
	return word(verbs, s, t) != NULL;
}

int
wk_qword_title_at(const char *s, size_t n)
{
	const char *h;

	if (wk_wl_get(titles, s, n) != NULL)
		return 1;
	if ((h = memchr(s, '-', n)) == NULL || h == s || h + 1 == s + n)
		return 0;
	return wk_wl_get(titles, s, h - s) != NULL &&
	    wk_qword_title_at(h + 1, s + n - h - 1);
}

int
wk_qword_title(const char *s, const struct wk_tok *t)
{
	return t->cls == WK_T_WORD &&
	    wk_qword_title_at(s + t->start, t->end - t->start);
}

int
wk_qword_link(const char *s, const struct wk_tok *t)
{
	return word(links, s, t) != NULL;
}

int
wk_qword_clause(const char *s, const struct wk_tok *t)
{
	return word(clause, s, t) != NULL;
}

int
wk_qword_det(const char *s, const struct wk_tok *t)
{
	return word(dets, s, t) != NULL;
}

int
wk_qword_pronoun(const char *s, const struct wk_tok *t)
{
	const struct wk_wlent *e = word(pronouns, s, t);

	return e != NULL ? e->str[0] : 0;
}

int
wk_qname_gender(const char *s, size_t n)
{
	const struct wk_wlent *e = wk_wl_get(gender, s, n);

	return e != NULL ? e->str[0] : 0;
}
