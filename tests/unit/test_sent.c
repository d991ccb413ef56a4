/* test_sent.c - the sentence splitter, without a process. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sent.h"
#include "sentlex.h"
#include "tok.h"
#include "wordlist.h"
#include "t.h"

static struct wk_sents	sents;
static struct wk_buf	joined;

/* The sentences of s (n bytes) joined by " | ", as a C string. */
static const char *
splitn(const char *s, size_t n, int newline)
{
	struct wk_sent_opts o = { newline, NULL };
	size_t i;

	wk_sent_split(s, n, NULL, &o, &sents);
	wk_buf_reset(&joined);
	for (i = 0; i < sents.n; i++) {
		if (i > 0)
			wk_buf_add(&joined, " | ", 3);
		wk_buf_add(&joined, s + sents.v[i].start,
		    sents.v[i].end - sents.v[i].start);
	}
	wk_buf_addc(&joined, '\0');
	return joined.p;
}

static const char *
split(const char *s)
{
	return splitn(s, strlen(s), WK_NL_AUTO);
}

TEST(sent_basic_stops)
{
	CHECK_STREQ(split("Rates rose. Stocks fell on Monday."),
	    "Rates rose. | Stocks fell on Monday.");
	CHECK_STREQ(split("Why now? Because it rained! Then it stopped."),
	    "Why now? | Because it rained! | Then it stopped.");
	CHECK_STREQ(split("Hello!? Is that you?"), "Hello!? | Is that you?");
	CHECK_STREQ(split("He sold Zap! at a loss."),
	    "He sold Zap! at a loss.");
}

TEST(sent_empty_and_space)
{
	CHECK_STREQ(split(""), "");
	CHECK_INTEQ(sents.n, 0);
	CHECK_STREQ(split(" \t\n\n  \n"), "");
	CHECK_INTEQ(sents.n, 0);
	CHECK_STREQ(split("  one line  "), "one line");
	CHECK_INTEQ(sents.v[0].start, 2);
	CHECK_INTEQ(sents.v[0].end, 10);
}

TEST(sent_abbreviation_classes)
{
	/* title: never ends */
	CHECK_STREQ(split("Sen. Warren and Gov. Newsom met Dr. Ames."),
	    "Sen. Warren and Gov. Newsom met Dr. Ames.");
	/* place: ends only before a function word */
	CHECK_STREQ(split("It was led by the U.S. The Kremlin objected."),
	    "It was led by the U.S. | The Kremlin objected.");
	CHECK_STREQ(split("The U.S. Navy and the U.S. and Russia met."),
	    "The U.S. Navy and the U.S. and Russia met.");
	/* final: before a sentence starter only */
	CHECK_STREQ(split("Acme Corp. and its units rose. Acme Corp. Shares "
	    "fell."), "Acme Corp. and its units rose. | Acme Corp. | "
	    "Shares fell.");
	CHECK_STREQ(split("Talks began at 9 a.m. Delegates voted."),
	    "Talks began at 9 a.m. | Delegates voted.");
	CHECK_STREQ(split("They met at 9 a.m. Monday in Geneva."),
	    "They met at 9 a.m. Monday in Geneva.");
	/* number: not before a number */
	CHECK_STREQ(split("See No. 7 on p. 12. Then stop."),
	    "See No. 7 on p. 12. | Then stop.");
	/* inner: never */
	CHECK_STREQ(split("Big firms, e.g. Apple, vs. Google."),
	    "Big firms, e.g. Apple, vs. Google.");
	/* etc. is a word: a capital after it starts a sentence */
	CHECK_STREQ(split("Ports, docks, etc. Shipping fell. Ports etc. and "
	    "docks."), "Ports, docks, etc. | Shipping fell. | "
	    "Ports etc. and docks.");
}

TEST(sent_dates_and_months)
{
	CHECK_STREQ(split("It opened on Sept. 5 in Calif. The mayor came."),
	    "It opened on Sept. 5 in Calif. | The mayor came.");
}

TEST(sent_initials_and_numbers)
{
	CHECK_STREQ(split("J. R. Hollis met George W. Bush in 2001."),
	    "J. R. Hollis met George W. Bush in 2001.");
	CHECK_STREQ(split("It was up to you and I. Did you call "
	    "Mary K. Ross?"), "It was up to you and I. | "
	    "Did you call Mary K. Ross?");
	CHECK_STREQ(split("Growth was 9.7%, or 4,512.37, in 1.2.3 today."),
	    "Growth was 9.7%, or 4,512.37, in 1.2.3 today.");
	CHECK_STREQ(split("The fee is $12.50. It rose."),
	    "The fee is $12.50. | It rose.");
}

TEST(sent_urls_and_email)
{
	CHECK_STREQ(split("Mail Ann.Lee@example.org. Or see "
	    "https://www.example.com/a.html. Bye."),
	    "Mail Ann.Lee@example.org. | Or see "
	    "https://www.example.com/a.html. | Bye.");
}

TEST(sent_no_space)
{
	CHECK_STREQ(split("The talks ended.The next round is in May."),
	    "The talks ended. | The next round is in May.");
	CHECK_STREQ(split("Visit Oilprice.com or Example.Com now."),
	    "Visit Oilprice.com or Example.Com now.");
	CHECK_STREQ(split("Sales hit 2,500.That was a record."),
	    "Sales hit 2,500. | That was a record.");
}

TEST(sent_ellipsis)
{
	CHECK_STREQ(split("He paused\xe2\x80\xa6 Then he left."),
	    "He paused\xe2\x80\xa6 | Then he left.");
	CHECK_STREQ(split("She waited... and spoke."),
	    "She waited... and spoke.");
	CHECK_STREQ(split("It was over.... She left."),
	    "It was over.... | She left.");
	CHECK_STREQ(split("Well . . . I never did."),
	    "Well . . . I never did.");
	CHECK_STREQ(split("\"Rates [...] will rise [...]\" (Lee 12)."),
	    "\"Rates [...] will rise [...]\" (Lee 12).");
}

TEST(sent_quotes)
{
	CHECK_STREQ(split("\xe2\x80\x9cWe will defend our land.\xe2\x80\x9d "
	    "The crowd cheered."), "\xe2\x80\x9cWe will defend our land."
	    "\xe2\x80\x9d | The crowd cheered.");
	CHECK_STREQ(split("\"We are ready. We have always been ready,\" he "
	    "said."), "\"We are ready. | We have always been ready,\" he "
	    "said.");
	CHECK_STREQ(split("\"Stop!\" she said. \"Why?\" he asked."),
	    "\"Stop!\" she said. | \"Why?\" he asked.");
	CHECK_STREQ(split("He said \"All are safe. None are left.\" Then he "
	    "went."), "He said \"All are safe. None are left.\" | "
	    "Then he went.");
	CHECK_STREQ(split("(He left early.) Nobody knew."),
	    "(He left early.) | Nobody knew.");
}

TEST(sent_lines)
{
	CHECK_STREQ(split("Peace talks collapse\nFriday, July 21, 2017\n"
	    "GENEVA \xe2\x80\x94 Negotiators met on Monday."),
	    "Peace talks collapse | Friday, July 21, 2017 | "
	    "GENEVA \xe2\x80\x94 Negotiators met on Monday.");
	CHECK_STREQ(split("It was a long\nday at the port."),
	    "It was a long\nday at the port.");
	CHECK_STREQ(split("Items:\n- one\n- two\n1. three\n2. four"),
	    "Items: | - one | - two | 1. three | 2. four");
	CHECK_STREQ(split("No stop here\n\nnew paragraph"),
	    "No stop here | new paragraph");
	CHECK_STREQ(split("Prices rose 5 percent in the third quarter as "
	    "demand from Europe and\nChina picked up."),
	    "Prices rose 5 percent in the third quarter as demand from "
	    "Europe and\nChina picked up.");
}

TEST(sent_newline_modes)
{
	const char *s = "one line\ntwo line\n\nthree";

	CHECK_STREQ(splitn(s, strlen(s), WK_NL_ALWAYS),
	    "one line | two line | three");
	CHECK_STREQ(splitn(s, strlen(s), WK_NL_NEVER),
	    "one line\ntwo line | three");
}

TEST(sent_inline_lists)
{
	CHECK_STREQ(split("1.) Rates rose 2.) Stocks fell"),
	    "1.) Rates rose | 2.) Stocks fell");
	CHECK_STREQ(split("a. Oil was flat b. Gold gained"),
	    "a. Oil was flat | b. Gold gained");
	CHECK_STREQ(split("\xe2\x80\xa2 9. The first \xe2\x80\xa2 10. The "
	    "second"), "\xe2\x80\xa2 9. The first | \xe2\x80\xa2 10. The "
	    "second");
}

TEST(sent_unicode)
{
	CHECK_STREQ(split("\xe6\x9d\xb1\xe4\xba\xac\xe3\x80\x82\xe9\x9b\xa8"
	    "\xef\xbc\x81"), "\xe6\x9d\xb1\xe4\xba\xac\xe3\x80\x82 | "
	    "\xe9\x9b\xa8\xef\xbc\x81");
	CHECK_STREQ(split("He said\xc2\xa0no.\xc2\xa0Then he left."),
	    "He said\xc2\xa0no. | Then he left.");
	CHECK_STREQ(split("Il a dit \xc2\xab Oui. \xc2\xbb Puis il est "
	    "parti."), "Il a dit \xc2\xab Oui. \xc2\xbb | Puis il est parti.");
}

TEST(sent_bad_bytes)
{
	static const char s[] = "Bad \xff\xfe bytes. Next \x00 one.\xc3";

	CHECK_STREQ(splitn(s, sizeof(s) - 1, WK_NL_AUTO),
	    "Bad \xff\xfe bytes. | Next \x00 one.\xc3");
	CHECK_INTEQ(sents.n, 2);
	CHECK_INTEQ(sents.v[1].end, sizeof(s) - 1);
}

TEST(sent_tokens)
{
	const char *s = "One two. Three four five.";
	struct wk_sent_opts o = { WK_NL_AUTO, NULL };
	struct wk_toks toks = { 0 };

	wk_tokenize(s, strlen(s), &toks);
	wk_sent_split(s, strlen(s), &toks, &o, &sents);
	CHECK_INTEQ(sents.n, 2);
	CHECK_INTEQ(sents.v[0].tok0, 0);
	CHECK_INTEQ(sents.v[0].tok1, 3);
	CHECK_INTEQ(sents.v[1].tok0, 3);
	CHECK_INTEQ(sents.v[1].tok1, toks.n);
	wk_toks_free(&toks);
}

TEST(sent_extra_abbrev)
{
	struct wk_wl *wl = wk_wl_new();
	struct wk_sent_opts o = { WK_NL_AUTO, wl };
	const char *s = "It weighs approx. Ten kilos. Mgmt. Smith agreed.";

	wk_wl_add(wl, "Mgmt.", 5, WK_AB_FINAL, NULL, 0);
	wk_sent_split(s, strlen(s), NULL, &o, &sents);
	CHECK_INTEQ(sents.n, 2);
	CHECK_INTEQ(sents.v[1].start, 29);
	wk_wl_free(wl);
}

TEST(sent_long_run)
{
	size_t n = 1 << 20, i;
	char *s = malloc(n);

	for (i = 0; i < n; i++)
		s[i] = i % 7 == 6 ? ' ' : 'a';
	splitn(s, n, WK_NL_AUTO);
	CHECK_INTEQ(sents.n, 1);
	free(s);
	wk_sents_free(&sents);
	wk_buf_free(&joined);
}

TEST(sent_lists)
{
	wk_sent_init();
	CHECK_INTEQ(wk_sl_abbrev("Mr.", 3, NULL), WK_AB_TITLE);
	CHECK_INTEQ(wk_sl_abbrev("MR.", 3, NULL), WK_AB_TITLE);
	CHECK_INTEQ(wk_sl_abbrev("No.", 3, NULL), WK_AB_NUMBER);
	CHECK_INTEQ(wk_sl_abbrev("e.g.", 4, NULL), WK_AB_INNER);
	CHECK_INTEQ(wk_sl_abbrev("Inc.", 4, NULL), WK_AB_FINAL);
	CHECK_INTEQ(wk_sl_abbrev("U.S.", 4, NULL), WK_AB_PLACE);
	CHECK_INTEQ(wk_sl_abbrev("Mass.", 5, NULL), WK_AB_PROPER);
	CHECK_INTEQ(wk_sl_abbrev("etc.", 4, NULL), WK_AB_NONE);
	CHECK_INTEQ(wk_sl_abbrev("harbor.", 7, NULL), WK_AB_NONE);
	CHECK_INTEQ(wk_sl_in(WK_SL_STARTER, "The", 3), WK_ST_FUNC);
	CHECK_INTEQ(wk_sl_in(WK_SL_STARTER, "Officials", 9), WK_ST_NEWS);
	CHECK_INTEQ(wk_sl_in(WK_SL_STARTER, "Monday", 6), 0);
	CHECK_INTEQ(wk_sl_in(WK_SL_NONFINAL, "of", 2), 1);
	CHECK_INTEQ(wk_sl_in(WK_SL_CAPTION, "Photo", 5), 1);
	CHECK_INTEQ(wk_sl_in(WK_SL_TLD, "Com", 3), 1);
	CHECK_INTEQ(wk_sl_in(WK_SL_QUOTEVERB, "said", 4), 1);
	CHECK(wk_sl_midlens('I') & 1u << 2);	/* In */
	CHECK(!(wk_sl_midlens('I') & 1u << 7));
	CHECK_INTEQ(wk_sl_midlens('Z'), 0);
	CHECK_INTEQ(wk_sl_dateline("Friday, July 21, 2017 At", 24), 21);
	CHECK_INTEQ(wk_sl_dateline("21 July 2017", 12), 12);
	CHECK_INTEQ(wk_sl_dateline("July 21 was hot", 15), 0);
}
