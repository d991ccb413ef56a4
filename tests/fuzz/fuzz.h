/*
 * fuzz.h - what the libFuzzer harnesses share: the entry point's prototype
 * and the one way they report a broken invariant (abort, so libFuzzer and
 * the standalone driver both see a crash and keep the input).
 */
#ifndef WK_FUZZ_H
#define WK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_ASSERT(c) do { if (!(c)) { \
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, \
	    #c); abort(); } } while (0)

#endif
