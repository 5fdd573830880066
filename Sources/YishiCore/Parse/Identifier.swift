/// The rule for ids of units, departments, meetings and items: they become file names and
/// anchors, so they must be safe in a path on every disk (DESIGN §3).
public enum Identifier {
    public static let maxLength = 100

    public static func problem(_ id: String) -> Message? {
        let u = Array(id.utf8)
        guard let first = u.first, isAlnum(first),
              u.allSatisfy({ isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
        else { return .invalidID(value: id) }
        if u.count > maxLength { return .idTooLong(value: id, limit: maxLength) }
        return nil
    }

    public static func isValid(_ id: String) -> Bool { problem(id) == nil }

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
