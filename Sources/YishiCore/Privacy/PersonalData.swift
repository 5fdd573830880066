/// Finds personal data that must never be published: mainland mobile numbers and resident
/// identity numbers whose checksum is valid (DESIGN §6).
///
/// Numbers are found the way a reader would see them on the page: digits may be full-width,
/// grouped with spaces or hyphens, split by Markdown emphasis (`139**1234**5678`) or by a line
/// break inside a paragraph, and an identity number may end in a lower-case x.
public enum PersonalData {
    public enum Kind: String, Sendable, Equatable {
        case mobile
        case identity
    }

    public struct Finding: Sendable, Equatable {
        public var kind: Kind
        /// The number's digits (and X), without separators.
        public var digits: String
        /// Offset, in Unicode scalars, of the first character.
        public var offset: Int

        /// The number with its middle hidden, for messages: `139****5678`.
        public var masked: String {
            let c = Array(digits)
            switch kind {
            case .mobile: return String(c.prefix(3)) + "****" + String(c.suffix(4))
            case .identity: return String(c.prefix(6)) + "********" + String(c.suffix(4))
            }
        }
    }

    /// Scans text; `allowed` numbers (in any spelling) are not reported.
    public static func scan(_ text: String, allowed: [String] = []) -> [Finding] {
        let allowedDigits = Set(allowed.map { normalizedDigits($0) })
        let scalars = Array(text.unicodeScalars)
        // Groups of digits and the offsets where each starts; a group ends at anything else.
        var groups: [(digits: [Character], start: Int, gapBefore: Int)] = []
        var i = 0
        var gap = Int.max
        while i < scalars.count {
            if let d = digit(scalars[i], allowX: false) {
                var digits = [d]
                let start = i
                i += 1
                while i < scalars.count, let d = digit(scalars[i], allowX: true) {
                    digits.append(d)
                    i += 1
                    if d == "X" { break }
                }
                groups.append((digits, start, gap))
                gap = 0
                continue
            }
            gap = isSeparator(scalars[i]) && gap != Int.max ? gap + 1 : Int.max
            if gap > 4 { gap = Int.max }
            i += 1
        }
        // Runs of groups joined only by separators; try every run of groups that makes an
        // 11-digit mobile or an 18-character identity number.
        var findings: [Finding] = []
        var claimed = Set<Int>()
        for first in groups.indices where !claimed.contains(first) {
            var digits: [Character] = []
            var last = first
            while last < groups.count {
                if last > first, groups[last].gapBefore == Int.max { break }
                digits += groups[last].digits
                if digits.count > 20 { break }
                let candidate = String(digits)
                if let kind = classify(candidate),
                   !allowedDigits.contains(candidate.uppercased()) {
                    findings.append(Finding(kind: kind, digits: candidate.uppercased(), offset: groups[first].start))
                    for k in first...last { claimed.insert(k) }
                    break
                }
                last += 1
            }
        }
        return findings
    }

    /// What a run of digits is, if it is one of the two kinds.
    static func classify(_ s: String) -> Kind? {
        let c = Array(s.uppercased())
        if c.count == 11, c[0] == "1", ("3"..."9").contains(c[1]), !c.contains("X") { return .mobile }
        if c.count == 13, c.prefix(2) == ["8", "6"], c[2] == "1", ("3"..."9").contains(c[3]), !c.contains("X") { return .mobile }
        if c.count == 18, !c.dropLast().contains("X"), checksumIsValid(c) { return .identity }
        return nil
    }

    /// GB 11643: weights 2^(17−i) mod 11, check character from "10X98765432".
    static func checksumIsValid(_ c: [Character]) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for k in 0..<17 {
            guard let v = c[k].wholeNumberValue else { return false }
            sum += v * weights[k]
        }
        let check = Array("10X98765432")[sum % 11]
        return c[17] == check
    }

    static func digit(_ s: Unicode.Scalar, allowX: Bool) -> Character? {
        switch s.value {
        case 0x30...0x39: return Character(s)
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
        case 0x58, 0x78, 0xFF38, 0xFF58: return allowX ? "X" : nil
        default: return nil
        }
    }

    /// What may stand between the digit groups of one number as a reader sees it.
    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{FF0D}", "\u{3000}", "\u{00A0}",
             "*", "_", "~", "`", "\n", ".", "\u{00B7}", "(", ")", "（", "）", "+":
            return true
        default: return false
        }
    }

    static func normalizedDigits(_ s: String) -> String {
        String(s.unicodeScalars.compactMap { digit($0, allowX: true) }).uppercased()
    }
}
