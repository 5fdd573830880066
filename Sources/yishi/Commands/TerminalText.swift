/// Text laid out for a terminal, where a Chinese character takes two columns and a line of
/// Chinese may break between any two characters but an English word or a path may not.
enum TerminalText {
    /// Terminal columns: East Asian wide and full-width characters take two.
    static func width(_ s: some StringProtocol) -> Int {
        s.unicodeScalars.reduce(0) { w, c in w + (isWide(c) ? 2 : 1) }
    }

    static func isWide(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// Punctuation that closes a phrase never starts a line, and one that opens a phrase never
    /// ends one (the rule of Chinese typesetting): they go down with their neighbour.
    static let neverFirst = Set("，。、；：？！）》」』】”’,.;:?!)]}")
    static let neverLast = Set("（《「『【“‘([{")

    /// `text` broken into lines of at most `width` columns, the first line starting after
    /// `first` columns already used and every further line after `indent` spaces.
    /// A single word wider than a line is left whole.
    static func wrap(_ text: String, width: Int, first: Int, indent: Int) -> [String] {
        var lines: [[String]] = []
        var line: [String] = []
        var used = first
        func columns(_ pieces: [String]) -> Int { pieces.reduce(0) { $0 + self.width($1) } }
        for piece in pieces(of: text) {
            if piece == " " && line.isEmpty && !lines.isEmpty { continue }
            if used + self.width(piece) > width && piece != " " && !line.isEmpty {
                // What goes down with this piece: a closing mark takes the piece before it
                // along, and an opening mark left at the end goes down too.
                var carried: [String] = []
                if neverFirst.contains(piece.first!) {
                    while let last = line.last, last != " ", carried.isEmpty || neverFirst.contains(carried[0].first!) {
                        carried.insert(line.removeLast(), at: 0)
                    }
                }
                while let last = line.last, last == " " || neverLast.contains(last.last!) {
                    let p = line.removeLast()
                    if p != " " { carried.insert(p, at: 0) }
                }
                if line.isEmpty { line = carried; carried = [] }
                lines.append(line)
                line = carried
                used = indent + columns(carried)
            }
            line.append(piece)
            used += self.width(piece)
        }
        lines.append(line)
        return lines.enumerated().map { ($0.offset == 0 ? "" : String(repeating: " ", count: indent)) + $0.element.joined() }
    }

    /// The units a line may break between: each wide character on its own, each run of other
    /// characters up to a space, and each space.
    static func pieces(of text: String) -> [String] {
        var out: [String] = []
        var word = ""
        for ch in text {
            if ch == " " || ch.unicodeScalars.first.map(isWide) == true {
                if !word.isEmpty { out.append(word); word = "" }
                out.append(String(ch))
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }
}
