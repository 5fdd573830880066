import Foundation
import Testing
@testable import YishiSite

/// Every example of the CommonMark/GFM spec and of the GFM extension examples, run
/// through `Markdown` the way cmark-gfm's own runner (`test/spec_tests.py` with
/// `test/cmark.py`, as `test/CMakeLists.txt` calls them) runs them:
///
/// - every example is rendered with `CMARK_OPT_UNSAFE` (`.unsafe`), as `cmark.py` does
///   for all of them: the spec shows raw HTML passing through. The test also renders
///   each example in safe mode and checks that the two differ only where safe mode
///   omitted raw HTML — so `.unsafe` is what exactly the raw-HTML examples need;
/// - a spec example gets the extensions its fence line names
///   ("```` example table"); the two marked `disabled` are task-list examples that the
///   upstream runner skips — here they run, with `tasklist`;
/// - every extension example gets all the extensions and footnotes, as the upstream
///   `extensions_executable` test does (`--extensions "table strikethrough autolink
///   tagfilter footnotes tasklist"`; `footnotes` is an option, not an extension);
/// - the comparison is exact, byte for byte, after only turning `\r\n` into `\n`
///   (upstream passes `--no-normalize`; `test/normalize.py` is not used), except
///   that an expected `<IGNORE>` only asks that rendering not crash, as upstream.
///
/// Any example that differs must be in its file's `knownDifferences`, with the reason;
/// an example listed there that now passes fails the test too, so the list stays honest.
@Suite struct MarkdownConformanceTests {
    static let specFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()      // YishiSiteTests
        .deletingLastPathComponent()      // Tests
        .deletingLastPathComponent()      // the repository
        .deletingLastPathComponent()      // the folder that holds shared/
        .appendingPathComponent("shared/spec")

    /// `test/spec.txt` of cmark-gfm 0.29.0.gfm.0 (numbering as upstream: from 1, in file order).
    @Suite struct CommonMarkGFMSpec {
        static let knownDifferences: [Int: String] = [
            279: """
                Task list (fence marked `disabled`: the upstream runner skips it). The expected \
                HTML is written in normalised form, `<input checked="" disabled="" type="checkbox">`; \
                cmark-gfm's tasklist extension writes `<input type="checkbox" checked="" disabled="" />` \
                (attributes in another order, XHTML-style `/>`). Same element and attributes: \
                equal under upstream's normalize.py, which sorts attributes and drops the slash.
                """,
            280: """
                Nested task list, `disabled` like 279 and for the same reason: attribute order \
                and the `/>` of cmark-gfm's `<input type="checkbox" … disabled="" />`.
                """,
        ]

        @Test func everyExample() throws {
            try MarkdownConformanceTests.run(
                file: "commonmark-gfm-spec.txt", expectedCount: 673,
                knownDifferences: Self.knownDifferences
            ) { example in
                let extensions = example.extensions.contains("disabled")
                    ? ["tasklist"] : example.extensions
                return Markdown(extensions: extensions, options: [.unsafe])
            }
        }
    }

    /// `test/extensions.txt` of cmark-gfm 0.29.0.gfm.0.
    @Suite struct GFMExtensions {
        static let knownDifferences: [Int: String] = [
            23: """
                Footnotes. The file is from 0.29.0.gfm.0; 0.29.0.gfm.2 changed footnote HTML \
                (cmark-gfm #229, #230, #234): ids come from the label (`#fn-footnote`, \
                `fnref-footnote` rather than `#fn2`, `fnref2`), and `data-footnote-ref`, \
                `data-footnotes`, `data-footnote-backref` and `aria-label="Back to content"` \
                are added. Same structure and text otherwise. The site does not turn footnotes on.
                """,
        ]

        @Test func everyExample() throws {
            let renderer = Markdown(
                extensions: ["table", "strikethrough", "autolink", "tagfilter", "tasklist"],
                options: [.unsafe, .footnotes]
            )
            try MarkdownConformanceTests.run(
                file: "gfm-extensions.txt", expectedCount: 28,
                knownDifferences: Self.knownDifferences
            ) { example in
                Markdown(extensions: renderer.extensions + example.extensions, options: renderer.options)
            }
        }
    }

    // MARK: - The runner

    struct Example {
        var number: Int
        var line: Int
        var section: String
        var extensions: [String]
        var markdown: String
        var html: String
    }

    /// A port of `get_tests` in cmark-gfm's `test/spec_tests.py`.
    static func examples(in text: String) -> [Example] {
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var state = 0   // 0 regular text, 1 markdown, 2 html
        var number = 0
        var startLine = 0
        var extensions: [String] = []
        var section = ""
        var markdown = ""
        var html = ""
        var lineNumber = 0
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "\n" }
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            lineNumber += 1
            let stripped = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if stripped.hasPrefix(fence + " example") {
                state = 1
                extensions = stripped.dropFirst(fence.count + " example".count)
                    .split(separator: " ").map(String.init)
            } else if stripped == fence {
                state = 0
                number += 1
                examples.append(Example(
                    number: number, line: startLine, section: section, extensions: extensions,
                    markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                    html: html.replacingOccurrences(of: "→", with: "\t")))
                startLine = 0
                markdown = ""
                html = ""
            } else if stripped == "." {
                state = 2
            } else if state == 1 {
                if startLine == 0 { startLine = lineNumber - 1 }
                markdown += line
            } else if state == 2 {
                html += line
            } else if state == 0, line.hasPrefix("#") {
                // `re.match('#+ ', line)`: one or more `#`, then a space.
                let afterHashes = line.drop(while: { $0 == "#" })
                if afterHashes.hasPrefix(" ") {
                    section = afterHashes.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
        }
        return examples
    }

    static func run(
        file: String, expectedCount: Int, knownDifferences: [Int: String],
        renderer: (Example) -> Markdown
    ) throws {
        let url = specFolder.appendingPathComponent(file)
        let examples = examples(in: try String(contentsOf: url, encoding: .utf8))
        try #require(examples.count == expectedCount, "\(file): parsed \(examples.count) examples")
        for number in knownDifferences.keys {
            #expect((1...examples.count).contains(number), "\(file): no example \(number)")
        }

        var passed = 0, known = 0, ignored = 0, rawHTML = 0
        for example in examples {
            let markdown = renderer(example)
            let actual = markdown.html(example.markdown)
                .replacingOccurrences(of: "\r\n", with: "\n")
            let safe = Markdown(extensions: markdown.extensions, options: markdown.options.subtracting(.unsafe))
                .html(example.markdown)
            if safe != actual {
                rawHTML += 1
                #expect(safe.contains("<!-- raw HTML omitted -->"), """
                    \(file) example \(example.number): safe and unsafe mode differ beyond raw HTML
                    \(safe)
                    """)
            }
            let expected = example.html.replacingOccurrences(of: "\r\n", with: "\n")
            // As upstream: an expected `<IGNORE>` means "must render without crashing"
            // (extension example 20, the autolinker on `(_A_@_.A`); it counts as passed.
            let ignore = expected.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
            if ignore { ignored += 1 }
            let matches = ignore || actual == expected
            switch (matches, knownDifferences[example.number]) {
            case (true, nil):
                passed += 1
            case (false, .some):
                known += 1
            case (true, .some(let reason)):
                Issue.record("""
                    \(file) example \(example.number) (line \(example.line), \(example.section)) \
                    now passes: remove it from knownDifferences (was: \(reason))
                    """)
            case (false, nil):
                Issue.record("""
                    \(file) example \(example.number) (line \(example.line), \(example.section), \
                    extensions \(example.extensions)) differs
                    --- markdown
                    \(example.markdown)--- expected
                    \(expected)--- actual
                    \(actual)
                    """)
            }
        }
        print("""
            \(file): \(passed) passed (\(ignored) of them <IGNORE>: only checked not to crash), \
            \(known) known differences, \(examples.count) total; \
            \(rawHTML) hold raw HTML that safe mode omits
            """)
    }
}
