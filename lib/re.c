/* re.c - PCRE2 with JIT and reused match data; see re.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

#include "buf.h"
#include "msg.h"
#include "re.h"

struct wk_re {
	pcre2_code		*code;
	pcre2_match_data	*md;
};

struct wk_re *
wk_re_compile(const char *pattern, uint32_t flags)
{
	struct wk_re *re;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	int err;

	re = wk_xcalloc(1, sizeof(*re));
	re->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_UCP | flags,
	    &err, &erroff, NULL);
	if (re->code == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		wk_fatal("regex /%s/ at offset %zu: %s", pattern,
		    (size_t)erroff, (char *)msg);
	}
	/* JIT is an optimisation: where it is unavailable, interpret */
	(void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
	if ((re->md = pcre2_match_data_create_from_pattern(re->code,
	    NULL)) == NULL)
		wk_fatal("out of memory");
	return re;
}

void
wk_re_free(struct wk_re *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
	free(re);
}

int
wk_re_match(struct wk_re *re, const char *s, size_t n, size_t start,
    size_t *ov, int novpairs)
{
	PCRE2_SIZE *v;
	int rc, i;

	rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, start, 0, re->md, NULL);
	/* a pathological text that exhausts a limit simply does not match */
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_MATCHLIMIT ||
	    rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
		return 0;
	if (rc < 0) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(rc, msg, sizeof(msg));
		wk_fatal("regex match: %s", (char *)msg);
	}
	if (rc == 0 || rc > novpairs)
		rc = novpairs;
	v = pcre2_get_ovector_pointer(re->md);
	for (i = 0; i < rc; i++) {
		ov[2 * i] = v[2 * i] == PCRE2_UNSET ? (size_t)-1 : v[2 * i];
		ov[2 * i + 1] = v[2 * i + 1] == PCRE2_UNSET ?
		    (size_t)-1 : v[2 * i + 1];
	}
	return rc;
}
