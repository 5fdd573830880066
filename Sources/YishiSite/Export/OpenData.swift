import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import YishiCore

/// The open data of DESIGN §5 — `data/meetings.csv`, `items.csv`, `updates.csv` and
/// `stats.json` — and `units.csv` and `departments.csv` beside them, computed from the same
/// `Statistics` the pages and the CLI use.
///
/// Column orders are part of the promise to the people who import these files; the README
/// lists them. Private items keep their row (they are counted) but none of their text.
public enum OpenData {
    public static let meetingColumns = ["id", "date", "time", "unit", "unit_name", "title", "platform", "format", "venue",
                                        "host", "attendance_total", "departments", "leaders", "items", "publicized", "page",
                                        "attendance_by_category"]
    public static let itemColumns = ["id", "meeting", "raised", "unit", "kind", "category", "urgency", "title", "raised_by",
                                     "decision", "vote_for", "vote_against", "vote_abstain", "owner", "due", "first_due",
                                     "status", "resolved", "overdue", "funds", "satisfaction", "private", "page", "due_default"]
    public static let updateColumns = ["item", "date", "source", "status", "owner", "due", "funds", "satisfaction", "note"]
    /// The unit tree, so that a town's or a district's figures can be recounted from the rows
    /// of its villages: meetings.csv and items.csv name only the unit they were held or raised in.
    public static let unitColumns = ["id", "name", "level", "parent", "since", "until", "merged_into", "page"]
    /// The departments, so that the ids in meetings.csv's `departments` and in the `owner`
    /// columns can be read as names without the site's departments.yml.
    public static let departmentColumns = ["id", "name", "page"]

    /// `figures` lets a build reuse the figures its pages already computed.
    public static func files(_ stats: Statistics, figures: ((Period, Scope) -> Figures)? = nil) -> [String: String] {
        // stats.json spreads its reports over every core itself; the CSV files, one core
        // each, are made side by side after it rather than beside it, because a parallel loop
        // started inside another one gets no second core.
        var files = ["data/stats.json": statsJSON(stats, figures: figures ?? { stats.figures(period: $0, scope: $1) })]
        for (path, text) in tables(stats) { files[path] = text }
        return files
    }

    /// The CSV files (only meetings.csv when `itemsUnchanged`), one core each. They read
    /// the records and the items' states, never a report's figures: a full build makes them
    /// one after another (`tableMakers`) on a thread of its own while its pages render.
    public static func tables(_ stats: Statistics, itemsUnchanged: Bool = false) -> [(path: String, text: String)] {
        let makers = tableMakers(stats, itemsUnchanged: itemsUnchanged)
        let texts = UnsafeMutableBufferPointer<String>.allocate(capacity: makers.count)
        texts.initialize(repeating: "")
        defer { texts.deinitialize().deallocate() }
        nonisolated(unsafe) let out = texts
        DispatchQueue.concurrentPerform(iterations: makers.count) { i in out[i] = makers[i].make() }
        return makers.indices.map { (makers[$0].path, texts[$0]) }
    }

    /// Each CSV file's path and what makes it, for a caller that writes each before making the
    /// next (a full build, whose pages are in memory at the same time).
    public static func tableMakers(_ stats: Statistics, itemsUnchanged: Bool = false) -> [(path: String, make: @Sendable () -> String)] {
        let all: [(path: String, make: @Sendable () -> String)] = [
            ("data/items.csv", { items(stats) }),
            ("data/meetings.csv", { meetings(stats) }),
            ("data/updates.csv", { updates(stats) }),
            ("data/units.csv", { units(stats.content) }),
            ("data/departments.csv", { departments(stats.content) }),
        ]
        return itemsUnchanged ? all.filter { $0.path == "data/meetings.csv" } : all
    }

    static func meetings(_ s: Statistics) -> String {
        var csv = CSV.Writer(header: meetingColumns, capacity: s.heldMeetings.count * 256)
        // Field by field: a row made as an array of sixteen strings cost more than writing them.
        for m in s.heldMeetings {
            csv.field(m.id); csv.field(m.date.description); csv.field(m.time ?? ""); csv.field(m.unit.value)
            csv.field(s.content.units[m.unit.value]?.name ?? ""); csv.field(m.title); csv.field(m.platform ?? "")
            csv.field(m.format ?? ""); csv.field(m.venue ?? ""); csv.field(m.host ?? ""); csv.field(m.attendance?.total)
            csv.field(m.departments.map(\.value).joined(separator: ";")); csv.field(m.leaders.joined(separator: ";"))
            csv.field(m.items.count); csv.field(m.publicized?.description ?? ""); csv.field("meetings/" + m.id + ".html")
            csv.field((m.attendance?.sortedCategories ?? []).map { "\($0.name)=\($0.count)" }.joined(separator: ";"))
            csv.endRow()
        }
        return csv.text
    }

    static func items(_ s: Statistics) -> String {
        var csv = CSV.Writer(header: itemColumns, capacity: s.items.count * 320)
        for (r, st) in s.items {
            let i = r.item
            let hidden = i.isPrivate
            csv.field(i.id); csv.field(r.meetingID); csv.field(r.raised.description); csv.field(r.unit)
            csv.field(i.kind.rawValue); csv.field(i.category ?? ""); csv.field(i.urgency.rawValue)
            csv.field(hidden ? "" : i.title); csv.field(hidden ? "" : i.raisedBy ?? ""); csv.field(hidden ? "" : i.decision ?? "")
            csv.field(i.vote?.inFavour); csv.field(i.vote?.against); csv.field(i.vote?.abstain)
            csv.field(st.owner ?? ""); csv.field(st.due.description); csv.field(st.firstDue.description)
            csv.field(st.status.rawValue); csv.field(st.resolvedDate?.description ?? "")
            csv.field(st.isOverdue(asOf: s.asOf) ? "true" : "false"); csv.field(st.funds); csv.field(st.satisfaction?.rawValue ?? "")
            csv.field(hidden ? "true" : "false"); csv.field("meetings/" + r.meetingID + ".html#" + i.id)
            // Last, so that a reader of the columns by their place finds them where they were.
            csv.field(st.dueGiven ? "false" : "true")
            csv.endRow()
        }
        return csv.text
    }

    /// Every unit of units.yml, in the order written, each after the unit it is under.
    static func units(_ content: Content) -> String {
        var csv = CSV.Writer(header: unitColumns)
        for u in content.units.units {
            csv.field(u.id); csv.field(u.name); csv.field(u.level); csv.field(u.parent ?? "")
            csv.field(u.since?.description ?? ""); csv.field(u.until?.description ?? ""); csv.field(u.mergedInto?.value ?? "")
            csv.field("units/" + u.id + ".html")
            csv.endRow()
        }
        return csv.text
    }

    /// Every department of departments.yml, in the order written.
    static func departments(_ content: Content) -> String {
        var csv = CSV.Writer(header: departmentColumns)
        for d in content.departments {
            csv.field(d.id); csv.field(d.name); csv.field("departments/" + d.id + ".html")
            csv.endRow()
        }
        return csv.text
    }

    static func updates(_ s: Statistics) -> String {
        var csv = CSV.Writer(header: updateColumns)
        for (r, _) in s.items {
            for e in r.timeline where !e.isRaising && e.date <= s.asOf {
                let source: String
                switch e.source {
                case .raising(let m), .meeting(let m), .updateFile(let m): source = m
                }
                csv.field(r.id); csv.field(e.date.description); csv.field(source); csv.field(e.status?.rawValue ?? "")
                csv.field(e.owner ?? ""); csv.field(e.due?.description ?? ""); csv.field(e.funds)
                csv.field(e.satisfaction?.rawValue ?? ""); csv.field(r.item.isPrivate ? "" : e.note ?? "")
                csv.endRow()
            }
        }
        return csv.text
    }

    /// The scopes reports are made for: the site and every unit that has units under it —
    /// save a sole top unit, whose reports would be the site's figure for figure (the site's
    /// reports carry its name instead).
    public static func reportScopes(_ content: Content) -> [Scope] {
        [.site] + content.units.units.map { .unit($0.id) }.filter { hasReport($0, content) }
    }

    /// Whether `scope` is one of `reportScopes`.
    public static func hasReport(_ scope: Scope, _ content: Content) -> Bool {
        switch scope {
        case .site: return true
        case .unit(let id): return !(content.units[id]?.isLeaf ?? true) && id != content.units.soleRoot?.id
        case .department: return false
        }
    }

    /// `{"as_of":…,"reports":[…]}` on one line but for a line break before each report and
    /// before the closing `]}`: one report per line, so that the file is half the size of an
    /// indented one (about 30 MB at a county's size when indented) and still reads line by line.
    /// The reports are serialized on every core; without its line breaks the file is exactly
    /// `JSONValue.object([("as_of", …), ("reports", .array(reports))]).serialized(indent: nil)`.
    static func statsJSON(_ s: Statistics, figures: (Period, Scope) -> Figures, previous: ((Period, Scope) -> Piece?)? = nil) -> String {
        let pieces = statsJSONPieces(s, figures: figures, previous: previous)
        // Put together in the string's own storage: at a county's size it is 15 MB, and a byte
        // array first would be one more copy of it in fresh memory.
        return String(unsafeUninitializedCapacity: pieces.byteCount) { buffer in
            var at = 0
            for piece in pieces {
                piece.withUnsafeBytes { p in
                    if let source = p.baseAddress { UnsafeMutableRawPointer(buffer.baseAddress! + at).copyMemory(from: source, byteCount: p.count) }
                }
                at += piece.count
            }
            return at
        }
    }

    /// stats.json as the pieces it is made of, in order: a build writes them to the file one
    /// after the other (`SiteWriter.Session.write(_:pieces:)`, `SiteWriter.replace`) and never
    /// joins them. `previous` gives a report's bytes as the last build left them (two levels in,
    /// see `reports(inStatsJSON:)`) when the edit cannot have changed its figures; nil to compute it.
    static func statsJSONPieces(_ s: Statistics, figures: (Period, Scope) -> Figures,
                                previous: ((Period, Scope) -> Piece?)? = nil) -> [Piece] {
        let keys = reportKeys(s)
        let old = keys.map { previous?($0.1, $0.0) }
        let made = parallelMap(Array(keys.indices.filter { old[$0] == nil })) { n in
            (n, Piece.made(figures(keys[n].1, keys[n].0).serializedJSON(indent: nil)[...]))
        }
        var reports = old
        for (n, bytes) in made { reports[n] = bytes }
        var pieces: [Piece] = [.made(StatsFrame.head(asOf: s.asOf)[...])]
        pieces.reserveCapacity(2 * reports.count + 2)
        let between = Piece.made(StatsFrame.before(1)[...]), newline = Piece.made(StatsFrame.before(0)[...])
        for (n, r) in reports.enumerated() { pieces += [n == 0 ? newline : between, r!] }
        pieces.append(.made(StatsFrame.tail(reports: reports.count)[...]))
        return pieces
    }

    /// The (scope, period) of each report in `stats.json`, in the order it lists them.
    public static func reportKeys(_ s: Statistics) -> [(Scope, Period)] {
        let periods = [Period.all] + s.reportPeriods
        return reportScopes(s.content).flatMap { scope in periods.map { (scope, $0) } }
    }

    /// The reports of a `stats.json` this writer made, where its bytes hold them, in order: the
    /// lines between the first (`{"as_of":…,"reports":[`) and the last (`]}`), each without the
    /// comma that ends all but the last. JSON strings hold no raw line break, so the lines are
    /// found with `memchr` (15 MB at a county's size). Nil when the text is not of that shape.
    public static func reports(inStatsJSON b: UnsafeRawBufferPointer) -> [Range<Int>]? {
        guard let base = b.baseAddress else { return nil }
        var lines: [Range<Int>] = []
        var start = 0
        while start < b.count {
            guard let hit = memchr(base + start, 0x0A, b.count - start) else { return nil }  // no final line break
            let end = base.distance(to: UnsafeRawPointer(hit))
            lines.append(start..<end)
            start = end + 1
        }
        func text(_ r: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: b[r]) }
        let head = Array("{\"as_of\":".utf8), tail = Array(",\"reports\":[".utf8)
        func ends(_ line: Range<Int>, with suffix: [UInt8]) -> Bool { text(line).reversed().starts(with: suffix.reversed()) }
        guard let first = lines.first, text(first).starts(with: head) else { return nil }
        if lines.count == 1 { return ends(first, with: tail + Array("]}".utf8)) ? [] : nil }
        guard ends(first, with: tail), lines.count >= 3, text(lines[lines.count - 1]).elementsEqual("]}".utf8) else { return nil }
        var reports: [Range<Int>] = []
        reports.reserveCapacity(lines.count - 2)
        for (n, line) in lines.dropFirst().dropLast().enumerated() {
            let last = n == lines.count - 3
            let r = text(line)
            if last {
                guard r.last == UInt8(ascii: "}") else { return nil }
                reports.append(line)
            } else {
                guard r.last == UInt8(ascii: ","), r.dropLast().last == UInt8(ascii: "}") else { return nil }
                reports.append(line.dropLast())
            }
            guard b[reports.last!.lowerBound] == UInt8(ascii: "{") else { return nil }
        }
        return reports
    }
}
