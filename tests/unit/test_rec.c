/* test_rec.c - the record reader's windows and TSV lines, the writer. */
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "msg.h"
#include "rec.h"
#include "t.h"
#include "tok.h"
#include "wordlist.h"

/* A temporary file holding s[0..n); its path is static. */
static const char *
tmpfile_with(const char *s, size_t n)
{
	static char path[64];
	int fd;

	snprintf(path, sizeof(path), "/tmp/wk-test-XXXXXX");
	fd = mkstemp(path);
	if (fd == -1 || write(fd, s, n) != (ssize_t)n)
		abort();
	close(fd);
	return path;
}

TEST(rec_raw_small_document_is_one_window)
{
	const char *p = tmpfile_with("One.\n\nTwo.", 10);
	struct wk_reader *r = wk_reader_open(p, 0, 0, 64 << 20);
	struct wk_rec rec;

	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "One.\n\nTwo.");
	CHECK_INTEQ(rec.base, 0);
	CHECK(wk_reader_next(r, &rec) == 0);
	wk_reader_close(r);
	unlink(p);
}

TEST(rec_raw_cuts_at_paragraphs_with_absolute_offsets)
{
	const char *p = tmpfile_with("aaa bbb.\n\nccc ddd.\n \nxx\n", 24);
	struct wk_reader *r = wk_reader_open(p, 0, 0, 12);
	struct wk_rec rec;

	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "aaa bbb.\n\n");
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "ccc ddd.\n \n");
	CHECK_INTEQ(rec.base, 10);
	CHECK_INTEQ(rec.line, 3);
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "xx\n");
	CHECK_INTEQ(rec.base, 21);
	CHECK(wk_reader_next(r, &rec) == 0);
	wk_reader_close(r);
	unlink(p);
}

TEST(rec_raw_long_paragraph_cut_at_line_then_space)
{
	const char *p = tmpfile_with("aaaa bbbb\ncccc dddd eeee", 24);
	struct wk_reader *r = wk_reader_open(p, 0, 0, 12);
	struct wk_rec rec;

	wk_quiet = 1;
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "aaaa bbbb\n");
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "cccc dddd ");
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "eeee");
	CHECK_INTEQ(rec.base, 20);
	wk_reader_close(r);
	wk_quiet = 0;
	unlink(p);
}

TEST(rec_raw_nul_becomes_space)
{
	const char *p = tmpfile_with("a\0b", 3);
	struct wk_reader *r = wk_reader_open(p, 0, 0, 64);
	struct wk_rec rec;

	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "a b");
	wk_reader_close(r);
	unlink(p);
}

TEST(rec_tsv_keys_text_crlf_and_bad_lines)
{
	const char *p = tmpfile_with("k1\tv\\tw\r\nbad\nk2\tlast", 20);
	struct wk_reader *r = wk_reader_open(p, 1, 0, 64);
	struct wk_rec rec;

	wk_status = 0;
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.key, rec.keylen, "k1");
	CHECK_MEMEQ(rec.text, rec.len, "v\tw");
	CHECK_INTEQ(rec.line, 1);
	CHECK(wk_reader_next(r, &rec) == 1);	/* line 2 reported, skipped */
	CHECK_INTEQ(wk_status, 1);
	CHECK_MEMEQ(rec.text, rec.len, "last");
	CHECK_INTEQ(rec.line, 3);
	CHECK(wk_reader_next(r, &rec) == 0);
	wk_reader_close(r);
	wk_status = 0;
	unlink(p);
}

TEST(rec_tsv_over_long_line_skipped)
{
	const char *p = tmpfile_with("a\tshort\nb\twaytoolongrecord\nc\tok\n", 32);
	struct wk_reader *r = wk_reader_open(p, 1, 0, 10);
	struct wk_rec rec;

	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "short");
	CHECK(wk_reader_next(r, &rec) == 1);
	CHECK_MEMEQ(rec.text, rec.len, "ok");
	CHECK_INTEQ(wk_status, 1);
	wk_reader_close(r);
	wk_status = 0;
	unlink(p);
}

TEST(rec_tsv_header_gives_key_names)
{
	const char *p = tmpfile_with("id\tdate\ttext\n1\t2025\thi\n", 23);
	struct wk_reader *r = wk_reader_open(p, 1, 1, 64);
	struct wk_rec rec;
	size_t n;
	const char *h;

	CHECK(wk_reader_next(r, &rec) == 1);
	h = wk_reader_header(r, &n);
	CHECK(h != NULL);
	if (h != NULL)
		CHECK_MEMEQ(h, n, "id\tdate");
	CHECK_MEMEQ(rec.key, rec.keylen, "1\t2025");
	wk_reader_close(r);
	unlink(p);
}

TEST(cli_parse_size)
{
	CHECK_INTEQ(wk_parse_size("64M"), 64 << 20);
	CHECK_INTEQ(wk_parse_size("1k"), 1024);
	CHECK_INTEQ(wk_parse_size("4096"), 4096);
	CHECK_INTEQ(wk_parse_size("0"), 0);
	CHECK_INTEQ(wk_parse_size("12x"), 0);
	CHECK_INTEQ(wk_parse_size("-1"), 0);
	CHECK_INTEQ(wk_parse_size("8G"), 0);
}

TEST(wl_longest_counts_text_tokens_and_frees_odd_strings)
{
	struct wk_wl *wl = wk_wl_new();
	struct wk_toks toks = { 0 };
	const struct wk_wlent *e;
	const char *s = "x http://\nz";

	wk_wl_add(wl, "x http://", 9, 1, "\0x", 2);	/* str starts with NUL */
	wk_tokenize(s, strlen(s), &toks);
	e = wk_wl_longest(wl, s, toks.v, toks.n, 0);
	CHECK(e != NULL);
	if (e != NULL)
		CHECK(e->ntok <= toks.n);
	wk_toks_free(&toks);
	wk_wl_free(wl);
}

TEST(wl_space_only_lines_are_blank)
{
	struct wk_wl *wl = wk_wl_new();

	CHECK_INTEQ(wk_wl_load(wl, "a\n   \n\t\nb\n", 10, "t", 1), 0);
	CHECK_INTEQ(wk_wl_size(wl), 2);
	wk_wl_free(wl);
}
