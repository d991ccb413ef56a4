/*
 * out.h - rows out: one buffered writer for stdout.
 *
 * Text fields are TSV-escaped and made valid UTF-8 (each invalid byte
 * becomes U+FFFD and is counted for the one warning per run). Writes are
 * checked: EPIPE exits quietly with status 2, any other error is a message
 * and exit status 2. wk_out_offset prints an offset in the unit chosen by
 * --offsets, adding the record's base.
 */
#ifndef WK_OUT_H
#define WK_OUT_H

#include <stddef.h>
#include <stdint.h>

struct wk_rec;

void	wk_out_init(int line_buffered, int char_offsets);
void	wk_out_raw(const char *, size_t);	/* bytes, as they are */
void	wk_out_str(const char *);		/* a C string, as it is */
void	wk_out_tab(void);
void	wk_out_uint(uint64_t);
void	wk_out_int(int64_t);
void	wk_out_field(const char *, size_t);	/* escaped and repaired */
void	wk_out_keys(const struct wk_rec *);	/* the keys and a tab */
void	wk_out_offset(const struct wk_rec *, size_t off);
void	wk_out_eol(void);			/* ends a row */
void	wk_out_record_done(void);		/* flushes if line-buffered */
void	wk_out_flush(void);
void	wk_out_close(void);	/* flush, fclose(stdout), warn on repairs */

#endif
