extension Template {
    /// This template with every `{{t.…}}` tag that names a UI string replaced by the string's
    /// text, escaped as the tag asks.
    ///
    /// The UI strings are the same on every page of a build, and a meeting page names about
    /// fifty of them (more in each item's section): looking each up through the context stack
    /// on every page was a tenth of the full build. Only the outermost context of a page has
    /// a `t` (SiteRenderer.base), so no inner context can shadow it and the lookup always
    /// ends there. A library where some template turns escaping off
    /// (`{{% CONTENT_TYPE: TEXT }}`) is left as it is: whether a tag escapes then depends
    /// on where it is rendered from.
    func resolvingStrings(_ strings: [String: Any]) -> Template {
        Template(nodes: Self.resolving(nodes, strings))
    }

    /// Whether any node, at any depth, turns escaping on or off.
    var setsEscaping: Bool { Self.setsEscaping(nodes) }

    private static func setsEscaping(_ nodes: [Node]) -> Bool {
        nodes.contains { node in
            switch node {
            case .escaping: return true
            case .text, .value: return false
            case .section(_, _, let body), .block(_, let body, _): return setsEscaping(body)
            case .partial(_, _, _, let overrides): return overrides?.values.contains(where: setsEscaping) ?? false
            }
        }
    }

    private static func resolving(_ nodes: [Node], _ strings: [String: Any]) -> [Node] {
        var out: [Node] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .value(let name, let escaped):
                guard name.start == .stack, name.transforms.isEmpty, name.path.count > 1, name.path[0] == "t",
                      var text = lookUp(name.path.dropFirst(), in: strings) else { out.append(node); continue }
                var bytes: [UInt8] = []
                text.withUTF8 { escaped ? HTML.append($0, to: &bytes) : bytes.append(contentsOf: $0) }
                appendText(bytes, to: &out)
            case .text(let bytes):
                appendText(bytes, to: &out)
            case .section(let name, let inverted, let body):
                out.append(.section(name, inverted: inverted, body: resolving(body, strings)))
            case .partial(let name, let dynamic, let indentation, let overrides):
                out.append(.partial(name: name, dynamic: dynamic, indentation: indentation,
                                    overrides: overrides?.mapValues { resolving($0, strings) }))
            case .block(let name, let body, let indentation):
                out.append(.block(name: name, body: resolving(body, strings), indentation: indentation))
            case .escaping:
                out.append(node)
            }
        }
        return out
    }

    /// The string at `path` under the UI strings; nil when it is missing or not text (the tag
    /// then stays, and renders as before).
    private static func lookUp(_ path: ArraySlice<String>, in strings: [String: Any]) -> String? {
        var value: Any = strings
        for part in path {
            guard let table = value as? [String: Any], let next = table[part] else { return nil }
            value = next
        }
        return value as? String
    }

    /// Appends text, joined to the text before it unless that ended a line: an indented
    /// partial indents each text node that begins a line, so lines must stay apart.
    private static func appendText(_ bytes: [UInt8], to nodes: inout [Node]) {
        guard !bytes.isEmpty else { return }
        if case .text(let before)? = nodes.last, before.last != UInt8(ascii: "\n") {
            nodes[nodes.count - 1] = .text(before + bytes)
        } else {
            nodes.append(.text(bytes))
        }
    }
}
