import Foundation

/// The compute stage: figures of DESIGN §4 for any period and scope, as of one date.
///
/// Item states are folded once for the as-of date and shared by every period and scope,
/// so that the site, the CLI and the exports read one set of values and never disagree.
public struct Statistics: Sendable {
    public let asOf: Day
    public let content: Content
    public let ledger: Ledger
    /// Published meetings dated on or before the as-of date.
    public let heldMeetings: [Meeting]
    /// Items raised on or before the as-of date, in ledger order, with their state then.
    public var items: [(record: ItemRecord, state: ItemState)] { derived.value.items }
    /// How many items `items` holds, without folding their states.
    public var itemCount: Int { ledger.items.reduce(0) { $0 + ($1.raised <= asOf ? 1 : 0) } }
    /// Each unit's last meeting on or before the as-of date.
    var lastMeeting: [String: Meeting] { derived.value.lastMeeting }
    /// What the figures read of each item (same order as `items`), without its timeline:
    /// figures are computed thousands of times per build and only need these.
    var facts: [ItemFacts] { derived.value.facts }
    /// What the figures read of each held meeting (same order as `heldMeetings`).
    var meetingFacts: [MeetingFacts] { derived.value.meetingFacts }
    /// Indices into `facts` and `meetingFacts` by unit: a scope's members are gathered from
    /// its units' lists instead of scanning every item for each of thousands of units.
    var itemsByUnit: [String: [Int]] { derived.value.itemsByUnit }
    var meetingsByUnit: [String: [Int]] { derived.value.meetingsByUnit }
    /// The same by owner and by department present: a department's report and page gathered
    /// its members by comparing every item's owner and every meeting's list with its id, once
    /// per department.
    var itemsByOwner: [String: [Int]] { byDepartment.value.items }
    var meetingsByDepartment: [String: [Int]] { byDepartment.value.meetings }
    /// All of the above, folded on first use: a rebuild that redoes one meeting's page and
    /// the meeting list never needs them, and they are a tenth of a second at 10 000 meetings.
    private let derived: Derived<Parts>
    private let periods: Derived<[Period]>
    private let byDepartment: Derived<(items: [String: [Int]], meetings: [String: [Int]])>

    struct Parts {
        var items: [(record: ItemRecord, state: ItemState)]
        var lastMeeting: [String: Meeting]
        var facts: [ItemFacts]
        var meetingFacts: [MeetingFacts]
        var itemsByUnit: [String: [Int]]
        var meetingsByUnit: [String: [Int]]
    }

    /// A value made once by whichever thread asks first.
    final class Derived<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var made: Value?
        private let make: @Sendable () -> Value

        init(_ make: @escaping @Sendable () -> Value) { self.make = make }

        var value: Value {
            lock.withLock {
                if let made { return made }
                let p = make()
                made = p
                return p
            }
        }
    }

    /// Which meetings and items each scope counts, sorted for slicing by period: worked out
    /// once per scope and shared by all of its periods.
    let scopes = Memo<Scope, ScopeIndex>()

    struct ItemFacts: Sendable {
        var id: String
        var raised: Day
        var kind: ItemKind
        var unit: String
        var status: ItemStatus
        var owner: String?
        var due: Day
        var firstDue: Day
        var resolved: Day?
        var satisfaction: Satisfaction?
        var funds: Int
        var overdue: Bool
    }

    struct MeetingFacts: Sendable {
        var id: String
        var date: Day
        var unit: String
        var attendance: Int
        var categories: [(name: String, count: Int)]
        var leaders: Int
        var departments: [String]
    }

    public init(site: LoadedSite, asOf: Day) {
        self.asOf = asOf
        self.content = site.content
        self.ledger = site.ledger
        heldMeetings = site.content.publishedMeetings.filter { $0.date <= asOf }
            .sorted { FileOrder.precedes(($0.date, $0.file), ($1.date, $1.file)) }
        let ledger = site.ledger, held = heldMeetings
        derived = Derived {
            // Each item folds alone: on every core (when not asked for inside another parallel loop).
            // The states alone on every core, then paired with their records in one pass: a
            // list of optional pairs compacted afterwards copied every record and state twice.
            let states = parallelMap(ledger.items) { $0.state(asOf: asOf, defaultDueDays: ledger.defaultDueDays) }
            var items: [(record: ItemRecord, state: ItemState)] = []
            items.reserveCapacity(states.count)
            for (r, s) in zip(ledger.items, states) { if let s { items.append((r, s)) } }
            // In date order: each unit's last is its latest.
            var last: [String: Meeting] = [:]
            for m in held { last[m.unit.value] = m }
            let meetingFacts = parallelMap(held) { m in
                MeetingFacts(id: m.id, date: m.date, unit: m.unit.value, attendance: m.attendance?.total ?? 0,
                             categories: m.attendance?.categories ?? [], leaders: m.leaders.count,
                             departments: m.departments.map(\.value))
            }
            let facts = parallelMap(items) { r, st in
                ItemFacts(id: r.id, raised: r.raised, kind: r.item.kind, unit: r.unit, status: st.status, owner: st.owner,
                          due: st.due, firstDue: st.firstDue, resolved: st.resolvedDate, satisfaction: st.satisfaction,
                          funds: st.funds ?? 0, overdue: st.isOverdue(asOf: asOf))
            }
            var itemsByUnit: [String: [Int]] = [:], meetingsByUnit: [String: [Int]] = [:]
            for (i, f) in facts.enumerated() { itemsByUnit[f.unit, default: []].append(i) }
            for (i, m) in meetingFacts.enumerated() { meetingsByUnit[m.unit, default: []].append(i) }
            return Parts(items: items, lastMeeting: last, facts: facts, meetingFacts: meetingFacts,
                         itemsByUnit: itemsByUnit, meetingsByUnit: meetingsByUnit)
        }
        byDepartment = Derived { [derived] in
            var items: [String: [Int]] = [:], meetings: [String: [Int]] = [:]
            for (i, f) in derived.value.facts.enumerated() { if let o = f.owner { items[o, default: []].append(i) } }
            for (i, m) in derived.value.meetingFacts.enumerated() {
                // A department listed twice is present once.
                for (k, d) in m.departments.enumerated() where !m.departments[..<k].contains(d) { meetings[d, default: []].append(i) }
            }
            return (items, meetings)
        }
        periods = Derived { [derived] in
            // Thousands of items share a few hundred days: the days first, then their periods.
            var days = Set<Day>()
            for m in held { days.insert(m.date) }
            for (_, s) in derived.value.items { if let d = s.resolvedDate { days.insert(d) } }
            var set = Set<Period>()
            for d in days { set.formUnion(Period.periods(of: d)) }
            return set.sorted()
        }
    }

    /// A unit's last meeting on or before the as-of date: the one its cadence row dates.
    public func lastMeeting(of unit: String) -> Meeting? { lastMeeting[unit] }

    /// Every year, quarter and month in which a meeting was held or an item was resolved.
    public var periodsWithData: [Period] { periods.value }

    /// Every period a report is published for, in order: those with data, and the as-of date's
    /// month, quarter and year, which the home page links before anything happens in them. The
    /// report pages and `stats.json` both list these.
    public var reportPeriods: [Period] { Array(Set(periodsWithData + Period.periods(of: asOf))).sorted() }

    /// Leaf units a scope covers: the villages and communities whose rhythm is watched.
    func leaves(in scope: Scope) -> [Unit] {
        switch scope {
        case .site: return content.units.units.filter(\.isLeaf)
        case .unit(let id): return content.units.subtree(id).filter(\.isLeaf)
        case .department: return []
        }
    }

    /// Indices into `facts` of the items a scope counts.
    func itemIndices(in scope: Scope) -> [Int] {
        switch scope {
        case .site: return Array(facts.indices)
        case .unit(let id):
            let byUnit = itemsByUnit
            return content.units.subtree(id).flatMap { byUnit[$0.id] ?? [] }.sorted()
        case .department(let id):
            return itemsByOwner[id] ?? []
        }
    }

    /// Indices into `meetingFacts` of the meetings a scope counts.
    func meetingIndices(in scope: Scope) -> [Int] {
        switch scope {
        case .site: return Array(meetingFacts.indices)
        case .unit(let id):
            let byUnit = meetingsByUnit
            return content.units.subtree(id).flatMap { byUnit[$0.id] ?? [] }.sorted()
        case .department(let id):
            return meetingsByDepartment[id] ?? []
        }
    }

    /// A scope's members, ordered so that a period's share is found by binary search: a site
    /// builds figures for thousands of (period, scope) pairs, and scanning every member for
    /// each grew with the number of units times the number of items.
    struct ScopeIndex: Sendable {
        /// Ascending, which is date order: `heldMeetings` are sorted by date.
        var meetings: [Int]
        var items: Members
        /// The ids of `items.overdue` and of `leaves`, made once: every period of the scope
        /// hands out the same arrays, so a page can tell at once that two reports list the same.
        var overdueIDs: [String]
        var leafIDs: [String]
        /// Each department's items in the scope, with the ids of its overdue ones: those do not
        /// depend on the period, and listing them afresh for every report of a county copied
        /// twenty thousand ids per department table.
        var owners: [(department: String, items: Members, overdue: Count)]
        var leaves: [Unit]
        /// Whether `since:` or `until:` limits any of `leaves`: if not (most sites), every
        /// period counts them all.
        var anyLeafDated: Bool
        /// Depends on the as-of date only, not the period.
        var cadence: [CadenceRow]
        var cadenceText: CadenceText
    }

    /// Items by ascending index (ledger order, the order figures list them in), by the day
    /// they were raised, and by the day they were resolved.
    struct Members: Sendable {
        var all: [Int]
        var byRaised: [Int]
        var byResolved: [Int]
        var overdue: [Int]

        init(_ all: [Int], _ f: [ItemFacts]) {
            self.all = all
            byRaised = all.sorted { (f[$0].raised, $0) < (f[$1].raised, $1) }
            byResolved = all.filter { f[$0].resolved != nil }.sorted { (f[$0].resolved!, $0) < (f[$1].resolved!, $1) }
            overdue = all.filter { f[$0].overdue }
        }

        func raised(in period: Period, _ f: [ItemFacts]) -> [Int] {
            guard let days = period.days else { return all }
            return Statistics.slice(byRaised, days) { f[$0].raised }
        }

        func resolved(in period: Period, _ f: [ItemFacts]) -> [Int] {
            guard let days = period.days else { return byResolved.sorted() }
            return Statistics.slice(byResolved, days) { f[$0].resolved! }
        }
    }

    /// The indices in `sorted` (ordered by `day`) whose day falls in `days`, in ascending order.
    static func slice(_ sorted: [Int], _ days: ClosedRange<Day>, day: (Int) -> Day) -> [Int] {
        sorted[bounds(sorted, days, day: day)].sorted()
    }

    /// Where in `sorted` (ordered by `day`) the days of `days` are: two binary searches.
    static func bounds(_ sorted: [Int], _ days: ClosedRange<Day>, day: (Int) -> Day) -> Range<Int> {
        func firstIndex(where past: (Day) -> Bool) -> Int {
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if past(day(sorted[mid])) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        return firstIndex { $0 >= days.lowerBound } ..< firstIndex { $0 > days.upperBound }
    }

    /// A scope's items (positions in `items`) and meetings (positions in `heldMeetings`),
    /// ascending: from the index its figures are made from.
    public func members(of scope: Scope) -> (items: [Int], meetings: [Int]) {
        let index = scopes.value(scope) { self.index(of: scope) }
        return (index.items.all, index.meetings)
    }

    /// How many meetings were held and items raised and resolved in a period: what a report's
    /// charts draw for each month, equal to `figures(period:scope:)`'s three counts without
    /// making its lists (an edit's rebuild draws the charts of every month since the first).
    public func counts(period: Period, scope: Scope) -> (meetings: Int, raised: Int, resolved: Int) {
        let index = scopes.value(scope) { self.index(of: scope) }
        guard let days = period.days else {
            return (index.meetings.count, index.items.all.count, index.items.byResolved.count)
        }
        let mf = meetingFacts, f = facts
        return (Statistics.bounds(index.meetings, days) { mf[$0].date }.count,
                Statistics.bounds(index.items.byRaised, days) { f[$0].raised }.count,
                Statistics.bounds(index.items.byResolved, days) { f[$0].resolved! }.count)
    }

    func index(of scope: Scope) -> ScopeIndex {
        let f = facts
        let items = itemIndices(in: scope)
        var byOwner: [String: [Int]] = [:]
        let departmentIDs = Set(content.departments.map(\.id))
        if case .site = scope {
            // Every item: the site-wide lists as they are.
            byOwner = itemsByOwner.filter { departmentIDs.contains($0.key) }
        } else {
            for i in items { if let o = f[i].owner, departmentIDs.contains(o) { byOwner[o, default: []].append(i) } }
        }
        let leaves = self.leaves(in: scope)
        let lastMeeting = self.lastMeeting, asOf = self.asOf, limit = content.settings.cadenceDays
        // Only the units there on the as-of date are watched; one set up lately has its first
        // `cadence_days` to hold a meeting before it is flagged for having held none.
        let cadence = leaves.filter { $0.exists(on: asOf) }.sorted { $0.id < $1.id }.map { u -> CadenceRow in
            let last = lastMeeting[u.id]?.date
            let since = last.map { $0.days(until: asOf) }
            return CadenceRow(unit: u.id, lastMeeting: last, daysSince: since,
                              flagged: since.map { $0 > limit } ?? (u.since.map { $0.days(until: asOf) > limit } ?? true))
        }
        let members = Members(items, f)
        return ScopeIndex(meetings: meetingIndices(in: scope), items: members,
                          overdueIDs: members.overdue.map { f[$0].id }, leafIDs: leaves.map(\.id),
                          owners: byOwner.keys.sorted().map { d in
                              let owned = Members(byOwner[d]!, f)
                              return (d, owned, Count(owned.overdue.map { f[$0].id }))
                          },
                          leaves: leaves, anyLeafDated: leaves.contains(where: \.isDated), cadence: cadence,
                          cadenceText: CadenceText(cadence))
    }

    /// The scope's leaf units that existed at some time in the period, up to the as-of date,
    /// with their ids: a village merged away or not yet set up is no gap in the coverage.
    /// The scope's own arrays when no unit's life is dated (a page tells shared lists at once).
    private func existing(_ index: ScopeIndex, in period: Period) -> ([Unit], [String]) {
        guard index.anyLeafDated else { return (index.leaves, index.leafIDs) }
        let last = min(period.days?.upperBound ?? asOf, asOf)
        let leaves = index.leaves.filter { $0.exists(from: period.days?.lowerBound ?? Day(ordinal: .min), through: last) }
        return leaves.count == index.leaves.count ? (index.leaves, index.leafIDs) : (leaves, leaves.map(\.id))
    }

    public func figures(period: Period, scope: Scope) -> Figures {
        let index = scopes.value(scope) { self.index(of: scope) }
        let mf = meetingFacts
        let meetingIndices: [Int]
        if let days = period.days {
            meetingIndices = Statistics.slice(index.meetings, days) { mf[$0].date }
        } else {
            meetingIndices = index.meetings
        }
        let f = facts
        func ids(_ xs: [Int]) -> [String] { xs.map { f[$0].id } }

        // One pass over the period's meetings and one over each of its item lists, each list
        // kept in the order of the pass (the order a filter would give): thousands of
        // (period, scope) pairs are computed per build, and a filter per figure walked the
        // same lists a dozen times.
        var meetingIDs: [String] = []
        meetingIDs.reserveCapacity(meetingIndices.count)
        var attendances = 0, leadersPresent = 0
        var categories: [String: Int] = [:]
        var met = Set<String>()
        var departmentsInvolved = Set<String>()
        for i in meetingIndices {
            meetingIDs.append(mf[i].id)
            attendances += mf[i].attendance
            leadersPresent += mf[i].leaders
            for c in mf[i].categories { categories[c.name, default: 0] += c.count }
            met.insert(mf[i].unit)
            for d in mf[i].departments { departmentsInvolved.insert(d) }
        }

        let (leaves, leafIDs) = existing(index, in: period)

        let raised = index.items.raised(in: period, f)
        let resolved = index.items.resolved(in: period, f)

        var raisedIDs: [String] = [], responded: [String] = [], resolvedRaised: [String] = [], resolvable: [String] = []
        var disputesResolved: [String] = [], disputesResolvable: [String] = []
        var raisedByKind = ItemKind.allCases.map { (kind: $0, ids: [String]()) }
        var funds = 0
        raisedIDs.reserveCapacity(raised.count)
        for i in raised {
            let id = f[i].id, kind = f[i].kind, status = f[i].status
            raisedIDs.append(id)
            if let k = raisedByKind.firstIndex(where: { $0.kind == kind }) { raisedByKind[k].ids.append(id) }
            if status != .proposed { responded.append(id) }
            if status == .resolved { resolvedRaised.append(id) }
            if !status.isClosedWithoutResolution { resolvable.append(id) }
            if kind == .dispute {
                if status == .resolved { disputesResolved.append(id) }
                if !status.isClosedWithoutResolution { disputesResolvable.append(id) }
            }
            funds += f[i].funds
        }

        func onTime(_ xs: [Int], original: Bool = false) -> Rate {
            Rate(numerator: ids(xs.filter { f[$0].resolved! <= (original ? f[$0].firstDue : f[$0].due) }), denominator: ids(xs))
        }
        func days(_ xs: [Int]) -> DayStatistics {
            DayStatistics(xs.map { f[$0].raised.days(until: f[$0].resolved!) })
        }
        var resolvedIDs: [String] = [], onTimeIDs: [String] = [], onTimeOriginalIDs: [String] = []
        var rated: [String] = [], satisfied: [String] = [], daysTaken: [Int] = []
        resolvedIDs.reserveCapacity(resolved.count)
        daysTaken.reserveCapacity(resolved.count)
        for i in resolved {
            let id = f[i].id, done = f[i].resolved!
            resolvedIDs.append(id)
            if done <= f[i].due { onTimeIDs.append(id) }
            if done <= f[i].firstDue { onTimeOriginalIDs.append(id) }
            daysTaken.append(f[i].raised.days(until: done))
            if let s = f[i].satisfaction {
                rated.append(id)
                if s.counts { satisfied.append(id) }
            }
        }

        var byKind: [ItemKind: Count] = [:]
        for (k, ids) in raisedByKind { byKind[k] = Count(ids) }

        let rows = index.owners.map { d, owned, overdue -> DepartmentRow in
            let done = owned.resolved(in: period, f)
            return DepartmentRow(department: d,
                                 assigned: Count(ids(owned.raised(in: period, f))),
                                 resolved: Count(ids(done)),
                                 onTimeRate: onTime(done),
                                 overdue: overdue,
                                 medianDays: days(done).median)
        }

        return Figures(
            period: period, scope: scope, asOf: asOf,
            meetings: Count(meetingIDs),
            attendances: attendances,
            attendanceByCategory: categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            leadersPresent: leadersPresent,
            coverage: Rate(numerator: leaves.filter { met.contains($0.id) }.map(\.id), denominator: leafIDs),
            departmentsInvolved: Count(departmentsInvolved.sorted()),
            itemsRaised: Count(raisedIDs),
            itemsRaisedByKind: byKind,
            itemsResolved: Count(resolvedIDs),
            responseRate: Rate(numerator: responded, denominator: raisedIDs),
            resolutionRate: Rate(numerator: resolvedRaised, denominator: resolvable),
            disputeResolutionRate: Rate(numerator: disputesResolved, denominator: disputesResolvable),
            onTimeRate: Rate(numerator: onTimeIDs, denominator: resolvedIDs),
            onTimeRateOriginal: Rate(numerator: onTimeOriginalIDs, denominator: resolvedIDs),
            overdue: Count(index.overdueIDs),
            daysToResolve: DayStatistics(daysTaken),
            satisfactionRate: Rate(numerator: satisfied, denominator: rated),
            fundsSecured: funds,
            cadence: index.cadence,
            departments: rows,
            cadenceText: index.cadenceText)
    }
}
