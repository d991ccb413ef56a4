/*
 * test_base.c - the base and text layers against their headers' contracts:
 * tsv.h, utf8.h, fold.h, re.h, wordlist.h, tok.h.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "fold.h"
#include "msg.h"
#include "re.h"
#include "tok.h"
#include "tsv.h"
#include "utf8.h"
#include "wordlist.h"
#include "t.h"
#include "tutil.h"

/* ---- tsv.h ---- */

static size_t
unesc(const char *in, char *out)
{
	size_t n = strlen(in);

	memcpy(out, in, n + 1);
	return wk_tsv_unescape(out, n);
}

TEST(tsv_unescape_the_four)
{
	char b[64];
	size_t n;

	n = unesc("a\\tb\\nc\\rd\\\\e", b);
	CHECK_MEMEQ(b, n, "a\tb\nc\rd\\e");
}

TEST(tsv_unescape_other_backslash_literal)
{
	char b[64];
	size_t n;

	n = unesc("C:\\x\\u00e9\\", b);		/* and a final lone backslash */
	CHECK_MEMEQ(b, n, "C:\\x\\u00e9\\");
	n = unesc("\\\\n", b);			/* escaped backslash, then n */
	CHECK_MEMEQ(b, n, "\\n");
	n = unesc("", b);
	CHECK_INTEQ(n, 0);
}

TEST(tsv_escape_the_four)
{
	char out[64];
	size_t n;

	n = wk_tsv_escape("a\tb\nc\rd\\e\"f", 11, out);
	CHECK_MEMEQ(out, n, "a\\tb\\nc\\rd\\\\e\"f");
	n = wk_tsv_escape("\t\t", 2, out);	/* worst case is 2n */
	CHECK_MEMEQ(out, n, "\\t\\t");
}

TEST(tsv_round_trip_all_bytes)
{
	char in[256], out[512];
	size_t i, n;

	for (i = 0; i < 256; i++)
		in[i] = (char)i;
	n = wk_tsv_escape(in, 256, out);
	for (i = 0; i < n; i++)
		CHECK(out[i] != '\t' && out[i] != '\n' && out[i] != '\r');
	n = wk_tsv_unescape(out, n);
	CHECK_INTEQ(n, 256);
	CHECK(memcmp(in, out, 256) == 0);
}

/* ---- utf8.h ---- */

static int
dec(const char *s, size_t n, int32_t *cp)
{
	return wk_utf8_decode((const unsigned char *)s, n, cp);
}

TEST(utf8_decode_valid)
{
	int32_t cp;

	CHECK_INTEQ(dec("A", 1, &cp), 1);
	CHECK_INTEQ(cp, 'A');
	CHECK_INTEQ(dec("\xc3\xa9", 2, &cp), 2);
	CHECK_INTEQ(cp, 0xE9);
	CHECK_INTEQ(dec("\xe2\x80\x99", 3, &cp), 3);
	CHECK_INTEQ(cp, 0x2019);
	CHECK_INTEQ(dec("\xf0\x9f\x98\x80", 4, &cp), 4);
	CHECK_INTEQ(cp, 0x1F600);
	CHECK_INTEQ(dec("\0", 1, &cp), 1);
	CHECK_INTEQ(cp, 0);
}

TEST(utf8_decode_invalid_is_one_byte)
{
	static const char *bad[] = {
		"\xff", "\x80", "\xc3", "\xe2\x82", "\xf0\x9f\x98",
		"\xc0\x80",		/* overlong NUL */
		"\xe0\x80\xaf",		/* overlong slash */
		"\xed\xa0\x80",		/* surrogate */
		"\xf4\x90\x80\x80",	/* above U+10FFFF */
		"\xc3\x41",		/* lead byte, then ASCII */
	};
	size_t i;
	int32_t cp;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cp = 0;
		CHECK_INTEQ(dec(bad[i], strlen(bad[i]), &cp), 1);
		CHECK_INTEQ(cp, -1);
	}
	/* a truncated sequence at the end of the buffer */
	CHECK_INTEQ(dec("\xe2\x80\x99", 2, &cp), 1);
	CHECK_INTEQ(cp, -1);
}

TEST(utf8_encode)
{
	char b[4];

	CHECK_INTEQ(wk_utf8_encode('a', b), 1);
	CHECK(b[0] == 'a');
	CHECK_INTEQ(wk_utf8_encode(0xE9, b), 2);
	CHECK_MEMEQ(b, 2, "\xc3\xa9");
	CHECK_INTEQ(wk_utf8_encode(WK_REPLACEMENT, b), 3);
	CHECK_MEMEQ(b, 3, "\xef\xbf\xbd");
	CHECK_INTEQ(wk_utf8_encode(0x1F600, b), 4);
	CHECK_MEMEQ(b, 4, "\xf0\x9f\x98\x80");
}

TEST(utf8_count_and_invalid)
{
	const char *s = "a\xc3\xa9\xff\xe2\x80\x99z\xe2\x80";	/* a e-acute bad ' z bad bad */

	CHECK_INTEQ(wk_utf8_count(s, strlen(s)), 7);
	CHECK_INTEQ(wk_utf8_invalid(s, strlen(s)), 3);
	CHECK_INTEQ(wk_utf8_count("", 0), 0);
	CHECK_INTEQ(wk_utf8_invalid("plain", 5), 0);
}

TEST(utf8_prev)
{
	const unsigned char *s = (const unsigned char *)"x\xc3\xa9\xff\xe2\x80\x99";
	int32_t cp;

	CHECK_INTEQ(wk_utf8_prev(s, 7, &cp), 3);
	CHECK_INTEQ(cp, 0x2019);
	CHECK_INTEQ(wk_utf8_prev(s, 4, &cp), 1);
	CHECK_INTEQ(cp, -1);
	CHECK_INTEQ(wk_utf8_prev(s, 3, &cp), 2);
	CHECK_INTEQ(cp, 0xE9);
	CHECK_INTEQ(wk_utf8_prev(s, 1, &cp), 1);
	CHECK_INTEQ(cp, 'x');
	/* a continuation byte with no lead before it */
	CHECK_INTEQ(wk_utf8_prev((const unsigned char *)"a\x80", 2, &cp), 1);
	CHECK_INTEQ(cp, -1);
}

TEST(utf8_classes)
{
	CHECK(wk_is_letter('a') && wk_is_letter(0xC9) && wk_is_letter(0x0416));
	CHECK(!wk_is_letter('1') && !wk_is_letter('-') && !wk_is_letter(-1));
	CHECK(wk_is_upper('A') && wk_is_upper(0xC9) && !wk_is_upper('a'));
	CHECK(wk_is_upper(0x01C5));		/* titlecase Dz */
	CHECK(wk_is_lower('a') && wk_is_lower(0xDF) && !wk_is_lower('A'));
	CHECK(wk_is_digit('7') && wk_is_digit(0x0663) && !wk_is_digit('x'));
	CHECK(!wk_is_digit(0x00BD));		/* one half is No, not Nd */
	CHECK(wk_is_alnum('a') && wk_is_alnum('0') && wk_is_alnum(0x0301));
	CHECK(!wk_is_alnum(' ') && !wk_is_alnum('.'));
	CHECK(wk_is_punct('.') && wk_is_punct(',') && wk_is_punct(0x201C));
	CHECK(wk_is_punct(0x00AB) && wk_is_punct(0x2014) && !wk_is_punct('a'));
	CHECK(wk_is_symbol('$') && wk_is_symbol(0x20AC) && wk_is_symbol('+'));
	CHECK(!wk_is_symbol('a') && !wk_is_symbol('.'));
	CHECK(wk_is_space(' ') && wk_is_space('\t') && wk_is_space('\n'));
	CHECK(wk_is_space('\r') && wk_is_space('\v') && wk_is_space('\f'));
	CHECK(wk_is_space(0) && wk_is_space(0xA0) && wk_is_space(0x2009));
	CHECK(wk_is_space(0x2028) && wk_is_space(0x3000));
	CHECK(!wk_is_space('a') && !wk_is_space(-1));
	CHECK(wk_is_dash('-') && wk_is_dash(0x2013) && wk_is_dash(0x2014));
	CHECK(!wk_is_dash('_') && !wk_is_dash('a'));
	CHECK(wk_is_apos('\'') && wk_is_apos(0x2019) && !wk_is_apos('"'));
}

TEST(utf8_quotes)
{
	CHECK_INTEQ(wk_quote_kind(0x201C), WK_Q_OPEN);
	CHECK_INTEQ(wk_quote_kind(0x201D), WK_Q_CLOSE);
	CHECK_INTEQ(wk_quote_kind('"'), WK_Q_OPEN | WK_Q_CLOSE);
	CHECK_INTEQ(wk_quote_kind('\''), WK_Q_OPEN | WK_Q_CLOSE);
	CHECK(wk_quote_kind(0x00AB) & WK_Q_OPEN);
	CHECK(wk_quote_kind(0x00BB) & WK_Q_CLOSE);
	CHECK(wk_quote_kind(0x2018) & WK_Q_OPEN);
	CHECK_INTEQ(wk_quote_kind('a'), 0);
	CHECK_INTEQ(wk_quote_kind('.'), 0);
	CHECK_INTEQ(wk_quote_partner(0x201C), 0x201D);
	CHECK_INTEQ(wk_quote_partner(0x2018), 0x2019);
	CHECK_INTEQ(wk_quote_partner(0x00AB), 0x00BB);
	CHECK_INTEQ(wk_quote_partner('"'), '"');
}

/* ---- fold.h ---- */

static int
fold_eq(const char *a, const char *b)
{
	struct wk_buf x = { 0 }, y = { 0 };
	int eq;

	wk_fold(a, strlen(a), &x);
	wk_fold(b, strlen(b), &y);
	eq = x.len == y.len && memcmp(x.p, y.p, x.len) == 0;
	wk_buf_free(&x);
	wk_buf_free(&y);
	return eq;
}

TEST(fold_case_and_nfc)
{
	struct wk_buf b = { 0 };
	const char *k;

	k = wk_fold("ZELENSKYY", 9, &b);
	CHECK_MEMEQ(k, b.len, "zelenskyy");
	CHECK(k == b.p && k[b.len] == '\0');
	CHECK(fold_eq("Zelenskyy", "ZELENSKYY"));
	CHECK(fold_eq("Caf\xc3\xa9", "CAFE\xcc\x81"));	/* composed, decomposed */
	CHECK(fold_eq("\xc3\x89lys\xc3\xa9" "e", "\xc3\xa9lys\xc3\xa9" "e"));
	CHECK(fold_eq("STRASSE", "Stra\xc3\x9f" "e"));	/* full case folding */
	CHECK(!fold_eq("resume", "r\xc3\xa9sum\xc3\xa9"));
	wk_buf_free(&b);
}

TEST(fold_apostrophes_and_spaces)
{
	struct wk_buf b = { 0 };

	wk_fold("Ukraine\xe2\x80\x99s", 11, &b);
	CHECK_MEMEQ(b.p, b.len, "ukraine's");
	wk_fold("New \t York\n\n City", 17, &b);
	CHECK_MEMEQ(b.p, b.len, "new york city");
	wk_fold("S\xc3\xa3o\xc2\xa0Paulo", 11, &b);	/* NBSP is white space */
	CHECK_MEMEQ(b.p, b.len, "s\xc3\xa3o paulo");
	wk_fold("", 0, &b);
	CHECK_INTEQ(b.len, 0);
	CHECK(b.p != NULL && b.p[0] == '\0');
	wk_buf_free(&b);
}

TEST(fold_invalid_bytes)
{
	struct wk_buf b = { 0 };

	/* one U+FFFD for each invalid byte, as utf8.h decodes them */
	wk_fold("A\xff" "B\xe2\x82", 5, &b);
	CHECK_MEMEQ(b.p, b.len, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd");
	wk_fold("x\0y", 3, &b);			/* NUL never ends a key early */
	CHECK(b.len >= 3);
	wk_buf_free(&b);
}

TEST(fold_reuses_its_buffer)
{
	struct wk_buf b = { 0 };
	const char *p;
	int i;

	wk_fold("A LONG ENOUGH FIRST KEY TO GROW THE BUFFER", 42, &b);
	p = b.p;
	for (i = 0; i < 1000; i++)
		wk_fold("Short", 5, &b);
	CHECK(b.p == p);
	CHECK_MEMEQ(b.p, b.len, "short");
	wk_buf_free(&b);
}

/* ---- re.h ---- */

TEST(re_groups_and_unset)
{
	struct wk_re *re = wk_re_compile("(\\d+)(?:\\.(\\d+))?(bn|m)?", 0);
	size_t ov[8];
	const char *s = "about 40 or 2.5bn";
	int n;

	n = wk_re_match(re, s, strlen(s), 0, ov, 4);
	CHECK(n >= 2);
	CHECK_INTEQ(ov[0], 6);
	CHECK_INTEQ(ov[1], 8);
	CHECK_INTEQ(ov[2], 6);
	CHECK(n < 3 || ov[4] == (size_t)-1);
	n = wk_re_match(re, s, strlen(s), 8, ov, 4);
	CHECK_INTEQ(n, 4);
	CHECK_INTEQ(ov[0], 12);
	CHECK_INTEQ(ov[1], 17);
	CHECK_INTEQ(ov[4], 14);
	CHECK_INTEQ(ov[6], 15);
	CHECK_INTEQ(wk_re_match(re, s, strlen(s), 17, ov, 4), 0);
	CHECK_INTEQ(wk_re_match(re, "none", 4, 0, ov, 4), 0);
	wk_re_free(re);
}

TEST(re_utf_ucp_and_invalid)
{
	struct wk_re *re = wk_re_compile("\\b\\w+\\b", 0);
	struct wk_re *ci = wk_re_compile("kyiv", PCRE2_CASELESS);
	const char *s = "\xff\xfe" "Zo\xc3\xab \xe2\x80\x9c";	/* bad, Zoe-umlaut, quote */
	size_t ov[2];

	CHECK_INTEQ(wk_re_match(re, s, strlen(s), 0, ov, 1), 1);
	CHECK_INTEQ(ov[0], 2);
	CHECK_INTEQ(ov[1], 6);			/* \w took the e-umlaut (UCP) */
	CHECK_INTEQ(wk_re_match(ci, "in KYIV", 7, 0, ov, 1), 1);
	CHECK_INTEQ(ov[0], 3);
	/* a subject that is all invalid matches nothing, without error */
	CHECK_INTEQ(wk_re_match(re, "\xff\xff\x80", 3, 0, ov, 1), 0);
	/* the subject may have no NUL and may hold NULs */
	CHECK_INTEQ(wk_re_match(ci, "x\0kyivz", 6, 0, ov, 1), 1);
	CHECK_INTEQ(ov[0], 2);
	wk_re_free(re);
	wk_re_free(ci);
}

/*
 * LeakSanitizer asks this at exit: a fatal error leaves its allocations
 * behind by design, so the forked child that provokes one is not checked.
 */
static int	in_fatal_child;
int		__lsan_is_turned_off(void);

int
__lsan_is_turned_off(void)
{
	return in_fatal_child;
}

TEST(re_bad_pattern_is_fatal_and_named)
{
	int fd[2], st = 0;
	pid_t pid;
	char msg[512];
	size_t got = 0;
	ssize_t n;

	fflush(stdout);
	fflush(stderr);
	CHECK(pipe(fd) == 0);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		in_fatal_child = 1;
		dup2(fd[1], 2);
		close(fd[0]);
		close(fd[1]);
		wk_re_compile("(unclosed[", 0);
		_exit(0);
	}
	close(fd[1]);
	while (got < sizeof(msg) - 1 &&
	    (n = read(fd[0], msg + got, sizeof(msg) - 1 - got)) > 0)
		got += n;
	msg[got] = '\0';
	close(fd[0]);
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK_INTEQ(WIFEXITED(st) ? WEXITSTATUS(st) : -1, 2);
	CHECK(strstr(msg, "(unclosed[") != NULL);
}

/* ---- tok.h: a helper that writes tokens as "tok tok tok" ---- */

static struct wk_toks	 toks;

static const char *
tokstr(const char *s)
{
	static char out[1024];
	size_t i, o = 0, n;

	wk_tokenize(s, strlen(s), &toks);
	for (i = 0; i < toks.n; i++) {
		n = toks.v[i].end - toks.v[i].start;
		if (o + n + 2 > sizeof(out))
			break;
		if (i > 0)
			out[o++] = ' ';
		memcpy(out + o, s + toks.v[i].start, n);
		o += n;
	}
	out[o] = '\0';
	return out;
}

/* The index of the token that starts at s + off, or -1. */
static long
tokat(const char *s, const char *word)
{
	const char *p = strstr(s, word);
	size_t i;

	if (p == NULL)
		return -1;
	for (i = 0; i < toks.n; i++)
		if (toks.v[i].start == (size_t)(p - s) &&
		    toks.v[i].end == (size_t)(p - s) + strlen(word))
			return (long)i;
	return -1;
}

TEST(tok_abbreviations)
{
	CHECK_STREQ(tokstr("The U.S. and D.C. officials met at 9 a.m. today"),
	    "The U.S. and D.C. officials met at 9 a.m. today");
	CHECK(toks.v[1].flags & WK_TF_ABBR);
	CHECK_INTEQ(toks.v[1].cls, WK_T_WORD);
	CHECK_STREQ(tokstr("She has a Ph.D. in law."),
	    "She has a Ph.D. in law .");
}

TEST(tok_numbers)
{
	const char *s = "It rose 3.5 percent to 1,200,000 barrels, or $2.5bn.";

	CHECK_STREQ(tokstr(s), "It rose 3.5 percent to 1,200,000 barrels , "
	    "or $ 2.5bn .");
	CHECK_INTEQ(toks.v[tokat(s, "3.5")].cls, WK_T_NUM);
	CHECK_INTEQ(toks.v[tokat(s, "1,200,000")].cls, WK_T_NUM);
	CHECK_INTEQ(toks.v[tokat(s, "$")].cls, WK_T_SYM);
	CHECK_INTEQ(toks.v[tokat(s, "2.5bn")].cls, WK_T_NUM);
	CHECK(toks.v[tokat(s, "2.5bn")].flags & WK_TF_DIGIT);
	CHECK_STREQ(tokstr("version 1.2.3 at 50%"), "version 1.2.3 at 50 %");
}

TEST(tok_inner_hyphens_and_apostrophes)
{
	const char *s = "Don't e-mail the well-known rock 'n' roll fan";

	CHECK_STREQ(tokstr("Don't send e-mail"), "Don't send e-mail");
	CHECK_INTEQ(toks.v[0].cls, WK_T_WORD);
	CHECK(toks.v[2].flags & WK_TF_HYPHEN);
	CHECK(!(toks.v[0].flags & WK_TF_POSS));
	tokstr(s);
	CHECK(tokat(s, "well-known") >= 0);
	CHECK_STREQ(tokstr("a rock\xe2\x80\x99n\xe2\x80\x99roll don\xe2\x80\x99t"),
	    "a rock\xe2\x80\x99n\xe2\x80\x99roll don\xe2\x80\x99t");
}

TEST(tok_possessives)
{
	long i;
	const char *s = "Ukraine\xe2\x80\x99s army and the workers' union, "
	    "Russia's gas";

	CHECK_STREQ(tokstr(s), "Ukraine \xe2\x80\x99s army and the workers ' "
	    "union , Russia 's gas");
	CHECK((i = tokat(s, "\xe2\x80\x99s")) >= 0);
	CHECK(i >= 0 && (toks.v[i].flags & WK_TF_POSS));
	CHECK(i >= 0 && !(toks.v[i].flags & WK_TF_SPACE));
	CHECK((i = tokat(s, "'s")) >= 0 && (toks.v[i].flags & WK_TF_POSS));
	CHECK(toks.v[6].flags & WK_TF_POSS);	/* workers' */
	CHECK(!(toks.v[0].flags & WK_TF_POSS));
}

TEST(tok_urls_emails_tags)
{
	const char *s = "See https://www.voanews.com/a/news?id=12&x=y. Write to "
	    "jane.doe@example.org or @VOANews #Ukraine, via Oilprice.com.";
	long i;

	CHECK_STREQ(tokstr(s), "See https://www.voanews.com/a/news?id=12&x=y . "
	    "Write to jane.doe@example.org or @VOANews #Ukraine , via "
	    "Oilprice.com .");
	CHECK((i = tokat(s, "https://www.voanews.com/a/news?id=12&x=y")) >= 0 &&
	    toks.v[i].cls == WK_T_URL);
	CHECK((i = tokat(s, "jane.doe@example.org")) >= 0 &&
	    toks.v[i].cls == WK_T_EMAIL);
	CHECK((i = tokat(s, "@VOANews")) >= 0 && toks.v[i].cls == WK_T_TAG);
	CHECK((i = tokat(s, "#Ukraine")) >= 0 && toks.v[i].cls == WK_T_TAG);
	CHECK_STREQ(tokstr("(www.example.com/path)"),
	    "( www.example.com/path )");
	CHECK(toks.n == 3 && toks.v[1].cls == WK_T_URL);
}

TEST(tok_sentence_joins)
{
	CHECK_STREQ(tokstr("at the end.Next day"), "at the end . Next day");
	CHECK_STREQ(tokstr("the end.next"), "the end.next");
	CHECK_STREQ(tokstr("said so.\xe2\x80\x9cWe"),
	    "said so . \xe2\x80\x9c We");
}

TEST(tok_punctuation)
{
	CHECK_STREQ(tokstr("\xe2\x80\x9cHello,\xe2\x80\x9d she said... no -- "
	    "yes\xe2\x80\x94maybe (really)?!"),
	    "\xe2\x80\x9c Hello , \xe2\x80\x9d she said ... no -- yes "
	    "\xe2\x80\x94 maybe ( really ) ? !");
	CHECK_INTEQ(toks.v[0].cls, WK_T_PUNCT);
	CHECK_INTEQ(toks.v[6].cls, WK_T_PUNCT);		/* ... */
}

TEST(tok_flags)
{
	const char *s = "The NATO chief\nsaid 12 things.\n\n  iPhone";
	long i;

	tokstr(s);
	CHECK((toks.v[0].flags & WK_TF_CAP) && !(toks.v[0].flags & WK_TF_SPACE));
	CHECK((i = tokat(s, "NATO")) >= 0 &&
	    (toks.v[i].flags & (WK_TF_CAP | WK_TF_ALLCAPS | WK_TF_SPACE)) ==
	    (WK_TF_CAP | WK_TF_ALLCAPS | WK_TF_SPACE));
	CHECK((i = tokat(s, "chief")) >= 0 && (toks.v[i].flags & WK_TF_LOWER) &&
	    !(toks.v[i].flags & (WK_TF_CAP | WK_TF_ALLCAPS)));
	CHECK((i = tokat(s, "said")) >= 0 && (toks.v[i].flags & WK_TF_NL) &&
	    !(toks.v[i].flags & WK_TF_PARA));
	CHECK((i = tokat(s, "12")) >= 0 && (toks.v[i].flags & WK_TF_DIGIT));
	CHECK((i = tokat(s, "iPhone")) >= 0 && (toks.v[i].flags & WK_TF_PARA) &&
	    (toks.v[i].flags & WK_TF_LOWER));
	CHECK((i = tokat(s, ".")) >= 0 && !(toks.v[i].flags & WK_TF_SPACE));
	tokstr("caf\xc3\xa9 \xc3\x89mile");
	CHECK(toks.n == 2 && (toks.v[0].flags & WK_TF_NONASCII));
	CHECK(toks.n == 2 && (toks.v[1].flags & WK_TF_CAP));
}

TEST(tok_shape)
{
	const char *s = "London U.S. 12 1,200,000 iPhone";
	char sh[16];

	tokstr(s);
	wk_tok_shape(s, &toks.v[tokat(s, "London")], sh, sizeof(sh));
	CHECK_STREQ(sh, "Xxxxx");		/* X, then five x cut to four */
	wk_tok_shape(s, &toks.v[tokat(s, "U.S.")], sh, sizeof(sh));
	CHECK_STREQ(sh, "X.X.");
	wk_tok_shape(s, &toks.v[tokat(s, "12")], sh, sizeof(sh));
	CHECK_STREQ(sh, "dd");
	wk_tok_shape(s, &toks.v[tokat(s, "1,200,000")], sh, sizeof(sh));
	CHECK_STREQ(sh, "d,ddd,ddd");
	wk_tok_shape(s, &toks.v[tokat(s, "iPhone")], sh, sizeof(sh));
	CHECK_STREQ(sh, "xXxxxx");
	wk_tok_shape(s, &toks.v[tokat(s, "London")], sh, 3);	/* truncated */
	CHECK_STREQ(sh, "Xx");
}

TEST(tok_invariants_on_hostile_bytes)
{
	static char buf[4096];
	const char *pieces[] = { "\xff", "\xe2\x80", "\0", ".", "'", "\xe2\x80\x99",
	    "s", "U", "1", ",", "@", "#", "http://", "-", " ", "\n", "\r",
	    "\xc2\xa0", "www.", "$", "\xf0\x9f\x98\x80", "..", "a" };
	size_t np = sizeof(pieces) / sizeof(pieces[0]);
	unsigned seed = 12345;
	size_t n, i, k, pl;
	int round;

	for (round = 0; round < 2000; round++) {
		n = 0;
		for (k = 0; k < 60; k++) {
			seed = seed * 1103515245u + 12345u;
			i = (seed >> 16) % np;
			pl = i == 2 ? 1 : strlen(pieces[i]);
			memcpy(buf + n, pieces[i], pl);
			n += pl;
		}
		wk_tokenize(buf, n, &toks);
		for (i = 0; i < toks.n; i++) {
			if (!(toks.v[i].start < toks.v[i].end &&
			    toks.v[i].end <= n &&
			    (i == 0 || toks.v[i - 1].end <= toks.v[i].start))) {
				CHECK(!"token span out of order or empty");
				return;
			}
		}
	}
	wk_tokenize("", 0, &toks);
	CHECK_INTEQ(toks.n, 0);
	wk_tokenize(" \t\n\n  ", 6, &toks);
	CHECK_INTEQ(toks.n, 0);
}

/* ---- wordlist.h ---- */

TEST(wl_add_get)
{
	struct wk_wl *wl = wk_wl_new();
	const struct wk_wlent *e;

	wk_wl_add(wl, "Kyiv", 4, 7, "LOC", 3);
	wk_wl_add(wl, "Zelenskyy", 9, 1, NULL, 0);
	CHECK_INTEQ(wk_wl_size(wl), 2);
	CHECK((e = wk_wl_get(wl, "KYIV", 4)) != NULL);
	CHECK(e != NULL && e->val == 7);
	CHECK(e != NULL && strcmp(e->str, "LOC") == 0);
	CHECK((e = wk_wl_get(wl, "zelenskyy", 9)) != NULL);
	CHECK(e != NULL && e->str != NULL && e->str[0] == '\0');
	CHECK(wk_wl_get(wl, "Kiev", 4) == NULL);
	CHECK(wk_wl_get(wl, "Kyi", 3) == NULL);
	wk_wl_add(wl, "kyiv", 4, 9, "CITY", 4);		/* replaces */
	CHECK_INTEQ(wk_wl_size(wl), 2);
	CHECK((e = wk_wl_get(wl, "Kyiv", 4)) != NULL && e->val == 9 &&
	    strcmp(e->str, "CITY") == 0);
	wk_wl_free(wl);
}

TEST(wl_load_memory)
{
	const char *list = "# countries\n\nUnited States\tUSA\n"
	    "C\xc3\xb4te d\xe2\x80\x99Ivoire\n\r\nFrance\tFRA\r\nPeru";
	struct wk_wl *wl = wk_wl_new();
	const struct wk_wlent *e;

	CHECK_INTEQ(wk_wl_load(wl, list, strlen(list), "countries.txt", 3), 0);
	CHECK_INTEQ(wk_wl_size(wl), 4);
	CHECK((e = wk_wl_get(wl, "united  STATES", 14)) != NULL &&
	    e->val == 3 && strcmp(e->str, "USA") == 0);
	CHECK(wk_wl_get(wl, "C\xc3\x94TE D'IVOIRE", 14) != NULL);
	CHECK((e = wk_wl_get(wl, "France", 6)) != NULL &&
	    strcmp(e->str, "FRA") == 0);
	CHECK(wk_wl_get(wl, "Peru", 4) != NULL);	/* no final newline */
	CHECK(wk_wl_get(wl, "# countries", 11) == NULL);
	wk_wl_free(wl);
}

TEST(wl_load_reports_a_line_without_entry)
{
	const char *list = "alpha\n\tonly a string\nbeta\n";
	struct wk_wl *wl = wk_wl_new();
	stderr_off();
	CHECK_INTEQ(wk_wl_load(wl, list, strlen(list), "bad.txt", 1), -1);
	stderr_on();
	wk_wl_free(wl);
}

TEST(wl_load_file)
{
	char path[] = "/tmp/wk-test-wl-XXXXXX";
	struct wk_wl *wl = wk_wl_new();
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, "alpha\nbeta\tB\n", 13) == 13);
	close(fd);
	CHECK_INTEQ(wk_wl_load_file(wl, path, 1), 0);
	CHECK(wk_wl_get(wl, "BETA", 4) != NULL);
	unlink(path);
	stderr_off();
	CHECK_INTEQ(wk_wl_load_file(wl, "/nonexistent/wk-list", 1), -1);
	stderr_on();
	wk_wl_free(wl);
}

TEST(wl_longest_over_tokens)
{
	const char *s = "From New York City to St. Louis and York, Ukraine\xe2\x80\x99s east";
	struct wk_wl *wl = wk_wl_new();
	const struct wk_wlent *e;
	long i;

	wk_wl_add(wl, "New York", 8, 1, "LOC", 3);
	wk_wl_add(wl, "New York City", 13, 2, "LOC", 3);
	wk_wl_add(wl, "York", 4, 3, "LOC", 3);
	wk_wl_add(wl, "St. Louis", 9, 4, "LOC", 3);
	wk_wl_add(wl, "Ukraine", 7, 5, "LOC", 3);
	tokstr(s);
	CHECK(wk_wl_longest(wl, s, toks.v, toks.n, 0) == NULL);
	e = wk_wl_longest(wl, s, toks.v, toks.n, 1);
	CHECK(e != NULL && e->val == 2 && e->ntok == 3);
	e = wk_wl_longest(wl, s, toks.v, toks.n, 2);
	CHECK(e != NULL && e->val == 3 && e->ntok == 1);
	i = tokat(s, "St");
	e = i >= 0 ? wk_wl_longest(wl, s, toks.v, toks.n, i) : NULL;
	CHECK(e != NULL && e->val == 4 && e->ntok == 3);
	e = wk_wl_longest(wl, s, toks.v, toks.n, toks.n - 3);
	CHECK(e != NULL && e->val == 5 && e->ntok == 1);	/* not with 's */
	CHECK(wk_wl_longest(wl, s, toks.v, toks.n, toks.n - 1) == NULL);
	wk_wl_free(wl);
}

TEST(wl_longest_folds_the_text)
{
	const char *s = "the U.S. envoy to C\xc3\xb4te d\xe2\x80\x99Ivoire  "
	    "and   NEW\nYORK";
	struct wk_wl *wl = wk_wl_new();
	const struct wk_wlent *e;
	long i;

	wk_wl_add(wl, "U.S.", 4, 1, "United States", 13);
	wk_wl_add(wl, "Cote d'Ivoire", 13, 2, NULL, 0);
	wk_wl_add(wl, "C\xc3\xb4te d'Ivoire", 14, 3, NULL, 0);
	wk_wl_add(wl, "New York", 8, 4, NULL, 0);
	tokstr(s);
	e = (i = tokat(s, "U.S.")) >= 0 ?
	    wk_wl_longest(wl, s, toks.v, toks.n, i) : NULL;
	CHECK(e != NULL && e->val == 1 && e->ntok == 1 &&
	    strcmp(e->str, "United States") == 0);
	e = (i = tokat(s, "C\xc3\xb4te")) >= 0 ?
	    wk_wl_longest(wl, s, toks.v, toks.n, i) : NULL;
	CHECK(e != NULL && e->val == 3);	/* the accent is kept */
	e = (i = tokat(s, "NEW")) >= 0 ?
	    wk_wl_longest(wl, s, toks.v, toks.n, i) : NULL;
	CHECK(e != NULL && e->val == 4 && e->ntok == 2);
	wk_wl_free(wl);
}
