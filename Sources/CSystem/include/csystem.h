#ifndef YISHI_CSYSTEM_H
#define YISHI_CSYSTEM_H

/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE), which Swift's Glibc
/// module does not expose. Returns 0, or -1 with errno set (EINVAL/ENOSYS where the file
/// system or kernel cannot exchange).
int yishi_exchange(const char *a, const char *b);

#endif
