#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A content file split into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` fences.
    public var yaml: String
    /// File line of the first YAML line (the line after the opening fence).
    public var yamlLine: Int
    public var body: String
    /// File line on which the body starts.
    public var bodyLine: Int

    public enum Failure: Error, Equatable {
        case missingOpeningFence
        case missingClosingFence
    }

    /// Splits normalised text (LF line endings, no byte-order mark).
    ///
    /// Reads lines only up to the closing fence and takes the rest as the body whole: the
    /// minutes are most of a file, and listing their lines and copying them twice cost more
    /// than composing the front matter.
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let utf8 = text.utf8
        // Offsets found in the bytes; lines start and end next to an LF, so each offset is on
        // a character boundary and the pieces are cut from the text without decoding again.
        let found: Result<(yaml: Range<Int>, close: Int, closeEnd: Int), Failure>? = utf8.withContiguousStorageIfAvailable { b in
            let n = b.count
            func lineEnd(_ from: Int) -> Int { FrontMatter.lineEnd(b, from) }
            guard n > 0 else { return .failure(.missingOpeningFence) }
            let firstEnd = lineEnd(0)
            guard isFence(b[0..<firstEnd]) else { return .failure(.missingOpeningFence) }
            // A final line ending ends the last line; it does not start an empty one.
            var start = firstEnd + 1, index = 1
            while start < n {
                let end = lineEnd(start)
                if isFence(b[start..<end]) || isEnd(b[start..<end]) {
                    return .success((firstEnd + 1..<max(firstEnd + 1, start - 1), index, end))
                }
                start = end + 1
                index += 1
            }
            return .failure(.missingClosingFence)
        }
        guard let found else { return split(String(decoding: Array(utf8), as: UTF8.self)) }
        switch found {
        case .failure(let f):
            return .failure(f)
        case .success(let (yamlRange, close, closeEnd)):
            func piece(_ from: Int, _ to: Int) -> Substring {
                Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
            }
            let yaml = String(piece(yamlRange.lowerBound, yamlRange.upperBound))
            var body = ""
            let n = utf8.count
            if closeEnd + 1 < n {
                // The body ends with exactly the line ending its last line has, or is given one.
                let rest = piece(closeEnd + 1, n)
                body.reserveCapacity(rest.utf8.count + 1)
                body += rest
                if rest.utf8.last != 0x0A { body += "\n" }
            }
            return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
        }
    }

    /// Where the minutes probably begin in a file whose closing `---` is missing: the first
    /// line at the margin that is no field, list entry or comment (a heading `## …` is minutes), with no field at the margin
    /// after it; from file line `from` to `to` (the end of the file when nil). A line with a
    /// colon near its start (`标题：夜话`, `时间：晚上`) could be a field written wrong, and is
    /// taken only after a blank line. Nil when there is none: then the whole rest reads as
    /// front matter.
    public static func minutesStart(in text: String, from: Int = 2, to: Int? = nil) -> Int? {
        var lineNo = 0, found: Int? = nil, blankBefore = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if let to, lineNo > to { break }
            guard lineNo >= from else { continue }
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            defer { blankBefore = blank }
            // `# 说明` is a comment among the fields (`yishi new` writes them); `## 纪要`, a heading.
            guard let first = line.first, first != " ", first != "\t", first != "\r", first != "#" || line.hasPrefix("##") else { continue }
            if isKeyLine(line) { found = nil; continue }
            let fieldLike = line.prefix(12).contains { $0 == ":" || $0 == "：" }
            if found == nil, !line.hasPrefix("- "), line != "-", blankBefore || !fieldLike { found = lineNo }
        }
        return found
    }

    /// A `---` written among the fields, or above the last of them, where `split` ended the
    /// block: the body's first line that is neither blank nor a comment is a field of `fields`
    /// (`host: 王书记`, `    note: 已完工`, `unit：east-village`). That field's key, and the file
    /// line of the body's own `---` if it has one (nil when the fields were written below the
    /// closing line); nil otherwise. Minutes begin with a field's name as its key only where a
    /// fence went astray, and most stop being looked at on their first line.
    public static func strayFence(body: String, bodyLine: Int, fields: Set<String>, marginFields: Set<String>) -> (field: String, closing: Int?)? {
        var body = body
        // Over the bytes, line by line as far as needed: every file's body is asked, and
        // splitting the minutes into lines cost more than the answer.
        return body.withUTF8 { b -> (field: String, closing: Int?)? in
            let n = b.count
            var start = 0, lineNo = bodyLine, end = lineEnd(b, 0)
            // Blank lines and comments skipped: `yishi new` writes a `# 说明` above every field.
            while start < n && (blank(b, start, end) || comment(b, start, end)) {
                start = end + 1
                lineNo += 1
                end = lineEnd(b, start)
            }
            guard start < n, let (field, margin) = key(b, start, end), fields.contains(field) else { return nil }
            var line = end + 1, no = lineNo + 1
            while line < n {
                let e = lineEnd(b, line)
                if isFence(b[line..<e]) { return (field, no) }
                line = e + 1
                no += 1
            }
            // With nothing closing the block below, only a field of the file's own at the margin
            // (`items:`, `publicized:`) or one indented under it: minutes may open `note: …`.
            return margin && !marginFields.contains(field) ? nil : (field, nil)
        }
    }

    /// The key a line begins with, `key:` or `key：` after any indent and list dash, and whether
    /// it stands at the margin; nil when the line begins otherwise (`https://…` is no key).
    private static func key(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, margin: Bool)? {
        var k = start
        while k < end && b[k] == 0x20 { k += 1 }
        var margin = k == start
        if k + 1 < end && b[k] == UInt8(ascii: "-") && b[k + 1] == 0x20 {
            margin = false
            k += 2
            while k < end && b[k] == 0x20 { k += 1 }
        }
        let keyStart = k
        while k < end && SlipDetector.isKeyByte(b[k]) { k += 1 }
        let keyEnd = k
        while k < end && b[k] == 0x20 { k += 1 }
        // `key:` or, typed with a Chinese keyboard, `key：`.
        let fullWidth = k + 2 < end && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x9A
        guard keyEnd > keyStart, k < end,
              fullWidth || (b[k] == UInt8(ascii: ":") && (k + 1 == end || b[k + 1] == 0x20 || b[k + 1] == 0x0D)) else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<keyEnd]), as: UTF8.self), margin)
    }

    private static func blank(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        (from..<to).allSatisfy { b[$0] == 0x20 || b[$0] == 0x09 || b[$0] == 0x0D }
    }

    private static func comment(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to && b[k] == 0x20 { k += 1 }
        return k < to && b[k] == UInt8(ascii: "#")
    }

    /// A second front matter in the body: a `---` line, then lines of which at least two are
    /// fields of `keys` at the margin (`title: …`, `date: …`) and none is text at the margin
    /// (comments, blank lines and indented lines pass), then a `---`. A second meeting pasted
    /// under the first, read as its minutes: the opening line's file line, or nil. A `---` in
    /// minutes is a rule, what follows a rule is text, and a fenced code block is left alone.
    public static func secondBlock(body: String, bodyLine: Int, keys: Set<String>) -> Int? {
        var body = body
        return body.withUTF8 { b -> Int? in
            guard let base = b.baseAddress else { return nil }
            let n = b.count
            var start = 0, lineNo = bodyLine
            var opening: Int? = nil, fields = 0
            var code: UInt8? = nil  // the fence character of an open code block
            while start < n {
                let end = memchr(base + start, 0x0A, n - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
                defer { start = end + 1; lineNo += 1 }
                let line = b[start..<end]
                let c = line.first
                if (c == UInt8(ascii: "`") || c == UInt8(ascii: "~")) && line.prefix(3).allSatisfy({ $0 == c }) && line.count >= 3 {
                    if code == nil { code = c; opening = nil } else if code == c { code = nil }
                    continue
                }
                if code != nil { continue }
                if isFence(line) {
                    if let opening, fields >= 2 { return opening }
                    (opening, fields) = (lineNo, 0)
                    continue
                }
                guard opening != nil, !blank(b, start, end), !comment(b, start, end) else { continue }
                if let (name, margin) = key(b, start, end) {
                    if margin { if keys.contains(name) { fields += 1 } else { opening = nil } }
                } else if c != 0x20 {
                    opening = nil
                }
            }
            return nil
        }
    }

    /// `key:` or `key：` at the start of a line, the key in the letters keys are written in.
    private static func isKeyLine(_ line: Substring) -> Bool {
        let key = line.prefix { $0.asciiValue.map(SlipDetector.isKeyByte) ?? false }
        guard !key.isEmpty else { return false }
        let rest = line.dropFirst(key.count).drop { $0 == " " }
        // `https://…` at the margin of the minutes is a link, not a key: a key's colon ends the
        // line or a space follows it.
        if rest.first == "：" { return true }
        guard rest.first == ":" else { return false }
        let after = rest.dropFirst().first
        return after == nil || after == " " || after == "\r" || after == "\r\n"
    }

    /// FNV-1a over the front matter's UTF-8: stable across processes, unlike `Hasher`.
    public var digest: UInt64 { FrontMatter.fnv1a(yaml) }

    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the contiguous bytes rather than the UTF-8 view: a view's index steps cost
        // several times the hash itself, on every meeting of a full build.
        var s = s
        s.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        return h
    }

    /// Where the line that starts at `from` ends: at its line feed, or the end of the text.
    private static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < b.count && b[i] != 0x0A { i += 1 }
        return i
    }

    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { isMarker(line, UInt8(ascii: "-")) }

    private static func isEnd(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { isMarker(line, UInt8(ascii: ".")) }

    /// Three of `c`, then only spaces and tabs.
    private static func isMarker(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ c: UInt8) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == c }
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
