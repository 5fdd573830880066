import Foundation
import YishiCore

/// The path for an edit to a few meetings that reaches what is counted or listed — an
/// attendance figure corrected, an item's owner or deadline changed, a department added — when
/// DisplayEdit's shortcut does not apply.
///
/// Every figure of a unit's scope is made from the meetings and items of that unit and the
/// units under it, and a department's from what it attended and owns (Statistics), so an
/// edit reaches only: the edited meetings' pages; the pages of the items they raise or update
/// and of every meeting on those items' timelines; the units above any of them, with their
/// reports; the departments they name; and the pages made from the whole site when the edit
/// reaches what they show (PageSelection). Those are rendered, the open data made again, and
/// the files whose bytes changed replaced in place. When the set of files the site should have
/// differs from what `output/` holds (a report period, a year of open or of closed items appears
/// or goes), or the earliest meeting moved (every report over all periods charts from it), the
/// full build runs instead.
enum ScopedEdit {
    /// More edited meetings than this and the selection is most of the site: build it all.
    static let limit = 50

    /// The pages an edit of these meetings can reach; nil when the edit needs a full build.
    static func selection(_ pairs: [(new: Meeting, old: Meeting)], statistics: Statistics, output: URL) -> PageSelection? {
        guard pairs.count <= limit else { return nil }
        let content = statistics.content
        let paths = Set(pairs.map(\.new.file))
        // The `all` report of every scope charts the months from the site's first meeting on.
        let asOf = statistics.asOf
        let firstOther = statistics.heldMeetings.first { !paths.contains($0.file) }?.date
        func first(_ meetings: [Meeting]) -> Day? {
            ([firstOther] + meetings.filter { !$0.draft && $0.date <= asOf }.map { Optional($0.date) }).compactMap { $0 }.min()
        }
        guard first(pairs.map(\.new)) == first(pairs.map(\.old)) else { return nil }
        // Whether any meeting counts attendance by category decides a column of every meetings
        // table (SiteRenderer.attendanceHasCategories): an edit that turns it on or off reaches
        // every page that has one.
        let byCategory = SiteRenderer.attendanceHasCategories
        let othersByCategory = byCategory(content.meetings.filter { !paths.contains($0.file) })
        guard othersByCategory || byCategory(pairs.map(\.new)) == byCategory(pairs.map(\.old)) else { return nil }

        var selection = PageSelection()
        selection.edited = pairs.count
        var items = Set<String>(), units = Set<String>()
        for (new, old) in pairs {
            for m in [new, old] {
                selection.meetings.insert(m.id)
                units.insert(m.unit.value)
                for d in m.departments { selection.departments.insert(d.value) }
            }
            // Items raised or updated here, when their definition, an update of them, or what
            // they show of this meeting (its day, unit, title) changed: each with the owners
            // it had here, before and after.
            let whole = new.id != old.id || new.date != old.date || new.unit.value != old.unit.value
                || new.title != old.title || new.draft != old.draft
            let before = Dictionary(old.items.map { ($0.id, bytes($0)) }, uniquingKeysWith: { a, _ in a })
            let after = Dictionary(new.items.map { ($0.id, bytes($0)) }, uniquingKeysWith: { a, _ in a })
            for i in new.items + old.items where whole || before[i.id] != after[i.id] {
                items.insert(i.id)
                if let o = i.owner { selection.departments.insert(o.value) }
            }
            if whole || new.updates.map(bytes) != old.updates.map(bytes) {
                for u in new.updates + old.updates {
                    items.insert(u.item.value)
                    if let o = u.owner { selection.departments.insert(o.value) }
                }
            }
        }
        // An item's page is its raising meeting's; every meeting that reported on it shows its
        // title and status; every owner it ever had lists it (an owner taken off is in the
        // edited meeting's old record, one still on is on the timeline).
        for id in items {
            guard let r = statistics.ledger[id] else { continue }
            selection.meetings.insert(r.meetingID)
            units.insert(r.unit)
            for e in r.timeline {
                if case .meeting(let m) = e.source { selection.meetings.insert(m) }
                if let o = e.owner { selection.departments.insert(o) }
            }
        }
        for u in units { for a in content.units.ancestry(u) { selection.units.insert(a.id) } }
        selection.scopes = Set([Scope.site] + selection.units.map { Scope.unit($0) })
        // A report's tables show a meeting's title, day, unit, attendance (by category too) and
        // leaders, an item's line, which villages met and which departments attended.
        selection.rows.items = items
        for (new, old) in pairs {
            let moved = new.date != old.date || new.unit.value != old.unit.value || new.draft != old.draft || new.id != old.id
            if moved || new.title != old.title || new.attendance != old.attendance
                || new.leaders.count != old.leaders.count {
                selection.rows.meetings.formUnion([new.id, old.id])
            }
            if moved { selection.rows.units.formUnion([new.unit.value, old.unit.value]) }
            let departments = Set(new.departments.map(\.value)), before = Set(old.departments.map(\.value))
            if moved || departments != before { selection.rows.departments.formUnion(departments.union(before)) }
        }
        // No item's line or state changed and no meeting moved: what the edit changed is counted
        // only in the periods that hold the edited meetings (their charts count meetings and
        // items, which did not change; the periods after them count items, which did not either).
        if items.isEmpty, pairs.allSatisfy({ $0.new.date == $0.old.date && $0.new.unit.value == $0.old.unit.value
                                             && $0.new.draft == $0.old.draft && $0.new.id == $0.old.id }) {
            selection.periods = Set([Period.all] + pairs.flatMap { Period.periods(of: $0.new.date) })
        }
        // The home page shows the newest and upcoming meetings and the month's and year's
        // figures; the feed every meeting's title, day and unit, and resolved items; the sitemap
        // every page's last change, from meetings' days and items' timelines.
        let month = Period.month(asOf.year, asOf.month), year = Period.year(asOf.year)
        let newest = Set(statistics.heldMeetings.suffix(10).map(\.id))
        if let periods = selection.periods, !periods.contains(month), !periods.contains(year) {
            selection.wholeSite = pairs.contains { new, old in
                new.title != old.title || new.publicized != old.publicized
                    || [new, old].contains { $0.date > asOf || newest.contains($0.id) }
            }
        }
        let folder = output.path
        selection.previousJSON = { path in readRegularFile(atPath: folder + "/" + path) }
        return selection
    }

    /// An item or an update as archived, without where it was written.
    static func bytes(_ item: Item) -> [UInt8] {
        var w = ArchiveWriter()
        w.write(item.unplaced)
        return w.bytes
    }

    static func bytes(_ update: UpdateEntry) -> [UInt8] {
        var w = ArchiveWriter()
        w.write(update.unplaced)
        return w.bytes
    }

    /// The selected pages and the open data, rendered; nil when the files the site should have
    /// are not the files `output` holds.
    static func files(_ selection: PageSelection, renderer: SiteRenderer, statistics: Statistics, output: URL,
                      suffix: @Sendable (String, String) -> String) -> [(path: String, contents: SiteWriter.FileContents)]? {
        let rendered = Collected<(path: String, text: String)>(), listed = Collected<String>()
        let unchangedItems = selection.rows.items.isEmpty
        // What the last build left — its stats.json mapped and split into reports, the files
        // output/ holds — found on a thread of its own while the items fold for the report keys.
        let (keys, (oldStats, present)) = alongside({ () -> ((MappedFile, [Range<Int>])?, Set<String>?) in
            let file = MappedFile(path: output.appendingPathComponent("data/stats.json").path)
            return (file.flatMap { f in OpenData.reports(inStatsJSON: f.bytes).map { (f, $0) } },
                    SiteWriter.files(under: output.path, except: ["pagefind"]))
        }, { OpenData.reportKeys(statistics) })
        // stats.json takes every report the edit does not reach from the last build's stats.json,
        // when that lists the same reports (else the full build runs, below): written from the
        // old file's pages, never read into memory.
        var previous: [SiteRenderer.FiguresKey: Piece] = [:]
        if let (file, ranges) = oldStats, ranges.count == keys.count {
            for (key, range) in zip(keys, ranges) { previous[SiteRenderer.FiguresKey(period: key.1, scope: key.0)] = .mapped(file, range) }
        }
        // The figures of the reports made again, which both the pages and stats.json need, on
        // every core first.
        parallelForEach(keys.filter { selection.reports($0.1, $0.0) }, serialBelow: 2) { _ = renderer.figures($0.1, $0.0) }
        // The open data beside the pages, which keep both cores for their own loops: the pages
        // take twice as long, and with one core each the data's core would idle half the time.
        let (_, (stats, tables)) = alongside({
            (OpenData.statsJSONPieces(statistics, figures: renderer.figures, previous: { period, scope in
                selection.reports(period, scope) ? nil : previous[SiteRenderer.FiguresKey(period: period, scope: scope)]
            }), OpenData.tables(statistics, itemsUnchanged: unchangedItems))
        }, {
            renderer.render(only: selection, into: { rendered.add(($0, suffix($0, $1))) }, listing: { listed.add($0) })
        })
        var files = rendered.items.map { ($0.path, SiteWriter.FileContents.text($0.text)) }
        files.append(("data/stats.json", .pieces(stats)))
        files += tables.map { ($0.path, .text($0.text)) }
        var expected = Set(listed.items)
        // A CSV file not made again stays as it is: the items' files when no item changed, and
        // units.csv, made from units.yml, whose edit is a full build.
        expected.formUnion(OpenData.tableMakers(statistics).map(\.path))
        for f in files { expected.insert(f.0) }
        guard let present, present == expected else { return nil }
        return files
    }
}

/// Where a value was written moves when a line is added above it and is shown on no page:
/// the rebuild shortcuts compare records without it.
let nowhere = SourceLocation(file: "")

extension Item {
    var unplaced: Item {
        var i = self
        i.location = nowhere
        i.owner = owner.map { Located($0.value, at: nowhere) }
        return i
    }
}

extension UpdateEntry {
    var unplaced: UpdateEntry {
        var u = self
        u.item = Located(item.value, at: nowhere)
        u.owner = owner.map { Located($0.value, at: nowhere) }
        return u
    }
}
