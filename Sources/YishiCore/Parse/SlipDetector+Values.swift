/// Values that libyaml refuses with a message about something else ("did not find expected
/// alphabetic or numeric character", "block sequence entries are not allowed in this
/// context", or the error placed on a later line): each named on its own line, with the
/// line written as it should be, and mended so that the file's other problems are reported too.
extension SlipDetector {
    /// - Parameters:
    ///   - value: where the value starts, past the colon and its spaces.
    ///   - keyEnd: the colon's offset.
    /// - Returns: the slip and the line mended.
    ///   - following: the lines after this one, where a quoted value may go on.
    static func valueSlip(_ text: [UInt8], value: Int, end: Int, lineStart: Int, keyEnd: Int, lineNo: Int, key: String,
                          indent: Int, following: ArraySlice<Range<Int>>) -> (Slip, [UInt8])? {
        guard value < end else { return nil }
        let c = text[value]
        // Nearly every value starts with none of these: it costs one comparison or two.
        let quote = c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
        let dash = c == UInt8(ascii: "-") && (value + 1 == end || text[value + 1] == space || text[value + 1] == UInt8(ascii: "\r"))
        let bracket = c == UInt8(ascii: "[") || c == UInt8(ascii: "{")
        // `host: >张三`: text after a block scalar's `>` or `|`, which libyaml refuses in
        // words of its own ("did not find expected comment or line break").
        let block = (c == UInt8(ascii: ">") || c == UInt8(ascii: "|")) && !isBlockHeader(text, from: value + 1, to: end)
        // `owner: ?`, written for "not known yet": YAML reads it as the start of a key and
        // libyaml says "mapping keys are not allowed in this context".
        let question = c == UInt8(ascii: "?") && (value + 1 == end || [space, tab, UInt8(ascii: "\r")].contains(text[value + 1]))
        guard quote || dash || bracket || block || question || indicators.contains(c) else { return nil }
        let last = valueEnd(text, from: value, to: end)
        var whole: String { String(decoding: text[value..<last], as: UTF8.self) }
        var head: [UInt8] { Array(text[lineStart..<keyEnd]) + Array(": ".utf8) }
        func slip(_ m: Message) -> Slip {
            Slip(message: m, line: lineNo, column: column(of: value, lineStart: lineStart, in: text))
        }
        if quote {
            guard let close = closingQuote(text, from: value, end: end) else {
                // A quoted value may go on over more indented lines; one that meets the next
                // field first was meant to close on its own line.
                if closesLater(text, quote: c, indent: indent, following: following) { return nil }
                return (slip(.quoteNotClosed(key: key)), Array(text[lineStart..<last]) + [c])
            }
            var k = close + 1
            while k < last, text[k] == space || text[k] == tab { k += 1 }
            if k == last {
                // `venue: "D:\资料\会议室"`: a backslash that starts no escape was meant as itself.
                guard c == UInt8(ascii: "\""), let inner = unknownEscape(text, value + 1..<close) else { return nil }
                let fixed = singleQuoted(inner)
                return (slip(.backslashInDoubleQuotes(key: key, fixed: "\(key): \(fixed)")), head + Array(fixed.utf8))
            }
            guard text[k] != UInt8(ascii: "#"), text[k] != UInt8(ascii: ",") else { return nil }
            // `host: "两委"成员`: the quotes were the text's own.
            let fixed = singleQuoted(whole)
            return (slip(.textAfterQuotes(key: key, fixed: "\(key): \(fixed)")), head + Array(fixed.utf8))
        }
        if bracket {
            // `venue: [村委会]会议室`: brackets that were the text's own, not a list. libyaml blames
            // the indentation.
            guard let close = closingBracket(text, from: value, end: last) else {
                // `departments: [zhujian` with the next field right below: libyaml names the
                // line below, in general words. Only where nothing else can be meant: a list or
                // a vote left open on its line, not one that goes on over the lines after it
                // (closed there or not, libyaml's own message is then as near).
                let closer = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if text[value..<last].contains(closer) || goesOn(text, indent: indent, following: following) { return nil }
                let structured = c == UInt8(ascii: "[") ? listKeys.contains(key) && indent == 0 : key == "vote"
                guard structured else {
                    // `title: [待定] 修路` is handled below; `title: [待定 修路` is text too.
                    let fixed = doubleQuoted(whole)
                    return (slip(.valueStartsWithIndicator(key: key, indicator: String(UnicodeScalar(c)), fixed: "\(key): \(fixed)")), head + Array(fixed.utf8))
                }
                var stop = commentStart(text, value: value, end: last)
                while stop > value + 1, text[stop - 1] == space || text[stop - 1] == tab { stop -= 1 }
                // Named after the last entry, its comma and spaces left off; the closer goes
                // where the entries end, before any comment.
                var entryEnd = stop
                while entryEnd > value + 1, text[entryEnd - 1] == UInt8(ascii: ",") || text[entryEnd - 1] == space { entryEnd -= 1 }
                var from = entryEnd
                while from > value + 1, text[from - 1] != UInt8(ascii: ",") { from -= 1 }
                while from < entryEnd, text[from] == space { from += 1 }
                let after = String(decoding: text[(from < entryEnd ? from : value)..<(from < entryEnd ? entryEnd : value + 1)], as: UTF8.self)
                return (slip(.bracketNotClosed(key: key, open: String(UnicodeScalar(c)), after: after, close: String(UnicodeScalar(closer)))),
                        Array(text[lineStart..<entryEnd]) + [closer] + text[stop..<end])
            }
            var k = close + 1
            while k < last, text[k] == space || text[k] == tab { k += 1 }
            guard k < last, text[k] != UInt8(ascii: "#"), text[k] != UInt8(ascii: ",") else { return nil }
            if text[k] == UInt8(ascii: "]") || text[k] == UInt8(ascii: "}") {
                // `[zhujian]]`: one bracket too many.
                return (Slip(message: .yamlSyntax(.unclosedBracket), line: lineNo, column: column(of: k, lineStart: lineStart, in: text)),
                        Array(text[lineStart...close]) + text[(k + 1)..<end])
            }
        }
        if question {
            var stop = commentStart(text, value: value, end: last)
            while stop > value + 1, text[stop - 1] == space || text[stop - 1] == tab { stop -= 1 }
            // Mended as a field left empty, which is what the secretary meant.
            if stop == value + 1 { return (slip(.questionMarkForValue(key: key)), Array(text[lineStart..<keyEnd]) + [UInt8(ascii: ":")]) }
        }
        // `title: **紧急**…`, `title: - 路灯`: what starts an alias, an anchor, a tag, a directive,
        // a reserved character or a list in YAML.
        // `&name value` and `*name` are YAML's anchors and aliases, written on purpose: refused
        // as such (`anchorsNotAllowed`). `**紧急**` is emphasis.
        if c == UInt8(ascii: "&") || c == UInt8(ascii: "*") {
            var k = value + 1
            while k < last, isKeyByte(text[k]) || text[k] == UInt8(ascii: "-") { k += 1 }
            if k > value + 1, k == last || text[k] == space, c == UInt8(ascii: "&") || k == last { return nil }
        }
        let fixed = doubleQuoted(whole)
        let shown = dash ? "- " : question ? "? " : String(decoding: text[value..<(value + 1)], as: UTF8.self)
        return (slip(.valueStartsWithIndicator(key: key, indicator: shown, fixed: "\(key): \(fixed)")), head + Array(fixed.utf8))
    }

    private static let indicators: [UInt8] = Array("*&!%@`".utf8)

    /// Whether what follows a `>` or `|` up to the line's end makes a block scalar's header:
    /// an indentation digit and a chomping sign, in either order, each at most once, then
    /// nothing but spaces and a comment.
    static func isBlockHeader(_ text: [UInt8], from start: Int, to end: Int) -> Bool {
        var k = start
        var digit = false, sign = false
        while k < end {
            let b = text[k]
            if !digit, b >= UInt8(ascii: "1"), b <= UInt8(ascii: "9") { digit = true } else if !sign, b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { sign = true } else { break }
            k += 1
        }
        let spaced = k < end && (text[k] == space || text[k] == tab)
        while k < end, text[k] == space || text[k] == tab { k += 1 }
        return k == end || text[k] == UInt8(ascii: "\r") || spaced && text[k] == UInt8(ascii: "#")
    }

    /// The text between double quotes as written, when a backslash in it starts none of
    /// YAML's escapes (`\n`, `\"`, `\\`, `\u4E00`…): then every backslash was meant as itself.
    private static func unknownEscape(_ text: [UInt8], _ range: Range<Int>) -> String? {
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            if text[k] == UInt8(ascii: "\\") {
                if !escapes.contains(text[k + 1]) { return String(decoding: text[range], as: UTF8.self) }
                k += 2
            } else {
                k += 1
            }
        }
        return nil
    }

    private static let escapes: [UInt8] = Array("0abt\tnvfre \"/\\N_LPxuU".utf8)

    /// The offset of the bracket that closes the one at `open`, on the same line, brackets
    /// inside counted and quoted entries (`["a]b", c]`) skipped.
    private static func closingBracket(_ text: [UInt8], from open: Int, end: Int) -> Int? {
        var depth = 0, k = open
        while k < end {
            switch text[k] {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return k }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let close = closingQuote(text, from: k, end: end) else { return nil }
                k = close
            default: break
            }
            k += 1
        }
        return nil
    }

    /// The offset of the quote that closes the one at `open`, on the same line.
    private static func closingQuote(_ text: [UInt8], from open: Int, end: Int) -> Int? {
        let q = text[open], backslash = UInt8(ascii: "\\")
        var k = open + 1
        while k < end {
            if q == UInt8(ascii: "\""), text[k] == backslash { k += 2; continue }
            if text[k] == q {
                // '' inside single quotes is one quote.
                if q == UInt8(ascii: "'"), k + 1 < end, text[k + 1] == q { k += 2; continue }
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether the value goes on over the lines after it: the next line that holds anything
    /// is more indented than the key, or is no field (`key:` or `- `) at all.
    private static func goesOn(_ text: [UInt8], indent: Int, following: ArraySlice<Range<Int>>) -> Bool {
        for range in following {
            guard let first = text[range].firstIndex(where: { $0 != space }) else { continue }
            if text[first] == UInt8(ascii: "#") { continue }
            if first - range.lowerBound > indent || text[first] == UInt8(ascii: "]") || text[first] == UInt8(ascii: "}") { return true }
            return text[first] != UInt8(ascii: "-") && colon(afterKeyAt: first, in: text, end: range.upperBound) == nil
        }
        return false
    }

    private static func closesLater(_ text: [UInt8], quote: UInt8, indent: Int, following: ArraySlice<Range<Int>>) -> Bool {
        for range in following {
            guard let first = text[range].firstIndex(where: { $0 != space }) else { continue }
            if first - range.lowerBound <= indent { return false }
            if text[range].contains(quote) { return true }
        }
        return false
    }

    static func singleQuoted(_ s: String) -> String {
        "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            if ch == "\\" || ch == "\"" { out.append("\\") }
            out.append(ch)
        }
        return out + "\""
    }
}
