/*
 * tutil.h - helpers shared by the unit tests beyond t.h: expected error
 * messages are sent to /dev/null between stderr_off and stderr_on, and
 * the library's message state (program name, quiet, status) is put back.
 */
#ifndef TUTIL_H
#define TUTIL_H

void	stderr_off(void);
void	stderr_on(void);

#endif
