/*
 * data.h - files under lib/data/ embedded at build time (tools/embed.sh
 * writes an assembler file that .incbin's each one). Names are paths
 * relative to lib/data/, e.g. "abbrev.txt". Each blob is followed by a NUL
 * byte that len does not count, so text data may be used as a C string.
 */
#ifndef WK_DATA_H
#define WK_DATA_H

#include <stddef.h>

struct wk_blob {
	const char	*name;
	const char	*p;
	size_t		 len;
};

/* NULL if no such file was embedded. */
const struct wk_blob	*wk_data(const char *name);
/* Like wk_data, but a missing blob is a fatal (build) error. */
const struct wk_blob	*wk_data_must(const char *name);
extern const struct wk_blob	wk_blobs[];	/* ends with name == NULL */

#endif
