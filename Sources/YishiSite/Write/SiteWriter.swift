import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: publishes a complete set of files as `output/`, atomically.
///
/// The new site is prepared in a staging folder beside `output/`; files whose bytes did not
/// change are hard-linked from the current site instead of written again (creating a file
/// costs far more than a link on these disks, DESIGN §7), and the two folders are swapped
/// with one `renameat2(RENAME_EXCHANGE)`. A build that fails or is killed before the swap
/// leaves `output/` exactly as it was; its leftover staging folder is removed next time.
public struct SiteWriter {
    public let output: URL
    public var staging: URL { output.deletingLastPathComponent().appendingPathComponent(".yishi-staging") }

    public init(output: URL) { self.output = output.standardizedFileURL }

    public struct Summary: Equatable, Sendable {
        public var written = 0
        public var reused = 0
    }

    /// Publishes `files` (relative path → text, written as UTF-8) as the whole of `output/`. `finish` runs on the
    /// complete staging folder just before the swap (the search index is built there).
    @discardableResult
    public func publish(_ files: [String: String], finish: ((URL) throws -> Void)? = nil) throws -> Summary {
        let fm = FileManager.default
        let paths = files.keys.sorted()
        if let bad = paths.first(where: { !SiteWriter.isSafe($0) }) { throw WriteError.unsafePath(bad) }
        if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        // Folders first, one by one; then the files on every core: creating a file is mostly
        // kernel time, which two cores halve.
        let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        for folder in folders.sorted() {
            try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let counts = WriteCounts()
        let outputPath = output.path, stagingPath = staging.path
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let path = paths[i]
            var text = files[path]!
            let target = stagingPath + "/" + path
            let current = outputPath + "/" + path
            // Native strings are UTF-8 already: write their bytes without a copy.
            text.withUTF8 { bytes in
                let raw = UnsafeRawBufferPointer(bytes)
                if SiteWriter.same(current, raw), link(current, target) == 0 {
                    counts.add(reused: 1)
                } else if SiteWriter.write(raw, to: target) {
                    counts.add(written: 1)
                } else {
                    counts.fail(path)
                }
            }
        }
        if let failed = counts.failed { throw WriteError.cannotWrite(failed) }
        let summary = Summary(written: counts.written, reused: counts.reused)
        try finish?(staging)
        try swapIn()
        return summary
    }

    /// Puts the staging folder in place of `output/` in one step, then removes the old site.
    private func swapIn() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            if yishi_exchange(staging.path, output.path) != 0 {
                // No RENAME_EXCHANGE (an old kernel or another file system): two renames,
                // with the old site kept aside until the new one is in place.
                let aside = output.deletingLastPathComponent().appendingPathComponent(".yishi-previous")
                if fm.fileExists(atPath: aside.path) { try fm.removeItem(at: aside) }
                try fm.moveItem(at: output, to: aside)
                try fm.moveItem(at: staging, to: output)
                try? fm.removeItem(at: aside)
                return
            }
            try fm.removeItem(at: staging)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }

    /// Whether the file at `path` holds exactly `bytes` (the size is checked first).
    static func same(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, Int(st.st_size) == bytes.count else { return false }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, bytes.count - done) }
            if n <= 0 { return false }
            done += n
        }
        return buffer.elementsEqual(bytes)
    }

    /// Creates `path` with `bytes` (one open, one write, one close).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Relative, no `..`, no empty or hidden components, no backslash or NUL.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { c in
            !c.isEmpty && c != "." && c != ".." && !c.hasPrefix(".")
        }
    }

    /// Counts shared by the writing threads.
    final class WriteCounts: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var written = 0, reused = 0
        private(set) var failed: String?

        func add(written w: Int = 0, reused r: Int = 0) { lock.lock(); written += w; reused += r; lock.unlock() }
        func fail(_ path: String) { lock.lock(); if failed == nil { failed = path }; lock.unlock() }
    }

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .unsafePath(let p): return "refused to write outside the site folder: \(p)"
            case .cannotWrite(let p): return "cannot write \(p)"
            }
        }
    }
}
