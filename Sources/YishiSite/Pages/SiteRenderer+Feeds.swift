import Foundation
import YishiCore

extension SiteRenderer {
    /// A timestamp for a calendar date at midnight in the site's time zone: feeds need one,
    /// and it must come from the content, never from the clock.
    func timestamp(_ day: Day) -> String {
        let zone = TimeZone(identifier: settings.timezone) ?? TimeZone(identifier: "Asia/Shanghai")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = day.components
        let date = calendar.date(from: DateComponents(year: c.year, month: c.month, day: c.day)) ?? Date(timeIntervalSince1970: 0)
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let h = abs(seconds) / 3600, m = abs(seconds) % 3600 / 60
        return "\(day)T00:00:00\(sign)\(Day.pad(h, 2)):\(Day.pad(m, 2))"
    }

    /// The latest date in the content up to the as-of date: the site's "last changed".
    var lastChanged: Day {
        var latest = stats.heldMeetings.last?.date
        for (r, _) in stats.items {
            for entry in r.timeline where entry.date <= asOf && latest.map({ entry.date > $0 }) ?? true { latest = entry.date }
        }
        return latest ?? asOf
    }

    /// Atom: new minutes and resolved items, newest first.
    func feed() -> String {
        struct Entry { var date: Day; var id: String; var title: String; var path: String; var summary: String }
        // Only the newest are published: the dates first, and the text only of the entries that
        // can be among them (those on or after the shown-th newest date; ties go by id below).
        let shown = 50
        let held = stats.heldMeetings, items = stats.items
        func published(_ m: Meeting) -> Day { m.publicized.map { min($0, asOf) } ?? m.date }
        var dates = held.map(published)
        for i in items.indices where !items[i].record.item.isPrivate {
            if let d = items[i].state.resolvedDate { dates.append(d) }
        }
        let cutoff = dates.count > shown ? dates.sorted(by: >)[shown - 1] : nil
        func wanted(_ d: Day) -> Bool { cutoff.map { d >= $0 } ?? true }
        var entries: [Entry] = []
        for m in held where wanted(published(m)) {
            entries.append(Entry(date: published(m), id: "meetings/\(m.id).html", title: m.title,
                                 path: "meetings/\(m.id).html", summary: "\(unitNames[m.unit.value] ?? m.unit.value) \(m.date)"))
        }
        for i in items.indices where !items[i].record.item.isPrivate {
            guard let d = items[i].state.resolvedDate, wanted(d) else { continue }
            let (r, s) = items[i]
            entries.append(Entry(date: d, id: "meetings/\(r.meetingID).html#\(r.id)",
                                 title: label("status", "resolved") + theme.string("colon") + r.item.title,
                                 path: "meetings/\(r.meetingID).html#\(r.id)", summary: s.note ?? r.item.title))
        }
        entries.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        entries = Array(entries.prefix(shown))
        let e = HTML.escape
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(e(settings.locale))\">\n"
        x += "<title>\(e(settings.title))</title>\n"
        x += "<id>\(e(absolute("feed.xml")))</id>\n"
        x += "<link rel=\"self\" href=\"\(e(absolute("feed.xml")))\"/>\n"
        x += "<link rel=\"alternate\" href=\"\(e(absolute("index.html")))\"/>\n"
        x += "<updated>\(timestamp(entries.first?.date ?? lastChanged))</updated>\n"
        x += "<author><name>\(e(settings.title))</name></author>\n"
        for entry in entries {
            x += "<entry>\n<title>\(e(entry.title))</title>\n<id>\(e(absolute(entry.id)))</id>\n"
            x += "<link href=\"\(e(absolute(entry.path)))\"/>\n<updated>\(timestamp(entry.date))</updated>\n"
            x += "<summary>\(e(entry.summary))</summary>\n</entry>\n"
        }
        return x + "</feed>\n"
    }

    /// The sitemap's files for this many pages: `sitemap.xml`, then the parts it indexes.
    func sitemapFiles(pages: Int, limit: Int = sitemapLimit) -> [String] {
        let parts = max(1, (pages + limit - 1) / limit)
        return ["sitemap.xml"] + (parts > 1 ? (1...parts).map { "sitemap-\($0).xml" } : [])
    }

    /// The sitemap protocol's limit on addresses per file.
    static let sitemapLimit = 50_000

    /// `sitemap.xml`; past `limit` addresses it becomes an index of `sitemap-1.xml`,
    /// `sitemap-2.xml`…, since search engines read no more than that from one file.
    func sitemaps(paths: [String], limit: Int = sitemapLimit) -> [(path: String, text: String)] {
        // A meeting page's date is its last change: the meeting, or the latest update of its items.
        var last: [String: Day] = [:]
        last.reserveCapacity(stats.heldMeetings.count)
        for m in stats.heldMeetings { last[m.id] = m.date }
        for (r, _) in stats.items {
            var d = r.raised
            var dated = false
            for entry in r.timeline where entry.date <= asOf && (!dated || entry.date > d) { d = entry.date; dated = true }
            last[r.meetingID] = max(last[r.meetingID] ?? d, d)
        }
        func lastChange(_ path: String) -> Day? {
            guard path.hasPrefix("meetings/"), path.hasSuffix(".html") else { return nil }
            return last[String(path.dropFirst("meetings/".count).dropLast(".html".count))]
        }
        let site = lastChanged
        let head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        let sorted = paths.sorted()
        let base = HTML.escape(absolute(""))
        let parts = stride(from: 0, to: max(sorted.count, 1), by: limit).map { start in
            var text = head + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            let slice = sorted[start..<min(start + limit, sorted.count)]
            text.reserveCapacity(slice.count * (base.utf8.count + 80))
            for p in slice {
                text += "<url><loc>"
                text += base
                text += HTML.escape(p)
                text += "</loc><lastmod>"
                text += (lastChange(p) ?? site).description
                text += "</lastmod></url>\n"
            }
            return text + "</urlset>\n"
        }
        let names = sitemapFiles(pages: sorted.count, limit: limit)
        guard names.count > 1 else { return [(names[0], parts[0])] }
        let files = zip(names.dropFirst(), parts).map { ($0, $1) }
        let index = head + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + files.map { "<sitemap><loc>\(HTML.escape(absolute($0.0)))</loc><lastmod>\(site)</lastmod></sitemap>\n" }.joined()
            + "</sitemapindex>\n"
        return [("sitemap.xml", index)] + files
    }
}
