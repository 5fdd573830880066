import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a site's files come from. The disk in production; injected in tests so that the
/// read stage can run without one.
public protocol ContentSource: Sendable {
    /// Every regular file under `folder` (relative to the site folder), recursively, as
    /// paths relative to the site folder, with symbolic links resolved or reported.
    func files(under folder: String) -> [SourceFile]
    /// The bytes of a file, by path relative to the site folder.
    func read(_ path: String) throws -> [UInt8]
    /// The bytes of a file when they are in memory already; nil when they would have to be
    /// waited for from the disk, having asked for them to be loaded, so that the caller can
    /// parse other files meanwhile and come back for this one with `read`.
    func readIfInMemory(_ path: String) throws -> [UInt8]?
    func exists(_ path: String) -> Bool
}

extension ContentSource {
    /// A source that holds its files in memory always has them.
    public func readIfInMemory(_ path: String) throws -> [UInt8]? { try read(path) }
}

/// One file found under `content/`.
public struct SourceFile: Sendable, Equatable {
    public var path: String
    /// Why the walk could not give the file to be read, if it could not.
    public var problem: Problem?
    /// The file's size, change times and inode as found, when the source knows them: an
    /// unchanged stamp lets the build cache skip reading the file at all.
    public var stamp: String?

    public init(path: String, problem: Problem? = nil, stamp: String? = nil) {
        self.path = path
        self.problem = problem
        self.stamp = stamp
    }

    /// A place in the walk that holds nothing to read.
    public enum Problem: Sendable, Equatable {
        /// A symbolic link that leads outside the folder being read, to `target`.
        case escapes(target: String)
        /// A symbolic link to nothing: `target` is missing, or leads back round to the link.
        case leadsNowhere(target: String)
        /// A folder that could not be opened or searched: nil for no permission, else the
        /// system's reason. None of what it holds was read.
        case unreadableFolder(reason: String?)
    }
}

/// The site folder on disk.
public struct DiskSource: ContentSource {
    public let root: URL
    /// Walks already made, by folder: the build stamp walks `content/` before the build reads it.
    public var listed: [String: [SourceFile]] = [:]

    public init(root: URL) { self.root = root.standardizedFileURL }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    public func read(_ path: String) throws -> [UInt8] {
        if let bytes = readRegularFile(atPath: root.path + "/" + path) { return bytes }
        // Foundation's error says why in the words the diagnostic prints.
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        return [UInt8](data)
    }

    public func readIfInMemory(_ path: String) throws -> [UInt8]? {
        switch readRegularFile(atPath: root.path + "/" + path, waiting: false) {
        case .read(let bytes): return bytes
        case .loading: return nil
        case .failed: return try read(path)
        }
    }

    public func files(under folder: String) -> [SourceFile] {
        if let known = listed[folder] { return known }
        let base = root.appendingPathComponent(folder).standardizedFileURL
        let basePath = base.resolvingSymlinksInPath().path
        let visited = Visited()
        /// What a folder holds, in name order: its files, and its folders still to walk.
        enum Entry { case file(SourceFile), folder(URL, String) }
        func walk(_ dir: URL, _ rel: String, depth: Int) -> [SourceFile] {
            guard visited.insert(dir.resolvingSymlinksInPath().path) else { return [] }
            func unreadable(_ reason: String?) -> [SourceFile] {
                [SourceFile(path: rel.isEmpty ? folder : folder + "/" + rel, problem: .unreadableFolder(reason: reason))]
            }
            guard let folderHandle = opendir(dir.path) else {
                // A folder left by `sudo cp`, or closed with chmod: a year of minutes would be
                // missing from the site without a word.
                return unreadable(errno == EACCES || errno == EPERM ? nil : String(cString: strerror(errno)))
            }
            defer { closedir(folderHandle) }
            // The folder's names and their stat data straight from the system calls: a rebuild
            // with nothing changed walks every file, and Foundation's listing costs more.
            var names: [String] = []
            while let entry = readdir(folderHandle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append(name) }
            }
            let handle = dirfd(folderHandle)
            var entries: [Entry] = []
            for name in names.sorted() {
                let relPath = rel.isEmpty ? name : rel + "/" + name
                let full = folder + "/" + relPath
                // Plain files, nearly all of them, are told by the system calls themselves:
                // Foundation's attribute dictionary and URLs cost more than reading the file.
                var info = stat()
                let found = fstatat(handle, name, &info, AT_SYMLINK_NOFOLLOW) == 0
                if found, info.st_mode & S_IFMT == S_IFREG {
                    entries.append(.file(SourceFile(path: full, stamp: fileStamp(info))))
                    continue
                }
                // A folder whose names can be listed but not opened (chmod -R 644): every file
                // in it would be skipped.
                if !found, errno == EACCES {
                    return unreadable(nil)
                }
                let url = dir.appendingPathComponent(name)
                let attrs = try? FileManager.default.attributesOfItem(atPath: url.path)
                let isLink = (attrs?[.type] as? FileAttributeType) == .typeSymbolicLink
                var target = url
                if isLink {
                    target = url.resolvingSymlinksInPath()
                    let t = target.path
                    let dest = { (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? t }
                    if !FileManager.default.fileExists(atPath: t) {
                        entries.append(.file(SourceFile(path: full, problem: .leadsNowhere(target: dest()))))
                        continue
                    }
                    if !(t == basePath || t.hasPrefix(basePath + "/")) {
                        entries.append(.file(SourceFile(path: full, problem: .escapes(target: dest()))))
                        continue
                    }
                }
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDir) else { continue }
                if isDir.boolValue {
                    entries.append(.folder(target, relPath))
                } else {
                    entries.append(.file(SourceFile(path: full, stamp: stat(target.path, &info) == 0 ? fileStamp(info) : nil)))
                }
            }
            // The year folders (content/meetings/2024 and its siblings) are walked on every core:
            // a rebuild with nothing changed stats every file of the site. One level only: a
            // parallel loop inside another runs on one core.
            let folders = entries.compactMap { entry -> (URL, String)? in
                if case .folder(let url, let relPath) = entry { (url, relPath) } else { nil }
            }
            var walked = parallelMap(folders, serialBelow: depth == 1 ? 2 : .max) { walk($0.0, $0.1, depth: depth + 1) }.makeIterator()
            var out: [SourceFile] = []
            for entry in entries {
                switch entry {
                case .file(let f): out.append(f)
                case .folder: out += walked.next() ?? []
                }
            }
            return out
        }
        return walk(base, "", depth: 0)
    }

    /// The folders a walk has entered (through links too), from every thread walking.
    private final class Visited: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()

        func insert(_ path: String) -> Bool { lock.withLock { paths.insert(path).inserted } }
    }
}

/// A site held in memory, for tests of the read and parse stages.
public struct MemorySource: ContentSource {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) { self.files = bytes }

    public func exists(_ path: String) -> Bool { files[path] != nil }

    public func read(_ path: String) throws -> [UInt8] {
        guard let b = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return b
    }

    public func files(under folder: String) -> [SourceFile] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.sorted().map { SourceFile(path: $0) }
    }
}

/// What the build cache compares to know a file is unchanged without reading it.
///
/// Written digit by digit into one buffer: a walk makes one per file, and seven
/// interpolated numbers cost more than the `stat` call itself.
func fileStamp(_ s: stat) -> String {
    // "size mtime.ns ctime.ns inode"
    let signed = [Int(s.st_size), s.st_mtim.tv_sec, s.st_mtim.tv_nsec, s.st_ctim.tv_sec, s.st_ctim.tv_nsec]
    let after: [UInt8] = [0x20, 0x2E, 0x20, 0x2E, 0x20]
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 * 22) { buffer in
        var at = 0
        for (n, separator) in zip(signed, after) {
            if n < 0 { buffer[at] = UInt8(ascii: "-"); at += 1 }
            at += writeDecimal(n.magnitude, into: UnsafeMutableBufferPointer(rebasing: buffer[at...]))
            buffer[at] = separator
            at += 1
        }
        at += writeDecimal(UInt(s.st_ino), into: UnsafeMutableBufferPointer(rebasing: buffer[at...]))
        return String(decoding: buffer[..<at], as: UTF8.self)
    }
}

/// Writes `n` in decimal at the start of `buffer`, which must hold 20 bytes; returns how many
/// it wrote.
func writeDecimal(_ n: UInt, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var count = 1, v = n
    while v >= 10 { v /= 10; count += 1 }
    v = n
    for i in stride(from: count - 1, through: 0, by: -1) {
        buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
        v /= 10
    }
    return count
}

/// The whole of a regular file, read straight into the array the parser takes, or nil when
/// anything goes wrong (Foundation then reads it again, to say what).
public func readRegularFile(atPath path: String) -> [UInt8]? {
    if case .read(let bytes) = readRegularFile(atPath: path, waiting: true) { return bytes }
    return nil
}

/// What reading a file found.
enum FileRead {
    case read([UInt8])
    /// None of the file was in memory and the read did not wait: the kernel has been asked to
    /// load it.
    case loading
    case failed
}

/// The whole of a regular file; without `waiting`, only if its first bytes are already in
/// memory (the rest, if any, is read as usual).
func readRegularFile(atPath path: String, waiting: Bool) -> FileRead {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failed }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failed }
    // One byte more than the size, so that a file that grew is read to its end too. Not
    // zeroed first: it is written over at once.
    var capacity = Int(info.st_size) + 1
    var failed = false, loading = false
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        var first = 0
        if !waiting {
            let n = yishi_read_in_memory(fd, buffer.baseAddress!, Int64(buffer.count))
            if n < 0, errno == EAGAIN { loading = true; count = 0; return }
            first = max(0, Int(n))  // any other failure: the ordinary read below says
        }
        count = first + readAll(fd, into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[first...]),
                                failed: &failed)
    }
    if loading { return .loading }
    // A file that grew while being read: the rest, a buffer at a time.
    while !failed, bytes.count == capacity {
        capacity *= 2
        let more = [UInt8](unsafeUninitializedCapacity: capacity - bytes.count) { buffer, count in
            count = readAll(fd, into: UnsafeMutableRawBufferPointer(buffer), failed: &failed)
        }
        if more.isEmpty { break }
        bytes += more
    }
    return failed ? .failed : .read(bytes)
}

/// Reads from `fd` until `buffer` is full or the file ends; the bytes read.
private func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, failed: inout Bool) -> Int {
    var filled = 0
    while filled < buffer.count {
        let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
        if n == 0 { break }
        if n < 0 {
            if errno == EINTR { continue }
            failed = true
            break
        }
        filled += n
    }
    return filled
}
