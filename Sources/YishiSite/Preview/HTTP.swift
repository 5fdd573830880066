import Foundation

/// The small part of HTTP/1.1 the preview server speaks: one request per connection, GET and
/// HEAD only, answered with `Connection: close`.
public enum HTTP {
    /// A request line and the headers that matter here.
    public struct Request: Equatable, Sendable {
        public var method: String
        public var target: String
        public var host: String?
    }

    /// Parses the head of a request (everything before the blank line); nil when malformed.
    public static func parse(head: [UInt8]) -> Request? {
        // Header bytes are ASCII in practice; anything else is decoded leniently and fails below.
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        if lines.count == 1 { lines = text.components(separatedBy: "\n") }
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var request = Request(method: String(parts[0]), target: String(parts[1]), host: nil)
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "host" {
                request.host = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return request
    }

    /// Whether a `Host` header names this machine's loopback address. A page on another site
    /// that re-points its own name at 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
    public static func isLoopback(host: String?) -> Bool {
        guard var host = host?.lowercased() else { return true }  // HTTP/1.0 clients send none
        if host.hasPrefix("[") {
            guard let end = host.firstIndex(of: "]") else { return false }
            host = String(host[host.index(after: host.startIndex)..<end])
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "127.0.0.1" || host == "localhost" || host == "::1"
    }

    /// A request target made safe to look up under a folder.
    public struct LocalPath: Equatable, Sendable {
        /// Decoded path segments: none empty, none `.` or `..`.
        public var segments: [String]
        /// The path ended with `/` (or was `/`).
        public var trailingSlash: Bool
        /// The path as requested, before the query: for redirects.
        public var raw: String
    }

    /// Decodes a request target's path: drops the query and fragment, decodes percent-escapes
    /// (UTF-8; an invalid escape or sequence is refused), and refuses `..`, NUL and backslash
    /// so that nothing outside the served folder can be named.
    public static func localPath(_ target: String) -> LocalPath? {
        guard target.hasPrefix("/") else { return nil }
        let raw = String(target.prefix { $0 != "?" && $0 != "#" })
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var it = Array(raw.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%") {
                guard it.count >= 2, let hi = hexValue(it[it.startIndex]), let lo = hexValue(it[it.startIndex + 1]) else { return nil }
                bytes.append(hi << 4 | lo)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        // Invalid UTF-8 would have been replaced by U+FFFD: the bytes would not come back.
        guard !bytes.contains(0), !bytes.contains(UInt8(ascii: "\\")), Array(decoded.utf8) == bytes else { return nil }
        var segments: [String] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { return nil }
            segments.append(String(part))
        }
        return LocalPath(segments: segments, trailingSlash: decoded.hasSuffix("/"), raw: raw)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The `Content-Type` for a file name.
    public static func contentType(for name: String) -> String {
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return name.hasSuffix("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "wasm": return "application/wasm"
        // Pagefind's index: fragments, index chunks, metadata and its wasm bundle (gzip inside).
        case "pagefind", "pf_fragment", "pf_index", "pf_meta": return "application/octet-stream"
        default: return "application/octet-stream"
        }
    }

    /// A whole response: status line, headers and (unless `head`) the body.
    public static func response(status: Int, type: String, body: [UInt8], head: Bool = false,
                                extra: [(String, String)] = []) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
        text += "Content-Type: \(type)\r\n"
        text += "Content-Length: \(body.count)\r\n"
        text += "Cache-Control: no-store\r\n"
        text += "X-Content-Type-Options: nosniff\r\n"
        text += "Connection: close\r\n"
        for (name, value) in extra { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        return Array(text.utf8) + (head ? [] : body)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
