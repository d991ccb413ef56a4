/*
 * fuzz_tsv.c - libFuzzer harness for the record reader (rec.h). The first
 * byte picks the mode (raw, TSV, TSV with header) and a small --max-record
 * cap, so windows, caps and skips are all reached; the rest is the file,
 * handed to wk_reader_open as /proc/self/fd/N of a memfd.
 *
 * Invariants: every record's text is NUL-terminated and no longer than the
 * cap; in raw mode the windows tile the input (base and cbase advance by
 * exactly the previous window) and hold its bytes, NUL made a space; in
 * TSV mode the keys hold no line break.
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "msg.h"
#include "rec.h"
#include "utf8.h"
#include "fuzz.h"

static int	memfd = -1;
static char	fdpath[64];

static void
check_raw(const char *in, size_t n, const struct wk_rec *r, uint64_t *base,
    uint64_t *cbase)
{
	size_t i;

	FUZZ_ASSERT(r->base == *base && r->cbase == *cbase);
	FUZZ_ASSERT(r->base + r->len <= n);
	for (i = 0; i < r->len; i++)
		FUZZ_ASSERT(r->text[i] == (in[r->base + i] ? in[r->base + i] : ' '));
	*base += r->len;
	*cbase += wk_utf8_count(r->text, r->len);
}

static void
run(const char *in, size_t n, int mode, size_t cap)
{
	struct wk_reader *rd;
	struct wk_rec r;
	uint64_t base = 0, cbase = 0;
	size_t hlen;

	rd = wk_reader_open(fdpath, mode != 0, mode == 2, cap);
	if (rd == NULL)
		return;
	wk_reader_count_chars(rd);
	while (wk_reader_next(rd, &r) == 1) {
		FUZZ_ASSERT(r.text[r.len] == '\0');
		FUZZ_ASSERT(r.len <= cap);
		if (mode == 0)
			check_raw(in, n, &r, &base, &cbase);
		else
			FUZZ_ASSERT(r.keylen == 0 ||
			    memchr(r.key, '\n', r.keylen) == NULL);
	}
	if (mode == 0)
		FUZZ_ASSERT(base == n);
	if (mode == 2 && wk_reader_header(rd, &hlen) != NULL)
		FUZZ_ASSERT(hlen < n);
	wk_reader_close(rd);
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const size_t caps[] = { 8, 13, 64, 4096, 64u << 20 };

	if (n == 0)
		return 0;
	if (memfd == -1) {
		wk_progname = "fuzz_tsv";
		wk_quiet = 1;
		if ((memfd = memfd_create("fuzz_tsv", 0)) == -1)
			abort();
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", memfd);
	}
	if (ftruncate(memfd, 0) == -1 ||
	    pwrite(memfd, data + 1, n - 1, 0) != (ssize_t)(n - 1))
		abort();
	run((const char *)data + 1, n - 1, data[0] % 3,
	    caps[(data[0] / 3) % (sizeof(caps) / sizeof(caps[0]))]);
	return 0;
}
