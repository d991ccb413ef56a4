/*
 * tsv.h - the TSV text-field convention of jq @tsv, Miller and PostgreSQL
 * COPY: \\ \t \n \r are the only escapes, any other backslash is literal.
 */
#ifndef WK_TSV_H
#define WK_TSV_H

#include <stddef.h>

/* Decodes in place; returns the new length. */
size_t	wk_tsv_unescape(char *s, size_t n);
/* Bytes escaped into out (room for 2n); returns bytes written. */
size_t	wk_tsv_escape(const char *s, size_t n, char *out);

#endif
