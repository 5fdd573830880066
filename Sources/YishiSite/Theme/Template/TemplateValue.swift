import Foundation

/// A value as a template sees it: text, a whole number, yes or no, named values (a
/// `Context`), or a list that a section repeats for.
///
/// The page builders hand their templates these rather than `[String: Any]`: looking a name
/// up in an `Any` took a dynamic cast and a copy of the existential at every level of the
/// context stack, and hashing the name — half of the template engine's time.
enum TemplateValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case context(Context)
    case list([TemplateValue])
    /// A list of contexts as the page builder made it (the rows of a table): kept as it is
    /// rather than copied element by element into a `list`.
    case contexts([Context])

    /// The elements when this is a list.
    var elements: [TemplateValue]? {
        switch self {
        case .list(let l): return l
        case .contexts(let cs): return cs.map { .context($0) }
        default: return nil
        }
    }

    /// What `{{x}}` prints.
    var text: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .flag(let b): return b ? "true" : "false"
        case .context(let c): return c.description
        case .list, .contexts: return "[" + (elements ?? []).map(\.debugText).joined(separator: ", ") + "]"
        }
    }

    /// How a value prints inside a list (as Swift prints an array of them).
    private var debugText: String {
        if case .text(let s) = self { return s.debugDescription }
        return text
    }

    /// What an inverted section `{{^x}}` renders for: false or an empty list (as in
    /// swift-mustache, an empty text, zero or a context with no names is not).
    var isEmpty: Bool {
        switch self {
        case .flag(let b): return !b
        case .list(let l): return l.isEmpty
        case .contexts(let cs): return cs.isEmpty
        case .text, .number, .context: return false
        }
    }

    /// swift-mustache's transforms, so that themes written for it keep working.
    func transform(_ name: String) -> TemplateValue? {
        switch self {
        case .text(let s):
            switch name {
            case "empty": return .flag(s.isEmpty)
            case "capitalized": return .text(s.capitalized)
            case "lowercased": return .text(s.lowercased())
            case "uppercased": return .text(s.uppercased())
            case "reversed": return .text(String(s.reversed()))
            default: return nil
            }
        case .number(let n):
            switch name {
            case "equalzero": return .flag(n == 0)
            case "plusone": return .number(n + 1)
            case "minusone": return .number(n - 1)
            case "even": return .flag(n & 1 == 0)
            case "odd": return .flag(n & 1 == 1)
            default: return nil
            }
        case .context(let c):
            switch name {
            case "count": return .number(c.count)
            case "empty": return .flag(c.isEmpty)
            case "enumerated": return .list(c.pairs(sorted: false))
            case "sorted": return .list(c.pairs(sorted: true))
            default: return nil
            }
        case .list, .contexts:
            let l = elements ?? []
            switch name {
            case "first": return l.first
            case "last": return l.last
            case "reversed": return .list(l.reversed())
            case "count": return .number(l.count)
            case "empty": return .flag(l.isEmpty)
            case "sorted":
                if l.allSatisfy({ if case .text = $0 { true } else { false } }) {
                    return .list(l.sorted { $0.text < $1.text })
                }
                if l.allSatisfy({ if case .number = $0 { true } else { false } }) {
                    return .list(l.sorted { if case .number(let a) = $0, case .number(let b) = $1 { a < b } else { false } })
                }
                return nil
            default: return nil
            }
        case .flag:
            return nil
        }
    }

    /// `value` unless it stands for nothing: `NSNull` (YAML's `~` and blanks) or a nil.
    static func something(_ value: Any) -> Any? {
        if value is NSNull { return nil }
        if let optional = value as? AnyOptional { return optional.wrappedValue.flatMap(something) }
        return value
    }

    /// The value as swift-mustache, the reference the engine is tested against, takes it.
    var anyValue: Any {
        switch self {
        case .text(let s): return s
        case .number(let n): return n
        case .flag(let b): return b
        case .context(let c): return c.anyValue
        case .list, .contexts: return (elements ?? []).map(\.anyValue)
        }
    }

    /// A value read from YAML or written as a Swift literal (the locale's strings, tests):
    /// dictionaries become contexts, arrays lists; nothing (in a list) empty text; anything
    /// else prints as its description.
    init(any value: Any) {
        guard let value = TemplateValue.something(value) else { self = .text(""); return }
        switch value {
        case let s as String: self = .text(s)
        case let b as Bool: self = .flag(b)
        case let n as Int: self = .number(n)
        case let d as [String: Any]: self = .context(Context(any: d))
        case let a as [Any]: self = .list(a.map(TemplateValue.init(any:)))
        default: self = .text(String(describing: value))
        }
    }
}

/// The named values of one level of a page's context: `{{meeting.title}}` looks `meeting` up
/// in the innermost context that has it, then `title` in that.
///
/// A page's contexts hold a few dozen names at most, so they are kept in order in arrays and
/// searched from the front, each name beside its `KeyPrint`: a look-up walks the whole stack
/// for names the outer levels hold (`t`, `root`), and comparing two words is cheaper than
/// hashing or comparing two strings.
struct Context: Sendable, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One array, not one per part: contexts are copied onto the stack and into lists, a
    /// reference counted for each array.
    private var entries: [Entry] = []

    private struct Entry {
        var print: KeyPrint
        var key: String
        var value: TemplateValue
    }

    init() {}

    /// A literal names each key once: no search for an earlier value of it.
    init(dictionaryLiteral elements: (String, (any TemplateConvertible)?)...) {
        entries.reserveCapacity(elements.count)
        for (key, value) in elements {
            guard let value else { continue }
            assert(!entries.contains { $0.key == key }, "\(key) twice in one literal")
            entries.append(Entry(print: KeyPrint(key), key: key, value: value.templateValue))
        }
    }

    /// Names whose value is nothing — YAML's `~` or a blank (`NSNull`), a nil — are left out,
    /// as a page builder leaves out a nil.
    init(any dictionary: [String: Any]) {
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            guard let value = TemplateValue.something(value) else { continue }
            set(key, TemplateValue(any: value))
        }
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// The value of `key`, for a template.
    func value(_ key: String) -> TemplateValue? {
        value(key, KeyPrint(key))
    }

    /// The value of `key`, whose print a template worked out when it was parsed.
    func value(_ key: String, _ print: KeyPrint) -> TemplateValue? {
        index(of: key, print).map { entries[$0].value }
    }

    private func index(of key: String, _ print: KeyPrint) -> Int? {
        for i in entries.indices where entries[i].print == print && (print.isWholeKey || entries[i].key == key) {
            return i
        }
        return nil
    }

    /// The value of `key` when it is text: for the page builders' own look-ups.
    func text(_ key: String) -> String? {
        if case .text(let s)? = value(key) { return s }
        return nil
    }

    mutating func set(_ key: String, _ value: TemplateValue?) {
        let print = KeyPrint(key)
        if let i = index(of: key, print) {
            if let value { entries[i].value = value } else { entries.remove(at: i) }
        } else if let value {
            entries.append(Entry(print: print, key: key, value: value))
        }
    }

    /// Set with any value a page has: `c["venue"] = m.venue` (nil leaves the name out).
    subscript(key: String) -> (any TemplateConvertible)? {
        get { value(key) }
        set { set(key, newValue?.templateValue) }
    }

    /// This context with `other`'s names added where it has none of its own.
    func adding(_ other: Context) -> Context {
        var c = self
        for e in other.entries where c.value(e.key, e.print) == nil { c.entries.append(e) }
        return c
    }

    /// `{{#enumerated(d)}}{{key}}: {{value}}{{/enumerated(d)}}`.
    func pairs(sorted: Bool) -> [TemplateValue] {
        let order = sorted ? entries.sorted { $0.key < $1.key } : entries
        return order.map { .context(["key": $0.key, "value": $0.value]) }
    }

    var anyValue: [String: Any] {
        Dictionary(entries.map { ($0.key, $0.value.anyValue) }, uniquingKeysWith: { a, _ in a })
    }

    var description: String { "\(anyValue)" }
}

/// A name's length and first fifteen bytes in two words. Two names with the same print are the
/// same name when it is that short, as nearly every name a template uses is; longer ones are
/// compared in full after their prints.
struct KeyPrint: Equatable, Sendable {
    private var head: UInt64 = 0
    /// Bytes 8 to 14, and the length (up to 255) in the top byte.
    private var tail: UInt64 = 0

    init(_ key: String) {
        var key = key
        key.withUTF8 { u in
            guard let base = u.baseAddress else { return }
            let n = u.count
            withUnsafeMutableBytes(of: &head) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: min(n, 8))) }
            if n > 8 {
                withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + 8, count: min(n, 15) - 8)) }
                // Bytes 8 to 14 into the low seven bytes on any machine, clear of the length.
                tail = UInt64(littleEndian: tail)
            }
            tail |= UInt64(min(n, 255)) << 56
        }
    }

    /// Whether the print holds the whole name.
    var isWholeKey: Bool { tail >> 56 <= 15 }
}

/// A Swift value a page can put into its context.
protocol TemplateConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateConvertible {
    var templateValue: TemplateValue { self }
}

extension Context: TemplateConvertible {
    var templateValue: TemplateValue { .context(self) }
}

extension String: TemplateConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Substring: TemplateConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Int: TemplateConvertible {
    var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    var templateValue: TemplateValue {
        if Element.self == Context.self { return .contexts(unsafeBitCast(self, to: [Context].self)) }
        // A loop, not `map(\.templateValue)`: in this unspecialized code a key path is made
        // afresh at every call, and lists are made for every page.
        var list: [TemplateValue] = []
        list.reserveCapacity(count)
        for element in self { list.append(element.templateValue) }
        return .list(list)
    }
}


/// An `Optional` seen through `Any`.
private protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var wrappedValue: Any? { map { $0 } }
}
