#ifndef LOTSE_CLINUX_SHIM_H
#define LOTSE_CLINUX_SHIM_H
/*
 * Linux calls that glibc declares only under _GNU_SOURCE, which Swift's Glibc module is
 * not built with. They are what a daemon needs to hand nothing to its children by
 * accident: descriptors created close-on-exec in the same call (no window in which
 * another thread's spawn inherits them), and a spawn that closes every other descriptor.
 * The prototypes match glibc's (2.34 or newer; Debian 12 has 2.36) with the structure
 * pointers as void *, so this header includes no system header: the types stay those of
 * Swift's Glibc module.
 */
int pipe2(int pipefd[2], int flags);
int accept4(int sockfd, void *addr, unsigned int *addrlen, int flags);
int posix_spawn_file_actions_addclosefrom_np(void *actions, int from);

#endif
