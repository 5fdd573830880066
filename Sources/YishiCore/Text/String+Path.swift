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

    /// The name without its Markdown extension (`.md`, `.markdown`, in any case: a file saved as
    /// `.MD` on Windows is as much minutes as any), or nil for a file that is not Markdown.
    public var markdownStem: SubSequence? {
        for ext in [".md", ".markdown"] where utf8.count > ext.utf8.count {
            let tail = self[index(endIndex, offsetBy: -ext.count)...]
            if tail.lowercased() == ext { return self[..<tail.startIndex] }
        }
        return nil
    }
}
