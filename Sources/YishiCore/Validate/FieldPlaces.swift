/// Points a warning about one field at that field's value, not at its record's first line.
///
/// The validator and the timeline checks work on records, which keep where a meeting, an item
/// and an update entry start but not where each of their fields is: enough for most findings,
/// which name a whole record, not for a `category:` or a `status:` four lines into an item.
/// Such warnings are few, so the line is found again in the file's text, only for them,
/// instead of every record carrying the place of every field.
enum FieldPlaces {
    /// The field a message is about: its key, the value as written when it must match
    /// (`nil`: the first such key), and whether it stands in the record that starts at the
    /// diagnostic's line (an item's or an update entry's) rather than anywhere in the file's
    /// front matter (a meeting's own field).
    static func field(of message: Message) -> (key: String, value: String?, inRecord: Bool)? {
        switch message {
        case .notInSiteList(let key, let value, _): (key, value, key == "category")
        case .dueBeforeDate(let due, _): ("due", due.description, true)
        case .statusBackToProposed: ("status", nil, true)
        case .reopenedWithoutNote, .reopenedAfterResolved: ("status", nil, true)
        case .entryRepeated: ("note", nil, true)
        case .fundsLowered(_, _, let now): ("funds", String(now), true)
        case .ratedWhileOpen: ("satisfaction", nil, true)
        case .updateDatedAhead(let date, _), .meetingDatedFarAhead(let date, _), .meetingYearMistyped(let date, _, _),
             .upcomingWithResults(let date, _):
            ("date", date.description, false)
        case .sameDayStatuses: ("status", nil, true)
        default: nil
        }
    }

    static func refine(_ diagnostics: [Diagnostic], source: ContentSource) -> [Diagnostic] {
        guard diagnostics.contains(where: { field(of: $0.message) != nil }) else { return diagnostics }
        var lines: [String: [Substring]] = [:]
        return diagnostics.map { d in
            guard let field = field(of: d.message), !d.location.file.isEmpty else { return d }
            if lines[d.location.file] == nil {
                let text = (try? source.read(d.location.file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                lines[d.location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            let from = field.inRecord ? max(d.location.line, 1) : 1
            guard let place = find(key: field.key, value: field.value, in: lines[d.location.file]!, from: from) else { return d }
            var moved = d
            moved.location = SourceLocation(file: d.location.file, line: place.line, column: place.column)
            return moved
        }
    }

    /// The line and column (in Unicode scalars, from 1) of the value written after `key:` on a
    /// line from `from` on, in a block (`category: 基础设旅`) or a flow mapping
    /// (`{id: A, category: 基础设旅}`), quoted or not; when `value` is given, only where the
    /// value starts with it.
    static func find(key: String, value: String?, in lines: [Substring], from: Int) -> (line: Int, column: Int)? {
        guard from <= lines.count else { return nil }
        for n in from...lines.count {
            let line = lines[n - 1]
            var search = line.startIndex
            while let found = line[search...].range(of: key) {
                search = found.upperBound
                // The key itself, not the end of a longer one (`subcategory:`).
                if found.lowerBound > line.startIndex {
                    let before = line[line.index(before: found.lowerBound)]
                    guard before == " " || before == "{" || before == "," || before == "-" else { continue }
                }
                // Its colon, full-width too: a slip that is named and mended, so the field was
                // read, and the search must not run on into the next record's.
                var v = found.upperBound
                while v < line.endIndex, line[v] == " " { v = line.index(after: v) }
                guard v < line.endIndex, line[v] == ":" || line[v] == "：" else { continue }
                v = line.index(after: v)
                while v < line.endIndex, line[v] == " " || line[v] == "\u{A0}" || line[v] == "\"" || line[v] == "'" { v = line.index(after: v) }
                if let value, !line[v...].hasPrefix(value) { continue }
                return (n, line.unicodeScalars[line.startIndex..<v].count + 1)
            }
        }
        return nil
    }
}
