/*
 * quotetext.c - what the attribution patterns ask of the text: tokens at
 * an offset, the sentence of a token, punctuation and cue tokens, and the
 * shape of a quotation's words (capitalised, ending like a sentence,
 * alone on its line).
 */
#include <string.h>

#include "quoteint.h"
#include "sent.h"
#include "tok.h"
#include "utf8.h"

size_t
wk_qlower(const void *v, size_t n, size_t size, uint32_t pos)
{
	const char *p = v;
	size_t lo = 0, hi = n, mid;
	uint32_t start;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		memcpy(&start, p + mid * size, sizeof(start));
		if (start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
wk_qtok_lower(const struct wk_qrun *r, uint32_t pos)
{
	return wk_qlower(r->t, r->nt, sizeof(*r->t), pos);
}

/* The index of the sentence holding token i, or -1 without sentences. */
long
wk_qsent_index(const struct wk_qrun *r, size_t i)
{
	const struct wk_sents *ss = r->sents;
	size_t a = 0, b, mid;

	if (ss == NULL || ss->n == 0)
		return -1;
	b = ss->n;
	while (a < b) {		/* last sentence with tok0 <= i */
		mid = a + (b - a) / 2;
		if (ss->v[mid].tok0 <= i)
			a = mid + 1;
		else
			b = mid;
	}
	return a == 0 ? -1 : (long)a - 1;
}

/* The tokens [*lo, *hi) of the sentence holding token i. */
void
wk_qsent_of(const struct wk_qrun *r, size_t i, size_t *lo, size_t *hi)
{
	long k = wk_qsent_index(r, i);

	*lo = 0;
	*hi = r->nt;
	if (k < 0)
		return;
	*lo = r->sents->v[k].tok0;
	*hi = r->sents->v[k].tok1 > i ? r->sents->v[k].tok1 : i + 1;
	if (*hi > r->nt)
		*hi = r->nt;
}

int
wk_qtok_is(const struct wk_qrun *r, size_t i, const char *p)
{
	size_t n = strlen(p);

	return i < r->nt && r->t[i].cls != WK_T_WORD &&
	    r->t[i].end - r->t[i].start == n &&
	    memcmp(r->s + r->t[i].start, p, n) == 0;
}

int
wk_qtok_quote(const struct wk_qrun *r, size_t i)
{
	int32_t c;

	if (i >= r->nt || r->t[i].cls != WK_T_PUNCT)
		return 0;
	wk_utf8_decode((const unsigned char *)r->s + r->t[i].start,
	    r->t[i].end - r->t[i].start, &c);
	return c >= 0 && wk_quote_kind(c) != 0;
}

int
wk_qtok_dash(const struct wk_qrun *r, size_t i)
{
	int32_t c;

	if (i >= r->nt || r->t[i].cls != WK_T_PUNCT)
		return 0;
	if (wk_qtok_is(r, i, "--"))
		return 1;
	wk_utf8_decode((const unsigned char *)r->s + r->t[i].start,
	    r->t[i].end - r->t[i].start, &c);
	return c >= 0 && wk_is_dash(c) && (c != '-' ||
	    (r->t[i].flags & WK_TF_SPACE));
}

int
wk_qtok_end(const struct wk_qrun *r, size_t i)
{
	return wk_qtok_is(r, i, ".") || wk_qtok_is(r, i, "?") ||
	    wk_qtok_is(r, i, "!") ||
	    wk_qtok_is(r, i, ";");
}

int
wk_qword_is(const struct wk_qrun *r, size_t i, const char *w)
{
	size_t n = strlen(w);

	return r->t[i].cls == WK_T_WORD && r->t[i].end - r->t[i].start == n &&
	    memcmp(r->s + r->t[i].start, w, n) == 0;
}

int
wk_qtok_ing(const struct wk_qrun *r, size_t i)
{
	const struct wk_tok *t = &r->t[i];

	return t->end - t->start > 4 &&
	    memcmp(r->s + t->end - 3, "ing", 3) == 0;
}

int
wk_qcue_is(const struct wk_qrun *r, size_t i, uint32_t cls, struct wk_qcue *c)
{
	return wk_qcue_at(r->s, r->t, r->nt, i, c) && (c->cls & cls);
}

int
wk_qfirst_upper(const char *s, uint32_t a, uint32_t b)
{
	int32_t c;

	while (a < b) {
		a += wk_utf8_decode((const unsigned char *)s + a, b - a, &c);
		if (c >= 0 && wk_is_letter(c))
			return wk_is_upper(c);
		if (c >= 0 && wk_is_digit(c))
			return 1;
	}
	return 0;
}

/* The last character that is not a quotation mark or bracket. */
int32_t
wk_qlast_char(const char *s, uint32_t a, uint32_t b)
{
	int32_t c = ' ';

	while (b > a) {
		b -= wk_utf8_prev((const unsigned char *)s, b, &c);
		if (c < 0 || !(wk_quote_kind(c) || c == ')' || c == ']'))
			return c;
	}
	return c;
}

int
wk_qends_clause(int32_t c)
{
	return c == ',' || c == '.' || c == '?' || c == '!' || c == 0x2026 ||
	    wk_is_dash(c);
}

int
wk_qends_sentence(int32_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026;
}

/*
 * Does [a, b) read as a sentence: four words or more, not all capitalised
 * but for small words (a title: "Smells Like Teen Spirit.", "The Passion
 * of the Christ.")?
 */
int
wk_qsentence_like(const struct wk_qrun *r, uint32_t a, uint32_t b)
{
	const struct wk_tok *t;
	size_t i = wk_qtok_lower(r, a), k = 0;
	int content = 0;

	for (; i < r->nt && r->t[i].start < b && k < 12; i++) {
		t = &r->t[i];
		if (t->cls != WK_T_WORD)
			continue;
		k++;
		if (!(t->flags & WK_TF_CAP) && !wk_qword_det(r->s, t) &&
		    !wk_qword_link(r->s, t) && !wk_qword_stop(r->s, t))
			content = 1;
	}
	return k >= 4 && content;
}

/* Only white space between the line's start (or text start) and pos? */
int
wk_qline_starts(const char *s, uint32_t pos)
{
	while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
		pos--;
	return pos == 0 || s[pos - 1] == '\n' || s[pos - 1] == '\r';
}

int
wk_qline_ends(const char *s, size_t n, uint32_t pos)
{
	while (pos < n && (s[pos] == ' ' || s[pos] == '\t'))
		pos++;
	return pos == n || s[pos] == '\n' || s[pos] == '\r';
}
