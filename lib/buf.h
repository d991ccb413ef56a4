/*
 * buf.h - growable byte buffers and checked allocation.
 *
 * Allocation failure is fatal (exit status 2, "out of memory"): every
 * caller may assume success. Buffers are reused across records; wk_buf_reset
 * keeps the capacity.
 */
#ifndef WK_BUF_H
#define WK_BUF_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct wk_buf {
	char	*p;
	size_t	 len, cap;
};

void	*wk_xmalloc(size_t);
void	*wk_xcalloc(size_t, size_t);
void	*wk_xrealloc(void *, size_t, size_t);	/* nmemb, size: overflow checked */
char	*wk_xstrndup(const char *, size_t);

void	 wk_buf_grow(struct wk_buf *, size_t need);	/* room for need more */
void	 wk_buf_add(struct wk_buf *, const void *, size_t);
void	 wk_buf_addc(struct wk_buf *, int);
void	 wk_buf_free(struct wk_buf *);
#define	 wk_buf_reset(b)	((b)->len = 0)

/*
 * A typed growable vector: WK_VEC(struct wk_span) spans; WK_VEC_PUSH(&v)
 * returns a pointer to a new zeroed slot.
 */
#define WK_VEC(T)	struct { T *v; size_t n, cap; }
#define WK_VEC_PUSH(vec) \
	((vec)->n == (vec)->cap ? \
	    ((vec)->v = wk_xrealloc((vec)->v, \
	    (vec)->cap = (vec)->cap ? (vec)->cap * 2 : 64, sizeof(*(vec)->v))) : 0, \
	    (void)memset(&(vec)->v[(vec)->n], 0, sizeof(*(vec)->v)), \
	    &(vec)->v[(vec)->n++])
#define WK_VEC_FREE(vec) \
	(free((vec)->v), (vec)->v = NULL, (vec)->n = (vec)->cap = 0)

#endif
