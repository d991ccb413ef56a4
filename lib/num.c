/*
 * num.c - the wk-num engine's driver: atoms, a cheap trigger test per
 * atom, then every recognizer at a trigger; the longest match wins (dates
 * before times, sets, durations and amounts on a tie). Modifiers on the
 * left ("about", "more than", "at least") join the span and set mod.
 * Without a reference date, a dateline at the start of the text ("KYIV,
 * March 24, 2025 (Reuters) -") may give one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numint.h"

static const char *typenames[] = { "CARDINAL", "ORDINAL", "PERCENT",
	"MONEY", "QUANTITY", "DATE", "TIME", "DURATION", "SET" };
static const char *modnames[] = { "", "APPROX", "MORE_THAN", "LESS_THAN",
	"EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER", "START", "MID",
	"END" };

static struct numctx	ctx;

static void	slice(struct numctx *, size_t, size_t, size_t *);

const char *
wk_num_typename(int t)
{
	return t >= 0 && t <= WK_N_SET ? typenames[t] : "";
}

const char *
wk_num_modname(int m)
{
	return m >= 0 && m <= WK_M_END ? modnames[m] : "";
}

void
wk_num_init(void)
{
	numlex_init();
}

void
wk_nums_free(struct wk_nums *o)
{
	WK_VEC_FREE(o);
}

int
wk_num_parse_date(const char *s, size_t n, int *y, int *m, int *d)
{
	int k;

	if (n < 10 || (n > 10 && s[10] != 'T' && s[10] != ' '))
		return -1;
	for (k = 0; k < 10; k++)
		if ((k == 4 || k == 7) ? s[k] != '-' : (s[k] < '0' || s[k] > '9'))
			return -1;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    s[3] - '0';
	*m = (s[5] - '0') * 10 + s[6] - '0';
	*d = (s[8] - '0') * 10 + s[9] - '0';
	return cal_valid(*y, *m, *d) ? 0 : -1;
}

static int
iscur(int32_t cp)
{
	return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 ||
	    (cp >= 0x20A0 && cp <= 0x20C0) || cp == 0x0E3F;
}

/* worth running the recognizers at atom i? */
static int
trigger(struct numctx *c, size_t i)
{
	const struct atom *a = &c->a[i];
	const struct lex *x;
	int sc;

	if (a->fl & F_SKIP)	/* but "23.04.2022", a date with dots */
		return a->kind == A_NUM && a->e - a->s >= 8 &&
		    a->e - a->s <= 10 && c->s[a->e - 5] == '.';
	if (a->kind == A_NUM)	/* not the 11 of 9/11, nor "Section 232" */
		return c->opts->numbers || (!(i > 1 && numlex_sym(c, i - 1,
		    '/') && numlex_adj(c, i) && numlex_adj(c, i - 1) &&
		    c->a[i - 2].kind == A_NUM) && !num_label(c, i));
	if (a->kind == A_SYM)	/* an apostrophe before digits: "the '90s" */
		return iscur(a->cp) || ((a->cp == '-' || a->cp == 0x2212) &&
		    numlex_adj(c, i + 1) && c->a[i + 1].kind == A_SYM &&
		    iscur(c->a[i + 1].cp)) ||	/* "-$3.4 billion" */
		    ((a->cp == '\'' || a->cp == 0x2019) &&
		    i + 1 < c->na && c->a[i + 1].kind == A_NUM) ||
		    (a->cp >= 0xBC && a->cp <= 0xBE) ||
		    (a->cp >= 0x2153 && a->cp <= 0x215E);
	if ((a->fl & F_UPPER) && num_fyword(c, i))
		return 1;	/* FY2025 */
	if ((a->fl & F_UPPER) && a->e - a->s <= 3 && i + 1 < c->na &&
	    (c->a[i + 1].kind == A_NUM || (c->a[i + 1].kind == A_SYM &&
	    iscur(c->a[i + 1].cp))))
		return 1;	/* USD 5m, US$40 */
	if (a->lx < 0 && numlex_anyfirst(c, i)) {
		if (numlex_maybe(c, 2, i))
			return 1;	/* a holiday: Christmas, Labor Day */
		/* "C$ 16", "u.s. $ 5", "rmb 10": currency words before a
		 * number */
		if (numlex_maybe(c, 1, i) && i + 1 < c->na &&
		    (c->a[i + 1].kind == A_NUM || (c->a[i + 1].kind == A_SYM &&
		    (iscur(c->a[i + 1].cp) || c->a[i + 1].cp == '.'))))
			return 1;
	}
	if (i + 1 < c->na && c->a[i + 1].kind == A_NUM &&
	    numlex_adj(c, i + 1) && numlex_curglued(c, i, &sc) != NULL)
		return 1;	/* "Sh500", "R250 billion" */
	if (a->lx == -1)
		return 0;
	if (a->lx == -2)	/* not a word that starts anything but these */
		return (numlex_is(c, i, "minus") || numlex_is(c, i,
		    "negative")) && i + 1 < c->na && (c->a[i + 1].kind == A_NUM ||
		    ((x = numlex_get(c, i + 1)) != NULL && x->card >= 0));
	if ((x = numlex_get(c, i)) == NULL)
		return 0;
	if ((a->fl & F_CAP) && x->card >= 0 && !c->opts->numbers &&
	    num_label(c, i))
		return 0;	/* "the Group of Seven" */
	if (numlex_is(c, i, "week") && i + 1 < c->na &&
	    (c->a[i + 1].kind == A_NUM || numlex_is(c, i + 1, "of") ||
	    numlex_is(c, i + 1, "beginning") || numlex_is(c, i + 1,
	    "starting") || numlex_is(c, i + 1, "commencing")))
		return 1;	/* week 10, the week of May 4 */
	if (x->fl & L_FY)	/* fiscal 2024 */
		return i + 1 < c->na && (c->a[i + 1].kind == A_NUM ||
		    numlex_is(c, i + 1, "year"));
	if (x->card >= 0 || x->ord || x->ordmult || x->frac || x->mon ||
	    x->wd || x->qtr ||
	    (x->mult > 0 && !(x->fl & (L_PL | L_ABBR))) ||
	    x->half || x->season[0] || x->set[0] || x->pod[0] ||
	    (x->rel && x->rel !=
	    R_AGO && x->rel != R_PER) || x->mod == WK_M_START ||
	    x->mod == WK_M_MID || x->mod == WK_M_END)
		return 1;
	if (numlex_is(c, i, "a") || numlex_is(c, i, "an") ||
	    numlex_is(c, i, "minus") || numlex_is(c, i, "negative"))
		return i + 1 < c->na && (numlex_get(c, i + 1) != NULL ||
		    c->a[i + 1].kind == A_NUM);
	if (x->tu[0] && (x->fl & L_PL) && !(x->fl & L_ABBR))
		return 1;	/* for years */
	if (x->tu[0] != '\0' && x->tu[1] == '\0' && i + 1 < c->na &&
	    c->a[i + 1].kind != A_NUM) {
		if ((x->tu[0] == 'Y' || x->tu[0] == 'M') &&
		    (numlex_is(c, i + 1, "to") || numlex_hyphen(c, i + 1)))
			return 1;	/* year to date, month-end */
		if (x->tu[0] == 'D' && (numlex_is(c, i + 1, "after") ||
		    numlex_is(c, i + 1, "before")))
			return 1;	/* the day after tomorrow */
	}
	return 0;
}

struct modword {
	const char	*w[3];
	int		 mod;
	int		 temporal;	/* 1: dates and times too; 2: not to
					 * durations ("over 10 years" is a
					 * span, not more than one); 3: only
					 * dates and times */
};

static const struct modword mods[] = {
	{ { "no", "later", "than" }, WK_M_EQUAL_OR_LESS, 3 },
	{ { "no", "earlier", "than" }, WK_M_EQUAL_OR_MORE, 3 },
	{ { "later", "than" }, WK_M_AFTER, 3 },
	{ { "earlier", "than" }, WK_M_BEFORE, 3 },
	{ { "as", "early", "as" }, WK_M_EQUAL_OR_MORE, 3 },
	{ { "as", "late", "as" }, WK_M_EQUAL_OR_LESS, 3 },
	{ { "early", "in", "the" }, WK_M_START, 3 },
	{ { "late", "in", "the" }, WK_M_END, 3 },
	{ { "later", "in", "the" }, WK_M_END, 3 },
	/* the three-word phrases before the two-word ones they end with */
	{ { "no", "more", "than" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "not", "more", "than" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "no", "less", "than" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "not", "less", "than" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "no", "fewer", "than" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "not", "fewer", "than" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "a", "minimum", "of" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "a", "maximum", "of" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "more", "than" }, WK_M_MORE_THAN, 0 },
	{ { "greater", "than" }, WK_M_MORE_THAN, 0 },
	{ { "in", "excess", "of" }, WK_M_MORE_THAN, 0 },
	{ { "less", "than" }, WK_M_LESS_THAN, 0 },
	{ { "fewer", "than" }, WK_M_LESS_THAN, 0 },
	{ { "at", "least" }, WK_M_EQUAL_OR_MORE, 0 },
	{ { "at", "most" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "up", "to" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "upwards", "of" }, WK_M_MORE_THAN, 0 },
	{ { "close", "to" }, WK_M_APPROX, 1 },
	{ { "as", "many", "as" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "as", "much", "as" }, WK_M_EQUAL_OR_LESS, 0 },
	{ { "an", "estimated" }, WK_M_APPROX, 0 },
	{ { "about" }, WK_M_APPROX, 1 },
	{ { "around" }, WK_M_APPROX, 1 },
	{ { "approximately" }, WK_M_APPROX, 1 },
	{ { "roughly" }, WK_M_APPROX, 1 },
	{ { "nearly" }, WK_M_APPROX, 1 },
	{ { "almost" }, WK_M_APPROX, 1 },
	{ { "some" }, WK_M_APPROX, 0 },
	{ { "circa" }, WK_M_APPROX, 1 },
	{ { "over" }, WK_M_MORE_THAN, 2 },
	{ { "above" }, WK_M_MORE_THAN, 0 },
	{ { "under" }, WK_M_LESS_THAN, 0 },
	{ { "below" }, WK_M_LESS_THAN, 0 },
};

#define NMODS	(sizeof mods / sizeof mods[0])
/* each modifier's word count and the length of its last word */
static size_t	modn[NMODS], modlen[NMODS];

static void
modinit(void)
{
	size_t k, n;

	for (k = 0; k < NMODS; k++) {
		for (n = 0; n < 3 && mods[k].w[n] != NULL; n++)
			;
		modn[k] = n;
		modlen[k] = strlen(mods[k].w[n - 1]);
	}
}

/* "2018 or later", "March 1 and after", "2020 onwards": a modifier on
 * the right of a date; returns the atom after it */
static size_t
mod_right(struct numctx *c, size_t j, int *mod)
{
	if (numlex_is(c, j, "onwards") || numlex_is(c, j, "onward")) {
		*mod = WK_M_EQUAL_OR_MORE;
		return j + 1;
	}
	if (!(numlex_is(c, j, "or") || numlex_is(c, j, "and")) ||
	    numlex_is(c, j + 2, "than"))
		return j;
	/* "arrested in 2007 and later transferred": a narrative "and" needs
	 * the end of the clause after it */
	if (numlex_is(c, j, "and") && j + 2 < c->na &&
	    (c->a[j + 2].kind == A_WORD || c->a[j + 2].kind == A_NUM))
		return j;
	/* "2018 or after the war": a preposition */
	if (j + 2 < c->na && (c->a[j + 2].kind == A_NUM || numlex_is(c, j + 2,
	    "the") || numlex_is(c, j + 2, "a") || numlex_is(c, j + 2, "an") ||
	    numlex_is(c, j + 2, "this") || numlex_is(c, j + 2, "that") ||
	    numlex_is(c, j + 2, "his") || numlex_is(c, j + 2, "her") ||
	    numlex_is(c, j + 2, "its") || numlex_is(c, j + 2, "their")))
		return j;
	if (numlex_is(c, j + 1, "later") || numlex_is(c, j + 1, "after"))
		*mod = WK_M_EQUAL_OR_MORE;
	else if (numlex_is(c, j + 1, "earlier") || numlex_is(c, j + 1,
	    "before"))
		*mod = WK_M_EQUAL_OR_LESS;
	else
		return j;
	return j + 2;
}

/* "10 or more", "$1bn+", "200-plus", "40 or so": a modifier on the
 * right of an amount; returns the atom after it */
static size_t
amount_right(struct numctx *c, size_t j, int *mod)
{
	if (numlex_sym(c, j, '+') && numlex_adj(c, j)) {
		*mod = WK_M_EQUAL_OR_MORE;
		return j + 1;
	}
	if (numlex_hyphen(c, j) && numlex_is(c, j + 1, "plus")) {
		*mod = WK_M_EQUAL_OR_MORE;
		return j + 2;
	}
	if (!numlex_is(c, j, "or") || numlex_is(c, j + 2, "than"))
		return j;
	if (numlex_is(c, j + 1, "more") || numlex_is(c, j + 1, "higher") ||
	    numlex_is(c, j + 1, "above") || numlex_is(c, j + 1, "over"))
		*mod = WK_M_EQUAL_OR_MORE;
	else if (numlex_is(c, j + 1, "less") || numlex_is(c, j + 1, "fewer") ||
	    numlex_is(c, j + 1, "lower") || numlex_is(c, j + 1, "below"))
		*mod = WK_M_EQUAL_OR_LESS;
	else if (numlex_is(c, j + 1, "so"))
		*mod = WK_M_APPROX;
	else
		return j;
	return j + 2;
}

/* a modifier phrase ending just before atom i, not before atom lo */
int
num_mod_left(struct numctx *c, size_t i, size_t lo, size_t *start)
{
	size_t k, n, w, lw;
	int temporal = *start;	/* in: 1 dates and times, 2 durations */
	char ch;

	/* every modifier ends in a word: most spans have none before them */
	if (i <= lo || c->a[i - 1].kind != A_WORD || c->a[i - 1].e -
	    c->a[i - 1].s > 13) {
		*start = i;
		return 0;
	}
	if (modn[0] == 0)
		modinit();
	lw = c->a[i - 1].e - c->a[i - 1].s;
	ch = c->s[c->a[i - 1].s] | 0x20;
	for (k = 0; k < NMODS; k++) {
		/* the last word's first letter and length first: cheap */
		n = modn[k];
		if (mods[k].w[n - 1][0] != ch || modlen[k] != lw)
			continue;
		if (i < lo + n || (temporal == 1 && mods[k].temporal != 1 &&
		    mods[k].temporal != 3) || (temporal != 1 &&
		    mods[k].temporal == 3) ||
		    (temporal == 2 && mods[k].temporal == 2) ||
		    !numlex_isn(c, i - 1, mods[k].w[n - 1], lw))
			continue;
		for (w = 0; w < n; w++)
			if (!numlex_isn(c, i - n + w, mods[k].w[w],
			    strlen(mods[k].w[w])))
				break;
		if (w == n) {
			*start = i - n;
			return mods[k].mod;
		}
	}
	*start = i;
	return 0;
}

static int
better(const struct cand *a, size_t ja, size_t jb)
{
	(void)a;
	return ja > jb;
}

/* the best candidate at atom i; 0 if none */
static size_t
best(struct numctx *c, size_t i, struct cand *out)
{
	struct cand t;
	size_t j = 0, r;

	if (c->opts->numbers)
		return num_bare(c, i, out);
	if ((r = num_date(c, i, &t)) != 0) {
		*out = t;
		j = r;
	}
	if ((r = num_time(c, i, &t)) != 0 && better(&t, r, j)) {
		*out = t;
		j = r;
	}
	if ((r = num_set(c, i, &t)) != 0 && better(&t, r, j)) {
		*out = t;
		j = r;
	}
	if ((r = num_dur(c, i, &t)) != 0 && better(&t, r, j)) {
		*out = t;
		j = r;
	}
	if ((r = num_amount(c, i, &t)) != 0 && better(&t, r, j)) {
		*out = t;
		j = r;
	}
	return j;
}

static int
connector(struct numctx *c, size_t k, size_t start)
{
	return ((numlex_sym(c, k, '-') || numlex_sym(c, k, 0x2013)) &&
	    !(c->a[k].fl & F_NL)) || numlex_is(c, k, "to") ||
	    numlex_is(c, k, "through") || numlex_is(c, k, "till") ||
	    numlex_is(c, k, "until") || (numlex_is(c, k, "and") && start > 0 &&
	    numlex_is(c, start - 1, "between"));
}

/* "2014-2018", "between 2014 and 2018": ranges of years */
static void
yearrange(struct numctx *c, struct cand *cd)
{
	const char *v = cd->value;

	if (cd->type == WK_N_CARDINAL && strlen(v) == 10 && v[4] == '.' &&
	    (v[0] == '1' || v[0] == '2') && (v[6] == '1' || v[6] == '2') &&
	    strncmp(v, "1900", 4) >= 0 && strncmp(v, "2100", 4) <= 0 &&
	    strncmp(v + 6, "1900", 4) >= 0 && strncmp(v + 6, "2100", 4) <= 0 &&
	    strncmp(v, v + 6, 4) < 0 && c->a[cd->i].e - c->a[cd->i].s == 4 &&
	    !(c->a[cd->i].fl & F_COMMA))
		cd->type = WK_N_DATE;
}

/* "March 3 to April 5", "from Monday to Friday": a range of dates */
static void
daterange(struct numctx *c, struct cand *cd, size_t start)
{
	struct cand t;
	size_t k = cd->j, r;
	int y2, m2, d2;

	if ((cd->type != WK_N_DATE && cd->type != WK_N_TIME) ||
	    cd->value[0] == '\0' || strstr(cd->value, "..") != NULL ||
	    !connector(c, k, start) || k + 1 >= c->na)
		return;
	if ((r = num_date(c, k + 1, &t)) == 0 || t.type != cd->type ||
	    t.value[0] == '\0' || strstr(t.value, "..") != NULL)
		return;
	/* "from Monday to Friday": the second day is after the first */
	if (strlen(cd->value) == 10 && strlen(t.value) == 10 &&
	    strcmp(t.value, cd->value) < 0 && numlex_get(c, k + 1) != NULL &&
	    numlex_get(c, k + 1)->wd != 0 &&
	    wk_num_parse_date(t.value, 10, &y2, &m2, &d2) == 0) {
		cal_civil(cal_days(y2, m2, d2) + 7, &y2, &m2, &d2);
		snprintf(t.value, sizeof t.value, "%04d-%02d-%02d", y2, m2,
		    d2);
	}
	/* "between now and November 15": after the reference */
	if (strcmp(cd->value, "PRESENT_REF") == 0 && !t.yexp &&
	    c->have_ref && (strlen(t.value) == 7 || strlen(t.value) == 10) &&
	    t.value[4] == '-') {
		char rs[16];
		int y = atoi(t.value) + 1;

		snprintf(rs, sizeof rs, "%04d-%02d-%02d", c->ry % 10000,
		    c->rm % 100, c->rd % 100);
		if (strncmp(t.value, rs, strlen(t.value)) < 0 && y < 10000) {
			snprintf(rs, sizeof rs, "%04d", y);
			memcpy(t.value, rs, 4);
		}
	}
	/* "from November to March", "December 20 to January 5": the
	 * second is after the first */
	if (!cd->yexp && !t.yexp && strlen(cd->value) == strlen(t.value) &&
	    (strlen(t.value) == 7 || strlen(t.value) == 10) &&
	    cd->value[4] == '-' && t.value[4] == '-' &&
	    cd->value[0] != 'X' && t.value[0] != 'X' &&
	    cd->value[5] >= '0' && cd->value[5] <= '9' &&
	    t.value[5] >= '0' && t.value[5] <= '9') {
		int y = atoi(cd->value) + (strcmp(t.value + 4,
		    cd->value + 4) < 0);

		if (y > 0 && y < 10000) {
			char ys[16];

			snprintf(ys, sizeof ys, "%04d", y);
			memcpy(t.value, ys, 4);
		}
	}
	/* "from January to April 2015": the year written once */
	if (!cd->yexp && t.yexp && strlen(cd->value) >= 7 &&
	    strlen(t.value) >= 7 && cd->value[4] == '-' && t.value[4] == '-') {
		int y = atoi(t.value) - (strncmp(cd->value + 5, t.value + 5,
		    2) > 0);

		if (y > 0 && y < 10000) {
			char ys[8];

			snprintf(ys, sizeof ys, "%04d", y);
			memcpy(cd->value, ys, 4);
		}
	}
	num_range(cd->value, sizeof cd->value, cd->value, t.value);
	cd->j = r;
}

/* "two days after today", "three weeks from tomorrow" */
static void
anchored(struct numctx *c, struct cand *cd)
{
	struct cand t;
	size_t k = cd->j, r;
	int y, m, d, dir;
	long n, days;
	char u, *e;

	if (cd->type != WK_N_DURATION || cd->value[0] != 'P' ||
	    cd->value[1] == 'T' || k + 1 >= c->na)
		return;
	if (numlex_is(c, k, "after") || numlex_is(c, k, "from"))
		dir = 1;
	else if (numlex_is(c, k, "before"))
		dir = -1;
	else
		return;
	n = strtol(cd->value + 1, &e, 10);
	u = *e;
	if (e == cd->value + 1 || e[1] != '\0' || strchr("DW", u) == NULL ||
	    (r = num_date(c, k + 1, &t)) == 0 || t.type != WK_N_DATE ||
	    wk_num_parse_date(t.value, strlen(t.value), &y, &m, &d) < 0)
		return;
	days = cal_days(y, m, d) + dir * n * (u == 'W' ? 7 : 1);
	cal_civil(days, &y, &m, &d);
	snprintf(cd->value, sizeof cd->value, "%04d-%02d-%02d", y, m, d);
	cd->type = WK_N_DATE;
	cd->j = r;
}

/* "Monday at 10 a.m.", "March 24, 10:30 GMT": a date and its time */
static void
attach(struct numctx *c, struct cand *cd)
{
	struct cand t;
	size_t k = cd->j, n = strlen(cd->value), r;
	char *dots;
	const char *pod;

	/* "every Monday at 4pm", "every evening at 7:13 p.m.", "daily 6am":
	 * a time in a set */
	if (cd->type == WK_N_SET && (cd->value[0] == 'X' || strcmp(cd->value,
	    "P1D") == 0 || (cd->value[0] == 'T' && cd->value[1] >= 'A')) &&
	    (numlex_is(c, k, "at") || strcmp(cd->value, "P1D") == 0) &&
	    (r = num_time(c, k + numlex_is(c, k, "at"), &t)) != 0 &&
	    t.value[0] == 'T' && !strstr(t.value, "..")) {
		if (cd->value[0] != 'X')
			cd->value[0] = '\0';
		num_cat(cd->value, sizeof cd->value, t.value);
		cd->j = r;
		return;
	}
	/* "tonight at 10": the time replaces the part of the day */
	if (cd->type == WK_N_TIME && n == 13 && cd->value[10] == 'T' &&
	    cd->value[11] >= 'A')
		n = 10;
	else if (cd->type == WK_N_TIME && n == 3 && cd->value[0] == 'T' &&
	    cd->value[1] >= 'A' && cd->mod == 0)
		n = 0;	/* "in the morning at 7" */
	else if (cd->type != WK_N_DATE || n != 10 || cd->mod != 0)
		return;
	if (numlex_is(c, k, "at") || numlex_sym(c, k, ',') ||
	    numlex_is(c, k, "from") || numlex_is(c, k, "between") ||
	    numlex_is(c, k, "around"))
		k++;
	pod = cd->value[n] == 'T' ? cd->value + n + 1 : NULL;
	c->nodate = 1;	/* "23.04.2022 14:55 30.04.2022": the first date's */
	r = k < c->na ? num_time(c, k, &t) : 0;
	c->nodate = 0;
	if (r != 0 && t.value[0] == 'T') {
		/* "tonight from 7 to 7:30" */
		if (pod != NULL && !num_meridiem(c, k, r))
			num_podshift(t.value, pod);
	} else if (k < c->na && k > cd->j && !numlex_sym(c, k - 1, ',') &&
	    (r = num_baretime(c, k, pod, t.value, sizeof t.value)) != 0)
		t.unit[0] = '\0';	/* "Friday at 4", "last night at 8" */
	else
		return;
	cd->type = WK_N_TIME;
	cd->value[n] = '\0';
	if ((dots = strstr(t.value, "..")) != NULL) {
		/* "Monday 8-9 a.m.": the date on both ends */
		char hi[64];

		snprintf(hi, sizeof hi, "%.10s%s", cd->value, dots + 2);
		*dots = '\0';
		num_cat(cd->value, sizeof cd->value, t.value);
		num_range(cd->value, sizeof cd->value, cd->value, hi);
	} else
		num_cat(cd->value, sizeof cd->value, t.value);
	memcpy(cd->unit, t.unit, sizeof cd->unit);
	cd->j = r;
}

static int
theword(struct numctx *c, size_t i)
{
	const struct lex *x = numlex_get(c, i);

	if (c->a[i].kind == A_NUM)
		return numlex_is(c, i + 1, "s") && numlex_adj(c, i + 1);
	return x != NULL && (x->ord || x->rel == R_FUTURE || x->mod == WK_M_END ||
	    x->mod == WK_M_START || numlex_is(c, i, "middle") ||
	    numlex_is(c, i, "week"));
}

static void
emit(struct numctx *c, const struct cand *cd, size_t i)
{
	struct wk_numspan sp;

	sp.start = c->a[i].s;
	sp.end = c->a[cd->j - 1].e;
	sp.type = cd->type;
	sp.mod = cd->mod;
	memcpy(sp.value, cd->value, sizeof sp.value);
	memcpy(sp.unit, cd->unit, sizeof sp.unit);
	c->fn(&sp, c->arg);
}

static void
collect(const struct wk_numspan *sp, void *arg)
{
	struct wk_nums *o = arg;

	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		o->v = wk_xrealloc(o->v, o->cap, sizeof *o->v);
	}
	o->v[o->n++] = *sp;
}

/* a dateline's date in the first line of the text sets the reference */
static void
dateline(struct numctx *c)
{
	struct cand cd;
	size_t i;
	int y, m, d;

	for (i = 0; i < c->na && i < 40; i++) {
		if (i > 0 && (c->a[i].fl & F_NL))
			break;
		if (!trigger(c, i) || num_date(c, i, &cd) == 0 ||
		    cd.type != WK_N_DATE || cd.mod != 0 ||
		    wk_num_parse_date(cd.value, strlen(cd.value), &y, &m,
		    &d) < 0)
			continue;
		c->have_ref = 1;
		c->ry = y;
		c->rm = m;
		c->rd = d;
		c->out->ref_found = 1;
		c->out->ref_y = y;
		c->out->ref_m = m;
		c->out->ref_d = d;
		return;
	}
}

void
wk_num_find(const char *s, size_t n, const struct wk_num_opts *opts,
    struct wk_nums *out)
{
	out->n = 0;
	wk_num_scan(s, n, opts, collect, out, out);
}

/*
 * The text goes through in slices of SLICE atoms. A slice is worked up to
 * MARGIN atoms before its end, enough for every pattern's look-ahead; the
 * next slice starts LEFT atoms back, for the look-behind of modifiers and
 * tense, and spans never start before the last one's end.
 */
#define SLICE	16384
#define MARGIN	128
#define LEFT	32

void
wk_num_scan(const char *s, size_t n, const struct wk_num_opts *opts,
    wk_num_fn *fn, void *arg, struct wk_nums *out)
{
	struct numctx *c = &ctx;
	size_t from = 0, done = 0, used = 0, limit, r;

	out->ref_found = 0;
	c->s = s;
	c->n = n;
	c->opts = opts;
	c->out = out;
	c->fn = fn;
	c->arg = arg;
	c->have_ref = opts->have_ref;
	c->ry = opts->ref_y;
	c->rm = opts->ref_m;
	c->rd = opts->ref_d;
	for (;;) {
		numlex_atoms(c, from, SLICE);
		if (from == 0 && !c->have_ref && opts->dateline)
			dateline(c);
		limit = c->atend || c->na <= MARGIN ? c->na : c->na - MARGIN;
		slice(c, limit, done, &used);
		if (c->atend || limit == 0)
			break;
		done = c->a[limit].s;
		/* back to a word after white space, LEFT atoms before */
		r = limit > LEFT ? limit - LEFT : 0;
		while (r > 0 && !(c->a[r].fl & F_SP))
			r--;
		if (c->a[r].s <= from)
			r = limit;	/* no progress otherwise */
		from = c->a[r].s;
	}
}

/*
 * "rose to 8.6 billion euros at end-September from 7.9 billion", "$5
 * billion versus 4.2 billion", "$5, up from 4": an amount a few words
 * after money, right after a word of comparison, is in the same
 * currency; a noun after it ("paid $5 to 3 people") says it is a count.
 * a is the money's end, [i, j) the amount.
 */
static int
samecurrency(struct numctx *c, size_t a, size_t i, size_t j)
{
	const struct lex *x;

	if (i < 1 || a + 8 < i || !(numlex_is(c, i - 1, "from") ||
	    numlex_is(c, i - 1, "to") || numlex_is(c, i - 1, "versus") ||
	    numlex_is(c, i - 1, "vs") || numlex_is(c, i - 1, "against") ||
	    (i > 1 && numlex_is(c, i - 2, "compared") &&
	    (numlex_is(c, i - 1, "with") || numlex_is(c, i - 1, "to")))))
		return 0;
	return (j >= c->na || c->a[j].kind == A_SYM ||
	    (c->a[j].fl & F_NL) || ((x = numlex_get(c, j)) != NULL &&
	    ((x->fl & L_SIG) || x->tu[0] != '\0')) || numlex_is(c, j, "a"));
}

/* the spans whose first atom is before limit and at or after byte done;
 * *used is the end of the last span, which no span may start before */
static void
slice(struct numctx *c, size_t limit, size_t done, size_t *used)
{
	struct cand cd, money;
	size_t i, j, lo = 0, start;
	int mod;

	memset(&money, 0, sizeof money);
	money.type = -1;

	while (lo < c->na && c->a[lo].s < *used)
		lo++;
	for (i = lo; i < limit; i++) {
		if (c->a[i].s < done || c->a[i].s < *used || !trigger(c, i))
			continue;
		start = i;
		/* "-15", "minus 15": the sign starts the number */
		if (i > lo && c->a[i].kind == A_NUM && (numlex_sym(c, i - 1,
		    '-') || numlex_sym(c, i - 1, 0x2212)) && numlex_adj(c, i) &&
		    !(i - 1 > 0 && (numlex_adj(c, i - 1) ||
		    num_dashafter(c, i - 1))))
			start = i - 1;
		if (start < i) {
			/* "-15" against "-2020-07-01-": the date wins */
			struct cand u;
			size_t ju = best(c, i, &u);

			if ((j = best(c, start, &cd)) == 0 || (ju >= j &&
			    u.type >= WK_N_DATE)) {
				j = ju;
				cd = u;
				start = i;
			}
		} else
			j = best(c, start, &cd);
		if (j == 0)
			continue;
		if (cd.type < 0) {	/* an invalid date: no row */
			i = cd.j > i ? cd.j - 1 : i;
			lo = i + 1;
			continue;
		}
		attach(c, &cd);
		yearrange(c, &cd);
		daterange(c, &cd, start);
		anchored(c, &cd);
		{
			size_t ms = cd.type == WK_N_DATE ||
			    cd.type == WK_N_TIME || cd.type == WK_N_SET ? 1 :
			    cd.type == WK_N_DURATION ? 2 : 0;

			/* "moved up to third": no modifier of a rank */
			mod = cd.type == WK_N_ORDINAL ? 0 :
			    num_mod_left(c, start, lo, &ms);
			if (mod != 0 && cd.mod == 0) {
				cd.mod = mod;
				start = ms;
			}
			if (cd.mod == 0 && (cd.type == WK_N_DATE ||
			    cd.type == WK_N_TIME) && !strstr(cd.value, ".."))
				cd.j = mod_right(c, cd.j, &cd.mod);
			else if (cd.mod == 0 && cd.type <= WK_N_QUANTITY &&
			    cd.type != WK_N_ORDINAL && !c->opts->numbers &&
			    !strstr(cd.value, ".."))
				cd.j = amount_right(c, cd.j, &cd.mod);
		}
		/* "the year 2008", "fiscal year 2024": the noun is the date's */
		if (cd.type == WK_N_DATE && start == i && start > lo &&
		    c->a[i].kind == A_NUM && (numlex_is(c, start - 1, "year") ||
		    numlex_is(c, start - 1, "years"))) {
			start--;
			if (start > lo && (numlex_is(c, start - 1, "the") ||
			    numlex_is(c, start - 1, "fiscal") ||
			    numlex_is(c, start - 1, "financial") ||
			    numlex_is(c, start - 1, "calendar")))
				start--;
		}
		/* "right now" */
		if (cd.type == WK_N_DATE && start == i && start > lo &&
		    numlex_is(c, i, "now") && numlex_is(c, start - 1, "right"))
			start--;
		/* "twice a week" */
		if (cd.type == WK_N_SET && start > lo && (numlex_is(c,
		    start - 1, "once") || numlex_is(c, start - 1, "twice")))
			start--;
		/* "the 1990s", "the end of the year", "the future" */
		if (cd.type == WK_N_DATE && start > lo && start == i &&
		    numlex_is(c, start - 1, "the") && (theword(c, start)))
			start--;
		if (money.type == WK_N_MONEY && cd.type == WK_N_CARDINAL &&
		    samecurrency(c, money.j, start, cd.j)) {
			cd.type = WK_N_MONEY;
			memcpy(cd.unit, money.unit, sizeof cd.unit);
		}
		if (cd.type == WK_N_MONEY)
			money = cd;
		emit(c, &cd, start);
		*used = c->a[cd.j - 1].e;
		i = cd.j - 1;
		lo = cd.j;
	}
}
