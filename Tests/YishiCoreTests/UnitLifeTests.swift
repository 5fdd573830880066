import Testing
@testable import YishiCore

/// Villages are merged and communities set up: `since:` and `until:` in units.yml say when a
/// unit existed, so that its absence before or after is no gap in the coverage or the cadence,
/// and a meeting dated outside that time is named.
///
///     dist → town → {old (until 2024-05-31, merged into v2), v2, fresh (since 2024-06-10)}
///     old   meets 2024-04-10
///     v2    meets 2024-05-20 and 2024-06-15
///     fresh has not met
@Suite struct UnitLifeTests {
    static func fixture(units: String = UnitLifeTests.units, meetings: [String: String] = UnitLifeTests.meetings) -> SiteFixture {
        var s = SiteFixture()
        s["content/units.yml"] = units
        for (path, text) in meetings { s[path] = text }
        return s
    }

    static let units = """
        - id: dist
          name: 区
          children:
            - id: town
              name: 甲镇
              children:
                - id: old
                  name: 旧村
                  until: 2024-05-31
                  merged_into: v2
                - id: v2
                  name: 二村
                - id: fresh
                  name: 新村
                  since: 2024-06-10

        """

    static func meeting(_ unit: String, _ date: String) -> String {
        "---\ntitle: \(unit) \(date)\ndate: \(date)\nunit: \(unit)\n---\n"
    }

    static let meetings = [
        "content/meetings/2024/2024-04-10-old.md": meeting("old", "2024-04-10"),
        "content/meetings/2024/2024-05-20-v2.md": meeting("v2", "2024-05-20"),
        "content/meetings/2024/2024-06-15-v2.md": meeting("v2", "2024-06-15"),
    ]

    let site = UnitLifeTests.fixture().load()

    func figures(_ period: String, _ scope: Scope = .site, asOf: String) -> Figures {
        Statistics(site: site, asOf: Day(iso: asOf)!).figures(period: Period(period)!, scope: scope)
    }

    @Test func theUnitsAreReadWithTheirDates() throws {
        #expect(site.diagnostics.all.isEmpty, "\(site.rendered)")
        let old = try #require(site.content.units["old"])
        #expect(old.until == Day(iso: "2024-05-31") && old.since == nil && old.mergedInto?.value == "v2")
        #expect(site.content.units["fresh"]?.since == Day(iso: "2024-06-10"))
    }

    @Test func coverageCountsTheVillagesThatExistedInThePeriod() {
        // April: old and v2 (fresh not yet set up); old met.
        #expect(figures("2024-04", asOf: "2024-06-30").coverage == Rate(numerator: ["old"], denominator: ["old", "v2"]))
        // June: v2 and fresh (old merged away in May); v2 met.
        #expect(figures("2024-06", asOf: "2024-06-30").coverage == Rate(numerator: ["v2"], denominator: ["v2", "fresh"]))
        // The quarter saw all three; old and v2 met in it.
        #expect(figures("2024-q2", asOf: "2024-06-30").coverage == Rate(numerator: ["old", "v2"], denominator: ["old", "v2", "fresh"]))
        // As of 05-15 the quarter so far has no fresh in it: it is set up after the as-of date.
        #expect(figures("2024-q2", asOf: "2024-05-15").coverage == Rate(numerator: ["old"], denominator: ["old", "v2"]))
        #expect(figures("all", asOf: "2024-05-15").coverage == Rate(numerator: ["old"], denominator: ["old", "v2"]))
        // A period after the as-of date (stats and report may ask for one): the units whose life
        // spans from the period back to the as-of date, as the recount has it.
        #expect(figures("2024-q3", asOf: "2024-05-15").coverage.denominatorIDs == ["v2"])
        // A year before any of it: old and v2 existed (neither has a since:), fresh did not.
        #expect(figures("2023", .unit("town"), asOf: "2024-06-30").coverage.denominator == 2)
    }

    @Test func theCadenceWatchesTheVillagesThereOnTheAsOfDate() {
        // old is gone; fresh, set up 20 days ago, has its first cadence_days to meet.
        let june = figures("2024-06", asOf: "2024-06-30").cadence
        #expect(june.map(\.unit) == ["fresh", "v2"])
        #expect(june.map(\.flagged) == [false, false])
        #expect(june[0].lastMeeting == nil && june[0].daysSince == nil)
        // 66 days after it was set up, still without a meeting: flagged.
        #expect(figures("2024-06", asOf: "2024-08-15").cadence.first { $0.unit == "fresh" }?.flagged == true)
        // Before old's last day it is watched, and fresh, not yet there, is not.
        #expect(figures("2024-04", asOf: "2024-05-15").cadence.map(\.unit) == ["old", "v2"])
    }

    @Test func aMeetingOutsideItsUnitsLifeIsNamed() {
        var meetings = UnitLifeTests.meetings
        meetings["content/meetings/2024/2024-06-05-old.md"] = UnitLifeTests.meeting("old", "2024-06-05")
        meetings["content/meetings/2024/2024-06-01-fresh.md"] = UnitLifeTests.meeting("fresh", "2024-06-01")
        let loaded = UnitLifeTests.fixture(meetings: meetings).load()
        #expect(loaded.rendered == [
            "content/meetings/2024/2024-06-01-fresh.md:4:7: error: this meeting is dated 2024-06-01, but units.yml says 新村 ('fresh') was set up only on 2024-06-10: is the date or the unit mistyped?",
            "content/meetings/2024/2024-06-05-old.md:4:7: error: this meeting is dated 2024-06-05, but units.yml says 旧村 ('old') existed only until 2024-05-31, when it was merged into 二村 ('v2'): is the date mistyped, or was this a meeting of 二村?",
        ])
        #expect(loaded.diagnostics.all.map { $0.message.text(in: .zhHans) }.sorted() == [
            "这次会议的日期是 2024-06-01，但 units.yml 里新村（'fresh'）是 2024-06-10 才设立的：是日期写错了，还是召开单位写错了？",
            "这次会议的日期是 2024-06-05，但 units.yml 里旧村（'old'）只存在到 2024-05-31，之后并入了二村（'v2'）：是日期写错了，还是这其实是二村的会议？",
        ])
        // 併 (merge), not 並 (and), in traditional characters; the names as units.yml writes them.
        #expect(loaded.diagnostics.all.map { $0.message.text(in: .zhHant) }.contains {
            $0.contains("但 units.yml 裡旧村（'old'）只存在到 2024-05-31，之後併入了二村（'v2'）：是日期寫錯了，還是這其實是二村的會議？")
        })
    }

    /// A matter handed to a village merged away (or not set up yet) on the day it was handed
    /// over has nobody to answer for it: a warning where the owner is written, in the meeting
    /// and in an update. One handed over while the village existed is not named.
    @Test func anOwnerThatNoLongerExistsIsNamed() {
        var meetings = UnitLifeTests.meetings
        let items = "items:\n  - id: A\n    title: 路灯\n    kind: problem\n    owner: old\n    status: accepted\n  - id: B\n    title: 水管\n    kind: problem\n    owner: old\n    status: accepted\n---\n"
        meetings["content/meetings/2024/2024-06-15-v2.md"] = "---\ntitle: v2\ndate: 2024-06-15\nunit: v2\n" + items
        meetings["content/meetings/2024/2024-04-10-old.md"] = "---\ntitle: t\ndate: 2024-04-10\nunit: old\nitems:\n  - id: C\n    title: 路\n    kind: problem\n    owner: old\n    status: accepted\n---\n"
        var fixture = UnitLifeTests.fixture(meetings: meetings)
        fixture["content/updates/2024/2024-06-05-v2.md"] = "---\ndate: 2024-06-05\nupdates:\n  - item: C\n    owner: fresh\n---\n"
        fixture["content/updates/2024/2024-06-20-v2.md"] = "---\ndate: 2024-06-20\nupdates:\n  - item: B\n    owner: v2\n  - item: C\n    owner: fresh\n---\n"
        let loaded = fixture.load()
        #expect(loaded.rendered == [
            "content/meetings/2024/2024-06-15-v2.md:9:12: warning: on 2024-06-15 旧村 ('old') no longer existed (units.yml: until 2024-05-31), so nobody would answer for this matter: hand it to a unit or department that exists; after the merger, write 'v2' (二村)",
            "content/meetings/2024/2024-06-15-v2.md:14:12: warning: on 2024-06-15 旧村 ('old') no longer existed (units.yml: until 2024-05-31), so nobody would answer for this matter: hand it to a unit or department that exists; after the merger, write 'v2' (二村)",
            "content/updates/2024/2024-06-05-v2.md:5:12: warning: on 2024-06-05 新村 ('fresh') was not set up yet (units.yml: since 2024-06-10), so nobody would answer for this matter: is the date or the owner mistyped?",
        ], "\(loaded.rendered)")
    }

    @Test func datesAndMergersThatCannotBeAreNamedInUnitsYml() {
        let units = """
            - id: dist
              name: 区
              children:
                - id: a
                  name: 甲村
                  since: 2024-06-01
                  until: 2024-05-31
                - id: b
                  name: 乙村
                  merged_into: a
                - id: c
                  name: 丙村
                  until: 2024-05-31
                  merged_into: c
                - id: e
                  name: 戊村
                  until: 2024-13-01
                  merged_into: a
                - id: town
                  name: 甲镇
                  until: 2024-05-31
                  children:
                    - id: f
                      name: 己村

            """
        let loaded = UnitLifeTests.fixture(units: units, meetings: [:]).load()
        #expect(loaded.rendered == [
            "content/units.yml:7:14: error: 'until' (2024-05-31), the last day this unit existed, is before 'since' (2024-06-01), the day it was set up: is one of the two dates mistyped?",
            "content/units.yml:10:20: error: 'b' is merged into another unit, but not said when: add 'until:' with its last day, e.g. until: 2024-06-30",
            "content/units.yml:14:20: error: 'c' cannot be merged into itself: 'merged_into' takes the id of the unit it became part of",
            // Written, but no date: that is the one mistake.
            "content/units.yml:17:14: error: 'until' is '2024-13-01', a date that does not exist",
            "content/units.yml:21:14: error: 'until' is for villages and communities (units with none under them): coverage and the cadence count those. Give the date to each village of 'town' it applies to",
        ])
        // Looked up once units.yml has no error of its own (until then its ids may be incomplete).
        let misspelt = UnitLifeTests.units.replacingOccurrences(of: "merged_into: v2", with: "merged_into: v3")
        #expect(UnitLifeTests.fixture(units: misspelt).load().rendered == [
            "content/units.yml:10:24: error: unknown unit 'v3' (did you mean 'v2'?)",
        ])
    }

    @Test func aMergerNeedsAVillageThereTheNextDay() {
        // Into a town; into a village set up later; into one merged away first; and two villages
        // merged into each other, which the dates alone make impossible.
        let units = """
            - id: dist
              name: 区
              children:
                - id: town
                  name: 甲镇
                  children:
                    - id: a
                      name: 甲村
                      until: 2024-05-31
                      merged_into: town
                    - id: b
                      name: 乙村
                      until: 2024-05-31
                      merged_into: late
                    - id: late
                      name: 新村
                      since: 2024-07-01
                    - id: p
                      name: 丙村
                      until: 2024-03-31
                      merged_into: q
                    - id: q
                      name: 丁村
                      until: 2024-02-29
                      merged_into: p
                    - id: ok
                      name: 戊村
                      until: 2024-06-30
                      merged_into: late

            """
        let loaded = UnitLifeTests.fixture(units: units, meetings: [:]).load()
        #expect(loaded.rendered == [
            "content/units.yml:10:24: error: 甲镇 ('town') has units under it: 'merged_into' takes the village or community this unit became part of",
            "content/units.yml:14:24: error: 新村 ('late') was set up only on 2024-07-01, so this unit cannot have become part of it on 2024-06-01, the day after 'until': is 'until' or 'merged_into' mistyped?",
            "content/units.yml:21:24: error: 丁村 ('q') existed only until 2024-02-29, so this unit cannot have become part of it on 2024-04-01, the day after 'until': is 'until' or 'merged_into' mistyped?",
        ])
        #expect(loaded.diagnostics.all.map { $0.message.text(in: .zhHans) }.first == "甲镇（'town'）下面还有单位：'merged_into' 写这个单位并入的那个村（社区）的编号")
    }

    /// A village given units under it (groups, or another village's, by a slip of indentation)
    /// while they have no meetings and it has: its meetings make no unit count as met. Said on
    /// its line in units.yml; a town whose villages meet, or one with no meetings, is fine.
    @Test func meetingsOnlyAboveQuietUnitsAreNamed() {
        var site = SiteFixture()
        site["content/units.yml"] = site["content/units.yml"]!.replacingOccurrences(
            of: "          name: 龙江村\n          level: 村\n",
            with: "          name: 龙江村\n          level: 村\n          children:\n            - id: lj-1\n              name: 一组\n              level: 组\n")
        site["content/meetings/2023/2023-07-14-longjiang.md"] = meetingFile()
        site["content/meetings/2023/2023-07-20-haifeng.md"] = meetingFile(date: "2023-07-20", unit: "haifeng")
        site["content/meetings/2023/2023-07-21-longhai.md"] = meetingFile(date: "2023-07-21", unit: "longhai")
        let loaded = site.load()
        // A village under a village: the same slip, said even where both have met.
        var nested = SiteFixture()
        nested["content/units.yml"] = nested["content/units.yml"]!.replacingOccurrences(
            of: "          level: 村\n        - id: haifeng\n          name: 海丰村\n          level: 村\n",
            with: "          level: 村\n          children:\n            - id: haifeng\n              name: 海丰村\n              level: 村\n")
        nested["content/meetings/2023/2023-07-14-longjiang.md"] = meetingFile()
        nested["content/meetings/2023/2023-07-20-haifeng.md"] = meetingFile(date: "2023-07-20", unit: "haifeng")
        #expect(nested.load().rendered == [
            "content/units.yml:13:19: warning: '海丰村' (村) is written under '龙江村', also a 村: if it is indented two spaces too far, '龙江村' stops counting as a village in coverage and the cadence list, and its meetings count for none. Line it up with '龙江村''s '- id:'",
        ], "\(nested.load().rendered)")
        #expect(loaded.rendered == [
            "content/units.yml:9:15: warning: '龙江村' has 1 unit under it, none of which has met, and holds 1 meeting itself: coverage and the cadence list count only units with none under them, so these meetings make no unit count as met. If its 'children:' belong under another unit, move them there",
        ], "\(loaded.rendered)")
    }
}
