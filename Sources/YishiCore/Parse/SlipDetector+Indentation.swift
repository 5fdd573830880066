extension SlipDetector {
    /// A line's leading whitespace that holds a character YAML does not indent with: a tab, a
    /// full-width space (U+3000, the space bar in a Chinese input method's full-width mode) or
    /// a no-break space (U+00A0, pasted from a web page or Word).
    struct OddIndentation {
        /// The message for the first odd character, and its column (1-based, in scalars).
        var message: (Int?) -> Message
        var column: Int
        /// Where the line's text starts, past the whole run.
        var contentStart: Int
        /// The run's width counting every character as one column, as libyaml would, and
        /// counting a tab or a full-width space as two, as an editor shows them.
        var narrow: Int
        var wide: Int
        /// How many of the run are tabs, which editors show two, four or eight columns wide.
        var tabs: Int

        /// The widths the run may have been meant as, likeliest first.
        var widths: [Int] { [narrow, wide] + (tabs == 0 ? [] : [4, 8].map { narrow + tabs * ($0 - 1) }) }
    }

    static func oddIndentation(_ text: [UInt8], start: Int, end: Int) -> OddIndentation? {
        var k = start, narrow = 0, wide = 0, tabs = 0
        var first: (message: (Int?) -> Message, column: Int)? = nil
        while k < end {
            let message: ((Int?) -> Message)?, width: Int, wideWidth: Int
            if text[k] == space { (message, width, wideWidth) = (nil, 1, 1) }
            else if text[k] == tab { (message, width, wideWidth) = ({ .tabIndentation(spaces: $0) }, 1, 2) }
            else if text[k...].starts(with: ideographicSpace) {
                (message, width, wideWidth) = ({ .fullWidthSpaceIndentation(spaces: $0) }, ideographicSpace.count, 2)
            } else if text[k...].starts(with: noBreakSpace) {
                (message, width, wideWidth) = ({ .noBreakSpaceIndentation(spaces: $0) }, noBreakSpace.count, 1)
            } else { break }
            if let message, first == nil { first = (message, narrow + 1) }
            if text[k] == tab { tabs += 1 }
            k += width
            narrow += 1
            wide += wideWidth
        }
        guard let first else { return nil }
        return OddIndentation(message: first.message, column: first.column, contentStart: k, narrow: narrow, wide: wide, tabs: tabs)
    }

    /// How many spaces a line indented with odd characters stands for: the column the lines
    /// around it say it belongs at. Counting each odd character as one space, as libyaml
    /// would, put one such line among fields indented with spaces out of line with them, so
    /// the whole front matter went unread and the line after was blamed.
    ///
    /// - Parameters:
    ///   - above: the field on the line above: its key's column, and whether a value follows
    ///     its colon (then this line is its sibling or goes back out, not nested under it).
    ///   - levels: the key columns of the mappings still open.
    ///   - lastEntry: the dash's column of the last list entry.
    static func spaces(for odd: OddIndentation, listed: Bool, after n: Int, in text: [UInt8], lines: [Range<Int>],
                       above: (column: Int, holdsValue: Bool)?, levels: [Int], lastEntry: Int?) -> Int {
        let next = nextIndent(after: n, in: text, lines: lines)
        if let a = above, !a.holdsValue {
            // The first field or list entry under a key: in line with the lines after it (an
            // entry's fields stand two columns past its dash), or two spaces further in.
            switch (listed, next) {
            case (false, (let column, false)?) where column > a.column: return column
            case (true, (let column, true)?) where column >= a.column: return column
            case (true, (let column, false)?) where column >= a.column + 2: return column - 2
            default: return a.column + 2
            }
        }
        if listed { return lastEntry ?? odd.narrow }
        guard let a = above else { return odd.narrow }
        // In line with the field above, if any width the run may have been meant as puts it
        // there: a field after one with a value is most often its sibling. Taken before the
        // levels further out, which a tab counted two wide also reached: `\t\t  name:` under
        // `- id:` at column 10 was told to stand at 6, and moved out of its entry.
        if odd.widths.contains(a.column) { return a.column }
        // Else the column, of the field above's and those further out, nearest to the width
        // an editor shows (a tab four columns wide), the field above's on a tie: a tab counted
        // two wide reached a town's column from a village's field (`\t\t\tlevel:` at 10 was
        // told 6), and the advice broke the file.
        let shown = odd.tabs == 0 ? odd.wide : odd.narrow + odd.tabs * 3
        return ([a.column] + levels.reversed()).min { abs($0 - shown) < abs($1 - shown) } ?? a.column
    }

    /// The indentation of the next line with a field on it; one indented with odd characters
    /// as an editor shows it (a tab or a full-width space two columns), so that a block
    /// indented with tabs throughout reads as indented two spaces a level.
    private static func nextIndent(after n: Int, in text: [UInt8], lines: [Range<Int>]) -> (column: Int, listed: Bool)? {
        for range in lines[(n + 1)...] {
            let run = oddIndentation(text, start: range.lowerBound, end: range.upperBound)
            let content = run?.contentStart ?? (text[range].firstIndex { $0 != space } ?? range.upperBound)
            guard content < range.upperBound, text[content] != UInt8(ascii: "#") else { continue }
            return (run?.wide ?? content - range.lowerBound, pastListMarkers(text, from: content, end: range.upperBound).listed)
        }
        return nil
    }
}
