import YishiCore

extension SiteRenderer {
    /// A page per unit (its meetings, upcoming meetings, figures) and `units/index.html`.
    func unitPages(into page: Page, only selected: Set<String>? = nil) {
        let held = heldByUnit
        let upcoming = upcomingMeetings
        parallelForEach(content.units.units) { u in
            page("units/\(u.id).html", selected?.contains(u.id) ?? true) { unitPage(u, held: held, upcoming: upcoming) }
        }
        var heldAt: [String: Int] = [:]
        for m in stats.heldMeetings { heldAt[m.unit.value, default: 0] += 1 }
        func tree(_ ids: [String]) -> [Context] {
            ids.compactMap { content.units[$0] }.map { u in
                let count = content.units.subtree(u.id).reduce(0) { $0 + (heldAt[$1.id] ?? 0) }
                return ["id": u.id, "name": u.name, "meetings": count, "tree": tree(u.children), "has_children": !u.children.isEmpty]
            }
        }
        var index = base(root: "../", title: theme.string("site.units"))
        index["tree"] = tree(content.units.roots.map(\.id))
        index["departments"] = content.departments.map { ["id": $0.id, "name": $0.name] }
        page("units/index.html", true) { theme.render("units", index) }
    }

    /// Held meetings by the unit that held them, as positions in `stats.heldMeetings`.
    var heldByUnit: [String: [Int]] {
        var meetingsByUnit: [String: [Int]] = [:]
        for (n, m) in stats.heldMeetings.enumerated() { meetingsByUnit[m.unit.value, default: []].append(n) }
        return meetingsByUnit
    }

    func unitPage(_ u: Unit, held meetingsByUnit: [String: [Int]], upcoming: [Meeting]) -> String {
        var c = base(root: "../", title: u.name)
        var unit: Context = ["id": u.id, "name": u.name, "level": u.level]
        if let p = u.parent { unit["parent"] = ["id": p, "name": unitNames[p] ?? p] }
        unit["children"] = u.children.map { ["id": $0, "name": unitNames[$0] ?? $0] }
        unit["has_children"] = !u.children.isEmpty
        c["unit"] = unit
        let subtree = Set(content.units.subtree(u.id).map(\.id))
        let soon = upcoming.filter { subtree.contains($0.unit.value) }.map(upcomingRow)
        c["upcoming"] = soon
        c["has_upcoming"] = !soon.isEmpty
        // Newest first: positions in the held meetings, which are in (date, file) order — a
        // county's ten thousand meetings sorted as numbers rather than by date and file name.
        let held = subtree.flatMap { meetingsByUnit[$0] ?? [] }.sorted(by: >)
        let (rows, more) = listed(held.lazy.map { self.stats.heldMeetings[$0] }, meetingRow)
        c["meetings"] = rows
        c["meetings_more"] = more
        c["stats"] = figureBlock(figures(.all, .unit(u.id)), key: "unit", root: "../")
        if !u.isLeaf { c["report_url"] = reportPath(.all, .unit(u.id)) }
        return theme.render("unit", c)
    }

    /// A page per department: its figures, the items it owns, the meetings it attended.
    func departmentPages(into page: Page, only selected: Set<String>? = nil) {
        // The pages' departments' items and meetings, by position, in one pass over each list
        // rather than one pass per department.
        let all = stats.items, held = stats.heldMeetings
        var owned: [String: [Int]] = [:], attended: [String: [Int]] = [:]
        for n in all.indices {
            if let owner = all[n].state.owner, selected?.contains(owner) ?? true { owned[owner, default: []].append(n) }
        }
        for n in held.indices {
            for d in held[n].departments where selected?.contains(d.value) ?? true {
                // A department named twice in one meeting attended it once.
                if attended[d.value]?.last != n { attended[d.value, default: []].append(n) }
            }
        }
        parallelForEach(content.departments) { d in
            guard selected?.contains(d.id) ?? true else { return page("departments/\(d.id).html", false) { "" } }
            var c = base(root: "../", title: d.name)
            c["department"] = ["id": d.id, "name": d.name]
            c["stats"] = figureBlock(figures(.all, .department(d.id)), key: "dept", root: "../")
            let (items, moreItems) = listed((owned[d.id] ?? []).reversed().lazy.map { all[$0].record }, itemRow)
            let (meetings, moreMeetings) = listed((attended[d.id] ?? []).reversed().lazy.map { held[$0] }, meetingRow)
            c["items"] = items
            c["items_more"] = moreItems
            c["meetings"] = meetings
            c["meetings_more"] = moreMeetings
            page("departments/\(d.id).html", true) { theme.render("department", c) }
        }
    }

    /// The first rows of a list, newest first, and a note saying how many more the open data
    /// holds: a county's page would otherwise list every meeting it ever held.
    func listed<C: Collection>(_ records: C, _ row: (C.Element) -> Context) -> ([Context], String?) {
        let rows = records.prefix(Self.recordsShown).map(row)
        guard records.count > Self.recordsShown else { return (rows, nil) }
        return (rows, theme.string("report.more").replacingOccurrences(of: "{n}", with: String(records.count - Self.recordsShown)))
    }
}
