import Testing
@testable import YishiCore

/// Checks that need every file at once: references, ids across files, update dates.
@Suite struct CrossFileTests {
    func site(_ meetings: [String: String], updates: [String: String] = [:]) -> LoadedSite {
        var s = SiteFixture()
        for (name, text) in meetings { s["content/meetings/2023/\(name).md"] = text }
        for (name, text) in updates { s["content/updates/2023/\(name).md"] = text }
        return s.load()
    }

    let item = "  - id: LJ-2023-007\n    title: 路灯\n    kind: problem\n    owner: zhujian\n    status: accepted\n"

    /// An item whose kind (or title) was wrong was left out, and its owner's mistake, and the
    /// updates naming it, waited for the next run: every problem is now said in one.
    @Test func anItemWithAWrongKindIsStillCheckedWhole() {
        let loaded = site(["m": meetingFile(items: "  - id: LJ-2023-007\n    title: 路灯\n    kind: 问题述求\n    owner: zhujain\n    status: accepted\n")],
                          updates: ["u": "---\ndate: 2023-07-20\nupdates:\n  - item: LJ-2023-007\n    status: in_progress\n---\n"])
        let errors = loaded.diagnostics.all.filter { $0.severity == .error }
        #expect(errors.count == 2, "\(loaded.rendered)")
        #expect(errors.contains { $0.location.line == 9 } && errors.contains { $0.location.line == 10 }, "\(loaded.rendered)")
        #expect(!loaded.rendered.contains { $0.contains("u.md") }, "the update finds its item: \(loaded.rendered)")
    }

    /// An unknown item id is answered with the item it most likely means: of those one slip
    /// away that the file's own village raised, and of several, the one still open.
    /// LJ-2023-081 is one slip from both LJ-2023-001 (closed before) and LJ-2023-018 (open):
    /// 018 is meant. Where that leaves two, or none, no guess, which the secretary might take
    /// for the one meant.
    @Test func anUnknownItemIsAnsweredWithTheOpenItemOfItsOwnVillage() throws {
        let items = "  - {id: LJ-2023-001, title: 路灯, kind: problem, owner: zhujian, status: resolved, note: 已修}\n"
            + "  - {id: LJ-2023-018, title: 井盖, kind: problem, owner: zhujian, status: accepted}\n"
        let other = "  - {id: LJ-2023-108, title: 水渠, kind: problem, owner: zhujian, status: accepted}\n"
        func said(_ written: String, unit: String = "longjiang") throws -> Message {
            let loaded = site(["m": meetingFile(items: items), "h": meetingFile(unit: "haifeng", items: other)],
                              updates: ["u": "---\ndate: 2023-07-20\nunit: \(unit)\nupdates:\n  - {item: \(written), status: in_progress, note: 施工}\n---\n"])
            let errors = loaded.diagnostics.all.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(loaded.rendered)")
            return try #require(errors.first).message
        }
        #expect(try said("LJ-2023-081") == .unknownReference(kind: .item, id: "LJ-2023-081", suggestion: "LJ-2023-018"))
        // From the district, above both villages: 018 and 108 are both open and one slip away.
        #expect(try said("LJ-2023-118", unit: "haitang") == .unknownReference(kind: .item, id: "LJ-2023-118", suggestion: nil))
        // Only a closed one near: that one (a rating given late is an update to a closed matter).
        #expect(try said("LJ-2023-00l") == .unknownReference(kind: .item, id: "LJ-2023-00l", suggestion: "LJ-2023-001"))
        // Another village's, though open and alone one slip away: none.
        #expect(try said("LJ-2023-10") == .unknownReference(kind: .item, id: "LJ-2023-10", suggestion: nil))
        // Typed in full-width mode, it looks the same as the id it means: said so, not as a guess.
        #expect(try said("LJ－2023－001") == .fullWidthInID(kind: .item, id: "LJ－2023－001", meant: "LJ-2023-001", marks: "'－'"))
        let unit = site(["m": meetingFile(unit: "ｌｏｎｇｊｉａｎｇ")]).diagnostics.all.map { $0.rendered(in: .zhHans) }
        #expect(unit.contains { $0.hasSuffix("error: 单位编号 'ｌｏｎｇｊｉａｎｇ' 里有全角字符（'ｌ' 'ｏ' 'ｎ' 'ｇ' 'ｊ' 'ｉ' 'ａ'），看起来一样，却不是这个编号：请把输入法切换到半角（英文）重新输入：'longjiang'") }, "\(unit)")
    }

    /// A file copied in Explorer (`… - 副本.md`), which sorts before its original: one error,
    /// on the copy, saying it is one. Before, the advice was to rename it to the original's
    /// name, and the original was blamed for raising its own items again.
    @Test func aCopyOfAMeetingFileIsNamedOnceOnTheCopy() {
        let original = meetingFile(items: item)
        let loaded = site(["2023-07-14-longjiang": original, "2023-07-14-longjiang - 副本": original],
                          updates: ["u": "---\ndate: 2023-07-20\nupdates:\n  - item: LJ-2023-007\n    status: in_progress\n---\n"])
        #expect(loaded.rendered == [
            "content/meetings/2023/2023-07-14-longjiang - 副本.md:1:1: error: the file name '2023-07-14-longjiang - 副本' is the name a file gets when it is copied. If 2023-07-14-longjiang.md is still there, this is a spare copy: delete it. If this one holds another meeting, rename it after that meeting's date and unit",
        ])
        // A copy begun as the next meeting, its date changed and its items not yet: the items
        // are named on the copy, and the update is checked against the original's date.
        let next = original.replacingOccurrences(of: "date: 2023-07-14", with: "date: 2023-08-20")
        let begun = site(["2023-07-14-longjiang": original, "2023-07-14-longjiang(1)": next.replacingOccurrences(of: "LJ-2023-007", with: "LJ-2023-009")],
                         updates: ["u": "---\ndate: 2023-07-20\nupdates:\n  - item: LJ-2023-007\n    status: in_progress\n---\n"])
        #expect(begun.rendered.first?.hasPrefix("content/meetings/2023/2023-07-14-longjiang(1).md:1:1: error: the file name '2023-07-14-longjiang(1)' is the name a file gets when it is copied.") == true)
        #expect(begun.rendered.first?.hasSuffix("rename it after that meeting's date and unit (2023-08-20-longjiang.md, by its date and unit)") == true)
        let same = site(["2023-07-14-longjiang": original, "2023-07-14-longjiang(1)": next],
                        updates: ["u": "---\ndate: 2023-07-20\nupdates:\n  - item: LJ-2023-007\n    status: in_progress\n---\n"])
        #expect(same.rendered.allSatisfy { $0.hasPrefix("content/meetings/2023/2023-07-14-longjiang(1).md") }, "\(same.rendered)")
    }

    @Test(arguments: [
        ("2023-07-14-longjiang - 副本", "2023-07-14-longjiang"), ("2023-07-14-longjiang - 副本 (2)", "2023-07-14-longjiang"),
        ("2023-07-14-longjiang - Copy", "2023-07-14-longjiang"), ("2023-07-14-longjiang(1)", "2023-07-14-longjiang"),
        ("2023-07-14-longjiang (3)", "2023-07-14-longjiang"), ("2023-07-14-longjiang（1）", "2023-07-14-longjiang"),
        ("2023-07-14-longjiang 副本", "2023-07-14-longjiang"), ("2023-07-14-longjiang copy", "2023-07-14-longjiang"),
        ("2023-07-14-longjiang 2", "2023-07-14-longjiang"), ("复件 2023-07-14-longjiang", "2023-07-14-longjiang"),
        ("2023-07-14-longjiang", nil), ("龙江村夜话", nil), ("龙江村夜话 - 副本", nil), ("2023-07-14 longjiang", nil),
    ] as [(String, String?)])
    func theNameACopyGetsGivesTheOriginal(copy: String, original: String?) {
        #expect(Identifier.original(ofCopy: copy) == original)
    }


    @Test func unknownUnitWithSuggestion() {
        let loaded = site(["m": meetingFile(unit: "longjang")])
        #expect(loaded.rendered == ["content/meetings/2023/m.md:4:7: error: unknown unit 'longjang' (did you mean 'longjiang'?)"])
    }

    /// Last meeting's file copied for another village with its `unit:` left as it was would
    /// count for the wrong village: named, as a file named for another date is. A name after
    /// the unit (`-2`, `-evening`) or after no unit at all is no claim.
    @Test func aFileNamedForAnotherUnitIsNamed() {
        let loaded = site([
            "2023-07-14-haifeng": meetingFile(unit: "longjiang"),
            "2023-07-15-longjiang-2": meetingFile(date: "2023-07-15"),
            "2023-07-16-longjiang": meetingFile(date: "2023-07-16"),
            "2023-07-17-haitang-evening": meetingFile(date: "2023-07-17"),
            "2023-07-18-yeyi": meetingFile(date: "2023-07-18"),
            "2023-07-19-haifeng": meetingFile(date: "2023-07-19", extra: "id: LJ-2023-0719"),
            // A joint meeting's file may name each unit.
            "2023-07-20-haifeng-longjiang": meetingFile(date: "2023-07-20"),
        ])
        #expect(loaded.rendered == [
            "content/meetings/2023/2023-07-14-haifeng.md:4:7: warning: the file is named for the unit 'haifeng' but 'unit' is 'longjiang'; the meeting counts for 'longjiang': correct whichever is wrong",
            "content/meetings/2023/2023-07-17-haitang-evening.md:4:7: warning: the file is named for the unit 'haitang' but 'unit' is 'longjiang'; the meeting counts for 'longjiang': correct whichever is wrong",
        ])
    }

    /// A village's progress file on another village's matter, owned by neither, is most
    /// likely a mistyped item id: named. A town's file on its village's matter, or a file of
    /// the village that owns the matter, is not.
    @Test func anUpdateFromAnUnrelatedUnitIsNamed() {
        let items = "  - id: LJ-1\n    title: 路灯\n    kind: problem\n    owner: zhujian\n    status: accepted\n"
            + "  - id: LJ-2\n    title: 水管\n    kind: problem\n    owner: haifeng\n    status: accepted\n"
            + "  - id: LJ-3\n    title: 桥\n    kind: problem\n    owner: zhujian\n    status: accepted\n"
        func entry(_ item: String) -> String { "  - item: \(item)\n    status: in_progress\n" }
        let loaded = site(["m": meetingFile(items: items)], updates: [
            "a": "---\ndate: 2023-08-01\nunit: haifeng\nupdates:\n" + entry("LJ-1") + entry("LJ-2") + "---\n",
            "b": "---\ndate: 2023-08-01\nunit: longhai\nupdates:\n" + entry("LJ-1") + "---\n",
            "c": "---\ndate: 2023-08-01\nunit: longjiang\nupdates:\n" + entry("LJ-1") + "---\n",
            "d": "---\ndate: 2023-08-01\nupdates:\n" + entry("LJ-1") + "---\n",
            // Handed on to haifeng by a referral: haifeng's file then reports on its own matter.
            "e": "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-3\n    status: referred\n    owner: haifeng\n    note: 转海丰村办理\n---\n",
            "f": "---\ndate: 2023-08-05\nunit: haifeng\nupdates:\n  - item: LJ-3\n    status: resolved\n---\n",
            // Without 'unit:', a file named for a unit is that unit's; one named for a department is not.
            "2023-08-02-haifeng": "---\ndate: 2023-08-02\nupdates:\n" + entry("LJ-1") + "---\n",
            "2023-08-02-haifeng-2": "---\ndate: 2023-08-02\nupdates:\n" + entry("LJ-1") + "---\n",
            "2023-08-02-zhujian": "---\ndate: 2023-08-02\nupdates:\n" + entry("LJ-1") + "---\n",
        ])
        #expect(loaded.rendered == [
            "content/updates/2023/2023-08-02-haifeng-2.md:4:11: warning: this is 'haifeng''s progress file (by its name), but item 'LJ-1' was raised at a meeting of 'longjiang' and is not owned by 'haifeng': is the item id mistyped? (This entry would change another unit's matter)",
            "content/updates/2023/2023-08-02-haifeng.md:4:11: warning: this is 'haifeng''s progress file (by its name), but item 'LJ-1' was raised at a meeting of 'longjiang' and is not owned by 'haifeng': is the item id mistyped? (This entry would change another unit's matter)",
            "content/updates/2023/a.md:5:11: warning: this is 'haifeng''s progress file ('unit'), but item 'LJ-1' was raised at a meeting of 'longjiang' and is not owned by 'haifeng': is the item id mistyped? (This entry would change another unit's matter)",
        ])
    }

    /// A department's file whose id begins with a unit's (`haifeng-shuili`, 海丰水利站) is the
    /// department's, not the unit's: no unit is read from its name.
    @Test func aDepartmentsFileIsNotTakenForAUnitsByItsName() {
        var s = SiteFixture()
        s["content/departments.yml"]! += "- id: haifeng-shuili\n  name: 海丰水利站\n"
        s["content/meetings/2023/m.md"] = meetingFile(items: "  - id: LJ-1\n    title: 路灯\n    kind: problem\n    owner: zhujian\n    status: accepted\n")
        s["content/updates/2023/2023-08-02-haifeng-shuili.md"] = "---\ndate: 2023-08-02\nupdates:\n  - item: LJ-1\n    status: in_progress\n---\n"
        #expect(s.load().rendered == [])
        s["content/updates/2023/2023-08-02-haifeng-shuili.md"] = nil
        s["content/updates/2023/2023-08-02-haifeng-2.md"] = "---\ndate: 2023-08-02\nupdates:\n  - item: LJ-1\n    status: in_progress\n---\n"
        #expect(s.load().rendered.count == 1)
    }

    /// The same minutes saved under a name of their own (`…-b.md`, which sorts before the
    /// original): one error, on the copy, not one per item on the original.
    @Test func anExactCopyUnderANameOfItsOwnIsNamedOnceOnTheCopy() {
        for copy in ["2023-07-14-longjiang-b", "2023-07-14-longjiang-new"] {
            let loaded = site(["2023-07-14-longjiang": meetingFile(items: item), copy: meetingFile(items: item)])
            #expect(loaded.rendered == [
                "content/meetings/2023/\(copy).md:1:1: error: this file raises exactly the items content/meetings/2023/2023-07-14-longjiang.md raises, id for id: it looks like a copy of it. If it is spare, delete it; if it is another meeting, give its items ids of their own",
            ], "\(copy)")
        }
        // Another meeting that raises one of the same items and one of its own: named item by item.
        let other = item + "  - id: LJ-2023-008\n    title: 水\n    kind: problem\n    owner: zhujian\n    status: accepted\n"
        let loaded = site(["2023-07-14-longjiang": meetingFile(items: item), "2023-07-20-longjiang": meetingFile(date: "2023-07-20", items: other)])
        #expect(loaded.rendered.count == 1 && loaded.rendered[0].contains("2023-07-20-longjiang.md:7:9: error:"), "\(loaded.rendered)")
    }

    /// Five places or more naming one unknown id are one cause; fewer are each their own slip.
    /// A department named as an owner too is counted as the department it is.
    @Test func manyPlacesNamingOneUnknownIdAreOneCause() {
        let at = SourceLocation(file: "content/meetings/2023/m.md", line: 1, column: 1)
        func unknown(_ kind: Message.IDKind, _ id: String) -> Diagnostic { .error(.unknownReference(kind: kind, id: id, suggestion: nil), at: at) }
        let list = DiagnosticList(Array(repeating: unknown(.department, "zhujian"), count: 3) + Array(repeating: unknown(.owner, "zhujian"), count: 2)
                                  + Array(repeating: unknown(.unit, "dongcun"), count: 4) + [.warning(.unknownReference(kind: .unit, id: "dongcun", suggestion: nil), at: at)])
        let causes = list.repeatedUnknownIDs()
        #expect(causes.map(\.id) == ["zhujian"] && causes.first?.kind == .department && causes.first?.count == 5)
    }

    @Test func unknownDepartmentAndOwner() {
        let loaded = site(["m": meetingFile(extra: "departments: [zhujain]", items: "  - id: A\n    title: x\n    kind: problem\n    owner: caizhen\n")])
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:5:15: error: unknown department 'zhujain' (did you mean 'zhujian'?)",
            "content/meetings/2023/m.md:10:12: error: unknown unit or department 'caizhen' (did you mean 'caizheng'?)",
        ])
    }

    /// Secretaries know 龙江村 and 区住建局 by name; the message gives the id to write.
    @Test func aNameWrittenForAnIdIsGivenTheId() {
        let items = "  - id: A\n    title: 安置区路灯不亮\n    kind: problem\n    owner: 区住建局\n    status: accepted\n"
        let loaded = site(["m": meetingFile(unit: "龙江村", extra: "departments: [区财政局]", items: items)],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: 安置区路灯不亮\n    owner: 龙江村\n---\n"])
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:4:7: error: '龙江村' is a name; write the unit's id here: 'longjiang'",
            "content/meetings/2023/m.md:5:15: error: '区财政局' is a name; write the department's id here: 'caizheng'",
            "content/meetings/2023/m.md:10:12: error: '区住建局' is a name; write the department's id here: 'zhujian'",
            "content/updates/2023/u.md:4:11: error: '安置区路灯不亮' is an item's title; write the item's id here: 'A'",
            "content/updates/2023/u.md:5:12: error: '龙江村' is a name; write the unit's id here: 'longjiang'",
        ])
        #expect(loaded.diagnostics.sorted.first?.rendered(in: .zhHans).hasSuffix("'龙江村' 是单位的名称；这里要写它的编号：'longjiang'") == true)
    }

    /// 住建局 for 区住建局, 龙江 for 龙江村: part of one name, so that name's id is suggested.
    @Test func partOfANameGetsThatNamesId() {
        let items = "  - id: A\n    title: 路灯\n    kind: problem\n    owner: 住建局\n    status: accepted\n"
        let loaded = site(["m": meetingFile(unit: "龙江", extra: "departments: [区]", items: items)])
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:4:7: error: unknown unit '龙江' (did you mean 'longjiang'?)",
            // One character is too little to go by: no guess.
            "content/meetings/2023/m.md:5:15: error: unknown department '区'",
            "content/meetings/2023/m.md:10:12: error: unknown unit or department '住建局' (did you mean 'zhujian'?)",
        ])
    }

    /// 村委会 for an owner: words, no id and close to none. The message says what an owner is,
    /// with the meeting's own unit for a matter the village keeps; in an update file, without.
    @Test func anOwnerWrittenInWordsIsToldWhatAnOwnerIs() {
        let items = "  - id: A\n    title: 路灯\n    kind: problem\n    owner: 村委会\n    status: accepted\n"
        let loaded = site(["m": meetingFile(items: items)],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: A\n    owner: 村里自己\n---\n"])
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:10:12: error: '村委会' is not an id: an owner is a department's id from departments.yml or a unit's id from units.yml; for a matter the village or community itself owns, write this meeting's unit 'longjiang' (龙江村)",
            "content/updates/2023/u.md:5:12: error: '村里自己' is not an id: an owner is a department's id from departments.yml or a unit's id from units.yml",
        ])
        #expect(loaded.diagnostics.sorted.first?.rendered(in: .zhHans).contains("写本次会议的单位 'longjiang'（龙江村）") == true)
    }

    /// While units.yml cannot be read nothing can be called unknown, but what can be no id is still named.
    @Test func whileTheIdsCannotBeReadOnlyWhatCanBeNoIdIsNamed() {
        var s = SiteFixture()
        s["content/units.yml"] = "- id: longjiang\n  name: 龙江村\n  level: 村\n  children: [oops\n"
        s["content/meetings/2023/a.md"] = meetingFile(unit: "龙江 村")
        s["content/meetings/2023/b.md"] = meetingFile(date: "2023-07-15", unit: "longjang")
        let errors = s.load().diagnostics.errors
        #expect(errors.filter { $0.location.file.hasPrefix("content/meetings") }.map(\.message) == [.invalidID(value: "龙江 村")])
    }

    /// The cards of 四议两公开 say 赞成, 反对 and 弃权.
    @Test func votesMayBeCountedInTheWordsOnTheCards() throws {
        let items = "  - id: A\n    title: x\n    kind: problem\n    vote: {赞成: 30, 反对: 1, 弃权: 2}\n"
        let loaded = site(["m": meetingFile(items: items)])
        #expect(loaded.rendered == [])
        let vote = try #require(loaded.content.meetings.first?.items.first?.vote)
        #expect((vote.inFavour, vote.against, vote.abstain) == (30, 1, 2))
        // A part left out is not a count of 0.
        let two = site(["m": meetingFile(items: "  - id: A\n    title: x\n    kind: problem\n    vote: {赞成: 30, 反对: 1}\n")])
        let partial = try #require(two.content.meetings.first?.items.first?.vote)
        #expect(partial.abstain == nil && partial.total == 31)
        let twice = site(["m": meetingFile(items: "  - id: A\n    title: x\n    kind: problem\n    vote: {for: 30, 赞成: 30}\n")])
        #expect(twice.rendered == ["content/meetings/2023/m.md:10:21: error: '赞成' is given twice; keep one and delete the other"])
    }

    @Test func aUnitCanOwnAnItem() {
        let loaded = site(["m": meetingFile(items: "  - id: A\n    title: x\n    kind: problem\n    owner: longjiang\n")])
        #expect(loaded.rendered == [])
    }

    @Test func itemRaisedTwice() {
        let loaded = site(["a": meetingFile(items: item), "b": meetingFile(date: "2023-08-01", items: item)])
        #expect(loaded.rendered == [
            "content/meetings/2023/b.md:7:9: error: item 'LJ-2023-007' is raised again; it was first raised at content/meetings/2023/a.md:7:9. To report progress, add it under 'updates:' instead",
        ])
    }

    @Test func meetingIdsDifferingOnlyInCase() {
        let loaded = site(["Ljx": meetingFile(), "ljx": meetingFile(date: "2023-08-01")])
        #expect(loaded.diagnostics.errors.count == 1)
        #expect(loaded.diagnostics.errors.first?.message == .caseCollision(kind: .meeting, id: "ljx", other: "Ljx",
                                                                             first: YishiCore.SourceLocation(file: "content/meetings/2023/Ljx.md", line: 1, column: 1)))
    }

    /// Two meetings given one id with `id:` are named at those lines, not at the files' tops.
    @Test func aMeetingIdWrittenTwiceIsNamedAtItsLine() {
        let loaded = site(["a": meetingFile(extra: "id: ljx-0714"), "b": meetingFile(date: "2023-08-01", extra: "id: ljx-0714")])
        #expect(loaded.rendered.count == 1, "\(loaded.rendered)")
        #expect(loaded.rendered.first?.hasPrefix("content/meetings/2023/b.md:5:5: error:") == true, "\(loaded.rendered)")
        #expect(loaded.rendered.first?.contains("content/meetings/2023/a.md:5:5") == true, "\(loaded.rendered)")
    }

    /// The same minutes saved in two year folders: one error that says the file name is the
    /// id and what to do, not one more for each of its items (before: "used twice" and then
    /// "item raised again" for every item, with no word of why).
    @Test func theSameMinutesSavedInTwoYearFoldersIsOneMistake() throws {
        var s = SiteFixture()
        let minutes = meetingFile(items: item + "  - id: LJ-2023-008\n    title: 井盖\n    kind: problem\n")
        s["content/meetings/2023/ljx-0714.md"] = minutes
        s["content/meetings/2024/ljx-0714.md"] = minutes
        let loaded = s.load()
        #expect(loaded.rendered == [
            "content/meetings/2024/ljx-0714.md:1:1: error: meeting id 'ljx-0714' is used twice (first at content/meetings/2023/ljx-0714.md:1:1): "
                + "a meeting's id is its file name without .md, so no two files may share a name, even in different year folders. "
                + "If it is the same meeting saved twice, delete one copy; if not, rename this file",
        ])
        #expect(try #require(loaded.diagnostics.errors.first).rendered(in: .zhHans).hasSuffix("：会议编号就是文件名（不含 .md），放在不同年份的文件夹里也不能同名。同一次会议存了两份的，删掉一份；是另一次会议的，请给这个文件改个名字"))
        // An item of that meeting raised again in a third file is still its own mistake.
        s["content/meetings/2023/other.md"] = meetingFile(date: "2023-08-01", items: item)
        #expect(s.load().rendered.count == 2)
        // A copy made into another meeting, one item id changed and one not: the one not
        // changed is named now, not only once the file is renamed.
        s["content/meetings/2023/other.md"] = nil
        s["content/meetings/2024/ljx-0714.md"] = meetingFile(date: "2024-03-01", items: item + "  - id: LJ-2024-001\n    title: 井盖\n    kind: problem\n")
        #expect(s.load().rendered.map { $0.prefix(45) } == ["content/meetings/2024/ljx-0714.md:1:1: error:", "content/meetings/2024/ljx-0714.md:7:9: error:"])
        // Ids given with 'id:', even in files of the same name: the advice is about those lines.
        var named = SiteFixture()
        named["content/meetings/2023/x.md"] = meetingFile(extra: "id: ljx-0714")
        named["content/meetings/2024/x.md"] = meetingFile(date: "2024-08-01", extra: "id: ljx-0714")
        #expect(named.load().rendered.first?.hasSuffix("If it is the same meeting saved twice, delete one copy; if not, change one of the two 'id:' lines") == true, "\(named.load().rendered)")
    }

    /// A meeting renamed with its old id in 'aliases', and the old file left behind: one error
    /// that says so, whichever of the two files is read first, and none for its items.
    @Test func theFileLeftFromBeforeARenamingIsOneMistake() throws {
        let minutes = meetingFile(items: item)
        // Read first, the old file's id makes the new file's alias the clash; read second, the
        // old file's id is the clash, with another meeting's former id.
        for (old, new) in [("a-old", "b-new"), ("b-old", "a-new")] {
            var s = SiteFixture()
            s["content/meetings/2023/\(old).md"] = minutes
            s["content/meetings/2023/\(new).md"] = "---\naliases: [\(old)]\n" + minutes.dropFirst(4)
            let errors = s.load().diagnostics.errors
            #expect(errors.count == 1, "\(errors.map { $0.rendered(in: .en) })")
            switch errors.first?.message {
            case .aliasTaken(let alias, let first)?: #expect(old == "a-old" && alias == old && first.file.hasSuffix("/\(old).md"))
            case .idIsFormerID(let id, let meeting, _)?: #expect(old == "b-old" && id == old && meeting == new)
            default: Issue.record("\(errors.map { $0.rendered(in: .en) })")
            }
        }
    }

    @Test func unitIdsMustBeUniqueAndNotShadowDepartments() {
        var s = SiteFixture()
        s["content/units.yml"] = "- id: a\n  name: A\n  children:\n    - id: A\n      name: B\n    - id: zhujian\n      name: C\n"
        let loaded = s.load()
        #expect(loaded.rendered == [
            "content/departments.yml:1:7: error: 'zhujian' is both a unit id and a department id, so an owner 'zhujian' is ambiguous; rename one of them",
            "content/units.yml:4:11: error: unit id 'A' differs from 'a' (at content/units.yml:1:7) only in upper and lower case; they would collide on some disks",
        ])
    }

    /// A unit written twice — under two towns, say — would count and list its meetings twice.
    @Test func aUnitIdWrittenTwiceIsAnError() {
        var s = SiteFixture()
        s["content/units.yml"] = "- id: county\n  name: 县\n  children:\n    - id: t1\n      name: 甲镇\n      children:\n        - id: v\n          name: 村\n    - id: t2\n      name: 乙镇\n      children:\n        - id: v\n          name: 村\n"
        let loaded = s.load()
        #expect(loaded.rendered == [
            "content/units.yml:12:15: error: unit id 'v' is used twice (first at content/units.yml:7:15)",
        ])
    }

    @Test func updateToAnUnknownItem() {
        let loaded = site(["a": meetingFile(items: item)],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-070\n    status: resolved\n---\n"])
        #expect(loaded.rendered == ["content/updates/2023/u.md:4:11: error: unknown item 'LJ-2023-070' (did you mean 'LJ-2023-007'?)"])
    }

    /// An item left out for an error is not "unknown, did you mean" another item: a secretary
    /// who took the advice would attach the progress to the wrong matter. (An item with a wrong
    /// kind is read, and found: anItemWithAWrongKindIsStillCheckedWhole.)
    @Test func anUpdateToAnItemLeftOutForAnErrorNamesNoOtherItem() {
        let items = "  - {id: LJ-2023-007, title: 路灯, kind: problem\n" + "  - id: LJ-2023-008\n    title: 井盖\n    kind: problem\n"
        let loaded = site(["a": meetingFile(items: items)],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-007\n    status: resolved\n---\n"])
        let update = loaded.rendered.filter { $0.hasPrefix("content/updates/") }
        #expect(update == ["content/updates/2023/u.md:4:11: error: no meeting raises item 'LJ-2023-007'; the meeting file content/meetings/2023/a.md has errors and could not be read whole: if the item is raised there, fix those errors first, else check the id"],
                "\(loaded.rendered)")
    }

    /// The second item's id copied from the first: the update to the second is not pointed at
    /// another meeting's item that happens to be one digit away.
    @Test func anUpdateToAnItemWhoseIdWasCopiedOverNamesTheCopy() {
        let copied = "  - id: LJ-2023-007\n    title: 路灯\n    kind: problem\n" + "  - id: LJ-2023-007\n    title: 井盖\n    kind: problem\n"
        let loaded = site(["a": meetingFile(items: copied), "b": meetingFile(date: "2023-07-20", items: "  - id: LJ-2022-008\n    title: 旧事\n    kind: problem\n")],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-008\n    status: resolved\n---\n"])
        #expect(loaded.rendered.filter { $0.hasPrefix("content/updates/") } == [
            "content/updates/2023/u.md:4:11: error: no meeting raises item 'LJ-2023-008', and item 'LJ-2023-007' is raised twice (the second time in content/meetings/2023/a.md): should one of the two be 'LJ-2023-008'?",
        ])
    }

    /// One slip in units.yml is one error, not one "unknown unit" per meeting.
    @Test func aBrokenUnitsFileIsOneErrorNotOnePerMeeting() {
        var s = SiteFixture()
        s["content/units.yml"] = "- id: longjiang\n  name: 龙江村\n   children: x\n"
        s["content/meetings/2023/a.md"] = meetingFile()
        s["content/meetings/2023/b.md"] = meetingFile(date: "2023-08-01")
        let loaded = s.load()
        #expect(!loaded.rendered.isEmpty)
        #expect(loaded.rendered.allSatisfy { $0.hasPrefix("content/units.yml:") }, "\(loaded.rendered)")
    }

    @Test func anEmptyUnitsFileIsNamed() {
        var s = SiteFixture()
        s["content/units.yml"] = "# 单位\n"
        s["content/meetings/2023/a.md"] = meetingFile()
        let loaded = s.load()
        #expect(loaded.rendered == ["content/units.yml:1:1: error: units.yml lists no units; every meeting names its unit from this list (see the example written by 'yishi init')"])
    }

    @Test func writtenIDsAreReadFromAnyIdLine() {
        let text = "---\nid: m1\nitems:\n  - id: A-1  # 备注\n  -   id：\"B_2\"\n  - title: x\n    id: 'C.3'\n  - ids: no\n---\n"
        #expect(DocumentParser.writtenIDs(Array(text.utf8)) == ["m1", "A-1", "B_2", "C.3"])
        // The slips that make a file unreadable: a full-width dash or colon before the id, an id
        // in full-width forms (read as both), a file saved as UTF-16 either way round.
        let slips = "items:\n  － id: LJ-1\n  - id：LJ-2\n  - id: LJ－3\n  — ｉｄ: LJ-4\n"
        #expect(DocumentParser.writtenIDs(Array(slips.utf8)) == ["LJ-1", "LJ-2", "LJ-3", "LJ－3", "LJ-4"])
        let little: [UInt8] = [0xFF, 0xFE] + slips.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + slips.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(DocumentParser.writtenIDs(little) == ["LJ-1", "LJ-2", "LJ-3", "LJ－3", "LJ-4"])
        #expect(DocumentParser.writtenIDs(big) == ["LJ-1", "LJ-2", "LJ-3", "LJ－3", "LJ-4"])
    }

    @Test func updateDatedBeforeTheItemWasRaised() {
        let loaded = site(["a": meetingFile(items: item)],
                          updates: ["u": "---\ndate: 2023-07-01\nupdates:\n  - item: LJ-2023-007\n    status: resolved\n---\n"])
        #expect(loaded.rendered == ["content/updates/2023/u.md:4:11: error: this update of item 'LJ-2023-007' is dated 2023-07-01, before the item was raised on 2023-07-14"])
    }

    @Test func updateFileWithoutADate() {
        let loaded = site(["a": meetingFile(items: item)],
                          updates: ["u": "---\nupdates:\n  - item: LJ-2023-007\n    status: resolved\n---\n"])
        #expect(loaded.rendered == ["content/updates/2023/u.md:2:1: error: required field 'date' is missing"])
    }

    @Test func aFileWithoutItsDateStillHasItsEntriesChecked() {
        // One run names every mistake: the entries' own, and an item that does not exist,
        // though the file's date is missing or unreadable. Nothing of them reaches the ledger.
        let loaded = site(["a": meetingFile(items: item),
                           "b": meetingFile(date: "2023/8/20", extra: "venue: 村委会\nupdates:\n  - item: LJ-2023-070\n    status: 已办结")],
                          updates: ["u": "---\nupdates:\n  - item: LJ-2023-007\n    stauts: resolved\n  - item: LJ-2023-007\n    status: resolved\n---\n"])
        #expect(loaded.rendered.contains("content/updates/2023/u.md:2:1: error: required field 'date' is missing"))
        #expect(loaded.rendered.contains { $0.hasPrefix("content/updates/2023/u.md:4:5: error: ") && $0.contains("'stauts'") })
        #expect(loaded.rendered.contains { $0.hasPrefix("content/meetings/2023/b.md:3:7: error: 'date'") })
        #expect(loaded.rendered.contains { $0.hasPrefix("content/meetings/2023/b.md:") && $0.contains("unknown item 'LJ-2023-070'") })
        #expect(!loaded.rendered.contains { $0.contains("before the item was raised") })
        #expect(loaded.ledger["LJ-2023-007"]?.timeline.count == 1)
    }

    @Test func laterMeetingReportsOnAnEarlierItem() {
        let later = meetingFile(date: "2023-08-20", extra: "venue: 村委会\nupdates:\n  - item: LJ-2023-007\n    status: 已办结")
        let loaded = site(["a": meetingFile(items: item), "b": later])
        #expect(loaded.rendered == [])
        #expect(loaded.ledger.state(of: "LJ-2023-007", asOf: Day(iso: "2023-08-20")!)?.status == .resolved)
    }

    @Test func categoryNotInTheSiteListIsAWarningWithSuggestion() {
        let loaded = site(["a": meetingFile(extra: "platform: 海棠夜谈", items: "  - id: A\n    title: x\n    kind: problem\n    category: 基础设旅\n")])
        #expect(loaded.diagnostics.errors.isEmpty)
        let warnings = loaded.diagnostics.sorted.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == [
            .notInSiteList(key: "platform", value: "海棠夜谈", suggestion: "海棠夜话"),
            .notInSiteList(key: "category", value: "基础设旅", suggestion: "基础设施"),
        ])
        // At the value itself, not at the file's or the item's first line.
        #expect(warnings.map { "\($0.location.line):\($0.location.column)" } == ["5:11", "10:15"])
    }

    /// `[基础设施、人居环境]` in site.yml is one error on that line, and its entries are read
    /// as meant: before, both were left out, and every item of either was warned of as unlisted.
    @Test func anEnumerationCommaInASiteListIsOneError() {
        var s = SiteFixture()
        s["content/site.yml"] = s["content/site.yml"]!.replacingOccurrences(of: "[基础设施, 人居环境, 其他]", with: "[基础设施、人居环境, 其他]")
        s["content/meetings/2023/a.md"] = meetingFile(items: "  - {id: A, title: x, kind: problem, category: 基础设施}\n  - {id: B, title: y, kind: problem, category: 人居环境}\n")
        #expect(s.load().rendered == [
            "content/site.yml:6:14: error: 'categories' uses '、' between entries: in [ ] write a half-width comma ',' between them, and in a list of '- ' lines put each on a line of its own. They are checked as separate entries, but nothing is published until then",
        ])
    }

    /// The check is the validator's, so that such a file parses clean and the record cache
    /// keeps it (with the fast rebuilds that need it), and each build says it again.
    @Test func aValueOutsideTheListsLeavesTheFileCleanForTheCache() {
        let text = meetingFile(extra: "platform: 海棠夜谈\nformat: \"板凳会\"", items: "  - {id: A, title: x, kind: problem, category: 基础设旅}\n")
        #expect(parseMeeting(text).1.isEmpty)
        let loaded = site(["a": text])
        #expect(loaded.diagnostics.sorted.map { "\($0.location.line):\($0.location.column)" } == ["5:11", "8:48"])
        // A value written under another key is not taken for it.
        #expect(FieldPlaces.find(key: "category", value: "x", in: ["subcategory: x", "  category: 'x'"], from: 1)! == (2, 14))
    }

    @Test func updatesToADraftMeetingsItemsAreSetAside() {
        let draft = meetingFile(extra: "draft: true", items: item)
        let loaded = site(["a": draft], updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-007\n    status: resolved\n---\n"])
        #expect(loaded.diagnostics.warnings.map(\.message) == [.updateToDraftItem(item: "LJ-2023-007")])
        #expect(loaded.ledger.items.isEmpty)
    }

    @Test func everyProblemOfEveryFileInOneRun() {
        let loaded = site(["a": meetingFile(unit: "nowhere", extra: "venu: x"), "b": meetingFile(date: "2023-13-01")],
                          updates: ["u": "---\ndate: 2023-08-01\nupdates:\n  - item: NOPE\n    status: done\n---\n"])
        #expect(loaded.diagnostics.errors.count == 5, "\(loaded.rendered)")
        #expect(Set(loaded.diagnostics.errors.map(\.location.file)).count == 3)
    }

    /// The same minutes with no items saved under two more names: counted as three meetings
    /// before. Named on the copies, each against the file named for the date and unit; another
    /// meeting of the unit that day, with a title of its own, is no copy.
    @Test func theSameMinutesUnderAnotherNameAreNamed() {
        let minutes = "---\ntitle: 龙江村议事会\ndate: 2023-07-14\nunit: longjiang\nattendance: {total: 30, residents: 20}\n---\n会议纪要。\n"
        let loaded = site(["2023-07-14-longjiang": minutes, "longjiang-7yue": minutes, "2023-07-14-longjiang-bandenghui": minutes,
                           "2023-07-14-longjiang-2": minutes.replacingOccurrences(of: "title: 龙江村议事会", with: "title: 龙江村板凳会")])
        let message = "error: this file has the same unit, date, time, title, attendance and minutes as content/meetings/2023/2023-07-14-longjiang.md: the same meeting saved twice counts as two meetings. If it is spare, delete it; if it is another meeting, give it a title or minutes of its own"
        #expect(loaded.rendered == [
            "content/meetings/2023/2023-07-14-longjiang-bandenghui.md:1:1: " + message,
            "content/meetings/2023/longjiang-7yue.md:1:1: " + message,
        ])
        // A copy that kept its original's `id:` is named by that clash alone; the original is the
        // file named for its date, whatever the ids say.
        let withID = minutes.replacingOccurrences(of: "unit: longjiang", with: "unit: longjiang\nid: lj-2023-7")
        #expect(site(["2023-07-14-longjiang": withID, "2023-07-14-longjiang-b": withID]).rendered.map { $0.contains("same unit, date, time") }
                == [false])
        let named = site(["longjiang-7yue": minutes.replacingOccurrences(of: "unit: longjiang", with: "unit: longjiang\nid: a"),
                          "2023-07-14-longjiang-zz": minutes])
        #expect(named.rendered.count == 1 && named.rendered[0].hasPrefix("content/meetings/2023/longjiang-7yue.md:"), "\(named.rendered)")
        // Another unit, another day, other minutes, or a draft: no copy.
        #expect(site(["2023-07-14-longjiang": minutes, "2023-07-14-haifeng": minutes.replacingOccurrences(of: "unit: longjiang", with: "unit: haifeng"),
                      "2023-07-15-longjiang": minutes.replacingOccurrences(of: "2023-07-14", with: "2023-07-15"),
                      "b": minutes.replacingOccurrences(of: "会议纪要。", with: "另一次会议的纪要。"),
                      "c": minutes.replacingOccurrences(of: "unit: longjiang", with: "unit: longjiang\ndraft: true")]).rendered == [])
    }

    /// An update naming an item no meeting raises while some meeting's minutes could not be
    /// read: the item may be raised there under an id written wrong, so no other item (last
    /// year's, one digit off) is suggested, which the secretary would then change instead.
    @Test func noOtherItemIsSuggestedWhileSomeMinutesAreUnread() {
        let raises = "  - id: LJ-2022-007\n    title: 桥\n    kind: problem\n    owner: zhujian\n    status: accepted\n"
        let broken = meetingFile(date: "2023-07-20", items: "  - id: 龙江2023-007\n    title: 路灯\n    kind: problem\n")
        let update = "---\ndate: 2023-08-01\nupdates:\n  - item: LJ-2023-007\n    status: in_progress\n---\n"
        let loaded = site(["2022": meetingFile(date: "2022-07-14", items: raises), "2023-07-20-longjiang": broken], updates: ["u": update])
        #expect(loaded.rendered.contains("content/updates/2023/u.md:4:11: error: no meeting raises item 'LJ-2023-007'; the meeting file content/meetings/2023/2023-07-20-longjiang.md has errors and could not be read whole: if the item is raised there, fix those errors first, else check the id"),
                "\(loaded.rendered)")
        // With every file read, the suggestion stands; so it does beside minutes left out that
        // raise no item.
        let read = site(["2022": meetingFile(date: "2022-07-14", items: raises)], updates: ["u": update])
        #expect(read.rendered.first?.contains("did you mean 'LJ-2022-007'") == true, "\(read.rendered)")
        let itemless = site(["2022": meetingFile(date: "2022-07-14", items: raises), "b": meetingFile(extra: "attendance:\n  total: 20\n residents: 10")],
                            updates: ["u": update])
        #expect(itemless.rendered.contains { $0.hasPrefix("content/updates/2023/u.md:") && $0.contains("did you mean 'LJ-2022-007'") }, "\(itemless.rendered)")
    }

    /// A meeting whose own unit names nothing has its error; its items' updates from a unit's
    /// file are not also named as another unit's matter.
    @Test func noUnrelatedUnitWarningFromAMeetingWhoseUnitIsUnknown() {
        let items = "  - id: LJ-1\n    title: 路灯\n    kind: problem\n    owner: zhujian\n    status: accepted\n"
        let loaded = site(["m": meetingFile(unit: "龙江村", items: items)],
                          updates: ["a": "---\ndate: 2023-08-01\nunit: longjiang\nupdates:\n  - item: LJ-1\n    status: in_progress\n---\n"])
        #expect(loaded.rendered.count == 1 && loaded.rendered[0].contains("'龙江村' is a name; write the unit's id here: 'longjiang'"), "\(loaded.rendered)")
    }
}
