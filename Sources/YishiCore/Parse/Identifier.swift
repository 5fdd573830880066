/// The rule for ids of units, departments, meetings and items: they become file names and
/// anchors, so they must be safe in a path on every disk (DESIGN §3).
public enum Identifier {
    public static let maxLength = 100

    public static func problem(_ id: String) -> Message? {
        let u = id.utf8
        guard let first = u.first, isAlnum(first),
              u.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
        else { return .invalidID(value: id) }
        if u.count > maxLength { return .idTooLong(value: id, limit: maxLength) }
        return nil
    }

    public static func isValid(_ id: String) -> Bool { problem(id) == nil }

    /// The name a file was copied from, when `stem` is the name a copy gets: Windows'
    /// `X - 副本` and `X - Copy (2)`, a download's or WeChat's `X(1)`, macOS's `X 副本`,
    /// `X copy` and `X 2`, older Windows' `复件 X`. Nil for any other name, and for one
    /// whose original would not be a valid id either.
    public static func original(ofCopy stem: String) -> String? {
        // Every copy's name has a space, a bracket or a Chinese word: a valid id is no copy's.
        if isValid(stem) { return nil }
        var s = Substring(stem)
        func dropSuffix(_ x: String) -> Bool {
            guard s.hasSuffix(x), s.count > x.count else { return false }
            s = s.dropLast(x.count)
            return true
        }
        func isNumber(_ t: Substring) -> Bool { !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber } }
        func dropNumber() {
            // (2), （2）, or macOS's " 2"
            for (open, close) in [("(", ")"), ("（", "）")] where s.hasSuffix(close) {
                guard let o = s.lastIndex(of: Character(open)) else { continue }
                guard isNumber(s[s.index(after: o)..<s.index(before: s.endIndex)]) else { continue }
                s = s[..<o]
                return
            }
            if let space = s.lastIndex(of: " "), isNumber(s[s.index(after: space)...]) { s = s[..<space] }
        }
        for prefix in ["复件 ", "複件 ", "Copy of ", "副本 - "] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        // `X - 副本 (2)`: a number, a mark, or both, in either order.
        while true {
            let before = s
            dropNumber()
            for mark in [" - 副本", " - Copy", " - copy", " - 复制", " - 複製", "_副本", " 副本", "副本", " copy", " Copy"] where dropSuffix(mark) { break }
            if s == before { break }
            while s.hasSuffix(" ") { s = s.dropLast() }
        }
        let original = String(s)
        return original != stem && isValid(original) ? original : nil
    }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
