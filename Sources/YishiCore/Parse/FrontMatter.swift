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
    ///
    /// Reads lines only up to the closing fence and takes the rest as the body whole: the
    /// minutes are most of a file, and listing their lines and copying them twice cost more
    /// than composing the front matter.
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let utf8 = text.utf8
        // Offsets found in the bytes; lines start and end next to an LF, so each offset is on
        // a character boundary and the pieces are cut from the text without decoding again.
        let found: Result<(yaml: Range<Int>, close: Int, closeEnd: Int), Failure>? = utf8.withContiguousStorageIfAvailable { b in
            let n = b.count
            func lineEnd(_ from: Int) -> Int {
                var i = from
                while i < n && b[i] != 0x0A { i += 1 }
                return i
            }
            guard n > 0 else { return .failure(.missingOpeningFence) }
            let firstEnd = lineEnd(0)
            guard isFence(b[0..<firstEnd]) else { return .failure(.missingOpeningFence) }
            // A final line ending ends the last line; it does not start an empty one.
            var start = firstEnd + 1, index = 1
            while start < n {
                let end = lineEnd(start)
                if isFence(b[start..<end]) || isEnd(b[start..<end]) {
                    return .success((firstEnd + 1..<max(firstEnd + 1, start - 1), index, end))
                }
                start = end + 1
                index += 1
            }
            return .failure(.missingClosingFence)
        }
        guard let found else { return split(String(decoding: Array(utf8), as: UTF8.self)) }
        switch found {
        case .failure(let f):
            return .failure(f)
        case .success(let (yamlRange, close, closeEnd)):
            func piece(_ from: Int, _ to: Int) -> Substring {
                Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
            }
            let yaml = String(piece(yamlRange.lowerBound, yamlRange.upperBound))
            var body = ""
            let n = utf8.count
            if closeEnd + 1 < n {
                // The body ends with exactly the line ending its last line has, or is given one.
                let rest = piece(closeEnd + 1, n)
                body.reserveCapacity(rest.utf8.count + 1)
                body += rest
                if rest.utf8.last != 0x0A { body += "\n" }
            }
            return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
        }
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

    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { isMarker(line, UInt8(ascii: "-")) }

    private static func isEnd(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { isMarker(line, UInt8(ascii: ".")) }

    /// Three of `c`, then only spaces and tabs.
    private static func isMarker(_ line: Slice<UnsafeBufferPointer<UInt8>>, _ c: UInt8) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == c }
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
