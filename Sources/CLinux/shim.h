#ifndef LOTSE_CLINUX_SHIM_H
#define LOTSE_CLINUX_SHIM_H
/*
 * Linux calls that glibc declares only under _GNU_SOURCE, which Swift's Glibc module is
 * not built with. They are what a daemon needs to hand nothing to its children by
 * accident: descriptors created close-on-exec in the same call (no window in which
 * another thread's spawn inherits them), and a spawn that closes every other descriptor.
 * Declared here exactly as in glibc's headers (glibc 2.34 or newer: Debian 12 has 2.36).
 */
#include <spawn.h>
#include <sys/socket.h>

int pipe2(int pipefd[2], int flags);
int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

#endif
