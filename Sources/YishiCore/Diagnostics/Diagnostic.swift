/// How bad a problem is: an error stops a build and makes `check` exit 1; a warning does not.
public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in the input: where it is, how bad it is and what it is.
///
/// The problem is kept as a `Message` value rather than text, so that tests can match on
/// what was found and the command line can print it in the site's language.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: Message

    public init(_ severity: Severity, _ message: Message, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: Message, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: Message, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// Compiler style: `content/meetings/2023/x.md:12:5: error: …`.
    public func rendered(in language: Language) -> String {
        "\(location): \(severity.rawValue): \(message.text(in: language))"
    }

    public var description: String { rendered(in: .en) }
}

/// Every problem found in one run, in a stable order (file, line, column).
public struct DiagnosticList: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) { self.all = all }

    public mutating func append(_ d: Diagnostic) { all.append(d) }
    public mutating func append(contentsOf ds: [Diagnostic]) { all.append(contentsOf: ds) }
    public mutating func error(_ m: Message, at l: SourceLocation) { all.append(.error(m, at: l)) }
    public mutating func warning(_ m: Message, at l: SourceLocation) { all.append(.warning(m, at: l)) }

    public mutating func removeAll(where drop: (Diagnostic) -> Bool) { all.removeAll(where: drop) }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Sorted by place, so output does not depend on the order files were read in.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }
}
