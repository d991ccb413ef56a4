/*
 * numwords.c - a number at an atom: digits ("1,200,000", "3.5", "2.1bn",
 * "21st", "10 1/2"), words ("two hundred and fifty", "ninety-nine", "half
 * a million", "a third", "two thirds") or both ("2.5 million"). Plural
 * scale words alone ("hundreds", "dozens") are not numbers.
 */
#include <string.h>

#include "numint.h"

static int
issuffix(struct numctx *c, size_t i, const char *w)
{
	return numlex_adj(c, i) && numlex_isn(c, i, w, strlen(w));
}

/* "million", "billion" after a number: multiply */
static int	fracword(struct numctx *, size_t, int64_t, struct dec *);
static int	isa(struct numctx *, size_t);
static int	isdozen(struct numctx *, size_t);
static int64_t	smallint(struct numctx *, size_t);

/*
 * Scale words after a count: "2.5 million", "3 dozen", "3 million and a
 * half" (3.5 million), "4 thousand 3 hundred and 21" (4321).
 */
static size_t
scales(struct numctx *c, size_t j, struct dec *v)
{
	const struct lex *x;
	struct dec f, rest;
	size_t k, e;
	int last = 0, ord;
	int64_t iv;

	/* "a $3.5-million fine", "a 2-billion-dollar deal" */
	if (j > 0 && c->a[j - 1].kind == A_NUM && numlex_dash(c, j) &&
	    numlex_adj(c, j) && numlex_adj(c, j + 1) && (x = numlex_get(c,
	    j + 1)) != NULL && x->mult > 0 && !(x->fl & (L_PL | L_ABBR)))
		j++;
	/* "$6 bn", "$300 mn", "2.5 bn euros" spaced, but not "5 MN" */
	while ((x = numlex_get(c, j)) != NULL && ((x->mult > 0 &&
	    !(x->fl & L_PL) && !(x->fl & L_ABBR && !numlex_adj(c, j) &&
	    c->a[j].e - c->a[j].s < 3 && (c->a[j].fl & F_UPPER))) ||
	    isdozen(c, j))) {
		if (x->mult == 0) {
			*v = dec_mul(*v, dec_int(12));
			return j + 1;
		}
		*v = dec_pow10(*v, x->mult);
		last = x->mult;
		j++;
	}
	if (last < 2)
		return j;
	/* "3 million and a half": half of the last scale */
	if (numlex_is(c, j, "and") && isa(c, j + 1) && fracword(c, j + 2, 1,
	    &f)) {
		*v = dec_add(*v, dec_pow10(f, last));
		return j + 3;
	}
	/* "4 thousand 3 hundred and 21", "6 crore and two hundred": a
	 * smaller rest, in digits or after "and" in words */
	k = numlex_is(c, j, "and") ? j + 1 : j;
	if (k < c->na && (c->a[k].kind == A_NUM || (k > j &&
	    c->a[k].kind == A_WORD)) && !(c->a[k].fl & F_DEC) &&
	    (e = num_number(c, k, &rest, &ord)) > 0 && !ord &&
	    dec_is_int(rest, &iv) && iv > 0 && dec_cmp_int(rest,
	    dec_is_int(dec_pow10(dec_int(1), last), &iv) ? iv : 0) < 0 &&
	    (e > k + 1 || k > j)) {
		*v = dec_add(*v, rest);
		return e;
	}
	return j;
}

static struct dec	divide(struct dec, int64_t);

/* whole + n / d rounded once, as a fraction is: "one and a thirtieth" is
 * 1.033333, not 1 + 0.0333333 */
static struct dec
plusfrac(struct dec whole, struct dec n, int64_t d)
{
	struct dec r = dec_div(dec_add(dec_mul(whole, dec_int(d)), n), d);

	return r.ok ? r : dec_add(whole, divide(n, d));
}

/* ½ ¼ ¾ ⅓ ...: numerator * 100 + denominator, or 0 */
static int
vulgar(struct numctx *c, size_t i)
{
	static const int32_t cps[] = { 0xBD, 0xBC, 0xBE, 0x2153, 0x2154,
	    0x2155, 0x2156, 0x2157, 0x2158, 0x2159, 0x215A, 0x215B, 0x215C,
	    0x215D, 0x215E, 0 };
	static const int val[] = { 102, 104, 304, 103, 203, 105, 205, 305,
	    405, 106, 506, 108, 308, 508, 708 };
	int k;

	if (i >= c->na || c->a[i].kind != A_SYM)
		return 0;
	for (k = 0; cps[k] != 0; k++)
		if (c->a[i].cp == cps[k])
			return val[k];
	return 0;
}

/* "1.8m tall", "a 10m-high wall", "the 100m hurdles": the m is metres
 * (numamount.c reads it) */
static int
metres_after(struct numctx *c, size_t k, size_t i)
{
	if (i > 0 && c->a[i - 1].kind == A_SYM && c->a[i - 1].cp != '-')
		return 0;	/* "$1.8m" */
	return numlex_metres(c, k);
}

/* a word glued to the digits at i: "21st", "10k", "2.1bn", "$1MM"; the
 * end */
static size_t
gluedword(struct numctx *c, size_t i, struct dec *v, int *ord)
{
	const struct lex *x = numlex_get(c, i + 1);
	size_t j = i + 1;
	int e;

	if (issuffix(c, j, "st") || issuffix(c, j, "nd") ||
	    issuffix(c, j, "rd") || issuffix(c, j, "th")) {
		*ord = 1;
		return j + 1;
	}
	/* "5G", "4G": a network's generation, no number */
	if (issuffix(c, j, "g") && (c->a[j].fl & F_UPPER) &&
	    !(c->a[i].fl & F_DEC) && c->a[i].e - c->a[i].s == 1)
		return 0;
	if (issuffix(c, j, "k") || (issuffix(c, j, "m") &&
	    !metres_after(c, j + 1, i)) || issuffix(c, j, "b")) {
		e = c->s[c->a[j].s] == 'k' || c->s[c->a[j].s] == 'K' ? 3 :
		    c->s[c->a[j].s] == 'b' || c->s[c->a[j].s] == 'B' ? 9 : 6;
		*v = dec_pow10(*v, e);
		return j + 1;
	}
	if (x != NULL && x->mult > 0 && (x->fl & L_ABBR)) {
		*v = dec_pow10(*v, x->mult);
		return j + 1;
	}
	/* "$1T": a trillion after a currency symbol, in capitals only */
	if (issuffix(c, j, "t") && c->s[c->a[j].s] == 'T' && i > 0 &&
	    c->a[i - 1].kind == A_SYM && numlex_adj(c, i) &&
	    (c->a[i - 1].cp == '$' || c->a[i - 1].cp == 0xA3 ||
	    c->a[i - 1].cp == 0xA5 || (c->a[i - 1].cp >= 0x20A0 &&
	    c->a[i - 1].cp <= 0x20C0))) {
		*v = dec_pow10(*v, 12);
		return j + 1;
	}
	/* "$1MM": a million in finance; "1mm" is a millimetre */
	if (issuffix(c, j, "mm") && (c->a[j].fl & F_UPPER)) {
		*v = dec_pow10(*v, 6);
		return j + 1;
	}
	return j;	/* "30km": the caller looks at units */
}

static size_t
digits(struct numctx *c, size_t i, struct dec *v, int *ord)
{
	const struct atom *a = &c->a[i];
	size_t j = i + 1;
	int f;

	if (a->fl & F_SKIP || ((a->fl & F_LEAD0) && !(a->fl & F_DEC) &&
	    !c->opts->numbers))
		return 0;
	*v = dec_digits(c->s + a->s, a->e - a->s);
	if (a->e - a->s > 18 && !(a->fl & (F_DEC | F_COMMA)))
		v->ok = 0;	/* a huge digit run: no exact value */
	if (numlex_adj(c, j) && c->a[j].kind == A_WORD)
		return gluedword(c, i, v, ord);
	/* "2.33 k" at the end of a clause: a decimal count of thousands
	 * ("a 10 k run" is a distance) */
	if ((a->fl & F_DEC) && numlex_isn(c, j, "k", 1) &&
	    (j + 1 >= c->na || (c->a[j + 1].fl & F_NL) ||
	    (c->a[j + 1].kind == A_SYM && !numlex_dash(c, j + 1)))) {
		*v = dec_pow10(*v, 3);
		return j + 1;
	}
	/* "1.5 M people": a capital M is a million, never metres */
	if (j < c->na && c->a[j].kind == A_WORD && c->a[j].e - c->a[j].s == 1 &&
	    c->s[c->a[j].s] == 'M' && !numlex_adj(c, j)) {
		*v = dec_pow10(*v, 6);
		return j + 1;
	}
	/* 3/4, but not 9/11 or 3/4/2025 */
	if (!(a->fl & F_DEC) && numlex_sym(c, j, '/') && numlex_adj(c, j) &&
	    numlex_adj(c, j + 1) && j + 1 < c->na &&
	    c->a[j + 1].kind == A_NUM && !numlex_sym(c, j + 2, '/') &&
	    !(i > 0 && numlex_sym(c, i - 1, '/') && numlex_adj(c, i))) {
		struct dec q = dec_digits(c->s + c->a[j + 1].s,
		    c->a[j + 1].e - c->a[j + 1].s);
		int64_t pi, qi;

		if (dec_is_int(*v, &pi) && dec_is_int(q, &qi) && qi > pi &&
		    (qi <= 10 || qi == 16 || qi == 100 || qi == 1000)) {
			*v = dec_div(*v, qi);
			return j + 2;
		}
	}
	/* 9/11, 24/7: neither a fraction nor a date with its year, but
	 * each part is a number of its own */
	if (numlex_sym(c, j, '/') && numlex_adj(c, j) && numlex_adj(c, j + 1) &&
	    j + 1 < c->na && c->a[j + 1].kind == A_NUM)
		return c->opts->numbers ? j : 0;
	if ((f = vulgar(c, j)) > 0 && numlex_adj(c, j)) {	/* 10½ */
		*v = plusfrac(*v, dec_int(f / 100), f % 100);
		return j + 1;
	}
	/* 10 1/2 */
	if (!(a->fl & F_DEC) && j + 2 < c->na && c->a[j].kind == A_NUM &&
	    numlex_sym(c, j + 1, '/') && numlex_adj(c, j + 1) &&
	    numlex_adj(c, j + 2) && c->a[j + 2].kind == A_NUM) {
		struct dec p = dec_digits(c->s + c->a[j].s,
		    c->a[j].e - c->a[j].s);
		struct dec q = dec_digits(c->s + c->a[j + 2].s,
		    c->a[j + 2].e - c->a[j + 2].s);
		int64_t pi, qi;

		if (dec_is_int(p, &pi) && dec_is_int(q, &qi) && qi > pi &&
		    qi > 1 && qi <= 100) {
			*v = plusfrac(*v, dec_int(pi), qi);
			return scales(c, j + 3, v);
		}
	}
	return scales(c, j, v);
}

/* ten to the k, for k up to 18 */
static int64_t
pow10i(int k)
{
	int64_t d = 1;

	while (k-- > 0)
		d *= 10;
	return d;
}

/* n / d, exact when d is a power of ten ("a trillionth") */
static struct dec
divide(struct dec n, int64_t d)
{
	int k = 0;
	int64_t p = d;

	while (p > 1 && p % 10 == 0) {
		p /= 10;
		k++;
	}
	return p == 1 ? dec_pow10(n, -k) : dec_div(n, d);
}

/* the denominator one word gives: "fifth" 5, "thirds" 3, "hundredth"
 * 100, "trillionths" 10^12; 0 for none ("first", "second") */
static int64_t
denval(const struct lex *x)
{
	if (x == NULL)
		return 0;
	if (x->frac >= 2)
		return x->frac;
	if (x->ordmult > 0 && x->ordmult <= 18)
		return pow10i(x->ordmult);
	return x->ord >= 3 ? x->ord : 0;
}

/* a fraction word after a count: "a third", "two thirds", "a half" */
static int
fracword(struct numctx *c, size_t j, int64_t count, struct dec *v)
{
	const struct lex *x = numlex_get(c, j);
	int64_t d = denval(x);

	if (d == 0 || (count > 1 && !(x->fl & L_PL)) ||
	    (count == 1 && (x->fl & L_PL)))
		return 0;
	*v = divide(dec_int(count), d);
	return 1;
}

/* the unit of a compound denominator: "first" in "twenty-first",
 * "fifths" in "thirty fifths"; 0 for none */
static int64_t
unitden(struct numctx *c, size_t j)
{
	const struct lex *x = numlex_get(c, j);

	if (x == NULL || numlex_is(c, j, "half") || numlex_is(c, j, "halves") ||
	    numlex_is(c, j, "quarter") || numlex_is(c, j, "quarters"))
		return 0;
	if (x->frac > 0 && x->frac < 10)
		return x->frac;
	return x->ord > 0 && x->ord < 10 ? x->ord : 0;
}

/*
 * A denominator at j: an ordinal word ("fifth", "thirds", "trillionths"),
 * a tens word and a unit ("twenty-first", "thirty fifths"), or a hundred
 * and more ("one hundred fifth"). Returns the atom after it, or 0; *pl
 * is set for a plural.
 */
static size_t
den(struct numctx *c, size_t j, int64_t *d, int *pl)
{
	const struct lex *x = numlex_get(c, j), *u;
	size_t k = j, m;
	int64_t h = 0, uv;

	if (x == NULL)
		return 0;
	/* after a unit that cannot take it: "one one hundred fifth" */
	if (x->card > 0 && x->card < 10 && j > 0 && (u = numlex_get(c,
	    j - 1)) != NULL && u->card >= 0 && u->card < 10 && u->ord == 0 &&
	    (u = numlex_get(c, j + 1)) != NULL && u->mult == 2 &&
	    !(u->fl & L_PL)) {
		h = x->card * 100;	/* "one hundred fifth" */
		k = numlex_is(c, j + 2, "and") ? j + 3 : j + 2;
		if ((x = numlex_get(c, k)) == NULL)
			return 0;
	}
	if (x->card >= 20 && x->card < 100 && x->card % 10 == 0) {
		m = k + 1;
		if (numlex_sym(c, m, '-') && numlex_adj(c, m) &&
		    numlex_adj(c, m + 1))
			m++;
		else if (numlex_adj(c, m))
			return 0;
		if ((uv = unitden(c, m)) == 0)
			return 0;
		*d = h + x->card + uv;
		*pl = (numlex_get(c, m)->fl & L_PL) != 0;
		return m + 1;
	}
	if ((uv = denval(x)) == 0 || (h > 0 && uv >= 100))
		return 0;
	*d = h + uv;
	*pl = (x->fl & L_PL) != 0;
	return k + 1;
}

/* what may follow "a fifth" that is a fraction: "a fifth of", "a third
 * more", the end of a clause; "a fifth term" is an ordinal */
static int
fracafter(struct numctx *c, size_t e)
{
	static const char *words[] = { "of", "the", "more", "less", "fewer",
	    "as", "percent", "percentage", "by", "to", "from", "since", "this",
	    "last", "next", "over", NULL };
	const struct lex *x;
	size_t k;

	if (e >= c->na || (c->a[e].fl & F_NL))
		return 1;
	if (c->a[e].kind == A_SYM)
		return !numlex_dash(c, e);
	if ((x = numlex_get(c, e)) != NULL && x->mult > 0)
		return 1;
	for (k = 0; words[k] != NULL; k++)
		if (numlex_isn(c, e, words[k], strlen(words[k])))
			return 1;
	return 0;
}

/*
 * The count nv over the denominator at j ("three twenty-firsts", "one
 * hundred thirty fifths"): a plural takes any count, a singular only one
 * ("a fifth", "one twenty-fifth"), and not after "the" ("the one
 * hundredth"); "a fifth" also needs what follows to say fraction when
 * ctx is set. Returns the end and sets *d, or 0.
 */
static size_t
overden(struct numctx *c, size_t i, size_t j, struct dec nv, int ctx,
    int64_t *d)
{
	const struct lex *x;
	int64_t n;
	int pl;
	size_t e;

	if ((e = den(c, j, d, &pl)) == 0 || !dec_is_int(nv, &n) || n <= 0 ||
	    !pl != (n == 1))
		return 0;
	/* "the first contraction in six quarters", "for two quarters": a
	 * span of quarters of a year, no fraction without "of" after it */
	if (*d == 4 && n > 1 && i > 0 && (numlex_is(c, i - 1, "in") ||
	    numlex_is(c, i - 1, "for") || numlex_is(c, i - 1, "over")) &&
	    !numlex_is(c, e, "of"))
		return 0;
	/* an ordinal word may be an ordinal; "a half turn" is a fraction */
	x = numlex_get(c, e - 1);
	if (n == 1 && (x->ord > 0 || x->ordmult > 0) && ((i > 0 &&
	    numlex_is(c, i - 1, "the")) || (ctx && (numlex_is(c, i, "a") ||
	    numlex_is(c, i, "an")) && !fracafter(c, e))))
		return 0;
	return e;
}

/* n / d at the end e of a fraction, "of a million" after it taken in */
static size_t
fracval(struct numctx *c, size_t e, struct dec n, int64_t d, struct dec *v)
{
	/* or hyphenated: "a quarter-of-a-million" */
	int h = numlex_hyphen(c, e) && numlex_hyphen(c, e + 2) &&
	    numlex_hyphen(c, e + 4);
	size_t of = e + h, a = of + 1 + h, m = a + 1 + h;
	const struct lex *x = numlex_get(c, m);

	if (numlex_is(c, of, "of") && (numlex_is(c, a, "a") ||
	    numlex_is(c, a, "one")) && x != NULL && x->mult > 0 &&
	    !(x->fl & (L_PL | L_ABBR))) {
		n = dec_pow10(n, x->mult);
		e = m + 1;
	}
	*v = divide(n, d);
	return e;
}

static int
isa(struct numctx *c, size_t i)
{
	return numlex_is(c, i, "a") || numlex_is(c, i, "an") ||
	    numlex_is(c, i, "one");
}

/* the value of "eleven" or "seventy-one" at j: the end, or 0 */
static size_t
twodigits(struct numctx *c, size_t j, int64_t *t)
{
	const struct lex *x = numlex_get(c, j), *u;

	if (x == NULL || x->card < 10 || x->card > 99 || x->ord != 0 ||
	    numlex_is(c, j, "dozen"))
		return 0;
	*t = x->card;
	if (x->card >= 20 && x->card % 10 == 0 && numlex_sym(c, j + 1, '-') &&
	    numlex_adj(c, j + 1) && numlex_adj(c, j + 2) &&
	    (u = numlex_get(c, j + 2)) != NULL && u->card > 0 &&
	    u->card < 10 && u->ord == 0) {
		*t += u->card;
		return j + 3;
	}
	return j + 1;
}

/* "five point five", "nine point nought four", "two hundred point
 * seventy-one" (read in pairs: .71) */
static size_t
point(struct numctx *c, size_t j, struct dec *v)
{
	const struct lex *x;
	struct dec f = dec_int(0);
	size_t k;
	int e = 0;
	int64_t iv, t;

	if (!numlex_is(c, j, "point") || !dec_is_int(*v, &iv) ||
	    (c->a[j].fl & F_NL) || (j + 1 < c->na && (c->a[j + 1].fl & F_NL)))
		return j;
	if ((k = twodigits(c, j + 1, &t)) != 0)
		f = dec_pow10(dec_int(t), -2);
	else
		for (k = j + 1; (x = numlex_get(c, k)) != NULL &&
		    x->card >= 0 && x->card <= 9 && x->ord == 0 && e < 12; k++)
			f = dec_add(f, dec_pow10(dec_int(x->card), --e));
	if (k == j + 1)
		return j;
	*v = dec_add(*v, v->m < 0 ? dec_mul(f, dec_int(-1)) : f);
	return k;
}

/* "dozen", "dozens", "dz", "doz" after a count */
static int
isdozen(struct numctx *c, size_t j)
{
	return numlex_is(c, j, "dozen") || numlex_is(c, j, "dozens") ||
	    numlex_is(c, j, "dz") || numlex_is(c, j, "dzs") ||
	    numlex_is(c, j, "doz") || numlex_is(c, j, "dozs");
}

/* the count since the last scale twelve times: "two hundred and two
 * dozen" is 224, "a dozen" 12 */
static struct dec
dozens(struct dec cur, int64_t *small)
{
	if (*small == 0)
		return dec_mul(cur, dec_int(12));
	cur = dec_add(cur, dec_int(*small * 11));
	*small = 0;
	return cur;
}

/* "more than half", "nearly half": half alone after a modifier; "about
 * half an hour" is a time */
static int
modhalf(struct numctx *c, size_t i)
{
	size_t st = 0;

	return i > 0 && num_mod_left(c, i, 0, &st) != 0 &&
	    !numlex_is(c, i - 1, "some") && !isa(c, i + 1);
}

/* "half a million", "half a dozen", "quarter million", "one-eighth",
 * "half of": fractions that start a number; the end or 0 */
static size_t
halves(struct numctx *c, size_t i, struct dec *v)
{
	const struct lex *x;
	int64_t d;

	if (numlex_is(c, i, "half") && isa(c, i + 1) &&
	    (x = numlex_get(c, i + 2)) != NULL &&
	    ((x->mult > 0 && !(x->fl & L_PL)) || isdozen(c, i + 2))) {
		*v = x->mult == 0 ? dec_int(6) : dec_pow10(dec_int(5),
		    x->mult - 1);
		return scales(c, i + 3, v);
	}
	/* "half million", "quarter million", "one-eighth", "half" */
	if ((numlex_is(c, i, "half") || numlex_is(c, i, "quarter")) &&
	    (x = numlex_get(c, i + 1)) != NULL && x->mult > 0 &&
	    !(x->fl & L_PL)) {
		*v = dec_div(dec_pow10(dec_int(1), x->mult),
		    numlex_is(c, i, "half") ? 2 : 4);
		return scales(c, i + 2, v);
	}
	/* "half", "half of", "about half", "half a percentage point", "half
	 * a point", "a half-percentage-point cut" */
	if (numlex_is(c, i, "half") && (numlex_is(c, i + 1, "of") ||
	    i + 1 == c->na || (c->a[i + 1].kind == A_SYM &&
	    !numlex_sym(c, i + 1, '-')) || modhalf(c, i) ||
	    (isa(c, i + 1) && (numlex_is(c, i + 2, "percentage") ||
	    numlex_is(c, i + 2, "point"))) || (numlex_hyphen(c, i + 1) &&
	    (numlex_is(c, i + 2, "percentage") || numlex_is(c, i + 2,
	    "point"))))) {
		*v = dec_div(dec_int(1), 2);
		return i + 1;
	}
	/* "two-100ths": a denominator in digits */
	if ((x = numlex_get(c, i)) != NULL && x->card > 0 && x->card < 100 &&
	    numlex_hyphen(c, i + 1) && (d = smallint(c, i + 2)) > x->card &&
	    issuffix(c, i + 3, "ths"))
		return fracval(c, i + 4, dec_int(x->card), d, v);
	/* "one-eighth", "five - eighths": the hyphen glued or spaced */
	if ((x = numlex_get(c, i)) != NULL && x->card > 0 && x->card < 10 &&
	    numlex_sym(c, i + 1, '-') && numlex_adj(c, i + 1) ==
	    numlex_adj(c, i + 2) && (d = denval(numlex_get(c, i + 2))) > 0 &&
	    !(numlex_get(c, i + 2)->fl & L_PL) == (x->card == 1) &&
	    (numlex_adj(c, i + 1) || numlex_get(c, i + 2)->ord == 0 ||
	    x->card == 1)) {
		return fracval(c, i + 3, dec_int(x->card), d, v);
	}
	return 0;
}

/* a fraction n/d ending at atom e, then any scale after it */
static size_t
fracend(struct numctx *c, size_t e, struct dec n, int64_t d, struct dec *v)
{
	return scales(c, fracval(c, e, n, d, v), v);
}

/*
 * After "six million and two thirds" or "one billion and a half million":
 * the fraction n/d is of the scale written after it, or of the last
 * scale when that is a thousand or more; else of one ("two hundred and
 * fifty-four hundredths" is 200.54). Adds it to total; returns the end.
 */
static size_t
andfrac(struct numctx *c, size_t e, struct dec total, int lastmult,
    struct dec n, int64_t d, struct dec *v)
{
	const struct lex *x = numlex_get(c, e);
	int s = lastmult >= 3 ? lastmult : 0;

	if (x != NULL && x->mult > 0 && x->mult < lastmult &&
	    !(x->fl & (L_PL | L_ABBR))) {
		s = x->mult;
		e++;
	}
	*v = plusfrac(total, dec_pow10(n, s), d);
	return e;
}

/* "and" then a count and a plural fraction: "and fifty-four hundredths";
 * the fraction word, or 0; *proper says the count is below the
 * denominator */
static int
andcount(struct numctx *c, size_t k, int *proper)
{
	const struct lex *x;
	int64_t n = 0;

	for (; (x = numlex_get(c, k)) != NULL && x->card > 0 && x->ord == 0 &&
	    !isdozen(c, k); k++) {
		n += x->card;
		if (numlex_sym(c, k + 1, '-') && numlex_adj(c, k + 1))
			k++;
	}
	if (x == NULL || x->frac <= 0 || !(x->fl & L_PL))
		return 0;
	*proper = n < denval(x);
	return k;
}

/* a denominator that is a power of ten: "tenths", "thousandths" */
static int
decden(struct numctx *c, size_t k)
{
	int64_t d = denval(numlex_get(c, k));

	while (d > 1 && d % 10 == 0)
		d /= 10;
	return d == 1;
}

/* a number in words being read: the classic total/current accumulator */
struct acc {
	struct dec	total, cur;	/* the scales done; the count below */
	int64_t		small;		/* units and tens since the last scale */
	size_t		last;		/* the atom after the last word taken */
	int		any, prevmult, lastmult, lastcard, afterand, ord;
};

/* the words so far over a denominator at j: the end, or 0 */
static size_t
accfrac(struct numctx *c, size_t i, size_t j, struct acc *a, struct dec *v)
{
	const struct lex *x;
	size_t e;
	int64_t d;

	/* after "and" a tens word is the count's ("and thirty fifths") */
	if (!a->any || (numlex_is(c, j - 1, "and") &&
	    (x = numlex_get(c, j)) != NULL && x->card >= 20) ||
	    (e = overden(c, i, j, a->afterand ? a->cur : dec_add(a->total,
	    a->cur), 1, &d)) == 0)
		return 0;
	if (a->afterand)
		return andfrac(c, e, a->total, a->lastmult, a->cur, d, v);
	return fracend(c, e, dec_add(a->total, a->cur), d, v);
}

/* a hyphen that joins: ninety-nine, twenty-first, fifty - two (tens and
 * a unit); two-thousand, two-dozen (a count and its scale) */
static int
joins(struct numctx *c, size_t j, const struct acc *a)
{
	const struct lex *x;

	if (!numlex_dash(c, j) || !a->any || a->prevmult ||
	    (x = numlex_get(c, j + 1)) == NULL)
		return 0;
	if (a->lastcard >= 20 && a->lastcard % 10 == 0 &&
	    numlex_adj(c, j) == numlex_adj(c, j + 1) &&
	    ((x->card > 0 && x->card < 10) || (x->ord > 0 && x->ord < 10)))
		return 1;
	return numlex_adj(c, j) && numlex_adj(c, j + 1) && ((x->mult > 0 &&
	    !(x->fl & (L_PL | L_ABBR))) || isdozen(c, j + 1));
}

/* a cardinal word; 0 if it starts another number */
static int
acccard(struct numctx *c, size_t j, const struct lex *x, struct acc *a)
{
	/* "dozen" alone is not a number ("twelve" is: the two share
	 * card=12) */
	if (!a->any && isdozen(c, j))
		return 0;
	if (a->any && !a->prevmult && x->card >= 10 &&
	    !(x->card == 12 && numlex_is(c, j, "dozen")))
		return 0;	/* "twenty thirty": two numbers */
	if (a->any && !a->prevmult && a->lastcard < 10 && x->card < 10)
		return 0;	/* "three four": two numbers */
	if (numlex_is(c, j, "dozen"))
		a->cur = dozens(a->cur, &a->small);
	else {
		a->cur = dec_add(a->cur, dec_int(x->card));
		a->small += x->card;
	}
	a->lastcard = x->card;
	a->any = 1;
	a->prevmult = 0;
	a->last = j + 1;
	return 1;
}

/* a scale word: hundred, thousand, million */
static void
accmult(size_t j, const struct lex *x, struct acc *a)
{
	if (!a->any)
		a->cur = dec_int(1);	/* "hundred thousand" */
	a->any = 1;
	if (x->mult == 2)
		a->cur = dec_pow10(a->cur, 2);
	else if (a->prevmult && a->cur.ok && a->cur.m == 0)
		/* "a million billion": scales multiply */
		a->total = dec_pow10(a->total, x->mult);
	else {
		a->total = dec_add(a->total, dec_pow10(a->cur, x->mult));
		a->cur = dec_int(0);
	}
	a->lastmult = x->mult;
	a->prevmult = 1;
	a->small = 0;
	a->last = j + 1;
}

/* an ordinal word ends the number: "hundredth", "three trillionth",
 * "twenty-first", "one hundred twenty fifth" */
static void
accord(struct numctx *c, size_t j, const struct lex *x, struct acc *a)
{
	if (x->ordmult > 0) {
		if (!a->any)
			a->cur = dec_int(1);
		if (x->ordmult == 2)
			a->cur = dec_pow10(a->cur, 2);
		else {
			a->cur = dec_pow10(dec_add(a->total, a->cur),
			    x->ordmult);
			a->total = dec_int(0);
		}
	} else if (a->any && !a->prevmult && !numlex_adj(c, j) &&
	    !(a->lastcard >= 20 && a->lastcard % 10 == 0 && x->ord < 10))
		return;		/* "three fifth": two words */
	else
		a->cur = dec_add(a->cur, dec_int(x->ord));
	a->ord = 1;
	a->any = 1;
	a->last = j + 1;
}

/* "and" at *j: the atom before the next word in *j; 0 to stop */
static int
accand(struct numctx *c, size_t *j, struct acc *a)
{
	struct dec f;
	size_t e;
	int64_t d;
	int proper;

	/* "one and a half", "one billion and a half million" */
	if (isa(c, *j + 1) && (e = overden(c, *j + 1, *j + 2, dec_int(1), 0,
	    &d)) != 0) {
		if (a->prevmult && a->cur.ok && a->cur.m == 0) {
			a->last = andfrac(c, e, a->total, a->lastmult,
			    dec_int(1), d, &f);
			a->total = f;
		} else {
			a->cur = plusfrac(a->cur, dec_int(1), d);
			a->last = e;
		}
		*j = a->last - 1;
		a->prevmult = 0;
		return 1;
	}
	/* "twenty and three fifths", "six million and two thirds": a
	 * fraction added to the whole; after "hundred" only a proper one
	 * ("one hundred and three quarters" is 100.75, "two hundred and
	 * fifty-four hundredths" 200.54), as "one hundred and thirty
	 * fifths" is 130/5 */
	if ((e = andcount(c, *j + 1, &proper)) != 0 && !(a->prevmult &&
	    a->lastmult == 2 && !proper && !decden(c, e))) {
		a->total = dec_add(a->total, a->cur);
		a->cur = dec_int(0);
		a->afterand = 1;
		a->prevmult = 1;	/* a new count starts */
		a->lastcard = -1;
		return 1;
	}
	return a->prevmult;	/* "two hundred and fifty" */
}

/* the word x at *j taken into the number; 0 when the number ends */
static int
accword(struct numctx *c, size_t *j, const struct lex *x, struct acc *a)
{
	const struct lex *x2;

	if (x->card >= 0 && x->ord == 0)
		return acccard(c, *j, x, a);
	if (a->any && !a->prevmult && isdozen(c, *j)) {
		/* "three dozens", "3 dz" */
		a->cur = dozens(a->cur, &a->small);
		a->last = *j + 1;
		return 0;
	}
	if (x->mult > 0 && !(x->fl & (L_PL | L_ABBR)) && (a->any ||
	    ((x2 = numlex_get(c, *j + 1)) != NULL && x2->mult > 0 &&
	    !(x2->fl & L_PL)))) {
		accmult(*j, x, a);
		return 1;
	}
	/* "five hundreds", "two hundred thousands": a plural scale straight
	 * after a count ends the number ("hundreds" alone is vague, and
	 * "2019 hundreds" in digits is two things) */
	if (x->mult > 0 && (x->fl & L_PL) && !(x->fl & L_ABBR) && a->any &&
	    (a->prevmult ? a->lastmult == 2 && x->mult > 2 : a->lastcard > 0 &&
	    a->lastcard < 100 && !numlex_is(c, *j - 1, "dozen"))) {
		accmult(*j, x, a);
		return 0;
	}
	if ((x->ordmult > 0 || x->ord > 0) && !(x->fl & L_PL)) {
		accord(c, *j, x, a);
		return 0;
	}
	if (numlex_is(c, *j, "and") && a->any)
		return accand(c, j, a);
	return 0;
}

static size_t
words(struct numctx *c, size_t i, struct dec *v, int *ord)
{
	struct acc a;
	const struct lex *x;
	size_t j, e;
	int64_t d;

	if ((j = halves(c, i, v)) != 0)
		return j;
	memset(&a, 0, sizeof a);
	a.total = a.cur = dec_int(0);
	a.lastcard = -1;
	j = i;
	/* "a million", "a hundred", "a dozen", "a third" */
	if (numlex_is(c, i, "a") || numlex_is(c, i, "an")) {
		if ((x = numlex_get(c, i + 1)) == NULL)
			return 0;
		if ((e = overden(c, i, i + 1, dec_int(1), 1, &d)) != 0)
			return fracend(c, e, dec_int(1), d, v);
		if (!((x->mult > 0 && !(x->fl & (L_PL | L_ABBR))) ||
		    isdozen(c, i + 1)))
			return 0;
		a.cur = dec_int(1);
		a.any = 1;
		j = i + 1;
	}
	for (; j < c->na && !(j > i && (c->a[j].fl & F_NL)); j++) {
		/* "three twenty-firsts", "one hundred thirty fifths" */
		if ((e = accfrac(c, i, j, &a, v)) != 0)
			return e;
		if (joins(c, j, &a))
			continue;
		if ((x = numlex_get(c, j)) == NULL || !accword(c, &j, x, &a))
			break;
	}
	if (!a.any || a.last == 0)
		return 0;
	/* "the nineteen hundreds" is a century, neither 1900 nor 19 */
	if (i > 0 && numlex_is(c, i - 1, "the") && a.lastcard >= 10 &&
	    numlex_is(c, a.last - 1, "hundreds"))
		return 0;
	/* "two-and-a-half", "three-and-a-quarter" */
	if (!a.ord && numlex_hyphen(c, a.last) && numlex_is(c, a.last + 1,
	    "and") && numlex_hyphen(c, a.last + 2) && isa(c, a.last + 3) &&
	    numlex_hyphen(c, a.last + 4) && (x = numlex_get(c,
	    a.last + 5)) != NULL && !(x->fl & L_PL) && (d = denval(x)) > 0) {
		*v = plusfrac(dec_add(a.total, a.cur), dec_int(1), d);
		return scales(c, a.last + 6, v);	/* "... million" */
	}
	*v = dec_add(a.total, a.cur);
	*ord = a.ord;
	if (!*ord)
		a.last = point(c, a.last, v);
	return a.last;
}

/* a small integer in one NUM atom at i (glued to what is before it:
 * "e-1"), or -1 */
static int64_t
smallint(struct numctx *c, size_t i)
{
	struct dec d;
	int64_t v;

	if (i >= c->na || c->a[i].kind != A_NUM || (c->a[i].fl &
	    (F_DEC | F_COMMA)) || c->a[i].e - c->a[i].s > 3)
		return -1;
	d = dec_digits(c->s + c->a[i].s, c->a[i].e - c->a[i].s);
	return dec_is_int(d, &v) ? v : -1;
}

/* a signed small integer at k, all glued: "-1", "+23", "23"; the end */
static size_t
expint(struct numctx *c, size_t k, int64_t *e)
{
	int neg = 0;

	if ((numlex_sym(c, k, '+') || numlex_sym(c, k, '-')) &&
	    numlex_adj(c, k)) {
		neg = numlex_sym(c, k, '-');
		k++;
	}
	if (!numlex_adj(c, k) || (*e = smallint(c, k)) < 0)
		return 0;
	if (neg)
		*e = -*e;
	return k + 1;
}

/* "1.3e6", "12.32e+14", "-12e-1", "1.3x10^6": scientific notation;
 * "1.1^23", "2.5^-1": a power */
static size_t
exponent(struct numctx *c, size_t j, struct dec *v)
{
	const char *w;
	size_t n, k = j, r;
	int64_t e;

	if (j >= c->na || !numlex_adj(c, j))
		return j;
	if (numlex_sym(c, j, '^') && (r = expint(c, j + 1, &e)) != 0) {
		*v = dec_powi(*v, (int)e);
		return r;
	}
	if (c->a[j].kind != A_WORD)
		return j;
	w = c->s + c->a[j].s;
	n = c->a[j].e - c->a[j].s;
	if ((w[0] == 'e' || w[0] == 'E') && n > 1 && n <= 4) {
		/* "e10": the word holds the digits */
		for (e = 0, k = 1; k < n && w[k] >= '0' && w[k] <= '9'; k++)
			e = e * 10 + w[k] - '0';
		if (k < n)
			return j;
		*v = dec_pow10(*v, (int)e);
		return j + 1;
	}
	if (n == 1 && (w[0] == 'e' || w[0] == 'E'))
		k = j + 1;
	else if (n == 3 && (w[0] == 'x' || w[0] == 'X') && w[1] == '1' &&
	    w[2] == '0' && numlex_sym(c, j + 1, '^') && numlex_adj(c, j + 1))
		k = j + 2;
	else
		return j;
	if ((r = expint(c, k, &e)) == 0)
		return j;
	*v = dec_pow10(*v, (int)e);
	return r;
}

/* after "1 in 5" or "9 out of 10", a noun ("adults") keeps the share,
 * a unit does not: "2 in 10 minutes", "3 out of 4 km" */
static int
sharenoun(struct numctx *c, size_t e)
{
	const struct lex *x = numlex_get(c, e);
	const char *str;

	return !(x != NULL && (x->tu[0] != '\0' || x->mult > 0)) &&
	    numlex_phrase(c, 0, e, &str) == 0 &&
	    numlex_phrase(c, 1, e, &str) == 0;
}

/*
 * "one over three", "1 in 21", "one in five adults", "nine out of ten
 * doctors": a fraction. Small counts only; after "over" nothing more
 * ("$1.2 trillion over 10 years" is a time, "3 over 2 rivals" a
 * comparison); after "in" and "out of" a noun only for a share of ten or
 * less or a hundred ("won 39 out of 325 seats" is two counts).
 */
static size_t
over(struct numctx *c, size_t j, struct dec *v)
{
	struct dec q;
	size_t k = j, e;
	int ord, isover = numlex_is(c, j, "over");
	int64_t p, qi;

	if (isover || numlex_is(c, k, "in"))
		k++;
	else if (numlex_is(c, k, "out") && numlex_is(c, k + 1, "of"))
		k += 2;
	else
		return j;
	if (!dec_is_int(*v, &p) || p >= 100)
		return j;
	/* "1 in 1 in 1 in ...": one level, or the chain is quadratic */
	c->noover = 1;
	e = num_number(c, k, &q, &ord);
	c->noover = 0;
	if (e == 0 || ord || !dec_is_int(q, &qi) || qi <= p ||
	    qi > 1000 || (e < c->na && c->a[e].kind == A_WORD &&
	    !(c->a[e].fl & F_NL) && (isover || !(qi <= 10 || qi == 100 ||
	    qi == 1000) || !sharenoun(c, e))))
		return j;
	*v = dec_div(dec_int(p), qi);
	return e;
}

/*
 * The glued dash at k joins digits to a capital that is neither a unit,
 * a month nor a time unit: the names "7-Eleven", "3-D", "10-K", "4-H"
 * hold no number.
 */
static int
numname(struct numctx *c, size_t k)
{
	const struct lex *x;
	const char *str;
	size_t n;

	if (k == 0 || k + 1 >= c->na || c->a[k].kind != A_SYM ||
	    c->a[k + 1].kind != A_WORD || !(c->a[k + 1].fl & F_CAP) ||
	    c->a[k - 1].kind != A_NUM || !numlex_hyphen(c, k))
		return 0;
	if ((n = c->a[k + 1].e - c->a[k + 1].s) == 1)
		return 1;
	x = numlex_get(c, k + 1);
	return (x == NULL || x->card >= 0) &&
	    numlex_phrase(c, 0, k + 1, &str) == 0 &&
	    numlex_phrase(c, 1, k + 1, &str) == 0;
}

size_t
num_number(struct numctx *c, size_t i, struct dec *v, int *ord)
{
	size_t j = 0;
	int f;

	*ord = 0;
	if (i >= c->na || (i > 0 && c->a[i - 1].kind == A_SYM &&
	    numname(c, i - 1)))
		return 0;
	if (c->a[i].kind == A_NUM) {
		if ((j = digits(c, i, v, ord)) != 0 && !*ord)
			j = exponent(c, j, v);
	} else if (c->a[i].kind == A_WORD)
		j = words(c, i, v, ord);
	else if ((f = vulgar(c, i)) > 0) {
		*v = dec_div(dec_int(f / 100), f % 100);
		j = i + 1;
	}
	if (j != 0 && !*ord && !c->noover)
		j = over(c, j, v);
	return j != 0 && j < c->na && c->a[j].kind == A_SYM &&
	    numname(c, j) ? 0 : j;
}
