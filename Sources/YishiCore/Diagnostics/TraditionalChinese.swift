/// Turns the simplified Chinese of diagnostics into traditional characters for zh-Hant sites.
///
/// A character table is enough here: the messages are ours, and the table covers exactly
/// the characters they use (generated once with OpenCC; see scripts/gen-hant-table.py).
enum TraditionalChinese {
    static func convert(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(convert(c)) }
        return String(out)
    }

    static func convert(_ c: Unicode.Scalar) -> Unicode.Scalar { table[c] ?? c }
}
