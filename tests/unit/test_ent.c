/* test_ent.c - the entity tagger: gazetteer, spans, decoding, model file,
 * training, and whole records through the shipped model. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ent.h"
#include "entconll.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entlearn.h"
#include "entmodel.h"
#include "entspan.h"
#include "msg.h"
#include "sent.h"
#include "t.h"
#include "tutil.h"
#include "tok.h"

static struct wk_toks	toks;
static struct wk_sents	sents;
static struct wk_ents	ents;

/* tags s with m; returns the number of entities */
static size_t
tag(const struct wk_entmodel *m, const char *s)
{
	static const struct wk_sent_opts so = { WK_NL_AUTO, NULL };

	wk_sent_init();
	wk_tokenize(s, strlen(s), &toks);
	wk_sent_split(s, strlen(s), &toks, &so, &sents);
	wk_ent_tag(m, s, strlen(s), &toks, &sents, &ents);
	return ents.n;
}

/* the entity whose text is w, or NULL */
static const struct wk_ent *
find(const char *s, const char *w)
{
	size_t i;

	for (i = 0; i < ents.n; i++)
		if (ents.v[i].end - ents.v[i].start == strlen(w) &&
		    memcmp(s + ents.v[i].start, w, strlen(w)) == 0)
			return &ents.v[i];
	return NULL;
}

#define CHECK_ENT(s, w, ty, ca) do { \
	const struct wk_ent *t_e = find((s), (w)); \
	CHECK(t_e != NULL); \
	if (t_e != NULL) { \
		CHECK_STREQ(wk_ent_typename[t_e->type], (ty)); \
		CHECK_MEMEQ(t_e->canon, t_e->canonlen, (ca)); \
	} } while (0)

TEST(ent_gaz_keys_fold_case_and_form)
{
	struct wk_buf b = { 0 };
	uint64_t k1 = wk_gaz_key("Zelenskyy", 9, &b);

	CHECK(k1 == wk_gaz_key("ZELENSKYY", 9, &b));
	CHECK(wk_gaz_key("Caf\xc3\xa9", 5, &b) ==
	    wk_gaz_key("CAFE\xcc\x81", 6, &b));
	CHECK(k1 != wk_gaz_key("Zelensky", 8, &b));
	wk_buf_free(&b);
}

TEST(ent_gaz_longest_phrase_wins)
{
	static const char list[] =
	    "# test\nUnited\tO\nUnited States\tC\tUnited States of America\n"
	    "St. Louis\tT\n";
	static const char text[] = "the united states and St. Louis";
	struct wk_gaz *g = wk_gaz_new();
	struct wk_gazhit hit;
	struct wk_buf b = { 0 };
	uint64_t keys[16];
	size_t i;

	CHECK_INTEQ(wk_gaz_load(g, list, strlen(list), "t",
	    wk_gaz_letter_classes), 0);
	wk_tokenize(text, strlen(text), &toks);
	for (i = 0; i < toks.n; i++)
		keys[i] = wk_gaz_key(text + toks.v[i].start,
		    toks.v[i].end - toks.v[i].start, &b);
	wk_gaz_longest(g, keys, toks.n, 1, &hit);
	CHECK_INTEQ(hit.ntok, 2);
	CHECK(hit.cls == 1u << WK_G_COUNTRY);
	CHECK_MEMEQ(hit.canon, hit.canonlen, "United States of America");
	wk_gaz_longest(g, keys, toks.n, 0, &hit);
	CHECK_INTEQ(hit.ntok, 0);
	wk_gaz_longest(g, keys, toks.n, toks.n - 3, &hit);
	CHECK_INTEQ(hit.ntok, 3);
	wk_gaz_free(g);
	wk_buf_free(&b);
}

TEST(ent_gaz_bad_line_is_an_error)
{
	static const char nofield[] = "Ukraine\tC\nKyiv\n";
	static const char badcls[] = "Ukraine\tCZ\n";
	struct wk_gaz *g = wk_gaz_new();

	stderr_off();
	CHECK_INTEQ(wk_gaz_load(g, nofield, strlen(nofield), "t",
	    wk_gaz_letter_classes), -1);
	CHECK_INTEQ(wk_gaz_load(g, badcls, strlen(badcls), "t",
	    wk_gaz_letter_classes), -1);
	stderr_on();
	wk_gaz_free(g);
}

TEST(ent_viterbi_output_is_valid_bilou)
{
	struct wk_viterbi v = { 0 };
	float trans[WK_NTAG + 1][WK_NTAG] = { { 0 } };
	float e[6 * WK_NTAG];
	uint8_t cand[6] = { 1, 1, 0, 1, 1, 1 }, tags[6];
	size_t i;

	/* every token prefers I-PERSON, which may never start a span */
	for (i = 0; i < 6 * WK_NTAG; i++)
		e[i] = i % WK_NTAG == WK_TAG(WK_E_PERSON, WK_I) ? 5 : 0;
	wk_viterbi(&v, (const float (*)[WK_NTAG])trans, e, cand, 1, 6, tags);
	CHECK(wk_tag_ok(WK_NTAG, tags[0]));
	for (i = 1; i < 6; i++)
		CHECK(wk_tag_ok(tags[i - 1], tags[i]));
	CHECK(wk_tag_final(tags[5]));
	CHECK_INTEQ(tags[2], WK_TAG_O);		/* not a candidate */
	wk_viterbi_free(&v);
}

TEST(ent_model_file_is_checked)
{
	struct wk_buf b = { 0 };
	float trans[WK_NTAG + 1][WK_NTAG] = { { 0 } };
	float *w = calloc((size_t)WK_NTAG << 8, sizeof(*w));
	struct wk_entmodel *m;
	char *copy;

	w[5] = 2.5f;
	w[6] = -1;
	trans[WK_NTAG][0] = 0.25f;
	wk_entmodel_write(&b, 8, (const float (*)[WK_NTAG])trans, w, 7);
	copy = malloc(b.len);
	memcpy(copy, b.p, b.len);
	m = wk_entmodel_read(copy, b.len, "t", 7);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_INTEQ(m->nbits, 8);
		CHECK_INTEQ(m->rows[0].w[5], 32767);
		CHECK(m->trans[WK_NTAG][0] == 0.25f);
		wk_entmodel_free(m);
	}
	stderr_off();
	CHECK(wk_entmodel_read(copy, b.len - 1, "t", 7) == NULL);
	CHECK(wk_entmodel_read(copy, 10, "t", 7) == NULL);
	CHECK(wk_entmodel_read(copy, b.len, "t", 8) == NULL);	/* gazetteer */
	copy[0] = 'X';
	CHECK(wk_entmodel_read(copy, b.len, "t", 7) == NULL);
	stderr_on();
	free(copy);
	free(w);
	wk_buf_free(&b);
}

TEST(ent_conll_rebuilds_text_and_spans)
{
	static const char c[] =
	    "President\tNNP\tB-per\nBush\tNNP\tI-per\nsaid\tVBD\tO\n"
	    "\"\t``\tO\nBritain\tNNP\tB-geo\n's\tPOS\tO\n\"\t``\tO\n"
	    ".\t.\tO\n\n-DOCSTART- O\n\nAnn I-PER\nSmith I-PER\n";
	struct wk_conll r;

	wk_conll_open(&r, c, strlen(c), "t");
	CHECK_INTEQ(wk_conll_next(&r), 1);
	CHECK_STREQ(r.text.p, "President Bush said \"Britain's\".");
	CHECK_INTEQ(r.ents.n, 2);
	CHECK_INTEQ(r.ents.v[0].start, 0);
	CHECK_INTEQ(r.ents.v[0].end, 14);
	CHECK_INTEQ(r.ents.v[1].type, WK_E_LOC);
	CHECK_INTEQ(r.ents.v[1].start, 21);
	CHECK_INTEQ(wk_conll_next(&r), 1);
	CHECK_STREQ(r.text.p, "Ann Smith");
	CHECK_INTEQ(r.ents.n, 1);
	CHECK_INTEQ(wk_conll_next(&r), 0);
	wk_conll_free(&r);
}

static const char tiny[] =
    "Mr.\tNNP\tB-per\nSmoot\tNNP\tI-per\nvisited\tVBD\tO\nKablam\tNNP\tB-geo\n"
    ".\t.\tO\n\nKablam\tNNP\tB-geo\nwelcomed\tVBD\tO\nSmoot\tNNP\tB-per\n"
    ".\t.\tO\n";

TEST(ent_training_is_deterministic_and_learns)
{
	struct wk_entlearn o = { 12, 5, 0, NULL };
	struct wk_buf a = { 0 }, b = { 0 };
	struct wk_entmodel *m;
	const char *s = "Yesterday Smoot visited Kablam.";

	CHECK_INTEQ(wk_ent_train(&o, tiny, strlen(tiny), "t", &a), 2);
	CHECK_INTEQ(wk_ent_train(&o, tiny, strlen(tiny), "t", &b), 2);
	CHECK(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
	stderr_off();
	m = wk_entmodel_read(a.p, a.len, "t", 0);
	stderr_on();
	CHECK(m == NULL);	/* checksum 0 is not the gazetteer's */
	{
		uint32_t sum;
		wk_ent_featgaz(&sum);
		m = wk_entmodel_read(a.p, a.len, "t", sum);
	}
	CHECK(m != NULL);
	if (m != NULL) {
		tag(m, s);
		CHECK_ENT(s, "Smoot", "PERSON", "Smoot");
		CHECK_ENT(s, "Kablam", "LOC", "Kablam");
		wk_entmodel_free(m);
	}
	wk_buf_free(&a);
	wk_buf_free(&b);
}

TEST(ent_spans_leave_out_titles_and_possessives)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "President Volodymyr Zelenskyy said Ukraine\xe2\x80\x99s "
	    "army held. Zelenskyy's aide agreed.";

	tag(m, s);
	CHECK_ENT(s, "Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy");
	CHECK_ENT(s, "Ukraine", "LOC", "Ukraine");
	CHECK_ENT(s, "Zelenskyy", "PERSON", "Volodymyr Zelenskyy");
}

TEST(ent_canon_links_surnames_acronyms_and_countries)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "Kremlin spokesman Dmitry Peskov said the Federal "
	    "Security Service (FSB) and the US had talked. Peskov said the "
	    "FSB would not comment.";

	tag(m, s);
	CHECK_ENT(s, "Dmitry Peskov", "PERSON", "Dmitry Peskov");
	CHECK_ENT(s, "Peskov", "PERSON", "Dmitry Peskov");
	CHECK_ENT(s, "US", "LOC", "United States");
	CHECK_ENT(s, "FSB", "ORG", "Federal Security Service");
}

TEST(ent_editors_bracket_joins_a_name)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "\"We need [Russian President Vladimir] Putin to stop "
	    "it,\" he said. Putin declined.";
	size_t i, n = 0;

	tag(m, s);
	for (i = 0; i < ents.n; i++)
		if (ents.v[i].type == WK_E_PERSON) {
			CHECK_MEMEQ(ents.v[i].canon, ents.v[i].canonlen,
			    "Vladimir Putin");
			n++;
		}
	CHECK_INTEQ(n, 3);
}

TEST(ent_bad_input_does_not_crash)
{
	const struct wk_entmodel *m = wk_ent_default();
	static const char *const in[] = { "", " ", "\xff\xfe Kyiv \xc3",
	    "A\r\nB\rC", "ALL CAPS HEADLINE ABOUT KYIV AND PUTIN",
	    "lower case text about kyiv and putin", "(((", "'s 's" };
	size_t i;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		tag(m, in[i]);
		CHECK(ents.n <= toks.n);
	}
}

TEST(ent_type_names)
{
	CHECK_INTEQ(wk_ent_type("NORP", 4), WK_E_NORP);
	CHECK_INTEQ(wk_ent_type("norp", 4), -1);
	CHECK_INTEQ(wk_ent_type("PERSONS", 7), -1);
}

TEST(ent_events_places_and_glued_names)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "She won the Nobel Peace Prize. Traffic on Commercial "
	    "Street and the Niger River stopped. RFE/RL and OPEC+ met.";

	tag(m, s);
	CHECK_ENT(s, "Nobel Peace Prize", "MISC", "Nobel Peace Prize");
	CHECK_ENT(s, "Commercial Street", "LOC", "Commercial Street");
	CHECK_ENT(s, "Niger River", "LOC", "Niger River");
	CHECK_ENT(s, "RFE/RL", "ORG", "RFE/RL");
	CHECK_ENT(s, "OPEC+", "ORG", "OPEC+");
}

TEST(ent_glue_takes_slash_and_plus)
{
	/* tokens: RFE / RL , OPEC + and A / B */
	static const char s[] = "RFE/RL, OPEC+ and A / B";

	wk_tokenize(s, strlen(s), &toks);
	CHECK_INTEQ(toks.n, 10);
	CHECK_INTEQ(wk_entspan_glue(s, toks.v, toks.n, 1), 3);	/* RFE/RL */
	CHECK_INTEQ(wk_entspan_glue(s, toks.v, toks.n, 5), 6);	/* OPEC+ */
	CHECK_INTEQ(wk_entspan_glue(s, toks.v, toks.n, 8), 8);	/* A / B */
}

TEST(ent_name_particles_and_first_names)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "Commission President Ursula von der Leyen spoke. "
	    "\"We will act,\" von der Leyen said.";

	tag(m, s);
	CHECK_ENT(s, "Ursula von der Leyen", "PERSON", "Ursula von der Leyen");
	CHECK_ENT(s, "von der Leyen", "PERSON", "Ursula von der Leyen");
}

TEST(ent_acronym_by_initials)
{
	const struct wk_entmodel *m = wk_ent_default();
	const char *s = "The International Atomic Energy Agency met on Monday. "
	    "The IAEA said Iran had agreed.";

	tag(m, s);
	CHECK_ENT(s, "IAEA", "ORG", "International Atomic Energy Agency");
}
