import Foundation

/// A file written in pieces under a temporary name and put in place whole when complete, or
/// not at all: the build caches are tens of megabytes, and saved a megabyte at a time they
/// never sit in memory whole while the pages that run beside the saving need it.
public final class AtomicFile {
    private let path: String
    private let temp: String
    private var fd: Int32
    private var failed = false

    /// Nil when the temporary file cannot be made (its folder is made if missing).
    public init?(_ url: URL) {
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
        }
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
