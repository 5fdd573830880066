import YishiCore

/// What a file is written from: one buffer, or pieces in order that are never joined whole in memory.
/// stats.json is such a file, a report per line: at a province's size it is 170 MB, which one
/// joined copy would hold in fresh memory only to write it out.
protocol FileBytes {
    var byteCount: Int { get }
    /// Hands each piece in order to `body` until it returns false; whether none did.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool
}

extension UnsafeRawBufferPointer: FileBytes {
    var byteCount: Int { count }
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool { body(self) }
}

/// A run of a file's bytes: made by this build, or left where a mapped file holds it — the last
/// build's stats.json, whose reports an edit did not reach are written again from the old file's
/// pages rather than read into fresh memory (17 MB at 10 000 meetings).
public enum Piece: Sendable {
    case made(ArraySlice<UInt8>)
    case mapped(MappedFile, Range<Int>)

    public var count: Int {
        switch self {
        case .made(let b): return b.count
        case .mapped(_, let r): return r.count
        }
    }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch self {
        case .made(let b): return b.withUnsafeBytes(body)
        case .mapped(let file, let r): return body(UnsafeRawBufferPointer(rebasing: file.bytes[r]))
        }
    }
}

extension Array: FileBytes where Element == Piece {
    var byteCount: Int { reduce(0) { $0 + $1.count } }

    /// The pieces gathered into a buffer of a megabyte, handed on each time it fills: a file of
    /// many short lines then costs a system call per megabyte, not per line.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
        defer { buffer.deallocate() }
        var used = 0
        func flush() -> Bool {
            defer { used = 0 }
            return used == 0 || body(UnsafeRawBufferPointer(rebasing: buffer[..<used]))
        }
        for piece in self {
            let handed = piece.withUnsafeBytes { p -> Bool in
                guard let start = p.baseAddress else { return true }
                if p.count > buffer.count - used, !flush() { return false }
                if p.count > buffer.count { return body(p) }
                (buffer.baseAddress! + used).copyMemory(from: start, byteCount: p.count)
                used += p.count
                return true
            }
            if !handed { return false }
        }
        return flush()
    }
}
