/* msg.c - diagnostics: "prog: path:line: message" on stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "msg.h"

const char	*wk_progname = "wirekit";
int		 wk_quiet;
int		 wk_status;

static void
vmsg(const char *path, unsigned long line, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", wk_progname);
	if (path != NULL && line > 0)
		fprintf(stderr, "%s:%lu: ", path, line);
	else if (path != NULL)
		fprintf(stderr, "%s: ", path);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
wk_warn(const char *path, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (wk_quiet)
		return;
	va_start(ap, fmt);
	vmsg(path, line, fmt, ap);
	va_end(ap);
}

void
wk_error(const char *path, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(path, line, fmt, ap);
	va_end(ap);
	wk_status = 1;
}

void
wk_fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
	exit(2);
}

void
wk_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "usage: see '%s --help'\n", wk_progname);
	exit(2);
}
