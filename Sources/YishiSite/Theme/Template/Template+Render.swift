extension Template {
    /// Renders with `root` as the outermost context, taking partials and parents from `partials`.
    func render(_ root: Context, partials: [String: Template], sizeHint: Int = 16 * 1024) -> String {
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
    var stack: [TemplateValue]
    /// Whether the last byte written ended a line: where an indented partial's lines begin.
    var atLineStart = true

    init(partials: [String: Template], root: Context) {
        self.partials = partials
        stack = [.context(root)]
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
                emit(value, escaped: escaped && frame.escapes, frame)
            case .section(let name, let inverted, let body):
                let value = resolve(name, frame)
                if inverted {
                    if value?.isEmpty ?? true { render(body, frame) }
                } else if let value {
                    section(value, body, frame)
                }
            case .partial(let name, let dynamic, let indentation, let overrides):
                let key = dynamic ? resolve(.init(start: .stack, path: name.split(separator: ".").map(String.init),
                                                  transforms: []), frame)?.text : name
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

    mutating func section(_ value: TemplateValue, _ body: [Node], _ frame: Frame) {
        switch value {
        case .flag(let on):
            if on { render(body, frame) }
        case .list(let elements):
            var inner = frame
            for (n, element) in elements.enumerated() {
                stack.append(element)
                inner.position = ListPosition(index: n, isLast: n == elements.count - 1)
                render(body, inner)
                stack.removeLast()
            }
        case .contexts(let elements):
            var inner = frame
            for (n, element) in elements.enumerated() {
                stack.append(.context(element))
                inner.position = ListPosition(index: n, isLast: n == elements.count - 1)
                render(body, inner)
                stack.removeLast()
            }
        default:
            var inner = frame
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        }
    }

    func resolve(_ name: Template.Name, _ frame: Frame) -> TemplateValue? {
        var value: TemplateValue?
        switch name.start {
        case .position:
            guard let position = frame.position, let first = name.transforms.first else { return nil }
            value = position.transform(first)
            for transform in name.transforms.dropFirst() { value = value?.transform(transform) }
            return value
        case .current:
            value = stack[stack.count - 1]
            for part in name.path {
                guard case .context(let c)? = value, let child = c.value(part) else { return nil }
                value = child
            }
        case .stack:
            let first = name.path[0]
            var level = stack.count - 1
            while level >= 0 {
                if case .context(let c) = stack[level], let child = c.value(first) { value = child; break }
                level -= 1
            }
            for part in name.path.dropFirst() {
                guard case .context(let c)? = value, let child = c.value(part) else { return nil }
                value = child
            }
        }
        for transform in name.transforms {
            value = value?.transform(transform)
        }
        return value
    }

    mutating func emit(_ bytes: [UInt8], _ frame: Frame) {
        guard !bytes.isEmpty else { return }
        if atLineStart, !frame.indentation.isEmpty { out += frame.indentation }
        out += bytes
        atLineStart = bytes[bytes.count - 1] == UInt8(ascii: "\n")
    }

    mutating func emit(_ value: TemplateValue, escaped: Bool, _ frame: Frame) {
        var text: String
        switch value {
        case .text(let s): text = s
        case .number(let n):
            // Digits (and a minus sign) need no escaping: written straight out.
            if atLineStart, !frame.indentation.isEmpty { out += frame.indentation }
            Markup.append(n, to: &out)
            atLineStart = false
            return
        default: text = value.text
        }
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

    func transform(_ name: String) -> TemplateValue? {
        switch name {
        case "first": return .flag(index == 0)
        case "last": return .flag(isLast)
        case "index": return .number(index)
        case "even": return .flag(index & 1 == 0)
        case "odd": return .flag(index & 1 == 1)
        default: return nil
        }
    }
}
