/// Checks each item's timeline as a whole, once the ledger has put every entry in date
/// order: what is valid entry by entry but makes no sense in its place.
///
/// Warnings, not errors: each is almost always a slip, but the record is still readable,
/// and what it says is what gets counted.
public enum TimelineCheck {
    public static func check(_ ledger: Ledger) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for record in ledger.items {
            var status: ItemStatus? = nil
            /// The last status reported on the entry's day, in which file, and whether that was an update file.
            var reported: (date: Day, file: String, status: ItemStatus, updateFile: Bool)? = nil
            /// Each file's last entry for this item with a status: where, and which.
            var entered: [String: (line: Int, status: ItemStatus)] = [:]
            /// When the item last became resolved.
            var resolvedOn: Day? = nil
            /// Each note given so far with a status, and the day of its first entry.
            var noted: [String: Day] = [:]
            /// The funds recorded so far, each entry's replacing the one before.
            var funds: Int? = nil
            for e in record.timeline {
                // A smaller sum after a larger, with words of more money (追加, 第二笔), is a
                // second sum written as it came in, which replaces the first in 落实资金 instead
                // of adding to it. A smaller sum alone is an estimate revised, and no slip.
                if let now = e.funds {
                    if let before = funds, now < before, let note = e.note, Self.speaksOfMoreMoney(note) {
                        out.append(.warning(.fundsLowered(item: record.id, before: before, now: now), at: e.location))
                    }
                    funds = now
                }
                // Two entries for one item in one file share its date, and only the last counts.
                // Steps of one day in order (受理, then 办结) are a record of that day; the same
                // status again, or a step back, is an entry copied for another item whose id was
                // not changed, and that item gets no update at all.
                if !e.isRaising, let now = e.status {
                    if let before = entered[e.file], TimelineCheck.step(now) <= TimelineCheck.step(before.status) {
                        out.append(.warning(.itemTwiceInFile(item: record.id, line: before.line), at: e.location))
                    }
                    entered[e.file] = (e.location.line, now)
                }
                // A due date earlier than the day it was written down: overdue the moment it is set.
                if let due = e.due, due < e.date {
                    out.append(.warning(.dueBeforeDate(due: due, date: e.date), at: e.location))
                }
                let before = status
                if let s = e.status { status = s }
                // 征集 is a matter collected and not yet screened: no matter goes back to it.
                if !e.isRaising, e.status == .proposed, let before, before != .proposed {
                    out.append(.warning(.statusBackToProposed(item: record.id, from: before), at: e.location))
                }
                // A closed matter opened again leaves the figures already published for its
                // resolution (办结数, 办结率): the public and leadership need the reason.
                // A resolved one set going with a note is most often still a slip (a date or an id
                // mistyped, last minutes' `updates:` copied), which takes a resolution out of the
                // figures unseen; a day's own contradiction is named below. (Rejected, then taken
                // up after all, is a screening reconsidered.)
                if !e.isRaising, let before, before.isClosed, let now = e.status, now == .accepted || now == .in_progress {
                    if (e.note ?? "").allSatisfy(\.isWhitespace) {
                        out.append(.warning(.reopenedWithoutNote(item: record.id, from: before, to: now), at: e.location))
                    } else if before == .resolved, let resolvedOn, resolvedOn < e.date {
                        out.append(.warning(.reopenedAfterResolved(item: record.id, resolvedOn: resolvedOn, to: now), at: e.location))
                    }
                }
                if e.status == .resolved, before != .resolved { resolvedOn = e.date }
                // The same status and the same words a second time, on another day: the last
                // minutes' `updates:` copied into these.
                if !e.isRaising, let now = e.status, let note = e.note, !note.allSatisfy(\.isWhitespace) {
                    let key = "\(now.rawValue)\t\(note)"
                    if let earlier = noted[key], earlier < e.date {
                        out.append(.warning(.entryRepeated(item: record.id, earlier: earlier), at: e.location))
                    } else if noted[key] == nil { noted[key] = e.date }
                }
                // Two update files (or two meetings) on one day saying different things: entries of
                // a day go in the order of their files' names, so which status stands would depend
                // on a name. (A meeting's report comes before the update files of its day, as
                // meetings/ sorts before updates/: an afternoon's progress after the evening's
                // meeting is no slip.)
                if !e.isRaising, let now = e.status {
                    let updateFile = if case .updateFile = e.source { true } else { false }
                    if let r = reported, r.date == e.date, r.file != e.file, r.status != now, r.updateFile == updateFile {
                        out.append(.warning(.sameDayStatuses(item: record.id, date: e.date, other: r.file, otherStatus: r.status, status: now),
                                            at: e.location))
                    }
                    reported = (e.date, e.file, now, updateFile)
                }
                // Residents rate the result: a rating while the matter is still open rates nothing.
                if e.satisfaction != nil, let now = status, now != .resolved {
                    out.append(.warning(.ratedWhileOpen(item: record.id, status: now), at: e.location))
                }
            }
        }
        return out
    }

    /// Words that say money was added to what was there, in simplified and traditional
    /// characters. Not 新增 or 补充 alone: 新增路灯5盏 and 补充说明 speak of work and papers.
    static let moreMoney = ["追加", "第二笔", "又一笔", "又落实", "再落实", "又争取", "再争取", "又拨", "再拨", "增加投入",
                            "新增资金", "增加资金", "补充资金", "新增经费", "增加经费", "补充经费",
                            "第二筆", "又一筆", "又落實", "再落實", "又爭取", "再爭取", "又撥", "再撥",
                            "新增資金", "增加資金", "補充資金", "新增經費", "增加經費", "補充經費"]

    /// Whether a note says money was added: one of `moreMoney`, not denied (不再追加, 无需追加资金).
    static func speaksOfMoreMoney(_ note: String) -> Bool {
        moreMoney.contains { word in
            var rest = note[...]
            while let found = rest.range(of: word) {
                let before = note[..<found.lowerBound]
                if !(before.last.map { "不无未没無沒".contains($0) } ?? false),
                   !["不再", "无需", "无须", "不用", "不需", "無需", "無須"].contains(where: { before.hasSuffix($0) }) { return true }
                rest = note[found.upperBound...]
            }
            return false
        }
    }

    /// How far along a matter is: a status further along can follow another on one day.
    static func step(_ s: ItemStatus) -> Int {
        switch s {
        case .proposed: 0
        case .accepted: 1
        case .in_progress, .deferred: 2
        case .resolved, .rejected, .referred: 3
        }
    }

    /// What is dated ahead of `today`, the clock's date (not the as-of date: a build as of a
    /// past date rightly leaves out what came after it).
    ///
    /// An update records what has happened; one dated ahead is almost always a mistyped year
    /// (2062 for 2026), and would stay out of every figure and page, unseen, until that day. A
    /// meeting dated ahead is an announcement, but not one more than a year ahead: that is the
    /// same slip, and the meeting would be listed as coming up for years.
    public static func datedAhead(of today: Day, in content: Content, _ ledger: Ledger) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Once per file and date: the entries of an update file take its one `date:` line,
        // where the warning is pointed (FieldPlaces), and said once per entry it was repeated.
        var named = Set<String>()
        for record in ledger.items {
            for e in record.timeline where !e.isRaising && e.date > today && named.insert("\(e.file)\t\(e.date)").inserted {
                out.append(.warning(.updateDatedAhead(date: e.date, today: today), at: e.location))
            }
        }
        if let yearAhead = today.adding(years: 1) {
            for m in content.meetings where m.date > yearAhead {
                out.append(.warning(.meetingDatedFarAhead(date: m.date, today: today), at: m.location))
            }
        }
        return out
    }

    /// Meetings that say the opposite of their date, as of `today` (the clock's date, as above):
    /// one still to come that already records what only a held meeting has — attendance, votes,
    /// an item under way or settled — is most likely a date mistyped (12 for 11), and would be
    /// announced as coming up and left out of every figure; one held before today with no
    /// attendance, no items, no updates and no minutes counts as a meeting on its title alone.
    /// A meeting in `failed` (a file with an error) is read only in part: the rest may be there.
    public static func meetingsAsOf(today: Day, in content: Content, failed: Set<String> = []) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let yearAhead = today.adding(years: 1)
        for m in content.meetings where !m.draft && !failed.contains(m.file) {
            if m.date > today {
                // More than a year ahead is named as such (datedAhead).
                guard let yearAhead, m.date <= yearAhead else { continue }
                // (An item may be screened in, `accepted`, before the meeting that takes it up.)
                if m.attendance != nil || m.items.contains(where: { $0.vote != nil || ($0.status != .proposed && $0.status != .accepted) }) {
                    out.append(.warning(.upcomingWithResults(date: m.date, today: today), at: m.location))
                }
            } else if m.date < today, m.attendance == nil, m.items.isEmpty, m.updates.isEmpty, !m.bodyText.hasVisibleText {
                // (Not on its day: it may be held tonight, its minutes written tomorrow.)
                // (One with updates alone is named where it is read: an update file among the minutes.)
                out.append(.warning(.heldMeetingEmpty, at: m.location))
            }
        }
        return out
    }

    /// A meeting dated more than a year ahead (2062 for 2026) whose items already have earlier
    /// dates: a due date, a publicity date, or progress reported in files of their own. Each of
    /// those dates was then named as wrong, and the progress as dated before its item, in
    /// files with nothing wrong in them; the one mistake is the meeting's year. It is named
    /// there, as an error, with the earliest such date, and the findings it caused are taken
    /// out of `found` and `read`.
    public static func mistypedYears(today: Day, in content: Content, found: inout [Diagnostic], read: inout DiagnosticList) {
        guard let yearAhead = today.adding(years: 1) else { return }
        for m in content.meetings where m.date > yearAhead {
            let items = Set(m.items.map(\.id))
            func caused(_ d: Diagnostic) -> Day? {
                switch d.message {
                case .updateBeforeRaised(let item, let date, let raised) where raised == m.date && items.contains(item): date
                case .dueBeforeDate(let due, let date) where date == m.date && d.location.file == m.file: due
                case .publicizedBeforeMeeting(let publicized, let date) where date == m.date && d.location.file == m.file: publicized
                default: nil
                }
            }
            let earlier = (found + read.all).compactMap(caused).min()
            guard let earlier else { continue }
            found.removeAll { d in
                if caused(d) != nil { return true }
                switch d.message {
                case .meetingDatedFarAhead(let date, _), .updateDatedAhead(let date, _): return date == m.date && d.location.file == m.file
                default: return false
                }
            }
            read.removeAll { caused($0) != nil }
            found.append(.error(.meetingYearMistyped(date: m.date, today: today, earlier: earlier), at: m.location))
        }
    }
}
