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
