/// A record's Markdown minutes: the text as read from its file, or where the build cache's
/// mapped file holds it, made into a string only when asked for.
///
/// A rebuild decodes every cached record, and the minutes are most of a record's bytes (25 MB
/// at 10 000 meetings) while only the pages it renders again read them.
public enum BodyText: Sendable {
    case text(String)
    /// Bytes `range` of `file`, which passed their record's checksum: the UTF-8 a string wrote.
    case archived(MappedFile, Range<Int>)

    public var string: String {
        switch self {
        case .text(let s): return s
        case .archived(let file, let range): return String(writtenUTF8: UnsafeRawBufferPointer(rebasing: file.bytes[range]))
        }
    }

    /// Whether the minutes hold anything but white space (a page shows none otherwise).
    public var hasVisibleText: Bool {
        switch self {
        case .text(let s): return s.unicodeScalars.contains(where: Self.visible)
        case .archived(let file, let range):
            // Scalar by scalar from the bytes: the answer is nearly always the first one.
            var bytes = UnsafeRawBufferPointer(rebasing: file.bytes[range]).makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
                if Self.visible(Unicode.UTF8.decode(scalar)) { return true }
            }
            return false
        }
    }

    private static func visible(_ s: Unicode.Scalar) -> Bool { !s.properties.isWhitespace }
}

/// Shown as the text alone, however it is stored: a record read from the cache prints and
/// dumps as the same record parsed from its file.
extension BodyText: CustomStringConvertible, CustomReflectable {
    public var description: String { string }
    public var customMirror: Mirror { Mirror(self, children: ["text": string]) }
}
