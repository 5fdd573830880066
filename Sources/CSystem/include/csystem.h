#ifndef YISHI_CSYSTEM_H
#define YISHI_CSYSTEM_H

/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE), which Swift's Glibc
/// module does not expose. Returns 0, or -1 with errno set (EINVAL/ENOSYS where the file
/// system or kernel cannot exchange).
int yishi_exchange(const char *a, const char *b);

/// Renames `from` to `to` unless `to` exists (renameat2 with RENAME_NOREPLACE): plain
/// rename(2) silently replaces an existing file or empty folder. Returns 0, or -1 with errno
/// set (EEXIST when `to` exists; EINVAL/ENOSYS where the file system or kernel cannot).
int yishi_rename_noreplace(const char *from, const char *to);

/// Marks the folder at `path` as the top of unrelated folder trees (`chattr +T`: the
/// FS_TOPDIR_FL attribute, set through the FS_IOC_SETFLAGS ioctl that Swift's Glibc module
/// does not expose), so that ext4 places each new folder in it in its own, least used part of
/// the disk rather than beside its parent. Returns 0, or -1 with errno set where the file
/// system has no such attribute.
int yishi_spread_subfolders(const char *path);

/// Writes out every unwritten page of the file system that holds the open file `fd`
/// (syncfs(2), which needs _GNU_SOURCE). Returns 0, or -1 with errno set.
int yishi_syncfs(int fd);

/// Sends bytes `start` ..< `start + length` of the open file `fd` to the disk
/// (sync_file_range(2), which needs _GNU_SOURCE): with `wait` 0 only starts writing them;
/// otherwise waits until they are written and drops them from the page cache
/// (posix_fadvise POSIX_FADV_DONTNEED). Returns 0, or -1 with errno set.
int yishi_write_out(int fd, long long start, long long length, int wait);

/// Reads up to `length` bytes of the open file `fd`, from its position, only as far as they
/// are already in memory (preadv2(2) with RWF_NOWAIT, which needs _GNU_SOURCE). Returns the
/// count read, which may be short of what the file holds; or -1 with errno EAGAIN when none
/// is in memory, having asked the kernel to start loading the file (POSIX_FADV_WILLNEED);
/// or -1 with another errno (ENOSYS, EOPNOTSUPP, EINVAL where the kernel or file system
/// cannot), when the file is to be read the ordinary way.
long long yishi_read_in_memory(int fd, void *buffer, long long length);

#endif
