import YishiCore

extension SiteRenderer {
    /// An item as its meeting page shows it: facts, current state and the whole timeline.
    func itemSection(_ r: ItemRecord) -> Context {
        guard let s = state(of: r) else { return [:] }
        let i = r.item
        if i.isPrivate { return ["private": true, "id": i.id, "status": s.status.rawValue] }
        var c: Context = [
            "id": i.id, "title": i.title, "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": s.isOverdue(asOf: asOf), "kind_label": label("kind", i.kind.rawValue),
            "urgency_label": label("urgency", i.urgency.rawValue), "due": s.due.description,
        ]
        c["category"] = i.category
        c["raised_by"] = i.raisedBy
        c["decision"] = i.decision
        if let v = i.vote { c["vote"] = ["for": v.inFavour, "against": v.against, "abstain": v.abstain] as Context }
        if let o = s.owner { c["owner"] = ownerName(o); c["owner_path"] = ownerPath(o) }
        c["resolved"] = s.resolvedDate?.description
        if let f = s.funds, f > 0 { c["funds"] = String(f) }
        c["satisfaction"] = s.satisfaction.map { label("satisfaction", $0.rawValue) }
        c["timeline"] = r.timeline.filter { $0.date <= asOf }.map(timelineEntry)
        return c
    }

    /// One step of an item's timeline: only what that entry recorded. Every name the template
    /// asks for is set, `false` where the entry says nothing: a name left out would be looked
    /// up in the item around it, and each step would show the item's latest owner, due date
    /// and rating as though they were known that day.
    func timelineEntry(_ e: LedgerEntry) -> Context {
        var c: Context = ["date": e.date.description]
        let status = e.status ?? (e.isRaising ? .proposed : nil)
        c["step_status"] = said(status?.rawValue)
        c["status_label"] = said(status.map { label("status", $0.rawValue) })
        c["owner"] = said(ownerName(e.owner))
        c["due"] = said(e.due?.description)
        c["satisfaction"] = said(e.satisfaction.map { label("satisfaction", $0.rawValue) })
        c["note"] = said(e.note)
        c["source_url"] = false
        switch e.source {
        case .raising: c["source"] = theme.string("item.raised_at")
        case .meeting(let id):
            c["source"] = meetingsByID[id]?.title ?? id
            c["source_url"] = "meetings/\(id).html"
        case .updateFile(let id): c["source"] = updateFileTitles[id] ?? id
        }
        return c
    }

    /// A text a template tests with `{{#name}}`, or `false`: never left out, so that a row
    /// does not show what the page around it holds under the same name.
    func said(_ text: String?) -> any TemplateConvertible {
        guard let text else { return false }
        return text
    }

    /// An item as a list shows it: one line linking to its section.
    func itemRow(_ r: ItemRecord) -> Context {
        guard let s = state(of: r) else { return [:] }
        if r.item.isPrivate { return ["private": true, "status": s.status.rawValue] }
        var c: Context = [
            "id": r.id, "title": r.item.title, "url": "meetings/\(r.meetingID).html#\(r.id)",
            "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": s.isOverdue(asOf: asOf), "unit": unitNames[r.unit] ?? r.unit,
            "raised": r.raised.description, "due": s.due.description,
        ]
        c["owner"] = said(ownerName(s.owner))
        // A list of closed items is in the order they were closed: the date says why.
        c["closed_on"] = said(s.closedDate?.description)
        c["closed_label"] = theme.string(s.status == .resolved ? "item.resolved" : "item.closed_on")
        return c
    }

    /// `items/index.html` (the first of the overdue, then of the open items, then the years),
    /// one page per year of items raised that year and still open (`items/open-<year>.html`,
    /// overdue first) and one per year of items closed that year (`items/<year>.html`), so that
    /// no list grows without bound.
    func itemPages(into page: Page, wanted: Bool = true) {
        guard wanted else {
            // Listed only: which years have a page is all that is needed.
            var closed = Set<Int>(), open = Set<Int>()
            for (r, s) in stats.items {
                if let d = s.closedDate { closed.insert(d.year) } else { open.insert(r.raised.year) }
            }
            page("items/index.html", false) { "" }
            for y in open.sorted(by: >) { page("items/open-\(y).html", false) { "" } }
            for y in closed.sorted(by: >) { page("items/\(y).html", false) { "" } }
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
        // A county has tens of thousands of items still open: the index shows the first of each
        // list, and every item still open is on the page of the year it was raised (DESIGN §5:
        // long lists split by year so no page grows without bound).
        var overdueByYear: [Int: [ItemRecord]] = [:], openByYear: [Int: [ItemRecord]] = [:]
        for o in overdue { overdueByYear[o.record.raised.year, default: []].append(o.record) }
        for r in open { openByYear[r.raised.year, default: []].append(r) }
        let openYears = Set(overdueByYear.keys).union(openByYear.keys)
        let years = openYears.union(closedByYear.keys).sorted(by: >)
        func more(_ count: Int) -> String? {
            count > Self.recordsShown ? theme.string("items.more").replacingOccurrences(of: "{n}", with: String(count - Self.recordsShown)) : nil
        }
        /// The overdue and open lists as a page shows them.
        func lists(_ c: inout Context, overdue: [ItemRecord], open: [ItemRecord], capped: Bool) {
            let shown = capped ? Self.recordsShown : Int.max
            c["overdue_section"] = true
            c["overdue"] = overdue.prefix(shown).map(itemRow)
            c["overdue_count"] = overdue.count
            c["open"] = open.prefix(shown).map(itemRow)
            c["open_count"] = open.count
            if capped {
                c["overdue_more"] = more(overdue.count)
                c["open_more"] = more(open.count)
            }
        }
        // The index (the longest, first) and the years' pages side by side.
        let pages: [(year: Int, open: Bool)?] = [nil] + openYears.sorted(by: >).map { ($0, true) }
            + closedByYear.keys.sorted(by: >).map { ($0, false) }
        parallelForEach(pages, serialBelow: 2) { p in
            guard let p else {
                return page("items/index.html", true) {
                    var index = base(root: "../", title: theme.string("items.title"))
                    lists(&index, overdue: overdue.map(\.record), open: open, capped: true)
                    index["index"] = true
                    index["years"] = years.map { y -> Context in
                        let still = (overdueByYear[y]?.count ?? 0) + (openByYear[y]?.count ?? 0), closed = closedByYear[y]?.count ?? 0
                        return ["year": String(y), "has_open": still > 0, "open_count": still,
                                "has_closed": closed > 0, "closed_count": closed, "both": still > 0 && closed > 0]
                    }
                    return theme.render("items", index)
                }
            }
            if p.open {
                return page("items/open-\(p.year).html", true) {
                    var c = base(root: "../", title: "\(p.year) \(theme.string("items.open_in"))")
                    lists(&c, overdue: overdueByYear[p.year] ?? [], open: openByYear[p.year] ?? [], capped: false)
                    return theme.render("items", c)
                }
            }
            page("items/\(p.year).html", true) {
                let list = closedByYear[p.year]!.sorted { ($0.1, $0.0.id) > ($1.1, $1.0.id) }
                var c = base(root: "../", title: "\(p.year) \(theme.string("items.closed_in"))")
                c["closed_section"] = true
                c["closed"] = list.map { itemRow($0.0) }
                return theme.render("items", c)
            }
        }
    }
}
