/*
 * entconll.c - reading CoNLL entity files (entconll.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ent.h"
#include "entconll.h"
#include "msg.h"

static const struct {
	const char	*tag;
	int		 type, gpe;
} tagmap[] = {
	{ "per", WK_E_PERSON, 0 }, { "org", WK_E_ORG, 0 },
	{ "geo", WK_E_LOC, 0 }, { "loc", WK_E_LOC, 0 },
	{ "gpe", WK_E_NORP, 1 }, { "art", WK_E_MISC, 0 },
	{ "eve", WK_E_MISC, 0 }, { "nat", WK_E_MISC, 0 },
	{ "misc", WK_E_MISC, 0 }, { "tim", -1, 0 },
};

void
wk_conll_open(struct wk_conll *c, const char *p, size_t len, const char *name)
{
	memset(c, 0, sizeof(*c));
	c->p = p;
	c->len = len;
	c->name = name;
}

static int
is(const char *w, size_t n, const char *s)
{
	return n == strlen(s) && memcmp(w, s, n) == 0;
}

/* no space before these */
static int
closing(const char *w, size_t n)
{
	static const char *const cl[] = { ".", ",", ";", ":", "!", "?", ")",
	    "]", "}", "%", "'s", "'S", "'", "n't", "'re", "'ve", "'ll", "'d",
	    "'m", "...", "''", NULL };
	int i;

	for (i = 0; cl[i] != NULL; i++)
		if (is(w, n, cl[i]))
			return 1;
	return 0;
}

/* no space after these */
static int
opening(const char *w, size_t n)
{
	return is(w, n, "(") || is(w, n, "[") || is(w, n, "{") ||
	    is(w, n, "$") || is(w, n, "#") || is(w, n, "``");
}

/* a tag's type: -1 for O, -2 for an unknown tag; *begin for B- */
static int
tagtype(const char *t, size_t n, int *begin, int *gpe)
{
	size_t i;

	*begin = 0;
	*gpe = 0;
	if (is(t, n, "O"))
		return -1;
	if (n < 3 || t[1] != '-' || strchr("BIbi", t[0]) == NULL)
		return -2;
	*begin = t[0] == 'B' || t[0] == 'b';
	for (i = 0; i < sizeof(tagmap) / sizeof(tagmap[0]); i++)
		if (n - 2 == strlen(tagmap[i].tag) &&
		    strncasecmp(t + 2, tagmap[i].tag, n - 2) == 0) {
			*gpe = tagmap[i].gpe;
			return tagmap[i].type;
		}
	return -2;
}

/* adds one token; cur is the open entity or NULL */
static void
addtok(struct wk_conll *c, const char *w, size_t n, int type, int begin,
    int gpe, int *quote, struct wk_goldent **cur, int *prevopen)
{
	int q = is(w, n, "\"");
	int space = c->text.len > 0 && !*prevopen &&
	    !(q ? *quote : closing(w, n));
	struct wk_goldent *e;

	if (space)
		wk_buf_addc(&c->text, ' ');
	*prevopen = q ? !*quote : opening(w, n);
	if (q)
		*quote = !*quote;
	if (type < 0 || begin || *cur == NULL || (*cur)->type != type ||
	    (*cur)->gpe != gpe) {
		*cur = NULL;
		if (type >= 0) {
			e = WK_VEC_PUSH(&c->ents);
			e->start = (uint32_t)c->text.len;
			e->type = (uint8_t)type;
			e->gpe = (uint8_t)gpe;
			*cur = e;
		}
	}
	wk_buf_add(&c->text, w, n);
	if (*cur != NULL)
		(*cur)->end = (uint32_t)c->text.len;
}

int
wk_conll_next(struct wk_conll *c)
{
	struct wk_goldent *cur = NULL;
	int quote = 0, prevopen = 0, type, begin, gpe;
	const char *l, *le, *nl, *end = c->p + c->len, *w, *we, *t;

	wk_buf_reset(&c->text);
	c->ents.n = 0;
	while (c->pos < c->len) {
		l = c->p + c->pos;
		if ((nl = memchr(l, '\n', end - l)) == NULL)
			nl = end;
		c->pos = nl - c->p + (nl < end);
		c->line++;
		for (le = nl; le > l && (le[-1] == ' ' || le[-1] == '\t' ||
		    le[-1] == '\r'); le--)
			;
		if (le == l) {
			if (c->text.len > 0)
				break;
			continue;
		}
		for (we = l; we < le && *we != ' ' && *we != '\t'; we++)
			;
		for (t = le; t > we && t[-1] != ' ' && t[-1] != '\t'; t--)
			;
		w = l;
		if (t == we) {
			wk_error(c->name, c->line, "expected word and tag");
			return -1;
		}
		if (is(w, we - w, "-DOCSTART-"))
			continue;
		if ((type = tagtype(t, le - t, &begin, &gpe)) == -2) {
			wk_error(c->name, c->line, "unknown tag \"%.*s\"",
			    (int)(le - t), t);
			return -1;
		}
		addtok(c, w, we - w, type, begin, gpe, &quote, &cur, &prevopen);
	}
	wk_buf_addc(&c->text, '\0');
	c->text.len--;
	return c->text.len > 0;
}

void
wk_conll_free(struct wk_conll *c)
{
	wk_buf_free(&c->text);
	free(c->ents.v);
	memset(c, 0, sizeof(*c));
}
