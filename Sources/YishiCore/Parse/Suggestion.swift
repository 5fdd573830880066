/// The closest known word to a misspelt one ("deu" → "due"), or nil when none is close.
public enum Suggestion {
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        // Ties go to the smaller id, so that the hint does not depend on a dictionary's order.
        closestAll(to: word, in: candidates).first
    }

    /// Every known word as close to a misspelt one as the closest, smallest first: where two
    /// are, the caller may know which is meant, or that it cannot tell.
    public static func closestAll(to word: String, in candidates: some Sequence<String>) -> [String] {
        let w = Array(word.lowercased())
        var best: [String] = [], bestDistance = Int.max
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            // Allow about one slip in three characters: close enough to be a typo, not a guess.
            guard d <= max(1, min(w.count, c.count) / 3), d < w.count, d <= bestDistance else { continue }
            if d < bestDistance { best = []; bestDistance = d }
            best.append(c)
        }
        return best.sorted()
    }

    /// The id of the one name that holds what was written, or is held in it: `住建局` for
    /// 区住建局, `东村村委会` for 东村. Only for text that is not an id (it has a character
    /// outside ASCII) and of two characters or more; nil when no name, or several, match.
    public static func byPartOfName(_ written: String, in idsByName: [String: String]) -> String? {
        guard written.count >= 2, written.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        let ids = Set(idsByName.compactMap { name, id in name.contains(written) || written.contains(name) ? id : nil })
        return ids.count == 1 ? ids.first : nil
    }

    /// Optimal string alignment distance: a swap of two neighbours ("deu"/"due") is one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
