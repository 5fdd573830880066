import CQRencode

/// A QR code of a page's public URL, drawn as inline SVG for the printed notice.
public enum QRCode {
    /// An SVG of the code with a four-module quiet zone, or nil if libqrencode refuses the text.
    public static func svg(for text: String, label: String) -> String? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let size = width + 8
        // Every page has one: the path is written as bytes, not by string interpolation.
        var path: [UInt8] = []
        path.reserveCapacity(width * width * 4)
        func number(_ n: Int) {
            if n >= 10 { number(n / 10) }
            path.append(UInt8(ascii: "0") + UInt8(n % 10))
        }
        for y in 0..<width {
            var x = 0
            while x < width {
                // Bit 0 of each byte is the module's colour; runs of dark modules become one rectangle.
                guard code.pointee.data[y * width + x] & 1 == 1 else { x += 1; continue }
                var run = 1
                while x + run < width, code.pointee.data[y * width + x + run] & 1 == 1 { run += 1 }
                path.append(UInt8(ascii: "M")); number(x + 4)
                path.append(UInt8(ascii: " ")); number(y + 4)
                path.append(UInt8(ascii: "h")); number(run)
                path.append(contentsOf: "v1h-".utf8); number(run)
                path.append(UInt8(ascii: "z"))
                x += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(HTML.escape(label))\" shape-rendering=\"crispEdges\"><rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(String(decoding: path, as: UTF8.self))\"/></svg>"
    }
}
