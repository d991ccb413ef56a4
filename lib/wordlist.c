/*
 * wordlist.c - word and phrase sets: open addressing over folded keys.
 * Phrases are found by trying the longest token run first; a second set
 * of the first words of phrases lets a one-word position skip that.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "fold.h"
#include "msg.h"
#include "tok.h"
#include "wordlist.h"

struct slot {
	size_t		 keyoff, keylen;
	uint32_t	 hash;
	int		 used;
	struct wk_wlent	 e;
};

struct table {
	struct slot	*v;
	size_t		 n, cap;	/* cap is a power of two */
};

struct wk_wl {
	struct table	 words, firsts;
	struct wk_buf	 keys;		/* every key, back to back */
	size_t		 maxtok;
};

static struct wk_buf	key, key2;	/* fold buffers */
static const char	empty[] = "";
static struct wk_wlent	matched;	/* wk_wl_longest's answer */
static struct wk_toks	etoks;

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static struct slot *
find(const struct table *t, const struct wk_buf *keys, const char *k,
    size_t n, uint32_t h)
{
	size_t i;

	if (t->cap == 0)
		return NULL;
	for (i = h & (t->cap - 1); t->v[i].used; i = (i + 1) & (t->cap - 1))
		if (t->v[i].hash == h && t->v[i].keylen == n && (n == 0 ||
		    memcmp(keys->p + t->v[i].keyoff, k, n) == 0))
			return &t->v[i];
	return &t->v[i];
}

static void
rehash(struct table *t, const struct wk_buf *keys)
{
	struct slot *old = t->v;
	size_t i, oldcap = t->cap;

	t->cap = oldcap ? oldcap * 2 : 64;
	t->v = wk_xcalloc(t->cap, sizeof(*t->v));
	for (i = 0; i < oldcap; i++)
		if (old[i].used)
			*find(t, keys, keys->p + old[i].keyoff, old[i].keylen,
			    old[i].hash) = old[i];
	free(old);
}

/* The slot for key k (added to the key store if new). */
static struct slot *
insert(struct wk_wl *wl, struct table *t, const char *k, size_t n)
{
	uint32_t h = hash(k, n);
	struct slot *s;

	if ((t->n + 1) * 4 > t->cap * 3)
		rehash(t, &wl->keys);
	s = find(t, &wl->keys, k, n, h);
	if (!s->used) {
		s->used = 1;
		s->hash = h;
		s->keyoff = wl->keys.len;
		s->keylen = n;
		s->e.str = empty;
		wk_buf_add(&wl->keys, k, n);
		t->n++;
	}
	return s;
}

struct wk_wl *
wk_wl_new(void)
{
	return wk_xcalloc(1, sizeof(struct wk_wl));
}

static void
table_free(struct table *t, int strs)
{
	size_t i;

	for (i = 0; strs && i < t->cap; i++)
		if (t->v[i].used && t->v[i].e.str != empty)
			free((char *)t->v[i].e.str);
	free(t->v);
}

void
wk_wl_free(struct wk_wl *wl)
{
	if (wl == NULL)
		return;
	table_free(&wl->words, 1);
	table_free(&wl->firsts, 0);
	wk_buf_free(&wl->keys);
	free(wl);
}

void
wk_wl_add(struct wk_wl *wl, const char *s, size_t n, uint32_t val,
    const char *str, size_t strn)
{
	struct slot *sl;
	size_t ntok;

	wk_tokenize(s, n, &etoks);
	ntok = etoks.n ? etoks.n : 1;
	wk_fold(s, n, &key2);
	sl = insert(wl, &wl->words, key2.p, key2.len);
	if (sl->e.str != empty)
		free((char *)sl->e.str);
	sl->e.val = val;
	sl->e.str = str != NULL && strn > 0 ? wk_xstrndup(str, strn) : empty;
	sl->e.ntok = ntok;
	if (ntok > wl->maxtok)
		wl->maxtok = ntok;
	if (ntok > 1) {
		wk_fold(s + etoks.v[0].start, etoks.v[0].end - etoks.v[0].start,
		    &key2);
		insert(wl, &wl->firsts, key2.p, key2.len);
	}
}

int
wk_wl_load(struct wk_wl *wl, const char *p, size_t len, const char *name,
    uint32_t val)
{
	const char *end = p + len, *nl, *tab, *e, *s;
	unsigned long line = 0;
	size_t n;

	for (; p < end; p = nl + 1) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		for (s = p; s < p + n && (*s == ' ' || *s == '\t'); s++)
			;
		if (s == p + n || *p == '#')
			continue;	/* blank or a comment */
		tab = memchr(p, '\t', n);
		e = tab ? tab : p + n;
		for (s = p; s < e && (*s == ' ' || *s == '\t'); s++)
			;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e == s) {
			wk_error(name, line, "empty entry");
			return -1;
		}
		if (tab != NULL)
			wk_wl_add(wl, s, (size_t)(e - s), val, tab + 1,
			    (size_t)(p + n - tab - 1));
		else
			wk_wl_add(wl, s, (size_t)(e - s), val, NULL, 0);
	}
	return 0;
}

void
wk_wl_load_data(struct wk_wl *wl, const char *dataname, uint32_t val)
{
	const struct wk_blob *b = wk_data_must(dataname);

	if (wk_wl_load(wl, b->p, b->len, dataname, val) != 0)
		wk_fatal("embedded list %s is malformed", dataname);
}

int
wk_wl_load_file(struct wk_wl *wl, const char *path, uint32_t val)
{
	struct wk_buf b = { 0 };
	char tmp[65536];
	size_t n;
	FILE *f;
	int rc;

	if ((f = fopen(path, "r")) == NULL) {
		wk_error(path, 0, "%s", strerror(errno));
		return -1;
	}
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		wk_buf_add(&b, tmp, n);
	if (ferror(f)) {
		wk_error(path, 0, "read error");
		fclose(f);
		wk_buf_free(&b);
		return -1;
	}
	fclose(f);
	rc = wk_wl_load(wl, b.p, b.len, path, val);
	wk_buf_free(&b);
	return rc;
}

const struct wk_wlent *
wk_wl_get(const struct wk_wl *wl, const char *s, size_t n)
{
	const struct slot *sl;

	wk_fold(s, n, &key);
	sl = find(&wl->words, &wl->keys, key.p, key.len,
	    hash(key.p, key.len));
	return sl != NULL && sl->used ? &sl->e : NULL;
}

const struct wk_wlent *
wk_wl_longest(const struct wk_wl *wl, const char *text,
    const struct wk_tok *toks, size_t ntoks, size_t i)
{
	const struct wk_wlent *e;
	const struct slot *sl;
	size_t n, max = wl->maxtok;

	if (i >= ntoks)
		return NULL;
	if (max > ntoks - i)
		max = ntoks - i;
	if (max > 1) {
		wk_fold(text + toks[i].start, toks[i].end - toks[i].start,
		    &key);
		sl = find(&wl->firsts, &wl->keys, key.p, key.len,
		    hash(key.p, key.len));
		if (sl == NULL || !sl->used)
			max = 1;
	}
	for (n = max; n > 0; n--) {
		e = wk_wl_get(wl, text + toks[i].start,
		    toks[i + n - 1].end - toks[i].start);
		if (e != NULL) {
			matched = *e;
			matched.ntok = n;
			return &matched;
		}
	}
	return NULL;
}

size_t
wk_wl_size(const struct wk_wl *wl)
{
	return wl->words.n;
}
