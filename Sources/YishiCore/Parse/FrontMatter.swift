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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, isFence(first) else { return .failure(.missingOpeningFence) }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) || isEnd(lines[$0]) }) else {
            return .failure(.missingClosingFence)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let bodyLines = lines[(close + 1)...]
        var body = bodyLines.joined(separator: "\n")
        if !bodyLines.isEmpty { body += "\n" }
        return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
    }

    /// FNV-1a over the front matter's UTF-8: stable across processes, unlike `Hasher`.
    public var digest: UInt64 { FrontMatter.fnv1a(yaml) }

    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func isEnd(_ line: Substring) -> Bool {
        line.hasPrefix("...") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
