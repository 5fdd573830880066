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
        let meetings = stats.heldMeetings.last?.date
        let updates = stats.items.flatMap { $0.record.timeline.map(\.date) }.filter { $0 <= asOf }.max()
        return [meetings, updates].compactMap { $0 }.max() ?? asOf
    }

    /// Atom: new minutes and resolved items, newest first.
    func feed() -> String {
        struct Entry { var date: Day; var id: String; var title: String; var path: String; var summary: String }
        var entries: [Entry] = stats.heldMeetings.map { m in
            Entry(date: m.publicized.map { min($0, asOf) } ?? m.date, id: "meetings/\(m.id).html", title: m.title,
                  path: "meetings/\(m.id).html", summary: "\(unitNames[m.unit.value] ?? m.unit.value) \(m.date)")
        }
        for (r, s) in stats.items where !r.item.isPrivate {
            guard let d = s.resolvedDate else { continue }
            entries.append(Entry(date: d, id: "meetings/\(r.meetingID).html#\(r.id)",
                                 title: "\(label("status", "resolved")): \(r.item.title)",
                                 path: "meetings/\(r.meetingID).html#\(r.id)", summary: s.note ?? r.item.title))
        }
        entries.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        entries = Array(entries.prefix(50))
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
        var last: [String: Day] = [:]
        for m in stats.heldMeetings { last["meetings/\(m.id).html"] = m.date }
        for (r, _) in stats.items {
            let d = r.timeline.map(\.date).filter { $0 <= asOf }.max() ?? r.raised
            last["meetings/\(r.meetingID).html"] = max(last["meetings/\(r.meetingID).html"] ?? d, d)
        }
        let site = lastChanged
        let head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        let sorted = paths.sorted()
        let parts = stride(from: 0, to: max(sorted.count, 1), by: limit).map { start in
            head + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + sorted[start..<min(start + limit, sorted.count)].map { p in
                    "<url><loc>\(HTML.escape(absolute(p)))</loc><lastmod>\(last[p] ?? site)</lastmod></url>\n"
                }.joined() + "</urlset>\n"
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
