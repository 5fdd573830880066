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
        // By bytes, from the end: every file of the site is asked.
        let u = utf8
        for ext in ["md", "markdown"] {
            var k = u.endIndex
            var matched = true
            for e in ext.utf8.reversed() {
                guard k != u.startIndex else { matched = false; break }
                k = u.index(before: k)
                if u[k] | 0x20 != e { matched = false; break }
            }
            guard matched, k != u.startIndex else { continue }
            let dot = u.index(before: k)
            if u[dot] == UInt8(ascii: "."), dot != u.startIndex { return self[..<dot] }
        }
        return nil
    }
}
