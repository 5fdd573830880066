import Foundation
import YishiCore

extension SiteRenderer {
    /// A meeting's page: the minutes, its items as anchored sections with their timelines,
    /// and the 公示 notice its print stylesheet lays out on A4.
    func meetingPage(_ m: Meeting) -> String {
        var c = base(root: "../", title: m.title)
        let upcoming = m.date > asOf
        var meeting: Context = [
            "id": m.id, "title": m.title, "date": m.date.description, "unit": unitNames[m.unit.value] ?? m.unit.value,
            "unit_id": m.unit.value, "upcoming": upcoming,
        ]
        meeting["time"] = m.time
        meeting["venue"] = m.venue
        meeting["host"] = m.host
        meeting["platform"] = m.platform
        meeting["format"] = m.format
        meeting["publicized"] = m.publicized?.description
        if let a = m.attendance {
            let categories = a.categories.map { ["name": theme.attendanceLabel($0.name), "count": $0.count] as Context }
                + (Figures.uncategorized(a.categories, total: a.total).map { [["name": theme.string("meeting.uncategorized"), "count": $0] as Context] } ?? [])
            meeting["attendance"] = ["total": a.total, "categories": categories, "has_categories": !categories.isEmpty] as Context
        }
        meeting["departments"] = m.departments.map { ["id": $0.value, "name": departmentNames[$0.value] ?? $0.value] as Context }
        meeting["has_departments"] = !m.departments.isEmpty
        meeting["leaders"] = m.leaders.map { ["name": $0] as Context }
        meeting["has_leaders"] = !m.leaders.isEmpty
        meeting["agenda"] = m.agenda
        meeting["has_agenda"] = !m.agenda.isEmpty
        let records = m.items.compactMap { stats.ledger[$0.id] }.filter { $0.meetingID == m.id }
        meeting["items"] = upcoming ? [] : records.map(itemSection)
        // The printed notice says what day its statuses are as of, and what its short 默认 means.
        meeting["status_as_of"] = theme.string("notice.status_as_of", filling: ["{date}": asOf.description])
        let defaulted = records.contains { r in !r.item.isPrivate && state(of: r).map { !$0.dueGiven && !$0.status.isClosedWithoutResolution } ?? false }
        meeting["due_default_note"] = said(defaulted ? theme.string("notice.due_default_note", filling: ["{n}": String(settings.defaultDueDays)]) : nil)
        let reported = m.updates.compactMap { u -> Context? in
            guard let r = stats.ledger[u.item.value], u.date <= asOf else { return nil }
            if r.item.isPrivate { return ["id": "", "title": theme.string("item.withheld"), "url": "meetings/\(r.meetingID).html"] }
            var x: Context = ["id": r.id, "title": r.item.title, "url": "meetings/\(r.meetingID).html#\(r.id)"]
            // Every name set (`said`): one left out is looked up on the page around the row.
            x["status"] = u.status?.rawValue ?? "none"
            x["status_label"] = said(u.status.map { label("status", $0.rawValue) })
            x["note"] = said(u.note)
            // What was reported that day, and where the matter stands now when it has moved on
            // since: 办理中 alone, under a card that says 已办结, reads as today's state.
            let moved = u.status.flatMap { reported in state(of: r).map(\.status).flatMap { $0 == reported ? nil : $0 } }
            x["now_label"] = said(moved.map { theme.string("meeting.now_status", filling: ["{status}": label("status", $0.rawValue)]) })
            return x
        }
        meeting["reported"] = reported
        meeting["has_reported"] = !reported.isEmpty
        if m.hasMinutes {
            let html = bodies.map { $0.html(for: m) { Minutes.html(m.body) } } ?? Minutes.html(m.body)
            meeting["body"] = Minutes.marked(html)
        }
        c["meeting"] = meeting
        c["notice"] = notice(m)
        return theme.render("meeting", c)
    }

    /// Issuer, posting period and hotline for the printed notice, with a QR code of the page.
    func notice(_ m: Meeting) -> Context {
        let from = m.publicized ?? m.date
        let url = absolute("meetings/\(m.id).html")
        let chain = content.units.ancestry(m.unit.value).reversed().dropFirst().map(\.name)
        var n: Context = [
            "issuer": chain.isEmpty ? (unitNames[m.unit.value] ?? m.unit.value) : chain.joined(),
            "from": from.description, "until": from.adding(days: max(settings.noticeDays, 1) - 1).description, "url": url,
        ]
        n["hotline"] = settings.noticeHotline.isEmpty ? nil : settings.noticeHotline
        if !settings.baseURL.isEmpty { n["qr"] = QRCode.svg(for: url, label: theme.string("notice.scan")) }
        return n
    }

    /// A small page at a meeting's former id that points to its address now.
    func aliasPage(_ m: Meeting) -> String {
        var c = base(root: "../", title: m.title)
        c["target"] = "\(m.id).html"
        c["title"] = m.title
        return theme.render("alias", c)
    }

    func meetingRow(_ m: Meeting) -> Context {
        ["date": m.date.description, "title": m.title, "url": "meetings/\(m.id).html",
         "unit": unitNames[m.unit.value] ?? m.unit.value, "items_count": m.items.count,
         "items_label": m.items.isEmpty ? nil : itemsLabel(m.items.count)]
    }

    func upcomingRow(_ m: Meeting) -> Context {
        var c: Context = ["date": m.date.description, "title": m.title, "url": "meetings/\(m.id).html",
                                "unit": unitNames[m.unit.value] ?? m.unit.value, "agenda": m.agenda, "has_agenda": !m.agenda.isEmpty]
        c["time"] = m.time
        c["venue"] = m.venue
        return c
    }

    var upcomingMeetings: [Meeting] {
        publishedMeetings.filter { $0.date > asOf }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    func homePage() -> String {
        var c = base(root: "", title: theme.string("site.home"))
        let upcoming = upcomingMeetings.map(upcomingRow)
        c["upcoming"] = upcoming
        c["has_upcoming"] = !upcoming.isEmpty
        let month = Period.month(asOf.year, asOf.month), year = Period.year(asOf.year)
        // The headline figures; each report has them all.
        let headline: Set<String> = ["meetings", "attendances", "items_raised", "items_resolved", "resolution_rate",
                                     "on_time_rate", "overdue", "satisfaction_rate"]
        // A month or year still under way says so, as its report does: 会议次数 0 on the 2nd
        // is not a month without meetings.
        func partial(_ p: Period) -> any TemplateConvertible {
            said(p.isUnderWay(asOf: asOf) ? theme.string("report.partial", filling: ["{as_of}": asOf.description]) : nil)
        }
        c["month"] = figureBlock(figures(month, .site), key: "month", root: "", only: headline)
            .adding(["label": theme.periodName(month), "url": reportPath(month, .site), "partial": partial(month)])
        c["year"] = figureBlock(figures(year, .site), key: "year", root: "", only: headline)
            .adding(["label": theme.periodName(year), "url": reportPath(year, .site), "partial": partial(year)])
        c["has_records"] = true
        // The longest overdue first; every one is on its year's page, which items/index.html lists.
        let all = stats.items
        let overdue = all.indices.filter { all[$0].state.isOverdue(asOf: asOf) }
        c["overdue"] = overdue.firstSorted(20) {
            Self.mostOverdueFirst((all[$0].state.due, all[$0].record.id), (all[$1].state.due, all[$1].record.id))
        }.map { itemRow(all[$0].record) }
        c["overdue_more"] = overdue.count > 20 ? theme.string("home.overdue_more", filling: ["{n}": String(overdue.count)]) : nil
        // Matters past their deadline that nobody has taken up: not overdue as DESIGN §4 counts
        // it (nobody committed), so in none of the figures, yet the residents who raised them
        // are owed the sight of them. The longest waiting first, 20 as the overdue are, and how
        // many in all, which the item lists hold (其他未办结).
        let unanswered = all.indices.filter { all[$0].state.isUnanswered(asOf: asOf) }
        c["unanswered"] = unanswered.firstSorted(20) {
            Self.mostOverdueFirst((all[$0].state.due, all[$0].record.id), (all[$1].state.due, all[$1].record.id))
        }.map { itemRow(all[$0].record) }
        c["has_unanswered"] = !unanswered.isEmpty
        c["unanswered_more"] = unanswered.count > 20 ? theme.string("home.unanswered_more", filling: ["{n}": String(unanswered.count)]) : nil
        c["latest"] = stats.heldMeetings.suffix(10).reversed().map(meetingRow)
        return theme.render("home", c)
    }
}
