import YishiCore

extension SiteRenderer {
    /// Where a report lives: `reports/<period>.html`, or `reports/<unit>/<period>.html`; a sole
    /// top unit's report is the site's.
    func reportPath(_ period: Period, _ scope: Scope, ext: String = "html") -> String {
        switch scope {
        case .site: return "reports/\(period).\(ext)"
        case .unit(let id) where id == siteUnit?.id: return "reports/\(period).\(ext)"
        case .unit(let id), .department(let id): return "reports/\(id)/\(period).\(ext)"
        }
    }

    func reportPages(into page: Page, only selected: PageSelection? = nil) {
        let periods = [Period.all] + reportPeriods
        var scopes: [Context] = []
        let scopesToReport = OpenData.reportScopes(content)
        let jobs = scopesToReport.flatMap { scope in periods.map { (scope, $0) } }
        parallelForEach(jobs) { scope, p in
            if let selected, !selected.reports(p, scope) {
                for ext in ["html", "csv", "json"] { page(reportPath(p, scope, ext: ext), false) { "" } }
                return
            }
            let f = figures(p, scope)
            page(reportPath(p, scope), selected.map { reportChanged(f, $0) } ?? true) { reportPage(f) }
            page(reportPath(p, scope, ext: "csv"), true) { f.csv }
            page(reportPath(p, scope, ext: "json"), true) { reportJSON(f) }
            if selected == nil {
                // No page of a full build asks for a report's figures after its own: stats.json
                // takes its line now, and the figures' id lists are let go.
                statsStream?.add(period: p, scope: scope, line: f.serializedJSON(indent: nil))
                cache.forget(FiguresKey(period: p, scope: scope))
            }
        }
        for scope in scopesToReport {
            func links(_ match: (Period) -> Bool) -> [Context] {
                // A period still under way is marked as its own page says it (本期尚未结束).
                periods.filter(match).map { ["label": theme.periodName($0), "url": reportPath($0, scope),
                                              "partial": $0.isUnderWay(asOf: asOf)] }
            }
            let years = links { if case .year = $0 { true } else { false } }
            let quarters = links { if case .quarter = $0 { true } else { false } }
            let months = links { if case .month = $0 { true } else { false } }
            scopes.append(["name": scopeName(scope), "anchor": scopeAnchor(scope), "all_url": reportPath(.all, scope),
                           "years": years, "has_years": !years.isEmpty, "quarters": quarters, "has_quarters": !quarters.isEmpty,
                           "months": months, "has_months": !months.isEmpty])
        }
        var index = base(root: "../", title: theme.string("report.index"))
        index["scopes"] = scopes
        index["has_contents"] = scopes.count > 1
        page("reports/index.html", true) { theme.render("reports", index) }
    }

    /// A report's JSON file.
    func reportJSON(_ f: Figures) -> String {
        var json = f.serializedJSON()
        json.append(0x0A)
        return String(writtenUTF8: json)
    }

    /// Whether a report's page can differ from the one the last build wrote: its figures or
    /// those its charts draw changed, or it lists a record the edit touched. A month with no
    /// report file had no meeting and no item raised or resolved, before the edit and after
    /// (else the set of files would differ and the full build run): its chart bars were zero.
    func reportChanged(_ f: Figures, _ selection: PageSelection) -> Bool {
        func changed(_ g: Figures, fileNeeded: Bool) -> Bool {
            changes.value(FiguresKey(period: g.period, scope: g.scope)) {
                guard let old = selection.previousJSON(reportPath(g.period, g.scope, ext: "json")) else { return fileNeeded }
                return old != Array(reportJSON(g).utf8)
            }
        }
        if changed(f, fileNeeded: true) || lists(f, anyOf: selection.rows) { return true }
        return chartMonths(f.period).contains { changed(figures($0, f.scope), fileNeeded: false) }
    }

    /// Whether a report's tables (recordTables) list one of these records. Each of the few
    /// records is looked for in the lists rather than the long lists in a set.
    func lists(_ f: Figures, anyOf rows: PageSelection.Rows) -> Bool {
        func any(_ ids: [String], _ wanted: Set<String>) -> Bool { wanted.contains { ids.contains($0) } }
        return any(f.meetings.ids, rows.meetings) || any(f.itemsRaised.ids, rows.items) || any(f.itemsResolved.ids, rows.items)
            || any(f.overdue.ids, rows.items) || any(f.coverage.numeratorIDs, rows.units)
            || any(f.departmentsInvolved.ids, rows.departments)
    }

    /// The id of a scope's section on the reports' index, which its reports link back to.
    func scopeAnchor(_ scope: Scope) -> String {
        switch scope {
        case .unit(let id) where id != siteUnit?.id: return "unit-\(id)"
        case .department(let id): return "department-\(id)"
        default: return "site"
        }
    }

    func scopeName(_ scope: Scope) -> String {
        switch scope {
        case .site: return siteUnit?.name ?? theme.string("report.site_wide")
        case .unit(let id): return unitNames[id] ?? id
        case .department(let id): return departmentNames[id] ?? id
        }
    }

    /// One report as a single file to send by e-mail or print: styles inline, links absolute
    /// (to the published site at `base_url`), downloads beside it.
    public func standaloneReport(_ f: Figures, fileBase: String) -> String {
        let page = reportPage(f, root: settings.baseURL, downloads: fileBase)
        let css = "<style>\n" + (theme.files["assets/style.css"] ?? "") + "</style>"
        let link = "<link rel=\"stylesheet\" href=\"\(settings.baseURL)assets/style.css\">"
        return page.replacingOccurrences(of: link, with: css)
    }

    func reportPage(_ f: Figures, root fixedRoot: String? = nil, downloads: String? = nil) -> String {
        let path = reportPath(f.period, f.scope)
        let root = fixedRoot ?? String(repeating: "../", count: path.split(separator: "/").count - 1)
        var c = base(root: root, title: theme.joined([scopeName(f.scope), theme.periodName(f.period), theme.string("report.title")]))
        // On paper the masthead is gone: the printed report says whose it is and where it lives.
        if !settings.baseURL.isEmpty { c["page_url"] = absolute(path) }
        c["csv"] = "\(downloads ?? f.period.description).csv"
        c["json"] = "\(downloads ?? f.period.description).json"
        // Up to what the report is about, and along to the period before and after.
        c["scope_name"] = scopeName(f.scope)
        c["scope_anchor"] = scopeAnchor(f.scope)
        switch f.scope {
        case .unit(let id) where id != siteUnit?.id: c["scope_url"] = "\(root)units/\(id).html"
        case .department(let id): c["scope_url"] = "\(root)departments/\(id).html"
        default: c["scope_url"] = "\(root)index.html"
        }
        if let (earlier, later) = periodNeighbours[f.period] {
            func link(_ p: Period?) -> Context? {
                p.map { ["label": theme.periodName($0), "url": root + reportPath($0, f.scope)] }
            }
            c["earlier"] = link(earlier)
            c["later"] = link(later)
            c["period_nav"] = earlier != nil || later != nil
        }
        c["stats"] = figureBlock(f, key: "r", root: root)
        c["has_records"] = true
        c["charts"] = charts(f)
        // The cadence list depends on the scope and the as-of date, not the period: built once
        // per scope and page depth, shared by all of that scope's reports.
        c["cadence_html"] = cadenceLists.value(CadenceKey(scope: f.scope, root: root)) { cadenceRows(f.cadence, root: root) }
        c["has_cadence"] = !f.cadence.isEmpty
        c["cadence_rule"] = theme.string("report.cadence_rule", filling: ["{n}": String(settings.cadenceDays),
                                                                    "{as_of}": asOf.description])
        if f.period.isUnderWay(asOf: asOf) {
            c["partial"] = theme.string("report.partial", filling: ["{as_of}": asOf.description])
        }
        c["departments"] = f.departments.sorted { departmentOrder[$0.department] ?? .max < departmentOrder[$1.department] ?? .max }.map { d -> Context in
            ["id": d.department, "name": departmentNames[d.department] ?? d.department, "assigned": d.assigned.value,
             "resolved": d.resolved.value, "on_time": rateText(d.onTimeRate), "overdue": d.overdue.value,
             "median_days": d.medianDays.map(number) ?? "—"]
        }
        c["has_departments"] = !f.departments.isEmpty
        return theme.render("report", c)
    }

    /// Months a report's charts show: the period's own, or for a month the twelve up to it.
    func chartMonths(_ p: Period) -> [Period] {
        func months(from start: Day, to end: Day) -> [Period] {
            var out: [Period] = []
            var y = start.year, m = start.month
            while (y, m) <= (end.year, end.month) {
                out.append(.month(y, m))
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
            return out
        }
        // None before the site's first meeting: a row of zeros there would read as months
        // without meetings, not as months before the minutes were kept here.
        let first = stats.heldMeetings.first.map { Day(year: $0.date.year, month: $0.date.month, day: 1)! }
        switch p {
        case .month(let y, let m):
            // The twelve months up to it.
            let yearBack = Day(year: m == 12 ? y : y - 1, month: m == 12 ? 1 : m + 1, day: 1)!
            let end = Day(year: y, month: m, day: 1)!
            return months(from: min(max(yearBack, first ?? yearBack), end), to: end)
        case .all:
            guard let first = stats.heldMeetings.first?.date else { return [] }
            return months(from: first, to: asOf)
        default:
            guard let days = p.days else { return [] }
            let end = min(days.upperBound, max(asOf, days.lowerBound))
            let start = first.map { max(days.lowerBound, $0) }.flatMap { $0 <= end ? $0 : nil } ?? days.lowerBound
            return months(from: start, to: end)
        }
    }

    func charts(_ f: Figures) -> [Context] {
        let months = chartMonths(f.period)
        let series = months.map { stats.counts(period: $0, scope: f.scope) }
        // `11月` with its year on a line below, under the first month and each January: "25/11"
        // read as a day of November.
        // The month of the as-of date, counted only up to it: its short bar is not a month with
        // few meetings, so it is marked, and a note under the chart says up to which day.
        let partial = months.last.flatMap { p -> Period? in
            guard let days = p.days, days.contains(asOf), asOf < days.upperBound else { return nil }
            return p
        }
        let day = String(asOf.components.day)
        func bar(_ p: Period, _ values: [Int]) -> Charts.Bar {
            guard case .month(let y, let m) = p else { return Charts.Bar(label: p.description, values: values) }
            let word = theme.string(p == partial ? "report.chart_month_partial" : "report.chart_month", filling: ["{m}": String(m)])
            return Charts.Bar(label: word, sublabel: m == 1 || p == months.first ? String(y) : nil, values: values)
        }
        /// A month by its whole name, as the words under a chart say it: the drawing's `12` is
        /// December of the year before it.
        func monthName(_ p: Period) -> String {
            let name = theme.periodName(p)
            return p == partial ? theme.string("report.chart_partial_entry", filling: ["{label}": name, "{d}": day]) : name
        }
        // The months a chart spans, said above it: scrolled to its end on a phone, the year
        // under its first month is out of sight.
        let span = months.first.map { first -> String in
            let last = months.last!
            return first == last ? theme.string("report.chart_span_one", filling: ["{p}": theme.periodName(first)])
                : theme.string("report.chart_span", filling: ["{from}": theme.periodName(first), "{to}": theme.periodName(last)])
        }
        let partialNote = partial.flatMap { p -> String? in
            guard case .month(_, let m) = p else { return nil }
            return theme.string("report.chart_partial_note", filling: ["{m}": String(m), "{d}": day])
        }
        /// The numbers a chart draws, in words: each month or department and its value.
        func described(_ entries: [(label: String, value: String)]) -> String {
            entries.map { theme.string("report.chart_entry", filling: ["{label}": $0.label, "{value}": $0.value]) }
                .joined(separator: theme.string("report.chart_sep"))
        }
        var out: [Context] = []
        let key = (f.scope.id ?? "site") + "-" + f.period.description
        if !months.isEmpty {
            let meetingsTitle = theme.string("report.chart_meetings")
            out.append(["caption": meetingsTitle, "span": said(span), "svg": Charts.columns(
                zip(months, series).map { bar($0, [$1.meetings]) },
                series: [meetingsTitle], title: meetingsTitle,
                description: described(zip(months, series).map { (monthName($0), String($1.meetings)) }), id: "c1-\(key)"),
                "note": said(partialNote)])
            let itemsTitle = theme.string("report.chart_items")
            let (raised, resolved) = (theme.string("report.chart_raised"), theme.string("report.chart_resolved"))
            out.append(["caption": itemsTitle, "span": said(span), "svg": Charts.columns(
                zip(months, series).map { bar($0, [$1.raised, $1.resolved]) },
                series: [raised, resolved], title: itemsTitle,
                description: described(zip(months, series).map {
                    (monthName($0), theme.string("report.chart_pair", filling: ["{a}": raised, "{m}": String($1.raised), "{b}": resolved, "{n}": String($1.resolved)]))
                }), id: "c2-\(key)"),
                "note": said(partialNote)])
        }
        // A league table leaves out rows under 5 resolved: one fast fix must not top it.
        let ranked = f.departments.filter { $0.onTimeRate.denominator >= 5 }
            .sorted { ($0.onTimeRate.value ?? 0, $1.department) > ($1.onTimeRate.value ?? 0, $0.department) }
        if !ranked.isEmpty {
            let title = theme.string("report.chart_departments")
            let name = { (d: DepartmentRow) in self.departmentNames[d.department] ?? d.department }
            out.append(["caption": title, "note": theme.string("report.ranking_note"), "svg": Charts.rates(
                ranked.map { (name($0), $0.onTimeRate.numerator, $0.onTimeRate.denominator) }, title: title,
                description: described(ranked.map { (name($0), rateText($0.onTimeRate)) }), id: "c3-\(key)",
                brackets: (theme.string("paren_open"), theme.string("paren_close")))])
        }
        return out
    }

    func cadenceRows(_ cadence: [CadenceRow], root: String) -> String {
        let e = HTML.escape
        let unitLabel = e(theme.string("site.units")), lastLabel = e(theme.string("report.last_meeting"))
        let sinceLabel = e(theme.string("report.days_since")), flag = e(theme.string("report.cadence_flag"))
        let never = e(theme.string("report.never"))
        return cadence.inReadingOrder(content.units).map { row in
            let name = e(unitNames[row.unit] ?? row.unit)
            return "<tr\(row.flagged ? " class=\"flagged\"" : "")><td data-label=\"\(unitLabel)\"><a href=\"\(e(root))units/\(e(row.unit)).html\">\(name)</a>"
                + (row.flagged ? " <strong class=\"flag\">\(flag)</strong>" : "") + "</td>"
                + "<td data-label=\"\(lastLabel)\">\(lastMeeting(row, root: root) ?? never)</td>"
                + "<td data-label=\"\(sinceLabel)\">\(row.daysSince.map(String.init) ?? daysSinceSetUp(row) ?? "—")</td></tr>\n"
        }.joined()
    }

    /// A cadence row's last meeting: its date, linked to its page, so that a reader can check it.
    private func lastMeeting(_ row: CadenceRow, root: String) -> String? {
        guard let m = stats.lastMeeting(of: row.unit) else { return nil }
        return "<a href=\"\(HTML.escape(root))meetings/\(HTML.escape(m.id)).html\">\(m.date)</a>"
    }

    /// For a unit that has not met yet: the days since it was set up, which its flag counts
    /// from (DESIGN §4), said as such.
    private func daysSinceSetUp(_ row: CadenceRow) -> String? {
        guard let n = row.daysSinceSetUp(in: content.units, asOf: asOf) else { return nil }
        return HTML.escape(theme.string("report.days_since_setup", filling: ["{n}": String(n)]))
    }

    func rateText(_ r: Rate) -> String {
        // n and d beside the value, 0/0 too (DESIGN §4): "—" alone reads as a figure left out.
        (r.denominator == 0 ? "—" : Charts.percent(r.numerator, r.denominator))
            + theme.string("paren_open") + "\(r.numerator)/\(r.denominator)" + theme.string("paren_close")
    }


    /// The figures of one block, each with its definition and the records it counts, listed
    /// in a folded section of the same page.
}
