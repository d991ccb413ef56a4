/*
 * numint.h - what the wk-num engine's files share (not a public header).
 *
 * The engine does not use the general tokenizer: numbers and dates need
 * atoms of their own ("10:30", "03/24/2025", "2.5bn", "mid-March" are
 * several atoms with no space between them), so numlex.c cuts the text
 * into words, numbers and single symbols, each with the white space that
 * precedes it, and looks each word up once in the lexicon. The grammar
 * (numamount.c, numdate.c, numtime.c) works on atom indexes; num.c drives
 * it and writes spans. Values are exact decimals (numdec.c) and calendar
 * days (numcal.c).
 */
#ifndef WK_NUMINT_H
#define WK_NUMINT_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"
#include "num.h"

struct wk_wlent;

/* decimals: m * 10^e, exact while ok */
struct dec {
	int64_t	m;
	int	e;
	int	ok;
};

struct dec	dec_int(int64_t);
struct dec	dec_digits(const char *s, size_t n);	/* "1,200.50" */
struct dec	dec_add(struct dec, struct dec);
struct dec	dec_mul(struct dec, struct dec);
struct dec	dec_pow10(struct dec, int);
struct dec	dec_div(struct dec, int64_t);		/* rounded to 6 places */
struct dec	dec_powi(struct dec, int);		/* the same, or !ok */
int		dec_cmp_int(struct dec, int64_t);	/* -1 0 1, or 2 if !ok */
int		dec_is_int(struct dec, int64_t *);
void		dec_fmt(struct dec, char *out, size_t sz);

/* calendar */
long	cal_days(int y, int m, int d);		/* days since 1970-01-01 */
void	cal_civil(long days, int *y, int *m, int *d);
int	cal_wday(long days);			/* ISO: Monday 1 .. Sunday 7 */
int	cal_mdays(int y, int m);
int	cal_valid(int y, int m, int d);
void	cal_isoweek(long days, int *wy, int *w);

/* atoms */
enum { A_NUM = 1, A_WORD, A_SYM };
#define F_SP	0x01	/* white space before */
#define F_NL	0x02	/* a line break before */
#define F_CAP	0x04	/* word starts with a capital */
#define F_UPPER	0x08	/* word has no lower-case letter */
#define F_DEC	0x10	/* number has a decimal point */
#define F_COMMA	0x20	/* number has thousands separators */
#define F_LEAD0	0x40	/* number has a leading zero */
#define F_SKIP	0x80	/* part of a URL, e-mail or identifier */

struct atom {
	uint32_t	s, e;
	uint8_t		kind, fl;
	int16_t		lx;	/* lexicon entry of a word, or -1 */
	uint16_t	h;	/* a word's hash for the filters (numlex.c) */
	int32_t		cp;	/* the character of a symbol */
};

/* lexicon roles */
enum { R_NONE, R_TODAY, R_TONIGHT, R_YESTERDAY, R_TOMORROW, R_NOW,
	R_RECENTLY, R_FUTURE, R_AGO, R_EARLIER, R_LATER, R_LAST, R_NEXT,
	R_THIS, R_WEEKEND, R_NOON, R_MIDNIGHT, R_EVERY, R_PER, R_SEVERAL,
	R_FEW, R_SOME, R_YTD, R_OVERNIGHT };
#define L_PL	0x01
#define L_ABBR	0x02
#define L_SIG	0x04
#define L_PAST	0x08
#define L_FUT	0x10
#define L_FY	0x20	/* fiscal, financial: a fiscal year may follow */

struct lex {
	int32_t	card;		/* -1: none */
	int32_t	ord;		/* 0: none */
	int16_t	frac;		/* 0: none */
	int8_t	mult;		/* 0: none */
	int8_t	ordmult;	/* hundredth 2, millionth 6: 0 none */
	int8_t	mon, wd, qtr, half;
	uint8_t	rel, mod, fl;
	char	tu[4], season[3], pod[3], set[6];
};

struct numctx {
	const char		*s;
	size_t			 n;
	struct atom		*a;
	size_t			 na, cap;
	const struct wk_num_opts *opts;
	int			 have_ref, ry, rm, rd;
	int			 atend;
	int			 nodate;	/* num_time: no date after */
	int			 noover;	/* num_number: a denominator,
						 * no fraction of its own */
	wk_num_fn		*fn;	/* where spans go */
	void			*arg;
	struct wk_nums		*out;
	struct wk_buf		 key;	/* phrase keys */
};

void	numlex_init(void);
/* atoms of s[from..], about max of them; sets atend at the text's end */
void	numlex_atoms(struct numctx *, size_t from, size_t max);
/* the lexicon entry of word i, or NULL: inline while the word is known */
extern struct lex	*numlex_lexv;
const struct lex *numlex_lookup(const struct numctx *, size_t i);
static inline const struct lex *
numlex_get(const struct numctx *c, size_t i)
{
	if (i >= c->na || c->a[i].lx == -1)
		return NULL;
	return c->a[i].lx >= 0 ? &numlex_lexv[c->a[i].lx] :
	    numlex_lookup(c, i);
}
/* atom i is the word w[0..n) in any case: inline, it is on every path */
static inline int
numlex_isn(const struct numctx *c, size_t i, const char *w, size_t n)
{
	const char *s;
	size_t k;
	int ch;

	if (i >= c->na || c->a[i].kind != A_WORD || c->a[i].e - c->a[i].s != n)
		return 0;
	s = c->s + c->a[i].s;
	for (k = 0; k < n; k++) {
		ch = (unsigned char)s[k];
		if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) !=
		    (unsigned char)w[k])
			return 0;
	}
	return 1;
}
#define numlex_is(c, i, w)	numlex_isn((c), (i), (w), sizeof(w) - 1)
/* the small predicates are inline: they run on every atom */
static inline int
numlex_sym(const struct numctx *c, size_t i, int cp)
{
	return i < c->na && c->a[i].kind == A_SYM && c->a[i].cp == cp &&
	    !(c->a[i].fl & F_SKIP);
}

/* no space before atom i */
static inline int
numlex_adj(const struct numctx *c, size_t i)
{
	return i < c->na && !(c->a[i].fl & (F_SP | F_NL));
}
int	numlex_dash(const struct numctx *, size_t i);	/* - or an en/em dash */
/* a dash glued on both sides: "3-percent", "30-day", "quarter-of-a" */
int	numlex_hyphen(const struct numctx *, size_t i);
/* longest phrase of atoms at i in the unit (0) or currency (1) list:
 * returns the atom count and sets *str, or 0 */
size_t	numlex_phrase(struct numctx *, int list, size_t i, const char **str);
/* the cheap filter of numlex_phrase: 0 if no phrase of list starts at i;
 * list 2 is the holidays, 3 the currency words without the ISO codes */
int	numlex_maybe(const struct numctx *, int list, size_t i);
/* a time unit (or "ago") among atoms [i, i + n): a cheap guard */
int	numlex_tu_ahead(const struct numctx *, size_t i, size_t n);
/* the plain word lists of lib/data/num/ the grammar asks, loaded once */
enum { NL_LABEL, NL_STREET, NL_METRE, NL_CHANGE, NL_SCORE, NL_MONEYVERB,
	NL_LEVEL, NL_SCHED, NL_REPORT, NL_COUNT };
/* the entry for s[0..n) (folded) in list, or NULL */
const struct wk_wlent *numlex_list(int list, const char *s, size_t n);
/* the same for word atom k with cut bytes off its end ("meets": "meet") */
const struct wk_wlent *numlex_listword(const struct numctx *, int list,
	    size_t k, size_t cut);
/* a word after a glued "m" that makes it metres: "1.8m tall", "the
 * 100m hurdles", "10m-high" (metres.txt) */
int	numlex_metres(const struct numctx *, size_t i);
/* atom i is a currency abbreviation of curglued.txt in its case ("Rs",
 * "RM"): its ISO code, *scale set when only a number with a scale word
 * after it is money ("R250 billion"); NULL if not */
const char *numlex_curglued(const struct numctx *, size_t i, int *scale);
/* atom i may be the last word of a labels.txt or streets.txt entry (a
 * cheap filter) */
int	numlex_labelbit(const struct numctx *, size_t i);
/* a word that may start a currency or holiday phrase (faster) */
extern uint64_t	numlex_anyfirst_bits[];
static inline int
numlex_anyfirst(const struct numctx *c, size_t i)
{
	return (numlex_anyfirst_bits[c->a[i].h / 64] >> (c->a[i].h % 64)) & 1;
}

/* a span being built */
struct cand {
	size_t		i, j;		/* atoms [i, j) */
	int		type, mod;
	char		value[64];
	char		unit[16];
	int		yexp;		/* a date whose year was written */
};

/* each returns the atom after the match, or 0 for none */
size_t	num_amount(struct numctx *, size_t i, struct cand *);
/* the number alone, with its sign: opts->numbers */
size_t	num_bare(struct numctx *, size_t i, struct cand *);
size_t	num_number(struct numctx *, size_t i, struct dec *, int *ord);
size_t	num_date(struct numctx *, size_t i, struct cand *);
size_t	num_time(struct numctx *, size_t i, struct cand *);
int	num_mod_left(struct numctx *, size_t i, size_t lo, size_t *start);
/* numlabel.c: the number at i names, not counts ("Section 232", "S&P
 * 500", "Boeing 787-9", "10 Downing Street"): no span starts there */
int	num_label(struct numctx *, size_t i);
/* the dash at k follows a number after a space: not a minus ("5 -10") */
int	num_dashafter(const struct numctx *, size_t k);

#endif

/* a temporal value being built (numdate.c, numtime.c) */
enum { G_NONE, G_DAY, G_MONTH, G_YEAR, G_WEEK, G_WEEKEND, G_QUARTER,
	G_HALF, G_SEASON, G_DECADE, G_CENTURY, G_WDAY, G_REF };
struct tv {
	int	gran;
	int	y, m, d;	/* y 0: unknown (XXXX) */
	int	n;		/* week, quarter, half, weekday, decade */
	char	season[3], pod[3], ref[32];
	int	hh, mi, ss;	/* -1: no time */
	int	bad;		/* not a real date: February 30 */
	int	yexp;		/* the year was written, not taken */
};
void	tv_fmt(const struct tv *, char *out, size_t sz);
/* numdate.c: the pieces of absolute dates the other files use */
size_t	num_absdate(struct numctx *, size_t i, struct tv *, int *d2);
int	num_sideyear(const struct numctx *, long ref, int dir,
	    const long *days);
int	num_daynum(struct numctx *, size_t i, size_t *j);
size_t	num_yearafter(struct numctx *, size_t j, int *y);
int	num_refyear(struct numctx *);
/* numrel.c, numhol.c: each returns the atom after the match, or 0 */
size_t	num_weekday(struct numctx *, size_t i, struct tv *, int dir);
size_t	num_relunit(struct numctx *, size_t i, struct tv *);
size_t	num_relword(struct numctx *, size_t i, struct tv *);
size_t	num_ago(struct numctx *, size_t i, struct tv *);
/* numdate.c: "fiscal 2024", "FY25" as TIMEX2's FY2024, FY2025 */
size_t	num_fiscal(struct numctx *, size_t i, struct tv *);
int	num_fyword(const struct numctx *, size_t i);	/* "FY2025" */
size_t	num_holiday(struct numctx *, size_t i, struct tv *);
size_t	num_holiday_rel(struct numctx *, size_t i, struct tv *, int dir);
int	tv_ref(const struct numctx *, long *days);
void	tv_day(struct tv *, long days);	/* days since the epoch */
void	tv_ymd(struct tv *, int y, int m, int d);	/* that day */
int	num_tense(const struct numctx *, size_t i, size_t j);
int	num_tense_or(const struct numctx *, size_t i, size_t j, int dflt);
size_t	num_dur(struct numctx *, size_t i, struct cand *);
int	num_podhour(const char *pod, int h);
void	num_podshift(char *t, const char *pod);
int	num_meridiem(struct numctx *, size_t i, size_t j);
size_t	num_baretime(struct numctx *, size_t i, const char *pod, char *t,
	    size_t sz);
size_t	num_set(struct numctx *, size_t i, struct cand *);
/* "a..b" into out, "" if either is empty or it does not fit */
void	num_range(char *out, size_t sz, const char *a, const char *b);
/* appends a to out, or empties out if it does not fit */
void	num_cat(char *out, size_t sz, const char *a);
