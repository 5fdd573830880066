import Foundation
import YishiCore

/// Minutes already rendered to HTML, kept in `.yishi-cache/bodies.bin` and found by the
/// SHA-256 of the file they came from: a build after a template or setting change renders no
/// Markdown that it rendered before. (cmark-gfm has one lane, DESIGN §7, so this is time
/// that no second core can hide.)
public final class RenderedBodies: @unchecked Sendable {
    static let format = "yishi-bodies 1"

    let tool: String
    let records: RecordCache
    private var previous: [SHA256.Digest: String] = [:]
    private let lock = NSLock()
    private var used: [SHA256.Digest: String] = [:]
    private var added = 0

    /// The bodies the last build saved, for files whose digests `records` knows.
    public init(loading url: URL, tool: String, records: RecordCache) {
        self.tool = tool
        self.records = records
        guard let file = MappedFile(path: url.path) else { return }
        do {
            var r = ArchiveReader(file.bytes)
            guard (try? r.readString()) == Self.format, (try? r.readString()) == tool, let n = try? r.readUInt() else { return }
            var found: [SHA256.Digest: String] = [:]
            for _ in 0..<n {
                guard let key = try? r.readRaw(), let html = try? r.readString() else { return }
                found[SHA256.Digest(bytes: key)] = html
            }
            if r.atEnd { previous = found }
        }
    }

    /// The HTML of a meeting's minutes: from the cache when its file is unchanged, else `render()`.
    func html(for m: Meeting, render: () -> String) -> String {
        guard let key = records.digest(m.file) else { return render() }
        if let html = previous[key] {
            lock.withLock { used[key] = html }
            return html
        }
        let html = render()
        lock.withLock { used[key] = html; added += 1 }
        return html
    }

    public var changed: Bool { lock.withLock { added > 0 || used.count != previous.count } }

    /// Writes the bodies this build used (only those: the cache never outgrows the site).
    public func save(to url: URL) {
        var w = ArchiveWriter()
        w.write(Self.format)
        w.write(tool)
        let entries = lock.withLock { used }
        w.write(UInt64(entries.count))
        for (key, html) in entries.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            w.write(raw: key.bytes)
            w.write(html)
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(w.bytes).write(to: url, options: .atomic)
    }
}
