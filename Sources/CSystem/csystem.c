#define _GNU_SOURCE
#include "csystem.h"
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int yishi_exchange(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a; (void)b;
    return -1;
#endif
}

int yishi_rename_noreplace(const char *from, const char *to) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

int yishi_spread_subfolders(const char *path) {
#if defined(FS_IOC_GETFLAGS) && defined(FS_IOC_SETFLAGS) && defined(FS_TOPDIR_FL)
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    /* The kernel reads and writes an int here, whatever the ioctl number says. */
    int flags = 0;
    int result = ioctl(fd, FS_IOC_GETFLAGS, &flags);
    if (result == 0 && !(flags & FS_TOPDIR_FL)) {
        flags |= FS_TOPDIR_FL;
        result = ioctl(fd, FS_IOC_SETFLAGS, &flags);
    }
    close(fd);
    return result == 0 ? 0 : -1;
#else
    (void)path;
    return -1;
#endif
}

int yishi_syncfs(int fd) {
    return syncfs(fd);
}

int yishi_write_out(int fd, long long start, long long length, int wait) {
    if (!wait) return sync_file_range(fd, start, length, SYNC_FILE_RANGE_WRITE);
    if (sync_file_range(fd, start, length, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER) != 0) return -1;
    return posix_fadvise(fd, start, length, POSIX_FADV_DONTNEED) == 0 ? 0 : -1;
}

long long yishi_read_in_memory(int fd, void *buffer, long long length) {
#ifdef RWF_NOWAIT
    struct iovec part = { buffer, (size_t)length };
    /* Offset -1: from the file's position, which the ordinary reads after it go on from. */
    ssize_t n = preadv2(fd, &part, 1, -1, RWF_NOWAIT);
    if (n < 0 && errno == EAGAIN) {
        posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        errno = EAGAIN;
    }
    return n;
#else
    (void)fd; (void)buffer; (void)length;
    errno = ENOSYS;
    return -1;
#endif
}
