import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends a big build's output to the disk as it is written, and lets the kernel drop it from
/// memory, so that a site of several gigabytes does not sit in memory whole as unwritten pages.
///
/// A build that writes no more than `keep` bytes leaves its files in the page cache as usual.
/// Once it writes more, its files so far, and after them every `batch` bytes of new files,
/// are written out with one `syncfs(2)` on a thread of its own (one request queue for the whole
/// batch; a flush per file costs a round trip to the disk each), then dropped with
/// `posix_fadvise(POSIX_FADV_DONTNEED)`. The pages freed that way are the ones the next files,
/// and the build's own growing memory, are put in. The first files go too: the kernel would
/// write them out during so long a build anyway, and kept they are half a gigabyte of memory
/// the rest of the build cannot use.
///
/// Why: on this project's virtual machine, memory left unused for a while goes back to the
/// host, and taking it again costs about 3 s per GiB (README, Performance). A 100 000-meeting
/// build writes 4.7 GB, and every byte of it went into such memory: 9–11 s of system time
/// less with this. Writing out costs time of its own, so a site that fits in the memory the
/// machine keeps at hand is left alone: at 10 000 meetings (0.43 GB) starting at 128 MiB made
/// the build slower, 3.35–4.24 s against 3.07–3.44 s.
final class WriteBack: @unchecked Sendable {
    /// When to start and how much to write out at once.
    struct Limits: Sendable {
        /// Bytes of output a build may leave in memory: past them, write-back starts.
        var keep: Int
        /// Bytes of new files written out together.
        var batch: Int

        static let standard = Limits(keep: 512 << 20, batch: 64 << 20)
    }

    private let limits: Limits
    private let root: Int32
    private let lock = NSLock()
    private var total = 0
    private var pending: [String] = []
    private var pendingBytes = 0
    private let queue = DispatchQueue(label: "yishi.write-back")

    /// `staging`: the folder the files are written in. Its descriptor is kept, so that a batch
    /// still being written out once the folder has been renamed into place finds its files.
    init?(staging: String, limits: Limits) {
        self.limits = limits
        root = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
    }

    deinit { close(root) }

    /// A file of `bytes` bytes was just created at `path` (relative to the staging folder).
    func wrote(_ path: String, bytes: Int) {
        let ready: [String]? = lock.withLock {
            total += bytes
            pending.append(path)
            pendingBytes += bytes
            guard total > limits.keep, pendingBytes >= limits.batch else { return nil }
            defer { pending = []; pendingBytes = 0 }
            return pending
        }
        guard let ready else { return }
        // Not waited for by `publish`: a batch still under way when the build ends is left to
        // the kernel, which writes everything out in its own time anyway.
        queue.async { [self] in
            yishi_syncfs(root)
            for path in ready {
                let fd = openat(root, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                guard fd >= 0 else { continue }
                posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
                close(fd)
            }
        }
    }

    /// Waits for the batches handed over so far (for tests).
    func drain() { queue.sync {} }
}
