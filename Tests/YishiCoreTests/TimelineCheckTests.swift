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
            "content/meetings/2023/m.md:7:9: warning: 'due' (2023-06-30) is before the date it was written on (2023-07-14), so the item is overdue from the start: is the year or the month mistyped?",
            "content/updates/2023/u.md:4:11: warning: 'due' (2023-07-31) is before the date it was written on (2023-08-01), so the item is overdue from the start: is the year or the month mistyped?",
        ])
        // On the day itself, or later, is what a due date is.
        #expect(site(item + "    due: 2023-07-14\n").rendered == [])
    }

    @Test func goingBackToProposedIsNamedAndReopeningIsNot() {
        let loaded = site(item, updates: [
            "u1": update("2023-08-01", "    status: resolved\n"),
            "u2": update("2023-08-10", "    status: 征集\n"),
            "u3": update("2023-08-20", "    status: in_progress\n    note: 群众反映又坏了，重新办理\n"),
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/u2.md:4:11: warning: this sets item 'A' back from resolved to proposed, which is a matter collected and not yet screened; if work on it starts again, write in_progress",
        ])
        #expect(loaded.diagnostics.all.first?.rendered(in: .zhHans).contains("从“已办结”改回了“征集”") == true)
    }

    @Test func aRatingWhileTheMatterIsOpenIsNamed() {
        let loaded = site(item + "    satisfaction: satisfied\n", updates: [
            "u1": update("2023-08-01", "    status: resolved\n    satisfaction: 满意\n"),
            "u2": update("2023-08-05", "    satisfaction: basically_satisfied\n"),
        ])
        // The raising entry rates an accepted item; the later ratings follow its resolution.
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:7:9: warning: item 'A' is rated while still accepted; residents rate the result: give 'satisfaction' in the entry that resolves it, or later",
        ])
    }

    /// An update dated after today is named against the clock's date it is given; one dated on
    /// or before it is not, nor is a meeting dated ahead (an announcement).
    @Test func anUpdateDatedAfterTodayIsNamed() {
        let loaded = site(item, updates: [
            "u1": update("2023-08-01", "    status: in_progress\n"),
            "u2": update("2062-08-10", "    status: resolved\n"),
        ])
        let today = Day(year: 2023, month: 9, day: 1)!
        #expect(TimelineCheck.datedAhead(of: today, in: loaded.ledger).map { $0.rendered(in: .en) } == [
            "content/updates/2023/u2.md:4:11: warning: this update is dated 2062-08-10, which has not come yet (today is 2023-09-01): it is neither counted nor shown until that day. Is the year or the month mistyped?",
        ])
        #expect(TimelineCheck.datedAhead(of: Day(year: 2062, month: 8, day: 10)!, in: loaded.ledger).isEmpty)
        #expect(TimelineCheck.datedAhead(of: Day(year: 2023, month: 7, day: 1)!, in: site(item).ledger).isEmpty,
                "the meeting itself is dated 2023-07-14, after this today: an announcement, not a slip")
        #expect(TimelineCheck.datedAhead(of: today, in: loaded.ledger).first?.rendered(in: .zhHans).contains("还没到（今天是 2023-09-01）") == true)
    }
}
