import Foundation
import YishiCore
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// `replace` for files given as text.
    public func replace(_ files: [(path: String, text: String)]) -> [String]? {
        replace(files.map { ($0.path, FileContents.text($0.text)) })
    }

    /// What `replace` puts in a file: a page's text, or pieces it writes one after the other
    /// and never joins (stats.json, tens of megabytes, mostly the last build's bytes).
    public enum FileContents {
        case text(String)
        case pieces([Piece])
    }

    /// Replaces a few files of the published site in place, each with one `rename(2)`: for a
    /// rebuild that knows exactly which pages an edit reaches. Each file is swapped atomically;
    /// the set is not, so the caller forgets its build stamp first and saves it after — a
    /// rebuild interrupted half-way is followed by a full one. Files whose bytes are already
    /// right are not touched. Returns the paths written, or nil when one could not be.
    public func replace(_ files: [(path: String, contents: FileContents)]) -> [String]? {
        let out = output.path
        guard files.allSatisfy({ SiteWriter.isSafe($0.path) }) else { return nil }
        // Every folder written into must be this user's to change, or some files would be
        // replaced and others not; the full build that follows then says what is wrong.
        let folders = Set(files.map { (out + "/" + $0.path as NSString).deletingLastPathComponent })
        guard folders.allSatisfy({ SiteWriter.unchangeable($0, siteFolder: out) == nil }) else { return nil }
        let kept = keepReplaced()
        defer { if kept >= 0 { close(kept) } }
        let stamp = String(UInt64.random(in: 1...UInt64.max), radix: 36)
        /// Per file: nil when it could not be replaced, else whether it was written.
        func replace(_ path: String, _ bytes: some FileBytes) -> Bool? {
            let target = out + "/" + path
            let folder = (target as NSString).deletingLastPathComponent, name = (target as NSString).lastPathComponent
            let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard dir >= 0 else { return nil }
            defer { close(dir) }
            if SiteWriter.same(dir, name, bytes) { return false }
            let temp = name + ".yishi-new"
            unlinkat(dir, temp, 0)
            guard SiteWriter.create(dir, temp, bytes) else {
                unlinkat(dir, temp, 0)
                return nil
            }
            // The old file lives on under a second name until the next build (see
            // `keepReplaced`); where it cannot (another file system), the rename frees it.
            if kept >= 0 { linkat(dir, name, kept, stamp + "-" + path.replacingOccurrences(of: "/", with: "_"), 0) }
            guard renameat(dir, temp, dir, name) == 0 else {
                unlinkat(dir, temp, 0)
                return nil
            }
            return true
        }
        // On every core: an edit's few dozen files are tens of megabytes (stats.json), and
        // comparing and copying them is the kernel's work, which scales with the cores.
        let results = parallelMap(files, serialBelow: 4) { file -> Bool? in
            switch file.contents {
            case .text(let text):
                var text = text
                return text.withUTF8 { replace(file.path, UnsafeRawBufferPointer($0)) }
            case .pieces(let pieces):
                return replace(file.path, pieces)
            }
        }
        guard !results.contains(where: { $0 == nil }) else { return nil }
        return zip(files, results).compactMap { $1 == true ? $0.path : nil }
    }

    /// The folder where the files `replace` puts new ones in place of are kept until the next
    /// build removes them (`removeReplaced`), opened; -1 when it cannot be made.
    ///
    /// Freeing a file's blocks is slow on disks mounted with `discard` (as these VMs' are): the
    /// rename that replaced a 32 MB stats.json took 40–80 ms freeing the old one, in the middle
    /// of a rebuild someone is waiting for. Kept under a second name, the rename frees nothing.
    func keepReplaced() -> Int32 {
        let path = replacedFolder.path
        mkdir(path, 0o755)
        return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
    }

    /// Beside the staging folder, and like it never part of the site.
    var replacedFolder: URL { output.deletingLastPathComponent().appendingPathComponent(".yishi-staging-replaced") }

    /// Removes the files the last rebuild replaced, on a thread of its own that the build does
    /// not wait for: the kernel's freeing of their blocks runs beside the build's reading and
    /// parsing, and what a build that ends first leaves is removed by the next one.
    public func removeReplaced() {
        let path = replacedFolder.path
        guard SiteWriter.isFolder(path) else { return }
        // The staging folder's removal, which never follows a link out of the folder.
        Thread { try? SiteWriter.removeTree(path) }.start()
    }

    /// Hard-links every file under `from` into a new folder tree at `to` (the preview's kept
    /// search index, carried into the next site).
    static func linkTree(_ from: String, _ to: String) throws {
        try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: from) {
            let a = from + "/" + name, b = to + "/" + name
            if isFolder(a) {
                try linkTree(a, b)
            } else if link(a, b) != 0 {
                try FileManager.default.copyItem(atPath: a, toPath: b)
            }
        }
    }
}
