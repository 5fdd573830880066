#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTML tags written in the minutes: `<font color=red>`, `<br>`, `<span style=…>` pasted from
/// Word or a web page. The site renders the minutes safely, leaving every tag out, so what
/// the secretary meant by them (the red, the line break) silently never appears; the minutes
/// are told so, once per file, at the first tag.
///
/// What CommonMark reads as raw HTML, near enough for a warning: `<`, a letter, letters,
/// digits or `-`, then a space, `/` or `>`, with the `>` on the same line; a closing tag; a
/// comment. Links written as `<https://…>` and addresses as `<a@b.cn>` are not tags, nor is
/// `<5人` or anything inside code (a fenced block or a backtick span).
public enum RawHTML {
    public struct Found: Equatable, Sendable {
        /// The first tag, as written (cut at 40 characters), and where it is in the body:
        /// line from 0, column in Unicode scalars from 1.
        public var tag: String
        public var line: Int
        public var column: Int
        /// How many tags the body holds.
        public var count: Int
    }

    public static func find(in body: String) -> Found? {
        // Nearly every body has no '<' at all: one pass that only looks.
        var body = body
        let any = body.withUTF8 { b in b.baseAddress.map { memchr($0, 0x3C, b.count) != nil } ?? false }
        guard any else { return nil }
        var found: Found? = nil
        ProseLines.forEach(in: body) { n, line in
            let scalars = Array(line.unicodeScalars)
            var i = 0, inCode: Int? = nil  // the length of the backtick run that opened a code span
            while i < scalars.count {
                if ProseLines.stepOverBackticks(scalars, &i, &inCode) { continue }
                if inCode == nil, scalars[i] == "<", let end = tagEnd(scalars, from: i) {
                    if found == nil {
                        found = Found(tag: String(String.UnicodeScalarView(scalars[i..<min(end, i + 40)])), line: n, column: i + 1, count: 0)
                    }
                    found!.count += 1
                    i = end
                    continue
                }
                i += 1
            }
        }
        return found
    }

    /// Where the tag starting at `i` ends (past its `>`), or nil when it is no tag.
    private static func tagEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        func isLetter(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.properties.isAlphabetic }
        var k = i + 1
        if s[i...].starts(with: "<!--".unicodeScalars) {
            k = i + 4
        } else {
            if k < s.count, s[k] == "/" { k += 1 }
            guard k < s.count, isLetter(s[k]) else { return nil }
            while k < s.count, isLetter(s[k]) || (s[k].isASCII && s[k].properties.numericType != nil) || s[k] == "-" { k += 1 }
            guard k < s.count, s[k] == " " || s[k] == "/" || s[k] == ">" else { return nil }
        }
        // `<https://…>` and `<a@b.cn>` stop at their ':' or '@' above: links, which are shown.
        return s[k...].firstIndex(of: ">").map { $0 + 1 }
    }
}
