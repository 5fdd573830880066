import Foundation
import Testing
@testable import YishiCore

/// The read and parse stages take shortcuts for the common case (no tag to resolve, no
/// blank to trim, valid UTF-8, bytes instead of characters); each must answer exactly as
/// the long way does.
@Suite struct ReadingShortcutsTests {
    @Test func keysThatDifferOnlyInYAML11TypeAreNotAClash() {
        // YAML 1.1 reads the plain 1 as a number and "1" as text: two keys, not one twice.
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  \"1\": a\n  1: b\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.extra["1"] != nil)
    }

    @Test func aKeyGivenTwiceWithATagIsStillAClash() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n!!str unit: haifeng\n---\n")
        #expect(try #require(only(ds)).message == .duplicateKey(key: "unit"))
    }

    @Test func aFullWidthCommaIsPlacedByCharactersNotBytes() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  list: [住建局，财政局]\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .fullWidthComma)
        #expect(d.location.line == 6 && d.location.column == 13)
        #expect(m?.extra["list.0"] == "住建局" && m?.extra["list.1"] == "财政局")
    }

    @Test func aValueWithNothingToTrimIsKeptAsWritten() {
        let (m, ds) = parseMeeting("---\ntitle: 龙江村夜话\u{3000}\ndate: 2023-07-14\nunit: longjiang\nvenue: 村委会 \u{301}\nhost: \u{A0}村主任\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.title == "龙江村夜话")
        #expect(m?.venue == "村委会 \u{301}")
        #expect(m?.host == "村主任")
    }

    @Test func blanksAreFoundationsBlanks() {
        for v in 0..<0x3100 {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(u) + "a" + String(u)
            #expect(s.trimming(.spaces) == s.trimmingCharacters(in: .whitespaces), "U+\(String(v, radix: 16))")
            #expect(s.trimming(.spacesAndNewlines) == s.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE4, 0xB8], [0xE4, 0xB8, 0x41],
    ] as [[UInt8]])
    func illFormedUTF8IsFoundWhereTheByteByByteCheckFindsIt(bad: [UInt8]) {
        let bytes = Array("---\ntitle: 夜话".utf8) + bad + Array("\n".utf8)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let offset = SourceText.firstInvalidUTF8(bytes[...])
        #expect(offset != nil)
        #expect(SourceText.decode(bytes) == .failure(.invalidUTF8(byteOffset: offset ?? -1, line: 2)))
    }

    @Test func aLineEndsAtAnLFThatIsNotPartOfCRLF() {
        let text = Array("a\nb\r\nc\r\r\nd\n".utf8)
        #expect(SourceText.lines(text).map { String(decoding: text[$0], as: UTF8.self) }
            == "a\nb\r\nc\r\r\nd\n".split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        // Every mix of line feeds, carriage returns and text at the edges and in between, as the
        // split by characters finds the lines (the scan jumps from one line feed to the next).
        var generator = SystemRandomNumberGenerator()
        let pieces = ["\n", "\r", "\r\n", "a", "议", "\n\n"]
        for length in 0..<40 {
            for _ in 0..<25 {
                let string = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
                let bytes = Array(string.utf8)
                #expect(SourceText.lines(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
                    == string.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), "\(Array(string.utf8))")
            }
        }
    }

    /// The split as it was first written: every line of the file listed, the pieces cut
    /// between them. The split that stops at the closing fence must agree with it.
    static func splitByLines(_ text: String) -> Result<FrontMatter, FrontMatter.Failure> {
        let bytes = Array(text.utf8)
        var lines = SourceText.lines(bytes)
        if lines.last?.isEmpty == true { lines.removeLast() }
        func marker(_ line: Range<Int>, _ c: UInt8) -> Bool {
            let l = bytes[line]
            return l.count >= 3 && l.prefix(3).allSatisfy { $0 == c } && l.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
        guard let first = lines.first, marker(first, UInt8(ascii: "-")) else { return .failure(.missingOpeningFence) }
        guard let close = lines.indices.dropFirst().first(where: { marker(lines[$0], UInt8(ascii: "-")) || marker(lines[$0], UInt8(ascii: ".")) }) else {
            return .failure(.missingClosingFence)
        }
        func between(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        let yaml = close > 1 ? between(lines[1].lowerBound, lines[close - 1].upperBound) : ""
        let body = close + 1 < lines.count ? between(lines[close + 1].lowerBound, lines[lines.count - 1].upperBound) + "\n" : ""
        return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
    }

    @Test func frontMatterSplitsAsLineByLine() {
        let fixed = ["", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\n...\nbody", "---\na: 1\n---\nbody",
                     "---\na: 1\n---\nbody\n", "---\na: 1\n---\n\n", "---\na: 1\n---\nbody\n\n", "--- \na\n---\t\nb",
                     "----\na\n---\n", " ---\na\n---\n", "---\n\n---\n正文\n第二行", "---\na: 1\n -- \n----\n---x\n...\nb"]
        for text in fixed { #expect(FrontMatter.split(text) == Self.splitByLines(text), "\(text.debugDescription)") }
        // The same documents on every run.
        var r = FastYAMLTests.Random(state: 2026_11_22)
        let lines = ["---", "...", "--- ", "---\t", "----", "..", "a: 1", "", "正文 ---", " ---", "议事", "-- -"]
        for _ in 0..<3000 {
            var text = (0..<r.below(8)).map { _ in r.pick(lines) }.joined(separator: "\n")
            text += r.pick(["", "\n", "\n\n"])
            #expect(FrontMatter.split(text) == Self.splitByLines(text), "\(text.debugDescription)")
        }
    }

    @Test func filesAreReadWholeFromDisk() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/meetings"), withIntermediateDirectories: true)
        let big = [UInt8]((0..<200_000).map { UInt8($0 % 251) })
        try Data(big).write(to: root.appendingPathComponent("content/meetings/big.md"))
        try Data().write(to: root.appendingPathComponent("content/meetings/empty.md"))
        let disk = DiskSource(root: root)
        #expect(try disk.read("content/meetings/big.md") == big)
        #expect(try disk.read("content/meetings/empty.md") == [])
        #expect(throws: (any Error).self) { try disk.read("content/meetings/missing.md") }
        #expect(throws: (any Error).self) { try disk.read("content/meetings") }
        #expect(disk.files(under: "content").map(\.path) == ["content/meetings/big.md", "content/meetings/empty.md"])
    }

    /// The stamp the build cache compares, digit by digit, against the interpolated numbers it
    /// replaced: a change of format would only cost one full parse, but the two must agree.
    @Test func aFileStampIsTheNumbersItWasWrittenFrom() {
        var generator = SystemRandomNumberGenerator()
        let edges: [Int] = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, 1_700_000_000, 999_999_999]
        for k in 0..<2_000 {
            var s = stat()
            func pick() -> Int { k < edges.count ? edges[k] : Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator) }
            s.st_size = pick(); s.st_mtim.tv_sec = pick(); s.st_mtim.tv_nsec = pick()
            s.st_ctim.tv_sec = pick(); s.st_ctim.tv_nsec = pick(); s.st_ino = UInt(bitPattern: pick())
            #expect(fileStamp(s) == "\(s.st_size) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec) \(s.st_ctim.tv_sec).\(s.st_ctim.tv_nsec) \(s.st_ino)")
        }
    }

    @Test func aPathsLastPartIsFoundByItsBytes() {
        for path in ["content/meetings/2023/a.md", "a.md", "/", "a/", "/a", "", "内容/会议/龙江.md", "a//b", "议/事"] {
            let slow = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
            #expect(path.lastPathPart == slow, "\(path)")
            #expect(path.lastSlash == path.lastIndex(of: "/"), "\(path)")
            let sub = path.dropFirst()
            #expect(sub.lastPathPart == (sub.lastIndex(of: "/").map { sub[sub.index(after: $0)...] } ?? sub[...]), "\(path)")
        }
    }

    /// Minutes left in the cache's mapped file answer as the string they decode to.
    @Test func minutesLeftInTheMappedCacheAnswerAsTheirText() throws {
        let bodies = ["", "\n", " \t\n\r", "\u{3000}\n", "\u{3000}\u{A0}\u{2028}", "# 纪要", "\n\n议", "  a", "\u{3000}x",
                      "\u{200B}", "\u{FEFF}"]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-body-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var w = ArchiveWriter()
        for b in bodies { w.write(b) }
        try Data(w.bytes).write(to: url)
        let mapped = try #require(MappedFile(path: url.path))
        var r = ArchiveReader(mapped.bytes)
        r.checked = true
        r.mapped = mapped
        for b in bodies {
            let text = try r.readText()
            guard case .archived = text else { Issue.record("not left in the file: \(b.debugDescription)"); continue }
            #expect(text.string == b)
            #expect(text.hasVisibleText == BodyText.text(b).hasVisibleText, "\(b.debugDescription)")
            // Unicode's white space: a zero-width space or a byte-order mark is not (it prints nothing,
            // but it was written there), as the minutes' own check has always said.
            #expect(text.hasVisibleText == b.unicodeScalars.contains { !$0.properties.isWhitespace }, "\(b.debugDescription)")
        }
        #expect(r.atEnd)
    }

    /// The eight-bytes-at-a-time ASCII test that flags strings read from the cache, against the
    /// byte-by-byte definition, at every length and with the one high byte anywhere.
    @Test func asciiIsFoundEightBytesAtATime() {
        for length in 0..<40 {
            let plain = [UInt8]((0..<length).map { UInt8(0x20 + $0 % 90) })
            #expect(plain.withUnsafeBufferPointer(String.isASCII))
            for at in 0..<length {
                var one = plain
                one[at] = 0x80 | UInt8(at)
                #expect(!one.withUnsafeBufferPointer(String.isASCII), "\(length) \(at)")
            }
        }
        for text in ["2022-10-22-baile", "龙江", "a议", "content/meetings/2022/2022-10-22-baile.md"] {
            var s = text
            let back = s.withUTF8 { String(writtenUTF8: $0) }
            #expect(back == text && back.hashValue == text.hashValue)
            #expect(s.withUTF8(String.isASCII) == text.utf8.allSatisfy { $0 < 0x80 })
        }
    }
}
