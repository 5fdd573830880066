#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pictures the minutes show from a file of the secretary's own: `![会议现场](现场照片.jpg)`.
/// The site publishes the minutes' text and no file from `content/`, so the page would show a
/// broken picture; the minutes are told so, once per file, at the first. A picture from a web
/// address (`https://…`) is shown as written.
public enum LocalImages {
    public struct Found: Equatable, Sendable {
        /// The first picture's file, as written, and where its `![` is in the body: line from
        /// 0, column in Unicode scalars from 1.
        public var file: String
        public var line: Int
        public var column: Int
        /// How many such pictures the body holds.
        public var count: Int
    }

    public static func find(in body: String) -> Found? {
        // Nearly every body has no "![": one pass that only looks.
        var body = body
        let any = body.withUTF8 { b -> Bool in
            guard let base = b.baseAddress else { return false }
            var from = 0
            while from < b.count, let bang = memchr(base + from, 0x21, b.count - from) {
                let at = UnsafeRawPointer(bang) - UnsafeRawPointer(base)
                if at + 1 < b.count && b[at + 1] == UInt8(ascii: "[") { return true }
                from = at + 1
            }
            return false
        }
        guard any else { return nil }
        var found: Found? = nil
        ProseLines.forEach(in: body) { n, line in
            let s = Array(line.unicodeScalars)
            var i = 0, inCode: Int? = nil  // the length of the backtick run that opened a code span
            while i + 1 < s.count {
                if ProseLines.stepOverBackticks(s, &i, &inCode) { continue }
                guard inCode == nil, s[i] == "!", s[i + 1] == "[", let close = s[(i + 2)...].firstIndex(of: "]"),
                      close + 1 < s.count, s[close + 1] == "(" else { i += 1; continue }
                // The destination: `<…>` whole, or up to a space or the `)` that balances the `(`.
                var start = close + 2, end = start
                if start < s.count, s[start] == "<" {
                    start += 1
                    end = s[start...].firstIndex(of: ">") ?? s.count
                } else {
                    var depth = 0
                    while end < s.count, s[end] != " ", !(s[end] == ")" && depth == 0) {
                        if s[end] == "(" { depth += 1 } else if s[end] == ")" { depth -= 1 }
                        end += 1
                    }
                }
                let target = String(String.UnicodeScalarView(s[start..<end]))
                if !target.isEmpty, !isWebAddress(target) {
                    if found == nil { found = Found(file: String(target.prefix(60)), line: n, column: i + 1, count: 0) }
                    found!.count += 1
                }
                i = end
            }
        }
        return found
    }

    private static func isWebAddress(_ target: String) -> Bool {
        let lower = target.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") || lower.hasPrefix("data:")
    }
}
