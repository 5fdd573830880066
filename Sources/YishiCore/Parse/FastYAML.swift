/// Composes the plain shape most front matter has into exactly the tree Yams composes, as a
/// `YAMLNode` (the same values, styles and marks), without libyaml's token and event
/// machinery, which is most of the cost of reading a site.
///
/// The shape: block mappings and sequences (an indentless one under a key too), one-line
/// plain and quoted scalars, one-line flow sequences and mappings, comments, blank lines.
/// Whatever lies outside it, or might read differently in libyaml (tabs, carriage returns,
/// tags, anchors, aliases, block scalars, explicit keys, directives, document markers, a
/// plain scalar that goes on to a second line, two equal keys in one mapping), gets nil:
/// Yams composes that text, so every error and every corner case stays its own.
enum FastYAML {
    /// Trees this shallow pass `YAMLComposer`'s nesting check without being walked again.
    static let depthLimit = 48

    static func compose(_ yaml: String) -> YAMLNode? {
        var text = yaml
        return text.withUTF8 { bytes in
            var composer = FastComposer(bytes: bytes)
            return try? composer.document()
        }
    }
}

/// Thrown to give the text back to Yams.
private struct OutOfSubset: Error {}

/// A mapping's keys so far: a list while short, since most mappings are, and a set once
/// long, so that a file of many keys costs no more than its length.
private struct Keys {
    private var list: [String] = []
    private var set: Set<String>? = nil

    /// False if the key was there already.
    mutating func insert(_ key: String) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if list.contains(key) { return false }
        list.append(key)
        if list.count == 16 { set = Set(list) }
        return true
    }
}

/// One text's bytes and a cursor over them. Each function either leaves the cursor past what
/// it composed, at the start of the next content line (`ahead`), or throws.
private struct FastComposer {
    let b: UnsafeBufferPointer<UInt8>
    var pos = 0
    /// 0-based number of the line `pos` is on, and where that line starts.
    var line = 0
    var lineStart = 0
    /// Indentation of the content line the cursor waits at, nil at the end of the text.
    var ahead: Int?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.b = bytes
    }

    private static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#"),
                       colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-"), comma = UInt8(ascii: ","),
                       singleQuote = UInt8(ascii: "'"), doubleQuote = UInt8(ascii: "\""),
                       openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"),
                       openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), backslash = UInt8(ascii: "\\")
    /// libyaml counts a simple key's length up to 1024; this stays clear of wherever it counts.
    private static let longestKey = 1000

    mutating func document() throws(OutOfSubset) -> YAMLNode {
        try checkCharacters()
        guard let indent = try skipToContent() else { throw OutOfSubset() }
        let root = try blockNode(indent: indent, depth: 0)
        guard ahead == nil else { throw OutOfSubset() }
        return root
    }

    // MARK: Characters and lines

    /// Refuses what libyaml reads as a line break, a tab or a byte-order mark, and what it
    /// refuses outright (control characters, U+FFFE, U+FFFF), so that the rest of this type
    /// only meets spaces, newlines and printable text. The string is valid UTF-8 already.
    private func checkCharacters() throws(OutOfSubset) {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c < 0x20 && c != Self.newline) || c == 0x7F { throw OutOfSubset() }
                i += 1
            } else if c == 0xC2 {
                if b[i + 1] < 0xA0 { throw OutOfSubset() }  // C1 controls, NEL among them
                i += 2
            } else if c == 0xE2 {
                if b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { throw OutOfSubset() }  // LS, PS
                i += 3
            } else if c == 0xEF {
                if (b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE) { throw OutOfSubset() }
                i += 3
            } else {
                i += 1
            }
        }
    }

    private func atLineEnd(_ i: Int) -> Bool { i >= b.count || b[i] == Self.newline }

    private func byte(_ i: Int) -> UInt8 { i < b.count ? b[i] : Self.newline }

    /// The last mark's place and column, so that a long line is counted once, not once a node.
    private var counted = (line: -1, at: 0, column: 1)

    /// libyaml counts columns in Unicode scalars.
    private mutating func mark(_ i: Int) -> YAMLNode.Mark {
        if counted.line != line || counted.at > i { counted = (line, lineStart, 1) }
        var column = counted.column
        for j in counted.at..<i where b[j] & 0xC0 != 0x80 { column += 1 }
        counted = (line, i, column)
        return YAMLNode.Mark(line: line + 1, column: column)
    }

    private mutating func nextLine() {
        while pos < b.count && b[pos] != Self.newline { pos += 1 }
        if pos < b.count { pos += 1 }
        line += 1
        lineStart = pos
    }

    /// From the start of a line, passes blank and comment lines; leaves the cursor on the
    /// next line's first character and returns (and keeps in `ahead`) its indentation.
    private mutating func skipToContent() throws(OutOfSubset) -> Int? {
        while pos < b.count {
            lineStart = pos
            var i = pos
            while i < b.count && b[i] == Self.space { i += 1 }
            if atLineEnd(i) || b[i] == Self.hash {
                pos = i
                nextLine()
                continue
            }
            if i == lineStart && i + 2 < b.count
                && ((b[i] == Self.dash && b[i + 1] == Self.dash && b[i + 2] == Self.dash)
                    || (b[i] == UInt8(ascii: ".") && b[i + 1] == UInt8(ascii: ".") && b[i + 2] == UInt8(ascii: "."))) {
                throw OutOfSubset()
            }
            pos = i
            ahead = i - lineStart
            return ahead
        }
        ahead = nil
        return nil
    }

    /// After a value that ends its line: only spaces and a comment may follow.
    private mutating func endLine() throws(OutOfSubset) {
        let start = pos
        while pos < b.count && b[pos] == Self.space { pos += 1 }
        if !atLineEnd(pos) && !(b[pos] == Self.hash && pos > start) { throw OutOfSubset() }
        nextLine()
        _ = try skipToContent()
    }

    private func isEntry(_ i: Int) -> Bool {
        byte(i) == Self.dash && (byte(i + 1) == Self.space || byte(i + 1) == Self.newline)
    }

    /// Whether a plain scalar may start here; narrower than libyaml, never wider.
    private func plainStarts(_ i: Int, flow: Bool) -> Bool {
        switch byte(i) {
        case Self.space, Self.newline, UInt8(ascii: "?"), Self.colon, Self.comma, Self.openBracket, Self.closeBracket,
             Self.openBrace, Self.closeBrace, Self.hash, UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), Self.singleQuote, Self.doubleQuote, UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        case Self.dash:
            switch byte(i + 1) {
            case Self.space, Self.newline: return false
            case Self.comma, Self.openBracket, Self.closeBracket, Self.openBrace, Self.closeBrace: return !flow
            default: return true
            }
        default:
            return true
        }
    }

    // MARK: Nodes

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }

    private mutating func blockNode(indent: Int, depth: Int) throws(OutOfSubset) -> YAMLNode {
        isEntry(pos) ? try blockSequence(indent: indent, depth: depth) : try blockMapping(indent: indent, depth: depth)
    }

    private mutating func blockSequence(indent: Int, depth: Int) throws(OutOfSubset) -> YAMLNode {
        guard depth < FastYAML.depthLimit else { throw OutOfSubset() }
        let start = mark(pos)
        var items: [YAMLNode] = []
        while isEntry(pos) {
            pos += 1
            items.append(try blockValue(indent: indent, inSequence: true, depth: depth + 1))
            guard let next = ahead, next >= indent else { break }
            if next > indent { throw OutOfSubset() }
        }
        return .sequence(.init(items: items, mark: start))
    }

    private mutating func blockMapping(indent: Int, depth: Int) throws(OutOfSubset) -> YAMLNode {
        guard depth < FastYAML.depthLimit else { throw OutOfSubset() }
        let start = mark(pos)
        var pairs: [YAMLNode.Pair] = []
        var keys = Keys()
        while true {
            let (key, text) = try blockKey()
            // Yams reports a clash by its own words and place, so it is given the text.
            guard keys.insert(text) else { throw OutOfSubset() }
            let value = try blockValue(indent: indent, inSequence: false, depth: depth + 1)
            pairs.append(.init(key: key, value: value))
            guard let next = ahead, next >= indent else { break }
            if next > indent { throw OutOfSubset() }
        }
        return .mapping(.init(pairs: pairs, mark: start))
    }

    /// A key and its `:`, on one line; leaves the cursor after the `:`.
    private mutating func blockKey() throws(OutOfSubset) -> (YAMLNode, String) {
        let start = pos
        let key: YAMLNode, text: String
        if b[pos] == Self.doubleQuote || b[pos] == Self.singleQuote {
            (key, text) = try quoted()
            guard b[pos] == Self.colon, byte(pos + 1) == Self.space || byte(pos + 1) == Self.newline else { throw OutOfSubset() }
        } else {
            guard plainStarts(pos, flow: false) else { throw OutOfSubset() }
            var i = pos, end = pos
            while true {
                if atLineEnd(i) { throw OutOfSubset() }
                let c = b[i]
                if c == Self.colon && (byte(i + 1) == Self.space || byte(i + 1) == Self.newline) { break }
                if c == Self.hash && b[i - 1] == Self.space { throw OutOfSubset() }
                if c != Self.space { end = i + 1 }
                i += 1
            }
            text = string(pos, end)
            key = .scalar(.init(string: text, style: .plain, mark: mark(pos)))
            pos = i
        }
        guard pos - start <= Self.longestKey else { throw OutOfSubset() }
        pos += 1
        return (key, text)
    }

    /// What follows a key's `:` or an entry's `-`: on the same line, or in the lines below.
    private mutating func blockValue(indent: Int, inSequence: Bool, depth: Int) throws(OutOfSubset) -> YAMLNode {
        let indicatorEnd = pos
        while byte(pos) == Self.space { pos += 1 }
        if atLineEnd(pos) || b[pos] == Self.hash {
            // libyaml puts an empty value just after its indicator.
            let empty = YAMLNode.scalar(.init(string: "", style: .plain, mark: mark(indicatorEnd)))
            nextLine()
            guard let next = try skipToContent() else { return empty }
            if next > indent { return try blockNode(indent: next, depth: depth) }
            if next == indent && !inSequence && isEntry(pos) { return try blockSequence(indent: indent, depth: depth) }
            return empty
        }
        let node: YAMLNode
        switch b[pos] {
        case Self.openBracket, Self.openBrace:
            node = try flowNode(depth: depth)
        case Self.doubleQuote, Self.singleQuote:
            node = try quoted().0
        default:
            guard plainStarts(pos, flow: false) else { throw OutOfSubset() }
            let start = pos
            var i = pos, end = pos
            while !atLineEnd(i) {
                let c = b[i]
                if c == Self.colon && (byte(i + 1) == Self.space || byte(i + 1) == Self.newline) {
                    // `- key: value` opens a mapping at the key's column; elsewhere libyaml refuses it.
                    guard inSequence else { throw OutOfSubset() }
                    return try blockMapping(indent: start - lineStart, depth: depth)
                }
                if c == Self.hash && b[i - 1] == Self.space { break }
                if c != Self.space { end = i + 1 }
                i += 1
            }
            node = .scalar(.init(string: string(start, end), style: .plain, mark: mark(start)))
            pos = end
        }
        try endLine()
        // A deeper line would continue a plain scalar, or be an error: Yams decides.
        if let next = ahead, next > indent { throw OutOfSubset() }
        return node
    }

    /// A quoted scalar that closes on its own line; leaves the cursor after the closing quote.
    private mutating func quoted() throws(OutOfSubset) -> (YAMLNode, String) {
        let start = pos
        let single = b[pos] == Self.singleQuote
        var i = pos + 1
        var bytes: [UInt8]? = nil  // only once an escape makes the value differ from the text
        while true {
            if atLineEnd(i) { throw OutOfSubset() }
            let c = b[i]
            if single && c == Self.singleQuote {
                guard byte(i + 1) == Self.singleQuote else { break }
                if bytes == nil { bytes = Array(b[(start + 1)..<i]) }
                bytes!.append(c)
                i += 2
            } else if !single && c == Self.doubleQuote {
                break
            } else if !single && c == Self.backslash {
                let unescaped: UInt8
                switch byte(i + 1) {
                case UInt8(ascii: "0"): unescaped = 0
                case UInt8(ascii: "a"): unescaped = 0x07
                case UInt8(ascii: "b"): unescaped = 0x08
                case UInt8(ascii: "t"): unescaped = 0x09
                case UInt8(ascii: "n"): unescaped = 0x0A
                case UInt8(ascii: "v"): unescaped = 0x0B
                case UInt8(ascii: "f"): unescaped = 0x0C
                case UInt8(ascii: "r"): unescaped = 0x0D
                case UInt8(ascii: "e"): unescaped = 0x1B
                case Self.space, Self.doubleQuote, UInt8(ascii: "/"), Self.backslash: unescaped = b[i + 1]
                default: throw OutOfSubset()
                }
                if bytes == nil { bytes = Array(b[(start + 1)..<i]) }
                bytes!.append(unescaped)
                i += 2
            } else {
                bytes?.append(c)
                i += 1
            }
        }
        let text = bytes.map { String(decoding: $0, as: UTF8.self) } ?? string(start + 1, i)
        pos = i + 1
        let node = YAMLNode.scalar(.init(string: text, style: single ? .singleQuoted : .doubleQuoted, mark: mark(start)))
        return (node, text)
    }

    // MARK: Flow collections, on one line

    private mutating func skipSpaces() throws(OutOfSubset) {
        while byte(pos) == Self.space { pos += 1 }
        if atLineEnd(pos) { throw OutOfSubset() }
    }

    private mutating func flowNode(depth: Int) throws(OutOfSubset) -> YAMLNode {
        switch b[pos] {
        case Self.openBracket: return try flowSequence(depth: depth)
        case Self.openBrace: return try flowMapping(depth: depth)
        case Self.doubleQuote, Self.singleQuote: return try quoted().0
        default: return try flowPlain(key: false).0
        }
    }

    /// A plain scalar inside brackets or braces, which ends at a `,`, a closing bracket or
    /// brace, or (a key) at `: `; a `:` anywhere else, or a comment, is left to Yams.
    private mutating func flowPlain(key: Bool) throws(OutOfSubset) -> (YAMLNode, String) {
        guard plainStarts(pos, flow: true) else { throw OutOfSubset() }
        let start = pos
        var i = pos, end = pos
        scan: while true {
            if atLineEnd(i) { throw OutOfSubset() }
            switch b[i] {
            case Self.comma, Self.closeBracket, Self.closeBrace:
                if key { throw OutOfSubset() }
                break scan
            case Self.colon:
                if key && byte(i + 1) == Self.space { break scan }
                throw OutOfSubset()
            case Self.openBracket, Self.openBrace:
                throw OutOfSubset()
            case Self.hash where b[i - 1] == Self.space:
                throw OutOfSubset()
            case Self.space:
                break
            default:
                end = i + 1
            }
            i += 1
        }
        let text = string(start, end)
        pos = i
        return (.scalar(.init(string: text, style: .plain, mark: mark(start))), text)
    }

    private mutating func flowSequence(depth: Int) throws(OutOfSubset) -> YAMLNode {
        guard depth < FastYAML.depthLimit else { throw OutOfSubset() }
        let start = mark(pos)
        pos += 1
        var items: [YAMLNode] = []
        try skipSpaces()
        if b[pos] == Self.closeBracket {
            pos += 1
        } else {
            while true {
                items.append(try flowNode(depth: depth + 1))
                try skipSpaces()
                if b[pos] == Self.closeBracket { pos += 1; break }
                guard b[pos] == Self.comma else { throw OutOfSubset() }
                pos += 1
                try skipSpaces()
                if b[pos] == Self.closeBracket { throw OutOfSubset() }
            }
        }
        return .sequence(.init(items: items, mark: start))
    }

    private mutating func flowMapping(depth: Int) throws(OutOfSubset) -> YAMLNode {
        guard depth < FastYAML.depthLimit else { throw OutOfSubset() }
        let start = mark(pos)
        pos += 1
        var pairs: [YAMLNode.Pair] = []
        var keys = Keys()
        try skipSpaces()
        if b[pos] == Self.closeBrace {
            pos += 1
        } else {
            while true {
                let keyStart = pos
                let (key, text): (YAMLNode, String)
                if b[pos] == Self.doubleQuote || b[pos] == Self.singleQuote {
                    (key, text) = try quoted()
                } else {
                    (key, text) = try flowPlain(key: true)
                }
                guard b[pos] == Self.colon, byte(pos + 1) == Self.space, pos - keyStart <= Self.longestKey,
                      keys.insert(text) else { throw OutOfSubset() }
                pos += 1
                try skipSpaces()
                let value = try flowNode(depth: depth + 1)
                pairs.append(.init(key: key, value: value))
                try skipSpaces()
                if b[pos] == Self.closeBrace { pos += 1; break }
                guard b[pos] == Self.comma else { throw OutOfSubset() }
                pos += 1
                try skipSpaces()
                if b[pos] == Self.closeBrace { throw OutOfSubset() }
            }
        }
        return .mapping(.init(pairs: pairs, mark: start))
    }
}
