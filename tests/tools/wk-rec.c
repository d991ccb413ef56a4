/*
 * wk-rec - the test driver of the record layer: one row per record or
 * raw window, "keys start end text". Not installed.
 */
#include "cli.h"
#include "out.h"
#include "rec.h"

static void
record(const struct wk_rec *r)
{
	wk_out_keys(r);
	wk_out_offset(r, 0);
	wk_out_tab();
	wk_out_offset(r, r->len);
	wk_out_tab();
	wk_out_field(r->text, r->len);
	wk_out_eol();
}

static const struct wk_cmd cmd = {
	.name = "wk-rec",
	.columns = "start\tend\ttext",
	.record = record,
};

int
main(int argc, char **argv)
{
	return wk_cli_main(&cmd, argc, argv);
}
