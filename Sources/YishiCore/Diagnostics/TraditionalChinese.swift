import Foundation

/// Turns the simplified Chinese of diagnostics into traditional characters for zh-Hant sites.
///
/// A character table is enough here: the messages are ours, and the table covers exactly
/// the characters they use (generated once with OpenCC; see scripts/gen-hant-table.py).
enum TraditionalChinese {
    /// Words one character of which the table gets wrong, the character having two
    /// traditional forms: 并 is 並 (and) in most messages, 併 (merge) in these; 干 is 幹 in
    /// 干部 but 干 in 若干; 历 is 歷 in 历史 but 曆 in 日历; 复 is 復 in 恢复 but 複 in 复制.
    static let words: [(String, String)] = [("并入", "併入"), ("撤并", "撤併"), ("若干", "若干"), ("日历", "日曆"),
                                            ("复制", "複製")]
    /// `words` as scalars, by the scalar each starts with: a message without any is converted
    /// character by character with no search.
    private static let wordsByStart: [Unicode.Scalar: [([Unicode.Scalar], [Unicode.Scalar])]] =
        Dictionary(grouping: words.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }, by: { $0.0[0] })

    static func convert(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        // A word is written out as it is in traditional characters; the table does not see it.
        next: while i < scalars.count {
            for (simplified, traditional) in wordsByStart[scalars[i]] ?? []
            where scalars[i...].starts(with: simplified) {
                out.append(contentsOf: traditional)
                i += simplified.count
                continue next
            }
            out.append(convert(scalars[i]))
            i += 1
        }
        return String(out)
    }

    private static func convert(_ c: Unicode.Scalar) -> Unicode.Scalar { table[c] ?? c }
}
