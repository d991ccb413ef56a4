/* tutil.c - see tutil.h. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "msg.h"
#include "tutil.h"

static int		 saved_fd = -1;
static const char	*saved_name;
static int		 saved_quiet, saved_status;

void
stderr_off(void)
{
	int fd = open("/dev/null", O_WRONLY);

	fflush(stderr);
	saved_fd = dup(2);
	if (fd >= 0) {
		dup2(fd, 2);
		close(fd);
	}
	saved_name = wk_progname;
	saved_quiet = wk_quiet;
	saved_status = wk_status;
}

void
stderr_on(void)
{
	if (saved_fd >= 0) {
		fflush(stderr);
		dup2(saved_fd, 2);
		close(saved_fd);
		saved_fd = -1;
	}
	wk_progname = saved_name;
	wk_quiet = saved_quiet;
	wk_status = saved_status;
}
