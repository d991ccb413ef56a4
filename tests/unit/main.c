/* main.c - runs every registered unit test; see t.h. */
#include <stdarg.h>
#include <stdlib.h>

#include "t.h"

static struct t_case	*cases;
static int		 failed_checks;

void
t_register(struct t_case *c)
{
	c->next = cases;
	cases = c;
}

void
t_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	failed_checks++;
}

int
main(int argc, char **argv)
{
	struct t_case *c, *rev = NULL, *next;
	int pass = 0, fail = 0, before;

	for (c = cases; c != NULL; c = next) {	/* run in file order */
		next = c->next;
		c->next = rev;
		rev = c;
	}
	for (c = rev; c != NULL; c = c->next) {
		if (argc > 1 && strstr(c->name, argv[1]) == NULL)
			continue;
		before = failed_checks;
		c->fn();
		if (failed_checks == before)
			pass++;
		else {
			fprintf(stderr, "FAIL %s (%s)\n", c->name, c->file);
			fail++;
		}
	}
	printf("unit: %d passed, %d failed\n", pass, fail);
	return fail ? 1 : 0;
}
