import Yams

/// Turns front-matter YAML into a node tree that keeps every value's line and column.
///
/// Values are later read from the node's text as written, never through YAML 1.1's type
/// guessing (`no` → false, `19:30` → 1170). Anchors and aliases are refused before any
/// alias is walked, so a "billion laughs" document costs nothing.
enum YAMLComposer {
    struct Failure: Error, Equatable {
        var message: Message
        var line: Int
        var column: Int
    }

    static let maxDepth = 64

    static func compose(_ yaml: String) -> Result<YAMLNode?, Failure> {
        // Most front matter is plain enough to compose without libyaml; the rest, and every
        // error, is Yams'.
        if let node = FastYAML.compose(yaml) { return .success(node) }
        return composeWithYams(yaml)
    }

    /// `compose`, going on past a key given twice: the later one, with what is nested under
    /// it, is left out and the text composed again, so that the slip does not hide the file's
    /// other problems. Each key given twice is one failure in `repeated`.
    static func composeReportingRepeats(_ yaml: String) -> (result: Result<YAMLNode?, Failure>, repeated: [Failure]) {
        var text = yaml
        var repeated: [Failure] = []
        while true {
            let result = compose(text)
            guard case .failure(let f) = result, case .duplicateKey = f.message, repeated.count < 20 else { return (result, repeated) }
            // The next entries of a list with their dashes left out repeat the entry's fields:
            // one problem each, and the fix is the dash, not deleting the entry's fields.
            if let (dashed, starts) = withDashes(line: f.line, column: f.column, of: text) {
                repeated += starts.map { Failure(message: .missingEntryDash(key: String($0.key)), line: $0.line, column: f.column) }
                text = dashed
                continue
            }
            guard let shorter = leavingOut(line: f.line, of: text) else { return (result, repeated) }
            repeated.append(f)
            text = shorter
        }
    }

    /// The text with `- ` put where the list entry holding the key at `line`:`column`
    /// (1-based, a key given twice) runs on into the next entries, their dashes left out, and
    /// where each of those starts (line, key); nil when the entry is not such a run.
    ///
    /// Read in order, the entry's fields start a new entry at the first one that repeats, when
    /// what follows from there repeats the entry's first field or its `id` too: one field
    /// written twice is that, but the same fields again are the next entry.
    static func withDashes(line: Int, column: Int, of text: String) -> (String, [(line: Int, key: Substring)])? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, column >= 3 else { return nil }
        let keyColumn = column - 1
        func indent(_ l: Substring) -> Int { l.prefix { $0 == " " }.count }
        func isAside(_ l: Substring) -> Bool {
            let trimmed = l.drop { $0 == " " }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
        func key(_ l: Substring) -> Substring { l.drop { $0 == " " || $0 == "-" }.prefix { $0 != ":" } }
        // The entry's dash, above the key given twice.
        var dash = line - 1
        while true {
            guard dash > 0 else { return nil }
            dash -= 1
            if isAside(lines[dash]) || indent(lines[dash]) >= keyColumn { continue }
            guard indent(lines[dash]) == keyColumn - 2, lines[dash].dropFirst(keyColumn - 2).hasPrefix("- ") else { return nil }
            break
        }
        // The entry's fields, in order, down to the end of the entry.
        var fields: [(line: Int, key: Substring)] = [(dash, key(lines[dash]))]
        for n in (dash + 1)..<lines.count where !isAside(lines[n]) {
            let i = indent(lines[n])
            if i < keyColumn { break }
            if i == keyColumn, lines[n].contains(":") { fields.append((n, key(lines[n]))) }
        }
        var starts: [(line: Int, key: Substring)] = []
        var first = 0
        var seen: Set<Substring> = [fields[0].key]
        for k in 1..<fields.count {
            guard seen.contains(fields[k].key) else { seen.insert(fields[k].key); continue }
            let rest = Set(fields[k...].map(\.key))
            guard rest.contains(fields[first].key) || (rest.contains("id") && seen.contains("id")) else { return nil }
            starts.append(fields[k])
            first = k
            seen = [fields[k].key]
        }
        guard !starts.isEmpty else { return nil }
        for s in starts {
            let l = lines[s.line]
            let at = l.index(l.startIndex, offsetBy: keyColumn - 2)
            lines[s.line] = l[..<at] + "- " + l[l.index(at, offsetBy: 2)...]
        }
        return (lines.joined(separator: "\n"), starts.map { ($0.line + 1, $0.key) })
    }

    /// The text with line `line` (1-based) and the more indented lines after it made blank,
    /// so that every other line keeps its number; nil when there is no such line.
    private static func leavingOut(line: Int, of text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        func indent(_ l: Substring) -> Int { l.prefix { $0 == " " || $0 == "-" }.count }
        let own = indent(lines[line - 1])
        lines[line - 1] = ""
        var n = line
        while n < lines.count, lines[n].allSatisfy({ $0 == " " }) || indent(lines[n]) > own {
            lines[n] = ""
            n += 1
        }
        return lines.joined(separator: "\n")
    }

    /// What `compose` gives when the fast path declines: the reference it is tested against.
    static func composeWithYams(_ yaml: String) -> Result<YAMLNode?, Failure> {
        let written = Indicators(yaml)
        if !written.explicitTag {
            let quick = compose(yaml, resolver: .basic, anchors: written.anchor)
            // Keys equal under YAML 1.1's tags are equal by text, so the plain resolver finds
            // every clash the full one finds, and perhaps more (`"1"` and `1`): a file with a
            // clash is composed again with the full one, to report exactly what it reports.
            if case .failure(let f) = quick, case .duplicateKey = f.message {} else { return quick }
        }
        return compose(yaml, resolver: .default, anchors: written.anchor)
    }

    /// What the text can hold, told from its bytes before it is composed.
    struct Indicators {
        /// Yams resolves every mapping key's YAML 1.1 tag, a regular expression each, to look
        /// for duplicates. Nothing here reads a value through its tag, and only an explicit
        /// tag, which needs a `!`, makes two keys clash that differ by their tags alone
        /// (`!!int 1` and a plain `1`).
        var explicitTag = false
        /// Whether there is an `&`: without one, no node has an anchor.
        var anchor = false

        init(_ yaml: String) {
            // Over the contiguous bytes: stepping the UTF-8 view cost several times the test.
            var yaml = yaml
            yaml.withUTF8 { bytes in
                for b in bytes {
                    switch b {
                    case UInt8(ascii: "!"): explicitTag = true
                    case UInt8(ascii: "&"): anchor = true
                    default: break
                    }
                }
            }
        }
    }

    private static func compose(_ yaml: String, resolver: Resolver, anchors: Bool) -> Result<YAMLNode?, Failure> {
        do {
            // Named, not left to Yams' default, which reads the environment for every file.
            let parser = try Parser(yaml: yaml, resolver: resolver, encoding: .utf8)
            let root = try parser.singleRoot()
            // Anchors are held weakly by nodes and strongly by the parser: check while it lives.
            return try withExtendedLifetime(parser) {
                guard let root else { return .success(nil) }
                try checkStructure(root, depth: 0, anchors: anchors)
                return .success(YAMLNode(root))
            }
        } catch let failure as Failure {
            return .failure(failure)
        } catch let error as YamlError {
            return .failure(translate(error, yaml: yaml))
        } catch {
            return .failure(Failure(message: .yamlSyntax(.other("\(error)")), line: 1, column: 1))
        }
    }

    /// - Parameter anchors: false when no node can have one, which spares reading each
    ///   node's anchor, a weak reference.
    private static func checkStructure(_ node: Node, depth: Int, anchors: Bool) throws {
        if anchors, node.anchor != nil {
            throw Failure(message: .anchorsNotAllowed, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        if depth > maxDepth {
            throw Failure(message: .nestingTooDeep(limit: maxDepth), line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                try checkStructure(k, depth: depth + 1, anchors: anchors)
                try checkStructure(v, depth: depth + 1, anchors: anchors)
            }
        case .sequence(let s):
            for v in s { try checkStructure(v, depth: depth + 1, anchors: anchors) }
        case .alias(let a):
            throw Failure(message: .anchorsNotAllowed, line: a.mark?.line ?? 1, column: a.mark?.column ?? 1)
        case .scalar:
            break
        }
    }

    private static func translate(_ error: YamlError, yaml: String) -> Failure {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            if problem.contains("alias") || problem.contains("anchor") {
                return Failure(message: .anchorsNotAllowed, line: mark.line, column: mark.column)
            }
            if problem.hasPrefix("found a tab character") {
                return Failure(message: .tabIndentation(spaces: nil), line: mark.line, column: mark.column)
            }
            let words = plainWords(problem)
            // libyaml finds the colon missing only on the next line ('venue 村委会门口' is read
            // as the start of a key until then): the line to fix is the one above.
            if words == .missingColon, let above = lineWithoutColon(above: mark.line, in: yaml) {
                return Failure(message: .yamlSyntax(words), line: above.line, column: above.column)
            }
            return Failure(message: .yamlSyntax(words), line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? "?"
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: yaml)
            return Failure(message: .duplicateKey(key: key), line: line, column: column)
        case .reader(let problem, let offset, let value, _):
            // `SlipDetector` takes control characters out first; this is what it does not know.
            let (line, column) = offset.map { position(ofCharacter: $0, in: yaml) } ?? (1, 1)
            if problem == "control characters are not allowed" {
                return Failure(message: .controlCharacter(code: SlipDetector.codePoint(UInt32(bitPattern: value))), line: line, column: column)
            }
            return Failure(message: .yamlSyntax(.other(problem)), line: line, column: column)
        default:
            return Failure(message: .yamlSyntax(.other("\(error)")), line: 1, column: 1)
        }
    }

    /// The line above `line` (1-based; blank and comment lines stepped over) when it is written
    /// without a key's colon: words and no ': ' (`venue 村委会门口`), not a list entry or a
    /// quoted value's continuation. Its line and the column its text starts at.
    static func lineWithoutColon(above line: Int, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var n = min(line, lines.count + 1) - 1   // the 1-based number of the line above
        while n >= 1 {
            let text = lines[n - 1].drop { $0 == " " }
            if text.isEmpty || text.first == "#" || text.allSatisfy({ $0 == " " || $0 == "\r" }) { n -= 1; continue }
            guard let first = text.first, !"-\"'[{|>".contains(first) else { return nil }
            let hasKey = text.contains(": ") || text.hasSuffix(":") || text.hasSuffix(":\r")
            guard !hasKey else { return nil }
            return (n, lines[n - 1].count - text.count + 1)
        }
        return nil
    }

    /// libyaml's problem, as one of the few that secretaries meet, or as it was said.
    private static func plainWords(_ problem: String) -> Message.YAMLProblem {
        switch problem {
        case "mapping values are not allowed in this context": return .unexpectedColon
        case "could not find expected ':'": return .missingColon
        case "did not find expected key", "did not find expected '-' indicator": return .badIndentation
        case "found character that cannot start any token": return .badCharacter
        case "found unexpected end of stream": return .unclosedQuote
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'": return .unclosedBracket
        case "found unknown escape character": return .unknownEscape
        case "block sequence entries are not allowed in this context": return .misplacedDash
        case "did not find expected node content": return .missingValue
        default: return .other(problem)
        }
    }

    /// The 1-based line and column (in Unicode scalars, as libyaml counts) of the `offset`th
    /// character, as Yams reports where the reader stopped.
    static func position(ofCharacter offset: Int, in yaml: String) -> (Int, Int) {
        var line = 1, column = 1
        for ch in yaml.prefix(offset) {
            if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
        }
        return (line, column)
    }

    /// Yams reports where a duplicated key first appears; the slip is the later one.
    private static func secondOccurrence(of key: String, after mark: Mark, in yaml: String) -> (Int, Int) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for n in mark.line..<max(mark.line, lines.count) {
            let scalars = Array(lines[n].unicodeScalars)
            guard scalars.count >= mark.column - 1 + key.unicodeScalars.count else { continue }
            let start = mark.column - 1
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            let before = scalars[..<start].allSatisfy { $0 == " " || $0 == "-" }
            if before, rest.hasPrefix(key + ":") { return (n + 1, mark.column) }
        }
        return (mark.line, mark.column)
    }
}
