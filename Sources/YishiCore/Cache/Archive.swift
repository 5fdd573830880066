import Foundation

/// The build cache's byte format: what `Archivable` values write and read back.
///
/// Plain and fast rather than general: a rebuild reads tens of thousands of records before
/// it can start, and Codable's keyed containers would cost more than parsing the files again.
/// Numbers are LEB128 varints (zigzag for signed), strings are a length and UTF-8.
public struct ArchiveWriter {
    public private(set) var bytes: [UInt8] = []
    /// The file of the record being written: locations in it are written without its name.
    public var file = ""

    public init() {}

    /// Hands what was written so far to `file` once it is `threshold` bytes or more (always,
    /// with 0), and starts again empty: a cache written entry by entry is saved in pieces.
    public mutating func drain(into file: AtomicFile, threshold: Int = 1 << 20) {
        guard bytes.count >= threshold else { return }
        bytes.withUnsafeBytes { file.append($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func write(_ n: UInt64) {
        var v = n
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func write(_ n: Int) { write(UInt64(bitPattern: Int64((n << 1) ^ (n >> 63)))) }

    public mutating func write(_ b: Bool) { bytes.append(b ? 1 : 0) }

    public mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { u in
            write(UInt64(u.count))
            bytes.append(contentsOf: u)
        }
    }

    public mutating func write(raw: [UInt8]) {
        write(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }

    public mutating func write(raw: UnsafeRawBufferPointer) {
        write(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }

    /// Bytes with their checksum before them, as one run (see `Checksum.verified`).
    public mutating func write(checked raw: UnsafeRawBufferPointer) {
        write(UInt64(raw.count + 8))
        withUnsafeBytes(of: Checksum.of(raw).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: raw)
    }

    public mutating func write<T: Archivable>(_ value: T) { value.archive(into: &self) }

    /// A file name: a mark alone when it is the record's own `file`.
    public mutating func writeFile(_ name: String) {
        write(name == file)
        if name != file { write(name) }
    }

    public mutating func write<T: Archivable>(_ value: T?) {
        write(value != nil)
        value?.archive(into: &self)
    }

    public mutating func write<T: Archivable>(_ values: [T]) {
        write(UInt64(values.count))
        for v in values { v.archive(into: &self) }
    }
}

/// Reads what an `ArchiveWriter` wrote; any inconsistency throws, and the caller treats the
/// whole cache as absent (it is only ever a shortcut).
public struct ArchiveReader {
    public struct Damaged: Error {}

    let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0
    /// The file of the record being read (see `ArchiveWriter.file`).
    public var file = ""
    /// Set when the bytes passed their checksum: their strings are the UTF-8 a String wrote,
    /// and are not validated again (see `String(writtenUTF8:)`).
    public var checked = false
    /// The mapped file `bytes` lie in, when they passed their checksum there: long text is
    /// then left where it is (`readText`).
    public var mapped: MappedFile?

    /// `bytes` must outlive the reader.
    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var atEnd: Bool { offset == bytes.count }

    public mutating func readUInt() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[offset]
            offset += 1
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    public mutating func readInt() throws -> Int {
        let z = try readUInt()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    public mutating func readBool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// The next length-prefixed bytes where they lie, valid as long as the buffer read from.
    public mutating func span() throws -> UnsafeRawBufferPointer {
        let n = try readUInt()
        guard n <= UInt64(bytes.count - offset) else { throw Damaged() }
        let start = offset
        offset += Int(n)
        return UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
    }

    /// The offsets of a length-prefixed run of bytes, skipped.
    public mutating func readSpan() throws -> Range<Int> {
        let n = try readUInt()
        guard n <= UInt64(bytes.count - offset) else { throw Damaged() }
        offset += Int(n)
        return (offset - Int(n))..<offset
    }

    public mutating func readString() throws -> String {
        let bytes = try span()
        return checked ? String(writtenUTF8: bytes) : String(decoding: bytes, as: UTF8.self)
    }

    public mutating func readRaw() throws -> [UInt8] { [UInt8](try span()) }

    /// A string written with `write(_: String)`, left in the mapped file when there is one.
    public mutating func readText() throws -> BodyText {
        guard checked, let mapped else { return .text(try readString()) }
        let bytes = try span()
        guard let start = bytes.baseAddress, let base = mapped.bytes.baseAddress else { return .text("") }
        let offset = base.distance(to: start)
        return .archived(mapped, offset..<(offset + bytes.count))
    }

    public mutating func read<T: Archivable>(_: T.Type = T.self) throws -> T { try T(from: &self) }

    public mutating func readFile() throws -> String { try readBool() ? file : try readString() }

    public mutating func readOptional<T: Archivable>(_: T.Type = T.self) throws -> T? {
        try readBool() ? try T(from: &self) : nil
    }

    public mutating func readArray<T: Archivable>(_: T.Type = T.self) throws -> [T] {
        let n = try readUInt()
        // Each element takes at least a byte: a count beyond the bytes left is damage.
        guard n <= UInt64(bytes.count - offset) else { throw Damaged() }
        var out: [T] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n { out.append(try T(from: &self)) }
        return out
    }
}

/// A value the build cache can store: written field by field, read back in the same order.
/// Every stored property must be written — the round-trip test compares whole dumps.
public protocol Archivable {
    func archive(into w: inout ArchiveWriter)
    init(from r: inout ArchiveReader) throws
}

extension String: Archivable {
    public func archive(into w: inout ArchiveWriter) { w.write(self) }
    public init(from r: inout ArchiveReader) throws { self = try r.readString() }
}

extension Int: Archivable {
    public func archive(into w: inout ArchiveWriter) { w.write(self) }
    public init(from r: inout ArchiveReader) throws { self = try r.readInt() }
}

/// A fast 64-bit checksum, eight bytes at a time, of what the build cache stores: against
/// damage, not malice (a flipped byte inside a string would still decode, as other text).
public enum Checksum {
    /// The bytes of a run written by `ArchiveWriter.write(checked:)`, or nil when they are not
    /// the ones written.
    public static func verified(_ run: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard run.count >= 8 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: run[8...])
        return UInt64(littleEndian: run.loadUnaligned(as: UInt64.self)) == of(body) ? body : nil
    }

    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        // Four lanes, each a chain of its own, so that a step does not wait on the multiplication
        // before it. Checking the records of 10 000 meetings (38 MB) is a sixth of decoding them,
        // mostly reading the mapping: the lanes took a fifth off it.
        func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
            let m = (h ^ x) &* 0xff51_afd7_ed55_8ccd
            return m ^ (m >> 32)
        }
        let seed: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        var a = seed, b = seed &+ 1, c = seed &+ 2, d = seed &+ 3
        var i = 0
        while i + 32 <= bytes.count {
            a = mix(a, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            b = mix(b, bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            c = mix(c, bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
            d = mix(d, bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
            i += 32
        }
        // Joined so that a change in any one lane changes the result: each step is one-to-one in either input.
        var h = mix(mix(mix(a, b), c), d)
        while i + 8 <= bytes.count {
            h = mix(h, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0xc4ce_b9fe_1a85_ec53
            i += 1
        }
        return h ^ (h >> 29)
    }
}
