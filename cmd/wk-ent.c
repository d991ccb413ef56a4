/*
 * wk-ent - named entities: start end type canon text per entity. Also
 * trains a model: wk-ent --train FILE.conll -o model.bin.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "ent.h"
#include "entlearn.h"
#include "entmodel.h"
#include "msg.h"
#include "out.h"
#include "rec.h"
#include "sent.h"
#include "tok.h"

enum { O_TRAIN = 2000, O_EPOCHS, O_HOLDOUT, O_BITS };

static const struct option longopts[] = {
	{ "model",	required_argument,	NULL, 'm' },
	{ "gazetteer",	required_argument,	NULL, 'g' },
	{ "types",	required_argument,	NULL, 'T' },
	{ "train",	required_argument,	NULL, O_TRAIN },
	{ "output",	required_argument,	NULL, 'o' },
	{ "epochs",	required_argument,	NULL, O_EPOCHS },
	{ "holdout",	required_argument,	NULL, O_HOLDOUT },
	{ "bits",	required_argument,	NULL, O_BITS },
	{ NULL, 0, NULL, 0 }
};

static const char usage[] =
"  -m, --model=FILE       use this model instead of the built-in one\n"
"  -g, --gazetteer=FILE   add entries: name<TAB>TYPE[<TAB>canon] a line\n"
"  -T, --types=LIST       keep only these types: PERSON,ORG,LOC,NORP,MISC\n"
"      --train=FILE       train a model on a CoNLL file, write it with -o\n"
"  -o, --output=FILE      where --train writes the model\n"
"      --epochs=N         training passes (default 6)\n"
"      --holdout=N        leave out every Nth sentence (default 10, 0: none)\n"
"      --bits=N           2^N feature buckets (default 18)\n";

static struct {
	const char		*model, *train, *output;
	WK_VEC(const char *)	 gaz;
	unsigned		 types;
	struct wk_entlearn	 learn;
	struct wk_entmodel	*m;
	struct wk_toks		 toks;
	struct wk_sents		 sents;
	struct wk_ents		 ents;
} G = { .types = (1u << WK_E_NTYPES) - 1,
	.learn = { 18, 6, 10, NULL } };

static int
types(const char *s)
{
	const char *e;
	int t;

	G.types = 0;
	for (; *s != '\0'; s = *e ? e + 1 : e) {
		e = s + strcspn(s, ",");
		if ((t = wk_ent_type(s, e - s)) == -1)
			wk_usage_error("-T: unknown type '%.*s'", (int)(e - s), s);
		G.types |= 1u << t;
	}
	return G.types ? 0 : -1;
}

static unsigned
number(const char *opt, const char *s, unsigned lo, unsigned hi)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end != '\0' || v < lo || v > hi)
		wk_usage_error("%s: expected a number from %u to %u", opt, lo, hi);
	return (unsigned)v;
}

static int
option(int c, const char *arg)
{
	switch (c) {
	case 'm': G.model = arg; return 0;
	case 'g': *WK_VEC_PUSH(&G.gaz) = arg; return 0;
	case 'T': return types(arg);
	case 'o': G.output = arg; return 0;
	case O_TRAIN: G.train = arg; return 0;
	case O_EPOCHS: G.learn.epochs = number("--epochs", arg, 1, 100); return 0;
	case O_HOLDOUT: G.learn.holdout = number("--holdout", arg, 0, 1000000);
		return 0;
	case O_BITS: G.learn.nbits = number("--bits", arg, 12, 24); return 0;
	}
	return -1;
}

static void
progress(unsigned epoch, size_t errors, size_t tokens)
{
	if (!wk_quiet)
		fprintf(stderr, "%s: epoch %u: %zu of %zu tokens wrong\n",
		    wk_progname, epoch, errors, tokens);
}

/* --train: the whole run; exits */
static void
train(void)
{
	struct wk_buf model = { 0 };
	size_t len;
	char *p;
	FILE *f = NULL;
	long n;

	if (G.output == NULL)
		wk_usage_error("--train needs -o FILE");
	if ((p = wk_ent_readfile(G.train, &len)) == NULL)
		exit(2);
	G.learn.progress = progress;
	n = wk_ent_train(&G.learn, p, len, G.train, &model);
	free(p);
	if (n == 0)
		wk_error(G.train, 0, "no sentences to train on");
	if (n > 0 && ((f = fopen(G.output, "wb")) == NULL ||
	    fwrite(model.p, 1, model.len, f) != model.len || fclose(f) != 0)) {
		wk_error(G.output, 0, "%s", strerror(errno));
		n = -1;
	}
	wk_buf_free(&model);
	if (n <= 0)
		exit(2);
	exit(0);
}

static void
init(const struct wk_cliopts *o)
{
	size_t i;

	(void)o;
	if (G.train != NULL)
		train();
	if (G.output != NULL)
		wk_usage_error("-o is for --train");
	wk_sent_init();
	if (G.model == NULL)
		G.m = wk_ent_default();
	else if ((G.m = wk_ent_load_file(G.model)) == NULL)
		exit(2);
	for (i = 0; i < G.gaz.n; i++)
		if (wk_ent_add_gazetteer(G.m, G.gaz.v[i]) == -1)
			exit(2);
}

static void
record(const struct wk_rec *r)
{
	static const struct wk_sent_opts sopts = { WK_NL_AUTO, NULL };
	const struct wk_ent *e;
	size_t i;

	wk_tokenize(r->text, r->len, &G.toks);
	wk_sent_split(r->text, r->len, &G.toks, &sopts, &G.sents);
	wk_ent_tag(G.m, r->text, r->len, &G.toks, &G.sents, &G.ents);
	for (i = 0; i < G.ents.n; i++) {
		e = &G.ents.v[i];
		if (!(G.types & (1u << e->type)))
			continue;
		wk_out_keys(r);
		wk_out_offset(r, e->start);
		wk_out_tab();
		wk_out_offset(r, e->end);
		wk_out_tab();
		wk_out_str(wk_ent_typename[e->type]);
		wk_out_tab();
		wk_out_field(e->canon, e->canonlen);
		wk_out_tab();
		wk_out_field(r->text + e->start, e->end - e->start);
		wk_out_eol();
	}
}

int
main(int argc, char **argv)
{
	static const struct wk_cmd cmd = {
		"wk-ent", "start\tend\ttype\tcanon\ttext", usage, "m:g:T:o:",
		longopts, option, init, record, NULL
	};

	return wk_cli_main(&cmd, argc, argv);
}
