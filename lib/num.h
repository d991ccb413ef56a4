/*
 * num.h - the numbers and dates engine of wk-num: finds cardinals,
 * ordinals, percentages, money, quantities, dates, times, durations and
 * sets in English news text and normalizes their values (DESIGN.md).
 *
 * Pure: wk_num_find takes a text and options and fills spans; it never
 * reads a file or prints. wk_num_init loads the embedded word lists once
 * (a bad list is a fatal build error). Spans are in text order and never
 * overlap. A value that cannot be written exactly (too many digits) is
 * left empty. Relative dates need a reference date: opts->have_ref, or,
 * with opts->dateline set, a dateline at the start of the text.
 */
#ifndef WK_NUM_H
#define WK_NUM_H

#include <stddef.h>
#include <stdint.h>

enum wk_numtype {
	WK_N_CARDINAL, WK_N_ORDINAL, WK_N_PERCENT, WK_N_MONEY, WK_N_QUANTITY,
	WK_N_DATE, WK_N_TIME, WK_N_DURATION, WK_N_SET
};

enum wk_nummod {
	WK_M_NONE, WK_M_APPROX, WK_M_MORE_THAN, WK_M_LESS_THAN,
	WK_M_EQUAL_OR_MORE, WK_M_EQUAL_OR_LESS, WK_M_BEFORE, WK_M_AFTER,
	WK_M_START, WK_M_MID, WK_M_END
};

enum wk_numorder { WK_ORDER_AUTO, WK_ORDER_DMY, WK_ORDER_MDY };

struct wk_num_opts {
	int	have_ref;		/* ref_y, ref_m, ref_d are set */
	int	ref_y, ref_m, ref_d;
	int	dateline;		/* may take the reference from a dateline */
	int	order;			/* enum wk_numorder, for 03/04/2025 */
	int	numbers;		/* every number on its own: CARDINAL and
					 * ORDINAL spans only, never a wider
					 * amount, date or time around one */
};

struct wk_numspan {
	uint32_t	start, end;	/* bytes, [start, end) */
	uint8_t		type;		/* enum wk_numtype */
	uint8_t		mod;		/* enum wk_nummod */
	char		value[64];	/* NUL-terminated, "" when unknown */
	char		unit[16];
};

struct wk_nums {
	struct wk_numspan	*v;
	size_t			 n, cap;
	int			 ref_found;	/* a dateline set the reference */
	int			 ref_y, ref_m, ref_d;
};

typedef void	 wk_num_fn(const struct wk_numspan *, void *arg);

void		 wk_num_init(void);
/*
 * Calls fn for each span in text order, in memory bounded by a slice of
 * the text, not by its length. out receives no spans, only ref_found and
 * the reference a dateline gave.
 */
void		 wk_num_scan(const char *s, size_t n,
		    const struct wk_num_opts *, wk_num_fn *fn, void *arg,
		    struct wk_nums *out);
/* The same, collecting the spans into out. */
void		 wk_num_find(const char *s, size_t n,
		    const struct wk_num_opts *, struct wk_nums *out);
void		 wk_nums_free(struct wk_nums *);
const char	*wk_num_typename(int);
const char	*wk_num_modname(int);
/* "2025-03-24" or "2025-03-24T10:00..." -> 0, else -1 */
int		 wk_num_parse_date(const char *s, size_t n, int *y, int *m,
		    int *d);

#endif
