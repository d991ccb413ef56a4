/*
 * numdec.c - exact decimals for normalized values: m * 10^e in 64 bits.
 * Anything that would overflow clears ok, so the value is written empty
 * rather than wrong.
 */
#include <stdio.h>
#include <string.h>

#include "numint.h"

#define DEC_MAXDIGITS	60	/* longest value written; value[64] */

struct dec
dec_int(int64_t v)
{
	struct dec d = { v, 0, 1 };

	return d;
}

static struct dec
norm(struct dec d)
{
	if (!d.ok)
		return d;
	if (d.m == 0)
		d.e = 0;
	while (d.m != 0 && d.m % 10 == 0) {
		d.m /= 10;
		d.e++;
	}
	if (d.e > DEC_MAXDIGITS || d.e < -DEC_MAXDIGITS)
		d.ok = 0;
	return d;
}

struct dec
dec_digits(const char *s, size_t n)
{
	struct dec d = { 0, 0, 1 };
	int frac = 0;
	size_t k;

	for (k = 0; k < n; k++) {
		if (s[k] == ',' || s[k] == ' ' || (s[k] & 0x80))
			continue;	/* group separators */
		if (s[k] == '.') {
			frac = 1;
			continue;
		}
		if (s[k] < '0' || s[k] > '9')
			break;
		if (__builtin_mul_overflow(d.m, 10, &d.m) ||
		    __builtin_add_overflow(d.m, s[k] - '0', &d.m)) {
			d.ok = 0;
			return d;
		}
		if (frac)
			d.e--;
	}
	return norm(d);
}

static int
scale(struct dec *d, int e)	/* lower d's exponent to e */
{
	while (d->e > e) {
		if (__builtin_mul_overflow(d->m, 10, &d->m))
			return -1;
		d->e--;
	}
	return 0;
}

struct dec
dec_add(struct dec a, struct dec b)
{
	struct dec r = { 0, 0, 0 };
	int e;

	if (!a.ok || !b.ok)
		return r;
	e = a.e < b.e ? a.e : b.e;
	if (scale(&a, e) < 0 || scale(&b, e) < 0)
		return r;
	if (__builtin_add_overflow(a.m, b.m, &r.m))
		return r;
	r.e = e;
	r.ok = 1;
	return norm(r);
}

struct dec
dec_mul(struct dec a, struct dec b)
{
	struct dec r = { 0, 0, 0 };

	if (!a.ok || !b.ok || __builtin_mul_overflow(a.m, b.m, &r.m))
		return r;
	r.e = a.e + b.e;
	r.ok = 1;
	return norm(r);
}

struct dec
dec_pow10(struct dec d, int k)
{
	d.e += k;
	return norm(d);
}

/*
 * d / q by long division: six decimal places, more for a small value so
 * that six significant digits are kept ("1/105" is 0.00952381), at most
 * 18; the last digit rounded half away from zero.
 */
struct dec
dec_div(struct dec d, int64_t q)
{
	struct dec r = { 0, 0, 0 };
	int64_t m, rem, t;
	int neg;

	if (!d.ok || q == 0 || d.m == INT64_MIN || q == INT64_MIN)
		return r;
	neg = (d.m < 0) != (q < 0);
	m = d.m < 0 ? -d.m : d.m;
	q = q < 0 ? -q : q;
	r.m = m / q;
	rem = m % q;
	r.e = d.e;
	while (rem != 0 && r.e > -18 && !(r.e <= -6 && r.m >= 100000)) {
		if (__builtin_mul_overflow(rem, 10, &rem) ||
		    __builtin_mul_overflow(r.m, 10, &t) ||
		    __builtin_add_overflow(t, rem / q, &r.m))
			return (struct dec){ 0, 0, 0 };
		rem %= q;
		r.e--;
	}
	if (rem != 0 && (rem >= (q - rem)))	/* rem / q >= 1/2 */
		r.m++;
	r.ok = 1;
	if (neg)
		r.m = -r.m;
	return norm(r);
}

/* a * b with both mantissas cut to fit; *lost is set when digits go */
static struct dec
mulround(struct dec a, struct dec b, int *lost)
{
	struct dec r;

	while (a.ok && b.ok && __builtin_mul_overflow(a.m, b.m, &r.m)) {
		struct dec *big = (a.m < 0 ? -a.m : a.m) > (b.m < 0 ? -b.m :
		    b.m) ? &a : &b;

		*lost |= big->m % 10 != 0;
		big->m = (big->m + (big->m >= 0 ? 5 : -5)) / 10;
		big->e++;
	}
	if (!a.ok || !b.ok)
		return (struct dec){ 0, 0, 0 };
	r.e = a.e + b.e;
	r.ok = 1;
	return norm(r);
}

/*
 * d to the power n, |n| < 100 ("1.1^23", "2.5^-1"): exact while the
 * digits fit, else rounded to six decimal places like a fraction, and
 * no value at all when the whole part would be rounded too.
 */
struct dec
dec_powi(struct dec d, int n)
{
	struct dec r = dec_int(1), q;
	int k, lost = 0;
	int64_t big;

	if (!d.ok || n > 99 || n < -99 || (n < 0 && d.m == 0))
		return (struct dec){ 0, 0, 0 };
	for (k = 0; k < (n < 0 ? -n : n) && r.ok; k++)
		r = mulround(r, d, &lost);
	if (r.ok && n < 0) {
		q = dec_div(dec_int(1), r.m);
		lost |= dec_cmp_int(dec_mul(q, dec_int(r.m)), 1) != 0;
		r = dec_pow10(q, -r.e);
	}
	if (!lost || !r.ok)
		return r;
	/* the whole part must be exact: at most 10 digits of it */
	for (k = 0, big = r.m; big != 0; big /= 10)
		k++;
	if (k + r.e > 10)
		return (struct dec){ 0, 0, 0 };
	if (n < 0)
		return r;	/* rounded once, by dec_div */
	while (r.e < -6) {
		r.m = (r.m + (r.m >= 0 ? 5 : -5)) / 10;
		r.e++;
	}
	return norm(r);
}

int
dec_is_int(struct dec d, int64_t *v)
{
	if (!d.ok || d.e < 0)
		return 0;
	*v = d.m;
	while (d.e-- > 0)
		if (__builtin_mul_overflow(*v, 10, v))
			return 0;
	return 1;
}

int
dec_cmp_int(struct dec d, int64_t v)
{
	struct dec b = dec_int(v);

	if (!d.ok)
		return 2;
	b.ok = 1;
	b = dec_add(d, (struct dec){ -v, 0, 1 });
	if (!b.ok)
		return 2;
	return b.m < 0 ? -1 : b.m > 0;
}

void
dec_fmt(struct dec d, char *out, size_t sz)
{
	char dig[24];
	int nd, neg, k, p = 0;

	out[0] = '\0';
	if (!d.ok || sz < DEC_MAXDIGITS + 4)
		return;
	neg = d.m < 0;
	nd = snprintf(dig, sizeof dig, "%llu", neg ?
	    0ULL - (unsigned long long)d.m : (unsigned long long)d.m);
	if (nd + (d.e > 0 ? d.e : 0) > DEC_MAXDIGITS ||
	    (d.e < 0 && -d.e > DEC_MAXDIGITS))
		return;
	if (neg)
		out[p++] = '-';
	if (d.e >= 0) {
		memcpy(out + p, dig, nd);
		p += nd;
		for (k = 0; k < d.e; k++)
			out[p++] = '0';
	} else if (-d.e >= nd) {
		out[p++] = '0';
		out[p++] = '.';
		for (k = 0; k < -d.e - nd; k++)
			out[p++] = '0';
		memcpy(out + p, dig, nd);
		p += nd;
	} else {
		memcpy(out + p, dig, nd + d.e);
		p += nd + d.e;
		out[p++] = '.';
		memcpy(out + p, dig + nd + d.e, -d.e);
		p += -d.e;
	}
	out[p] = '\0';
}

void
num_range(char *out, size_t sz, const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	if (na == 0 || nb == 0 || na + nb + 3 > sz) {
		out[0] = '\0';
		return;
	}
	memmove(out + na + 2, b, nb + 1);	/* b may be out itself */
	memmove(out, a, na);
	out[na] = out[na + 1] = '.';
}

void
num_cat(char *out, size_t sz, const char *a)
{
	size_t n = strlen(out), na = strlen(a);

	if (n + na + 1 > sz) {
		out[0] = '\0';
		return;
	}
	memcpy(out + n, a, na + 1);
}
