/// The counts a sentence gives, for a `vote:` or `attendance:` written as one: "赞成28票，反对1票"
/// or "共20人，其中居民15人". Only to suggest the fields it means: nothing written this way is
/// counted, since a sentence read wrongly would change a figure without a word.
enum CountsInText {
    /// Each number in `text` under the name of the word nearest before it (`words` maps words to
    /// names; of two ending at one place, the longer wins: 不同意 over 同意); a number with no
    /// word before it is `alone`'s when it is the only number. Nil unless every number is named
    /// and no name comes twice.
    static func counts(in text: String, words: [String: String], alone: String? = nil) -> [(name: String, count: Int)]? {
        var found: [(label: Substring, number: Int)] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { digit($0) != nil }) {
            let end = rest[start...].firstIndex(where: { digit($0) == nil }) ?? rest.endIndex
            let digits = rest[start..<end]
            guard digits.count <= 12 else { return nil }
            found.append((rest[..<start], digits.reduce(0) { $0 * 10 + digit($1)! }))
            rest = rest[end...]
        }
        guard !found.isEmpty else { return nil }
        var counts: [(name: String, count: Int)] = []
        for (label, number) in found {
            let named = words.compactMap { word, name in
                label.range(of: word, options: .backwards).map { (end: $0.upperBound, length: word.count, name: name) }
            }.max { ($0.end, $0.length) < ($1.end, $1.length) }
            guard let name = named?.name ?? (found.count == 1 ? alone : nil),
                  !counts.contains(where: { $0.name == name }) else { return nil }
            counts.append((name, number))
        }
        return counts
    }

    /// The counts as a flow mapping: `{for: 28, against: 1}`.
    static func written(_ counts: [(name: String, count: Int)]) -> String {
        "{" + counts.map { "\($0.name): \($0.count)" }.joined(separator: ", ") + "}"
    }

    /// A digit's value, ASCII or full-width.
    private static func digit(_ c: Character) -> Int? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }
}
