import Testing
@testable import YishiCore

/// What each entry allows on its own but makes no sense in its item's timeline.
@Suite struct TimelineCheckTests {
    func site(_ items: String, updates: [String: String] = [:]) -> LoadedSite {
        var s = SiteFixture()
        s["content/meetings/2023/m.md"] = meetingFile(items: items)
        for (name, text) in updates { s["content/updates/2023/\(name).md"] = text }
        return s.load()
    }

    let item = "  - id: A\n    title: 路灯\n    kind: problem\n    owner: zhujian\n    status: accepted\n"

    func update(_ date: String, _ fields: String) -> String {
        "---\ndate: \(date)\nupdates:\n  - item: A\n\(fields)---\n"
    }

    /// A due date before the day it was written makes the item overdue from the start:
    /// last year's date, or the wrong month, copied with the file.
    @Test func aDueBeforeTheDayItWasSetIsNamed() {
        let loaded = site(item + "    due: 2023-06-30\n", updates: ["u": update("2023-08-01", "    status: deferred\n    note: 等资金\n    due: 2023-07-31\n")])
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:12:10: warning: 'due' (2023-06-30) is before the date it was written on (2023-07-14), so the item is overdue from the start: is the year or the month mistyped?",
            "content/updates/2023/u.md:7:10: warning: 'due' (2023-07-31) is before the date it was written on (2023-08-01), so the item is overdue from the start: is the year or the month mistyped?",
        ])
        // On the day itself, or later, is what a due date is.
        #expect(site(item + "    due: 2023-07-14\n").rendered == [])
    }

    /// A later `funds` replaces the one before: a smaller one said to be more money (追加) is a
    /// second sum written as it came in, which would lower 落实资金. Named on its line, with the
    /// total. A smaller one alone is an estimate revised, and a larger one a raised sum.
    @Test func aSmallerSumOfFundsIsNamed() {
        let loaded = site(item + "    funds: 200000\n", updates: [
            "u1": update("2023-08-01", "    status: in_progress\n    funds: 50000\n    note: 追加资金5万元\n"),
            "u2": update("2023-08-10", "    status: in_progress\n    funds: 250000\n    note: 追加资金\n"),
            "u3": update("2023-08-20", "    status: in_progress\n    funds: 240000\n    note: 新增路灯5盏，按实际结算\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u1.md:6:12: warning: 'funds' for 'A' is 50,000, less than the 200,000 recorded before, though the note speaks of more money: a later 'funds' replaces the earlier figure and is not added to it. Write the total secured (250,000, if this sum came on top)",
        ])
        #expect(loaded.ledger["A"]?.timeline.last?.funds == 240000)
        // Words of more money denied are none; other words for it are.
        for (note, warned) in [("不再追加", false), ("无需追加资金，按实际结算", false), ("区里又拨了3万元", true), ("增加投入3万元", true)] {
            #expect(TimelineCheck.speaksOfMoreMoney(note) == warned, "\(note)")
        }
    }

    @Test func goingBackToProposedIsNamedAndReopeningWithAReasonIsNot() {
        let loaded = site(item, updates: [
            "u1": update("2023-08-01", "    status: resolved\n"),
            "u2": update("2023-08-10", "    status: 征集\n"),
            "u3": update("2023-08-20", "    status: in_progress\n    note: 群众反映又坏了，重新办理\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u2.md:5:13: warning: this sets item 'A' back from resolved to proposed, which is a matter collected and not yet screened; if work on it starts again, write in_progress",
        ])
        #expect(loaded.diagnostics.all.first?.rendered(in: .zhHans).contains("从“已办结”改回了“征集”") == true)
    }

    /// A closed matter opened again with no reason leaves figures already published for it
    /// (its resolution drops out of its month's 办结数): the reason is asked for. Closing it
    /// again, or deferring it (which asks for a note of its own), is not named here.
    @Test func reopeningAClosedMatterWithNoReasonIsNamed() {
        let loaded = site(item, updates: [
            "u1": update("2023-08-01", "    status: resolved\n"),
            "u2": update("2023-08-10", "    status: 办理中\n"),
            "u3": update("2023-08-20", "    status: rejected\n    note: 不属于本村事务\n"),
            "u4": update("2023-08-25", "    status: accepted\n    note: \"  \"\n"),
            "u5": update("2023-09-01", "    status: resolved\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u2.md:5:13: warning: this sets item 'A' from resolved to in_progress, which changes figures already published; say why in 'note'",
            "content/updates/2023/u4.md:5:13: warning: this sets item 'A' from rejected to accepted, which changes figures already published; say why in 'note'",
        ])
        #expect(loaded.diagnostics.all.first?.rendered(in: .zhHans).contains("从“已办结”改为“办理中”") == true)
    }

    /// The field is found in its own entry even when written with a full-width colon (a
    /// slip named and mended), not in the next entry that has it.
    /// Reopened with a note: still named, with the day it was closed, since a mistyped date or
    /// id, or last minutes' `updates:` copied, shifts published figures the same way.
    @Test func reopeningAClosedMatterWithANoteIsNamedWithItsClosingDay() {
        // Named with the day it was resolved, not the day it was first closed otherwise.
        let loaded = site(item, updates: [
            "u0": update("2023-07-20", "    status: rejected\n    note: 不属于本村事务\n"),
            "u1": update("2023-08-01", "    status: resolved\n"),
            "u2": update("2023-08-10", "    status: in_progress\n    note: 材料已进场\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u2.md:5:13: warning: item 'A' was set to resolved on 2023-08-01 and is set to in_progress here, which changes figures already published: if it really was taken up again, ignore this; if the date or the item's id is mistyped, correct it",
        ])
        #expect(loaded.diagnostics.all.first?.rendered(in: .zhHans).contains("已于 2023-08-01 改为“已办结”，这里又改为“办理中”") == true)
    }

    /// The last minutes copied for the next meeting, `updates:` and all: the entry says again,
    /// on a later day, what an earlier one said. The same status with new words is progress.
    @Test func anEntryCopiedWordForWordIsNamed() {
        let loaded = site(item, updates: [
            "u1": update("2023-08-01", "    status: in_progress\n    note: 方案已征求居民意见\n"),
            "u2": update("2023-08-10", "    status: in_progress\n    note: 材料已进场\n"),
            "u3": update("2023-09-01", "    status: in_progress\n    note: 方案已征求居民意见\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u3.md:6:11: warning: this entry for item 'A' says word for word what the one of 2023-08-01 says (the same status and note): was it copied from the last minutes and not changed?",
        ])
    }

    /// The starter file's `vote: {for: 0, against: 0, abstain: 0}` uncommented as it was.
    @Test func aVoteOfNothingButZerosIsNamed() {
        #expect(site(item + "    vote: {for: 0, against: 0, abstain: 0}\n").rendered == [
            "content/meetings/2023/m.md:12:11: warning: every count of 'vote' is 0: write the votes counted, or delete the 'vote' line if there was no vote",
        ])
        #expect(site(item + "    vote: {for: 12, against: 0, abstain: 0}\n").rendered == [])
    }

    @Test func aFieldWithAFullWidthColonIsFoundInItsOwnEntry() {
        let loaded = site(item, updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: A\n    status：征集\n  - item: A\n    status: in_progress\n---\n"])
        #expect(loaded.rendered.filter { $0.contains("back from") }.map { String($0.prefix(32)) } == ["content/updates/2023/u.md:5:12: "])
    }

    @Test func aRatingWhileTheMatterIsOpenIsNamed() {
        let loaded = site(item + "    satisfaction: satisfied\n", updates: [
            "u1": update("2023-08-01", "    status: resolved\n    satisfaction: 满意\n"),
            "u2": update("2023-08-05", "    satisfaction: basically_satisfied\n"),
        ])
        // The raising entry rates an accepted item; the later ratings follow its resolution.
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:12:19: warning: item 'A' is rated while still accepted; residents rate the result: give 'satisfaction' in the entry that resolves it, or later",
        ])
    }

    /// An update dated after today is named, once at its file's date, against the clock's date it
    /// is given; one dated on or before it is not, nor is a meeting dated ahead (an
    /// announcement) unless it is more than a year ahead.
    @Test func anUpdateDatedAfterTodayIsNamed() {
        var s = SiteFixture()
        s["content/meetings/2023/m.md"] = meetingFile(items: item)
        s["content/updates/2023/u1.md"] = update("2023-08-01", "    status: in_progress\n")
        // Two entries of one file: said once, at the file's date (it was said once per entry).
        s["content/updates/2023/u2.md"] = "---\ndate: 2062-08-10\nupdates:\n  - item: A\n    status: in_progress\n  - item: A\n    status: resolved\n---\n"
        #expect(s.load(today: Day(year: 2023, month: 9, day: 1)!).rendered == [
            "content/updates/2023/u2.md:2:7: warning: this update is dated 2062-08-10, which has not come yet (today is 2023-09-01): it is neither counted nor shown until that day. Is the year or the month mistyped?",
        ])
        #expect(s.load(today: Day(year: 2023, month: 9, day: 1)!).diagnostics.all.first?.rendered(in: .zhHans).contains("还没到（今天是 2023-09-01）") == true)
        #expect(s.load(today: Day(year: 2062, month: 8, day: 10)!).rendered == [])
        #expect(s.load().rendered == [], "without a today, nothing is checked against the clock")
        var m = SiteFixture()
        m["content/meetings/2023/m.md"] = meetingFile(items: item)
        #expect(m.load(today: Day(year: 2023, month: 7, day: 1)!).rendered == [],
                "the meeting itself is dated 2023-07-14, after this today: an announcement, not a slip")
    }

    /// A meeting more than a year ahead is the same slip as an update dated ahead (2062 for
    /// 2026), named at its `date:`; a year ahead to the day is still an announcement.
    @Test func aMeetingMoreThanAYearAheadIsNamed() {
        var s = SiteFixture()
        s["content/meetings/2062/m.md"] = "---\nid: m\ntitle: 夜话\nunit: longjiang\ndate: 2062-05-20\n---\n"
        #expect(s.load(today: Day(year: 2026, month: 5, day: 20)!).rendered == [
            "content/meetings/2062/m.md:5:7: warning: this meeting is dated 2062-05-20, more than a year after today (2026-05-20): until then it is listed as a meeting still to come, and nothing in it is counted. Is the year mistyped?",
        ])
        #expect(s.load(today: Day(year: 2061, month: 5, day: 20)!).rendered == [])
        #expect(s.load(today: Day(year: 2061, month: 5, day: 19)!).rendered.count == 1)
        #expect(s.load(today: Day(year: 2026, month: 5, day: 20)!).diagnostics.all.first?.rendered(in: .zhHans).contains("比今天（2026-05-20）晚了一年多") == true)
    }

    /// 2062 typed for 2026 in a meeting's date, its items with a due date and progress in
    /// files of their own: one error, at the meeting's date, giving the earliest of those
    /// dates. Before, nine findings: the due date and the progress (in a file with nothing
    /// wrong in it) were each named as earlier than 2062.
    @Test func aMistypedYearIsNamedOnceAtTheMeetingsDate() {
        var s = SiteFixture()
        let dated = item + "    due: 2026-10-01\n"
        s["content/meetings/2026/m.md"] = meetingFile(date: "2062-09-08", items: dated)
        s["content/updates/2026/u.md"] = update("2026-09-20", "    status: in_progress\n")
        let today = Day(year: 2026, month: 11, day: 23)!
        #expect(s.load(today: today).rendered == [
            "content/meetings/2026/m.md:3:7: error: this meeting is dated 2062-09-08, more than a year after today (2026-11-23), yet its items have dates as early as 2026-09-20 (a due date, the publicity date, or progress reported since): is the year mistyped? Correct this date",
        ])
        // Without a clock, or with the year right, what there is to say is said as before.
        #expect(s.load().rendered.contains { $0.hasPrefix("content/updates/2026/u.md:4:11: error:") })
        s["content/meetings/2026/m.md"] = meetingFile(date: "2026-09-08", items: dated)
        #expect(s.load(today: today).rendered == [])
    }

    /// Two files reporting on one item on one day with different statuses: which stands
    /// depends on the files' names, so the later one is named, with the other. The same status
    /// twice, or a file's own entries one after another, say nothing.
    @Test func differentStatusesOnOneDayInTwoFilesAreNamed() {
        let loaded = site(item, updates: [
            "a": update("2023-08-01", "    status: resolved\n"),
            "b": update("2023-08-01", "    status: in_progress\n    note: 正在施工\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/b.md:5:13: warning: content/updates/2023/a.md also reports on item 'A' on 2023-08-01, as resolved; this says in_progress. Entries of one day count in the order of their files' names, the last one standing: correct the date or the status that is wrong",
        ])
        #expect(Statistics(site: loaded, asOf: Day(iso: "2023-12-31")!).items.first?.state.status == .in_progress)
        #expect(site(item, updates: ["a": update("2023-08-01", "    status: resolved\n"), "b": update("2023-08-01", "    status: resolved\n")]).rendered == [])
        #expect(site(item, updates: ["a": "---\ndate: 2023-08-01\nupdates:\n  - item: A\n    status: in_progress\n  - item: A\n    status: resolved\n---\n"]).rendered == [])
        // The raising meeting's own status on the day of an update is no report of that day, and
        // a later meeting's report comes before the update files of its day, as its folder sorts.
        #expect(site(item, updates: ["a": update("2023-07-14", "    status: in_progress\n")]).rendered == [])
        var s = SiteFixture()
        s["content/meetings/2023/m.md"] = meetingFile(items: item)
        s["content/meetings/2023/n.md"] = meetingFile(date: "2023-08-01", extra: "venue: 村委会\nupdates:\n  - item: A\n    status: in_progress")
        s["content/updates/2023/a.md"] = update("2023-08-01", "    status: resolved\n")
        #expect(s.load().rendered == [])
    }

    /// One item twice in one file, the second entry no step further: an entry copied for
    /// another item and its id not changed. Only the last counted, silently, and the item it was
    /// meant for got no update. Steps of one day in order are a record of that day.
    @Test func oneItemTwiceInAFileIsNamedUnlessItMovesOn() {
        func twice(_ first: String, _ second: String) -> [String] {
            site(item, updates: ["a": "---\ndate: 2023-08-01\nupdates:\n  - item: A\n    status: \(first)\n  - item: A\n    status: \(second)\n    note: 等资金\n    due: 2023-12-31\n---\n"]).rendered
        }
        let named = "content/updates/2023/a.md:6:11: warning: item 'A' already has an entry in this file, on line 4, and where the two differ the last one counts: was the id copied from there and not changed to the item this one is about?"
        #expect(twice("resolved", "deferred") == [named])
        #expect(twice("resolved", "resolved") == [named])
        #expect(twice("in_progress", "accepted") == [named])
        #expect(twice("accepted", "in_progress") == [])
        #expect(twice("in_progress", "resolved") == [])
        // In a meeting's own `updates:` too.
        var s = SiteFixture()
        s["content/meetings/2023/m.md"] = meetingFile(items: item)
        s["content/meetings/2023/n.md"] = meetingFile(date: "2023-08-01", extra: "updates:\n  - item: A\n    status: resolved\n  - item: A\n    status: resolved")
        #expect(s.load().rendered.contains { $0.contains("already has an entry in this file") })
    }

    /// A second file of a day (`yishi new` names it `…-2.md`) counts after the first, and a
    /// tenth after the second, though `-` sorts before `.` and `1` before `2` as plain bytes.
    @Test func aFilesNumberedSequelsCountAfterIt() {
        let loaded = site(item, updates: [
            "2023-08-01-zhujian": update("2023-08-01", "    status: in_progress\n"),
            "2023-08-01-zhujian-2": update("2023-08-01", "    status: resolved\n"),
        ])
        #expect(Statistics(site: loaded, asOf: Day(iso: "2023-12-31")!).items.first?.state.status == .resolved)
        #expect(loaded.rendered == [
            "content/updates/2023/2023-08-01-zhujian-2.md:5:13: warning: content/updates/2023/2023-08-01-zhujian.md also reports on item 'A' on 2023-08-01, as in_progress; this says resolved. Entries of one day count in the order of their files' names, the last one standing: correct the date or the status that is wrong",
        ])
        let tenth = site(item, updates: [
            "x-2": update("2023-08-01", "    status: in_progress\n"),
            "x-10": update("2023-08-01", "    status: resolved\n"),
        ])
        #expect(Statistics(site: tenth, asOf: Day(iso: "2023-12-31")!).items.first?.state.status == .resolved)
        let ordered = ["m/2023-05-01-a.md", "m/2023-05-01-a-2.md", "m/2023-05-01-a-10.md", "m/2023-05-01-a-b.md", "m/2023-05-01-ab.md", "m/2023-05-01-b.md"]
        for mixed in [Array(ordered.reversed()), [3, 0, 5, 2, 4, 1].map { ordered[$0] }] {
            #expect(mixed.sorted(by: FileOrder.precedes) == ordered)
        }
        #expect(FileOrder.precedes("x-7.md", "x-007.md") && !FileOrder.precedes("x-007.md", "x-7.md") && !FileOrder.precedes("x.md", "x.md"))
        // Where the names part inside a number, the numbers decide: 1a before 10, 9 before 10.
        #expect(FileOrder.precedes("x-1a.md", "x-10.md") && FileOrder.precedes("x-9.md", "x-10.md") && !FileOrder.precedes("x-10.md", "x-9.md"))
        #expect(FileOrder.precedes("content/meetings/2023/b.md", "content/updates/2023/a.md"))
    }

    /// A meeting still to come that already records what only a held meeting has: a date
    /// mistyped, which would keep it out of every figure as an announcement. A held one with
    /// nothing recorded counts on its title alone. Both as of the clock's date.
    @Test func aMeetingAtOddsWithItsDateIsNamed() {
        func load(_ text: String) -> [String] {
            var s = SiteFixture()
            s["content/meetings/2023/m.md"] = text
            return s.load(today: Day(iso: "2023-07-01")!).rendered
        }
        let ahead = meetingFile(extra: "attendance:\n  total: 30")
        #expect(load(ahead) == [
            "content/meetings/2023/m.md:3:7: warning: this meeting is dated 2023-07-14, which has not come yet (today is 2023-07-01), but it already records attendance, votes, or items already under way or settled (in progress, resolved, deferred, rejected or referred): is the date mistyped? Until that day it is published as coming up and counted nowhere",
        ])
        #expect(load(meetingFile(items: item + "    vote: {for: 20, against: 0, abstain: 1}\n")).count == 1)
        #expect(load(meetingFile(items: item.replacingOccurrences(of: "accepted", with: "resolved"))).count == 1)
        // Screened in before the meeting that takes it up: no slip.
        #expect(load(meetingFile(items: item)) == [])
        // An announcement: items as proposed, an agenda, no attendance.
        #expect(load(meetingFile(extra: "agenda: [路灯]", items: "  - id: A\n    title: 路灯\n    kind: problem\n")) == [])
        let empty = "---\ntitle: 龙江村议事会\ndate: 2023-06-20\nunit: longjiang\n---\n"
        #expect(load(empty) == [
            "content/meetings/2023/m.md:1:1: warning: this meeting records no attendance, no items and no minutes: it still counts as a meeting held. Add what happened at it, or, if it is still to come, give it its coming date",
        ])
        #expect(load(empty + "会上通报了路灯的办理情况。\n") == [])
        #expect(load(empty.replacingOccurrences(of: "2023-06-20", with: "2023-07-20")) == [])
        // On its day it may be held tonight, its minutes written tomorrow.
        #expect(load(empty.replacingOccurrences(of: "2023-06-20", with: "2023-07-01")) == [])
        // Without the clock (a test's load), neither is made.
        var s = SiteFixture()
        s["content/meetings/2023/m.md"] = ahead
        #expect(s.load().rendered == [])
    }
}
