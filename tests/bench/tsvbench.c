/*
 * tsvbench.c - the TSV round trip: reads records in -t mode (rec.h) from
 * the files named or stdin and writes each back with out.h, keys then the
 * re-escaped text. On valid UTF-8 input without CR the output is the
 * input byte for byte, which tests/bench/run.sh checks.
 */
#include "msg.h"
#include "out.h"
#include "rec.h"

static void
copy(const char *path)
{
	struct wk_reader *rd;
	struct wk_rec r;

	if ((rd = wk_reader_open(path, 1, 0, 64u << 20)) == NULL)
		return;
	while (wk_reader_next(rd, &r) == 1) {
		wk_out_keys(&r);
		wk_out_field(r.text, r.len);
		wk_out_eol();
		wk_out_record_done();
	}
	wk_reader_close(rd);
}

int
main(int argc, char **argv)
{
	int i;

	wk_progname = "tsvbench";
	wk_out_init(0, 0);
	if (argc < 2)
		copy("-");
	for (i = 1; i < argc; i++)
		copy(argv[i]);
	wk_out_close();
	return wk_status;
}
