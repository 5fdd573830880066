/// A Mustache template, compiled once and rendered many times.
///
/// yishi renders its pages with its own Mustache engine rather than swift-mustache, which
/// it used at first: profiled on 10 000 meetings, half of the build's CPU went to
/// swift-mustache looking values up (protocol-conformance casts at every level of the
/// context stack) and escaping text character by character. This engine reads the same
/// templates — variables, `{{{raw}}}` and `{{&raw}}`, sections and inverted sections,
/// partials with indentation, parents and blocks (`{{<layout}}` / `{{$main}}`), comments,
/// set delimiters, `{{% CONTENT_TYPE: TEXT }}` and swift-mustache's transforms such as
/// `{{^last()}}` — renders them from a flat run of operations over one byte buffer
/// (Template+Code), looks values up by their dynamic type,
/// and escapes UTF-8 bytes. A test renders every page of the demo with both engines and
/// compares them byte for byte.
struct Template: Sendable {
    /// The tree as read, which loading transforms (Template+Strings).
    let nodes: [Node]
    /// The same nodes laid out flat, which pages are rendered from.
    let code: Code

    init(nodes: [Node]) {
        self.nodes = nodes
        code = Code(nodes)
    }

    enum Node: Sendable {
        case text([UInt8])
        case value(Name, escaped: Bool)
        case section(Name, inverted: Bool, body: [Node])
        /// `{{> name}}` or, with `overrides`, `{{< name}}…{{/name}}`; `indentation` is the
        /// whitespace before a partial that stands alone on its line.
        case partial(name: String, dynamic: Bool, indentation: [UInt8], overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}`: replaced by a parent's override of the same name.
        case block(name: String, body: [Node], indentation: [UInt8])
        /// `{{% CONTENT_TYPE: TEXT }}` turns escaping off for the rest of the template.
        case escaping(Bool)
    }

    /// A name as a tag writes it: `t.meeting.venue`, `.`, `.title`, `last()`, `count(items)`.
    struct Name: Sendable, Equatable {
        enum Start: Sendable, Equatable {
            /// Look the first part up through the context stack, innermost first.
            case stack
            /// `.` or `.part`: only the innermost context.
            case current
            /// An empty name with transforms (`last()`): the position within a list.
            case position
        }
        var start: Start
        let path: [String]
        /// The parts' prints, worked out once for every look-up of the name.
        let prints: [KeyPrint]
        /// In the order they apply: `a(b(x))` applies `b` first.
        var transforms: [String]

        init(start: Start, path: [String], transforms: [String]) {
            self.start = start
            self.path = path
            self.transforms = transforms
            prints = path.map(KeyPrint.init)
        }
    }
}
