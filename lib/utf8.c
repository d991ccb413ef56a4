/*
 * utf8.c - strict UTF-8 decoding (no overlongs, surrogates or values past
 * U+10FFFF) in which every bad byte stands alone, and character classes
 * from utf8proc with an ASCII fast path.
 */
#include <utf8proc.h>

#include "utf8.h"

int
wk_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned c = s[0];
	int32_t v, min;
	int len, i;

	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, v = c & 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, v = c & 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, v = c & 0x07, min = 0x10000;
	else
		goto bad;
	if ((size_t)len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto bad;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		goto bad;
	*cp = v;
	return len;
bad:
	*cp = -1;
	return 1;
}

int
wk_utf8_encode(int32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
wk_utf8_count(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, count = 0;
	int32_t cp;

	while (i < n) {
		if (p[i] < 0x80)
			i++;
		else
			i += (size_t)wk_utf8_decode(p + i, n - i, &cp);
		count++;
	}
	return count;
}

size_t
wk_utf8_invalid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0;
	int32_t cp;

	while (i < n) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		i += (size_t)wk_utf8_decode(p + i, n - i, &cp);
		bad += cp < 0;
	}
	return bad;
}

int
wk_utf8_prev(const unsigned char *s, size_t i, int32_t *cp)
{
	size_t j;
	int len;

	if (i == 0) {
		*cp = -1;
		return 0;
	}
	/* a lead byte at most 3 back whose sequence ends exactly at i */
	for (j = i - 1; j + 4 > i && j < i; j--) {
		if ((s[j] & 0xC0) != 0x80) {
			len = wk_utf8_decode(s + j, i - j, cp);
			if ((size_t)len == i - j && *cp >= 0)
				return len;
			break;
		}
		if (j == 0)
			break;
	}
	return wk_utf8_decode(s + i - 1, 1, cp);
}

static utf8proc_category_t
cat(int32_t c)
{
	if (c < 0 || c > 0x10FFFF)
		return UTF8PROC_CATEGORY_CN;
	return utf8proc_category(c);
}

int
wk_is_letter(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	k = cat(c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

int
wk_is_upper(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	k = cat(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int
wk_is_lower(int32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return cat(c) == UTF8PROC_CATEGORY_LL;
}

int
wk_is_digit(int32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return cat(c) == UTF8PROC_CATEGORY_ND;
}

int
wk_is_alnum(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return wk_is_letter(c) || wk_is_digit(c);
	k = cat(c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ND);
}

int
wk_is_punct(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
		    (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
	k = cat(c);
	return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

int
wk_is_symbol(int32_t c)
{
	utf8proc_category_t k = cat(c);

	return k >= UTF8PROC_CATEGORY_SM && k <= UTF8PROC_CATEGORY_SO;
}

int
wk_is_space(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
	if (c == 0x85 || c == 0xA0 || c == 0xFEFF)
		return 1;
	k = cat(c);
	return k >= UTF8PROC_CATEGORY_ZS && k <= UTF8PROC_CATEGORY_ZP;
}

int
wk_is_dash(int32_t c)
{
	if (c < 0x80)
		return c == '-';
	return c == 0x2212 || cat(c) == UTF8PROC_CATEGORY_PD;
}

int
wk_is_apos(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

int
wk_quote_kind(int32_t c)
{
	switch (c) {
	case '"': case '\'':
		return WK_Q_OPEN | WK_Q_CLOSE;
	case 0x201C: case 0x2018: case 0x201E: case 0x201A:
	case 0x00AB: case 0x2039: case 0x300C: case 0x300E:
		return WK_Q_OPEN;
	case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
	case 0x300D: case 0x300F:
		return WK_Q_CLOSE;
	}
	return 0;
}

int32_t
wk_quote_partner(int32_t c)
{
	switch (c) {
	case '"': return '"';
	case '\'': return '\'';
	case 0x201C: case 0x201E: return 0x201D;	/* “ „ -> ” */
	case 0x2018: case 0x201A: return 0x2019;	/* ‘ ‚ -> ’ */
	case 0x00AB: return 0x00BB;			/* « » */
	case 0x2039: return 0x203A;			/* ‹ › */
	case 0x300C: return 0x300D;
	case 0x300E: return 0x300F;
	}
	return -1;
}
