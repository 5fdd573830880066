import Yams

/// A front-matter value as composed: a text, a list or a mapping, each with the place it
/// was written at, which is all the readers of records ask of it.
///
/// Values are read from their text as written, so no tags are kept. Yams' own nodes carry a
/// tag object each and copy several references with every node: without them, checking
/// 10 000 meetings takes about 40 % less CPU.
enum YAMLNode: Equatable, Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// Where a value starts: 1-based, columns in Unicode scalars as libyaml counts them.
    struct Mark: Equatable, Sendable {
        var line: Int
        var column: Int
    }

    /// Only `plain` changes how a value reads (an empty or `~` plain value is null).
    enum Style: Equatable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Equatable, Sendable {
        var string: String
        var style: Style
        var mark: Mark
    }

    struct Pair: Equatable, Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    struct Mapping: Equatable, Sendable {
        /// In the order written.
        var pairs: [Pair]
        var mark: Mark

        /// The value of the first key whose text is `key`.
        subscript(key: String) -> YAMLNode? {
            pairs.first(where: { $0.key.string == key })?.value
        }
    }

    struct Sequence: Equatable, Sendable {
        var items: [YAMLNode]
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    var string: String? {
        if case .scalar(let s) = self { return s.string }
        return nil
    }
}

extension YAMLNode {
    /// The tree Yams composed, once `YAMLComposer` has refused its anchors and aliases.
    init(_ node: Node) {
        func mark(_ m: Yams.Mark?) -> Mark { m.map { Mark(line: $0.line, column: $0.column) } ?? Mark(line: 1, column: 1) }
        switch node {
        case .scalar(let s):
            let style: Style
            switch s.style {
            case .singleQuoted: style = .singleQuoted
            case .doubleQuoted: style = .doubleQuoted
            case .literal: style = .literal
            case .folded: style = .folded
            case .any, .plain: style = .plain
            }
            self = .scalar(Scalar(string: s.string, style: style, mark: mark(s.mark)))
        case .mapping(let m):
            self = .mapping(Mapping(pairs: m.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) }, mark: mark(m.mark)))
        case .sequence(let s):
            self = .sequence(Sequence(items: s.map(YAMLNode.init), mark: mark(s.mark)))
        case .alias(let a):
            // Refused before any tree is turned into this one; kept as the text nothing reads.
            self = .scalar(Scalar(string: "", style: .plain, mark: mark(a.mark)))
        }
    }
}
