/*
 * wk-quote - quotations and their speakers: one row per quotation (or
 * paragraph piece of one), "quote start end kind cue speaker sp_start
 * sp_end text" after the keys. The engine is lib/quote*.c; the entity
 * tagger runs only on the sentences it needs. See wk-quote(1).
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "ent.h"
#include "out.h"
#include "quote.h"
#include "rec.h"
#include "sent.h"
#include "tok.h"

static struct wk_quote_opts	 opts;
static struct wk_sent_opts	 sopts;		/* WK_NL_AUTO */
static const char		*model_path;
static struct wk_entmodel	*model;
static struct wk_toks		 toks;
static struct wk_sents		 sents, some;
static struct wk_ents		 ents;
static struct wk_quotes		 quotes;
static struct wk_buf		 need;
static uint64_t			 ordinal;	/* over a document's windows */

static const struct option longopts[] = {
	{ "indirect",	no_argument,		NULL, 'i' },
	{ "all",	no_argument,		NULL, 'a' },
	{ "model",	required_argument,	NULL, 'm' },
	{ NULL,		0,			NULL, 0 }
};

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'i':
		opts.indirect = 1;
		return 0;
	case 'a':
		opts.all = 1;
		return 0;
	case 'm':
		model_path = arg;
		return 0;
	}
	return -1;
}

static void
init(const struct wk_cliopts *o)
{
	(void)o;
	wk_sent_init();
	wk_quote_init();
	if (model_path == NULL)
		model = wk_ent_default();
	else if ((model = wk_ent_load_file(model_path)) == NULL)
		exit(2);
}

/* Entities only in the sentences the quotations need: the tagger is the
 * costly part and most sentences hold no quotation. */
static void
tag(const struct wk_rec *r)
{
	size_t i;

	wk_buf_reset(&need);
	wk_buf_grow(&need, sents.n + 1);
	wk_quote_need(r->text, r->len, &toks, &sents, &opts,
	    (uint8_t *)need.p);
	some.n = 0;
	for (i = 0; i < sents.n; i++)
		if (need.p[i])
			*WK_VEC_PUSH(&some) = sents.v[i];
	ents.n = 0;
	if (some.n > 0)
		wk_ent_tag(model, r->text, r->len, &toks, &some, &ents);
}

static void
row(const struct wk_rec *r, const struct wk_quote *q)
{
	wk_out_keys(r);
	wk_out_uint(ordinal + q->id);
	wk_out_tab();
	wk_out_offset(r, q->start);
	wk_out_tab();
	wk_out_offset(r, q->end);
	wk_out_tab();
	wk_out_str(wk_quote_kindname(q->kind));
	wk_out_tab();
	wk_out_field(q->cue, q->cuelen);
	wk_out_tab();
	wk_out_field(q->speaker, q->speakerlen);
	wk_out_tab();
	if (q->sp_end > q->sp_start) {
		wk_out_offset(r, q->sp_start);
		wk_out_tab();
		wk_out_offset(r, q->sp_end);
	} else
		wk_out_tab();
	wk_out_tab();
	wk_out_field(r->text + q->start, q->end - q->start);
	wk_out_eol();
}

static void
record(const struct wk_rec *r)
{
	size_t i;
	uint32_t last = 0;

	if (r->base == 0)
		ordinal = 0;
	if (!wk_quote_any(r->text, r->len) && !opts.indirect)
		return;		/* most records: no tokens, no tagger */
	wk_tokenize(r->text, r->len, &toks);
	wk_sent_split(r->text, r->len, &toks, &sopts, &sents);
	tag(r);
	wk_quote_find(r->text, r->len, &toks, &sents, &ents, &opts, &quotes);
	for (i = 0; i < quotes.n; i++) {
		row(r, &quotes.v[i]);
		if (quotes.v[i].id > last)
			last = quotes.v[i].id;
	}
	ordinal += last;
}

static const struct wk_cmd cmd = {
	.name = "wk-quote",
	.columns = "quote\tstart\tend\tkind\tcue\tspeaker\tsp_start\tsp_end\t"
	    "text",
	.usage =
"  -i, --indirect         also report speech without quotation marks\n"
"                         (X said that ...) as kind indirect\n"
"  -a, --all              also print quoted spans with no cue in reach\n"
"                         (scare quotes, titles) as kind other\n"
"  -m, --model=FILE       entity model for speakers (default: built in)\n",
	.shortopts = "iam:",
	.longopts = longopts,
	.option = option,
	.init = init,
	.record = record,
};

int
main(int argc, char **argv)
{
	return wk_cli_main(&cmd, argc, argv);
}
