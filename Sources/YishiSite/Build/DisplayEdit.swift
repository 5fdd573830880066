import Foundation
import YishiCore

/// The fast path for an edit to what only a meeting's own page shows: its venue, time, host,
/// platform, format, agenda or minutes — the details a secretary corrects most after
/// publishing. Nothing counted, listed or linked anywhere else depends on them (DESIGN §5:
/// besides the meeting's page they appear only in `data/meetings.csv` and, while the meeting
/// is still to come, in the upcoming lists of the home page and of its units' pages), so only
/// those files are rendered again and replaced in place.
///
/// Everything else about the build is as usual: the records come from the cache, the whole
/// site is validated and linked, the figures are computed. An edit to anything else — a
/// title, a date, an item, attendance, a template, a setting, a file added or removed —
/// takes the full build.
enum DisplayEdit {
    /// The edited meetings, when every one is published and its edit stayed within its
    /// display-only fields; nil when the edit needs more.
    static func meetings(_ edits: [(new: Meeting, old: Meeting)]) -> [Meeting]? {
        guard edits.allSatisfy({ !$0.new.draft && !$0.old.draft && counted($0.old) == counted($0.new) }) else { return nil }
        return edits.map(\.new)
    }

    /// A meeting archived without its display-only fields and without source positions (which
    /// move when a line is added above them but are shown on no page): two meetings with the
    /// same bytes here differ only where `DisplayEdit` may redo their pages alone.
    static func counted(_ meeting: Meeting) -> [UInt8] {
        var m = meeting
        m.time = nil; m.platform = nil; m.format = nil; m.venue = nil; m.host = nil; m.agenda = []
        m.body = ""; m.bodyLine = 0; m.extra = [:]; m.frontMatterDigest = 0
        m.location = nowhere
        m.unit.location = nowhere
        m.departments = m.departments.map { Located($0.value, at: nowhere) }
        m.aliases = m.aliases.map { Located($0.value, at: nowhere) }
        m.items = m.items.map(\.unplaced)
        m.updates = m.updates.map(\.unplaced)
        var w = ArchiveWriter()
        w.write(m)
        return w.bytes
    }

    /// The files the edit reaches, rendered. An upcoming meeting is also listed, with its
    /// time, venue and agenda, on the home page and on the page of its unit and of every unit
    /// above it.
    static func files(_ edited: [Meeting], renderer: SiteRenderer, statistics: Statistics) -> [(path: String, text: String)] {
        let (pages, csv) = both({ edited.map { ("meetings/\($0.id).html", renderer.meetingPage($0)) } },
                                { OpenData.meetings(statistics) })
        var files = pages + [("data/meetings.csv", csv)]
        let upcoming = edited.filter { $0.date > statistics.asOf }
        if !upcoming.isEmpty {
            files.append(("index.html", renderer.homePage()))
            let units = renderer.content.units
            let reached = Set(upcoming.flatMap { units.ancestry($0.unit.value).map(\.id) })
            let soon = renderer.upcomingMeetings
            for u in units.units where reached.contains(u.id) {
                files.append(("units/\(u.id).html", renderer.unitPage(u, upcoming: soon)))
            }
        }
        return files
    }
}
