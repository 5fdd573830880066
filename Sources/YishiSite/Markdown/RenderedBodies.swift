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
    /// This build's bodies: the ones found in `file` as where they are there, new ones as text
    /// or, once `startSaving` has opened the new file, as already written to it (holding every
    /// page's minutes until the save costs their size in memory: 300 MB at 100 000 meetings).
    private var used: [SHA256.Digest: Body] = [:]
    private var added = 0
    /// The new file, from `startSaving` until `save`, and what is waiting to go into it.
    private var saving: (file: AtomicFile, writer: ArchiveWriter)?

    enum Body {
        case stored(Range<Int>)
        case rendered(String)
        case written
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
            guard saving != nil else { used[key] = .rendered(html); return }
            if case .written = used[key] { return }
            used[key] = .written
            var text = html
            saving!.writer.write(raw: key.bytes)
            text.withUTF8 { saving!.writer.write(checked: UnsafeRawBufferPointer($0)) }
            saving!.writer.drain(into: saving!.file)
        }
        return html
    }

    /// From now on bodies rendered are written to the new `url` as they come, not kept until
    /// `save`; the build that calls this saves, or the new file is dropped.
    public func startSaving(to url: URL) {
        guard let file = AtomicFile(url) else { return }
        var w = ArchiveWriter()
        w.write(Self.format)
        w.write(tool)
        lock.withLock { saving = (file, w) }
    }

    /// Whether the saved file would differ from the one loaded; asked before `save`, which
    /// empties `used`.
    public var changed: Bool { lock.withLock { added > 0 || used.count != previous.count } }

    /// Drops the file `startSaving` began: the cache as loaded holds every body this build used.
    public func stopSaving() {
        lock.withLock { saving = nil }
    }

    /// Writes the bodies this build used (only those: the cache never outgrows the site), and
    /// lets go of them: a build saves once, when its meeting pages, the only ones that look
    /// bodies up, are done, and the pages after them reuse that memory instead of asking the
    /// system for more. Entries are in no particular order: each is found by its key.
    public func save(to url: URL) {
        let (entries, started) = lock.withLock {
            defer { used = [:]; saving = nil }
            return (used, saving)
        }
        let out: AtomicFile
        var w: ArchiveWriter
        if let started {
            (out, w) = started
        } else {
            guard let file = AtomicFile(url) else { return }
            (out, w) = (file, ArchiveWriter())
            w.write(Self.format)
            w.write(tool)
        }
        for (key, body) in entries {
            switch body {
            case .stored(let range):
                // Checked when it was read; copied as it is.
                guard let file else { continue }
                w.write(raw: key.bytes)
                w.write(raw: UnsafeRawBufferPointer(rebasing: file.bytes[range]))
            case .rendered(var text):
                w.write(raw: key.bytes)
                text.withUTF8 { w.write(checked: UnsafeRawBufferPointer($0)) }
            case .written:
                continue
            }
            w.drain(into: out)
        }
        w.drain(into: out, threshold: 0)
        out.commit()
    }
}
