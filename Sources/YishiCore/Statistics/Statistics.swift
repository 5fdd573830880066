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
    public let items: [(record: ItemRecord, state: ItemState)]
    /// Each unit's last meeting on or before the as-of date.
    let lastMeeting: [String: Day]

    public init(site: LoadedSite, asOf: Day) {
        self.asOf = asOf
        self.content = site.content
        self.ledger = site.ledger
        heldMeetings = site.content.publishedMeetings.filter { $0.date <= asOf }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        items = site.ledger.items.compactMap { r in r.state(asOf: asOf, defaultDueDays: site.ledger.defaultDueDays).map { (r, $0) } }
        var last: [String: Day] = [:]
        for m in heldMeetings { last[m.unit.value] = max(last[m.unit.value] ?? m.date, m.date) }
        lastMeeting = last
    }

    /// A unit's last meeting on or before the as-of date.
    public func lastMeeting(of unit: String) -> Day? { lastMeeting[unit] }

    /// Every year, quarter and month in which a meeting was held or an item was resolved.
    public var periodsWithData: [Period] {
        var set = Set<Period>()
        for m in heldMeetings { set.formUnion(Period.periods(of: m.date)) }
        for (_, s) in items { if let d = s.resolvedDate { set.formUnion(Period.periods(of: d)) } }
        return set.sorted()
    }

    func meetings(in scope: Scope) -> [Meeting] {
        switch scope {
        case .site: return heldMeetings
        case .unit(let id):
            let units = Set(content.units.subtree(id).map(\.id))
            return heldMeetings.filter { units.contains($0.unit.value) }
        case .department(let id):
            return heldMeetings.filter { $0.departments.contains { $0.value == id } }
        }
    }

    func items(in scope: Scope) -> [(record: ItemRecord, state: ItemState)] {
        switch scope {
        case .site: return items
        case .unit(let id):
            let units = Set(content.units.subtree(id).map(\.id))
            return items.filter { units.contains($0.record.unit) }
        case .department(let id):
            return items.filter { $0.state.owner == id }
        }
    }

    /// Leaf units a scope covers: the villages and communities whose rhythm is watched.
    func leaves(in scope: Scope) -> [Unit] {
        switch scope {
        case .site: return content.units.units.filter(\.isLeaf)
        case .unit(let id): return content.units.subtree(id).filter(\.isLeaf)
        case .department: return []
        }
    }

    public func figures(period: Period, scope: Scope) -> Figures {
        let meetings = self.meetings(in: scope).filter { period.contains($0.date) }
        let scoped = self.items(in: scope)

        var categories: [String: Int] = [:]
        for m in meetings { for c in m.attendance?.categories ?? [] { categories[c.name, default: 0] += c.count } }

        let leaves = self.leaves(in: scope)
        let met = Set(meetings.map(\.unit.value))

        let raised = scoped.filter { period.contains($0.record.raised) }
        let resolved = scoped.filter { $0.state.resolvedDate.map(period.contains) ?? false }

        func resolution(_ xs: [(record: ItemRecord, state: ItemState)]) -> Rate {
            Rate(numerator: xs.filter { $0.state.status == .resolved }.map(\.record.id),
                 denominator: xs.filter { !$0.state.status.isClosedWithoutResolution }.map(\.record.id))
        }
        func onTime(_ xs: [(record: ItemRecord, state: ItemState)], original: Bool = false) -> Rate {
            Rate(numerator: xs.filter { $0.state.resolvedDate! <= (original ? $0.state.firstDue : $0.state.due) }.map(\.record.id),
                 denominator: xs.map(\.record.id))
        }
        func days(_ xs: [(record: ItemRecord, state: ItemState)]) -> DayStatistics {
            DayStatistics(xs.map { $0.record.raised.days(until: $0.state.resolvedDate!) })
        }
        let overdue = scoped.filter { $0.state.isOverdue(asOf: asOf) }
        let rated = resolved.filter { $0.state.satisfaction != nil }

        var byKind: [ItemKind: Count] = [:]
        for k in ItemKind.allCases { byKind[k] = Count(raised.filter { $0.record.item.kind == k }.map(\.record.id)) }

        let cadence = leaves.sorted { $0.id < $1.id }.map { u -> CadenceRow in
            let last = lastMeeting[u.id]
            let since = last.map { $0.days(until: asOf) }
            return CadenceRow(unit: u.id, lastMeeting: last, daysSince: since,
                              flagged: since.map { $0 > content.settings.cadenceDays } ?? true)
        }

        let departmentIDs = Set(content.departments.map(\.id))
        var byOwner: [String: [(record: ItemRecord, state: ItemState)]] = [:]
        for x in scoped { if let o = x.state.owner, departmentIDs.contains(o) { byOwner[o, default: []].append(x) } }
        let rows = byOwner.keys.sorted().map { d -> DepartmentRow in
            let owned = byOwner[d]!
            let done = owned.filter { $0.state.resolvedDate.map(period.contains) ?? false }
            return DepartmentRow(department: d,
                                 assigned: Count(owned.filter { period.contains($0.record.raised) }.map(\.record.id)),
                                 resolved: Count(done.map(\.record.id)),
                                 onTimeRate: onTime(done),
                                 overdue: Count(owned.filter { $0.state.isOverdue(asOf: asOf) }.map(\.record.id)),
                                 medianDays: days(done).median)
        }

        return Figures(
            period: period, scope: scope, asOf: asOf,
            meetings: Count(meetings.map(\.id)),
            attendances: meetings.reduce(0) { $0 + ($1.attendance?.total ?? 0) },
            attendanceByCategory: categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            leadersPresent: meetings.reduce(0) { $0 + $1.leaders.count },
            coverage: Rate(numerator: leaves.filter { met.contains($0.id) }.map(\.id), denominator: leaves.map(\.id)),
            departmentsInvolved: Count(Set(meetings.flatMap { $0.departments.map(\.value) }).sorted()),
            itemsRaised: Count(raised.map(\.record.id)),
            itemsRaisedByKind: byKind,
            itemsResolved: Count(resolved.map(\.record.id)),
            responseRate: Rate(numerator: raised.filter { $0.state.status != .proposed }.map(\.record.id),
                               denominator: raised.map(\.record.id)),
            resolutionRate: resolution(raised),
            disputeResolutionRate: resolution(raised.filter { $0.record.item.kind == .dispute }),
            onTimeRate: onTime(resolved),
            onTimeRateOriginal: onTime(resolved, original: true),
            overdue: Count(overdue.map(\.record.id)),
            daysToResolve: days(resolved),
            satisfactionRate: Rate(numerator: rated.filter { $0.state.satisfaction!.counts }.map(\.record.id),
                                   denominator: rated.map(\.record.id)),
            fundsSecured: raised.reduce(0) { $0 + ($1.state.funds ?? 0) },
            cadence: cadence,
            departments: rows)
    }
}
