import Foundation

/// Blank characters at either end of a value, trimmed as Foundation's
/// `trimmingCharacters(in:)` trims them.
///
/// That call goes through `NSString` on Linux and costs a copy each way, while nearly every
/// value as written has nothing to trim: it is only made when an end is blank.
struct Blank: Sendable {
    let set: CharacterSet
    private let ascii: [Bool]

    static let spaces = Blank(.whitespaces)
    static let spacesAndNewlines = Blank(.whitespacesAndNewlines)

    private init(_ set: CharacterSet) {
        self.set = set
        ascii = (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
    }

    func contains(_ s: Unicode.Scalar) -> Bool { s.isASCII ? ascii[Int(s.value)] : set.contains(s) }
}

extension StringProtocol {
    func trimming(_ blank: Blank) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if blank.contains(first) || blank.contains(last) { return trimmingCharacters(in: blank.set) }
        return String(self)
    }
}
