/*
 * fold.h - match keys: NFC, case-folded, curly apostrophes made straight,
 * white space runs made one space. Used for every word list, gazetteer and
 * cue lookup so that Zelenskyy, ZELENSKYY and a decomposed e-acute match.
 * The result is written into a reused buffer: no allocation per call once
 * the buffer has grown. Invalid bytes fold to U+FFFD.
 */
#ifndef WK_FOLD_H
#define WK_FOLD_H

#include <stddef.h>
#include "buf.h"

/* Replaces out's contents with the key of s[0..n); returns out->p. */
const char	*wk_fold(const char *s, size_t n, struct wk_buf *out);

#endif
