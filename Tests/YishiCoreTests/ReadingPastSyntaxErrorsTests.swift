import Testing
@testable import YishiCore

/// A syntax error whose fix is plain (a value to put in quotes) does not hide the rest of the
/// file: the line is read as it was meant and the problems after it are named in the same run.
@Suite struct ReadingPastSyntaxErrorsTests {
    static let minutes = """
        ---
        title: 夜话
        date: 2023-07-14
        unit: longjiang
        venue: 村委会
        items:
          - id: LJ-2023-007
            title: 路灯
            kind: problem
            decision: 由村委会更换灯泡
            status: in_progress
        ---
        正文

        """

    func rendered(_ text: String) -> [String] {
        parseMeeting(text).1.map { $0.rendered(in: .en) }.sorted()
    }

    @Test func aValueWithAColonDoesNotHideTheNextMistake() {
        let text = Self.minutes.replacingOccurrences(of: "由村委会更换灯泡", with: "方案: 由村委会更换灯泡")
            .replacingOccurrences(of: "in_progress", with: "完成").replacingOccurrences(of: "2023-07-14", with: "2023/7/14")
        let problems = rendered(text)
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("content/meetings/2023/x.md:3:7: error: 'date' is '2023/7/14'") })
        #expect(problems.contains { $0.hasPrefix("content/meetings/2023/x.md:10:17: error: the front matter cannot be read: a ':' where none is expected") })
        #expect(problems.contains { $0.hasPrefix("content/meetings/2023/x.md:11:13: error: 'status' is '完成'") })
        // The record read with the line mended goes on to the checks across files, as written.
        let (m, _) = parseMeeting(text)
        #expect(m?.items.first?.decision == "方案: 由村委会更换灯泡")
    }

    @Test func everyPlainSlipIsReadPast() {
        let text = Self.minutes.replacingOccurrences(of: "venue: 村委会", with: "venue: &v 村委会\nhost: *v")
            .replacingOccurrences(of: "title: 路灯", with: "title: \"路灯\\坏了\"")
            .replacingOccurrences(of: "由村委会更换灯泡", with: "方案: 一: 更换灯泡")
        let lines = rendered(text).filter { $0.contains(": error: ") }.map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(lines == ["content/meetings/2023/x.md:11", "content/meetings/2023/x.md:5", "content/meetings/2023/x.md:6", "content/meetings/2023/x.md:9"], "\(rendered(text))")
    }

    /// An error whose fix could change the lines around it (a line with no colon) is the one
    /// named. (`items: 两项` over the list was one too; it is now a slip whose fix is known,
    /// the value deleted, and the reading goes on past it: FrontMatterSlipTests.)
    @Test func aStructuralErrorStopsTheReading() {
        let text = Self.minutes.replacingOccurrences(of: "    title: 路灯\n", with: "    title: 路灯\n  kind2\n")
        let problems = rendered(text.replacingOccurrences(of: "in_progress", with: "完成"))
        #expect(problems.count == 1, "\(problems)")
        #expect(parseMeeting(text).0 == nil)
        let valued = rendered(Self.minutes.replacingOccurrences(of: "items:\n", with: "items: 两项\n")
            .replacingOccurrences(of: "in_progress", with: "完成"))
        #expect(valued.count == 2 && valued.contains { $0.contains("'items'") } && valued.contains { $0.contains("完成") }, "\(valued)")
    }

    @Test func onlyAPlainValueIsMended() {
        #expect(DocumentParser.mending(.yamlSyntax(.unexpectedColon), onLine: 2, of: "a: 1\n  - b: x: y\n") == "a: 1\n  - b: 'x: y'\n")
        #expect(DocumentParser.mending(.yamlSyntax(.unexpectedColon), onLine: 1, of: "b: it's: y  \n") == "b: 'it''s: y'\n")
        #expect(DocumentParser.mending(.yamlSyntax(.unknownEscape), onLine: 1, of: "b: \"a\\b\"") == "b: 'a\\b'")
        #expect(DocumentParser.mending(.yamlSyntax(.unexpectedColon), onLine: 1, of: "- {id: a: b}") == nil)
        #expect(DocumentParser.mending(.yamlSyntax(.unexpectedColon), onLine: 1, of: "b: [x: y]") == nil)
        #expect(DocumentParser.mending(.yamlSyntax(.badIndentation), onLine: 1, of: "b: x") == nil)
        #expect(DocumentParser.mending(.yamlSyntax(.unexpectedColon), onLine: 3, of: "b: x") == nil)
    }
}
