import Testing
@testable import YishiCore

/// JSON and CSV are written into one growing string with fast paths for text that needs no
/// escape or quotes; the bytes must stay those of the straightforward versions kept here.
@Suite struct ExportFormatTests {
    /// The serializer as it was written first: each level its own string, joined into its parent.
    /// `indent` nil: on one line, with no space.
    static func reference(_ v: JSONValue, indent: Int? = 0) -> String {
        guard let indent else {
            switch v {
            case .array(let xs): return "[" + xs.map { reference($0, indent: nil) }.joined(separator: ",") + "]"
            case .object(let kvs): return "{" + kvs.map { referenceQuote($0.0) + ":" + reference($0.1, indent: nil) }.joined(separator: ",") + "}"
            default: return reference(v, indent: 0)
            }
        }
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return d.isFinite ? "\(d)" : "null"
        case .string(let s): return referenceQuote(s)
        case .array(let xs):
            if xs.isEmpty { return "[]" }
            return "[\n" + xs.map { inner + reference($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .object(let kvs):
            if kvs.isEmpty { return "{}" }
            return "{\n" + kvs.map { inner + referenceQuote($0.0) + ": " + reference($0.1, indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    static func referenceQuote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where c.value < 0x20 || c == "\u{2028}" || c == "\u{2029}":
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static func referenceField(_ s: String) -> String {
        // What a spreadsheet would run as a formula gets a quote in front (numbers excepted).
        let formula = ["=", "+", "-", "@", "\t", "\r"].contains { s.hasPrefix($0) } && Double(s) == nil
        let s = formula ? "'" + s : s
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Text that takes every path: plain, Chinese, each escape, the lead byte of U+2028 in
    /// ordinary punctuation (“”—…), spaces and quotes carrying combining marks, emoji.
    static let texts = [
        "", "plain", "龙江村安置区路灯", "引号\"和,逗号", "back\\slash", "line\nbreak", "cr\rlf\r\n", "tab\there",
        "\u{0}\u{1}\u{1F}\u{7F}", "sep\u{2028}para\u{2029}", "“弯引号”—破折号…省略号", "\u{2027}\u{202A}", " lead", "trail ",
        " \u{301}accent", "accent \u{301}", "\"\u{301}quote", "a\"\u{301}b\"c", "👨‍👩‍👧 family", ",", "\"", " ", "x,y\"z\n",
        // Formulas a spreadsheet would run, and numbers it would not.
        "=HYPERLINK(\"http://evil.example\",\"点此\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\r=1", "-3", "+1.5", "-", "a=b",
    ]

    @Test func jsonIsByteForByteTheStraightforwardSerialization() {
        let numbers: [JSONValue] = [.int(0), .int(-42), .double(46), .double(12.5), .double(0.8333333333333334),
                                    .double(1e15), .double(-0.0), .double(.infinity), .double(.nan), .null, .bool(true), .bool(false)]
        let strings = Self.texts.map(JSONValue.string)
        let nested: JSONValue = .object([
            ("strings", .array(strings)),
            ("numbers", .array(numbers)),
            ("empty", .object([])), ("none", .array([])),
            ("keys", .object(Self.texts.map { ($0, .int($0.utf8.count)) })),
            ("deep", (0..<20).reduce(JSONValue.string("bottom")) { v, i in .object([("level \(i)", .array([v, .null]))]) }),
        ])
        for indent in [0, 1, 3, nil] {
            #expect(nested.serialized(indent: indent) == Self.reference(nested, indent: indent))
        }
        #expect(!nested.serialized(indent: nil).contains("\n"), "on one line: a line break only inside a string, escaped")
        for s in Self.texts { #expect(JSONValue.quote(s) == Self.referenceQuote(s), "\(s.debugDescription)") }
        #expect(nested.serializedUTF8(indent: 2) == Array(Self.reference(nested, indent: 2).utf8))
        #expect(nested.serializedUTF8(indent: nil) == Array(Self.reference(nested, indent: nil).utf8))
    }

    @Test func csvIsByteForByteTheStraightforwardQuoting() {
        for s in Self.texts { #expect(CSV.field(s) == Self.referenceField(s), "\(s.debugDescription)") }
        let rows = [Self.texts, Self.texts.reversed(), [], [""]]
        let expected = CSV.byteOrderMark + ([["a", "b"]] + rows).map { $0.map(Self.referenceField).joined(separator: ",") + "\r\n" }.joined()
        // Through CSV.Writer, the open data's and the reports' writer (FiguresExportTests holds
        // each report's CSV, cadence lines included, to this).
        #expect(CSV.document(header: ["a", "b"], rows: rows) == expected)
        var line = ""
        CSV.appendLine(Self.texts[0], Self.texts[1], Self.texts[2], Self.texts[3], to: &line)
        #expect(line == Self.texts.prefix(4).map(Self.referenceField).joined(separator: ",") + "\r\n")
    }

    /// Numbers written digit by digit into the table are the numbers as text; none is empty.
    @Test func csvNumbersAreTheirDecimalText() {
        var generator = SystemRandomNumberGenerator()
        var numbers: [Int?] = [nil, 0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, 1_000_000]
        for _ in 0..<2_000 { numbers.append(Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator)) }
        var direct = CSV.Writer(header: ["n", "t"]), asText = CSV.Writer(header: ["n", "t"])
        for n in numbers {
            direct.field(n); direct.field("议"); direct.endRow()
            asText.field(n.map(String.init) ?? ""); asText.field("议"); asText.endRow()
        }
        #expect(direct.text == asText.text)
    }
}
