extension Template {
    /// Renders with `root` as the outermost context (dictionaries, arrays, strings,
    /// numbers, booleans), taking partials and parents from `partials`.
    func render(_ root: Any, partials: [String: Template], sizeHint: Int = 16 * 1024) -> String {
        var renderer = TemplateRenderer(partials: partials, root: root)
        renderer.out.reserveCapacity(sizeHint)
        renderer.render(nodes, TemplateRenderer.Frame())
        return String(writtenUTF8: renderer.out)
    }
}

/// One rendering: the output bytes and the context stack, shared by every level of the
/// template tree so that entering a section costs an append, not a copy.
struct TemplateRenderer {
    typealias Node = Template.Node

    let partials: [String: Template]
    var out: [UInt8] = []
    var stack: [Any]
    /// Whether the last byte written ended a line: where an indented partial's lines begin.
    var atLineStart = true

    init(partials: [String: Template], root: Any) {
        self.partials = partials
        stack = [root]
    }

    /// What holds for the nodes being rendered besides the stack.
    struct Frame {
        var position: ListPosition?
        var indentation: [UInt8] = []
        var overrides: [String: [Node]]?
        var escapes = true
    }

    mutating func render(_ nodes: [Node], _ frame: Frame) {
        var frame = frame
        for node in nodes {
            switch node {
            case .text(let bytes):
                emit(bytes, frame)
            case .value(let name, let escaped):
                guard let value = resolve(name, frame) else { continue }
                emit(TemplateValue.text(value), escaped: escaped && frame.escapes, frame)
            case .section(let name, let inverted, let body):
                let value = resolve(name, frame)
                if inverted {
                    if TemplateValue.isEmpty(value) { render(body, frame) }
                } else if let value {
                    section(value, body, frame)
                }
            case .partial(let name, let dynamic, let indentation, let overrides):
                let key = dynamic ? resolve(.init(start: .stack, path: name.split(separator: ".").map(String.init),
                                                  transforms: []), frame).map(TemplateValue.text) : name
                guard let key, let template = partials[key] else { continue }
                var inner = Frame(indentation: frame.indentation + indentation, overrides: frame.overrides)
                // The outermost override of a block wins: a page overrides its layout's default.
                if let overrides { inner.overrides = (frame.overrides ?? [:]).merging(overrides) { outer, _ in outer } }
                render(template.nodes, inner)
            case .block(let name, let body, let indentation):
                let inner = Frame(indentation: frame.indentation + indentation, overrides: frame.overrides,
                                  escapes: frame.escapes)
                render(frame.overrides?[name] ?? body, inner)
            case .escaping(let on):
                frame.escapes = on
            }
        }
    }

    mutating func section(_ value: Any, _ body: [Node], _ frame: Frame) {
        if let flag = TemplateValue.flag(value) {
            if flag { render(body, frame) }
            return
        }
        var inner = frame
        inner.position = nil
        if TemplateValue.forEachElement(of: value, { element, position in
            stack.append(element)
            inner.position = position
            render(body, inner)
            stack.removeLast()
        }) { return }
        stack.append(value)
        render(body, inner)
        stack.removeLast()
    }

    func resolve(_ name: Template.Name, _ frame: Frame) -> Any? {
        var value: Any?
        switch name.start {
        case .position:
            value = frame.position
        case .current:
            value = stack[stack.count - 1]
            for part in name.path {
                guard let v = value, let child = TemplateValue.child(of: v, part) else { return nil }
                value = child
            }
        case .stack:
            let first = name.path[0]
            for object in stack.reversed() {
                if let child = TemplateValue.child(of: object, first) { value = child; break }
            }
            for part in name.path.dropFirst() {
                guard let v = value, let child = TemplateValue.child(of: v, part) else { return nil }
                value = child
            }
        }
        for transform in name.transforms {
            guard let v = value else { return nil }
            value = v is ListPosition ? (v as! ListPosition).transform(transform) : TemplateValue.transform(v, transform)
        }
        return value.flatMap(TemplateValue.unwrapped)
    }

    mutating func emit(_ bytes: [UInt8], _ frame: Frame) {
        guard !bytes.isEmpty else { return }
        if atLineStart, !frame.indentation.isEmpty { out += frame.indentation }
        out += bytes
        atLineStart = bytes[bytes.count - 1] == UInt8(ascii: "\n")
    }

    mutating func emit(_ text: String, escaped: Bool, _ frame: Frame) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            if atLineStart, !frame.indentation.isEmpty { out += frame.indentation }
            if escaped { HTML.append(bytes, to: &out) } else { out.append(contentsOf: bytes) }
            atLineStart = bytes[bytes.count - 1] == UInt8(ascii: "\n")
        }
    }
}

/// Where a section is in the list it repeats for: `{{^last()}}, {{/last()}}`.
struct ListPosition {
    var index: Int
    var isLast: Bool

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return index == 0
        case "last": return isLast
        case "index": return index
        case "even": return index & 1 == 0
        case "odd": return index & 1 == 1
        default: return nil
        }
    }
}
