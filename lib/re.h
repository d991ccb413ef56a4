/*
 * re.h - PCRE2 compiled once with JIT, UTF and MATCH_INVALID_UTF, with its
 * own reused match data. A pattern that does not compile is a fatal error
 * whose message quotes the pattern. Not thread-safe (one match data per
 * regex), which the single-threaded programs do not need.
 */
#ifndef WK_RE_H
#define WK_RE_H

#include <stddef.h>
#include <stdint.h>

struct wk_re;

/* flags: PCRE2 compile options added to UTF|MATCH_INVALID_UTF|UCP */
struct wk_re	*wk_re_compile(const char *pattern, uint32_t flags);
void		 wk_re_free(struct wk_re *);
/*
 * Match s[0..n) from offset start. Returns the number of pairs set in ov
 * (at most novpairs), 0 for no match. ov[2*i], ov[2*i+1] are the bounds of
 * group i; an unset group has both set to (size_t)-1.
 */
int		 wk_re_match(struct wk_re *, const char *s, size_t n,
		    size_t start, size_t *ov, int novpairs);

#endif
