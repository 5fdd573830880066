import CSystem
import Foundation
import YishiCore
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

    /// Publishes `files` (relative path → text, written as UTF-8) as the whole of `output/`:
    /// `begin()`, every file written on every core, `publish`. `finish` runs on the complete
    /// staging folder just before the swap (the search index is built there).
    @discardableResult
    public func publish(_ files: [String: String], finish: ((URL) throws -> Void)? = nil) throws -> Summary {
        if let bad = files.keys.sorted().first(where: { !SiteWriter.isSafe($0) }) { throw WriteError.unsafePath(bad) }
        let session = try begin()
        parallelForEach(Array(files)) { session.write($0.key, $0.value) }
        return try session.publish(finish: finish)
    }

    /// Makes an empty staging folder, removing the one a killed build left. Returns whether
    /// its top-level folders are spread over the disk (see `makeFolder`).
    func makeStaging() throws -> Bool {
        let stagingPath = staging.path
        if SiteWriter.exists(stagingPath) { try SiteWriter.removeTree(stagingPath) }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        return yishi_spread_subfolders(stagingPath) == 0
    }

    /// Makes `folder` (relative, its parent made already) in the staging folder.
    ///
    /// Creating a file is slow on these disks when it lands beside recently deleted ones: ext4
    /// without a journal will not reuse an inode freed in the last minutes and checks the free
    /// ones one by one, with the folder locked. A new file goes where its folder is, and a new
    /// folder beside its parent, so a site rebuilt where the last one was just deleted (or
    /// where a build just replaced many files) paid that for every file: 2.5–6 s of a cold
    /// build's write stage, of which the writer's own work was about 0.5 s. Marked as the top
    /// of unrelated trees (`spread`), the staging folder has each top-level folder placed in
    /// the least used part of the disk instead; the placement starts from a hash of the
    /// folder's name, so each is made under a name of its own and renamed, or it would land
    /// every time where the same folder of the last build has just been deleted.
    func makeFolder(_ folder: Substring, spread: Bool) -> Bool {
        let path = staging.path + "/" + folder
        if spread, !folder.contains("/") {
            var random = SystemRandomNumberGenerator()
            let fresh = staging.path + "/.new-" + String(random.next(), radix: 16)
            if mkdir(fresh, 0o777) == 0 {
                if rename(fresh, path) == 0 { return true }
                rmdir(fresh)
            }
        }
        return mkdir(path, 0o777) == 0 || errno == EEXIST
    }

    /// Puts the staging folder in place of `output/` in one step, then removes the old site.
    func swapIn() throws {
        let outputPath = output.path, stagingPath = staging.path
        guard SiteWriter.exists(outputPath) else {
            if rename(stagingPath, outputPath) != 0 { throw WriteError.cannotWrite(outputPath) }
            return
        }
        if yishi_exchange(stagingPath, outputPath) != 0 {
            // No RENAME_EXCHANGE (an old kernel or another file system): two renames,
            // with the old site kept aside until the new one is in place.
            let aside = output.deletingLastPathComponent().appendingPathComponent(".yishi-previous").path
            if SiteWriter.exists(aside) { try SiteWriter.removeTree(aside) }
            if rename(outputPath, aside) != 0 { throw WriteError.cannotWrite(outputPath) }
            if rename(stagingPath, outputPath) != 0 { throw WriteError.cannotWrite(outputPath) }
            try? SiteWriter.removeTree(aside)
            return
        }
        try SiteWriter.removeTree(stagingPath)
    }

    /// Whether the regular file `name` in the folder `dir` holds exactly `bytes` (the size is checked first).
    /// Compared in pieces through one buffer rather than read whole.
    static func same(_ dir: Int32, _ name: String, _ bytes: some FileBytes) -> Bool {
        // Not through a symbolic link: only a file of the current site may be linked into the new one.
        let fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, Int(st.st_size) == bytes.byteCount else { return false }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 64)
        defer { buffer.deallocate() }
        return bytes.forEachPiece { piece in
            var done = 0
            while done < piece.count {
                let n = read(fd, buffer.baseAddress!, min(buffer.count, piece.count - done))
                if n < 0, errno == EINTR { continue }
                if n <= 0 || memcmp(buffer.baseAddress!, piece.baseAddress! + done, n) != 0 { return false }
                done += n
            }
            return true
        }
    }

    /// Creates `name` in the folder `dir` with `bytes` (one open, a write per piece, one close).
    static func create(_ dir: Int32, _ name: String, _ bytes: some FileBytes) -> Bool {
        let fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let written = bytes.forEachPiece { piece in
            var done = 0
            while done < piece.count {
                let n = Glibc.write(fd, piece.baseAddress! + done, piece.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return close(fd) == 0 && written
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Names per task when removing a folder's files on every core.
    static let chunk = 32

    /// Removes `path` and, if it is a folder, everything in it, without following symbolic links.
    ///
    /// The folders are listed first, then their files unlinked on every core, then the folders
    /// removed deepest first: the old site holds tens of thousands of names.
    static func removeTree(_ path: String) throws {
        guard isFolder(path) else {
            if unlink(path) != 0, errno != ENOENT { throw WriteError.cannotRemove(path) }
            return
        }
        let (folders, names) = try tree(path)
        let counts = WriteCounts()
        let work = names
        let dirs = folders
        DispatchQueue.concurrentPerform(iterations: (work.count + chunk - 1) / chunk) { c in
            var folder = -1
            var fd: Int32 = -1
            defer { if fd >= 0 { close(fd) } }
            for j in c * chunk ..< min(work.count, (c + 1) * chunk) {
                if work[j].folder != folder {
                    if fd >= 0 { close(fd) }
                    folder = work[j].folder
                    fd = open(dirs[folder], O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                }
                if unlinkat(fd, work[j].name, 0) != 0, errno != ENOENT { counts.fail(dirs[folder] + "/" + work[j].name) }
            }
        }
        if let failed = counts.failed { throw WriteError.cannotRemove(failed) }
        for folder in folders.reversed() where rmdir(folder) != 0 && errno != ENOENT {
            throw WriteError.cannotRemove(folder)
        }
    }

    /// Every folder under `path` (itself first) and every other entry, by its folder's
    /// position in that list: one pass of readdir(3), without following symbolic links.
    static func tree(_ path: String) throws -> (folders: [String], names: [(folder: Int, name: String)]) {
        var folders = [path]
        var names: [(folder: Int, name: String)] = []
        var f = 0
        while f < folders.count {
            defer { f += 1 }
            guard let dir = opendir(folders[f]) else {
                if errno == ENOENT { continue }
                throw WriteError.cannotRemove(folders[f])
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    var st = stat()
                    isFolder = fstatat(dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_mode & S_IFMT == S_IFDIR
                }
                if isFolder { folders.append(folders[f] + "/" + name) } else { names.append((f, name)) }
            }
        }
        return (folders, names)
    }

    /// The paths, relative to `path`, of every file under it but those under `except`
    /// folders; nil when it cannot be read.
    public static func files(under path: String, except: Set<String> = []) -> Set<String>? {
        guard let (folders, names) = try? tree(path) else { return nil }
        let relative = folders.map { $0 == path ? "" : String($0.dropFirst(path.count + 1)) + "/" }
        // Decided once per folder, not per file: twenty thousand files sit in a few hundred folders.
        let left = relative.map { r in r.split(separator: "/", maxSplits: 1).first.map { except.contains(String($0)) } ?? false }
        var out = Set<String>(minimumCapacity: names.count)
        for (folder, name) in names where !left[folder] { out.insert(relative[folder] + name) }
        return out
    }

    /// Relative, no `..`, no empty or hidden components, no backslash or NUL.
    public static func isSafe(_ path: String) -> Bool {
        // One pass over the bytes: every file of a build is checked, and `String.contains`
        // with Foundation loaded searched through CFString, a hundredth of a full build.
        // A component that starts with "." is hidden, "." or "..": all refused alike.
        var atComponentStart = true
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), 0:
                return false
            case UInt8(ascii: "/"), UInt8(ascii: "."):
                if atComponentStart { return false }
                atComponentStart = byte == UInt8(ascii: "/")
            default:
                atComponentStart = false
            }
        }
        return !atComponentStart
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
        case cannotRemove(String)

        public var description: String {
            switch self {
            case .unsafePath(let p): return "refused to write outside the site folder: \(p)"
            case .cannotWrite(let p): return "cannot write \(p)"
            case .cannotRemove(let p): return "cannot remove \(p)"
            }
        }
    }
}
