/*
 * t.h - the unit-test runner: no framework, no dependency. A test is
 *	TEST(name) { CHECK(x == 1); CHECK_STREQ(a, b); CHECK_MEMEQ(p, n, "s"); }
 * in any tests/unit/ C file; it registers itself before main runs. main.c
 * runs them all and prints "N passed, N failed" (a test passes when none
 * of its checks fails).
 */
#ifndef T_H
#define T_H

#include <stdio.h>
#include <string.h>

struct t_case {
	const char	*name, *file;
	void		(*fn)(void);
	struct t_case	*next;
};

void	t_register(struct t_case *);
void	t_fail(const char *file, int line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

#define TEST(name) \
	static void t_fn_##name(void); \
	static struct t_case t_case_##name = { #name, __FILE__, t_fn_##name, 0 }; \
	__attribute__((constructor)) static void t_reg_##name(void) \
	{ t_register(&t_case_##name); } \
	static void t_fn_##name(void)

#define CHECK(c) do { if (!(c)) t_fail(__FILE__, __LINE__, "%s", #c); } while (0)
#define CHECK_INTEQ(a, b) do { long long t_a = (a), t_b = (b); \
	if (t_a != t_b) t_fail(__FILE__, __LINE__, "%s == %lld, want %lld", \
	    #a, t_a, t_b); } while (0)
#define CHECK_STREQ(a, b) do { const char *t_a = (a), *t_b = (b); \
	if (strcmp(t_a, t_b) != 0) t_fail(__FILE__, __LINE__, \
	    "%s == \"%s\", want \"%s\"", #a, t_a, t_b); } while (0)
/* p[0..n) equals the C string s */
#define CHECK_MEMEQ(p, n, s) do { size_t t_n = (n); const char *t_s = (s); \
	if (t_n != strlen(t_s) || memcmp((p), t_s, t_n) != 0) \
	    t_fail(__FILE__, __LINE__, "%s == \"%.*s\", want \"%s\"", #p, \
	    (int)t_n, (const char *)(p), t_s); } while (0)

#endif
