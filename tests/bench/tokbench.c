/*
 * tokbench.c - tokenizer throughput: reads TSV records (rec.h, -t mode)
 * from the files named or stdin, tokenizes each text and writes nothing
 * but one line of figures: bytes, tokens, and MB/s (10^6 bytes a second)
 * of wk_tokenize alone, the reading left out of the clock.
 */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "msg.h"
#include "rec.h"
#include "tok.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
bench(const char *path, struct wk_toks *toks, uint64_t *bytes,
    uint64_t *ntok, double *secs)
{
	struct wk_reader *rd;
	struct wk_rec r;
	double t;

	if ((rd = wk_reader_open(path, 1, 0, 64u << 20)) == NULL)
		return;
	while (wk_reader_next(rd, &r) == 1) {
		t = now();
		wk_tokenize(r.text, r.len, toks);
		*secs += now() - t;
		*bytes += r.len;
		*ntok += toks->n;
	}
	wk_reader_close(rd);
}

int
main(int argc, char **argv)
{
	struct wk_toks toks = { 0 };
	uint64_t bytes = 0, ntok = 0;
	double secs = 0;
	int i;

	wk_progname = "tokbench";
	if (argc < 2)
		bench("-", &toks, &bytes, &ntok, &secs);
	for (i = 1; i < argc; i++)
		bench(argv[i], &toks, &bytes, &ntok, &secs);
	printf("tokbench: %llu bytes, %llu tokens, %.1f MB/s tokenizing\n",
	    (unsigned long long)bytes, (unsigned long long)ntok,
	    secs > 0 ? bytes / secs / 1e6 : 0.0);
	wk_toks_free(&toks);
	return wk_status;
}
