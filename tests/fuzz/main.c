/*
 * main.c - runs a fuzz harness without libFuzzer: each argument is a file
 * given once to LLVMFuzzerTestOneInput. regress.sh links it with each
 * harness so that crash inputs kept under regress/ stay tests for any
 * compiler, sanitizers or not.
 */
#include <errno.h>
#include <string.h>

#include "fuzz.h"

static int
run_file(const char *path)
{
	FILE *fp;
	char *p = NULL;
	size_t n = 0, cap = 0, r;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "fuzz: %s: %s\n", path, strerror(errno));
		return 1;
	}
	do {
		if (n == cap && (p = realloc(p, cap = cap * 2 + 4096)) == NULL)
			abort();
		r = fread(p + n, 1, cap - n, fp);
		n += r;
	} while (r > 0);
	if (ferror(fp)) {
		fprintf(stderr, "fuzz: %s: read error\n", path);
		fclose(fp);
		free(p);
		return 1;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput((const uint8_t *)p, n);
	free(p);
	return 0;
}

int
main(int argc, char **argv)
{
	int i, bad = 0;

	for (i = 1; i < argc; i++)
		bad |= run_file(argv[i]);
	return bad;
}
