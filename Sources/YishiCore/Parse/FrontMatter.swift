/// A content file split into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` fences.
    public var yaml: String
    /// File line of the first YAML line (the line after the opening fence).
    public var yamlLine: Int
    public var body: String
    /// File line on which the body starts.
    public var bodyLine: Int

    public enum Failure: Error, Equatable {
        case missingOpeningFence
        case missingClosingFence
    }

    /// Splits normalised text (LF line endings, no byte-order mark).
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let bytes = Array(text.utf8)
        var lines = SourceText.lines(bytes)
        // A final line ending ends the last line; it does not start an empty one.
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, isFence(bytes[first]) else { return .failure(.missingOpeningFence) }
        guard let close = lines.indices.dropFirst().first(where: { isFence(bytes[lines[$0]]) || isEnd(bytes[lines[$0]]) }) else {
            return .failure(.missingClosingFence)
        }
        // Lines start and end next to an LF, so their offsets are on character boundaries.
        func between(_ from: Int, _ to: Int) -> String {
            let utf8 = text.utf8
            return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]))
        }
        let yaml = close > 1 ? between(lines[1].lowerBound, lines[close - 1].upperBound) : ""
        var body = ""
        if close + 1 < lines.count {
            body = between(lines[close + 1].lowerBound, lines[lines.count - 1].upperBound) + "\n"
        }
        return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
    }

    /// FNV-1a over the front matter's UTF-8: stable across processes, unlike `Hasher`.
    public var digest: UInt64 { FrontMatter.fnv1a(yaml) }

    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the contiguous bytes rather than the UTF-8 view: a view's index steps cost
        // several times the hash itself, on every meeting of a full build.
        var s = s
        s.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        return h
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool { isMarker(line, UInt8(ascii: "-")) }

    private static func isEnd(_ line: ArraySlice<UInt8>) -> Bool { isMarker(line, UInt8(ascii: ".")) }

    /// Three of `c`, then only spaces and tabs.
    private static func isMarker(_ line: ArraySlice<UInt8>, _ c: UInt8) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == c }
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
