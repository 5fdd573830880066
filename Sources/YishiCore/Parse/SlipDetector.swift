/// Finds the typing slips secretaries really make in front matter, before YAML sees them.
///
/// YAML's own messages for these ("mapping values are not allowed here") do not say what
/// to fix; these do. Each finding is precise enough (line and column) to fix blind.
enum SlipDetector {
    struct Slip: Equatable {
        var message: Message
        var line: Int      // 1-based, within the YAML text
        var column: Int    // 1-based, in Unicode scalars as libyaml counts
    }

    /// The slips found, and the YAML with each one mended, so that parsing can go on and
    /// report the file's other problems in the same run.
    static func scan(_ yaml: String) -> (slips: [Slip], mended: String) {
        var slips: [Slip] = []
        var mended: [String] = []
        var blockIndent: Int? = nil  // inside a `|` or `>` block scalar more indented than this
        for (n, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Array(rawLine.unicodeScalars)
            defer { mended.append(String(String.UnicodeScalarView(line))) }
            let lineNo = n + 1
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if let b = blockIndent {
                if isBlank || indent > b { continue }
                blockIndent = nil
            }
            if isBlank { continue }
            // A tab in the leading whitespace.
            if let t = line.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") {
                slips.append(Slip(message: .tabIndentation, line: lineNo, column: t + 1))
                for k in 0..<line.count where line[k] == "\t" { line[k] = " " }
                continue
            }
            var i = indent
            if line[i] == "#" { continue }
            // List markers: "- key: value".
            while i + 1 < line.count, line[i] == "-", line[i + 1] == " " {
                i += 2
                while i < line.count, line[i] == " " { i += 1 }
            }
            let keyStart = i
            while i < line.count, isKeyScalar(line[i]) { i += 1 }
            guard i > keyStart, i < line.count else { continue }
            let key = String(String.UnicodeScalarView(line[keyStart..<i]))
            if line[i] == "：" {
                slips.append(Slip(message: .fullWidthColon(key: key), line: lineNo, column: i + 1))
                line.replaceSubrange(i...i, with: [":", " "])
                continue
            }
            if line[i] == ":", i + 1 < line.count, line[i + 1] != " ", line[i + 1] != "\t",
               !(line[i + 1] == "/" && i + 2 < line.count && line[i + 2] == "/") {
                // `time:19:30` or `due:2023-08-15`; a URL's "https://" is left alone.
                slips.append(Slip(message: .missingSpaceAfterColon(key: key), line: lineNo, column: i + 1))
                line.insert(" ", at: i + 1)
                continue
            }
            if line[i] == ":" {
                let rest = line[(i + 1)...].drop { $0 == " " }
                if let f = rest.first, f == "|" || f == ">" { blockIndent = indent; continue }
                // A flow list written with full-width commas: [zhujian，caizheng].
                // Only inside the brackets: a comment after the list may be in Chinese.
                if rest.first == "[" {
                    let open = rest.startIndex
                    let close = rest.firstIndex(of: "]") ?? line.count
                    if let c = line[open..<close].firstIndex(of: "，") {
                        slips.append(Slip(message: .fullWidthComma, line: lineNo, column: c + 1))
                        for k in c..<close where line[k] == "，" { line[k] = "," }
                    }
                }
            }
        }
        return (slips, mended.joined(separator: "\n"))
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_"
    }
}
