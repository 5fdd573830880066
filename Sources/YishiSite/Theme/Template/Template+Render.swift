extension Template {
    /// Renders with `root` as the outermost context, taking partials and parents from `partials`.
    func render(_ root: Context, partials: [String: Template], sizeHint: Int = 16 * 1024) -> String {
        var renderer = TemplateRenderer(partials: partials, root: root)
        renderer.out.reserveCapacity(sizeHint)
        renderer.render(code, code.all, TemplateRenderer.Frame())
        return String(writtenUTF8: renderer.out)
    }
}

/// One rendering: the output bytes and the context stack, shared by every level of the
/// template tree so that entering a section costs an append, not a copy.
struct TemplateRenderer {
    typealias Code = Template.Code
    typealias Name = Template.Name

    let partials: [String: Template]
    var out: [UInt8] = []
    /// The context stack, innermost last. A level that is a context is in `contexts` (and
    /// nil in `plain`); any other value a section entered (an element of a list of texts)
    /// is in `plain`, with an empty context beside it. Kept apart so that looking a name up
    /// reads each context where it lies instead of copying it out of an enum.
    var contexts: [Context]
    var plain: [TemplateValue?]
    /// The indentations of the partials and blocks being rendered, outermost first; a frame
    /// names one by its index, the first being none.
    var indentations: [[UInt8]] = [[]]
    /// The blocks that parents override, a set for each parent being rendered, outermost first.
    var overrideSets: [[String: Body]] = []
    /// Whether the last byte written ended a line: where an indented partial's lines begin.
    var atLineStart = true

    /// A run of a template's operations: a parent's overriding block.
    struct Body {
        let code: Code
        let range: Range<Int>
    }

    init(partials: [String: Template], root: Context) {
        self.partials = partials
        contexts = [root]
        plain = [nil]
    }

    /// What holds for the operations being rendered besides the stack: plain numbers, so
    /// that handing it down a level counts no references.
    struct Frame {
        var position: ListPosition?
        /// In `indentations`.
        var indentation = 0
        /// In `overrideSets`, or -1 for none.
        var overrides = -1
        var escapes = true
    }

    mutating func render(_ code: Code, _ range: Range<Int>, _ frame: Frame) {
        var frame = frame
        var i = range.lowerBound
        while i < range.upperBound {
            let op = code.ops[i]
            switch op.kind {
            case .text:
                emit(UnsafeBufferPointer(rebasing: code.bytes[Int(op.a)..<Int(op.end)]), frame)
            case .value:
                if let value = resolve(code.names.baseAddress! + Int(op.a), frame) {
                    emit(value, escaped: op.flag && frame.escapes, frame)
                }
            case .section, .inverted:
                let body = i + 1..<Int(op.end)
                let value = resolve(code.names.baseAddress! + Int(op.a), frame)
                if op.kind == .inverted {
                    if value?.isEmpty ?? true { render(code, body, frame) }
                } else if let value {
                    section(value, code, body, frame)
                }
            case .partial:
                partial(code.partials[Int(op.a)], code, frame)
            case .block:
                let block = code.blocks[Int(op.a)]
                let depth = indentations.count
                let inner = Frame(indentation: indenting(frame, block.indentation), overrides: frame.overrides,
                                  escapes: frame.escapes)
                if frame.overrides >= 0, let body = overrideSets[frame.overrides][block.name] {
                    render(body.code, body.range, inner)
                } else {
                    render(code, i + 1..<Int(op.end), inner)
                }
                indentations.removeSubrange(depth...)
            case .escaping:
                frame.escapes = op.flag
            }
            i = op.kind == .text ? i + 1 : Int(op.end)
        }
    }

    mutating func partial(_ partial: Code.Partial, _ code: Code, _ frame: Frame) {
        var key: String? = partial.name
        if let lookup = partial.lookup {
            key = withUnsafePointer(to: lookup) { resolve($0, frame) }?.text
        }
        guard let key, let template = partials[key] else { return }
        // What this partial adds to the two stacks goes when it is rendered: a partial
        // repeated in a list adds and drops its entry each time, instead of piling them up.
        let depths = (indentations.count, overrideSets.count)
        defer {
            indentations.removeSubrange(depths.0...)
            overrideSets.removeSubrange(depths.1...)
        }
        var inner = Frame(indentation: indenting(frame, partial.indentation), overrides: frame.overrides)
        // The outermost override of a block wins: a page overrides its layout's default.
        if let overrides = partial.overrides {
            let outer = frame.overrides >= 0 ? overrideSets[frame.overrides] : [:]
            overrideSets.append(outer.merging(overrides.mapValues { Body(code: code, range: $0) }) { outer, _ in outer })
            inner.overrides = overrideSets.count - 1
        }
        render(template.code, template.code.all, inner)
    }

    /// The frame's indentation with `more` after it.
    mutating func indenting(_ frame: Frame, _ more: [UInt8]) -> Int {
        guard !more.isEmpty else { return frame.indentation }
        indentations.append(indentations[frame.indentation] + more)
        return indentations.count - 1
    }

    mutating func section(_ value: TemplateValue, _ code: Code, _ body: Range<Int>, _ frame: Frame) {
        switch value {
        case .flag(let on):
            if on { render(code, body, frame) }
        case .list(let elements):
            var inner = frame
            for (n, element) in elements.enumerated() {
                push(element)
                inner.position = ListPosition(index: n, isLast: n == elements.count - 1)
                render(code, body, inner)
                pop()
            }
        case .contexts(let elements):
            var inner = frame
            for n in elements.indices {
                push(context: elements[n])
                inner.position = ListPosition(index: n, isLast: n == elements.count - 1)
                render(code, body, inner)
                pop()
            }
        default:
            var inner = frame
            inner.position = nil
            push(value)
            render(code, body, inner)
            pop()
        }
    }

    mutating func push(context: Context) {
        contexts.append(context)
        plain.append(nil)
    }

    mutating func push(_ value: TemplateValue) {
        if case .context(let c) = value {
            push(context: c)
        } else {
            contexts.append(Context())
            plain.append(value)
        }
    }

    mutating func pop() {
        contexts.removeLast()
        plain.removeLast()
    }

    func resolve(_ name: UnsafePointer<Name>, _ frame: Frame) -> TemplateValue? {
        var value: TemplateValue?
        let path = name.pointee.path, prints = name.pointee.prints
        switch name.pointee.start {
        case .position:
            guard let position = frame.position, let first = name.pointee.transforms.first else { return nil }
            value = position.transform(first)
            for transform in name.pointee.transforms.dropFirst() { value = value?.transform(transform) }
            return value
        case .current:
            let top = contexts.count - 1
            if path.isEmpty {
                value = plain[top] ?? .context(contexts[top])
            } else {
                value = contexts[top].value(path[0], prints[0])
            }
        case .stack:
            let first = path[0], print = prints[0]
            var level = contexts.count - 1
            while level >= 0 {
                if let child = contexts[level].value(first, print) { value = child; break }
                level -= 1
            }
        }
        var part = 1
        while part < path.count {
            guard case .context(let c)? = value, let child = c.value(path[part], prints[part]) else { return nil }
            value = child
            part += 1
        }
        for transform in name.pointee.transforms {
            value = value?.transform(transform)
        }
        return value
    }

    mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ frame: Frame) {
        guard let last = bytes.last else { return }
        if atLineStart, frame.indentation != 0 { out += indentations[frame.indentation] }
        out.append(contentsOf: bytes)
        atLineStart = last == UInt8(ascii: "\n")
    }

    mutating func emit(_ value: TemplateValue, escaped: Bool, _ frame: Frame) {
        var text: String
        switch value {
        case .text(let s): text = s
        case .number(let n):
            // Digits (and a minus sign) need no escaping: written straight out.
            if atLineStart, frame.indentation != 0 { out += indentations[frame.indentation] }
            Markup.append(n, to: &out)
            atLineStart = false
            return
        default: text = value.text
        }
        text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            if atLineStart, frame.indentation != 0 { out += indentations[frame.indentation] }
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
