/*
 * utf8.h - UTF-8 decoding that never fails, and character classes.
 *
 * wk_utf8_decode reads one character at s (n > 0 bytes available) and
 * returns its length; an invalid or truncated sequence yields one byte and
 * *cp = -1, so offsets keep counting every byte. Classes come from
 * utf8proc, with an ASCII fast path.
 */
#ifndef WK_UTF8_H
#define WK_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define WK_REPLACEMENT	0xFFFD

int	wk_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
int	wk_utf8_encode(int32_t cp, char out[4]);
size_t	wk_utf8_count(const char *s, size_t n);	/* code points; bad byte = 1 */
size_t	wk_utf8_invalid(const char *s, size_t n);	/* count of invalid bytes */
/* the character that ends just before s[i] (for looking left) */
int	wk_utf8_prev(const unsigned char *s, size_t i, int32_t *cp);

int	wk_is_letter(int32_t);
int	wk_is_upper(int32_t);	/* Lu, Lt */
int	wk_is_lower(int32_t);
int	wk_is_digit(int32_t);	/* Nd */
int	wk_is_alnum(int32_t);	/* letter, Nd, or combining mark */
int	wk_is_punct(int32_t);	/* P* categories */
int	wk_is_symbol(int32_t);	/* S* categories */
int	wk_is_space(int32_t);	/* Zs Zl Zp, tab, CR, LF, VT, FF, NUL, NBSP */
int	wk_is_dash(int32_t);	/* - and Pd: en and em dash, ... */
int	wk_is_apos(int32_t);	/* ' and U+2019 right single quote */

/* quotation marks: WK_Q_OPEN, WK_Q_CLOSE or both (ambiguous: " and ') */
#define WK_Q_OPEN	1
#define WK_Q_CLOSE	2
int	wk_quote_kind(int32_t);
int32_t	wk_quote_partner(int32_t);	/* the mark that closes an opening one */

#endif
