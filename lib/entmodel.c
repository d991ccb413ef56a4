/*
 * entmodel.c - the model file of entmodel.h: writing (after training),
 * and checked reading, byte by byte, so the host's byte order does not
 * matter. The weights are copied into cache-line rows for the tagger.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entfeat.h"
#include "entgaz.h"
#include "entmodel.h"
#include "msg.h"

#define MAGIC	"WKENTMDL"
#define HDR	(8 + 4 * 5 + 4)
#define TRANS	(4 * (WK_NTAG + 1) * WK_NTAG)

static uint32_t
get32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

static void
put32(struct wk_buf *b, uint32_t v)
{
	unsigned char p[4] = { v, v >> 8, v >> 16, v >> 24 };

	wk_buf_add(b, p, 4);
}

static float
getf(const unsigned char *p)
{
	uint32_t u = get32(p);
	float f;

	memcpy(&f, &u, 4);
	return f;
}

static void
putf(struct wk_buf *b, float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	put32(b, u);
}

uint32_t
wk_entmodel_gazsum(const char *p, size_t len)
{
	uint32_t h = 2166136261u;

	while (len-- > 0)
		h = (h ^ (unsigned char)*p++) * 16777619u;
	return h;
}

void
wk_entmodel_write(struct wk_buf *out, unsigned nbits,
    const float (*trans)[WK_NTAG], const float *w, uint32_t gazsum)
{
	size_t i, nw = ((size_t)1 << nbits) * WK_NTAG;
	float max = 0, scale;
	int a, b;

	for (i = 0; i < nw; i++)
		if (fabsf(w[i]) > max)
			max = fabsf(w[i]);
	scale = max > 0 ? 32767 / max : 1;
	wk_buf_add(out, MAGIC, 8);
	put32(out, WK_ENTMODEL_VERSION);
	put32(out, WK_NTAG);
	put32(out, nbits);
	put32(out, WK_ENTFEAT_VERSION);
	put32(out, gazsum);
	putf(out, scale);
	for (a = 0; a <= WK_NTAG; a++)
		for (b = 0; b < WK_NTAG; b++)
			putf(out, trans[a][b]);
	for (i = 0; i < nw; i++) {
		long q = lroundf(w[i] * scale);
		unsigned char p[2] = { (unsigned char)q,
		    (unsigned char)((unsigned long)q >> 8) };
		wk_buf_add(out, p, 2);
	}
}

static const char *
check(const unsigned char *p, size_t len, uint32_t gazsum)
{
	uint32_t nbits;

	if (len < HDR || memcmp(p, MAGIC, 8) != 0)
		return "not a wk-ent model";
	if (get32(p + 8) != WK_ENTMODEL_VERSION)
		return "unsupported model version";
	nbits = get32(p + 16);
	if (get32(p + 12) != WK_NTAG || nbits < 8 || nbits > 26)
		return "bad model header";
	if (get32(p + 20) != WK_ENTFEAT_VERSION)
		return "model made for other features: retrain it";
	if (get32(p + 24) != gazsum)
		return "model made with another gazetteer: retrain it";
	if (len != HDR + TRANS + ((size_t)2 << nbits) * WK_NTAG)
		return "model file truncated or too long";
	return NULL;
}

struct wk_entmodel *
wk_entmodel_read(const char *p, size_t len, const char *name, uint32_t gazsum)
{
	const unsigned char *u = (const unsigned char *)p;
	struct wk_entmodel *m;
	const char *why;
	size_t i, nw;
	int a, b;


	if ((why = check(u, len, gazsum)) != NULL) {
		wk_error(name, 0, "%s", why);
		return NULL;
	}
	m = wk_xcalloc(1, sizeof(*m));
	m->nbits = get32(u + 16);
	m->scale = getf(u + 28);
	if (!(m->scale > 0) || !isfinite(m->scale)) {
		wk_error(name, 0, "bad model scale");
		free(m);
		return NULL;
	}
	for (a = 0; a <= WK_NTAG; a++)
		for (b = 0; b < WK_NTAG; b++)
			m->trans[a][b] = getf(u + HDR + 4 * (a * WK_NTAG + b));
	u += HDR + TRANS;
	nw = ((size_t)1 << m->nbits) * WK_NTAG;
	m->rows = aligned_alloc(64, ((size_t)1 << m->nbits) * sizeof(*m->rows));
	if (m->rows == NULL)
		wk_fatal("out of memory");
	memset(m->rows, 0, ((size_t)1 << m->nbits) * sizeof(*m->rows));
	for (i = 0; i < nw / WK_NTAG; i++)
		for (a = 0; a < WK_NTAG; a++, u += 2)
			m->rows[i].w[a] = (int16_t)(u[0] | u[1] << 8);
	return m;
}

void
wk_entmodel_free(struct wk_entmodel *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->texts.n; i++)
		free(m->texts.v[i]);
	free(m->texts.v);
	wk_gaz_free(m->user);
	free(m->rows);
	free(m);
}
