/*
 * entload.c - the tagger's data (ent.h, entmodel.h): the embedded
 * gazetteer and model, loaded once; model and gazetteer files; type names.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "data.h"
#include "ent.h"
#include "entgaz.h"
#include "entmodel.h"
#include "msg.h"

const char *const wk_ent_typename[WK_E_NTYPES] = {
	"PERSON", "ORG", "LOC", "NORP", "MISC"
};

#define GAZ_DATA	"ent/gaz.txt"
#define LOWER_DATA	"ent/lower.txt"
#define MODEL_DATA	"ent/model.bin"
#define NEWSORGS_DATA	"ent/news-orgs.txt"

/* one of the lists of the feature gazetteer; returns its checksum */
static uint32_t
featlist(struct wk_gaz *g, const char *name)
{
	const struct wk_blob *b = wk_data_must(name);

	if (wk_gaz_load(g, b->p, b->len, name, wk_gaz_letter_classes) == -1)
		wk_fatal("bad embedded gazetteer");
	return wk_entmodel_gazsum(b->p, b->len);
}

const struct wk_gaz *
wk_ent_newsorgs(void)
{
	static struct wk_gaz *g;

	if (g == NULL) {
		g = wk_gaz_new();
		featlist(g, NEWSORGS_DATA);
	}
	return g;
}

/* the gazetteer, and the common words as class L */
const struct wk_gaz *
wk_ent_featgaz(uint32_t *sum)
{
	static struct wk_gaz *g;
	static uint32_t gs;

	if (g == NULL) {
		g = wk_gaz_new();
		gs = featlist(g, GAZ_DATA);
		gs = gs * 31 + featlist(g, LOWER_DATA);
	}
	if (sum != NULL)
		*sum = gs;
	return g;
}

struct wk_entmodel *
wk_ent_default(void)
{
	static struct wk_entmodel *m;
	const struct wk_blob *b;
	uint32_t sum;

	if (m == NULL) {
		wk_ent_featgaz(&sum);
		b = wk_data_must(MODEL_DATA);
		if ((m = wk_entmodel_read(b->p, b->len, MODEL_DATA, sum)) == NULL)
			wk_fatal("bad embedded model");
	}
	return m;
}

char *
wk_ent_readfile(const char *path, size_t *len)
{
	struct wk_buf b = { 0 };
	ssize_t r;
	int fd;

	if ((fd = open(path, O_RDONLY)) == -1) {
		wk_error(path, 0, "%s", strerror(errno));
		return NULL;
	}
	for (;;) {
		wk_buf_grow(&b, 1 << 16);
		if ((r = read(fd, b.p + b.len, b.cap - b.len)) == 0)
			break;
		if (r == -1) {
			if (errno == EINTR)
				continue;
			wk_error(path, 0, "%s", strerror(errno));
			close(fd);
			wk_buf_free(&b);
			return NULL;
		}
		b.len += (size_t)r;
	}
	close(fd);
	*len = b.len;
	return b.p;
}

struct wk_entmodel *
wk_ent_load_file(const char *path)
{
	struct wk_entmodel *m;
	uint32_t sum;
	size_t len;
	char *p;

	wk_ent_featgaz(&sum);
	if ((p = wk_ent_readfile(path, &len)) == NULL)
		return NULL;
	m = wk_entmodel_read(p, len, path, sum);
	free(p);
	return m;
}

int
wk_ent_type(const char *s, size_t n)
{
	int t;

	for (t = 0; t < WK_E_NTYPES; t++)
		if (strlen(wk_ent_typename[t]) == n &&
		    memcmp(wk_ent_typename[t], s, n) == 0)
			return t;
	return -1;
}

static int
typeclass(const char *s, size_t n, uint32_t *cls)
{
	int t = wk_ent_type(s, n);

	*cls = t < 0 ? 0 : 1u << t;
	return t >= 0;
}

int
wk_ent_add_gazetteer(struct wk_entmodel *m, const char *path)
{
	size_t len;
	char *p;

	if ((p = wk_ent_readfile(path, &len)) == NULL)
		return -1;
	if (m->user == NULL)
		m->user = wk_gaz_new();
	/* kept: the entries' canonical names point into it */
	*WK_VEC_PUSH(&m->texts) = p;
	return wk_gaz_load(m->user, p, len, path, typeclass);
}
