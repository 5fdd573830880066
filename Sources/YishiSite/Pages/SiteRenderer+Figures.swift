import YishiCore

extension SiteRenderer {
    /// Rows listed inline in one records table; past this a page would grow without bound,
    /// and every row is in the open data (items.csv holds each item's status and dates).
    static let recordsShown = 100

    /// The figures of one block, each with its definition and a link to the table of the
    /// records it counts, on the same page.
    ///
    /// Figures that count the same records share one table: the meetings held (meetings,
    /// attendances, leaders), the items raised (the rates over them, funds), the items resolved
    /// (on-time rates, days, satisfaction), the overdue items, the units, the departments. Each
    /// table shows the columns its figures are counted from, so a reader can recount them.
    func figureBlock(_ f: Figures, key: String, root: String, only: Set<String>? = nil, except: Set<String> = []) -> Context {
        let anchor = { (table: String) in "records-\(key)-\(table)" }
        func name(_ k: String) -> String { figureText(k, "name", f.scope) }
        /// A figure with the table of the records it counts.
        typealias Shown = (key: String, table: String, context: Context)
        func figure(_ k: String, _ value: String, table: String, fraction: String? = nil) -> Shown {
            var x: Context = ["key": k, "name": name(k), "definition": figureText(k, "definition", f.scope),
                              "value": value, "href": "#" + anchor(table)]
            x["fraction"] = fraction
            // 元, 天: the figure's unit, where it has one and a value to go with it. Always set, so
            // that the look-up never reaches a name of the page around the figures.
            if value != "—", let unit = theme.string(ifAny: "figures.\(k).unit") { x["suffix"] = unit } else { x["suffix"] = false }
            return (k, table, x)
        }
        func rate(_ k: String, _ r: Rate, table: String) -> Shown {
            figure(k, r.value.map { _ in Charts.percent(r.numerator, r.denominator) } ?? "—", table: table,
                   fraction: "\(r.numerator)/\(r.denominator)")
        }
        let categories = attendanceBreakdown(f.attendanceByCategory, total: f.attendances)
        let sep = theme.string("sep")
        let kinds = ItemKind.allCases.map { "\(label("kind", $0.rawValue)) \(f.itemsRaisedByKind[$0]?.value ?? 0)" }.joined(separator: sep)
        var figures: [Shown] = [
            figure("meetings", String(f.meetings.value), table: "meetings"),
            figure("attendances", String(f.attendances), table: "meetings", fraction: categories.isEmpty ? nil : categories),
            figure("leaders_present", String(f.leadersPresent), table: "meetings"),
        ]
        if f.coverage.denominator > 0 { figures.append(rate("coverage", f.coverage, table: "units")) }
        figures += [
            figure("departments_involved", String(f.departmentsInvolved.value), table: "departments"),
            figure("items_raised", String(f.itemsRaised.value), table: "raised", fraction: kinds),
            figure("items_resolved", String(f.itemsResolved.value), table: "resolved"),
            rate("response_rate", f.responseRate, table: "raised"),
            rate("resolution_rate", f.resolutionRate, table: "raised"),
            rate("dispute_resolution_rate", f.disputeResolutionRate, table: "raised"),
            rate("on_time_rate", f.onTimeRate, table: "resolved"),
            rate("on_time_rate_original", f.onTimeRateOriginal, table: "resolved"),
            figure("overdue", String(f.overdue.value), table: "overdue"),
            figure("days_to_resolve", f.daysToResolve.median.map(number) ?? "—", table: "resolved",
                   fraction: f.daysToResolve.p90.map { theme.string("report.p90", filling: ["{n}": String($0)]) }),
            rate("satisfaction_rate", f.satisfactionRate, table: "resolved"),
            figure("funds_secured", f.fundsSecured.grouped, table: "raised"),
        ]
        if let only { figures = figures.filter { only.contains($0.key) } }
        if !except.isEmpty { figures = figures.filter { !except.contains($0.key) } }
        let used = Set(figures.map(\.table))
        return ["figures": figures.map(\.context),
                "tables": recordTables(f, root: root, anchor: anchor).filter { used.contains($0.text("table") ?? "") }]
    }

    /// Attendances by category in the site's words (居民群众 22、党员 6), sorted by category as
    /// the figure sums them: the figure's breakdown and each meeting's row in its records.
    func attendanceBreakdown(_ categories: [(name: String, count: Int)], total: Int) -> String {
        attendanceParts(categories, total: total).joined(separator: theme.string("sep"))
    }

    /// The breakdown's parts (居民群众 22), for a cell that may wrap between them but not within.
    /// The attendances no category counts come last (未分类 2), so that the parts add up to the
    /// total beside them; none when nothing is broken down.
    func attendanceParts(_ categories: [(name: String, count: Int)], total: Int) -> [String] {
        guard !categories.isEmpty else { return [] }
        var parts = categories.map { "\(theme.attendanceLabel($0.name)) \($0.count)" }
        if let rest = Figures.uncategorized(categories, total: total) { parts.append("\(theme.string("meeting.uncategorized")) \(rest)") }
        return parts
    }

    /// A figure's name or definition. A department's figures count the meetings it attended
    /// and the items it owns, so where the locale has words for that (`figures.<key>.department_name`, `…department_definition`)
    /// its page says so instead of 提出议题 or 会议次数, which read as the whole site's.
    func figureText(_ key: String, _ part: String, _ scope: Scope) -> String {
        if case .department = scope, let own = theme.string(ifAny: "figures.\(key).department_\(part)") { return own }
        return theme.string("figures.\(key).\(part)")
    }

    /// CSS custom properties naming a table's columns, from the second on unless `first` says
    /// otherwise (`--c2:"日期";…`), as CSS strings: a name from a theme's locale file or a
    /// secretary's table may hold a quote or a backslash.
    static func columnLabels(_ names: [String], first: Int = 2) -> String {
        names.enumerated().map { i, name in
            var quoted = "\""
            for ch in name.unicodeScalars {
                switch ch {
                case "\"", "\\": quoted += "\\" + String(ch)
                case "\n", "\r", "\t", "\u{0C}": quoted += " "
                default: quoted.unicodeScalars.append(ch)
                }
            }
            return "--c\(i + first):\(quoted)\""
        }.joined(separator: ";")
    }

    /// The records tables. A row is plain table markup (a link, then cells of text); the same
    /// record appears in the tables of many pages, so each row is built once and then reused by
    /// every page that lists it — reports, unit and department pages, the home page — at any
    /// page depth (the depth goes in when the table is put together).
    func recordTables(_ f: Figures, root: String, anchor: (String) -> String) -> [Context] {
        let rootHTML = Array(HTML.escape(root).utf8)
        let store = sharedRows
        let sep = theme.string("sep")
        /// `key`: a record's key among the rows of its table, when the row depends on more than
        /// the record. `sameInEveryPeriod`: whether the table lists the same records in every
        /// report of a scope.
        func table(_ id: String, _ title: String, _ columns: [String], _ keys: [String],
                   key rowKey: ((String) -> String)? = nil, sameInEveryPeriod: Bool = false,
                   _ row: (String) -> RecordRow?) -> Context {
            let listed = keys.prefix(Self.recordsShown)
            func make() -> String {
                var html: [UInt8] = []
                html.reserveCapacity(listed.count * 256)
                store.rows(id).append(listed, key: rowKey, make: row, to: &html, root: rootHTML)
                return String(writtenUTF8: html)
            }
            let html = sameInEveryPeriod
                ? store.wholeTable([id, root, f.scope.kind, f.scope.id ?? ""].joined(separator: "\u{0}"), records: keys, make: make)
                : make()
            var t: Context = ["table": id, "id": anchor(id), "title": title, "count": keys.count,
                                    "columns": columns.map { ["name": $0] as Context }, "rows_html": html,
                                    "has_rows": !keys.isEmpty]
            // The columns' names once per table, for a phone's layout to put before each cell
            // (`--c2` the second column's): as attributes of every cell they would cost a
            // report a tenth of its bytes.
            // Set to false when there are none, or the section would find a page's own `labels`.
            if columns.isEmpty { t["labels"] = false } else { t["labels"] = Self.columnLabels(columns) }
            if keys.count > Self.recordsShown {
                let n = keys.count - Self.recordsShown
                let more = { self.theme.string("report.more", filling: ["{n}": String(n)]) }
                t["more"] = store.more.value(n, more)
            }
            return t
        }
        /// `link`: one of the cells linked as well, by its index among `cells`.
        func row(_ label: String, _ url: String?, _ cells: [String], link: (cell: Int, url: String)? = nil) -> RecordRow {
            row(label, url, cells: cells.map(RecordCell.text), link: link)
        }
        func row(_ label: String, _ url: String?, cells: [RecordCell], link: (cell: Int, url: String)? = nil) -> RecordRow {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(256)
            var rootAt: Int32 = -1
            func escaped(_ s: String) {
                var s = s
                s.withUTF8 { HTML.append($0, to: &bytes) }
            }
            if let url {
                escaped(url)
                bytes += "\">".utf8
                escaped(label)
                bytes += "</a></td>".utf8
            } else {
                bytes += "<tr><td>".utf8
                escaped(label)
                bytes += "</td>".utf8
            }
            for (i, cell) in cells.enumerated() {
                switch cell {
                case .marked(let text, let mark):
                    bytes += "<td>".utf8
                    escaped(text)
                    bytes += "<br><span class=\"mark\">".utf8
                    escaped(mark)
                    bytes += "</span>".utf8
                case .list(let parts):
                    // Each part a span that keeps it whole: the cell wraps between parts only.
                    bytes += "<td class=\"list\">".utf8
                    for (j, part) in parts.enumerated() {
                        if j > 0 { escaped(sep) }
                        bytes += "<span>".utf8
                        escaped(part)
                        bytes += "</span>".utf8
                    }
                case .text(let c):
                    bytes += "<td>".utf8
                    if let link, link.cell == i {
                        bytes += "<a href=\"".utf8
                        rootAt = Int32(bytes.count)
                        escaped(link.url)
                        bytes += "\">".utf8
                        escaped(c)
                        bytes += "</a>".utf8
                    } else {
                        escaped(c)
                    }
                }
                bytes += "</td>".utf8
            }
            bytes += "</tr>\n".utf8
            return RecordRow(linked: url != nil, bytes: bytes, rootAt: rootAt)
        }
        func itemRow(_ id: String, _ cells: (ItemRecord, ItemState) -> [String]) -> RecordRow? {
            itemRow(id) { r, s in cells(r, s).map(RecordCell.text) }
        }
        func itemRow(_ id: String, _ cells: (ItemRecord, ItemState) -> [RecordCell]) -> RecordRow? {
            guard let r = stats.ledger[id], let s = state(of: r) else { return nil }
            let title = r.item.isPrivate ? theme.string("item.withheld") : "\(r.id) \(r.item.title)"
            let url = "meetings/\(r.meetingID).html" + (r.item.isPrivate ? "" : "#\(r.id)")
            return row(title, url, cells: cells(r, s))
        }
        func col(_ k: String) -> String { theme.string(k) }
        func name(_ k: String) -> String { figureText(k, "name", f.scope) }
        let statusLabel = { (s: ItemState) in self.label("status", s.status.rawValue) }
        let yes = col("report.counted"), no = col("report.not_counted")
        let met = Set(f.coverage.numeratorIDs)
        // The evidence for coverage is a meeting in the period, not the unit's latest. Looked
        // for only where coverage is counted (not on a department's pages).
        var lastInPeriod: [String: (date: Day, meeting: String)] = [:]
        for id in f.coverage.denominatorIDs.isEmpty ? [] : f.meetings.ids {
            guard let m = meetingsByID[id] else { continue }
            if lastInPeriod[m.unit.value].map({ $0.date < m.date }) ?? true { lastInPeriod[m.unit.value] = (m.date, m.id) }
        }
        // By category only where the site counts so: otherwise a column that is always empty.
        let byCategory = attendanceHasCategories
        return [
            table("meetings", name("meetings"), [col("meeting.date"), col("meeting.unit"), col("meeting.attendance")]
                  + (byCategory ? [name("attendance_by_category")] : []) + [col("meeting.leaders")],
                  f.meetings.ids) { id in
                guard let m = meetingsByID[id] else { return nil }
                let cells: [RecordCell] = [.text(m.date.description), .text(unitNames[m.unit.value] ?? m.unit.value),
                                           .text(m.attendance.map { String($0.total) } ?? "—")]
                    + (byCategory ? [.list(attendanceParts(m.attendance?.sortedCategories ?? [], total: m.attendance?.total ?? 0))] : [])
                    + [.text(String(m.leaders.count))]
                return row(m.title, "meetings/\(m.id).html", cells: cells)
            },
            // Whether a unit counts depends on the period, so its rows are shared only by the
            // pages that agree on it. The meeting that made it count is linked, for a reader to open.
            table("units", name("coverage"), [col("report.last_meeting_in_period"), name("coverage")], f.coverage.denominatorIDs,
                  key: { id in lastInPeriod[id].map { "1\(id)\u{0}\($0.meeting)" } ?? "0" + id }) { id in
                let last = lastInPeriod[id]
                return row(unitNames[id] ?? id, "units/\(id).html", [last?.date.description ?? col("report.none_in_period"),
                                                                     met.contains(id) ? yes : no],
                           link: last.map { (0, "meetings/\($0.meeting).html") })
            },
            table("departments", name("departments_involved"), [], f.departmentsInvolved.ids) { id in
                row(departmentNames[id] ?? id, "departments/\(id).html", [])
            },
            // The owner in both: the department table's figures are counted from these rows by it.
            table("raised", name("items_raised"), [col("item.kind"), col("item.status"), col("item.funds"), col("item.owner")],
                  f.itemsRaised.ids) { id in
                itemRow(id) { r, s in [label("kind", r.item.kind.rawValue), statusLabel(s), s.funds.map(\.grouped) ?? "",
                                       ownerName(s.owner) ?? ""] }
            },
            table("resolved", name("items_resolved"), [col("item.raised"), col("item.due"), col("report.first_due"), col("item.resolved"),
                                                      col("report.days"), col("item.satisfaction"), col("item.owner")], f.itemsResolved.ids) { id in
                itemRow(id) { r, s in
                    let d = s.resolvedDate!
                    // Marked where it was after the due date, so that the on-time rate can be
                    // recounted from the rows without comparing each pair of dates.
                    let resolved: RecordCell = s.resolvedLate ? .marked(d.description, mark: theme.string("report.resolved_late")) : .text(d.description)
                    return [.text(r.raised.description), .text(dueText(s.due, given: s.dueGiven)), .text(s.firstDue.description), resolved,
                            .text(String(r.raised.days(until: d))), .text(s.satisfaction.map { label("satisfaction", $0.rawValue) } ?? ""),
                            .text(ownerName(s.owner) ?? "")]
                }
            },
            table("overdue", name("overdue"), [col("item.owner"), col("item.due"), col("item.status")], f.overdue.ids,
                  sameInEveryPeriod: true) { id in
                itemRow(id) { _, s in [ownerName(s.owner) ?? "", dueText(s.due, given: s.dueGiven), statusLabel(s)] }
            },
        ]
    }

    func number(_ d: Double) -> String { JSONValue.double(d).serialized() }
}
