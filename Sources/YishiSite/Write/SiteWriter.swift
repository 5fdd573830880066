import CSystem
import Foundation

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

    /// Publishes `files` (relative path → bytes) as the whole of `output/`. `finish` runs on the
    /// complete staging folder just before the swap (the search index is built there).
    @discardableResult
    public func publish(_ files: [String: [UInt8]], finish: ((URL) throws -> Void)? = nil) throws -> Summary {
        let fm = FileManager.default
        if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var summary = Summary()
        var made = Set<String>()
        for path in files.keys.sorted() {
            guard SiteWriter.isSafe(path) else { throw WriteError.unsafePath(path) }
            let bytes = files[path]!
            let target = staging.appendingPathComponent(path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, made.insert(folder).inserted {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let current = output.appendingPathComponent(path)
            if SiteWriter.same(current, bytes), link(current.path, target.path) == 0 {
                summary.reused += 1
                continue
            }
            guard fm.createFile(atPath: target.path, contents: Data(bytes)) else { throw WriteError.cannotWrite(path) }
            summary.written += 1
        }
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

    static func same(_ url: URL, _ bytes: [UInt8]) -> Bool {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              (attrs[.size] as? NSNumber)?.intValue == bytes.count,
              let data = FileManager.default.contents(atPath: url.path) else { return false }
        return data.elementsEqual(bytes)
    }

    /// Relative, no `..`, no empty or hidden components, no backslash or NUL.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { c in
            !c.isEmpty && c != "." && c != ".." && !c.hasPrefix(".")
        }
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
