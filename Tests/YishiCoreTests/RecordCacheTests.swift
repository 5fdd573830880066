import Foundation
import Testing
@testable import YishiCore

/// The build cache: SHA-256 as the standard defines it, records that come back exactly as
/// they were parsed, and a cache that is used only when it is right to.
@Suite struct RecordCacheTests {
    /// The digests with the CPU's SHA instructions (where it has them) and in Swift.
    static let ways = SHA256.hardwareAvailable ? [true, false] : [false]

    func digest(_ bytes: [UInt8], hardware: Bool) -> SHA256.Digest {
        var h = SHA256(hardware: hardware)
        h.update(bytes)
        return h.finish()
    }

    @Test(arguments: ways) func sha256MatchesTheStandardsVectors(hardware: Bool) {
        #expect(digest(Array("".utf8), hardware: hardware).description == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest(Array("abc".utf8), hardware: hardware).description == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), hardware: hardware).description
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), hardware: hardware).description
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: ways) func sha256GivesTheSameDigestHoweverTheBytesArriveInPieces(hardware: Bool) {
        var rng = SystemRandomNumberGenerator()
        for size in [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4099] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let whole = digest(bytes, hardware: hardware)
            var h = SHA256(hardware: hardware)
            var i = 0
            while i < size {
                let n = Int.random(in: 1...70, using: &rng)
                h.update(bytes[i..<min(size, i + n)])
                i += n
            }
            #expect(h.finish() == whole, "size \(size)")
        }
    }

    /// The instructions and the Swift reference agree on every length around the block size
    /// and on many blocks at once (the instructions take a run of blocks in one call).
    @Test(.enabled(if: SHA256.hardwareAvailable, "this CPU has no SHA instructions"))
    func theSHAInstructionsGiveTheSwiftDigests() {
        var rng = SystemRandomNumberGenerator()
        for size in Array(0...200) + [511, 512, 513, 4096, 65_537, 1 << 20] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(digest(bytes, hardware: true) == digest(bytes, hardware: false), "size \(size)")
        }
    }

    func dumped(_ value: Any) -> String {
        var s = ""
        dump(value, to: &s)
        return s
    }

    /// The records read, as text: what the cache may and may not change.
    func records(_ site: LoadedSite) -> String { dumped(site.content.meetings) + dumped(site.content.updateFiles) }

    func roundTrip(_ record: ContentRecord) throws -> ContentRecord {
        var w = ArchiveWriter()
        w.write(record)
        return try w.bytes.withUnsafeBytes { raw in
            var r = ArchiveReader(raw)
            let back = try ContentRecord(from: &r)
            #expect(r.atEnd)
            return back
        }
    }

    @Test func everyDemoRecordComesBackFromTheArchiveExactly() throws {
        let site = SiteLoader.load(from: DiskSource(root: DemoContentTests.root))
        let records = site.content.meetings.map(ContentRecord.meeting) + site.content.updateFiles.map(ContentRecord.update)
        #expect(records.count > 200)
        for record in records {
            #expect(dumped(try roundTrip(record)) == dumped(record))
        }
    }

    /// A meeting with every field set, so that a field added to the model and forgotten by the
    /// archive fails here: the test refuses a fixture that leaves any field empty.
    @Test func aMeetingWithEveryFieldSetComesBackExactly() throws {
        let at = SourceLocation(file: "content/meetings/a.md", line: 3, column: 5)
        var item = Item(id: "A-1", title: "路灯", kind: .problem, location: at)
        item.category = "基础设施"; item.urgency = .urgent; item.raisedBy = "居民"; item.decision = "修"
        item.vote = Vote(inFavour: 9, against: 1, abstain: 2); item.owner = Located("zhujian", at: at)
        item.due = Day(iso: "2026-05-01"); item.status = .in_progress; item.funds = -3; item.note = "备注"
        item.satisfaction = .basically_satisfied; item.isPrivate = true
        var update = UpdateEntry(item: Located("B-2", at: at), date: Day(iso: "2026-04-01")!, file: "content/meetings/a.md", index: 4)
        update.status = .resolved; update.owner = Located("caizheng", at: at); update.due = Day(iso: "2026-06-01")
        update.funds = 12; update.satisfaction = .satisfied; update.note = "已修好"
        var m = Meeting(id: "a", file: "content/meetings/a.md", title: "协商", date: Day(iso: "2026-03-01")!,
                        unit: Located("longjiang", at: at), location: at)
        m.time = "19:30"; m.platform = "海棠夜话"; m.format = "板凳会"; m.venue = "祠堂"; m.host = "书记"
        m.agenda = ["一", "二"]; m.attendance = Attendance(total: 30, categories: [("residents", 20), ("officials", 10)])
        m.departments = [Located("zhujian", at: at)]; m.leaders = ["镇长"]; m.items = [item]; m.updates = [update]
        m.publicized = Day(iso: "2026-03-05"); m.aliases = [Located("old-a", at: at)]; m.draft = true
        m.body = "# 纪要\n\n正文\n"; m.bodyLine = 30; m.extra = ["x": "1", "y": "2"]; m.frontMatterDigest = UInt64.max

        for value in [Mirror(reflecting: m), Mirror(reflecting: item), Mirror(reflecting: update)] {
            for child in value.children {
                let text = dumped(child.value)
                #expect(!text.contains("nil") && !text.hasSuffix(" 0 elements\n") && !text.contains("\"\"\n"),
                        "fixture leaves \(child.label ?? "?") empty: set it, and archive it")
            }
        }
        guard case .meeting(var back) = try roundTrip(.meeting(m)) else { Issue.record("not a meeting"); return }
        // Two equal dictionaries may list their keys in different orders: compared as dictionaries.
        #expect(back.extra == m.extra)
        back.extra = [:]
        var expected = m
        expected.extra = [:]
        #expect(dumped(back) == dumped(expected))

        var file = UpdateFile(id: "u", file: "content/updates/u.md", date: Day(iso: "2026-04-02")!, location: at)
        file.title = "进展"; file.unit = Located("longjiang", at: at); file.updates = [update]; file.draft = true
        file.body = "正文\n"; file.bodyLine = 9; file.extra = ["k": "v", "l": "w"]
        guard case .update(var backFile) = try roundTrip(.update(file)) else { Issue.record("not an update file"); return }
        #expect(backFile.extra == file.extra)
        backFile.extra = [:]
        file.extra = [:]
        #expect(dumped(backFile) == dumped(file))
    }

    @Test func damagedArchivesThrowInsteadOfCrashing() {
        var w = ArchiveWriter()
        w.write(ContentRecord.meeting(Meeting(id: "a", file: "f", title: "t", date: Day(ordinal: 1),
                                               unit: Located("u", at: SourceLocation(file: "f")), location: SourceLocation(file: "f"))))
        let bytes = w.bytes
        for cut in 0..<bytes.count {
            let short = Array(bytes[0..<cut])
            short.withUnsafeBytes { raw in
                var r = ArchiveReader(raw)
                #expect(throws: ArchiveReader.Damaged.self) { try ContentRecord(from: &r) }
            }
        }
    }

    // MARK: - The cache in a build's read stage, on real files

    func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-cache-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Reads the site through a cache loaded from `file`, saves it, and says what was parsed.
    func read(_ root: URL, cacheFile: URL, tool: String = "t1") -> (LoadedSite, [String]) {
        let cache = RecordCache.load(from: cacheFile, tool: tool)
        let loaded = SiteLoader.load(from: DiskSource(root: root), cache: cache)
        if cache.changed { cache.save(to: cacheFile) }
        return (loaded, cache.parsed)
    }

    @Test func aRebuildParsesOnlyWhatChangedAndReadsTheSameSite() throws {
        var files = SiteFixture().files
        let items = "  - id: LJ-2023-01\n    title: 路灯不亮\n    kind: problem\n    status: accepted\n    owner: zhujian\n"
        files["content/meetings/2023/2023-07-14-longjiang.md"] = meetingFile(items: items)
        files["content/meetings/2023/2023-07-20-x.md"] = meetingFile(date: "2023-07-20", unit: "haifeng")
        files["content/updates/2023/2023-08-01-longjiang.md"] = "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-01\n    status: resolved\n---\n"
        let root = try site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let cacheFile = root.appendingPathComponent(".yishi-cache/records.bin")
        let (first, parsedFirst) = read(root, cacheFile: cacheFile)
        #expect(first.diagnostics.errors.isEmpty, "\(first.diagnostics.errors.map { $0.rendered(in: .en) })")
        #expect(parsedFirst.count == files.keys.filter { $0.hasSuffix(".md") }.count)

        let (second, parsedSecond) = read(root, cacheFile: cacheFile)
        #expect(parsedSecond.isEmpty)
        #expect(records(second) == records(first))
        // The minutes stay in the mapped cache until a page asks for them, and then are the same.
        for (m, n) in zip(second.content.meetings, first.content.meetings) {
            guard case .archived = m.bodyText else { Issue.record("\(m.file): minutes decoded with the record"); continue }
            #expect(m.body == n.body && m.hasMinutes == n.hasMinutes)
        }
        #expect(dumped(second.diagnostics) == dumped(first.diagnostics))

        // One file edited: that file alone is parsed, and the result is what a fresh read gives.
        let edited = root.appendingPathComponent("content/meetings/2023/2023-07-20-x.md")
        try (try String(contentsOf: edited, encoding: .utf8)).replacingOccurrences(of: "路灯问题", with: "路灯问题回访")
            .write(to: edited, atomically: true, encoding: .utf8)
        let (third, parsedThird) = read(root, cacheFile: cacheFile)
        #expect(parsedThird == ["content/meetings/2023/2023-07-20-x.md"])
        #expect(third.content.meetings.contains { $0.title.contains("回访") })
        let fresh = SiteLoader.load(from: DiskSource(root: root))
        #expect(records(third) == records(fresh))
        #expect(FileManager.default.fileExists(atPath: RecordCache.log(cacheFile).path), "a small change is appended to the log")

        // Saved again unchanged (new stat, same bytes): found by its digest, not parsed.
        try Data(contentsOf: edited).write(to: edited)
        let (_, parsedTouched) = read(root, cacheFile: cacheFile)
        #expect(parsedTouched.isEmpty)

        // Another binary, or other parse settings: nothing is trusted.
        #expect(read(root, cacheFile: cacheFile, tool: "t2").1.count == parsedFirst.count)
        let siteFile = root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: siteFile, encoding: .utf8) + "privacy:\n  allow: [\"12345\"]\n").write(to: siteFile, atomically: true, encoding: .utf8)
        #expect(read(root, cacheFile: cacheFile, tool: "t2").1.count == parsedFirst.count)
    }

    @Test func aFileWithAWarningIsParsedEveryTimeSoTheWarningIsPrintedEveryTime() throws {
        var files = SiteFixture().files
        let path = "content/meetings/2023/2023-07-14-longjiang.md"
        files[path] = meetingFile(extra: "time: \"25:99\"")
        let root = try site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let cacheFile = root.appendingPathComponent(".yishi-cache/records.bin")
        let (first, _) = read(root, cacheFile: cacheFile)
        #expect(first.diagnostics.warnings.contains { $0.location.file == path })
        let (second, parsed) = read(root, cacheFile: cacheFile)
        #expect(parsed == [path])
        #expect(dumped(second.diagnostics) == dumped(first.diagnostics))
    }

    /// One byte changed anywhere in a run — in any of the checksum's four lanes, in the
    /// eight-byte steps after them or in the last bytes — changes the checksum.
    @Test func aChecksumChangesWithAnyOneByte() {
        for count in [1, 7, 8, 31, 32, 33, 40, 64, 71, 100] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let sum = bytes.withUnsafeBytes { Checksum.of($0) }
            for i in 0..<count {
                for flip: UInt8 in [0x01, 0x80, 0xff] {
                    var changed = bytes
                    changed[i] ^= flip
                    #expect(changed.withUnsafeBytes { Checksum.of($0) } != sum, "byte \(i) of \(count)")
                }
            }
        }
    }

    @Test func aDamagedCacheIsReadAsNoCache() throws {
        var files = SiteFixture().files
        for day in 10...20 { files["content/meetings/2023/2023-07-\(day)-longjiang.md"] = meetingFile(date: "2023-07-\(day)") }
        let root = try site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let cacheFile = root.appendingPathComponent(".yishi-cache/records.bin")
        let (first, all) = read(root, cacheFile: cacheFile)
        #expect(all.count == 11)
        // Text changed inside a record still decodes, as other text: the checksum refuses it.
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        let said = Array("纪要正文".utf8), other = Array("纪要正义".utf8)
        let at = try #require((0...(bytes.count - said.count)).first { bytes[$0..<($0 + said.count)].elementsEqual(said) })
        bytes.replaceSubrange(at..<(at + said.count), with: other)
        try Data(bytes).write(to: cacheFile)
        let (altered, reparsedOne) = read(root, cacheFile: cacheFile)
        #expect(reparsedOne.count == 1)
        #expect(records(altered) == records(first))
        #expect(!records(altered).contains("纪要正义"))

        bytes = [UInt8](try Data(contentsOf: cacheFile))
        for i in stride(from: bytes.count / 2, to: bytes.count, by: 7) { bytes[i] ^= 0x5a }
        try Data(bytes).write(to: cacheFile)
        let (second, _) = read(root, cacheFile: cacheFile)
        #expect(records(second) == records(first))
        // A log cut short (a build killed while appending): what it lost is parsed again.
        for day in 10...12 {
            let url = root.appendingPathComponent("content/meetings/2023/2023-07-\(day)-longjiang.md")
            try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: "纪要正文", with: "纪要正文（改）")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(read(root, cacheFile: cacheFile).1.count == 3)
        let log = RecordCache.log(cacheFile)
        let logBytes = try Data(contentsOf: log)
        try logBytes.prefix(logBytes.count - 40).write(to: log)
        let (cut, reparsed) = read(root, cacheFile: cacheFile)
        #expect(reparsed == ["content/meetings/2023/2023-07-12-longjiang.md"])
        #expect(records(cut) == records(SiteLoader.load(from: DiskSource(root: root))))
        try Data("not a cache".utf8).write(to: cacheFile)
        let (third, parsed) = read(root, cacheFile: cacheFile)
        #expect(parsed == all)
        #expect(records(third) == records(SiteLoader.load(from: DiskSource(root: root))))
    }
}
