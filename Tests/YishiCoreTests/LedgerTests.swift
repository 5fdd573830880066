import Foundation
import Testing
@testable import YishiCore

/// The ledger folds each item's raising entry with its updates (DESIGN §4 "Terms").
@Suite struct LedgerTests {
    let ledger: Ledger

    init() {
        var s = SiteFixture()
        s["content/meetings/2023/a.md"] = meetingFile(date: "2023-07-14", items: """
              - id: X
                title: 路灯
                kind: problem
                owner: zhujian
                due: 2023-08-15
                status: accepted
              - id: Y
                title: 垃圾点
                kind: suggestion
                owner: longjiang
                status: resolved
              - id: Z
                title: 广场舞噪音
                kind: dispute
              - id: N
                title: 无期限
                kind: problem
                status: accepted
                owner: zhujian

            """)
        // Same date as the meeting: the raising entry still comes first.
        s["content/updates/2023/0714.md"] = "---\ndate: 2023-07-14\nupdates:\n  - item: N\n    status: in_progress\n---\n"
        s["content/updates/2023/0801.md"] = """
            ---
            date: 2023-08-01
            updates:
              - item: X
                status: in_progress
                note: 已勘察
              - item: Z
                status: rejected
                note: 属于物业管理范围
            ---

            """
        s["content/updates/2023/0805.md"] = "---\ndate: 2023-08-05\nupdates:\n  - item: Z\n    status: accepted\n    owner: longjiang\n    note: 复议后受理\n---\n"
        // Two files on 2023-08-10: meetings/ sorts before updates/, so the reassignment comes first.
        s["content/meetings/2023/b.md"] = meetingFile(date: "2023-08-10", extra: "venue: 村委会\nupdates:\n  - item: X\n    owner: caizheng\n    status: in_progress")
        s["content/updates/2023/0810.md"] = """
            ---
            date: 2023-08-10
            updates:
              - item: X
                status: deferred
                due: 2023-09-30
                note: 等待资金下达
            ---

            """
        s["content/updates/2023/0920.md"] = """
            ---
            date: 2023-09-20
            updates:
              - item: X
                status: resolved
                satisfaction: satisfied
              - item: X
                status: resolved
                satisfaction: basically_satisfied
            ---

            """
        s["content/updates/2023/0925.md"] = "---\ndate: 2023-09-25\nupdates:\n  - item: X\n    status: resolved\n    funds: 5000\n---\n"
        let loaded = s.load()
        // The one thing said: 0920.md reports on X twice, the second no step further (the
        // list order within a file, tested below, is that the second counts).
        #expect(loaded.rendered == ["content/updates/2023/0920.md:7:11: warning: item 'X' already has an entry in this file, on line 4, and where the two differ the last one counts: was the id copied from there and not changed to the item this one is about?"],
                "\(loaded.rendered)")
        ledger = loaded.ledger
    }

    func state(_ id: String, _ date: String) -> ItemState? { ledger.state(of: id, asOf: Day(iso: date)!) }

    @Test func notRaisedYet() {
        #expect(state("X", "2023-07-13") == nil)
    }

    @Test func onTheRaiseDate() throws {
        let s = try #require(state("X", "2023-07-14"))
        #expect(s.status == .accepted && s.owner == "zhujian")
        #expect(s.due.description == "2023-08-15" && s.firstDue.description == "2023-08-15")
    }

    @Test func beforeOnAndAfterAnUpdate() {
        #expect(state("X", "2023-07-31")?.status == .accepted)
        #expect(state("X", "2023-08-01")?.status == .in_progress)
        #expect(state("X", "2023-08-02")?.status == .in_progress)
        #expect(state("X", "2023-08-02")?.note == "已勘察")
    }

    @Test func reassignmentAndDeferralOnOneDateInPathOrder() throws {
        let s = try #require(state("X", "2023-08-10"))
        #expect(s.owner == "caizheng")
        #expect(s.status == .deferred)
        #expect(s.due.description == "2023-09-30")
        #expect(s.firstDue.description == "2023-08-15")
        #expect(s.isOverdue(asOf: Day(iso: "2023-10-01")!) == true)
    }

    @Test func deferralMovesTheDueDateSoTheItemIsNotOverdue() throws {
        // Seen on 2023-08-20, the deferral (due 09-30) keeps it from being overdue…
        let s = try #require(state("X", "2023-08-20"))
        #expect(!s.isOverdue(asOf: Day(iso: "2023-08-20")!))
        #expect(s.firstDue < Day(iso: "2023-08-20")!)
        // …while before the deferral, past its first due date, it was.
        let before = try #require(state("X", "2023-08-09"))
        #expect(before.isOverdue(asOf: Day(iso: "2023-08-16")!))
    }

    @Test func listOrderWithinAFileAndARepeatedResolvedDoesNotMoveTheDate() throws {
        let s = try #require(state("X", "2023-09-20"))
        #expect(s.status == .resolved)
        #expect(s.resolvedDate?.description == "2023-09-20")
        #expect(s.satisfaction == .basically_satisfied)
        let later = try #require(state("X", "2023-12-31"))
        #expect(later.resolvedDate?.description == "2023-09-20")
        #expect(later.funds == 5000)
        #expect(later.entryCount == 7)
    }

    @Test func resolvedOnTheSpotTakesTheMeetingDate() throws {
        let s = try #require(state("Y", "2023-07-14"))
        #expect(s.status == .resolved && s.resolvedDate?.description == "2023-07-14")
    }

    @Test func noDueDateMeansDefaultDueDays() throws {
        let s = try #require(state("N", "2023-07-14"))
        #expect(s.due.description == "2023-08-13" && s.firstDue == s.due && !s.dueGiven)
    }

    @Test func raisingEntryComesFirstOnItsDate() {
        #expect(state("N", "2023-07-14")?.status == .in_progress)
    }

    @Test func rejectedThenReaccepted() throws {
        let rejected = try #require(state("Z", "2023-08-02"))
        #expect(rejected.status == .rejected && rejected.closedDate?.description == "2023-08-01")
        let reopened = try #require(state("Z", "2023-08-05"))
        #expect(reopened.status == .accepted && reopened.closedDate == nil && reopened.owner == "longjiang")
    }

    @Test func timelineIsInDateFileAndListOrder() throws {
        let x = try #require(ledger["X"])
        #expect(x.timeline.map(\.date.description) == ["2023-07-14", "2023-08-01", "2023-08-10", "2023-08-10",
                                                          "2023-09-20", "2023-09-20", "2023-09-25"])
        #expect(x.timeline[2].source == .meeting("b"))
        #expect(x.timeline[3].source == .updateFile("0810"))
        #expect(x.timeline.first?.isRaising == true)
    }
}

@Suite struct DayTests {
    @Test func roundTripsAndCounts() {
        for text in ["1970-01-01", "2000-02-29", "2023-07-14", "2024-12-31", "2100-03-01"] {
            #expect(Day(iso: text)?.description == text)
        }
        #expect(Day(iso: "2023-07-14")!.days(until: Day(iso: "2023-08-15")!) == 32)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2023-7-14") == nil)
        #expect(Day(iso: "2024-02-28")!.adding(days: 1).description == "2024-02-29")
    }

    /// The date as text, digit by digit, against the padded numbers it replaced: every day of
    /// years 1 to 9999 and a few years beyond on either side, where the padding takes over.
    @Test func descriptionIsPaddedYearMonthDay() {
        func padded(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        let first = Day(year: 1, month: 1, day: 1)!.ordinal, last = Day(year: 9999, month: 12, day: 31)!.ordinal
        var differing = 0
        for ordinal in stride(from: first - 800, through: last + 800, by: 1) {
            let day = Day(ordinal: ordinal), c = day.components
            if day.description != "\(padded(c.year, 4))-\(padded(c.month, 2))-\(padded(c.day, 2))" { differing += 1 }
        }
        #expect(differing == 0)
        #expect(Day(ordinal: last + 1).description == "10000-01-01")
        #expect(Day(year: 7, month: 3, day: 9)?.description == "0007-03-09")
    }
}

/// Two update files of one day whose names are the same text in two spellings (é as one
/// character, or as e and an accent, as some systems save names): Swift's == calls them equal,
/// but the order of a day's entries is by the names' bytes, so which one stands does not
/// depend on where in its file each entry is.
@Suite struct LedgerFileSpellingTests {
    @Test func entriesOfTwoSpellingsOfOneNameGoInByteOrder() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("yishi-spelling-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        var files = SiteFixture().files
        files["content/meetings/2023/a.md"] = meetingFile(date: "2023-07-14", items: """
              - id: X
                title: 路灯
                kind: problem
                owner: zhujian
                status: accepted
              - id: Y
                title: 垃圾点
                kind: problem
                owner: zhujian
                status: accepted

            """)
        let composed = "content/updates/2023/caf\u{E9}.md", decomposed = "content/updates/2023/cafe\u{301}.md"
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        // X's entry is first in the composed file and second in the decomposed one: ordered by
        // place in the file, as an equal name would be, the decomposed one's would stand.
        let texts: [(path: String, text: String)] = [
            (composed, "---\ndate: 2023-08-01\nupdates:\n  - item: X\n    status: deferred\n    due: 2023-12-01\n---\n"),
            (decomposed, "---\ndate: 2023-08-01\nupdates:\n  - item: Y\n    status: in_progress\n  - item: X\n    status: in_progress\n---\n"),
        ]
        for (path, text) in files.map({ (path: $0.key, text: $0.value) }) + texts {
            let full = root.path + "/" + path
            try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // By the name's own bytes: Foundation might write either spelling for both.
            let fd = open(full, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
            try #require(fd >= 0)
            let bytes = Array(text.utf8)
            #expect(write(fd, bytes, bytes.count) == bytes.count)
            close(fd)
        }
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        let x = try #require(loaded.ledger["X"])
        // "e" (0x65) comes before "é" (0xC3 0xA9): the decomposed file first, the composed last.
        #expect(x.timeline.map(\.file).map { Array($0.utf8) } == [Array("content/meetings/2023/a.md".utf8), Array(decomposed.utf8), Array(composed.utf8)])
        #expect(loaded.ledger.state(of: "X", asOf: Day(iso: "2023-08-02")!)?.status == .deferred)
    }
}
