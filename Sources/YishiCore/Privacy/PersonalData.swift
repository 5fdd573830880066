/// Finds personal data that must never be published: mainland mobile numbers and resident
/// identity numbers whose checksum is valid (DESIGN §6); and identity numbers with one
/// character mistyped, which are still someone's number.
///
/// Numbers are found the way a reader would see them on the page: digits may be full-width,
/// grouped with spaces or hyphens, split by Markdown emphasis (`139**1234**5678`) or by a line
/// break inside a paragraph, and an identity number may end in a lower-case x.
public enum PersonalData {
    public enum Kind: String, Sendable, Equatable {
        case mobile
        case identity
        /// Shaped as an identity number (a region, then a birth date that exists), but its
        /// check character does not match: most likely one digit mistyped. A warning, as
        /// DESIGN §6 fails a build only on a checksum that holds.
        case mistypedIdentity
        /// Fifteen digits shaped as a first-generation identity number (a province, then a
        /// birth date 19YYMMDD that exists, then three digits): no check character to confirm
        /// it, yet it names its holder as surely, and turns into the 18-digit number by rule.
        /// A warning, as `mistypedIdentity`.
        case oldIdentity
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
            // +86 13912345678 is written with the country code: shown as +86 139****5678,
            // not as a number starting 861 that the secretary would not find.
            case .mobile where c.count == 13: return "+86 " + String(c[2..<5]) + "****" + String(c.suffix(4))
            case .mobile: return String(c.prefix(3)) + "****" + String(c.suffix(4))
            case .identity, .mistypedIdentity: return String(c.prefix(6)) + "********" + String(c.suffix(4))
            case .oldIdentity: return String(c.prefix(6)) + "******" + String(c.suffix(3))
            }
        }
    }

    /// Scans text; `allowed` numbers (in any spelling) are not reported.
    public static func scan(_ text: String, allowed: [String] = []) -> [Finding] {
        let allowedDigits = Set(allowed.map { normalizedDigits($0) })
        // Groups of digits and the offsets where each starts; a group ends at anything else.
        // Every group's digits go, in order, into one buffer, so a run of groups is one slice of it.
        var digits: [UInt8] = []
        var groups: [(digits: Range<Int>, start: Int, gapBefore: Int)] = []
        var offset = 0
        var gap = Int.max
        var inGroup = false
        // Over the UTF-8 bytes, decoding each scalar in place: iterating the scalar view
        // costs more than the rest of the scan.
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if !inGroup, gap == Int.max {
                    // Between numbers, only a digit matters: pass eight bytes at a time while
                    // none can begin one, counting the characters that start in them.
                    while i + 8 <= bytes.count {
                        let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        if mayBeginDigit(word) { break }
                        offset += 8 - continuationBytes(word)
                        i += 8
                    }
                    // The rest of a character whose first byte was counted.
                    while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                    if i == bytes.count { break }
                }
                let s = scalar(in: bytes, at: &i)
                defer { offset += 1 }
                if inGroup, let d = digit(s, allowX: true) {
                    digits.append(d)
                    groups[groups.count - 1].digits = groups[groups.count - 1].digits.lowerBound..<digits.count
                    if d == x { inGroup = false }
                    continue
                }
                inGroup = false
                if let d = digit(s, allowX: false) {
                    groups.append((digits.count..<digits.count + 1, offset, gap))
                    digits.append(d)
                    gap = 0
                    inGroup = true
                    continue
                }
                // Once broken, the gap stays broken until the next group: most text is never
                // asked whether it separates.
                if gap != Int.max {
                    gap = isSeparator(s) ? gap + 1 : Int.max
                    if gap > 4 { gap = Int.max }
                }
            }
        }
        // Runs of groups joined only by separators; try every run of groups that makes an
        // 11-digit mobile or an 18-character identity number. A 15-digit old-form number is
        // taken only when no longer run makes one of those (`110105 194910010 021` is the
        // 18-character number, not its first fifteen).
        var findings: [Finding] = []
        var claimedThrough = -1  // runs are claimed in order, so the claimed groups are those up to here
        for first in groups.indices where first > claimedThrough {
            var last = first
            var old: (finding: Finding, last: Int)? = nil
            while last < groups.count {
                if last > first, groups[last].gapBefore == Int.max { break }
                let candidate = digits[groups[first].digits.lowerBound..<groups[last].digits.upperBound]
                if candidate.count > 20 { break }
                if let kind = classify(candidate) {
                    let text = String(decoding: candidate, as: UTF8.self)
                    if !allowedDigits.contains(text) {
                        let finding = Finding(kind: kind, digits: text, offset: groups[first].start)
                        if kind == .oldIdentity {
                            if old == nil { old = (finding, last) }
                        } else {
                            findings.append(finding)
                            claimedThrough = last
                            old = nil
                            break
                        }
                    }
                }
                last += 1
            }
            if let old {
                findings.append(old.finding)
                claimedThrough = old.last
            }
        }
        return findings
    }

    private static let x = UInt8(ascii: "X")

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes is an ASCII digit or 0xEF, the first byte of every
    /// full-width digit (U+FF10…U+FF19). Neither test misses a byte it looks for (a byte
    /// below `n` borrows into its own top bit); a false alarm only means the slow path.
    static func mayBeginDigit(_ word: UInt64) -> Bool {
        let fromZero = word ^ (ones &* 0x30)              // ASCII digits become 0…9
        let digit = (fromZero &- ones &* 10) & ~fromZero & highs
        let fromEF = word ^ (ones &* 0xEF)                // 0xEF becomes 0
        let ef = (fromEF &- ones) & ~fromEF & highs
        return digit | ef != 0
    }

    /// How many of the eight bytes continue a character (10xxxxxx) rather than start one.
    static func continuationBytes(_ word: UInt64) -> Int {
        (word & highs & ~(word << 1)).nonzeroBitCount
    }

    /// The scalar whose UTF-8 starts at `i` in valid UTF-8, moving `i` past it.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { i += 1; return Unicode.Scalar(UInt8(lead)) }
        let count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> count)
        for k in 1..<count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += count
        return Unicode.Scalar(value)!
    }

    /// What a run of digits (ASCII digits and `X`) is, if it is one of the two kinds.
    static func classify(_ run: ArraySlice<UInt8>) -> Kind? {
        guard run.count == 11 || run.count == 13 || run.count == 15 || run.count == 18 else { return nil }
        let c = Array(run)
        func isMobileStart(_ k: Int) -> Bool {
            c[k] == UInt8(ascii: "1") && (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(c[k + 1])
        }
        if c.count == 11, isMobileStart(0), !c.contains(x) { return .mobile }
        if c.count == 13, c[0] == UInt8(ascii: "8"), c[1] == UInt8(ascii: "6"), isMobileStart(2), !c.contains(x) { return .mobile }
        if c.count == 18, !c.dropLast().contains(x) {
            if checksumIsValid(c) { return .identity }
            if looksLikeIdentity(c) { return .mistypedIdentity }
        }
        if c.count == 15, !c.contains(x), looksLikeOldIdentity(c) { return .oldIdentity }
        return nil
    }

    /// A province's code (GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82),
    /// then a birth date 19YYMMDD that is a real day: fifteen digits that are not an old
    /// identity number (an account, an order) rarely are both.
    static func looksLikeOldIdentity(_ c: [UInt8]) -> Bool {
        provinces.contains(number(c, 0..<2)) && isDay(year: 1900 + number(c, 6..<8), month: number(c, 8..<10), day: number(c, 10..<12))
    }

    private static let provinces: Set<Int> = Set(Array(11...15) + Array(21...23) + Array(31...37) + Array(41...46)
                                                + Array(50...54) + Array(61...65) + [71, 81, 82])

    private static func number(_ c: [UInt8], _ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(c[$1] - UInt8(ascii: "0")) } }

    /// A region code's first digit (1–8), then a birth date between 1900 and 2099 that is a
    /// real day: 18 digits that are not an identity number rarely are all that. `c`'s first 17
    /// are digits.
    static func looksLikeIdentity(_ c: [UInt8]) -> Bool {
        let year = number(c, 6..<10)
        return (1...8).contains(number(c, 0..<1)) && (1900...2099).contains(year) && isDay(year: year, month: number(c, 10..<12), day: number(c, 12..<14))
    }

    static func isDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// GB 11643: weights 2^(17−i) mod 11, check character from "10X98765432".
    static func checksumIsValid(_ c: [UInt8]) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for k in 0..<17 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c[k]) else { return false }
            sum += Int(c[k] - UInt8(ascii: "0")) * weights[k]
        }
        return c[17] == Array("10X98765432".utf8)[sum % 11]
    }

    /// A digit as its ASCII byte, full-width ones too; an X (either case, either width) as `X`.
    static func digit(_ s: Unicode.Scalar, allowX: Bool) -> UInt8? {
        switch s.value {
        case 0x30...0x39: return UInt8(s.value)
        case 0xFF10...0xFF19: return UInt8(s.value - 0xFF10 + 0x30)
        case 0x58, 0x78, 0xFF38, 0xFF58: return allowX ? x : nil
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
        String(decoding: s.unicodeScalars.compactMap { digit($0, allowX: true) }, as: UTF8.self)
    }
}
