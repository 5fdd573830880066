import YishiCore

extension Template {
    /// Why a template cannot be read, and where (1-based line and column of the tag).
    struct SyntaxError: Error, Equatable {
        var problem: Message.TemplateProblem
        var line: Int
        var column: Int
    }

    /// Compiles `text`. A tag alone on its line (a section, a partial, a comment…) takes
    /// its line with it, as the Mustache spec says, so templates can be laid out freely.
    init(_ text: String) throws(SyntaxError) {
        var parser = TemplateParser(Array(text.utf8))
        self.init(nodes: try parser.parse())
    }
}

/// Reads a template's bytes into a tree of nodes in one pass.
private struct TemplateParser {
    typealias Node = Template.Node

    let bytes: [UInt8]
    var i = 0
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// Whether anything but spaces and tabs (text or a tag) came before on this line.
    var lineHasContent = false

    /// An open section, parent or block, with what has been read inside it.
    struct Frame {
        var sigil: UInt8
        var name: String
        var offset: Int
        var indentation: [UInt8] = []
        var nodes: [Node] = []
    }
    var frames: [Frame] = [Frame(sigil: 0, name: "", offset: 0)]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"),
               cr = UInt8(ascii: "\r")

    mutating func parse() throws(Template.SyntaxError) -> [Node] {
        var pending: [UInt8] = []   // whitespace at the start of a line, held until we know if its tag stands alone
        while i < bytes.count {
            let start = i
            var tagAt: Int?
            while i < bytes.count {
                if bytes[i] == Self.newline { i += 1; break }
                if bytes[i] == open[0], matches(open, at: i) { tagAt = i; break }
                i += 1
            }
            let text = bytes[start..<(tagAt ?? i)]
            guard let tagAt else {
                append(.text(pending + text))
                pending = []
                lineHasContent = false
                continue
            }
            if !lineHasContent, text.allSatisfy({ $0 == Self.space || $0 == Self.tab }) {
                pending = Array(text)
            } else {
                append(.text(pending + text))
                pending = []
                if !text.isEmpty { lineHasContent = true }
            }
            try tag(at: tagAt, indentation: &pending)
        }
        if !pending.isEmpty { append(.text(pending)) }
        if frames.count > 1, let frame = frames.last {
            throw error(.unclosedSection(name: frame.name), at: frame.offset)
        }
        return frames[0].nodes
    }

    /// Reads the tag at `tagAt`; takes `pending` as its indentation when it stands alone.
    mutating func tag(at tagAt: Int, indentation pending: inout [UInt8]) throws(Template.SyntaxError) {
        i = tagAt + open.count
        let sigil: UInt8 = i < bytes.count && "#^/!><$&{=%".utf8.contains(bytes[i]) ? bytes[i] : 0
        if sigil != 0 { i += 1 }
        let closing: [UInt8] = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + close
                             : sigil == UInt8(ascii: "=") ? [UInt8(ascii: "=")] + close : close
        guard let end = find(closing, from: i) else { throw error(.unclosedTag, at: tagAt) }
        let content = trimmed(bytes[i..<end])
        i = end + closing.count

        let standsAlone = "#^/!><$=%".utf8.contains(sigil) && !lineHasContent && restOfLineIsBlank()
        let indentation = standsAlone ? pending : []
        if standsAlone {
            pending = []
            lineHasContent = false
        } else {
            if !pending.isEmpty { append(.text(pending)); pending = [] }
            lineHasContent = true
        }

        switch sigil {
        case UInt8(ascii: "!"):
            break
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            _ = try name(content, at: tagAt)
            frames.append(Frame(sigil: sigil, name: content, offset: tagAt))
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            guard !content.isEmpty else { throw error(.badName(""), at: tagAt) }
            frames.append(Frame(sigil: sigil, name: content, offset: tagAt, indentation: indentation))
        case UInt8(ascii: "/"):
            try closeSection(content, at: tagAt)
        case UInt8(ascii: ">"):
            let dynamic = content.hasPrefix("*")
            let partial = dynamic ? String(content.dropFirst()) : content
            guard !partial.isEmpty else { throw error(.badName(content), at: tagAt) }
            append(.partial(name: partial, dynamic: dynamic, indentation: indentation, overrides: nil))
        case UInt8(ascii: "="):
            let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw error(.badDelimiters, at: tagAt)
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        case UInt8(ascii: "%"):
            let setting = content.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
            guard setting.count == 2, setting[0] == "CONTENT_TYPE", ["HTML", "TEXT"].contains(setting[1]) else {
                throw error(.unknownSetting(content), at: tagAt)
            }
            append(.escaping(setting[1] == "HTML"))
        default:
            append(.value(try name(content, at: tagAt), escaped: sigil == 0))
        }
    }

    mutating func closeSection(_ content: String, at offset: Int) throws(Template.SyntaxError) {
        guard frames.count > 1, var frame = frames.popLast() else {
            throw error(.strayClose(name: content), at: offset)
        }
        guard frame.name == content else {
            throw error(.mismatchedClose(name: content, open: frame.name, line: line(of: frame.offset)), at: offset)
        }
        switch frame.sigil {
        case UInt8(ascii: "<"):
            var overrides: [String: [Node]] = [:]
            for node in frame.nodes {
                switch node {
                case .block(let name, let body, _): overrides[name] = body
                case .text: continue   // text between a parent's blocks is not rendered
                default: throw error(.notABlockInParent(parent: frame.name), at: frame.offset)
                }
            }
            let dynamic = frame.name.hasPrefix("*")
            frame.nodes = []
            append(.partial(name: dynamic ? String(frame.name.dropFirst()) : frame.name, dynamic: dynamic,
                            indentation: frame.indentation, overrides: overrides))
        case UInt8(ascii: "$"):
            append(.block(name: frame.name, body: frame.nodes, indentation: frame.indentation))
        default:
            append(.section(try name(frame.name, at: frame.offset), inverted: frame.sigil == UInt8(ascii: "^"),
                            body: frame.nodes))
        }
    }

    /// `a.b`, `.`, `.a`, `last()`, `count(items)`, `a(b(x))`.
    func name(_ text: String, at offset: Int) throws(Template.SyntaxError) -> Template.Name {
        var rest = Substring(text)
        var transforms: [String] = []
        while let paren = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<paren]))
            rest = rest[rest.index(after: paren)...]
        }
        if !transforms.isEmpty {
            let closers = rest.reversed().prefix(while: { $0 == ")" }).count
            guard closers == transforms.count else { throw error(.badName(text), at: offset) }
            rest = rest.dropLast(closers)
        }
        let bad: Set<Character> = [" ", "\t", "\n", "(", ")", "{", "}"]
        guard !rest.contains(where: { bad.contains($0) }),
              !transforms.contains(where: { $0.isEmpty || $0.contains(where: { bad.contains($0) }) }) else {
            throw error(.badName(text), at: offset)
        }
        transforms.reverse()
        if rest == "." { return .init(start: .current, path: [], transforms: transforms) }
        if rest.isEmpty {
            guard !transforms.isEmpty else { throw error(.badName(text), at: offset) }
            return .init(start: .position, path: [], transforms: transforms)
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if rest.hasPrefix(".") {
            let tail = Array(parts.dropFirst())
            guard !tail.contains(where: \.isEmpty) else { throw error(.badName(text), at: offset) }
            return .init(start: .current, path: tail, transforms: transforms)
        }
        guard !parts.contains(where: \.isEmpty) else { throw error(.badName(text), at: offset) }
        return .init(start: .stack, path: parts, transforms: transforms)
    }

    mutating func append(_ node: Node) {
        if case .text(let t) = node, t.isEmpty { return }
        frames[frames.count - 1].nodes.append(node)
    }

    /// After a tag: only spaces and tabs up to the end of the line (or of the file). When
    /// so, the line break is consumed with the tag.
    mutating func restOfLineIsBlank() -> Bool {
        var j = i
        while j < bytes.count, bytes[j] == Self.space || bytes[j] == Self.tab { j += 1 }
        if j == bytes.count { i = j; return true }
        if bytes[j] == Self.newline { i = j + 1; return true }
        if bytes[j] == Self.cr, j + 1 < bytes.count, bytes[j + 1] == Self.newline { i = j + 2; return true }
        return false
    }

    func matches(_ delimiter: [UInt8], at j: Int) -> Bool {
        guard j + delimiter.count <= bytes.count else { return false }
        for k in 0..<delimiter.count where bytes[j + k] != delimiter[k] { return false }
        return true
    }

    func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var j = start
        while j + delimiter.count <= bytes.count {
            if bytes[j] == delimiter[0], matches(delimiter, at: j) { return j }
            j += 1
        }
        return nil
    }

    func trimmed(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self).trimmingSpaces()
    }

    func line(of offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $1 == Self.newline ? $0 + 1 : $0 }
    }

    func error(_ problem: Message.TemplateProblem, at offset: Int) -> Template.SyntaxError {
        let lineStart = bytes[..<offset].lastIndex(of: Self.newline).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return Template.SyntaxError(problem: problem, line: line(of: offset), column: column)
    }
}

private extension StringProtocol {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
