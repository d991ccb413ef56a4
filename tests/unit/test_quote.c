/*
 * test_quote.c - the quotation engine with hand-built entities: mark
 * pairing (quotemark.c), speaker resolution (quotenp.c) and the sentences
 * wk_quote_need asks the tagger for.
 */
#include <string.h>

#include "ent.h"
#include "quote.h"
#include "quoteint.h"
#include "sent.h"
#include "t.h"
#include "tok.h"

static struct wk_toks	toks;
static struct wk_sents	sents;
static struct wk_ents	ents;
static struct wk_quotes	quotes;

static void
setup(const char *s)
{
	static const struct wk_sent_opts so = { WK_NL_AUTO, NULL };

	wk_quote_init();
	wk_sent_init();
	wk_tokenize(s, strlen(s), &toks);
	wk_sent_split(s, strlen(s), &toks, &so, &sents);
	ents.n = 0;
}

/* Every occurrence of name in s is a PERSON with this canon (or itself). */
static void
person(const char *s, const char *name, const char *canon)
{
	const char *p;
	struct wk_ent *e;
	size_t i, j;

	for (p = s; (p = strstr(p, name)) != NULL; p += strlen(name)) {
		e = WK_VEC_PUSH(&ents);
		e->start = p - s;
		e->end = e->start + strlen(name);
		e->type = WK_E_PERSON;
		e->canon = canon ? canon : p;
		e->canonlen = strlen(canon ? canon : name);
	}
	for (i = 1; i < ents.n; i++)	/* in text order */
		for (j = i; j > 0 && ents.v[j - 1].start > ents.v[j].start;
		    j--) {
			struct wk_ent t = ents.v[j];

			ents.v[j] = ents.v[j - 1];
			ents.v[j - 1] = t;
		}
}

static void
find(const char *s, int use_ents, int all, int indirect)
{
	struct wk_quote_opts o = { indirect, all };

	wk_quote_find(s, strlen(s), &toks, &sents, use_ents ? &ents : NULL,
	    &o, &quotes);
}

#define CHECK_SPAN(s, q, want) \
	CHECK_MEMEQ((s) + (q)->start, (q)->end - (q)->start, want)
#define CHECK_SPEAKER(q, want) \
	CHECK_MEMEQ((q)->speaker ? (q)->speaker : "", (q)->speakerlen, want)

static size_t
pair(const char *s, wk_qpieces *p)
{
	wk_qmarks_pair(s, strlen(s), p);
	return p->n;
}

TEST(quote_marks_apostrophes)
{
	static wk_qpieces p;

	CHECK_INTEQ(pair("Don't stop the '90s rock 'n' roll, the players' "
	    "union said. Ukraine’s ’80s rock ’n’ roll.", &p), 0);
	CHECK_INTEQ(pair("He is 5'10\" tall and 6' wide.", &p), 0);
}

TEST(quote_marks_kinds)
{
	static wk_qpieces p;
	const char *s = "\"a1\" “b2” «c3» „d4“ ‘e5’ ‹f6› 'g7' “h8\"";
	static const char *want[] = {
		"a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8"
	};
	size_t i;

	CHECK_INTEQ(pair(s, &p), 8);
	for (i = 0; i < p.n && i < 8; i++)
		CHECK_MEMEQ(s + p.v[i].start, p.v[i].end - p.v[i].start,
		    want[i]);
}

TEST(quote_marks_nesting)
{
	static wk_qpieces p;
	const char *s = "\"They called it \"a disaster\" and 'a mess',\" he "
	    "said.";

	CHECK_INTEQ(pair(s, &p), 3);
	CHECK_INTEQ(p.v[0].depth, 0);
	CHECK_MEMEQ(s + p.v[0].start, p.v[0].end - p.v[0].start,
	    "They called it \"a disaster\" and 'a mess',");
	CHECK_INTEQ(p.v[1].depth, 1);
	CHECK_MEMEQ(s + p.v[1].start, p.v[1].end - p.v[1].start,
	    "a disaster");
	CHECK_INTEQ(p.v[2].depth, 1);
}

TEST(quote_marks_paragraphs)
{
	static wk_qpieces p;
	const char *s = "He said: \"One.\n\n\"Two.\n\n\"Three.\"\n\n\"Four.";

	CHECK_INTEQ(pair(s, &p), 3);	/* Four never closes: withdrawn */
	CHECK_INTEQ(p.v[0].runs_on, 1);
	CHECK_INTEQ(p.v[1].cont, 1);
	CHECK_INTEQ(p.v[1].runs_on, 1);
	CHECK_INTEQ(p.v[2].cont, 1);
	CHECK_INTEQ(p.v[2].runs_on, 0);
	CHECK_INTEQ(p.v[1].chain, p.v[0].chain);
	CHECK_INTEQ(p.v[2].chain, p.v[0].chain);
	CHECK_MEMEQ(s + p.v[2].start, p.v[2].end - p.v[2].start, "Three.");
	/* a blank line without a mark after it ends an open quotation */
	s = "He said \"one\n\nTwo.\" Three \"four\".";
	CHECK_INTEQ(pair(s, &p), 1);
	CHECK_MEMEQ(s + p.v[0].start, p.v[0].end - p.v[0].start, "four");
}

TEST(quote_marks_unclosed)
{
	static wk_qpieces p;
	static char big[3 * WK_QUOTE_MAX];

	/* an unclosed opener takes what it holds with it */
	CHECK_INTEQ(pair("He said \"hello. She said \"bye\" and left.", &p), 0);
	memset(big, 'a', sizeof(big) - 1);
	big[0] = '"';
	big[sizeof(big) - 40] = '"';	/* too far from the opener */
	memcpy(big + 100, " \"x,\" y ", 8);
	CHECK_INTEQ(pair(big, &p), 0);
	memcpy(big + sizeof(big) - 20, " \"ok\" ", 6);
	CHECK_INTEQ(pair(big, &p), 1);
}

TEST(quote_marks_many)
{
	static wk_qpieces p;
	static char s[100001];

	memset(s, '"', sizeof(s) - 1);
	CHECK_INTEQ(pair(s, &p), 0);
	memset(s, '\'', sizeof(s) - 1);
	CHECK_INTEQ(pair(s, &p), 0);
}

TEST(quote_speaker_entity_canon)
{
	const char *s = "Kremlin spokesman Dmitry Peskov spoke first. \"It is "
	    "early,\" Peskov said.";

	setup(s);
	person(s, "Peskov", "Dmitry Peskov");	/* both mentions */
	find(s, 1, 0, 0);
	CHECK_INTEQ(quotes.n, 1);
	CHECK_SPAN(s, &quotes.v[0], "It is early,");
	CHECK_SPEAKER(&quotes.v[0], "Dmitry Peskov");
	CHECK_MEMEQ(s + quotes.v[0].sp_start, quotes.v[0].sp_end -
	    quotes.v[0].sp_start, "Peskov");
	CHECK_MEMEQ(quotes.v[0].cue, quotes.v[0].cuelen, "said");
	CHECK_STREQ(wk_quote_kindname(quotes.v[0].kind), "direct");
}

TEST(quote_speaker_canon_without_titles)
{
	const char *s = "Chair Jerome Powell spoke first. \"We wait,\" Powell "
	    "said. \"We act,\" said King Harald.";

	setup(s);
	/* a tagger that kept the title in its canon */
	person(s, "Chair Jerome Powell", NULL);
	person(s, "Powell said", NULL);
	CHECK_INTEQ(ents.n, 2);
	ents.v[1].end = ents.v[1].start + strlen("Powell");
	ents.v[1].canon = "Chair Jerome Powell";
	ents.v[1].canonlen = strlen(ents.v[1].canon);
	person(s, "King Harald", NULL);
	find(s, 1, 0, 0);
	CHECK_INTEQ(quotes.n, 2);
	CHECK_SPEAKER(&quotes.v[0], "Jerome Powell");
	CHECK_SPEAKER(&quotes.v[1], "King Harald");	/* one word would be left */
}

TEST(quote_speaker_pronoun_gender)
{
	const char *s = "Maria Lopez met Peter Hall on Monday. \"It was a good "
	    "talk,\" she said. \"It was long,\" he said.";

	setup(s);
	person(s, "Maria Lopez", NULL);
	person(s, "Peter Hall", NULL);
	find(s, 1, 0, 0);
	CHECK_INTEQ(quotes.n, 2);
	CHECK_SPEAKER(&quotes.v[0], "Maria Lopez");
	CHECK_SPEAKER(&quotes.v[1], "Peter Hall");
	CHECK_MEMEQ(s + quotes.v[1].sp_start, 2, "he");
}

TEST(quote_speaker_pronoun_not_inside_quotes)
{
	const char *s = "Ana Pike spoke. \"I met John Smith,\" he said.";

	setup(s);
	person(s, "Ana Pike", NULL);
	person(s, "John Smith", NULL);
	find(s, 1, 0, 0);
	CHECK_INTEQ(quotes.n, 1);
	CHECK_SPEAKER(&quotes.v[0], "");	/* Ana is no "he" */
	CHECK(quotes.v[0].sp_end > quotes.v[0].sp_start);
}

TEST(quote_speaker_without_entities)
{
	const char *s = "Defence Minister Oleg Brandt visited. \"All is "
	    "calm,\" Brandt said. Mayor Lena Ortiz said: \"Yes.\" \"No,\" said "
	    "the Department of Homeland Security.";

	setup(s);
	find(s, 0, 0, 0);
	CHECK_INTEQ(quotes.n, 3);
	CHECK_SPEAKER(&quotes.v[0], "Oleg Brandt");
	CHECK_SPEAKER(&quotes.v[1], "Lena Ortiz");
	CHECK_SPEAKER(&quotes.v[2], "the Department of Homeland Security");
}

TEST(quote_kinds_and_ids)
{
	const char *s = "\"The numbers are clear,\" Brandt said, \"and they are "
	    "not good.\" The so-called \"peace plan\" failed, which Kyiv called "
	    "\"sad.\" The governor said that taxes would not rise.";

	setup(s);
	find(s, 0, 1, 1);
	CHECK_INTEQ(quotes.n, 5);
	CHECK_INTEQ(quotes.v[0].id, quotes.v[1].id);	/* one split quote */
	CHECK_STREQ(wk_quote_kindname(quotes.v[1].kind), "direct");
	CHECK_STREQ(wk_quote_kindname(quotes.v[2].kind), "other");
	CHECK_SPAN(s, &quotes.v[2], "peace plan");
	CHECK_STREQ(wk_quote_kindname(quotes.v[3].kind), "partial");
	CHECK_SPEAKER(&quotes.v[3], "Kyiv");
	CHECK_STREQ(wk_quote_kindname(quotes.v[4].kind), "indirect");
	CHECK_SPAN(s, &quotes.v[4], "taxes would not rise");
	CHECK(quotes.v[2].id > quotes.v[1].id && quotes.v[4].id >
	    quotes.v[3].id);
}

TEST(quote_need_marks_speaker_sentences)
{
	const char *s = "One. Two. Three. \"Four,\" he said. Five. \"Six,\" "
	    "Ana Pike said. Seven.";
	struct wk_quote_opts o = { 0, 0 };
	uint8_t need[16];

	setup(s);
	CHECK_INTEQ(sents.n, 7);
	wk_quote_need(s, strlen(s), &toks, &sents, &o, need);
	/* the pronoun's sentence and the two before; Ana Pike's */
	CHECK(!need[0] && need[1] && need[2] && need[3] && !need[4] &&
	    need[5] && !need[6]);
	/* wk_quote_find reuses the pairing and finds the same */
	find(s, 0, 0, 0);
	CHECK_INTEQ(quotes.n, 2);
}
