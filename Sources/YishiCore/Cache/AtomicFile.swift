import CSystem
import Foundation

/// A file written in pieces under a temporary name and put in place whole when complete, or
/// not at all: the build caches are tens of megabytes, and saved a megabyte at a time they
/// never sit in memory whole while the pages that run beside the saving need it.
public final class AtomicFile {
    private let path: String
    private let temp: String
    private var fd: Int32
    private var failed = false
    /// Bytes written so far; of them, those sent to the disk (`started`) and those also
    /// dropped from memory (`dropped`).
    private var written = 0, started = 0, dropped = 0

    /// A cache file bigger than this is sent to the disk as it is written, this much at a time,
    /// and dropped from the page cache: at 100 000 meetings the two caches are 700 MB, which
    /// would otherwise take that much fresh memory from the machine (see `WriteBack`), while
    /// a county's caches (70 MB at 10 000 meetings) stay in memory for the next build.
    public static let writeOutStep = 64 << 20
    private let step: Int

    /// Nil when the temporary file cannot be made (its folder is made if missing).
    public init?(_ url: URL, writeOutStep: Int = AtomicFile.writeOutStep) {
        step = writeOutStep
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        path = url.path
        AtomicFile.removeAbandoned(url)
        temp = path + ".yishi-new-" + String(UInt64.random(in: 1...UInt64.max), radix: 36)
        fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temp)
        }
    }

    /// How old a temporary file must be to count as abandoned: saving a cache takes seconds,
    /// and another process (the preview beside a build) may be saving the same file now.
    static let abandonedAfter: TimeInterval = 10 * 60

    /// Removes the temporary files of `url` that a killed process left: a build stopped while
    /// it saved its cache would otherwise leave one, up to the cache's size, for good.
    static func removeAbandoned(_ url: URL, olderThan age: TimeInterval = abandonedAfter) {
        let folder = url.deletingLastPathComponent().path, prefix = url.lastPathComponent + ".yishi-new-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let now = Date().timeIntervalSince1970
        for name in names where name.hasPrefix(prefix) {
            var st = stat()
            let file = folder + "/" + name
            guard lstat(file, &st) == 0, st.st_mode & S_IFMT == S_IFREG,
                  now - Double(st.st_mtim.tv_sec) > age else { continue }
            unlink(file)
        }
    }

    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, var at = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, at, left)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { failed = true; return }
            at += n
            left -= n
            written += n
        }
        guard written - started >= step else { return }
        // The step before this one was started a step ago: by now it is mostly written, and
        // waiting for it rarely waits. Then this step is started, and the writing goes on.
        if started > dropped {
            _ = yishi_write_out(fd, Int64(dropped), Int64(started - dropped), 1)
            dropped = started
        }
        _ = yishi_write_out(fd, Int64(started), Int64(written - started), 0)
        started = written
    }

    /// Puts the file in place of whatever `url` held. False (and nothing replaced) when a
    /// write failed.
    @discardableResult
    public func commit() -> Bool {
        guard fd >= 0 else { return false }
        let closed = close(fd) == 0
        fd = -1
        guard closed, !failed, rename(temp, path) == 0 else {
            unlink(temp)
            return false
        }
        return true
    }
}
