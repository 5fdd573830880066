/// The lines of Markdown minutes outside fenced code blocks (``` or ~~~): what the minutes say,
/// as opposed to what they quote as code, where a tag or a picture is shown as written.
enum ProseLines {
    /// Calls `visit` with each such line and its number in the body, from 0.
    static func forEach(in body: String, _ visit: (Int, Substring) -> Void) {
        var fence: Substring? = nil
        for (n, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let f = fence {
                if trimmed.hasPrefix(f) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                continue
            }
            visit(n, line)
        }
    }

    /// Steps `i` over a run of backticks at it, which opens a code span or closes the one
    /// `inCode` (the length of the run that opened it) holds open; false when `s[i]` is no
    /// backtick. What a code span holds is shown as written.
    static func stepOverBackticks(_ s: [Unicode.Scalar], _ i: inout Int, _ inCode: inout Int?) -> Bool {
        guard s[i] == "`" else { return false }
        var run = 0
        while i + run < s.count, s[i + run] == "`" { run += 1 }
        if inCode == nil { inCode = run } else if inCode == run { inCode = nil }
        i += run
        return true
    }
}
