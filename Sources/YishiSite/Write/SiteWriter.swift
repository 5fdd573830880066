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

    /// When a session starts writing its files out to the disk (tests set small ones).
    var writeBackLimits = WriteBack.Limits.standard

    public init(output: URL) { self.output = output.standardizedFileURL }

    public struct Summary: Equatable, Sendable {
        public var written = 0
        public var reused = 0
        /// Old copies of the site this user could not remove (the new site was published all
        /// the same), set aside under the names given here, relative to the site folder
        /// (`.yishi-staging-old-1`…). Each build tries again to remove them.
        public var leftBehind: [String] = []
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

    /// Makes an empty staging folder, removing the one a killed build left (or setting it
    /// aside when it cannot be removed), and tries again to remove old copies set aside
    /// before. Returns whether its top-level folders are spread over the disk (see
    /// `makeFolder`), and the old copies that remain.
    func makeStaging() throws -> (spread: Bool, leftBehind: [String]) {
        let stagingPath = staging.path
        var left: [String] = []
        if SiteWriter.exists(stagingPath), let kept = try clearAway(stagingPath) { left.append(kept) }
        let parent = output.deletingLastPathComponent().path
        for name in setAside() where (try? SiteWriter.removeTree(parent + "/" + name)) == nil && !left.contains(name) {
            left.append(name)
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        return (yishi_spread_subfolders(stagingPath) == 0, left.sorted())
    }

    /// What old copies of the site that could not be removed are renamed to, beside `output/`.
    static let setAsidePrefix = ".yishi-staging-old-"

    /// The old copies set aside that are still there (names beside `output/`, sorted): a look
    /// at the site folder's few names, for builds that did not try to remove them (a build
    /// that found nothing changed, or replaced a few files in place).
    public func setAside() -> [String] {
        let parent = output.deletingLastPathComponent().path
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix(SiteWriter.setAsidePrefix) }.sorted()
    }

    /// Removes the folder at `path` (a staging folder, or an old site); when something in it
    /// cannot be removed, renames what is left to `.yishi-staging-old-N` beside it, so that
    /// the next build is not stopped by it, and returns that name. Throws only when it can be
    /// neither removed nor renamed.
    func clearAway(_ path: String) throws -> String? {
        do {
            try SiteWriter.removeTree(path)
            return nil
        } catch {
            let parent = output.deletingLastPathComponent().path
            for n in 1...1000 {
                let name = SiteWriter.setAsidePrefix + String(n)
                guard !SiteWriter.exists(parent + "/" + name) else { continue }
                if rename(path, parent + "/" + name) == 0 { return name }
                break
            }
            throw error
        }
    }

    /// Something in the site folder this user cannot change: a build would fail on it, or
    /// worse, publish the new site and then be unable to remove the old one (a folder left
    /// by `sudo yishi build`, owned by root).
    public struct Obstacle: Error, Sendable, CustomStringConvertible {
        /// The folder (or, in a folder with the sticky bit, the file) that cannot be changed.
        public var path: String
        /// The site folder holding `output/`: `path` relative to it names what to fix.
        public var siteFolder: String
        public var owner: UInt32
        /// errno: EACCES or EPERM (permissions, ownership), EROFS (a read-only disk)…
        public var code: Int32

        public var description: String { "cannot change \(path) (owner uid \(owner), errno \(code))" }
    }

    /// Looks, before anything is written, for what would stop this build from putting a new
    /// site in place of `output/` and removing the old one: this user must be able to create
    /// and rename folders in the site folder, and to change every folder under `output/`.
    /// The shallowest such folder is returned. Folders with no subfolders (a link count of 2)
    /// are not listed: the pages' folders are checked without reading their thousands of names.
    public func obstacle() -> Obstacle? {
        let parent = output.deletingLastPathComponent().path
        var st = stat()
        func blocked(_ path: String) -> Obstacle? { SiteWriter.unchangeable(path, siteFolder: parent) }
        // The folder holding output/, or the nearest one above it that exists (the preview's
        // .yishi-cache/ may not be there yet: the staging folder is made with its parents).
        var holder = parent
        while !SiteWriter.exists(holder), holder != "/", !holder.isEmpty { holder = (holder as NSString).deletingLastPathComponent }
        if let o = blocked(holder) { return o }
        guard SiteWriter.isFolder(output.path) else { return nil }
        let me = geteuid()
        var queue = [output.path]
        var next = 0
        while next < queue.count {
            let folder = queue[next]
            next += 1
            if let o = blocked(folder) { return o }
            guard lstat(folder, &st) == 0 else { continue }
            // In a folder with the sticky bit, only a name's owner (or the folder's) may remove it.
            let sticky = st.st_mode & S_ISVTX != 0 && st.st_uid != me && me != 0
            if st.st_nlink == 2 && !sticky { continue }
            guard let dir = opendir(folder) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                if sticky || entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    var es = stat()
                    guard fstatat(dirfd(dir), name, &es, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                    isFolder = es.st_mode & S_IFMT == S_IFDIR
                    if sticky && es.st_uid != me {
                        return Obstacle(path: folder + "/" + name, siteFolder: parent, owner: es.st_uid, code: EPERM)
                    }
                }
                if isFolder { queue.append(folder + "/" + name) }
            }
        }
        return nil
    }

    /// The folder at `path` when this user cannot list, create and remove names in it, as an
    /// `Obstacle` whose `siteFolder` is `siteFolder`; nil when they can.
    public static func unchangeable(_ path: String, siteFolder: String) -> Obstacle? {
        guard faccessat(AT_FDCWD, path, R_OK | W_OK | X_OK, AT_EACCESS) != 0 else { return nil }
        let code = errno
        var st = stat()
        return Obstacle(path: path, siteFolder: siteFolder, owner: lstat(path, &st) == 0 ? st.st_uid : 0, code: code)
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
    /// Once the new site is in place nothing throws: an old site that cannot be removed is set
    /// aside (see `clearAway`), and its name returned.
    func swapIn() throws -> [String] {
        let outputPath = output.path, stagingPath = staging.path
        guard SiteWriter.exists(outputPath) else {
            if rename(stagingPath, outputPath) != 0 { throw WriteError.cannotWrite(outputPath, code: errno) }
            return []
        }
        if yishi_exchange(stagingPath, outputPath) != 0 {
            // No RENAME_EXCHANGE (an old kernel or another file system): two renames,
            // with the old site kept aside until the new one is in place.
            let aside = output.deletingLastPathComponent().appendingPathComponent(".yishi-previous").path
            var left: [String] = []
            if SiteWriter.exists(aside), let kept = try clearAway(aside) { left.append(kept) }
            if rename(outputPath, aside) != 0 { throw WriteError.cannotWrite(outputPath, code: errno) }
            if rename(stagingPath, outputPath) != 0 {
                let code = errno
                rename(aside, outputPath)
                throw WriteError.cannotWrite(outputPath, code: code)
            }
            if let kept = try? clearAway(aside) { left.append(kept) } else if SiteWriter.exists(aside) { left.append(".yishi-previous") }
            return left
        }
        if let kept = try? clearAway(stagingPath) { return [kept] }
        // Neither removed nor renamed: the next build's `makeStaging` tries again.
        return SiteWriter.exists(stagingPath) ? [staging.lastPathComponent] : []
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
    /// On failure errno says why (the disk is full…), as the failing call left it.
    static func create(_ dir: Int32, _ name: String, _ bytes: some FileBytes) -> Bool {
        let fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var failure: Int32 = 0
        let written = bytes.forEachPiece { piece in
            failure = writeAll(fd, piece)
            return failure == 0
        }
        // A full disk may show only at close (delayed allocation).
        if close(fd) != 0, failure == 0 { failure = errno }
        if !written || failure != 0 {
            errno = failure
            return false
        }
        return true
    }

    /// Writes all of `bytes` to `fd`: 0, or errno when a write failed.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : ENOSPC }
            done += n
        }
        return 0
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
            if unlink(path) != 0, errno != ENOENT { throw WriteError.cannotRemove(path, code: errno) }
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
                if unlinkat(fd, work[j].name, 0) != 0, errno != ENOENT { counts.fail(dirs[folder] + "/" + work[j].name, code: errno) }
            }
        }
        if let failed = counts.failed { throw WriteError.cannotRemove(failed.path, code: failed.code) }
        for folder in folders.reversed() where rmdir(folder) != 0 && errno != ENOENT {
            throw WriteError.cannotRemove(folder, code: errno)
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
                throw WriteError.cannotRemove(folders[f], code: errno)
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
        /// The first file that could not be written or removed, and errno then.
        private(set) var failed: (path: String, code: Int32)?

        func add(written w: Int = 0, reused r: Int = 0) { lock.lock(); written += w; reused += r; lock.unlock() }
        func fail(_ path: String, code: Int32) { lock.lock(); if failed == nil { failed = (path, code) }; lock.unlock() }
    }

    /// Why the site could not be written. `code` is errno (ENOSPC: the disk is full…); the
    /// command line turns it into words (`SystemWords`), `description` is the developer's detail.
    public enum WriteError: Error, Sendable, CustomStringConvertible {
        case unsafePath(String)
        case cannotWrite(String, code: Int32)
        case cannotRemove(String, code: Int32)

        public var description: String {
            switch self {
            case .unsafePath(let p): return "refused to write outside the site folder: \(p)"
            case .cannotWrite(let p, let code): return "cannot write \(p): \(String(cString: strerror(code)))"
            case .cannotRemove(let p, let code): return "cannot remove \(p): \(String(cString: strerror(code)))"
            }
        }
    }
}
