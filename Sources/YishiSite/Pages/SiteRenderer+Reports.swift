import YishiCore

extension SiteRenderer {
    /// Where a report lives: `reports/<period>.html`, or `reports/<unit>/<period>.html`.
    func reportPath(_ period: Period, _ scope: Scope, ext: String = "html") -> String {
        switch scope {
        case .site: return "reports/\(period).\(ext)"
        case .unit(let id), .department(let id): return "reports/\(id)/\(period).\(ext)"
        }
    }

    /// Periods with data, plus the as-of date's month, quarter and year (the home page links them).
    var reportPeriods: [Period] {
        Array(Set(stats.periodsWithData + Period.periods(of: asOf))).sorted()
    }

    func reportPages() -> [String: String] {
        var out: [String: String] = [:]
        let periods = [Period.all] + reportPeriods
        var scopes: [[String: Any]] = []
        for scope in OpenData.reportScopes(content) {
            for p in periods {
                let f = stats.figures(period: p, scope: scope)
                out[reportPath(p, scope)] = reportPage(f)
                out[reportPath(p, scope, ext: "csv")] = f.csv
                out[reportPath(p, scope, ext: "json")] = f.json.serialized() + "\n"
            }
            func links(_ match: (Period) -> Bool) -> [[String: String]] {
                periods.filter(match).map { ["label": $0.description, "url": reportPath($0, scope)] }
            }
            let years = links { if case .year = $0 { true } else { false } }
            let quarters = links { if case .quarter = $0 { true } else { false } }
            let months = links { if case .month = $0 { true } else { false } }
            scopes.append(["name": scopeName(scope), "all_url": reportPath(.all, scope),
                           "years": years, "has_years": !years.isEmpty, "quarters": quarters, "has_quarters": !quarters.isEmpty,
                           "months": months, "has_months": !months.isEmpty])
        }
        var index = base(root: "../", title: theme.string("report.index"))
        index["scopes"] = scopes
        out["reports/index.html"] = theme.render("reports", index)
        return out
    }

    func scopeName(_ scope: Scope) -> String {
        switch scope {
        case .site: return theme.string("report.site_wide")
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
        let periodName = f.period == .all ? theme.string("report.period_all") : f.period.description
        var c = base(root: root, title: "\(scopeName(f.scope)) \(periodName) \(theme.string("report.title"))")
        c["csv"] = "\(downloads ?? f.period.description).csv"
        c["json"] = "\(downloads ?? f.period.description).json"
        c["stats"] = figureBlock(f, key: "r", root: root)
        c["charts"] = charts(f)
        c["cadence"] = f.cadence.map { row -> [String: Any] in
            var x: [String: Any] = ["unit_id": row.unit, "unit": unitNames[row.unit] ?? row.unit, "flagged": row.flagged]
            x["last_meeting"] = row.lastMeeting?.description
            x["days_since"] = row.daysSince.map(String.init) ?? "—"
            return x
        }
        c["has_cadence"] = !f.cadence.isEmpty
        c["departments"] = f.departments.map { d -> [String: Any] in
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
        switch p {
        case .month(let y, let m):
            let start = Day(year: m == 12 ? y : y - 1, month: m == 12 ? 1 : m + 1, day: 1)!
            return months(from: start, to: Day(year: y, month: m, day: 1)!)
        case .all:
            guard let first = stats.heldMeetings.first?.date else { return [] }
            return months(from: first, to: asOf)
        default:
            guard let days = p.days else { return [] }
            return months(from: days.lowerBound, to: min(days.upperBound, max(asOf, days.lowerBound)))
        }
    }

    func charts(_ f: Figures) -> [[String: Any]] {
        let months = chartMonths(f.period)
        let series = months.map { stats.figures(period: $0, scope: f.scope) }
        func monthLabel(_ p: Period) -> String {
            if case .month(let y, let m) = p { return m == 1 || p == months.first ? "\(y % 100)/\(m)" : "\(m)" }
            return p.description
        }
        var out: [[String: Any]] = []
        let key = (f.scope.id ?? "site") + "-" + f.period.description
        if !months.isEmpty {
            let meetingsTitle = theme.string("report.chart_meetings")
            out.append(["caption": meetingsTitle, "svg": Charts.columns(
                zip(months, series).map { Charts.Bar(label: monthLabel($0), values: [$1.meetings.value]) },
                series: [meetingsTitle], title: meetingsTitle, id: "c1-\(key)")])
            let itemsTitle = theme.string("report.chart_items")
            out.append(["caption": itemsTitle, "svg": Charts.columns(
                zip(months, series).map { Charts.Bar(label: monthLabel($0), values: [$1.itemsRaised.value, $1.itemsResolved.value]) },
                series: [theme.string("report.chart_raised"), theme.string("report.chart_resolved")], title: itemsTitle, id: "c2-\(key)")])
        }
        // A league table leaves out rows under 5 resolved: one fast fix must not top it.
        let ranked = f.departments.filter { $0.onTimeRate.denominator >= 5 }
            .sorted { ($0.onTimeRate.value ?? 0, $1.department) > ($1.onTimeRate.value ?? 0, $0.department) }
        if !ranked.isEmpty {
            let title = theme.string("report.chart_departments")
            out.append(["caption": title, "svg": Charts.rates(
                ranked.map { (departmentNames[$0.department] ?? $0.department, $0.onTimeRate.numerator, $0.onTimeRate.denominator) },
                title: title, id: "c3-\(key)")])
        }
        return out
    }

    func rateText(_ r: Rate) -> String {
        r.denominator == 0 ? "—" : "\(Charts.percent(r.numerator, r.denominator)) (\(r.numerator)/\(r.denominator))"
    }

    func number(_ d: Double) -> String { JSONValue.double(d).serialized() }

    /// The figures of one block, each with its definition and the records it counts, listed
    /// in a folded section of the same page.
    func figureBlock(_ f: Figures, key: String, root: String, only: Set<String>? = nil) -> [String: Any] {
        func name(_ k: String) -> String { theme.string("figures.\(k).name") }
        func definition(_ k: String) -> String { theme.string("figures.\(k).definition") }
        let counted = theme.string("report.counted"), notCounted = theme.string("report.not_counted")
        func meetingEntries(_ ids: [String]) -> [[String: Any]] {
            ids.compactMap { meetingsByID[$0] }.map { ["label": "\($0.date) \($0.title)", "url": "meetings/\($0.id).html"] }
        }
        func itemEntries(_ ids: [String], note: ((String) -> String?)? = nil, numerator: Set<String>? = nil) -> [[String: Any]] {
            ids.compactMap { stats.ledger[$0] }.map { r in
                var e: [String: Any] = r.item.isPrivate
                    ? ["label": theme.string("item.withheld"), "url": "meetings/\(r.meetingID).html"]
                    : ["label": "\(r.id) \(r.item.title)", "url": "meetings/\(r.meetingID).html#\(r.id)"]
                e["note"] = note?(r.id)
                if let numerator { e["counted_mark"] = numerator.contains(r.id) ? counted : notCounted }
                return e
            }
        }
        func rate(_ k: String, _ r: Rate) -> [String: Any] {
            let num = Set(r.numeratorIDs)
            return ["key": k, "name": name(k), "definition": definition(k),
                    "value": r.value.map { _ in Charts.percent(r.numerator, r.denominator) } ?? "—",
                    "fraction": "\(r.numerator)/\(r.denominator)",
                    "records": ["list": itemEntries(r.denominatorIDs, numerator: num)]]
        }
        func count(_ k: String, _ value: String, _ list: [[String: Any]], fraction: String? = nil) -> [String: Any] {
            var x: [String: Any] = ["key": k, "name": name(k), "definition": definition(k), "value": value, "records": ["list": list]]
            x["fraction"] = fraction
            return x
        }
        let status = { (id: String) in self.states[id].map { self.label("status", $0.status.rawValue) } }
        let meetings = meetingEntries(f.meetings.ids)
        let categories = f.attendanceByCategory.map { "\(attendanceLabel($0.name)) \($0.count)" }.joined(separator: theme.string("sep"))
        let kinds = ItemKind.allCases.map { "\(label("kind", $0.rawValue)) \(f.itemsRaisedByKind[$0]?.value ?? 0)" }.joined(separator: theme.string("sep"))
        var figures: [[String: Any]] = [
            count("meetings", String(f.meetings.value), meetings),
            count("attendances", String(f.attendances), meetings, fraction: categories.isEmpty ? nil : categories),
            count("leaders_present", String(f.leadersPresent), meetings),
        ]
        if f.coverage.denominator > 0 {
            let met = Set(f.coverage.numeratorIDs)
            figures.append(["key": "coverage", "name": name("coverage"), "definition": definition("coverage"),
                            "value": f.coverage.value.map { _ in Charts.percent(f.coverage.numerator, f.coverage.denominator) } ?? "—",
                            "fraction": "\(f.coverage.numerator)/\(f.coverage.denominator)",
                            "records": ["list": f.coverage.denominatorIDs.map { id -> [String: Any] in
                                ["label": unitNames[id] ?? id, "url": "units/\(id).html", "counted_mark": met.contains(id) ? counted : notCounted]
                            }]])
        }
        figures += [
            count("departments_involved", String(f.departmentsInvolved.value),
                  f.departmentsInvolved.ids.map { ["label": departmentNames[$0] ?? $0, "url": "departments/\($0).html"] }),
            count("items_raised", String(f.itemsRaised.value), itemEntries(f.itemsRaised.ids, note: status), fraction: kinds),
            count("items_resolved", String(f.itemsResolved.value), itemEntries(f.itemsResolved.ids, note: { self.states[$0]?.resolvedDate?.description })),
            rate("response_rate", f.responseRate),
            rate("resolution_rate", f.resolutionRate),
            rate("dispute_resolution_rate", f.disputeResolutionRate),
            rate("on_time_rate", f.onTimeRate),
            rate("on_time_rate_original", f.onTimeRateOriginal),
            count("overdue", String(f.overdue.value), itemEntries(f.overdue.ids, note: { self.states[$0].map { "\(self.theme.string("item.due")) \($0.due)" } })),
            count("days_to_resolve", f.daysToResolve.median.map(number) ?? "—", itemEntries(f.itemsResolved.ids, note: { id in
                guard let r = self.stats.ledger[id], let d = self.states[id]?.resolvedDate else { return nil }
                return String(r.raised.days(until: d))
            }), fraction: f.daysToResolve.p90.map { "\(theme.string("report.p90")) \($0)" }),
            rate("satisfaction_rate", f.satisfactionRate),
            count("funds_secured", String(f.fundsSecured), itemEntries(f.itemsRaised.ids.filter { (states[$0]?.funds ?? 0) > 0 },
                                                                        note: { self.states[$0]?.funds.map(String.init) })),
        ]
        if let only { figures = figures.filter { only.contains($0["key"] as? String ?? "") } }
        return ["figures": figures, "scope_key": key]
    }
}
