import YishiCore

extension SiteRenderer {
    /// A page per unit (its figures, upcoming meetings, meetings and items, with those of the
    /// units under it) and `units/index.html`.
    func unitPages(into page: Page, only selected: Set<String>? = nil) {
        let upcoming = upcomingMeetings
        parallelForEach(content.units.units) { u in
            page("units/\(u.id).html", selected?.contains(u.id) ?? true) { unitPage(u, upcoming: upcoming) }
        }
        var heldAt: [String: Int] = [:]
        for m in stats.heldMeetings { heldAt[m.unit.value, default: 0] += 1 }
        func tree(_ ids: [String]) -> [Context] {
            ids.compactMap { content.units[$0] }.map { u in
                let count = content.units.subtree(u.id).reduce(0) { $0 + (heldAt[$1.id] ?? 0) }
                let ended = endedLabel(u)
                return ["id": u.id, "name": u.name, "meetings": count,
                        "meetings_label": theme.string("site.meetings_count", filling: ["{n}": String(count)]), "tree": tree(u.children), "has_children": !u.children.isEmpty,
                        "ended": ended, "not_yet": u.since.map { asOf < $0 } ?? false]
            }
        }
        var index = base(root: "../", title: theme.string("site.units"))
        index["tree"] = tree(content.units.roots.map(\.id))
        index["departments"] = content.departments.map { ["id": $0.id, "name": $0.name] as Context }
        page("units/index.html", true) { theme.render("units", index) }
    }

    /// Where a unit went, as its own page says it: "merged into" for a merger, "abolished" only
    /// for one that was not merged; nil while it stands.
    func endedLabel(_ u: Unit) -> String? {
        !u.hasEnded(before: asOf) ? nil : u.mergedInto.map {
            theme.string("unit.ended_merged", filling: ["{name}": unitNames[$0.value] ?? $0.value])
        } ?? theme.string("unit.ended")
    }

    func unitPage(_ u: Unit, upcoming: [Meeting]) -> String {
        var c = base(root: "../", title: u.name)
        var unit: Context = ["id": u.id, "name": u.name, "level": u.level]
        if let p = u.parent { unit["parent"] = ["id": p, "name": unitNames[p] ?? p] as Context }
        // A village merged away is still listed under its town, marked as the units page marks it.
        unit["children"] = u.children.map { ["id": $0, "name": unitNames[$0] ?? $0, "ended": content.units[$0].flatMap(endedLabel)] as Context }
        unit["has_children"] = !u.children.isEmpty
        if let d = u.since { unit["since"] = d.description }
        if let d = u.until { unit["until"] = d.description }
        // A merger dated after the as-of date has not happened yet: said as to come, and not
        // yet listed on the page of the unit it goes into.
        if let m = u.mergedInto?.value {
            unit[u.hasEnded(before: asOf) ? "merged_into" : "merging_into"] = ["id": m, "name": unitNames[m] ?? m] as Context
        }
        let mergedFrom = content.units.mergedInto(u.id).filter { $0.hasEnded(before: asOf) }
        unit["merged_from"] = mergedFrom.map { ["id": $0.id, "name": $0.name, "until": $0.until?.description ?? ""] as Context }
        unit["has_merged_from"] = !mergedFrom.isEmpty
        c["unit"] = unit
        let subtree = Set(content.units.subtree(u.id).map(\.id))
        let soon = upcoming.filter { subtree.contains($0.unit.value) }.map(upcomingRow)
        c["upcoming"] = soon
        c["has_upcoming"] = !soon.isEmpty
        // Newest first: positions in the held meetings, which are in (date, file) order, from the
        // index the unit's figures are made from.
        let members = stats.members(of: .unit(u.id))
        let (rows, more) = listed(members.meetings.reversed().lazy.map { self.stats.heldMeetings[$0] }, meetingRow)
        c["meetings"] = rows
        c["meetings_more"] = more
        let (items, moreItems) = pendingFirst(members.items)
        c["items"] = items
        c["items_more"] = moreItems
        let figures = pageFigures(.all, .unit(u.id))
        // A village's coverage is 1/1 or 0/1: whether it met, which its last meeting, just
        // below, says in words.
        c["stats"] = figureBlock(figures, key: "unit", root: "../", except: u.isLeaf ? ["coverage"] : [])
        // A village's own page says when it last met, and whether that was too long ago: the
        // flag a report's cadence table gives it was nowhere on the page residents open.
        if u.isLeaf, let row = figures.cadence.first(where: { $0.unit == u.id }) {
            var cadence: Context = ["flagged": row.flagged,
                                    "flag": theme.string("unit.cadence_flag", filling: ["{n}": String(settings.cadenceDays)])]
            if let m = stats.lastMeeting(of: u.id) {
                cadence["date"] = m.date.description
                cadence["url"] = "meetings/\(m.id).html"
            }
            if let n = row.daysSince ?? row.daysSinceSetUp(in: content.units, asOf: asOf) {
                cadence["since"] = theme.string(row.daysSince == nil ? "unit.days_since_setup" : "unit.days_since",
                                                filling: ["{n}": String(n)])
            }
            unit["cadence"] = cadence
            c["unit"] = unit
        }
        c["has_records"] = true
        if !u.isLeaf { c["report_url"] = reportPath(.all, .unit(u.id)) }
        return theme.render("unit", c)
    }

    /// A page per department: its figures, the items it owns, the meetings it attended.
    func departmentPages(into page: Page, only selected: Set<String>? = nil) {
        let held = stats.heldMeetings
        // A dozen departments, each page a few milliseconds of figures: worth both cores.
        parallelForEach(content.departments, serialBelow: 2) { d in
            guard selected?.contains(d.id) ?? true else { return page("departments/\(d.id).html", false) { "" } }
            var c = base(root: "../", title: d.name)
            c["department"] = ["id": d.id, "name": d.name] as Context
            c["stats"] = figureBlock(pageFigures(.all, .department(d.id)), key: "dept", root: "../")
            c["has_records"] = true
            // By position, from the index the department's figures were made from.
            let members = stats.members(of: .department(d.id))
            let (items, moreItems) = pendingFirst(members.items)
            let (meetings, moreMeetings) = listed(members.meetings.reversed().lazy.map { held[$0] }, meetingRow)
            c["items"] = items
            c["items_more"] = moreItems
            c["meetings"] = meetings
            c["meetings_more"] = moreMeetings
            page("departments/\(d.id).html", true) { theme.render("department", c) }
        }
    }

    /// The first rows of a unit's or a department's items (positions in `stats.items`) as the
    /// item lists order them (DESIGN §5): overdue first, most overdue at the top, then the rest
    /// still open, newest first, then the closed, the latest closed first. A village's page would otherwise bury what is
    /// still owed under what was done since.
    func pendingFirst(_ positions: [Int]) -> ([Context], String?) {
        let all = stats.items, day = asOf, limit = Self.recordsShown
        // Positions and dates, not copies of the items: a town's page goes through thousands of
        // them, and every copy of an item retained its record's and its state's strings.
        var overdue: [(due: Day, position: Int)] = [], open: [Int] = [], closed: [(on: Day, position: Int)] = []
        open.reserveCapacity(limit)
        let shown: [Int] = all.withUnsafeBufferPointer { items in
            for p in positions.reversed() {
                let state = items[p].state
                if state.isOverdue(asOf: day) { overdue.append((state.due, p)) }
                else if !state.isClosed { if open.count < limit { open.append(p) } }
                else if let on = state.closedDate { closed.append((on, p)) }
            }
            // The ids only where the dates tie: fetching one copies it.
            func id(_ p: Int) -> String { items[p].record.id }
            var shown = overdue.firstSorted(limit) {
                $0.due != $1.due ? $0.due < $1.due : Self.mostOverdueFirst(($0.due, id($0.position)), ($1.due, id($1.position)))
            }.map(\.position)
            shown += open.prefix(limit - shown.count)
            if shown.count < limit {
                shown += closed.firstSorted(limit - shown.count) {
                    $0.on != $1.on ? $0.on > $1.on : Self.lastClosedFirst(($0.on, id($0.position)), ($1.on, id($1.position)))
                }.map(\.position)
            }
            return shown
        }
        return (shown.map { itemRow(all[$0].record) }, notShown(of: positions.count))
    }

    /// The first rows of a list, newest first, and a note saying how many more the open data
    /// holds: a county's page would otherwise list every meeting it ever held.
    func listed<C: Collection>(_ records: C, _ row: (C.Element) -> Context) -> ([Context], String?) {
        (records.prefix(Self.recordsShown).map(row), notShown(of: records.count))
    }

    /// How many of a list `count` long its page leaves to the open data, said; nil when none.
    private func notShown(of count: Int) -> String? {
        guard count > Self.recordsShown else { return nil }
        return theme.string("report.more", filling: ["{n}": String(count - Self.recordsShown)])
    }
}
