/*
 * quotemark.c - pairing quotation marks in one left-to-right pass.
 *
 * Each mark is classed by its glyph and by what stands either side of it
 * (the flanking rules of CommonMark): a mark with a letter after it and
 * space or punctuation before it may open, one with a letter before it
 * may close. Marks pair by family (double: " “ ” „ « »; single: ' ‘ ’ ‚ ‹
 * ›), not by glyph, because news copy mixes straight and curly marks in
 * one quotation. Apostrophes inside words and elisions ('90s, rock 'n'
 * roll) are not marks. A mark that can open while one of its family is
 * open nests (single inside double, and "a "b" c" with straight marks).
 *
 * An opening mark left open at a paragraph's end continues into the next
 * paragraph when that one opens with a mark of the same family (the
 * convention for long quotations); otherwise the opener and everything
 * paired inside it are withdrawn, as they are when the opener is more than
 * WK_QUOTE_MAX bytes back or the nesting runs too deep. A line break
 * counts as a paragraph end only where the next line opens with a mark:
 * hard-wrapped text keeps its quotations across lines.
 */
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "quoteint.h"
#include "utf8.h"

#define FAM_D	1
#define FAM_S	2
#define CAN_OPEN	1
#define CAN_CLOSE	2
#define DEPTH	8

struct mark {
	int	len;		/* 0: not a mark */
	int	fam;
	int	can;		/* CAN_OPEN | CAN_CLOSE */
	int	skip;		/* bytes from the mark that hold no mark */
};

struct opener {
	uint32_t	pos, chain;
	uint8_t		len, fam, cont;
	size_t		mark;	/* out->n when pushed: what to withdraw */
};

struct pairer {
	const char	*s;
	size_t		 n;
	wk_qpieces	*out;
	struct opener	 st[DEPTH];
	int		 sp;
	size_t		 cont_at;	/* a continuation mark expected here */
	uint32_t	 cont_chain;
	size_t		 cont_mark;
	int		 cont;
};

static int
is_ws(int32_t c)
{
	return c >= 0 && wk_is_space(c);
}

static int
is_pu(int32_t c)
{
	return c >= 0 && (wk_is_punct(c) || wk_is_symbol(c));
}

static int
is_an(int32_t c)
{
	return c < 0 || wk_is_alnum(c);	/* an invalid byte is opaque */
}

static int32_t
cp_at(const char *s, size_t n, size_t i, int *len)
{
	int32_t c;

	if (i >= n) {
		*len = 0;
		return ' ';
	}
	*len = wk_utf8_decode((const unsigned char *)s + i, n - i, &c);
	return c;
}

static int32_t
cp_before(const char *s, size_t i)
{
	int32_t c;

	if (i == 0)
		return ' ';
	wk_utf8_prev((const unsigned char *)s, i, &c);
	return c;
}

/* The glyph's family and the ways it may be used regardless of context. */
static int
glyph(int32_t c, int *fam, int *open, int *close)
{
	*open = *close = 1;
	switch (c) {
	case '"':
		*fam = FAM_D;
		return 1;
	case '\'':
		*fam = FAM_S;
		return 1;
	case 0x201C: case 0x201E: case 0x201F: case 0x00AB:
		*fam = FAM_D;
		*close = 2;	/* closes only where it cannot open */
		return 1;
	case 0x201D: case 0x00BB:
		*fam = FAM_D;
		*open = 2;
		return 1;
	case 0x2018: case 0x201A: case 0x201B: case 0x2039:
		*fam = FAM_S;
		*close = 2;
		return 1;
	case 0x2019:
		*fam = FAM_S;
		*open = 0;	/* ’ before a word is an elision */
		return 1;
	case 0x203A:
		*fam = FAM_S;
		*open = 2;
		return 1;
	}
	return 0;
}

/* An apostrophe starting a word at j: '90s, ’80s, rock 'n' roll. *skip
 * gets the bytes from j past a second mark that belongs to it. */
static int
elision(const char *s, size_t n, size_t j, int *skip)
{
	int l1, l2, l3;
	int32_t c = cp_at(s, n, j, &l1), d;

	*skip = 0;
	if (c >= '0' && c <= '9') {
		d = cp_at(s, n, j + 1, &l2);
		if (!(d >= '0' && d <= '9'))
			return 0;
		d = cp_at(s, n, j + 2, &l3);
		if (d == 's')
			d = cp_at(s, n, j + 3, &l3);
		return !is_an(d);
	}
	if (c == 'n' || c == 'N') {
		d = cp_at(s, n, j + 1, &l2);
		if ((d == '\'' || d == 0x2019) &&
		    !is_an(cp_at(s, n, j + 1 + l2, &l3))) {
			*skip = 1 + l2;
			return 1;
		}
	}
	return 0;
}

static void
classify(const char *s, size_t n, size_t i, struct mark *m)
{
	int32_t c, prev, next;
	int len, nlen, op, cl, lf, rf;

	memset(m, 0, sizeof(*m));
	c = cp_at(s, n, i, &len);
	if (!glyph(c, &m->fam, &op, &cl))
		return;
	prev = cp_before(s, i);
	next = cp_at(s, n, i + len, &nlen);
	if (m->fam == FAM_S && is_an(prev) && is_an(next))
		return;		/* don't, Ukraine’s */
	lf = !is_ws(next) && (!is_pu(next) || is_ws(prev) || is_pu(prev));
	rf = !is_ws(prev) && (!is_pu(prev) || is_ws(next) || is_pu(next));
	if (c == '"' && lf && rf && is_an(prev) && is_an(next))
		return;		/* inside a word: 5"3, not a mark */
	if (m->fam == FAM_S && lf && !rf && elision(s, n, i + len, &m->skip)) {
		m->skip += len;
		return;
	}
	if (c == '\'')
		lf = lf && !is_an(prev);
	if (op == 1 && lf)
		m->can |= CAN_OPEN;
	if (op == 2 && lf && !rf)
		m->can |= CAN_OPEN;
	if (cl == 1 && rf)
		m->can |= CAN_CLOSE;
	if (cl == 2 && rf && !lf)
		m->can |= CAN_CLOSE;
	if (m->can)
		m->len = len;
}

int
wk_qmark_at(const char *s, size_t n, size_t i)
{
	struct mark m;

	classify(s, n, i, &m);
	return m.len;
}

static int
has_word(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((unsigned char)s[a] >= 0x80 ||
		    (s[a] >= '0' && s[a] <= '9') ||
		    ((s[a] | 0x20) >= 'a' && (s[a] | 0x20) <= 'z'))
			return 1;
	return 0;
}

static void
emit(struct pairer *p, const struct opener *o, size_t end, size_t close,
    int depth, int runs_on)
{
	struct wk_qpiece *q;
	size_t a = o->pos + o->len, b = end;
	int32_t c;
	int l;

	while (a < b && is_ws(cp_at(p->s, b, a, &l)))
		a += l;
	while (b > a && is_ws(c = cp_before(p->s, b)))
		b -= wk_utf8_prev((const unsigned char *)p->s, b, &c);
	if (!has_word(p->s, a, b))
		return;
	q = WK_VEC_PUSH(p->out);
	q->open = o->pos;
	q->close = close;
	q->start = a;
	q->end = b;
	q->chain = o->cont ? o->chain : o->pos;
	q->depth = depth;
	q->runs_on = runs_on;
	q->cont = o->cont;
}

/* Withdraws the outermost open quotation and all paired inside it. */
static void
withdraw(struct pairer *p)
{
	if (p->sp > 0)
		p->out->n = p->st[0].mark;
	p->sp = 0;
	p->cont = 0;
}

/*
 * The paragraph ends at end (its text) and the next starts at next. An
 * open quotation runs on if the next paragraph opens with its family.
 */
static void
para_end(struct pairer *p, size_t end, size_t next)
{
	struct opener *o = &p->st[0];
	struct mark m;

	p->cont = 0;
	if (p->sp == 0)
		return;
	if (next < p->n) {
		classify(p->s, p->n, next, &m);
		if ((m.can & CAN_OPEN) && m.fam == o->fam) {
			emit(p, o, end, end, 0, 1);
			p->cont = 1;
			p->cont_at = next;
			p->cont_chain = o->cont ? o->chain : o->pos;
			p->cont_mark = o->mark;
			p->sp = 0;
			return;
		}
	}
	withdraw(p);
}

static size_t
skip_hspace(const char *s, size_t n, size_t j)
{
	while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' ||
	    s[j] == '\f' || s[j] == '\v'))
		j++;
	return j;
}

/* At a line feed: a blank line ends the paragraph; a line that opens
 * with a mark does too while a quotation is open. Returns where to go on. */
static size_t
newline(struct pairer *p, size_t i)
{
	size_t j = skip_hspace(p->s, p->n, i + 1), end = i;
	int blank = 0;

	while (j < p->n && p->s[j] == '\n') {
		blank = 1;
		j = skip_hspace(p->s, p->n, j + 1);
	}
	if (blank) {
		para_end(p, end, j);
		return j;
	}
	if (p->sp > 0) {
		struct mark m;

		classify(p->s, p->n, j, &m);
		if ((m.can & CAN_OPEN) && m.fam == p->st[0].fam)
			para_end(p, end, j);
	}
	return j;
}

static void
push(struct pairer *p, size_t i, const struct mark *m)
{
	struct opener *o;

	if (p->sp == DEPTH)
		withdraw(p);
	o = &p->st[p->sp++];
	o->pos = i;
	o->len = m->len;
	o->fam = m->fam;
	o->cont = 0;
	o->chain = 0;
	o->mark = p->out->n;
	if (p->cont && p->cont_at == i) {
		o->cont = 1;
		o->chain = p->cont_chain;
		o->mark = p->cont_mark;
	}
	p->cont = 0;
}

static void
mark(struct pairer *p, size_t i, const struct mark *m)
{
	int k;

	if (p->sp > 0 && i - p->st[0].pos > WK_QUOTE_MAX)
		withdraw(p);
	if (p->cont && p->cont_at == i) {
		push(p, i, m);
		return;
	}
	for (k = p->sp - 1; k >= 0 && p->st[k].fam != m->fam; k--)
		;
	if ((m->can & CAN_CLOSE) && k >= 0) {
		emit(p, &p->st[k], i, i + m->len, k, 0);
		p->sp = k;
	} else if (m->can & CAN_OPEN)
		push(p, i, m);
}

static int
cmp_open(const void *a, const void *b)
{
	const struct wk_qpiece *x = a, *y = b;

	return x->open < y->open ? -1 : x->open > y->open;
}

/* bytes that may start a mark, and the line feed */
static const unsigned char lead[256] = {
	['\n'] = 1, ['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1
};

void
wk_qmarks_pair(const char *s, size_t n, wk_qpieces *out)
{
	struct pairer p;
	struct mark m;
	size_t i = 0;
	unsigned char c;

	memset(&p, 0, sizeof(p));
	p.s = s;
	p.n = n;
	p.out = out;
	out->n = 0;
	while (i < n) {
		c = (unsigned char)s[i];
		if (c == '\n') {
			if (p.sp > 0 && i - p.st[0].pos > WK_QUOTE_MAX)
				withdraw(&p);
			i = newline(&p, i);
			continue;
		}
		if (!lead[c]) {
			i++;
			continue;
		}
		classify(s, n, i, &m);
		if (m.len == 0) {
			i += m.skip ? (size_t)m.skip : 1;
			continue;
		}
		mark(&p, i, &m);
		i += m.len;
	}
	para_end(&p, n, n);
	if (out->n > 0)
		qsort(out->v, out->n, sizeof(*out->v), cmp_open);
	for (i = 0; i < out->n; i++)
		out->v[i].top = out->v[i].depth == 0 || i == 0 ? i :
		    out->v[i - 1].top;
}

int
wk_qpieces_over(const wk_qpieces *q, uint32_t a, uint32_t b)
{
	/* after the last piece that opens before b */
	size_t lo = wk_qlower(q->v, q->n, sizeof(*q->v), b);

	return lo > 0 && q->v[q->v[lo - 1].top].close > a;
}
