/*
 * entspan.c - trimming entity spans (entspan.h).
 */
#include <string.h>

#include "ent.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entspan.h"
#include "tok.h"

static int
is_punct(const struct wk_tok *t)
{
	return t->cls == WK_T_PUNCT || t->cls == WK_T_SYM;
}

/* the first closing bracket in [i, j) that nothing in it opened, or j */
static size_t
unbalanced(const char *s, const struct wk_tok *toks, size_t i, size_t j)
{
	int depth = 0;

	for (; i < j; i++) {
		if (toks[i].cls != WK_T_PUNCT || toks[i].end - toks[i].start != 1)
			continue;
		switch (s[toks[i].start]) {
		case '(': case '[': case '{':
			depth++;
			break;
		case ')': case ']': case '}':
			if (depth-- == 0)
				return i;
			break;
		}
	}
	return j;
}

/* the period of a listed abbreviation: Corp. Inc. Jr. */
static int
abbrev_dot(const char *s, const struct wk_tok *toks,
    const struct wk_tokinfo *ti, size_t k)
{
	return s[toks[k].start] == '.' && !(toks[k].flags & WK_TF_SPACE) &&
	    (ti[k].cls & ((1u << WK_G_ORGWORD) | (1u << WK_G_TITLE)));
}

void
wk_entspan_trim(const char *s, const struct wk_tok *toks,
    const struct wk_tokinfo *ti, int type, size_t *a, size_t *b)
{
	size_t i = *a, j = *b;

	for (;;) {
		if (i < j && (is_punct(&toks[i]) || (toks[i].flags & WK_TF_POSS)))
			i++;
		else if (type == WK_E_PERSON && i < j &&
		    (ti[i].cls & (1u << WK_G_TITLE)))
			i++;
		else
			break;
	}
	j = unbalanced(s, toks, i, j);
	while (j > i && ((toks[j - 1].flags & WK_TF_POSS) ||
	    (toks[j - 1].cls == WK_T_PUNCT && !abbrev_dot(s, toks, ti, j - 1)) ||
	    (toks[j - 1].cls == WK_T_SYM && (toks[j - 1].flags & WK_TF_SPACE))))
		j--;
	*a = i;
	*b = j;
}

static int
glued(const struct wk_tok *t)
{
	return !(t->flags & (WK_TF_SPACE | WK_TF_NL));
}

static int
is_char(const char *s, const struct wk_tok *t, const char *set)
{
	return t->end - t->start == 1 && strchr(set, s[t->start]) != NULL;
}

size_t
wk_entspan_glue(const char *s, const struct wk_tok *toks, size_t n, size_t b)
{
	while (b + 1 < n && is_char(s, &toks[b], "/&") && glued(&toks[b]) &&
	    glued(&toks[b + 1]) && toks[b + 1].cls == WK_T_WORD &&
	    (toks[b + 1].flags & (WK_TF_CAP | WK_TF_ALLCAPS)))
		b += 2;
	if (b < n && is_char(s, &toks[b], "+") && glued(&toks[b]) &&
	    (b + 1 == n || !glued(&toks[b + 1]) ||
	    toks[b + 1].cls == WK_T_PUNCT))
		b++;
	return b;
}

/* classes a person's name after a title never holds */
#define NOT_NAME ((1u << WK_G_COUNTRY) | (1u << WK_G_DEMONYM) | \
	(1u << WK_G_ORGWORD) | (1u << WK_G_TITLE) | (1u << WK_G_EVENT) | \
	(1u << WK_G_PLACEWORD) | (1u << WK_G_KNOWNORG))

/* tokens [j, b) look like a person's name: capitalised words, initials */
int
wk_entspan_name(const char *s, const struct wk_tok *toks,
    const struct wk_tokinfo *ti, size_t j, size_t b)
{
	size_t k;

	if (j >= b || b - j > 6 || toks[j].cls != WK_T_WORD ||
	    !(toks[j].flags & WK_TF_CAP))
		return 0;
	for (k = j; k < b; k++) {
		if (ti[k].cls & NOT_NAME)
			return 0;
		if (toks[k].cls == WK_T_WORD && (toks[k].flags & WK_TF_CAP))
			continue;
		if (is_char(s, &toks[k], ".") && !(toks[k].flags & WK_TF_SPACE))
			continue;	/* an initial: John F. Kennedy */
		if ((toks[k].flags & WK_TF_LOWER) &&
		    (ti[k].cls & (1u << WK_G_PARTICLE)))
			continue;
		return 0;
	}
	return 1;
}

size_t
wk_entspan_title(const char *s, const struct wk_tok *toks,
    const struct wk_tokinfo *ti, size_t a, size_t b, size_t *p)
{
	const uint32_t title = 1u << WK_G_TITLE;
	size_t k, j;

	for (k = a + 1; k + 1 < b; k++) {
		if (!(ti[k].cls & title) || (ti[k - 1].cls & title) ||
		    toks[k].cls != WK_T_WORD || !(toks[k].flags & WK_TF_CAP))
			continue;
		for (j = k; j < b && (ti[j].cls & title); j++)
			;
		if (wk_entspan_name(s, toks, ti, j, b)) {
			*p = j;
			return k;
		}
		k = j - 1;
	}
	return b;
}
