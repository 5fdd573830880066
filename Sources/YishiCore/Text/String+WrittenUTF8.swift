extension String {
    /// A string of UTF-8 bytes this program wrote itself — a page the template engine put
    /// together from strings, JSON it serialized, a record the build cache stored and whose
    /// checksum held — made without checking the bytes again.
    ///
    /// `String(decoding:)` validates every byte, and on Chinese text that was a few percent
    /// of a build (every page, every cached record). Bytes from outside (a content file, a
    /// template, a file found in `output/`) must still go through `String(decoding:)`. Debug
    /// builds check anyway, so a test would catch bytes that are not UTF-8.
    ///
    /// Whether a short string's bytes are all ASCII is worked out here and kept with it: a
    /// string not known to be ASCII is brought to its normal form before every hash and
    /// comparison, and the ids, paths and units read from the build cache were hashed that way
    /// — three times the cost — by every table a rebuild keys by them.
    public init(writtenUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes written as UTF-8 are not UTF-8")
        // Only short strings are hashed (ids, paths, names): a page is not scanned for it.
        self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: bytes.count <= 256 && Self.isASCII(bytes)))
    }

    /// Eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0, high: UInt64 = 0
        while i + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < raw.count {
            high |= UInt64(raw[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    public init(writtenUTF8 bytes: UnsafeRawBufferPointer) {
        self.init(writtenUTF8: bytes.assumingMemoryBound(to: UInt8.self))
    }

    public init(writtenUTF8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { String(writtenUTF8: $0) }
    }
}
