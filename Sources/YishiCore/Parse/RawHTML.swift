import Foundation

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

    /// A paragraph that a block-level tag begins (`<table>`, `<div>`, `<p style=…>` at the start
    /// of a line, as Word's and web pages' HTML comes): CommonMark reads all of it, up to the
    /// next blank line, as HTML, and the site leaves it out with the words in it, not only the
    /// tags. `words`: the first of them, for the message.
    public struct HiddenBlock: Equatable, Sendable {
        public var tag: String
        /// Line from 0, column in Unicode scalars from 1.
        public var line: Int
        public var column: Int
        public var words: String
    }

    public static func hiddenBlocks(in body: String) -> [HiddenBlock] {
        guard body.utf8.contains(0x3C) else { return [] }
        var out: [HiddenBlock] = []
        var open: (tag: String, line: Int, column: Int, text: String)? = nil
        var previous = -2
        var inParagraph = false
        func close() {
            if let o = open {
                let words = visibleWords(o.text)
                if !words.isEmpty { out.append(HiddenBlock(tag: o.tag, line: o.line, column: o.column, words: words)) }
            }
            open = nil
        }
        ProseLines.forEach(in: body) { n, line in
            if n != previous + 1 { close(); inParagraph = false }  // a fenced code block came between
            previous = n
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { close(); inParagraph = false; return }
            if open != nil { open!.text += "\n" + line; return }
            let indent = line.prefix { $0 == " " }.count
            // A tag of any name alone on its line begins one too, but not inside a paragraph.
            guard indent <= 3, let tag = blockTag(line.dropFirst(indent)) ?? (inParagraph ? nil : loneTag(line.dropFirst(indent))) else {
                inParagraph = true
                return
            }
            open = (tag, n, indent + 1, String(line))
        }
        close()
        return out
    }

    /// CommonMark's block-level tag names (its HTML blocks of the sixth kind), which begin an
    /// HTML block even in the middle of a paragraph.
    private static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend",
        "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
        "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The block-level tag `line` starts with, as written (cut at 40 characters).
    private static func blockTag(_ line: Substring) -> String? {
        guard line.first == "<" else { return nil }
        var name = line.dropFirst()
        if name.first == "/" { name = name.dropFirst() }
        let letters = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let after = name.dropFirst(letters.count).first
        guard !letters.isEmpty, blockNames.contains(letters.lowercased()),
              after == nil || after == " " || after == "\t" || after == ">" || after == "/" || after == "\r" else { return nil }
        let end = line.firstIndex(of: ">").map { line.index(after: $0) } ?? line.endIndex
        return String(line[..<end].prefix(40))
    }

    /// The line when it is one whole opening or closing tag and nothing else (`<font color=red>`):
    /// CommonMark's HTML blocks of the seventh kind.
    private static func loneTag(_ line: Substring) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces.union(["\r"]))
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "<", !text.hasPrefix("<!"), let end = tagEnd(scalars, from: 0), end == scalars.count else { return nil }
        return String(text.prefix(40))
    }

    /// The text between the tags, its runs of space made one, cut at 20 characters.
    private static func visibleWords(_ html: String) -> String {
        var words = "", inTag = false, space = false
        for c in html {
            if inTag { if c == ">" { inTag = false; space = true }; continue }
            if c == "<" { inTag = true; continue }
            if c.isWhitespace || c == "\u{3000}" { space = true; continue }
            if space, !words.isEmpty { words.append(" ") }
            space = false
            words.append(c)
        }
        let nbsp = words.replacingOccurrences(of: "&nbsp;", with: " ").trimmingCharacters(in: .whitespaces)
        return nbsp.count > 20 ? String(nbsp.prefix(20)) + "…" : nbsp
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
