#ifndef YISHI_CSYSTEM_H
#define YISHI_CSYSTEM_H

/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE), which Swift's Glibc
/// module does not expose. Returns 0, or -1 with errno set (EINVAL/ENOSYS where the file
/// system or kernel cannot exchange).
int yishi_exchange(const char *a, const char *b);

/// Marks the folder at `path` as the top of unrelated folder trees (`chattr +T`: the
/// FS_TOPDIR_FL attribute, set through the FS_IOC_SETFLAGS ioctl that Swift's Glibc module
/// does not expose), so that ext4 places each new folder in it in its own, least used part of
/// the disk rather than beside its parent. Returns 0, or -1 with errno set where the file
/// system has no such attribute.
int yishi_spread_subfolders(const char *path);

/// Asks the C library to grow each thread's heap by at least `bytes` at a time (glibc's
/// M_TOP_PAD), and to serve blocks up to 32 MB from its heaps rather than from mappings of
/// their own (M_MMAP_THRESHOLD). Returns 1 when it took both, 0 otherwise.
int yishi_heap_step(int bytes);

#endif
