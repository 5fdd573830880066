import Foundation
import YishiCore

/// Minutes already rendered to HTML, kept in `.yishi-cache/bodies.bin` and found by the
/// SHA-256 of the file they came from: a build after a template or setting change renders no
/// Markdown that it rendered before. (cmark-gfm's inline parsing has one lane, DESIGN §7, so
/// part of this is time that no second core can hide.) Entries are read only when looked up,
/// and used only when their checksum holds.
public final class RenderedBodies: @unchecked Sendable {
    static let format = "yishi-bodies 5"

    let tool: String
    let records: RecordCache
    private var file: MappedFile?
    /// Where each stored body is in `file`: its checksum's 8 bytes, then its HTML.
    private var previous: [SHA256.Digest: Range<Int>] = [:]
    private let lock = NSLock()
    /// This build's bodies: the ones found in `file` as where they are there, new ones as text
    /// or, once `startSaving` has opened the new file, as already written to it (holding every
    /// page's minutes until the end costs their size in memory: 300 MB at 100 000 meetings).
    private var used: [SHA256.Digest: Body] = [:]
    private var added = 0
    /// The new file, from `startSaving` until `finishSaving`.
    private var saving: Saving?

    enum Body {
        case stored(Range<Int>)
        case rendered(String)
        case written
    }

    /// The cache file being written, and what is waiting to go into it (used under the lock).
    private final class Saving {
        let file: AtomicFile
        var writer = ArchiveWriter()

        init(_ file: AtomicFile, tool: String) {
            self.file = file
            writer.write(RenderedBodies.format)
            writer.write(tool)
        }

        /// One entry: the key, then the bytes with their checksum (`Checksum.verified`) or,
        /// for bytes already checked when read, as they were stored.
        func add(_ key: SHA256.Digest, html: String? = nil, stored: UnsafeRawBufferPointer? = nil) {
            writer.write(raw: key.bytes)
            if var html { html.withUTF8 { writer.write(checked: UnsafeRawBufferPointer($0)) } }
            if let stored { writer.write(raw: stored) }
            writer.drain(into: file)
        }
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
        lock.withLock {
            added += 1
            guard let saving else { used[key] = .rendered(html); return }
            if case .written = used[key] { return }
            used[key] = .written
            saving.add(key, html: html)
        }
        return html
    }

    /// From now on bodies rendered are written to the new `url` as they come, not kept until
    /// the build ends; `finishSaving` puts it in place or drops it.
    public func startSaving(to url: URL) {
        guard let file = AtomicFile(url) else { return }
        lock.withLock { saving = Saving(file, tool: tool) }
    }

    /// Puts the new file in place with the bodies this build used (only those: the cache never
    /// outgrows the site), or drops it when it would hold what the loaded one holds; and lets go
    /// of them. A build finishes once, when its meeting pages, the only ones that look bodies
    /// up, are done, and the pages after them reuse that memory instead of asking the system
    /// for more. Entries are in no particular order: each is found by its key.
    public func finishSaving() {
        let (entries, started, changed) = lock.withLock {
            defer { used = [:]; saving = nil }
            return (used, saving, added > 0 || used.count != previous.count)
        }
        guard changed, let started else { return }
        for (key, body) in entries {
            switch body {
            case .stored(let range):
                // Checked when it was read; copied as it is.
                if let file { started.add(key, stored: UnsafeRawBufferPointer(rebasing: file.bytes[range])) }
            case .rendered(let html):
                started.add(key, html: html)
            case .written:
                continue
            }
        }
        started.writer.drain(into: started.file, threshold: 0)
        started.file.commit()
    }
}
