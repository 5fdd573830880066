/// HTML escaping of the five characters that can end an attribute or open a tag: one table,
/// for the template engine (on bytes), for strings code writes straight into HTML or XML
/// (SVG labels, feeds, records rows) and for the preview server's pages.
public enum HTML {
    public static func escape(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            append(bytes, to: &out)
            return String(writtenUTF8: out)
        }
    }

    /// Appends `bytes` (UTF-8) to `out`, escaped.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        for (k, byte) in bytes.enumerated() {
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k]))
            entity.withUTF8Buffer { out.append(contentsOf: $0) }
            runStart = k + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}

/// Markup written as bytes — literal pieces, whole numbers, escaped text — for what is drawn
/// thousands of times a build (the reports' charts): a `String` grown piece by piece spent
/// most of its time on the growing.
struct Markup {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func add(_ n: Int) { Markup.append(n, to: &bytes) }

    /// Text as it is (an id, a number already formatted).
    mutating func add(raw text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func add(escaped text: String) {
        var text = text
        text.withUTF8 { HTML.append($0, to: &bytes) }
    }

    var text: String { String(writtenUTF8: bytes) }

    /// The decimal digits of `n` (with a minus sign), appended to `out`.
    static func append(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        if m < 10 { return out.append(UInt8(ascii: "0") + UInt8(m)) }
        // The digits' count first, then each written in its place: reversing a slice of the
        // buffer afterwards cost more than the rest of the chart.
        var count = 1, power: UInt = 1
        while m / power >= 10 { power *= 10; count += 1 }
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var i = start + count - 1
        while m > 0 { out[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10; i -= 1 }
    }
}
