/// A span of calendar days figures are computed for: a year, a quarter, a month, or all.
public enum Period: Hashable, Sendable, CustomStringConvertible, Comparable {
    case all
    case year(Int)
    /// Quarter 1…4.
    case quarter(Int, Int)
    case month(Int, Int)

    /// Reads `2024`, `2024-q2` (or `2024-Q2`), `2024-05` or `all`.
    public init?(_ text: String) {
        let t = text.lowercased()
        if t == "all" { self = .all; return }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first), (1...9999).contains(y) else { return nil }
        if parts.count == 1 { self = .year(y); return }
        guard parts.count == 2 else { return nil }
        let p = parts[1]
        if p.hasPrefix("q"), p.count == 2, let q = Int(p.dropFirst()), (1...4).contains(q) { self = .quarter(y, q); return }
        if p.count == 2, let m = Int(p), (1...12).contains(m) { self = .month(y, m); return }
        return nil
    }

    public var description: String {
        switch self {
        case .all: return "all"
        case .year(let y): return Day.pad(y, 4)
        case .quarter(let y, let q): return "\(Day.pad(y, 4))-q\(q)"
        case .month(let y, let m): return "\(Day.pad(y, 4))-\(Day.pad(m, 2))"
        }
    }

    /// First and last day, both included; nil for `all`.
    public var days: ClosedRange<Day>? {
        switch self {
        case .all: return nil
        case .year(let y): return Day(year: y, month: 1, day: 1)!...Day(year: y, month: 12, day: 31)!
        case .quarter(let y, let q):
            let m = (q - 1) * 3 + 1
            return Day(year: y, month: m, day: 1)!...Day(year: y, month: m + 2, day: Day.daysIn(month: m + 2, year: y))!
        case .month(let y, let m):
            return Day(year: y, month: m, day: 1)!...Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        }
    }

    public func contains(_ day: Day) -> Bool { days?.contains(day) ?? true }

    /// A month, quarter or year not over on `asOf`: its figures will still change.
    public func isUnderWay(asOf: Day) -> Bool { days.map { $0.upperBound > asOf } ?? false }

    /// The year, quarter and month a day falls in.
    public static func periods(of day: Day) -> [Period] {
        let c = day.components
        return [.year(c.year), .quarter(c.year, (c.month - 1) / 3 + 1), .month(c.year, c.month)]
    }

    /// Orders years before their quarters before their months, then by time.
    private var sortKey: (Int, Int, Int) {
        switch self {
        case .all: return (0, 0, 0)
        case .year(let y): return (y, 0, 0)
        case .quarter(let y, let q): return (y, q, 0)
        case .month(let y, let m): return (y, (m - 1) / 3 + 1, m)
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.sortKey < b.sortKey }
}

/// Whose figures: the whole site, a unit and everything under it, or a department.
public enum Scope: Hashable, Sendable {
    case site
    case unit(String)
    case department(String)

    public var id: String? {
        switch self {
        case .site: return nil
        case .unit(let id), .department(let id): return id
        }
    }

    public var kind: String {
        switch self {
        case .site: return "site"
        case .unit: return "unit"
        case .department: return "department"
        }
    }
}
