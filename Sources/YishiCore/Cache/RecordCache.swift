import Foundation

/// The parsed records of earlier builds, kept in `.yishi-cache/records.bin` so that a rebuild
/// parses only the files that changed (DESIGN §7, incremental builds).
///
/// A record is found by its file's stat data first (size, times, inode: no read at all), then
/// by the SHA-256 of its bytes (a file saved again unchanged). It is trusted only when the
/// same yishi binary parsed it under the same parse settings (`tool`, `settings`); a file
/// whose parse said anything — an error or a warning — is never cached, so that every build
/// prints its diagnostics again.
///
/// Records are decoded only when looked up, on the reader's threads. A build that parsed a few
/// files appends them to `records.log` instead of writing everything again; the log is folded
/// into `records.bin` once it grows. A damaged or foreign file only ever costs a parse: a
/// record is used only when its path and stamp or digest match.
public final class RecordCache: @unchecked Sendable {
    /// Bump when the archive layout of a record changes.
    public static let formatVersion = 7

    enum Stored {
        /// Still archived: bytes `range` of buffer `buffer`.
        case archived(buffer: Int, range: Range<Int>)
        case record(ContentRecord)
    }

    struct Entry {
        var stamp: String
        var digest: SHA256.Digest
        var stored: Stored
    }

    let tool: String
    private var buffers: [MappedFile] = []
    private var previous: [String: Entry] = [:]
    private var previousSettings: String?
    /// Ties a log to the records.bin it extends.
    private var token = ""
    private var logged = 0
    private let lock = NSLock()
    private var kept: [String: Entry] = [:]
    private var fresh: Set<String> = []
    private var parsedPaths: [String] = []
    private var settings = ""

    /// An empty cache for records parsed by `tool` (a stamp of the binary).
    public init(tool: String) { self.tool = tool }

    static func log(_ url: URL) -> URL { url.deletingPathExtension().appendingPathExtension("log") }

    /// The cache the last builds saved at `url` (and its log), or an empty one. With
    /// `headersOnly`, only enough to append to the log: no entry is read.
    public static func load(from url: URL, tool: String, headersOnly: Bool = false) -> RecordCache {
        let cache = RecordCache(tool: tool)
        // A build that uses the cache decodes nearly every record (a file not looked up is one
        // deleted); the header walk below touches nearly every page anyway.
        guard let base = MappedFile(path: url.path, populate: !headersOnly) else { return cache }
        cache.buffers = [base]
        guard let (settings, token, _) = cache.index(buffer: 0, header: "yishi-records \(formatVersion)", token: nil,
                                                     entries: !headersOnly) else {
            cache.buffers = []
            cache.previous = [:]
            return cache
        }
        cache.previousSettings = settings
        cache.token = token
        if let log = MappedFile(path: Self.log(url).path) {
            cache.buffers.append(log)
            // A log that does not extend this records.bin is dropped by the next save, which
            // then writes everything whole.
            if let (_, _, count) = cache.index(buffer: 1, header: "yishi-records-log \(formatVersion)", token: token,
                                               entries: !headersOnly) {
                cache.logged = max(count, 1)
            } else {
                cache.token = ""
            }
        }
        return cache
    }

    /// Reads the entries of a buffer into `previous` without decoding their records. Returns
    /// the header's settings and token and the entries read, or nil when the buffer is not one
    /// of ours. Entries
    /// after a damaged one (a log cut short by a crash) are left out.
    private func index(buffer: Int, header: String, token expected: String?, entries: Bool) -> (String, String, Int)? {
        do {
            var r = ArchiveReader(buffers[buffer].bytes)
            guard (try? r.readString()) == header, (try? r.readString()) == tool,
                  let settings = try? r.readString(), let token = try? r.readString(),
                  expected == nil || expected == token else { return nil }
            if expected != nil, settings != previousSettings { return nil }
            var count = 0
            while entries, !r.atEnd {
                guard let path = try? r.readString(), let stamp = try? r.readString(), let digest = try? r.span(),
                      let blob = try? r.readSpan(), digest.count == 32 else { break }
                previous[path] = Entry(stamp: stamp, digest: SHA256.Digest(digest), stored: .archived(buffer: buffer, range: blob))
                count += 1
            }
            return (settings, token, count)
        }
    }

    private func decode(_ e: Entry) -> ContentRecord? {
        switch e.stored {
        case .record(let r): return r
        case .archived(let b, let range):
            // A record is trusted only if its bytes are the ones written: a flipped byte in a
            // string would still decode, as other text.
            guard let body = Checksum.verified(UnsafeRawBufferPointer(rebasing: buffers[b].bytes[range])) else { return nil }
            var r = ArchiveReader(body)
            r.checked = true
            r.mapped = buffers[b]
            guard let record = try? ContentRecord(from: &r), r.atEnd else { return nil }
            return record
        }
    }

    /// After the read stage: the mapped cache's pages may go (see `MappedFile.evict`). The
    /// minutes the records left in the file (`BodyText.archived`) are read back from it, page
    /// by page, for the meeting pages a build renders.
    public func evict() { buffers.forEach { $0.evict() } }

    /// What of a site's settings a parse depends on: the cache key beside the binary.
    public static func settingsKey(_ settings: SiteSettings) -> String {
        "max_file_size=\(settings.maxFileSize) privacy_allow=\(settings.privacyAllow.joined(separator: "\u{1}"))"
    }

    /// After a rebuild that read one file outside the read stage (the minutes-only path):
    /// the file parsed as the read stage would parse it, appended to the log, so that what
    /// the cache says the file holds stays true. Does nothing when the cache does not fit.
    public static func note(_ path: String, bytes: [UInt8], stamp: String, kind: ContentKind?, settings: SiteSettings,
                            cache url: URL, tool: String) {
        // Only the headers: reading every entry to append one would cost a second at 100 000.
        let cache = load(from: url, tool: tool, headersOnly: true)
        cache.use(settings: settingsKey(settings))
        guard !cache.token.isEmpty, cache.previousSettings == cache.settings else { return }
        let (record, problems) = DocumentParser.parse(bytes, file: path, folderKind: kind, maxFileSize: settings.maxFileSize,
                                                      privacyAllow: settings.privacyAllow)
        guard let record, problems.isEmpty else { return }
        cache.parsed(path, stamp: stamp, digest: SHA256.digest(bytes), record: record, clean: true)
        cache.append(to: url)
    }

    /// The parse settings of this build (size limit, privacy allow list): records parsed
    /// under others are dropped.
    /// `files`: how many the build reads.
    public func use(settings key: String, files: Int = 0) {
        settings = key
        if previousSettings != key { previous = [:] }
        // Every file is looked up once: grown a step at a time, the tables were rehashed a dozen
        // times, under the lock the reading threads share (on a first build, from empty).
        let new = max(0, files - previous.count)
        lock.withLock {
            kept.reserveCapacity(max(previous.count, files))
            fresh.reserveCapacity(new)
            parsedPaths.reserveCapacity(new)
        }
    }

    /// The record of an unchanged file, by its stat data. It is kept for the next build once
    /// the reader hands back every path found this way (`keepUnchanged`): twelve thousand
    /// lookups, each taking the lock to note one, kept the reading threads waking each other.
    func unchangedRecord(_ path: String, stamp: String?) -> ContentRecord? {
        guard let stamp, let e = previous[path], e.stamp == stamp else { return nil }
        return decode(e)
    }

    /// The paths whose records `unchangedRecord` gave: kept as they were.
    func keepUnchanged(_ paths: [String]) {
        lock.withLock { for path in paths { kept[path] = previous[path] } }
    }

    /// The record of a file whose bytes are unchanged, by their digest.
    func record(_ path: String, digest: SHA256.Digest, stamp: String?) -> ContentRecord? {
        guard let e = previous[path], e.digest == digest, let record = decode(e) else { return nil }
        lock.withLock {
            kept[path] = Entry(stamp: stamp ?? "", digest: digest, stored: e.stored)
            fresh.insert(path)
        }
        return record
    }

    /// A file parsed in this build; its record is kept when the parse said nothing.
    func parsed(_ path: String, stamp: String?, digest: SHA256.Digest, record: ContentRecord?, clean: Bool) {
        lock.withLock {
            parsedPaths.append(path)
            if let record, clean {
                kept[path] = Entry(stamp: stamp ?? "", digest: digest, stored: .record(record))
                fresh.insert(path)
            }
        }
    }

    /// The files this build had to parse, in path order.
    public var parsed: [String] { lock.withLock { parsedPaths.sorted() } }

    /// What an earlier build read from `path` when the file had `stamp`, if it was cached: to
    /// tell what an edit since that build changed.
    public func previousRecord(_ path: String, stamp: String) -> ContentRecord? {
        guard let e = previous[path], e.stamp == stamp else { return nil }
        return decode(e)
    }

    /// The digest of a file's bytes as this build read them, when known.
    public func digest(_ path: String) -> SHA256.Digest? { lock.withLock { kept[path]?.digest } }

    /// Whether saving would write anything new.
    public var changed: Bool {
        lock.withLock { !fresh.isEmpty || kept.count != previous.count || previousSettings != settings }
    }

    private func write(_ path: String, _ e: Entry, into w: inout ArchiveWriter) {
        w.write(path); w.write(e.stamp); w.write(raw: e.digest.bytes)
        switch e.stored {
        case .record(let r):
            var inner = ArchiveWriter()
            inner.write(r)
            inner.bytes.withUnsafeBytes { w.write(checked: $0) }
        case .archived(let b, let range):
            w.write(raw: UnsafeRawBufferPointer(rebasing: buffers[b].bytes[range]))
        }
    }

    /// Appends the records parsed or re-stamped in this build to the log. Returns false when
    /// the cache on disk is not the one this was loaded from.
    @discardableResult
    func append(to url: URL) -> Bool {
        guard !token.isEmpty, previousSettings == settings else { return false }
        let (entries, freshPaths) = lock.withLock { (kept, fresh.sorted()) }
        var w = ArchiveWriter()
        if logged == 0 {
            w.write("yishi-records-log \(Self.formatVersion)"); w.write(tool); w.write(settings); w.write(token)
        }
        for path in freshPaths { write(path, entries[path]!, into: &w) }
        let fd = open(Self.log(url).path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let ok = w.bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) == $0.count }
        close(fd)
        return ok
    }

    /// Saves this build's records: appended to the log when only a few changed and the
    /// files removed since are few, else written whole (only this build's files: deleted
    /// ones drop out).
    public func save(to url: URL) {
        let (entries, freshCount) = lock.withLock { (kept, fresh.count) }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let limit = max(64, entries.count / 10)
        if logged + freshCount <= limit, previous.count - entries.count <= limit, append(to: url) { return }
        guard let file = AtomicFile(url) else { return }
        var w = ArchiveWriter()
        w.write("yishi-records \(Self.formatVersion)"); w.write(tool); w.write(settings)
        w.write(String(UInt64.random(in: 1...UInt64.max), radix: 36))
        for path in entries.keys.sorted() {
            write(path, entries[path]!, into: &w)
            w.drain(into: file)
        }
        w.drain(into: file, threshold: 0)
        try? FileManager.default.removeItem(at: Self.log(url))
        file.commit()
    }
}
