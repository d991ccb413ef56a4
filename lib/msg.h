/*
 * msg.h - diagnostics in the one format every program uses:
 *	prog: path:line: message
 * (path and line are left out when unknown). wk_error records that some
 * input was skipped, so the program exits 1 at the end; wk_fatal exits 2.
 * Warnings are silenced by -q.
 */
#ifndef WK_MSG_H
#define WK_MSG_H

extern const char	*wk_progname;
extern int		 wk_quiet;
extern int		 wk_status;	/* exit status so far: 0 or 1 */

void	wk_warn(const char *path, unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	wk_error(const char *path, unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	wk_fatal(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	wk_usage_error(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
