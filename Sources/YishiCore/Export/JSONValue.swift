/// A JSON value that keeps its keys in the order given, so that exports match the contract
/// key for key and are byte-identical from run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func number(_ d: Double?) -> JSONValue {
        guard let d else { return .null }
        return .double(d)
    }

    /// Pretty-printed with two-space indents, starting `indent` levels in, or with `indent`
    /// nil on one line with no space at all (`{"a":1,"b":[2,3]}`); whole numbers are written
    /// without a fraction.
    public func serialized(indent: Int? = 0) -> String {
        String(writtenUTF8: serializedUTF8(indent: indent))
    }

    /// `serialized(indent:)` as UTF-8 bytes.
    ///
    /// One growing byte buffer for the whole document: building each level as its own string
    /// and joining it into its parent copied a 30 MB stats.json once per level and was most of
    /// the open-data stage; appending bytes costs about half as much as appending String pieces.
    public func serializedUTF8(indent: Int? = 0) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return out
    }

    /// `indent` nil: on one line.
    func write(into out: inout [UInt8], indent: Int?) {
        let inner = indent.map { $0 + 1 }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): JSONValue.write(d, into: &out)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let xs):
            if xs.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (n, x) in xs.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(inner, into: &out)
                x.write(into: &out, indent: inner)
            }
            JSONValue.newline(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let kvs):
            if kvs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (n, (key, value)) in kvs.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(inner, into: &out)
                JSONValue.quote(key, into: &out)
                JSONValue.colon(indent, into: &out)
                value.write(into: &out, indent: inner)
            }
            JSONValue.newline(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A whole number without a fraction; NaN and the infinities as null.
    static func write(_ d: Double, into out: inout [UInt8]) {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 {
            out.append(contentsOf: String(Int(d)).utf8)
        } else {
            out.append(contentsOf: (d.isFinite ? "\(d)" : "null").utf8)
        }
    }

    /// A line break and the indent of `level`; nothing on one line (`level` nil).
    static func newline(_ level: Int?, into out: inout [UInt8]) {
        guard let level else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Between a key and its value: `": "`, or `":"` on one line.
    static func colon(_ level: Int?, into out: inout [UInt8]) {
        if level == nil { out.append(UInt8(ascii: ":")) } else { out.append(contentsOf: ": ".utf8) }
    }

    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        quote(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if needsEscaping(s) {
            var escaped = ""
            for c in s.unicodeScalars {
                switch c {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case _ where c.value < 0x20 || c == "\u{2028}" || c == "\u{2029}":
                    let hex = String(c.value, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                default: escaped.unicodeScalars.append(c)
                }
            }
            out.append(contentsOf: escaped.utf8)
        } else {
            // Almost every string needs no escape: its bytes go in whole rather than scalar by scalar.
            out.append(contentsOf: s.utf8)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether `s` holds a quote, a backslash, a control character, U+2028 or U+2029.
    static func needsEscaping(_ s: String) -> Bool {
        let clean = s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x5C { return false }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
                i += 1
            }
            return true
        }
        return clean != true
    }
}
