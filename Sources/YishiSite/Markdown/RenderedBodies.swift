import Foundation
import YishiCore

/// Minutes already rendered to HTML, kept in `.yishi-cache/bodies.bin` and found by the
/// SHA-256 of the file they came from: a build after a template or setting change renders no
/// Markdown that it rendered before. (cmark-gfm's inline parsing has one lane, DESIGN §7, so
/// part of this is time that no second core can hide.) Entries are read only when looked up,
/// and used only when their checksum holds.
public final class RenderedBodies: @unchecked Sendable {
    static let format = "yishi-bodies 3"

    let tool: String
    let records: RecordCache
    private var file: MappedFile?
    /// Where each stored body is in `file`: its checksum's 8 bytes, then its HTML.
    private var previous: [SHA256.Digest: Range<Int>] = [:]
    private let lock = NSLock()
    /// This build's bodies: new ones as text, the ones found in `file` as where they are there
    /// (holding every page's minutes until the save would cost the whole cache in memory again).
    private var used: [SHA256.Digest: Body] = [:]
    private var added = 0

    enum Body {
        case stored(Range<Int>)
        case rendered(String)
    }

    /// The bodies the last build saved, for files whose digests `records` knows.
    public init(loading url: URL, tool: String, records: RecordCache) {
        self.tool = tool
        self.records = records
        guard let file = MappedFile(path: url.path) else { return }
        var r = ArchiveReader(file.bytes)
        guard (try? r.readString()) == Self.format, (try? r.readString()) == tool else { return }
        while !r.atEnd {
            guard let key = try? r.span(), key.count == 32, let span = try? r.readSpan() else { break }
            previous[SHA256.Digest(key)] = span
        }
        self.file = file
    }

    private func stored(_ key: SHA256.Digest) -> (String, Range<Int>)? {
        guard let file, let range = previous[key] else { return nil }
        guard let html = Checksum.verified(UnsafeRawBufferPointer(rebasing: file.bytes[range])) else { return nil }
        return (String(writtenUTF8: html), range)
    }

    /// The HTML of a meeting's minutes: from the cache when its file is unchanged, else `render()`.
    func html(for m: Meeting, render: () -> String) -> String {
        guard let key = records.digest(m.file) else { return render() }
        if let (html, range) = stored(key) {
            lock.withLock { used[key] = .stored(range) }
            return html
        }
        let html = render()
        lock.withLock { used[key] = .rendered(html); added += 1 }
        return html
    }

    /// Whether the saved file would differ from the one loaded; asked before `save`, which
    /// empties `used`.
    public var changed: Bool { lock.withLock { added > 0 || used.count != previous.count } }

    /// Writes the bodies this build used (only those: the cache never outgrows the site), and
    /// lets go of them: a build saves once, when its meeting pages, the only ones that look
    /// bodies up, are done, and the pages after them reuse that memory (a tenth of a full
    /// build's peak) instead of asking the system for more.
    public func save(to url: URL) {
        let entries = lock.withLock {
            defer { used = [:] }
            return used
        }
        guard let out = AtomicFile(url) else { return }
        var w = ArchiveWriter()
        w.write(Self.format)
        w.write(tool)
        for (key, body) in entries.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            w.write(raw: key.bytes)
            switch body {
            case .stored(let range):
                // Checked when it was read; copied as it is.
                if let file { w.write(raw: UnsafeRawBufferPointer(rebasing: file.bytes[range])) }
            case .rendered(var text):
                text.withUTF8 { w.write(checked: UnsafeRawBufferPointer($0)) }
            }
            w.drain(into: out)
        }
        w.drain(into: out, threshold: 0)
        out.commit()
    }
}
