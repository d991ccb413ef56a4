/*
 * fuzz_num.c - libFuzzer harness for the numbers and dates engine:
 * wk_num_find with and without a reference date and a dateline, and with
 * every number on its own (--numbers), which may only give CARDINAL and
 * ORDINAL spans. Spans
 * must be non-empty, in order, not overlapping and inside the input; the
 * type and modifier in range; value and unit NUL-terminated ASCII or
 * valid UTF-8 (units hold °, ², µ).
 */
#include <string.h>

#include "num.h"
#include "utf8.h"
#include "fuzz.h"

static struct wk_nums	nums;

static void
check_nums(size_t n)
{
	const struct wk_numspan *sp;
	size_t k;

	for (k = 0; k < nums.n; k++) {
		sp = &nums.v[k];
		FUZZ_ASSERT(sp->start < sp->end && sp->end <= n);
		FUZZ_ASSERT(k == 0 || nums.v[k - 1].end <= sp->start);
		FUZZ_ASSERT(sp->type <= WK_N_SET && sp->mod <= WK_M_END);
		FUZZ_ASSERT(memchr(sp->value, '\0', sizeof sp->value) != NULL);
		FUZZ_ASSERT(memchr(sp->unit, '\0', sizeof sp->unit) != NULL);
		FUZZ_ASSERT(wk_utf8_invalid(sp->value, strlen(sp->value)) == 0);
		FUZZ_ASSERT(wk_utf8_invalid(sp->unit, strlen(sp->unit)) == 0);
	}
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct wk_num_opts o;
	size_t k;

	memset(&o, 0, sizeof o);
	wk_num_init();
	o.dateline = 1;
	wk_num_find((const char *)data, n, &o, &nums);
	check_nums(n);
	o.have_ref = 1;
	o.ref_y = 2025, o.ref_m = 3, o.ref_d = 24;
	o.order = WK_ORDER_DMY;
	wk_num_find((const char *)data, n, &o, &nums);
	check_nums(n);
	o.numbers = 1;
	wk_num_find((const char *)data, n, &o, &nums);
	check_nums(n);
	for (k = 0; k < nums.n; k++)
		FUZZ_ASSERT(nums.v[k].type <= WK_N_ORDINAL);
	return 0;
}
