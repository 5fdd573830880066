import Foundation
import YishiCore

/// What Pagefind reads: a copy of every page it indexes, with each Han character set apart
/// as a word of its own.
///
/// Why: Pagefind splits Chinese into words with one dictionary when it indexes (jieba) and
/// with the browser's when it searches (`Intl.Segmenter`), and the two disagree (Pagefind
/// issue #1237): on the demo, 加装电梯 found 4 of the 11 pages that hold it, and a meeting's
/// full title none. With every character a word, the search page asks for the characters
/// as a quoted phrase, Pagefind's exact search, which finds them side by side: a substring
/// search, whatever either dictionary thinks. `SearchIndex` tells Pagefind not to split the
/// words again, and the search page takes the spaces back out of what it shows
/// (`templates/search.mustache`). The published pages are not changed.
public enum SearchText {
    /// Whether `scalar` is a Han character: the CJK Unified Ideographs, their extensions
    /// and the compatibility ideographs. The search page's script uses the same ranges.
    @inline(__always)
    static func isHan(_ scalar: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
            || (0xF900...0xFAFF).contains(scalar) || (0x20000...0x3FFFF).contains(scalar)
    }

    /// Whether Pagefind counts `scalar` as part of a word (Rust's `char::is_alphanumeric`).
    static func isWordCharacter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            let b = UInt8(scalar)
            return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }
        guard let s = Unicode.Scalar(scalar) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// `html` with a space before every Han character in its text, and before a letter or
    /// digit that follows one, with or without punctuation between; tags, attributes and
    /// everything else byte for byte as they were. Punctuation stays on the word before it:
    /// Pagefind gives every space-separated piece a place in the phrase, and a comma of its
    /// own would come between two characters a search asks for side by side (the query's
    /// punctuation is dropped).
    ///
    /// Headings are given the body's weight (`data-pagefind-weight="1"`, after any weight the
    /// page gives itself, which wins): Pagefind's exact search does not find a phrase among
    /// words it weighs as a heading's, so a matter's or a meeting's title went unfound, or
    /// was found only where the minutes repeat it, under another heading's link.
    public static func spaced(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count + html.count / 3)
        var inTag = false, inHeading = false
        var afterHan = false
        var i = 0
        let n = html.count
        while i < n {
            let b = html[i]
            if inTag {
                if b == UInt8(ascii: ">") {
                    inTag = false
                    if inHeading { out.append(contentsOf: bodyWeight); inHeading = false }
                }
                out.append(b); i += 1; continue
            }
            if b == UInt8(ascii: "<") {
                // A term and its description read apart in a result's excerpt (责任单位：区住建局,
                // not 责任单位区住建局): a colon closes the term, on its last word.
                if i + 4 < n, html[i + 1] == UInt8(ascii: "/"), html[i + 2] | 0x20 == UInt8(ascii: "d"),
                   html[i + 3] | 0x20 == UInt8(ascii: "t"), html[i + 4] == UInt8(ascii: ">") {
                    out.append(contentsOf: afterHan ? fullWidthColon : halfWidthColon)
                }
                inTag = true
                inHeading = i + 3 < n && html[i + 1] | 0x20 == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[i + 2])
                    && (html[i + 3] == UInt8(ascii: ">") || html[i + 3] == UInt8(ascii: " ") || html[i + 3] == UInt8(ascii: "\n"))
                out.append(b); i += 1; continue
            }
            // A character reference (&amp;) is punctuation here, copied whole.
            if b == UInt8(ascii: "&"), let end = html[i..<min(n, i + 33)].firstIndex(of: UInt8(ascii: ";")),
               html[(i + 1)..<end].allSatisfy({ $0 == UInt8(ascii: "#") || ($0 < 0x80 && isWordCharacter(UInt32($0))) }) {
                out.append(contentsOf: html[i...end]); i = end + 1; continue
            }
            var width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            guard i + width <= n else { out.append(contentsOf: html[i...]); break }
            // Not UTF-8 (a page put in by hand): the byte alone, so that a '<' is never swallowed.
            if width > 1, html[(i + 1)..<(i + width)].contains(where: { $0 & 0xC0 != 0x80 }) { width = 1 }
            var scalar = UInt32(width == 1 ? b : b & (0xFF >> (width + 1)))
            for k in 1..<width { scalar = scalar << 6 | UInt32(html[i + k] & 0x3F) }
            if isHan(scalar) {
                out.append(UInt8(ascii: " "))
                afterHan = true
            } else if afterHan {
                // Punctuation stays on the character's piece; a letter, a digit or a space
                // ends it.
                if isWordCharacter(scalar) {
                    out.append(UInt8(ascii: " "))
                    afterHan = false
                } else if scalar <= 0x20 {
                    afterHan = false
                }
            }
            out.append(contentsOf: html[i..<(i + width)])
            i += width
        }
        return out
    }

    private static let bodyWeight = Array(" data-pagefind-weight=\"1\"".utf8)
    private static let fullWidthColon = Array("：".utf8), halfWidthColon = Array(":".utf8)

    /// Writes into `source` the spaced copy of every HTML page under `site` that marks what
    /// Pagefind should index (`data-pagefind-body`), at the same relative path, so that the
    /// index's addresses are the site's. Pages without the mark are left out, as Pagefind
    /// leaves them out once any page has it; when none has it, every page is copied, as
    /// Pagefind would then index them all. Returns how many pages were written.
    public static func prepare(from site: URL, into source: URL, except: Set<String>) throws -> Int {
        guard SiteWriter.isFolder(site.path), let paths = SiteWriter.files(under: site.path, except: except) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: site.path])
        }
        let pages = paths.filter { $0.hasSuffix(".html") }.sorted()
        let mark = Array("data-pagefind-body".utf8)
        let written = Collected<String>()
        let unmarked = Collected<String>()
        let failures = Collected<String>()
        func copy(_ pages: [String], onlyMarked: Bool) {
            parallelForEach(pages) { path in
                guard let bytes = FileManager.default.contents(atPath: site.path + "/" + path) else {
                    failures.add("\(site.path)/\(path)"); return
                }
                let html = [UInt8](bytes)
                if onlyMarked, html.firstRange(of: mark) == nil { unmarked.add(path); return }
                let target = source.appendingPathComponent(path)
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(spaced(html)).write(to: target)
                    written.add(path)
                } catch {
                    failures.add(target.path)
                }
            }
        }
        copy(pages, onlyMarked: true)
        if written.items.isEmpty { copy(unmarked.items.sorted(), onlyMarked: false) }
        if let first = failures.items.sorted().first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: first])
        }
        return written.items.count
    }
}
