import Foundation
import Yams
import YishiCore

/// The theme a build renders with: the built-in theme, overridden file by file by the
/// site's own `templates/`, and the UI strings of the site's locale.
public struct Theme: @unchecked Sendable {
    /// Path under templates/ → text, after overrides.
    public let files: [String: String]
    /// Which files came from the site's own folder (for diagnostics).
    public let overridden: Set<String>
    /// Compiled templates by name (`layout`, `item`…), for pages, partials and parents alike.
    let library: [String: Template]
    /// The locale file, parsed: UI strings by key path (`t.site.title` in templates).
    public let strings: [String: Any]
    /// The same, as templates see it (`t` in every page's context).
    let stringsContext: Context
    /// Every UI string by its dotted key (`status.resolved`), flattened once: pages ask for
    /// labels by the thousand.
    let flatStrings: [String: String]
    /// When set, every render is kept: a test replays the same contexts through swift-mustache.
    var recorder: RenderRecorder?

    /// Page templates every build needs.
    public static let pageTemplates = ["layout", "home", "meeting", "items", "unit", "units", "department",
                                       "reports", "report", "alias", "search", "data"]

    /// Loads the theme for `locale`, reporting template and locale problems as diagnostics
    /// (`templates/x.mustache:3:5: error: …`).
    public static func load(siteTemplates: URL?, locale: String) -> (Theme?, [Diagnostic]) {
        var files = DefaultTheme.files
        var overridden = Set<String>()
        if let folder = siteTemplates, let paths = FileManager.default.subpaths(atPath: folder.path) {
            for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let url = folder.appendingPathComponent(path)
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                      let data = FileManager.default.contents(atPath: url.path) else { continue }
                files[path] = String(decoding: data, as: UTF8.self)
                overridden.insert(path)
            }
        }
        return build(files: files, overridden: overridden, locale: locale)
    }

    static func build(files: [String: String], overridden: Set<String>, locale: String) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library: [String: Template] = [:]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                library[name] = try Template(text)
            } catch {
                diagnostics.append(.error(.templateSyntax(error.problem),
                                          at: SourceLocation(file: "templates/" + path, line: error.line, column: error.column)))
            }
        }
        for page in pageTemplates where files[page + ".mustache"] == nil {
            diagnostics.append(.error(.missingFile(name: "templates/\(page).mustache"), at: SourceLocation(file: "templates/")))
        }
        diagnostics += checkPartials(files)
        let localePath = "locales/\(locale).yml"
        var strings: [String: Any] = [:]
        if let text = files[localePath] {
            do {
                strings = (normalized(try Yams.load(yaml: text)) as? [String: Any]) ?? [:]
            } catch {
                diagnostics.append(.error(.templateSyntax(.other("\(error)")), at: SourceLocation(file: "templates/" + localePath)))
            }
            // A site's own copy of the locale file (`yishi init` writes one) lacks the strings
            // later versions added: those come from the built-in file, the site's win.
            if overridden.contains(localePath), let text = DefaultTheme.files[localePath],
               let defaults = (try? Yams.load(yaml: text)).flatMap({ normalized($0) as? [String: Any] }) {
                strings = filling(strings, from: defaults)
            }
        } else {
            diagnostics.append(.error(.missingFile(name: "templates/" + localePath), at: SourceLocation(file: "templates/")))
        }
        let flat = flattened(strings)
        diagnostics += checkStrings(files, strings: flat, locale: localePath)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        if !library.values.contains(where: \.setsEscaping) {
            library = library.mapValues { $0.resolvingStrings(strings) }
        }
        return (Theme(files: files, overridden: overridden, library: library, strings: strings, stringsContext: Context(any: strings),
                      flatStrings: flat, recorder: nil), diagnostics)
    }

    /// Whether a template of the site's own links `search.html` outside `{{#site.search}}`, so
    /// on every page whether or not search was built: the menu of a copy an earlier `yishi init`
    /// wrote. The search page is then written all the same (saying search is off), so that the
    /// link leads somewhere.
    public var linksSearchPageAlways: Bool {
        overridden.contains { path in
            guard path.hasSuffix(".mustache"), path != "search.mustache", var text = files[path] else { return false }
            while let open = text.range(of: "{{#site.search}}"),
                  let close = text.range(of: "{{/site.search}}", range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
            return text.contains("search.html")
        }
    }

    /// A partial that does not exist renders as nothing, silently: name each such reference.
    static func checkPartials(_ files: [String: String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let open = rest.range(of: "{{>") ?? rest.range(of: "{{<") {
                    let after = rest[open.upperBound...]
                    guard let close = after.range(of: "}}") else { break }
                    let name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    if files[name + ".mustache"] == nil {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        out.append(.error(.unknownPartial(name: name), at: SourceLocation(file: "templates/" + path, line: n + 1, column: column)))
                    }
                    rest = after[close.upperBound...]
                }
            }
        }
        return out
    }

    /// Yams builds `[AnyHashable: Any]`; templates look values up in `[String: Any]`.
    static func normalized(_ value: Any?) -> Any? {
        switch value {
        case let d as [AnyHashable: Any]:
            return Dictionary(uniqueKeysWithValues: d.map { ("\($0.key)", normalized($0.value) ?? "") })
        case let a as [Any]: return a.map { normalized($0) ?? "" }
        default: return value
        }
    }

    /// A UI string a template names (`{{t.meeting.venue}}`) that the locale file lacks would
    /// render as nothing: name each one where it is used.
    static func checkStrings(_ files: [String: String], strings: [String: String], locale: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = line[...]
                while let open = rest.range(of: "{{t.") {
                    let after = rest[open.upperBound...]
                    guard let close = after.range(of: "}}") else { break }
                    let key = String(after[..<close.lowerBound])
                    if strings[key] == nil {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        out.append(.error(.missingString(key: key, locale: locale),
                                          at: SourceLocation(file: "templates/" + path, line: n + 1, column: column)))
                    }
                    rest = after[close.upperBound...]
                }
            }
        }
        return out
    }

    /// Renders a page template with its context.
    func render(_ template: String, _ context: Context) -> String {
        let page = library[template]?.render(context, partials: library) ?? ""
        recorder?.add(template, context, page)
        return page
    }

    /// A UI string by dotted key (`status.resolved`), or the key itself when missing.
    public func string(_ key: String) -> String {
        flatStrings[key] ?? key
    }

    /// A UI string with its `{name}` places filled in (`report.more`: 另有 {n} 条…), each
    /// place by the value paired with it. Filled byte by byte: Foundation's
    /// `replacingOccurrences` goes through UTF-16, 1.7 % of a 10 000-meeting build's CPU.
    public func string(_ key: String, filling values: KeyValuePairs<String, String>) -> String {
        Self.fill(string(key), values)
    }

    /// `text` with every `{name}` of `values` replaced by its value; other braces kept as written.
    static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        scan: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{") {
                for (place, value) in values {
                    let p = place.utf8
                    if bytes.count - i >= p.count, bytes[i ..< i + p.count].elementsEqual(p) {
                        out += value.utf8
                        i += p.count
                        continue scan
                    }
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The locale's text for `key`, or nil where it has none (an optional word, like a unit).
    public func string(ifAny key: String) -> String? {
        flatStrings[key]
    }

    /// `strings` with every name it lacks taken from `defaults`, at any depth.
    static func filling(_ strings: [String: Any], from defaults: [String: Any]) -> [String: Any] {
        var out = strings
        for (key, value) in defaults {
            if let own = out[key] {
                if let a = own as? [String: Any], let b = value as? [String: Any] { out[key] = filling(a, from: b) }
            } else {
                out[key] = value
            }
        }
        return out
    }

    static func flattened(_ strings: [String: Any], prefix: String = "") -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in strings {
            if let nested = value as? [String: Any] {
                out.merge(flattened(nested, prefix: prefix + key + ".")) { a, _ in a }
            } else {
                // A number or a yes/no in the locale file is still text on the page.
                out[prefix + key] = value as? String ?? "\(value)"
            }
        }
        return out
    }
}

/// The renders of a build, in the order they finished (pages render on several threads).
final class RenderRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var renders: [(template: String, context: Context, page: String)] = []

    func add(_ template: String, _ context: Context, _ page: String) {
        lock.withLock { renders.append((template, context, page)) }
    }
}
