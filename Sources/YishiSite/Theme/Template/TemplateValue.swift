import Foundation

/// How a template sees the values of a context: dictionaries have children, arrays repeat
/// sections, everything else prints as text.
///
/// The page builders make `[String: Any]`, `[String: String]`, `[[String: Any]]`, `String`,
/// `Int` and `Bool`: those are recognised by comparing their exact type, which costs a
/// pointer comparison. Any other dictionary or array goes through a protocol cast, which
/// is correct for every type and only slower.
enum TemplateValue {
    private static let anyDictionary = ObjectIdentifier([String: Any].self)
    private static let stringDictionary = ObjectIdentifier([String: String].self)
    private static let string = ObjectIdentifier(String.self)
    private static let int = ObjectIdentifier(Int.self)
    private static let bool = ObjectIdentifier(Bool.self)
    private static let anyDictionaries = ObjectIdentifier([[String: Any]].self)
    private static let stringDictionaries = ObjectIdentifier([[String: String]].self)
    private static let anyArray = ObjectIdentifier([Any].self)
    private static let strings = ObjectIdentifier([String].self)

    static func child(of object: Any, _ key: String) -> Any? {
        let type = ObjectIdentifier(Swift.type(of: object))
        if type == anyDictionary { return exactly(object, [String: Any].self)[key] }
        if type == stringDictionary { return exactly(object, [String: String].self)[key] }
        if type == string || type == int || type == bool { return nil }
        if let parent = object as? TemplateParent { return parent.templateChild(key) }
        if object is TemplateList { return nil }
        // A struct or class: its stored property of that name, as swift-mustache reads them.
        return Mirror(reflecting: object).children.first { $0.label == key }?.value
    }

    /// Calls `body` for each element when `value` is a list; false when it is not one.
    static func forEachElement(of value: Any, _ body: (Any, ListPosition) -> Void) -> Bool {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == anyDictionaries { each(exactly(value, [[String: Any]].self), body); return true }
        if type == stringDictionaries { each(exactly(value, [[String: String]].self), body); return true }
        if type == anyArray { each(exactly(value, [Any].self), body); return true }
        if type == strings { each(exactly(value, [String].self), body); return true }
        if type == anyDictionary || type == stringDictionary || type == string || type == int || type == bool {
            return false
        }
        guard let list = value as? TemplateList else { return false }
        each(list.templateElements, body)
        return true
    }

    /// An `[Any]`'s elements are handed on as they are: through the generic `each` below each
    /// would be boxed into a second `Any`.
    private static func each(_ list: [Any], _ body: (Any, ListPosition) -> Void) {
        for (n, element) in list.enumerated() {
            body(element, ListPosition(index: n, isLast: n == list.count - 1))
        }
    }

    private static func each<C: RandomAccessCollection>(_ list: C, _ body: (Any, ListPosition) -> Void) where C.Index == Int {
        for (n, element) in list.enumerated() {
            body(element, ListPosition(index: n, isLast: n == list.count - 1))
        }
    }

    /// What an inverted section `{{^x}}` renders for: nothing, false, or an empty list.
    static func isEmpty(_ value: Any?) -> Bool {
        guard let value else { return true }
        if let flag = flag(value) { return !flag }
        return count(of: value) == 0
    }

    /// The number of elements when `value` is a list.
    static func count(of value: Any) -> Int? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == anyDictionaries { return exactly(value, [[String: Any]].self).count }
        if type == stringDictionaries { return exactly(value, [[String: String]].self).count }
        if type == anyArray { return exactly(value, [Any].self).count }
        if type == strings { return exactly(value, [String].self).count }
        if type == anyDictionary || type == stringDictionary || type == string || type == int || type == bool {
            return nil
        }
        return (value as? TemplateList)?.templateCount
    }

    static func text(_ value: Any) -> String {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == string { return exactly(value, String.self) }
        if type == int { return String(exactly(value, Int.self)) }
        return String(describing: value)
    }

    /// The value when it is a Bool (sections test for one before anything else).
    static func flag(_ value: Any) -> Bool? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == bool { return exactly(value, Bool.self) }
        if type == string || type == anyDictionary || type == int || type == anyDictionaries || type == stringDictionary
            || type == stringDictionaries || type == strings || type == anyArray { return nil }
        return value as? Bool
    }

    /// `value as! T` for a value already known to be a `T`, one of the small types above.
    ///
    /// Those casts went through the runtime's general `swift_dynamicCast` — a tenth of the
    /// template engine's time — although the type had just been compared. An `Any` is three
    /// words of buffer and then its type; a value of at most three words sits inline at the
    /// start of the buffer. When the type word is `T` itself it is read from there; otherwise
    /// (an `Any` boxed inside the `Any`, as generic code makes of an `[Any]`'s elements) the
    /// runtime casts it.
    @inline(__always)
    private static func exactly<T>(_ value: Any, _: T.Type) -> T {
        precondition(MemoryLayout<T>.size <= 3 * MemoryLayout<Int>.size && MemoryLayout<T>.alignment <= MemoryLayout<Int>.alignment)
        return withUnsafePointer(to: value) { container in
            let raw = UnsafeRawPointer(container)
            let type = raw.load(fromByteOffset: 3 * MemoryLayout<Int>.size, as: UnsafeRawPointer.self)
            guard type == unsafeBitCast(T.self as Any.Type, to: UnsafeRawPointer.self) else { return value as! T }
            return raw.load(as: T.self)
        }
    }

    /// A value stored as `Optional` inside `Any` is its wrapped value; `NSNull` is nothing.
    static func unwrapped(_ value: Any) -> Any? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == string || type == anyDictionary || type == int || type == bool || type == anyDictionaries
            || type == stringDictionary || type == stringDictionaries || type == strings || type == anyArray { return value }
        if let optional = value as? OptionalValue { return optional.wrapped.flatMap(unwrapped) }
        if value is NSNull { return nil }
        return value
    }

    /// swift-mustache's transforms, so that themes written for it keep working.
    static func transform(_ value: Any, _ name: String) -> Any? {
        if let s = value as? String {
            switch name {
            case "empty": return s.isEmpty
            case "capitalized": return s.capitalized
            case "lowercased": return s.lowercased()
            case "uppercased": return s.uppercased()
            case "reversed": return String(s.reversed())
            default: return nil
            }
        }
        if let n = value as? Int {
            switch name {
            case "equalzero": return n == 0
            case "plusone": return n + 1
            case "minusone": return n - 1
            case "even": return n & 1 == 0
            case "odd": return n & 1 == 1
            default: return nil
            }
        }
        if let dictionary = value as? TemplateParent {
            switch name {
            case "count": return dictionary.templateCount
            case "empty": return dictionary.templateCount == 0
            case "enumerated": return dictionary.templatePairs(sorted: false)
            case "sorted": return dictionary.templatePairs(sorted: true)
            default: return nil
            }
        }
        if let list = value as? TemplateList {
            let elements = list.templateElements
            switch name {
            case "first": return elements.first
            case "last": return elements.last
            case "reversed": return Array(elements.reversed())
            case "count": return elements.count
            case "empty": return elements.isEmpty
            case "sorted":
                if let s = elements as? [String] { return s.sorted() }
                if let n = elements as? [Int] { return n.sorted() }
                return nil
            default: return nil
            }
        }
        return nil
    }
}

/// A dictionary a template can look into, whatever its value type.
protocol TemplateParent {
    func templateChild(_ key: String) -> Any?
    var templateCount: Int { get }
    func templatePairs(sorted: Bool) -> [[String: Any]]
}

extension Dictionary: TemplateParent where Key == String {
    func templateChild(_ key: String) -> Any? { self[key] }
    var templateCount: Int { count }
    func templatePairs(sorted: Bool) -> [[String: Any]] {
        let pairs = sorted ? self.sorted { $0.key < $1.key }.map { $0 } : map { $0 }
        return pairs.map { ["key": $0.key, "value": $0.value] }
    }
}

/// A list a section repeats for, whatever its element type.
protocol TemplateList {
    var templateElements: [Any] { get }
    var templateCount: Int { get }
}

extension Array: TemplateList {
    var templateElements: [Any] { map { $0 } }
    var templateCount: Int { count }
}

extension ArraySlice: TemplateList {
    var templateElements: [Any] { map { $0 } }
    var templateCount: Int { count }
}

protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { map { $0 } }
}
