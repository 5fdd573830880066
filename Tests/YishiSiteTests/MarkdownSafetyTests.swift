import Foundation
import Testing
@testable import YishiSite
import YishiCore

/// What a secretary types cannot become script on the published site: raw HTML is
/// omitted, dangerous URLs are emptied, and only raster `data:` images survive.
///
/// The checks read the output as markup — every tag, attribute and URL — rather than
/// searching for strings, so that harmless text ("alert(1)" shown as text, a URL
/// shown as the text of an emptied link) is allowed and anything live is not.
@Suite struct MarkdownSafetyTests {
    let site = Markdown.standard

    // MARK: - Raw HTML

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "text <script>alert(1)</script> more",
        "inline <img src=x onerror=alert(1)> image",
        "a <iframe src=https://evil.example> b",
        "<div onclick=\"alert(1)\">click</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg><script>alert(1)</script></svg>",
        "<style>body{display:none}</style>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<!-- a comment --><script>alert(1)</script>",
        "<?php echo 1; ?>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "- item <b onmouseover=alert(1)>x</b>",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "> <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    ])
    func rawHTMLIsOmitted(_ markdown: String) throws {
        let html = site.html(markdown)
        let tokens = try MarkupScan(html)
        #expect(tokens.comments.allSatisfy { $0 == "<!-- raw HTML omitted -->" }, "\(html)")
        #expect(!tokens.comments.isEmpty, "raw HTML should leave its marker: \(html)")
        tokens.expectOnlyCmarkMarkup(html)
    }

    /// What the check calls words left out (RawHTML.hiddenBlocks) is what the renderer leaves
    /// out, and what it leaves alone (an inline tag) keeps its words on the page.
    @Test func theWordsTheCheckSaysAreLostAreTheOnesLost() {
        for (markdown, lost) in [("<table><tr><td>巡逻时间</td></tr></table>", true), ("<div>村民甲：柴草</div>", true),
                                 ("开会。\n<p>重要：加强巡逻</p>", true), ("请 <font color=red>务必</font> 到会", false),
                                 ("<b>重要</b>：加强巡逻", false), ("<font color=red>\n务必防火\n</font>", true),
                                 ("开会\n<font color=red>\n务必防火", false)] {
            let words = ["巡逻时间", "村民甲", "重要", "务必"].filter(markdown.contains)
            let html = site.html(markdown)
            #expect(words.allSatisfy { !html.contains($0) } == lost, "\(markdown) → \(html)")
            #expect(!RawHTML.hiddenBlocks(in: markdown).isEmpty == lost, "\(markdown)")
        }
    }

    // MARK: - Links and images

    @Test(arguments: [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](  javascript:alert(1)  )",
        "[a](<javascript:alert(1)>)",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;&#x61;vascript:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](<java&#9;script:alert(1)>)",
        "[a](vbscript:msgbox(1))",
        "[a](VBScript:x)",
        "[a](file:///etc/passwd)",
        "[a](FILE:///etc/passwd)",
        "[a][r]\n\n[r]: javascript:alert(1)",
        "[r]\n\n[r]: <JAVASCRIPT:alert(1)> \"t\"",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
        "![x](<data:image/svg+xml,<svg onload=alert(1)>>)",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](DATA:text/html,x)",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>",
        "<vbscript:x>",
        "<file:///etc/passwd>",
        "<data:text/html,<script>alert(1)</script>>",
        "javascript:alert(1) www.example.com/javascript:alert(1)",
        "JaVaScRiPt:alert(1) https://example.com/?q=javascript:alert(1)",
        "[www.example.com](javascript:alert(1))",
        "| a |\n|---|\n| [x](javascript:alert(1)) |",
        "- [ ] [x](vbscript:x)",
    ])
    func dangerousURLsAreDropped(_ markdown: String) throws {
        let html = site.html(markdown)
        let tokens = try MarkupScan(html)
        tokens.expectOnlyCmarkMarkup(html)   // includes: no dangerous href or src
        // Where the URL was dropped, the link is still a link, to nowhere.
        for url in tokens.urls where !url.isEmpty {
            #expect(url.hasPrefix("http://") || url.hasPrefix("https://") || url == "java%09script:alert(1)",
                    "\(url) in \(html)")
        }
    }

    @Test func rasterDataImagesAreKept() throws {
        for type in ["png", "gif", "jpeg", "webp"] {
            let url = "data:image/\(type);base64,iVBORw0KGgo="
            let html = site.html("![x](\(url))")
            #expect(html == "<p><img src=\"\(url)\" alt=\"x\" /></p>\n")
        }
        #expect(site.html("![x](data:image/svg+xml;base64,PHN2Zz4=)") == "<p><img src=\"\" alt=\"x\" /></p>\n")
    }

    @Test func ordinaryLinksSurvive() {
        #expect(site.html("[a](https://example.com/a?b=1&c=2)") ==
                "<p><a href=\"https://example.com/a?b=1&amp;c=2\">a</a></p>\n")
        #expect(site.html("[会议](/meetings/2024-03/)") == "<p><a href=\"/meetings/2024-03/\">会议</a></p>\n")
        #expect(site.html("www.example.com") ==
                "<p><a href=\"http://www.example.com\">www.example.com</a></p>\n")
        #expect(site.html("[a](mailto:x@example.com)") == "<p><a href=\"mailto:x@example.com\">a</a></p>\n")
        #expect(site.html("[a](javascript-guide.html)") == "<p><a href=\"javascript-guide.html\">a</a></p>\n")
    }

    // MARK: - The tag filter, even when raw HTML is let through

    @Test(arguments: ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"])
    func tagfilterEscapesEvenInUnsafeMode(_ tag: String) {
        let unsafe = Markdown(options: [.unsafe])
        for markdown in ["<\(tag)>x</\(tag)>", "a <\(tag.uppercased()) src=y> b", "<div>\n<\(tag)>\n</div>"] {
            let html = unsafe.html(markdown)
            #expect(!html.lowercased().contains("<\(tag)"), "\(markdown) → \(html)")
            #expect(html.lowercased().contains("&lt;\(tag)"), "\(markdown) → \(html)")
        }
        // Without the extension, unsafe mode passes the tag through: the filter is what escaped it.
        let unfiltered = Markdown(extensions: ["table"], options: [.unsafe])
        #expect(unfiltered.html("<\(tag)>x</\(tag)>").contains("<\(tag)>"))
    }

    /// The scanner would notice: the same kind of input rendered with `.unsafe` and no
    /// tag filter does trip it.
    @Test(arguments: [
        "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<iframe src=x></iframe>",
        "[a](javascript:alert(1))", "[a](JaVaScRiPt:alert(1))", "[a](&#x6A;avascript:alert(1))",
        "[a](vbscript:x)", "[a](file:///etc/passwd)", "<javascript:alert(1)>",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)", "<p style=\"position:fixed\">x</p>", "<!-- hi -->",
    ])
    func theScannerCatchesWhatUnsafeModeLetsThrough(_ markdown: String) {
        let html = Markdown(extensions: [], options: [.unsafe]).html(markdown)
        // Either markup cmark would not write (unquoted values: the scan throws) or a violation.
        let violations = (try? MarkupScan(html))?.violations ?? ["malformed"]
        #expect(!violations.isEmpty, "\(html)")
    }

    @Test func theSiteRendererIsSafe() {
        #expect(!Markdown.standard.options.contains(.unsafe))
        #expect(Set(Markdown.standard.extensions) == ["table", "strikethrough", "autolink", "tagfilter", "tasklist"])
        // Unsafe mode with tagfilter still passes `<img onerror>`: this is why the site
        // never turns `.unsafe` on.
        #expect(Markdown(options: [.unsafe]).html("<img src=x onerror=alert(1)>").contains("onerror"))
    }

    /// Every spec and extension example — a few hundred odd inputs, many with raw HTML
    /// and strange URLs — through the site's renderer: nothing but cmark's own markup.
    @Test func everySpecExampleIsSafeThroughTheSiteRenderer() throws {
        var checked = 0
        for file in ["commonmark-gfm-spec.txt", "gfm-extensions.txt"] {
            let url = MarkdownConformanceTests.specFolder.appendingPathComponent(file)
            for example in MarkdownConformanceTests.examples(in: try String(contentsOf: url, encoding: .utf8)) {
                let html = site.html(example.markdown)
                try MarkupScan(html).expectOnlyCmarkMarkup("\(file) example \(example.number): \(html)")
                checked += 1
            }
        }
        #expect(checked == 673 + 28)
    }

    // MARK: - Invalid input

    @Test func nulAndControlCharacters() throws {
        let html = site.html("a\u{0}b [x](java\u{0}script:alert(1)) <scr\u{0}ipt>")
        try MarkupScan(html).expectOnlyCmarkMarkup(html)
        #expect(html.contains("\u{FFFD}"))
    }
}

/// A strict reader of cmark-gfm's HTML output. cmark writes every text `<` as `&lt;`
/// and every attribute value in double quotes with `"` escaped, so each `<` in its
/// output opens a tag or a comment that cmark itself wrote.
struct MarkupScan {
    struct Tag { var name: String; var attributes: [(name: String, value: String?)] }
    struct Malformed: Error, CustomStringConvertible { var description: String }

    var tags: [Tag] = []
    var closing: [String] = []
    var comments: [String] = []

    /// Every element cmark-gfm and its five extensions (and footnotes) can write.
    static let elements: Set<String> = [
        "p", "a", "img", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr",
        "th", "td", "del", "input", "section", "sup",
    ]
    static let attributes: Set<String> = [
        "href", "src", "alt", "title", "class", "align", "style", "type", "checked",
        "disabled", "start", "id", "lang", "data-footnotes", "data-footnote-ref",
        "data-footnote-backref", "aria-label",
    ]

    init(_ html: String) throws {
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { throw Malformed(description: "open comment") }
                comments.append(String(rest[..<end.upperBound]))
                rest = rest[end.upperBound...]
                continue
            }
            guard let end = Self.tagEnd(rest) else { throw Malformed(description: "open tag: \(rest.prefix(40))") }
            let body = rest[rest.index(after: rest.startIndex)..<end]
            rest = rest[rest.index(after: end)...]
            if body.hasPrefix("/") {
                closing.append(String(body.dropFirst()))
                continue
            }
            tags.append(try Self.parseTag(body.hasSuffix("/") ? body.dropLast() : body))
        }
    }

    /// The `>` that closes the tag at the start of `s`, skipping quoted values.
    static func tagEnd(_ s: Substring) -> Substring.Index? {
        var inQuote = false
        var i = s.startIndex
        while i < s.endIndex {
            switch s[i] {
            case "\"": inQuote.toggle()
            case ">" where !inQuote: return i
            default: break
            }
            i = s.index(after: i)
        }
        return nil
    }

    static func parseTag(_ body: Substring) throws -> Tag {
        var rest = body
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber })
        rest = rest.dropFirst(name.count)
        var attributes: [(String, String?)] = []
        while true {
            rest = rest.drop(while: { $0 == " " })
            if rest.isEmpty { break }
            let attr = rest.prefix(while: { $0 != "=" && $0 != " " })
            guard !attr.isEmpty else { throw Malformed(description: "attribute in <\(body)>") }
            rest = rest.dropFirst(attr.count)
            if rest.hasPrefix("=\"") {
                rest = rest.dropFirst(2)
                guard let close = rest.firstIndex(of: "\"") else { throw Malformed(description: "value in <\(body)>") }
                attributes.append((String(attr), String(rest[..<close])))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("=") {
                throw Malformed(description: "unquoted value in <\(body)>")
            } else {
                attributes.append((String(attr), nil))
            }
        }
        return Tag(name: String(name), attributes: attributes)
    }

    /// Values of `href` and `src`, with the character references cmark writes decoded.
    var urls: [String] {
        tags.flatMap { tag in
            tag.attributes.filter { $0.name == "href" || $0.name == "src" }.compactMap { $0.value.map(Self.decode) }
        }
    }

    static func decode(_ value: String) -> String {
        var out = value
        for (entity, char) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&#x27;", "'"), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out
    }

    /// Whether a browser would take `url` as a `javascript:`, `vbscript:`, `file:` or
    /// non-raster `data:` URL. Browsers strip ASCII tab and newline anywhere and C0
    /// controls and spaces at the ends, then read a scheme `[a-z][a-z0-9+.-]*` before
    /// the first `:` (case-insensitively); anything else (`java%09script:`) is a
    /// relative URL.
    static func isDangerous(_ url: String) -> Bool {
        let scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = String(String.UnicodeScalarView(scalars))
            .trimmingCharacters(in: CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x20)))
            .lowercased()
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        let scheme = trimmed[..<colon]
        let schemeCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789+.-")
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first),
              scheme.unicodeScalars.allSatisfy(schemeCharacters.contains) else { return false }
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data":
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains(where: trimmed.hasPrefix)
        default: return false
        }
    }

    /// Everything here that cmark-gfm's safe output could not contain.
    var violations: [String] {
        var found: [String] = []
        for tag in tags {
            if !Self.elements.contains(tag.name) { found.append("element <\(tag.name)>") }
            for attribute in tag.attributes where !Self.attributes.contains(attribute.name) {
                found.append("attribute \(attribute.name) on <\(tag.name)>")
            }
            if tag.name == "input",
               !(tag.attributes.first?.name == "type" && tag.attributes.first?.value == "checkbox") {
                found.append("<input> that is not a checkbox")
            }
            for attribute in tag.attributes where attribute.name == "style" {
                if !["text-align: left", "text-align: center", "text-align: right"].contains(attribute.value ?? "") {
                    found.append("style=\"\(attribute.value ?? "")\"")
                }
            }
        }
        for name in closing where !Self.elements.contains(name) { found.append("closing </\(name)>") }
        for comment in comments where comment != "<!-- raw HTML omitted -->" { found.append("comment \(comment)") }
        for url in urls where Self.isDangerous(url) { found.append("URL \(url)") }
        return found
    }

    func expectOnlyCmarkMarkup(_ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(violations.isEmpty, "\(violations) in \(context)", sourceLocation: sourceLocation)
    }
}
