#include <stdio.h>
#include <signal.h>
#include <sys/select.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Waits until fd is readable, with `mask` as the signal mask while waiting (pselect), so a
   signal blocked outside the wait cannot slip in between a check and the wait. */
static inline int crl_wait_readable(int fd, const sigset_t *mask) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    return pselect(fd + 1, &set, NULL, NULL, NULL, mask);
}
