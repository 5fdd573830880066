import Foundation
import Testing
@testable import YishiCore

/// FastYAML must build, node for node, the tree Yams builds (values, styles, marks), or
/// decline. Checked on the demo site, on a sample of the benchmark corpus, on generated
/// documents and on mutations of all of them.
@Suite struct FastYAMLTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text each demo file gives the composer: the mended front matter, or the mended file.
    static func demoTexts() -> [(file: String, yaml: String)] {
        let content = root.appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? []
        return files.sorted().compactMap { file in
            guard let text = try? String(contentsOf: content.appendingPathComponent(file), encoding: .utf8) else { return nil }
            if file.hasSuffix(".yml") { return (file, SlipDetector.scan(text).mended) }
            guard file.hasSuffix(".md"), case .success(let fm) = FrontMatter.split(text) else { return nil }
            return (file, SlipDetector.scan(fm.yaml).mended)
        }
    }

    /// Compares the fast tree with Yams' when there is one; tells whether there was.
    @discardableResult
    static func agree(_ yaml: String, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let fast = FastYAML.compose(yaml)
        let reference = YAMLComposer.composeWithYams(yaml)
        guard let fast else { return false }
        guard case .success(let yams?) = reference else {
            Issue.record("\(label): fast path composed what Yams gives as \(reference)\n\(yaml)", sourceLocation: sourceLocation)
            return true
        }
        if let d = difference(fast, yams, at: "/") {
            Issue.record("\(label): \(d)\n\(yaml)", sourceLocation: sourceLocation)
        }
        // The derived equality also compares any field added to YAMLNode that the walk,
        // which says where two trees part, does not yet look at.
        if fast != yams { Issue.record("\(label): trees differ by ==", sourceLocation: sourceLocation) }
        let whole = YAMLComposer.compose(yaml)
        if case .success(let n?) = whole, difference(n, yams, at: "/") == nil {} else {
            Issue.record("\(label): compose differs from the fast tree", sourceLocation: sourceLocation)
        }
        return true
    }

    static func difference(_ a: YAMLNode, _ b: YAMLNode, at path: String) -> String? {
        func markText(_ m: YAMLNode.Mark) -> String { "\(m.line):\(m.column)" }
        if markText(a.mark) != markText(b.mark) { return "\(path): mark \(markText(a.mark)) ≠ \(markText(b.mark))" }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            if x.string != y.string { return "\(path): \(x.string.debugDescription) ≠ \(y.string.debugDescription)" }
            if x.style != y.style { return "\(path): style \(x.style) ≠ \(y.style)" }
            return nil
        case (.mapping(let x), .mapping(let y)):
            if x.pairs.count != y.pairs.count { return "\(path): \(x.pairs.count) pairs ≠ \(y.pairs.count)" }
            for (i, (p, q)) in zip(x.pairs, y.pairs).enumerated() {
                if let d = difference(p.key, q.key, at: "\(path)key\(i)/")
                    ?? difference(p.value, q.value, at: "\(path)\(q.key.string ?? "?")/") { return d }
            }
            return nil
        case (.sequence(let x), .sequence(let y)):
            if x.items.count != y.items.count { return "\(path): \(x.items.count) items ≠ \(y.items.count)" }
            for (i, (p, q)) in zip(x.items, y.items).enumerated() {
                if let d = difference(p, q, at: "\(path)\(i)/") { return d }
            }
            return nil
        default:
            return "\(path): \(a) ≠ \(b)"
        }
    }

    @Test func composesEveryDemoFileAsYamsDoes() {
        let texts = Self.demoTexts()
        #expect(texts.count > 500)
        let declined = texts.filter { !Self.agree($0.yaml, $0.file) }.map(\.file)
        // The demo is plain front matter throughout: a decline means the fast path fell behind it.
        #expect(declined.isEmpty, "declined: \(declined.prefix(20))")
    }

    @Test func composesTheCorpusSampleAsYamsDoes() {
        for (file, yaml) in FastYAMLCorpusSample.texts {
            #expect(Self.agree(yaml, file), "declined \(file)")
            #expect(Self.agree(yaml + "\n", file), "declined \(file) with a final newline")
        }
    }

    @Test func handMadeCases() {
        let handled = [
            "a: 1", "a:\n  b: 2\n  c:\n  - x\n  - 'y'\nd: \"z\"", "- a\n- b: c\n  d: e\n-\n  f: g\n- ", "a:\nb:\n",
            "a: [x, 'y', \"z\", [1, 2], {p: q}]", "a: {for: 1, \"b\": [2]}", "a: []\nb: {}", "  a: 1\n  b: 2",
            "a: x # note\n# alone\nb: y#z", "\"k\": v\n'k2': ''''", "a: \"\\n\\t\\\\\\\"\\/\\0\\e \"", "a: b c  d  ",
            "a: yes\nb: 0x1F\nc: ~\nd: 2024-01-01\ne: 1.5\n<<: x", "a: 'it''s'", "= : x\nb: c", "a: b=c!",
            "名称: 柏荆社区\n列表: [甲, 乙]", "a: -1\nb: [-2, -x]", "a:\n\n  # c\n\n  b: 1\n", "a:\n- b: 1\n  c:\n  - d\ne: f",
            "a: 'x' # c\nb: [ x ,y ]  \nc: {a: 'b', c: [d]}", "-\n- \n- # c\n  -", "a: b #c: d",
            "a  : b\n\"a b\": '  c  '\n1: x\n01: y", "- a  # c\n-  b: 1\n   c: 2", "a:    # c\n  - x\n\n   \n",
            "a: ---\nb: .5\nc: x - y\nd: a#b\na#b: e\nf: \u{A0}g\u{A0}\nh: 😀 é", "k: v\n    \n  # deeper comment\nk2: v",
        ]
        for (i, yaml) in handled.enumerated() { #expect(Self.agree(yaml, "case \(i)"), "declined \(yaml.debugDescription)") }
        let declined = [
            "a: &x 1\nb: *x", "a: !!str 1", "a: |\n  x", "a: >\n  x", "a: b\n  c", "a: 1\na: 2", "a:\tb", "a: b\r\n",
            "--- \na: 1", "a: 1\n...", "? a\n: b", "a: [x,\n  y]", "a: \"x\ny\"", "a: \"\\u0041\"", "%YAML 1.2\n---\na: 1",
            "a: b: c", "- - a", "a: x\n - b", "", "# only", "plain", "[a, b]", "a: {x}", "a: [x, ]", "a: @x", "a: `x`",
            "\u{FEFF}a: 1", "a: \u{85}", "a: [x: y]", "\"a\" : b",
        ]
        for yaml in declined {
            #expect(FastYAML.compose(yaml) == nil, "\(yaml.debugDescription)")
        }
    }

    @Test func longTextsStayCheapAndAgree() {
        let keys = (0..<3000).map { "键\($0): 值 \($0)" }.joined(separator: "\n")
        #expect(Self.agree(keys, "many keys"))
        #expect(FastYAML.compose(keys + "\n键17: again") == nil, "a clash after many keys")
        let items = "a: [" + (0..<5000).map { "项\($0)" }.joined(separator: ", ") + "]\nb: {" +
            (0..<100).map { "k\($0): 值" }.joined(separator: ", ") + "}"
        #expect(Self.agree(items, "one long line"))
    }

    // MARK: Generated and mutated documents

    /// SplitMix64: the same documents on every run and every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    static let words = ["a", "id", "title", "标题", "议事会", "x y", "yes", "no", "~", "null", "1", "-3", "0x1F", "1.5",
                        "2024-01-13", "<<", "a=b", "a#b", "http", "e\u{301}", "😀", "全角：冒号", "\u{3000}x", "\u{A0}",
                        "", " ", "a  b", "#", "--", "...", "k'", "it's", "a\\b", "a\"b"]
    /// Words the fast path declines in some place or other, or that Yams refuses.
    static let trickyWords = ["19:30", "a:b", "http://x.org/a?b=c", "a, b", "[x]", "'q'", "\"dq\"", "=", "wow!", "-", "?x",
                              "%x", "@x", "&x", "*x", "!x", "|", ">", "a: b", "x #y", "{", "}"]

    static func scalar(_ r: inout Random, flow: Bool) -> String {
        let w = r.chance(4) ? r.pick(trickyWords) : r.pick(words)
        switch r.below(10) {
        case 0, 1: return "'" + w.replacingOccurrences(of: "'", with: "''") + "'"
        case 2, 3:
            var s = "\""
            for ch in w {
                switch ch {
                case "\"": s += "\\\""
                case "\\": s += r.pick(["\\\\", "\\/"])
                default: s.append(ch)
                }
            }
            if r.chance(5) { s += r.pick(["\\n", "\\t", "\\ ", "\\e", "\\0", "\\x41", "\\u00e9", "\\N", "\\q"]) }
            return s + "\""
        default:
            return w
        }
    }

    static func flow(_ r: inout Random, depth: Int) -> String {
        let n = r.below(4)
        if r.chance(60) || depth > 2 {
            let items = (0..<n).map { _ in depth < 3 && r.chance(10) ? flow(&r, depth: depth + 1) : scalar(&r, flow: true) }
            return "[" + items.joined(separator: r.pick([", ", ",", " , "])) + "]"
        }
        let pairs = (0..<n).map { i in "k\(i): " + scalar(&r, flow: true) }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    static func block(_ r: inout Random, indent: String, depth: Int, into out: inout String) {
        let step = String(repeating: " ", count: r.pick([1, 2, 2, 4]))
        func comment() { if r.chance(10) { out += r.pick(["", indent, "   "]) + "# 注释 \n" } ; if r.chance(5) { out += "\n" } }
        func value(_ prefixIndent: String, inSequence: Bool) {
            switch r.below(depth > 3 ? 3 : 6) {
            case 0: out += " " + scalar(&r, flow: false) + (r.chance(10) ? "  # c" : "") + (r.chance(5) ? " " : "") + "\n"
            case 1: out += " " + flow(&r, depth: 0) + "\n"
            case 2: out += r.chance(50) ? "\n" : " # empty\n"
            case 3 where !inSequence && r.chance(30):
                out += "\n"
                sequence(prefixIndent)  // indentless, under the key
            default:
                out += r.chance(10) ? " # then\n" : "\n"
                block(&r, indent: prefixIndent + step, depth: depth + 1, into: &out)
            }
        }
        func sequence(_ ind: String) {
            for _ in 0..<(1 + r.below(3)) {
                comment()
                out += ind + "-"
                if depth < 4 && r.chance(40) {
                    // A mapping on the entry's line.
                    let inner = ind + " " + String(repeating: " ", count: r.below(2))
                    out += String(repeating: " ", count: inner.count - ind.count)
                    for j in 0..<(1 + r.below(3)) {
                        if j > 0 { out += inner }
                        out += "m\(j):"
                        value(inner, inSequence: false)
                    }
                } else {
                    value(ind, inSequence: true)
                }
            }
        }
        if r.chance(35) {
            sequence(indent)
        } else {
            var keys = Set<String>()
            for _ in 0..<(1 + r.below(4)) {
                comment()
                var key = r.pick(["title", "标题", "a b", "<<", "=", "yes", "1", "'q'", "\"d\"", "k", "k2", "日期"])
                if r.chance(3) { key = r.pick(["-", "a: b", "? x", "[k]", "\"k\" "]) }
                if r.chance(5) { key = "k\(r.below(3))" } else if keys.contains(key) { key += "\(keys.count)" }
                keys.insert(key)
                out += indent + key + ":"
                value(indent, inSequence: false)
            }
        }
    }

    static func mutate(_ text: String, _ r: inout Random) -> String {
        var s = Array(text.unicodeScalars)
        let bits: [String] = [":", ": ", " #", "#", "-", "- ", "'", "\"", "\\", "\\n", "[", "]", "{", "}", ",", "&a ", "*a",
                              "!", "!!str ", "|", ">", "? ", "\t", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{FEFF}", " ", "  ",
                              "\n", "\n  ", "\n- ", "---", "...", "%", "@", "`", "''", "yes", "~", "=", "中", "：", "\u{A0}",
                              "\u{0}", "\u{7F}", "\u{9F}", "\u{FFFE}", "😀"]
        for _ in 0..<(1 + r.below(3)) {
            let at = s.isEmpty ? 0 : r.below(s.count + 1)
            switch r.below(6) {
            case 0, 1: s.insert(contentsOf: r.pick(bits).unicodeScalars, at: at)
            case 2: s.removeSubrange(at..<min(s.count, at + 1 + r.below(4)))
            case 3 where at < s.count: s[at] = r.pick(bits).unicodeScalars.first!
            default:
                var lines = String(String.UnicodeScalarView(s)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                guard !lines.isEmpty else { continue }
                let i = r.below(lines.count)
                switch r.below(4) {
                case 0: lines.insert(lines[i], at: i)
                case 1: lines.remove(at: i)
                case 2: lines[i] = String(repeating: " ", count: 1 + r.below(2)) + lines[i]
                default: if lines[i].hasPrefix(" ") { lines[i].removeFirst() }
                }
                s = Array(lines.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(s))
    }

    @Test func composesGeneratedDocumentsAsYamsDoes() {
        var r = Random(state: 20_261_121)
        var handled = 0
        let count = 3000
        for i in 0..<count {
            var out = ""
            Self.block(&r, indent: r.chance(5) ? " " : "", depth: 0, into: &out)
            if Self.agree(out, "generated \(i)") { handled += 1 }
        }
        // Most generated documents hold some word or key the fast path leaves to Yams, but
        // enough must be taken for the comparison to mean something.
        #expect(handled > count / 4, "\(handled) of \(count)")
    }

    @Test func composesMutatedDocumentsAsYamsDoes() {
        var r = Random(state: 7)
        let seeds = FastYAMLCorpusSample.texts.map(\.yaml) + Self.demoTexts().map(\.yaml).prefix(60)
        var handled = 0, count = 0
        for seed in seeds {
            for _ in 0..<60 {
                var text = seed
                for _ in 0..<(1 + r.below(2)) { text = Self.mutate(text, &r) }
                count += 1
                if Self.agree(text, "mutant \(count)") { handled += 1 }
            }
        }
        #expect(handled > count / 10, "\(handled) of \(count)")
    }
}
