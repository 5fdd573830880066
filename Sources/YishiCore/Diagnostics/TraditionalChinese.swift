import Foundation

/// Turns the simplified Chinese of diagnostics into traditional characters for zh-Hant sites.
///
/// A character table is enough here: the messages are ours, and the table covers exactly
/// the characters they use (generated once with OpenCC; see scripts/gen-hant-table.py).
enum TraditionalChinese {
    /// Words one character of which the table gets wrong: 并 is 並 (and) in most messages,
    /// 併 (merge) in these.
    static let words: [(String, String)] = [("并入", "併入"), ("撤并", "撤併")]

    static func convert(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in words(in: s).unicodeScalars { out.append(convert(c)) }
        return String(out)
    }

    /// `s` with `words` in traditional characters, before the table does the rest.
    private static func words(in s: String) -> String {
        guard s.unicodeScalars.contains("并") else { return s }
        var s = s
        for (simplified, traditional) in words { s = s.replacingOccurrences(of: simplified, with: traditional) }
        return s
    }

    private static func convert(_ c: Unicode.Scalar) -> Unicode.Scalar { table[c] ?? c }
}
