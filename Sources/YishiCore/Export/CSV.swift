/// RFC 4180 CSV as spreadsheet programs read Chinese correctly: UTF-8 with a byte-order mark,
/// CRLF line ends, fields quoted when they hold a comma, quote or line break.
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"

    /// A whole document from its rows, through `Writer` (the reports' CSV, written as one
    /// string with `appendLine`, is held to this in the tests).
    public static func document(header: [String], rows: [[String]]) -> String {
        var csv = Writer(header: header)
        for r in rows {
            for f in r { csv.field(f) }
            csv.endRow()
        }
        return csv.text
    }

    /// One line of four fields, CRLF included, appended to `out` (a scope's cadence rows,
    /// made once and put whole into each of its reports' CSV).
    static func appendLine(_ a: String, _ b: String, _ c: String, _ d: String, to out: inout String) {
        appendField(a, to: &out)
        out += ","
        appendField(b, to: &out)
        out += ","
        appendField(c, to: &out)
        out += ","
        appendField(d, to: &out)
        out += "\r\n"
    }

    /// A document written field by field into one byte buffer: the open data's tables are
    /// tens of thousands of rows, and a row made as an array of strings, then appended to a
    /// growing string, cost more than the values themselves.
    public struct Writer {
        private var bytes: [UInt8] = []
        private var fieldsInRow = 0

        /// Starts a document with its byte-order mark and header line.
        public init(header: [String], capacity: Int = 0) {
            bytes.reserveCapacity(capacity)
            bytes += byteOrderMark.utf8
            for h in header { field(h) }
            endRow()
        }

        /// The next field of the row, quoted when it needs to be.
        public mutating func field(_ s: String) {
            nextField()
            var s = CSV.inert(s)
            guard needsQuotes(s) else { return s.withUTF8 { bytes.append(contentsOf: $0) } }
            // Quotes are doubled as `appendField` doubles them (by character), the rare case.
            if s.utf8.contains(UInt8(ascii: "\"")) {
                var quoted = ""
                appendField(s, to: &quoted)
                return quoted.withUTF8 { bytes.append(contentsOf: $0) }
            }
            bytes.append(UInt8(ascii: "\""))
            s.withUTF8 { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
        }

        /// A whole number in decimal, or an empty field for none (never quoted: digits and "-").
        public mutating func field(_ n: Int?) {
            nextField()
            guard let n else { return }
            if n < 0 { bytes.append(UInt8(ascii: "-")) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                bytes.append(contentsOf: digits[..<writeDecimal(n.magnitude, into: digits)])
            }
        }

        /// The comma before every field of a row but its first.
        private mutating func nextField() {
            if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
            fieldsInRow += 1
        }

        public mutating func endRow() {
            bytes += [0x0D, 0x0A]
            fieldsInRow = 0
        }

        /// Whole lines written before (CRLF included), as they are.
        mutating func appendLines(_ lines: String) {
            var lines = lines
            lines.withUTF8 { bytes.append(contentsOf: $0) }
        }

        public var text: String { String(writtenUTF8: bytes) }
    }

    static func field(_ s: String) -> String {
        var out = ""
        appendField(s, to: &out)
        return out
    }

    static func appendField(_ s: String, to out: inout String) {
        let s = inert(s)
        guard needsQuotes(s) else { out += s; return }
        out += "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The text with a `'` before it when a spreadsheet would run it as a formula: text
    /// starting with `=`, `+`, `-`, `@`, a tab or a CR. A note written as
    /// `=HYPERLINK("http://…","点此")` in the minutes would otherwise become a live link, or
    /// worse, in the spreadsheet of whoever opens the open data. Numbers (`-3`, `+1.5`) stay
    /// as they are. The data page says so.
    static func inert(_ s: String) -> String {
        guard let first = s.utf8.first else { return s }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + s
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            let rest = s.utf8.dropFirst()
            let number = !rest.isEmpty && rest.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
            return number ? s : "'" + s
        default: return s
        }
    }

    /// A comma, quote, CR or LF anywhere, or a space at either end. The bytes are scanned
    /// first; the String checks of the ends run only when a space byte is there, so that a
    /// space carrying a combining mark is judged as it always was.
    static func needsQuotes(_ s: String) -> Bool {
        let scan = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for c in b where c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { return true }
            if b.first != 0x20 && b.last != 0x20 { return false }
            return nil
        }
        switch scan {
        case .some(.some(let answer)): return answer
        case .some(.none): return s.hasPrefix(" ") || s.hasSuffix(" ")
        case .none:
            return s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                || s.hasPrefix(" ") || s.hasSuffix(" ")
        }
    }
}
