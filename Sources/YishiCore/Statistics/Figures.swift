/// A ratio with what it counts: `value` is nil when nothing could be counted.
public struct Rate: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int
    /// Ids counted in the numerator and in the denominator, so a page can list them.
    public var numeratorIDs: [String]
    public var denominatorIDs: [String]

    public init(numerator: [String], denominator: [String]) {
        self.numerator = numerator.count
        self.denominator = denominator.count
        self.numeratorIDs = numerator
        self.denominatorIDs = denominator
    }

    public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }
}

/// A count with the ids of what it counts.
public struct Count: Sendable, Equatable {
    public var ids: [String]
    public var value: Int { ids.count }

    public init(_ ids: [String]) { self.ids = ids }
}

/// Median and 90th percentile of days taken to resolve.
public struct DayStatistics: Sendable, Equatable {
    /// The middle value; for an even count, the mean of the two middle ones.
    public var median: Double?
    /// Nearest rank: the ⌈0.9·n⌉-th smallest.
    public var p90: Int?

    public init(_ values: [Int]) {
        let v = values.sorted()
        guard !v.isEmpty else { median = nil; p90 = nil; return }
        let n = v.count
        median = n % 2 == 1 ? Double(v[n / 2]) : Double(v[n / 2 - 1] + v[n / 2]) / 2
        let rank = (9 * n + 9) / 10  // ⌈0.9·n⌉ in integers
        p90 = v[max(rank, 1) - 1]
    }
}

/// One leaf unit's meeting rhythm (每2个月至少1次).
public struct CadenceRow: Sendable, Equatable {
    public var unit: String
    public var lastMeeting: Day?
    public var daysSince: Int?
    public var flagged: Bool
}

extension [CadenceRow] {
    /// The order pages and tables list them in: the units gone too long without a meeting
    /// first, as they are read for those, each part in units.yml's order. (The open data keeps
    /// DESIGN §4's id order.)
    public func inReadingOrder(_ units: UnitTree) -> [CadenceRow] {
        let written = sorted { units.position(of: $0.unit) < units.position(of: $1.unit) }
        return written.filter(\.flagged) + written.filter { !$0.flagged }
    }
}

extension CadenceRow {
    /// For a unit that has not met yet: the days since it was set up, which its flag counts
    /// from (DESIGN §4); nil when it has met, or was not set up on or before `asOf`.
    public func daysSinceSetUp(in units: UnitTree, asOf: Day) -> Int? {
        guard lastMeeting == nil, let since = units[unit]?.since, since <= asOf else { return nil }
        return since.days(until: asOf)
    }
}

/// One department's line in the department table.
public struct DepartmentRow: Sendable, Equatable {
    public var department: String
    public var assigned: Count
    public var resolved: Count
    public var onTimeRate: Rate
    public var overdue: Count
    public var medianDays: Double?
}

/// Every figure of DESIGN §4 for one period, scope and as-of date, each with the ids of
/// the records it counts.
public struct Figures: Sendable, Equatable {
    public var period: Period
    public var scope: Scope
    public var asOf: Day

    public var meetings: Count
    public var attendances: Int
    /// Category → sum, sorted by category.
    public var attendanceByCategory: [(name: String, count: Int)]

    /// How many of `total` attendances no category counts, when some are (未分类): shown as the
    /// last part, so that the parts add up to the total beside them, on a page or in a table.
    public static func uncategorized(_ categories: [(name: String, count: Int)], total: Int) -> Int? {
        guard !categories.isEmpty else { return nil }
        let rest = total - categories.reduce(0) { $0 + $1.count }
        return rest > 0 ? rest : nil
    }
    public var leadersPresent: Int
    public var coverage: Rate
    public var departmentsInvolved: Count
    public var itemsRaised: Count
    public var itemsRaisedByKind: [ItemKind: Count]
    public var itemsResolved: Count
    public var responseRate: Rate
    public var resolutionRate: Rate
    public var disputeResolutionRate: Rate
    public var onTimeRate: Rate
    public var onTimeRateOriginal: Rate
    public var overdue: Count
    public var daysToResolve: DayStatistics
    public var satisfactionRate: Rate
    public var fundsSecured: Int
    public var cadence: [CadenceRow]
    public var departments: [DepartmentRow]
    /// The cadence rows as the exports write them, shared by the scope's reports; used only
    /// while `cadence` still holds the rows it was made from.
    var cadenceText: CadenceText? = nil

    public static func == (a: Figures, b: Figures) -> Bool {
        a.period == b.period && a.scope == b.scope && a.asOf == b.asOf && a.meetings == b.meetings
            && a.attendances == b.attendances
            && a.attendanceByCategory.map(\.name) == b.attendanceByCategory.map(\.name)
            && a.attendanceByCategory.map(\.count) == b.attendanceByCategory.map(\.count)
            && a.leadersPresent == b.leadersPresent && a.coverage == b.coverage
            && a.departmentsInvolved == b.departmentsInvolved && a.itemsRaised == b.itemsRaised
            && a.itemsRaisedByKind == b.itemsRaisedByKind && a.itemsResolved == b.itemsResolved
            && a.responseRate == b.responseRate && a.resolutionRate == b.resolutionRate
            && a.disputeResolutionRate == b.disputeResolutionRate && a.onTimeRate == b.onTimeRate
            && a.onTimeRateOriginal == b.onTimeRateOriginal && a.overdue == b.overdue
            && a.daysToResolve == b.daysToResolve && a.satisfactionRate == b.satisfactionRate
            && a.fundsSecured == b.fundsSecured && a.cadence == b.cadence && a.departments == b.departments
    }
}
