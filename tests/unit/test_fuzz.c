/*
 * test_fuzz.c - replays every input kept under tests/fuzz/regress/NAME
 * (seeds and past crashes) through the libFuzzer harness fuzz_NAME.c,
 * without libFuzzer, so that each crash once found stays a test in both
 * builds of `make check`. A broken invariant aborts with its message.
 * Run from the top of the tree, as make check does.
 */
#define _GNU_SOURCE	/* memfd_create, in fuzz_tsv.c */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "t.h"
#include "tutil.h"

#define LLVMFuzzerTestOneInput	fuzz_tok_one
#include "../fuzz/fuzz_tok.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_tsv_one
#include "../fuzz/fuzz_tsv.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_ent_one
#include "../fuzz/fuzz_ent.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_sent_one
#include "../fuzz/fuzz_sent.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_wl_one
#include "../fuzz/fuzz_wl.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_num_one
#include "../fuzz/fuzz_num.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput	fuzz_quote_one
#include "../fuzz/fuzz_quote.c"
#undef LLVMFuzzerTestOneInput

/* Reads path whole into b; 0, or -1 if it cannot be read. */
static int
slurp(const char *path, struct wk_buf *b)
{
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (fp == NULL)
		return -1;
	wk_buf_reset(b);
	do {
		wk_buf_grow(b, 4096);
		n = fread(b->p + b->len, 1, 4096, fp);
		b->len += n;
	} while (n > 0);
	n = ferror(fp);
	fclose(fp);
	return n ? -1 : 0;
}

/* Runs fn on each file in dir; returns how many it ran. */
static int
replay(const char *dir, int (*fn)(const uint8_t *, size_t))
{
	char path[4096];
	struct wk_buf b = { 0 };
	struct dirent *de;
	DIR *d;
	int n = 0;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		CHECK(slurp(path, &b) == 0);
		fn((const uint8_t *)b.p, b.len);
		n++;
	}
	closedir(d);
	wk_buf_free(&b);
	return n;
}

TEST(fuzz_regress_tok)
{
	CHECK(replay("tests/fuzz/regress/tok", fuzz_tok_one) > 0);
}

TEST(fuzz_regress_wl)
{
	stderr_off();	/* the loader reports the lines it rejects */
	CHECK(replay("tests/fuzz/regress/wl", fuzz_wl_one) > 0);
	stderr_on();
}

TEST(fuzz_regress_tsv)
{
	stderr_off();	/* the reader reports the bad records it skips */
	CHECK(replay("tests/fuzz/regress/tsv", fuzz_tsv_one) > 0);
	stderr_on();
}

TEST(fuzz_regress_ent)
{
	CHECK(replay("tests/fuzz/regress/ent", fuzz_ent_one) > 0);
}

TEST(fuzz_regress_sent)
{
	CHECK(replay("tests/fuzz/regress/sent", fuzz_sent_one) > 0);
}

TEST(fuzz_regress_num)
{
	CHECK(replay("tests/fuzz/regress/num", fuzz_num_one) > 0);
}

TEST(fuzz_regress_quote)
{
	CHECK(replay("tests/fuzz/regress/quote", fuzz_quote_one) > 0);
}
