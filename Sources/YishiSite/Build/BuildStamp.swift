import Foundation
import YishiCore

/// What the last successful build was made from: every input file's path, size, change time
/// and inode, the options, and the output folder it produced. When nothing of it changed,
/// the published site is already what a build would write, and the build can stop at once.
///
/// Stat data rather than content hashes: reading and hashing tens of thousands of files would
/// cost more than the whole "nothing changed" budget, and an editor that saves a file changes
/// its time even when it writes the same bytes (the build then runs and rewrites nothing).
struct BuildStamp {
    let text: String
    /// The walk the stamp was made from, for the build to read the same files without a second one.
    let source: DiskSource

    static let version = "yishi-build-stamp 2"

    /// The stamp of the inputs as they are now, for these options.
    static func current(site root: URL, asOf: Day, output: URL, extra: String) -> BuildStamp {
        var lines = [version, "as-of \(asOf)", "output \(output.path)", "options \(extra)", "binary \(executableStamp())"]
        var source = DiskSource(root: root)
        for folder in ["content", "templates"] {
            let files = source.files(under: folder)
            source.listed[folder] = files
            for f in files {
                // What is not read is stamped by why: for a link, where it points.
                let mark: String? = switch f.problem {
                case .escapes(let target)?: "-> " + target
                case .leadsNowhere(let target)?: "-x " + target
                case .unreadableFolder(let reason)?: "unreadable " + (reason ?? "")
                case nil: f.stamp
                }
                lines.append("\(f.path)\t" + (mark ?? "?"))
            }
        }
        return BuildStamp(text: lines.joined(separator: "\n"), source: source)
    }

    /// The output folder as the last build left it: a swap gives it a new inode, and a page
    /// deleted, added or saved over by hand (an editor saves by renaming) changes the time of
    /// the folder it is in. Each folder as `path time`, tab-separated, the output's own first;
    /// the search index's folders, which only Pagefind writes, left out.
    static func outputStamp(_ output: URL) -> String? {
        guard let own = folderStamp(output.path, inode: true) else { return nil }
        var fields = [own]
        for folder in subfolders(of: output.path) {
            guard let t = folderStamp(output.path + "/" + folder) else { return nil }
            fields.append(folder + " " + t)
        }
        return fields.joined(separator: "\t")
    }

    /// A folder's change time (and inode), as the output's stamp records it; nil when it is no folder.
    private static func folderStamp(_ path: String, inode: Bool = false) -> String? {
        var s = stat()
        guard stat(path, &s) == 0, s.st_mode & S_IFMT == S_IFDIR else { return nil }
        return (inode ? "\(s.st_ino) " : "") + "\(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)"
    }

    /// Whether the output is as `saved` (an `outputStamp`) found it. Only the folders it names
    /// are looked at, not walked for: a folder added by hand changes its parent's time.
    static func outputMatches(_ saved: Substring, _ output: URL) -> Bool {
        var fields = saved.split(separator: "\t", omittingEmptySubsequences: false)[...]
        guard let own = fields.popFirst(), own == folderStamp(output.path, inode: true) ?? "" else { return false }
        return fields.allSatisfy { field in
            guard let space = field.lastIndex(of: " ") else { return false }
            return field[field.index(after: space)...] == folderStamp(output.path + "/" + field[..<space]) ?? ""
        }
    }

    /// The folders under `root`, as paths relative to it, without `pagefind/`: by the entries'
    /// types, without a stat of each of the site's files.
    static func subfolders(of root: String) -> [String] {
        var out: [String] = [], pending = [""]
        while let rel = pending.popLast() {
            guard let dir = opendir(rel.isEmpty ? root : root + "/" + rel) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let type = entry.pointee.d_type
                guard type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { continue }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                guard name != ".", name != "..", !(rel.isEmpty && name == "pagefind") else { continue }
                let path = rel.isEmpty ? name : rel + "/" + name
                // A file system that does not say an entry's type: asked of each.
                var s = stat()
                if type == UInt8(DT_UNKNOWN), stat(root + "/" + path, &s) != 0 || s.st_mode & S_IFMT != S_IFDIR { continue }
                out.append(path)
                pending.append(path)
            }
        }
        return out.sorted()
    }

    /// A new yishi binary may render differently: its own size and time are part of the stamp.
    static func executableStamp() -> String {
        var s = stat()
        guard stat("/proc/self/exe", &s) == 0 else { return "?" }
        return "\(s.st_size) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)"
    }

    /// One stamp per output folder, so that `build` and the preview do not undo each other.
    static func file(_ root: URL, _ output: URL) -> URL {
        // Compared as plain paths: a URL's form depends on whether the folder exists yet.
        func plain(_ u: URL) -> String { u.standardizedFileURL.path.trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        let name = plain(output) == plain(root.appendingPathComponent("output"))
            ? "build-stamp.txt" : "build-stamp-\(output.lastPathComponent).txt"
        return root.appendingPathComponent(".yishi-cache/" + name)
    }

    /// The stamp the last build saved, when its output is still as it left it.
    static func previous(site root: URL, output: URL) -> String? {
        guard let saved = try? String(contentsOf: file(root, output), encoding: .utf8),
              let newline = saved.firstIndex(of: "\n"), outputMatches(saved[..<newline], output) else { return nil }
        return String(saved[saved.index(after: newline)...])
    }

    /// True when the stamp saved by the last build matches, and its output is still in place.
    func matchesLastBuild(site root: URL, output: URL) -> Bool {
        Self.previous(site: root, output: output) == text
    }

    /// - Parameter warnings: how many warnings the build that made this output gave, for a
    ///   build that finds nothing changed to say they still stand; nil when not known (a
    ///   rebuild that read only the edited minutes).
    /// - Parameter searchMissing: the site asks for search and Pagefind was not found, so this
    ///   output has none: a build that finds nothing changed looks for Pagefind again.
    func save(site root: URL, output: URL, warnings: Int?, searchMissing: Bool = false) {
        guard let outputStamp = Self.outputStamp(output) else { return }
        let url = Self.file(root, output)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((outputStamp + "\n" + text).utf8).write(to: url, options: .atomic)
        let count = Self.warningsFile(root, output)
        if let warnings { try? Data("\(warnings)\n".utf8).write(to: count, options: .atomic) } else { try? FileManager.default.removeItem(at: count) }
        let missing = Self.searchMissingFile(root, output)
        if searchMissing { try? Data().write(to: missing, options: .atomic) } else { try? FileManager.default.removeItem(at: missing) }
    }

    /// Whether the build that made the output was asked for search and found no Pagefind.
    /// Installing it (`pip install`) changes nothing the stamp holds: the next build must
    /// not take the output for up to date once Pagefind is there.
    static func searchWasMissing(site root: URL, output: URL) -> Bool {
        FileManager.default.fileExists(atPath: searchMissingFile(root, output).path)
    }

    private static func searchMissingFile(_ root: URL, _ output: URL) -> URL {
        file(root, output).deletingPathExtension().appendingPathExtension("no-search")
    }

    /// How many warnings the build that made the output gave, when known.
    static func lastWarnings(site root: URL, output: URL) -> Int? {
        (try? String(contentsOf: warningsFile(root, output), encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private static func warningsFile(_ root: URL, _ output: URL) -> URL {
        file(root, output).deletingPathExtension().appendingPathExtension("warnings")
    }

    static func forget(site root: URL, output: URL) {
        try? FileManager.default.removeItem(at: file(root, output))
        try? FileManager.default.removeItem(at: warningsFile(root, output))
        try? FileManager.default.removeItem(at: searchMissingFile(root, output))
    }
}
