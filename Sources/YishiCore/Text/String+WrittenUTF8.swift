extension String {
    /// A string of UTF-8 bytes this program wrote itself — a page the template engine put
    /// together from strings, JSON it serialized, a record the build cache stored and whose
    /// checksum held — made without checking the bytes again.
    ///
    /// `String(decoding:)` validates every byte, and on Chinese text that was a few percent
    /// of a build (every page, every cached record). Bytes from outside (a content file, a
    /// template, a file found in `output/`) must still go through `String(decoding:)`. Debug
    /// builds check anyway, so a test would catch bytes that are not UTF-8.
    public init(writtenUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes written as UTF-8 are not UTF-8")
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }

    public init(writtenUTF8 bytes: UnsafeRawBufferPointer) {
        self.init(writtenUTF8: bytes.assumingMemoryBound(to: UInt8.self))
    }

    public init(writtenUTF8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { String(writtenUTF8: $0) }
    }
}
