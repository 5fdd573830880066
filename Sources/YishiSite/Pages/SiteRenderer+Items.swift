import YishiCore

extension SiteRenderer {
    /// An item as its meeting page shows it: facts, current state and the whole timeline.
    func itemSection(_ r: ItemRecord) -> [String: Any] {
        guard let s = state(of: r) else { return [:] }
        let i = r.item
        if i.isPrivate { return ["private": true, "id": i.id, "status": s.status.rawValue] }
        var c: [String: Any] = [
            "id": i.id, "title": i.title, "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": s.isOverdue(asOf: asOf), "kind_label": label("kind", i.kind.rawValue),
            "urgency_label": label("urgency", i.urgency.rawValue), "due": s.due.description,
        ]
        c["category"] = i.category
        c["raised_by"] = i.raisedBy
        c["decision"] = i.decision
        if let v = i.vote { c["vote"] = ["for": v.inFavour, "against": v.against, "abstain": v.abstain] }
        if let o = s.owner { c["owner"] = ownerName(o); c["owner_path"] = ownerPath(o) }
        c["resolved"] = s.resolvedDate?.description
        if let f = s.funds, f > 0 { c["funds"] = String(f) }
        c["satisfaction"] = s.satisfaction.map { label("satisfaction", $0.rawValue) }
        c["timeline"] = r.timeline.filter { $0.date <= asOf }.map(timelineEntry)
        return c
    }

    func timelineEntry(_ e: LedgerEntry) -> [String: Any] {
        var c: [String: Any] = ["date": e.date.description]
        c["status_label"] = e.status.map { label("status", $0.rawValue) } ?? (e.isRaising ? label("status", ItemStatus.proposed.rawValue) : "")
        c["owner"] = ownerName(e.owner)
        c["due"] = e.due?.description
        c["satisfaction"] = e.satisfaction.map { label("satisfaction", $0.rawValue) }
        c["note"] = e.note
        switch e.source {
        case .raising: c["source"] = theme.string("item.raised_at")
        case .meeting(let id):
            c["source"] = meetingsByID[id]?.title ?? id
            c["source_url"] = "meetings/\(id).html"
        case .updateFile(let id): c["source"] = updateFileTitles[id] ?? id
        }
        return c
    }

    /// An item as a list shows it: one line linking to its section.
    func itemRow(_ r: ItemRecord) -> [String: Any] {
        guard let s = state(of: r) else { return [:] }
        if r.item.isPrivate { return ["private": true, "status": s.status.rawValue] }
        var c: [String: Any] = [
            "id": r.id, "title": r.item.title, "url": "meetings/\(r.meetingID).html#\(r.id)",
            "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": s.isOverdue(asOf: asOf), "unit": unitNames[r.unit] ?? r.unit,
            "raised": r.raised.description, "due": s.due.description,
        ]
        c["owner"] = ownerName(s.owner)
        return c
    }

    /// `items/index.html` (overdue, then open, then the years of closed items) and one page
    /// per year of closed items, so that no list grows without bound.
    func itemPages(into page: Page, wanted: Bool = true) {
        guard wanted else {
            // Listed only: which years have a page is all that is needed.
            let years = Set(stats.items.compactMap { $0.state.closedDate?.year })
            page("items/index.html", false) { "" }
            for y in years.sorted(by: >) { page("items/\(y).html", false) { "" } }
            return
        }
        var overdue: [(record: ItemRecord, due: Day)] = [], open: [ItemRecord] = []
        var closedByYear: [Int: [(ItemRecord, Day)]] = [:]
        for (r, s) in stats.items {
            if let closed = s.closedDate { closedByYear[closed.year, default: []].append((r, closed)) }
            else if s.isOverdue(asOf: asOf) { overdue.append((r, s.due)) }
            else { open.append(r) }
        }
        overdue.sort { ($0.due, $0.record.id) < ($1.due, $1.record.id) }
        open.sort { ($0.raised, $0.id) > ($1.raised, $1.id) }
        let years = closedByYear.keys.sorted(by: >)
        // The index (the longest, first) and the years' pages side by side.
        parallelForEach([nil] + years.map { Optional($0) }) { year in
            guard let y = year else {
                return page("items/index.html", true) {
                    var index = base(root: "../", title: theme.string("items.title"))
                    index["overdue_section"] = true
                    index["overdue"] = overdue.map { itemRow($0.record) }
                    index["overdue_count"] = overdue.count
                    index["open"] = open.map(itemRow)
                    index["open_count"] = open.count
                    index["years"] = years.map { ["year": String($0), "count": closedByYear[$0]!.count] }
                    return theme.render("items", index)
                }
            }
            page("items/\(y).html", true) {
                let list = closedByYear[y]!.sorted { ($0.1, $0.0.id) > ($1.1, $1.0.id) }
                var c = base(root: "../", title: "\(y) \(theme.string("items.closed_in"))")
                c["closed_section"] = true
                c["closed"] = list.map { itemRow($0.0) }
                return theme.render("items", c)
            }
        }
    }
}
