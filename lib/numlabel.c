/*
 * numlabel.c - numbers that name, not count: a label ("Section 232",
 * "Flight 5342", "No. 412", "version 2.0"), an index ("S&P 500", "FTSE
 * 100"), a model ("Boeing 787-9", "777X", "40 737 MAX jets", "T-72" is
 * the lexer's), a name in words ("Group of Seven"), a house number ("10
 * Downing Street") and an emergency number ("call 911"). num.c starts no
 * span at them. The words are in labels.txt and streets.txt.
 */
#include <string.h>

#include "numint.h"
#include "wordlist.h"

static int
digitsonly(const struct numctx *c, size_t i, size_t lo, size_t hi)
{
	size_t n = c->a[i].e - c->a[i].s;

	return c->a[i].kind == A_NUM && n >= lo && n <= hi &&
	    !(c->a[i].fl & (F_DEC | F_COMMA | F_LEAD0 | F_SKIP));
}

/* "call 911", "dial 999 now": three digits and no noun after them,
 * only a preposition or conjunction */
static int
callnum(struct numctx *c, size_t i)
{
	size_t j = i + 1;

	return digitsonly(c, i, 3, 3) && (j >= c->na ||
	    c->a[j].kind != A_WORD || numlex_is(c, j, "for") ||
	    numlex_is(c, j, "or") || numlex_is(c, j, "and") ||
	    numlex_is(c, j, "if") || numlex_is(c, j, "now") ||
	    numlex_is(c, j, "immediately") || numlex_is(c, j, "to") ||
	    numlex_is(c, j, "in") || numlex_is(c, j, "on") ||
	    numlex_is(c, j, "from"));
}

/* a labels.txt word before the number at i: "Section 232", "No. 412",
 * "S&P 500" (the glued run "S&P" is the key) */
static int
labelword(struct numctx *c, size_t i)
{
	const struct wk_wlent *e;
	size_t k, r;

	if (i == 0 || !(c->a[i].fl & F_SP) || (c->a[i].fl & (F_COMMA |
	    F_SKIP)))
		return 0;
	k = i - 1;
	if (numlex_sym(c, k, '.') && k > 0 && numlex_adj(c, k))
		k--;		/* "No. 412", "Prop. 50" */
	if (!numlex_labelbit(c, k))
		return 0;
	for (r = k; r > 0 && k - r < 2 && numlex_adj(c, r) &&
	    (c->a[r - 1].kind == A_WORD || numlex_sym(c, r - 1, '&')); r--)
		;
	if ((e = numlex_list(NL_LABEL, c->s + c->a[r].s, c->a[k].e -
	    c->a[r].s)) == NULL)
		return 0;
	if (strcmp(e->str, "call") == 0)
		return callnum(c, i);
	if (strcmp(e->str, "any") == 0)
		return 1;	/* "version 2.0" */
	return (c->a[r].fl & F_CAP) && !(c->a[i].fl & F_DEC);
}

/* "10 Downing Street", "1600 Pennsylvania Avenue": a house number */
static int
housenum(struct numctx *c, size_t i)
{
	size_t k;
	int64_t y;

	if (!digitsonly(c, i, 1, 5))
		return 0;
	if (c->a[i].e - c->a[i].s == 4 && dec_is_int(dec_digits(c->s +
	    c->a[i].s, 4), &y) && y >= 1900 && y < 2100)
		return 0;	/* "in 2019 Oxford Street" */
	for (k = i + 1; k < c->na && k <= i + 3 && c->a[k].kind == A_WORD &&
	    (c->a[k].fl & F_CAP) && !(c->a[k].fl & F_NL); k++)
		if (k > i + 1 && numlex_labelbit(c, k) &&
		    numlex_listword(c, NL_STREET, k, 0) != NULL)
			return 1;
	return 0;
}

/*
 * "40 737 MAX jets", "20 747 freighters": after a small count, three
 * digits not ending in 0 and a name or a plural are a model (numlex.c
 * does not group them); not a day's number ("March 3 247 people"), nor
 * a list ("pages 12 345 in the annex")
 */
static int
spacedmodel(struct numctx *c, size_t i)
{
	const struct lex *x;
	const struct atom *w = &c->a[i + 1];

	return i > 0 && digitsonly(c, i, 3, 3) && c->s[c->a[i].e - 1] != '0' &&
	    (c->a[i].fl & F_SP) && digitsonly(c, i - 1, 1, 3) &&
	    i + 1 < c->na && w->kind == A_WORD && ((w->fl & F_CAP) ||
	    (w->e - w->s > 3 && c->s[w->e - 1] == 's')) &&
	    !(i > 1 && (x = numlex_get(c, i - 2)) != NULL && x->mon > 0);
}

/* "777X": three digits and a glued capital that is no unit or scale */
static int
gluedmodel(struct numctx *c, size_t i)
{
	const char *str;
	size_t j = i + 1;

	return digitsonly(c, i, 3, 4) && j < c->na && numlex_adj(c, j) &&
	    c->a[j].kind == A_WORD && (c->a[j].fl & F_UPPER) &&
	    c->a[j].e - c->a[j].s <= 2 && numlex_get(c, j) == NULL &&
	    numlex_phrase(c, 0, j, &str) == 0 &&
	    numlex_phrase(c, 1, j, &str) == 0;
}

/* "401(k)", "501(c)(3)": a letter in brackets glued after the digits */
static int
parenletter(struct numctx *c, size_t i)
{
	return numlex_sym(c, i + 1, '(') && numlex_adj(c, i + 1) &&
	    numlex_adj(c, i + 2) && c->a[i + 2].kind == A_WORD &&
	    c->a[i + 2].e - c->a[i + 2].s == 1 && numlex_sym(c, i + 3, ')') &&
	    numlex_adj(c, i + 3);
}

static int
numlabel(struct numctx *c, size_t i)
{
	return labelword(c, i) || gluedmodel(c, i) || parenletter(c, i) ||
	    spacedmodel(c, i) || housenum(c, i);
}

int
num_label(struct numctx *c, size_t i)
{
	if (c->a[i].kind == A_WORD)	/* "the Group of Seven" */
		return (c->a[i].fl & F_CAP) && i > 1 &&
		    numlex_is(c, i - 1, "of") && numlex_is(c, i - 2, "group") &&
		    (c->a[i - 2].fl & F_CAP);
	if (c->a[i].kind != A_NUM)
		return 0;
	/* "787-9": the variant of a model; one step back, not a chain
	 * ("5-5-5-..." would be quadratic) */
	if (i > 1 && numlex_hyphen(c, i - 1) && c->a[i - 2].kind == A_NUM &&
	    numlabel(c, i - 2))
		return 1;
	return numlabel(c, i);
}
