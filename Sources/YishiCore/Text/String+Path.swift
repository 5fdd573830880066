extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Where the last "/" is, found over the UTF-8 bytes: `lastIndex(of: "/")` walks the
    /// path character by character (a few thousand instructions a path, for every file
    /// read and written).
    public var lastSlash: Index? {
        utf8.lastIndex(of: UInt8(ascii: "/"))
    }

    /// The part after the last "/", or the whole when there is none.
    public var lastPathPart: SubSequence {
        lastSlash.map { self[index(after: $0)...] } ?? self[...]
    }
}
