#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one content file, decoded and normalised so that later stages see one form.
///
/// A UTF-8 byte-order mark is dropped and CRLF line endings become LF, because files
/// saved by Windows editors carry both; invalid UTF-8 is reported with its byte offset, and
/// UTF-16 (Notepad's "Unicode", told by its byte-order mark) as such.
public enum SourceText {
    public enum Failure: Error, Equatable {
        case invalidUTF8(byteOffset: Int, line: Int)
        case utf16
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var doubled = false
        return decode(bytes, doubledLineEnds: &doubled)
    }

    /// A content file's text, or nil and the error that it cannot be decoded; with a warning
    /// when its lines end CR CR LF. What the parser and the reader of site files both ask.
    public static func read(_ bytes: [UInt8], file: String) -> (text: String?, diagnostics: [Diagnostic]) {
        var doubled = false
        switch decode(bytes, doubledLineEnds: &doubled) {
        case .success(let text):
            return (text, doubled ? [.warning(.doubledLineEnds, at: SourceLocation(file: file, line: 1, column: 1))] : [])
        case .failure(let failure):
            return (nil, [failure.diagnostic(file: file)])
        }
    }

    /// As `decode(_:)`, setting `doubledLineEnds` when lines end CR CR LF (`lineFeedsOnly`).
    static func decode(_ bytes: [UInt8], doubledLineEnds: inout Bool) -> Result<String, Failure> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let slice = bytes[start...]
        // The standard library checks and copies in one pass; the offset of the problem is
        // looked for only when there is one.
        var text: String
        if let valid = String(validating: slice, as: UTF8.self) {
            text = valid
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.utf16)
        } else if let bad = firstInvalidUTF8(slice) {
            let line = 1 + slice[slice.startIndex..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(.invalidUTF8(byteOffset: bad, line: line))
        } else {
            text = String(decoding: slice, as: UTF8.self)
        }
        if slice.contains(0x0D) {
            (text, doubledLineEnds) = lineFeedsOnly(text)
        }
        return .success(text)
    }

    /// Every line end as one LF. A run of CRs before an LF is one line end: CR LF from
    /// Windows, and CR CR LF from a file converted to Windows line ends twice, which some
    /// editors show as one line end and cmark-gfm would read as two (a blank line after every
    /// line, breaking lists and tables). A CR with no LF after it ends a line, as it does for
    /// cmark-gfm and for YAML. `doubled`: some line ended with more than one CR, which some
    /// editors show as a blank line after it (and then line numbers differ).
    static func lineFeedsOnly(_ text: String) -> (text: String, doubled: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var crs = 0, doubled = false
        for b in text.utf8 {
            if b == 0x0D { crs += 1; continue }
            if crs > 0 {
                if b != 0x0A { out.append(contentsOf: repeatElement(0x0A, count: crs)) } else if crs > 1 { doubled = true }
                crs = 0
            }
            out.append(b)
        }
        out.append(contentsOf: repeatElement(0x0A, count: crs))
        return (String(decoding: out, as: UTF8.self), doubled)
    }

    /// Index of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < b.endIndex else { return i }
            for k in 1...need {
                let x = b[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if x < l || x > h { return i }
            }
            i += need + 1
        }
        return nil
    }
}

extension SourceText {
    /// The byte ranges of the lines of UTF-8 text, as `split(separator: "\n")` with empty
    /// lines kept finds them: a string splits by characters, and CR LF is one character,
    /// so an LF right after a CR does not end a line.
    static func lines(_ text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        text.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            // memchr from one line feed to the next: a byte-by-byte loop cost ten times more.
            var from = 0
            while from < b.count, let found = memchr(base + from, 0x0A, b.count - from) {
                let i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if i == 0 || b[i - 1] != 0x0D {
                    out.append(start..<i)
                    start = i + 1
                }
                from = i + 1
            }
        }
        out.append(start..<text.count)
        return out
    }
}

extension SourceText.Failure {
    /// The error for a file that could not be decoded, at the line where it went wrong.
    func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .invalidUTF8(let offset, let line):
            .error(.invalidUTF8(byteOffset: offset), at: SourceLocation(file: file, line: line, column: 1))
        case .utf16: .error(.savedAsUTF16, at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
