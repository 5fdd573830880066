import YishiCore

extension SiteRenderer {
    /// An item as its meeting page shows it: facts, current state and the whole timeline.
    func itemSection(_ r: ItemRecord) -> Context {
        guard let s = state(of: r) else { return [:] }
        let i = r.item
        if i.isPrivate { return ["private": true, "id": i.id, "status": s.status.rawValue] }
        var c: Context = [
            "id": i.id, "title": i.title, "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": overdue(s), "unanswered": s.isUnanswered(asOf: asOf), "late": s.resolvedLate,
            "kind_label": label("kind", i.kind.rawValue),
            "urgency_label": label("urgency", i.urgency.rawValue), "due": shownDue(s, explained: true),
            "notice_due": shownDue(s),
        ]
        // A deadline moved: the one first promised beside it, and whether it was moved only
        // after it had passed, which the current due date alone would hide (DESIGN §4 counts
        // on_time_rate_original against the first).
        if s.dueGiven, s.firstDue != s.due, !s.status.isClosedWithoutResolution {
            c["first_due"] = s.firstDue.description
            let moved = r.timeline.first { $0.date <= asOf && $0.due != nil && $0.due != s.firstDue }
            c["moved_late"] = moved.map { $0.date > s.firstDue } ?? false
        }
        // 矛盾纠纷 · 矛盾纠纷: a category that is the kind's own word says nothing more.
        c["category"] = said(i.category.flatMap { $0 == label("kind", i.kind.rawValue) ? nil : $0 })
        c["raised_by"] = i.raisedBy
        c["decision"] = i.decision
        // The notice's "decision" column: a matter screened out, handed on or put off has no
        // decision but a reason, which residents are owed on the board too (DESIGN §3). A
        // progress note is not a decision: only the note given with such a status stands in.
        let setAside: [ItemStatus?] = [.rejected, .referred, .deferred]
        let reason = r.timeline.last { $0.date <= asOf && $0.note != nil && setAside.contains($0.status) }
        // Neither (a matter only collected, 征集, at that meeting): left out, and the notice
        // shows a dash rather than an empty cell that looks like a printing fault.
        c["notice_decision"] = i.decision ?? reason?.note
        // A decision taken and then set aside: the board shows why beside it, not the decision
        // alone next to 不予受理.
        if i.decision != nil, setAside.contains(s.status), let note = reason?.note { c["notice_reason"] = note }
        if let v = i.vote {
            // The parts the minutes give, in their order; one left out is not shown as 0.
            let parts: [Context] = [("item.vote_for", v.inFavour), ("item.vote_against", v.against), ("item.vote_abstain", v.abstain)]
                .compactMap { key, n in n.map { ["name": theme.string(key), "count": $0] as Context } }
            c["vote"] = ["for": v.inFavour, "against": v.against, "abstain": v.abstain, "parts": parts] as Context
        }
        if let o = s.owner { c["owner"] = ownerName(o); c["owner_path"] = ownerPath(o) }
        c["resolved"] = s.resolvedDate?.description
        // Grouped as the figures show it (3,274,000): a bare 2663000 is miscounted by eye.
        if let f = s.funds, f > 0 { c["funds"] = f.grouped }
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

    /// The deadline as pages show it: none for a matter screened out or handed on, which
    /// nobody here is working to any more (the figures still count its due date as DESIGN §4
    /// says).
    func shownDue(_ s: ItemState, explained: Bool = false) -> any TemplateConvertible {
        said(s.status.isClosedWithoutResolution ? nil : dueText(s.due, given: s.dueGiven, explained: explained))
    }

    /// A due date as the pages show it: marked when no meeting or update ever set one, so that
    /// a reader does not take the site's default (`default_due_days`) for a department's promise.
    /// `explained`: the mark said in words (an item's own facts), not the short 默认 of a table.
    func dueText(_ day: Day, given: Bool, explained: Bool = false) -> String {
        given ? day.description : day.description + (explained
            ? theme.string("item.due_default_explained", filling: ["{n}": String(settings.defaultDueDays)])
            : theme.string("item.due_default"))
    }

    /// A text a template tests with `{{#name}}`, or `false`: never left out, so that a row
    /// does not show what the page around it holds under the same name.
    func said(_ text: String?) -> any TemplateConvertible {
        guard let text else { return false }
        return text
    }

    /// An overdue item's mark, with how long it has been overdue (已超期 457 天): a matter a
    /// week late and one a year late are not the same news.
    func overdue(_ s: ItemState) -> any TemplateConvertible {
        guard s.isOverdue(asOf: asOf) else { return false }
        return theme.string("item.overdue_for", filling: ["{n}": String(asOf.ordinal - s.due.ordinal)])
    }

    /// An item as a list shows it: one line linking to its section.
    func itemRow(_ r: ItemRecord) -> Context {
        guard let s = state(of: r) else { return [:] }
        if r.item.isPrivate { return ["private": true, "status": s.status.rawValue] }
        var c: Context = [
            "id": r.id, "title": r.item.title, "url": "meetings/\(r.meetingID).html#\(r.id)",
            "status": s.status.rawValue, "status_label": label("status", s.status.rawValue),
            "overdue": overdue(s), "unanswered": s.isUnanswered(asOf: asOf), "late": s.resolvedLate,
            "unit": unitNames[r.unit] ?? r.unit,
            "raised": r.raised.description, "due": shownDue(s),
        ]
        c["owner"] = said(ownerName(s.owner))
        // A list of closed items is in the order they were closed: the date says why.
        c["closed_on"] = said(s.closedDate?.description)
        c["closed_label"] = theme.string(s.status == .resolved ? "item.resolved" : "item.closed_on")
        return c
    }

    /// `items/index.html` (the first of the overdue, then of the open items, then the years),
    /// the items raised in a year and still open (`items/open-<year>.html`, overdue first) and
    /// the items closed in a year (`items/<year>.html`), each year's list on pages of
    /// `itemsPerPage` rows, so that no page grows without bound however big the site.
    func itemPages(into page: Page, wanted: Bool = true) {
        guard wanted else {
            // Listed only: which years have how many pages is all that is needed.
            var closed: [Int: Int] = [:], open: [Int: Int] = [:]
            for (r, s) in stats.items {
                if let d = s.closedDate { closed[d.year, default: 0] += 1 } else { open[r.raised.year, default: 0] += 1 }
            }
            page("items/index.html", false) { "" }
            for (y, n) in open.sorted(by: { $0.key > $1.key }) {
                for p in 1...pageCount(n) { page(itemListPath("open-\(y)", page: p), false) { "" } }
            }
            for (y, n) in closed.sorted(by: { $0.key > $1.key }) {
                for p in 1...pageCount(n) { page(itemListPath("\(y)", page: p), false) { "" } }
            }
            return
        }
        var overdue: [(record: ItemRecord, due: Day)] = [], open: [ItemRecord] = []
        var closedByYear: [Int: [(record: ItemRecord, closed: Day)]] = [:]
        var resolvedByYear: [Int: Int] = [:]
        for (r, s) in stats.items {
            if let closed = s.closedDate {
                closedByYear[closed.year, default: []].append((r, closed))
                if s.status == .resolved { resolvedByYear[closed.year, default: 0] += 1 }
            }
            else if s.isOverdue(asOf: asOf) { overdue.append((r, s.due)) }
            else { open.append(r) }
        }
        overdue.sort { Self.mostOverdueFirst(($0.due, $0.record.id), ($1.due, $1.record.id)) }
        open.sort { ($0.raised, $0.id) > ($1.raised, $1.id) }
        // A county has tens of thousands of items still open: the index shows the first of each
        // list, and every item still open is on the pages of the year it was raised (DESIGN §5:
        // long lists split by year so no page grows without bound).
        var overdueByYear: [Int: [ItemRecord]] = [:], openByYear: [Int: [ItemRecord]] = [:]
        for o in overdue { overdueByYear[o.record.raised.year, default: []].append(o.record) }
        for r in open { openByYear[r.raised.year, default: []].append(r) }
        let openYears = Set(overdueByYear.keys).union(openByYear.keys)
        let years = openYears.union(closedByYear.keys).sorted(by: >)
        func more(_ count: Int) -> String? {
            count > Self.recordsShown ? theme.string("items.more", filling: ["{n}": String(count - Self.recordsShown)]) : nil
        }
        /// The overdue and the open list as a page shows them: the rows it holds of lists
        /// `overdueCount` and `openCount` long.
        func lists(_ c: inout Context, overdue: some Collection<ItemRecord>, of overdueCount: Int,
                   open: some Collection<ItemRecord>, of openCount: Int, firstPage: Bool) {
            c["overdue_section"] = true
            // A list with no row here is left out, but for the first page's "none".
            c["show_overdue"] = !overdue.isEmpty || (firstPage && overdueCount == 0)
            c["show_open"] = !open.isEmpty || (firstPage && openCount == 0)
            c["overdue"] = overdue.map(itemRow)
            c["overdue_count"] = overdueCount
            c["open"] = open.map(itemRow)
            c["open_count"] = openCount
        }
        // The index (the longest, first) and the years' pages side by side.
        let pages: [ItemListPage?] = [nil]
            + openYears.sorted(by: >).flatMap { y in
                let n = pageCount((overdueByYear[y]?.count ?? 0) + (openByYear[y]?.count ?? 0))
                return (1...n).map { ItemListPage(year: y, open: true, number: $0, of: n) }
            }
            + closedByYear.keys.sorted(by: >).flatMap { y in
                let n = pageCount(closedByYear[y]!.count)
                return (1...n).map { ItemListPage(year: y, open: false, number: $0, of: n) }
            }
        // Each year's closed items in the order they were closed, sorted once for all its pages.
        let closedLists = Memo<Int, [(record: ItemRecord, closed: Day)]>()
        parallelForEach(pages, serialBelow: 2) { p in
            guard let p else {
                return page("items/index.html", true) {
                    var index = base(root: "../", title: theme.string("items.title"))
                    lists(&index, overdue: overdue.prefix(Self.recordsShown).map(\.record), of: overdue.count,
                          open: open.prefix(Self.recordsShown), of: open.count, firstPage: true)
                    index["overdue_more"] = more(overdue.count)
                    index["open_more"] = more(open.count)
                    index["index"] = true
                    index["years"] = years.map { y -> Context in
                        let still = (overdueByYear[y]?.count ?? 0) + (openByYear[y]?.count ?? 0), closed = closedByYear[y] ?? []
                        // The resolved are counted apart from those screened out or handed on,
                        // so the figure matches 办结 on the home page and in the reports.
                        let resolved = resolvedByYear[y] ?? 0
                        var said = theme.string("items.closed_in_year", filling: ["{n}": String(resolved)])
                        if closed.count > resolved {
                            said += theme.string("items.closed_in_year_other", filling: ["{n}": String(closed.count - resolved)])
                        }
                        return ["year": String(y), "has_open": still > 0, "open_count": still,
                                "has_closed": !closed.isEmpty, "closed": said, "both": still > 0 && !closed.isEmpty]
                    }
                    return theme.render("items", index)
                }
            }
            let rows = p.rows(itemsPerPage)
            if p.open {
                return page(itemListPath("open-\(p.year)", page: p.number), true) {
                    var c = base(root: "../", title: theme.joined([String(p.year), theme.string("items.open_in")]))
                    let late = overdueByYear[p.year] ?? [], still = openByYear[p.year] ?? []
                    // The year's overdue items, then its other open ones: this page's share of each.
                    let lateHere = late[rows.clamped(to: late.indices)]
                    let stillHere = still[(rows.lowerBound - late.count ..< rows.upperBound - late.count).clamped(to: still.indices)]
                    lists(&c, overdue: lateHere, of: late.count, open: stillHere, of: still.count, firstPage: p.number == 1)
                    c["pager"] = pager(p, stem: "open-\(p.year)")
                    return theme.render("items", c)
                }
            }
            page(itemListPath("\(p.year)", page: p.number), true) {
                let list = closedLists.value(p.year) { closedByYear[p.year]!.sorted { Self.lastClosedFirst(($0.closed, $0.record.id), ($1.closed, $1.record.id)) } }
                var c = base(root: "../", title: theme.joined([String(p.year), theme.string("items.closed_in")]))
                c["closed_section"] = true
                let shown = list[rows.clamped(to: list.indices)].map { (month: $0.closed.month, row: itemRow($0.record)) }
                // Under the month each was closed in, the latest first, as the rows are.
                var months: [Context] = []
                var start = shown.startIndex
                while start < shown.endIndex {
                    let m = shown[start].month
                    let end = shown[start...].firstIndex { $0.month != m } ?? shown.endIndex
                    months.append(["label": theme.periodName(.month(p.year, m)), "anchor": "\(p.year)-\(Day.pad(m, 2))",
                                   "short": theme.string("items.month_short", filling: ["{y}": String(p.year), "{mm}": Day.pad(m, 2), "{m}": String(m)]),
                                   "rows": shown[start..<end].map(\.row)])
                    start = end
                }
                c["months"] = months
                // A year's page is long on a phone: its months are a tap away from the top.
                c["has_month_links"] = months.count > 1
                // The same rows in one list, for a site's own items.mustache from before the
                // months (`yishi init` copies the theme into the site).
                c["closed"] = shown.map(\.row)
                c["pager"] = pager(p, stem: "\(p.year)")
                return theme.render("items", c)
            }
        }
    }

    /// The order of overdue items wherever they are listed: the longest overdue first, then by
    /// id, so that every build lists them alike.
    static func mostOverdueFirst(_ a: (due: Day, id: String), _ b: (due: Day, id: String)) -> Bool {
        (a.due, a.id) < (b.due, b.id)
    }

    /// Closed items in the order they were closed, the latest first (the item lists, the unit
    /// pages): the date shown beside each says why.
    static func lastClosedFirst(_ a: (closed: Day, id: String), _ b: (closed: Day, id: String)) -> Bool {
        (a.closed, a.id) > (b.closed, b.id)
    }

    /// Pages a list of `rows` rows takes: one at least, which says there are none.
    func pageCount(_ rows: Int) -> Int { max(1, (rows + itemsPerPage - 1) / itemsPerPage) }

    /// The file of page `number` (from 1) of a list: the first keeps the year's address, as
    /// links made before a list grew long still point there.
    func itemListPath(_ stem: String, page number: Int) -> String {
        number == 1 ? "items/\(stem).html" : "items/\(stem)-p\(number).html"
    }

    /// The links between a list's pages, or `false` for a list of one page.
    func pager(_ p: ItemListPage, stem: String) -> any TemplateConvertible {
        guard p.of > 1 else { return false }
        func file(_ n: Int) -> String { String(itemListPath(stem, page: n).dropFirst("items/".count)) }
        var c: Context = [
            "label": theme.string("items.page_of", filling: ["{n}": String(p.number), "{total}": String(p.of)]),
            "pages": (1...p.of).map { n -> Context in ["number": String(n), "url": file(n), "current": n == p.number] },
        ]
        c["previous"] = p.number > 1 ? file(p.number - 1) : nil
        c["next"] = p.number < p.of ? file(p.number + 1) : nil
        return c
    }
}

/// One page of a year's item list: the year's open (overdue first) or closed items, page
/// `number` of `of`.
struct ItemListPage: Sendable {
    var year: Int
    var open: Bool
    var number: Int
    var of: Int

    /// Which rows of the year's list, counted from 0, this page shows.
    func rows(_ perPage: Int) -> Range<Int> { (number - 1) * perPage ..< number * perPage }
}
