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
                // A link that leads out of the site is not read: where it points is what counts.
                lines.append("\(f.path)\t" + (f.escapesTo.map { "-> " + $0 } ?? f.stamp ?? "?"))
            }
        }
        return BuildStamp(text: lines.joined(separator: "\n"), source: source)
    }

    /// The output folder as the last build left it: a swap gives it a new inode.
    static func outputStamp(_ output: URL) -> String? {
        var s = stat()
        guard stat(output.path, &s) == 0 else { return nil }
        return "\(s.st_ino) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)"
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
              let newline = saved.firstIndex(of: "\n"), String(saved[..<newline]) == outputStamp(output) else { return nil }
        return String(saved[saved.index(after: newline)...])
    }

    /// True when the stamp saved by the last build matches, and its output is still in place.
    func matchesLastBuild(site root: URL, output: URL) -> Bool {
        Self.previous(site: root, output: output) == text
    }

    func save(site root: URL, output: URL) {
        guard let outputStamp = Self.outputStamp(output) else { return }
        let url = Self.file(root, output)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((outputStamp + "\n" + text).utf8).write(to: url, options: .atomic)
    }

    static func forget(site root: URL, output: URL) { try? FileManager.default.removeItem(at: file(root, output)) }
}
