/*
 * entgaz.c - the token-hash gazetteer of entgaz.h: an open-addressing
 * table from phrase hashes to entries. Every proper prefix of a phrase is
 * in the table too (with no classes), so that a lookup can stop extending
 * as soon as no phrase continues. 64-bit hashes are compared, not the
 * phrases: a false match needs a collision among a few 10^5 keys.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgaz.h"
#include "fold.h"
#include "msg.h"
#include "tok.h"

const char	wk_gaz_letters[WK_G_NCLASS + 1] = "CDMTRFSOPEGKN";

struct slot {
	uint64_t	 h;		/* 0: empty */
	uint32_t	 cls;
	uint32_t	 canonlen;
	const char	*canon;
	int		 phrase;	/* a whole phrase, not only a prefix */
};

struct wk_gaz {
	struct slot	*t;
	size_t		 n, cap;	/* cap: a power of two */
	struct wk_toks	 toks;
	struct wk_buf	 tmp;
};

uint64_t
wk_gaz_key(const char *s, size_t n, struct wk_buf *tmp)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			break;
	if (i < n) {
		wk_fold(s, n, tmp);
		s = tmp->p;
		n = tmp->len;
		for (i = 0; i < n; i++)
			h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	} else {
		for (i = 0; i < n; i++) {
			unsigned c = (unsigned char)s[i];
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			h = (h ^ c) * 0x100000001b3ULL;
		}
	}
	return h ? h : 1;
}

uint64_t
wk_gaz_step(uint64_t h, uint64_t key)
{
	h ^= key + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 31;
	return h ? h : 1;
}

struct wk_gaz *
wk_gaz_new(void)
{
	struct wk_gaz *g = wk_xcalloc(1, sizeof(*g));

	g->cap = 1024;
	g->t = wk_xcalloc(g->cap, sizeof(*g->t));
	return g;
}

void
wk_gaz_free(struct wk_gaz *g)
{
	if (g == NULL)
		return;
	free(g->t);
	wk_toks_free(&g->toks);
	wk_buf_free(&g->tmp);
	free(g);
}

static struct slot *
find(const struct wk_gaz *g, uint64_t h)
{
	size_t m = g->cap - 1, i = (size_t)(h ^ (h >> 29)) & m;

	while (g->t[i].h != 0 && g->t[i].h != h)
		i = (i + 1) & m;
	return &g->t[i];
}

static void
grow(struct wk_gaz *g)
{
	struct slot *old = g->t;
	size_t i, oldcap = g->cap;

	g->cap *= 2;
	g->t = wk_xcalloc(g->cap, sizeof(*g->t));
	for (i = 0; i < oldcap; i++)
		if (old[i].h != 0)
			*find(g, old[i].h) = old[i];
	free(old);
}

static struct slot *
insert(struct wk_gaz *g, uint64_t h)
{
	struct slot *s;

	if (2 * (g->n + 1) > g->cap)
		grow(g);
	s = find(g, h);
	if (s->h == 0) {
		s->h = h;
		g->n++;
	}
	return s;
}

/* Adds the phrase; a later entry adds its classes and replaces the canon. */
static int
add(struct wk_gaz *g, const char *s, size_t n, uint32_t cls,
    const char *canon, size_t canonlen)
{
	struct slot *e;
	uint64_t h = WK_GAZ_SEED;
	size_t i;

	wk_tokenize(s, n, &g->toks);
	if (g->toks.n == 0 || g->toks.n > WK_GAZ_MAXTOK)
		return -1;
	for (i = 0; i < g->toks.n; i++) {
		const struct wk_tok *t = &g->toks.v[i];
		h = wk_gaz_step(h, wk_gaz_key(s + t->start, t->end - t->start,
		    &g->tmp));
		if (i + 1 < g->toks.n)
			insert(g, h);
	}
	e = insert(g, h);
	e->phrase = 1;
	e->cls |= cls;
	if (canonlen > 0) {
		e->canon = canon;
		e->canonlen = (uint32_t)canonlen;
	}
	return 0;
}

int
wk_gaz_letter_classes(const char *s, size_t n, uint32_t *cls)
{
	const char *p;
	size_t i;

	*cls = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '\0' || (p = strchr(wk_gaz_letters, s[i])) == NULL)
			return 0;
		*cls |= 1u << (p - wk_gaz_letters);
	}
	return *cls != 0;
}

int
wk_gaz_load(struct wk_gaz *g, const char *p, size_t len, const char *name,
    int (*clsparse)(const char *, size_t, uint32_t *))
{
	const char *end = p + len, *nl, *t1, *t2, *le;
	unsigned long line = 0;
	uint32_t cls;

	for (; p < end; p = nl + 1) {
		line++;
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		le = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
		if (le == p || *p == '#')
			continue;
		if ((t1 = memchr(p, '\t', le - p)) == NULL) {
			wk_error(name, line, "expected name<TAB>type");
			return -1;
		}
		if ((t2 = memchr(t1 + 1, '\t', le - t1 - 1)) == NULL)
			t2 = le;
		if (!clsparse(t1 + 1, t2 - t1 - 1, &cls)) {
			wk_error(name, line, "bad type \"%.*s\"",
			    (int)(t2 - t1 - 1), t1 + 1);
			return -1;
		}
		if (add(g, p, t1 - p, cls, t2 + 1, t2 < le ? le - t2 - 1 : 0)
		    == -1) {
			wk_error(name, line, "name must have 1 to %d tokens",
			    WK_GAZ_MAXTOK);
			return -1;
		}
	}
	return 0;
}

void
wk_gaz_longest(const struct wk_gaz *g, const uint64_t *keys, size_t n,
    size_t i, struct wk_gazhit *hit)
{
	const struct slot *s;
	uint64_t h = WK_GAZ_SEED;
	size_t k;

	hit->ntok = 0;
	for (k = 0; k < WK_GAZ_MAXTOK && i + k < n; k++) {
		h = wk_gaz_step(h, keys[i + k]);
		s = find(g, h);
		if (s->h == 0)
			break;
		if (s->phrase) {
			hit->ntok = k + 1;
			hit->cls = s->cls;
			hit->canon = s->canon;
			hit->canonlen = s->canonlen;
		}
	}
}
