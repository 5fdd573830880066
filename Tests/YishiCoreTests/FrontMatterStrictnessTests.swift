import Testing
@testable import YishiCore

/// Front matter is strict because a typo silently changes a figure (DESIGN §3).
@Suite struct FrontMatterStrictnessTests {
    let itemHead = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: LJ-1\n    title: 路灯\n    kind: problem\n"

    @Test func unknownKeyWithSuggestion() throws {
        let (_, ds) = parseMeeting(itemHead + "    deu: 2023-08-15\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 9 && d.location.column == 5)
        #expect(d.message == .unknownKey(key: "deu", context: .item, suggestion: "due"))
        #expect(d.rendered(in: .en).contains("did you mean 'due'"))
        #expect(d.rendered(in: .zhHans).contains("是不是 'due'"))
    }

    /// The total is named as the line to add under `attendance:`, not as a dotted key
    /// `attendance.total` that appears nowhere in what a secretary writes.
    @Test func anAttendanceWithoutItsTotalSaysWhatLineToAdd() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  residents: 20\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .attendanceTotalMissing(writtenAs: nil) && d.location.line == 6)
        #expect(m?.attendance == nil)
        #expect(d.rendered(in: .zhHans).contains("请在 'attendance:' 下面加一行 '  total: 人次数'"))
        #expect(!d.rendered(in: .en).contains("attendance.total"))
    }

    /// A mistyped total is named as such on its line: before, it was counted as a kind of
    /// attendee, and the advice was to add a line the secretary believed was there.
    @Test func aMistypedTotalIsNamedAsTheTotal() throws {
        for (key, line) in [("totel", 7), ("Total", 7), ("总数", 7), ("tota", 7)] {
            let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  residents: 20\n  \(key): 38\n---\n")
            let d = try #require(only(ds), "\(key)")
            #expect(d.message == .attendanceTotalMissing(writtenAs: key) && d.location.line == line && d.location.column == 3, "\(key)")
            #expect(m?.attendance == nil)
            #expect(d.rendered(in: .zhHans).contains("\(key)' 是不是 'total'？请改成 'total'"), "\(d.rendered(in: .zhHans))")
        }
        // A category that is no slip for the total leaves the advice to add the line.
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  officials: 3\n---\n")
        #expect(ds.map(\.message) == [.attendanceTotalMissing(writtenAs: nil)])
    }

    /// A meeting or an update saved in another year's folder is named: it counts by its date
    /// all the same, but the next secretary looks for it in its year's folder.
    @Test func aFileInAnotherYearsFolderIsNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2024-01-03\nunit: longjiang\n---\n", file: "content/meetings/2023/2024-01-03-longjiang.md")
        let d = try #require(only(ds))
        #expect(d.message == .yearFolderDiffers(folder: "content/meetings/2023/", year: 2024) && d.location.line == 3 && d.severity == .warning)
        #expect(m?.date == Day(iso: "2024-01-03"))
        let (_, inYear) = parseMeeting("---\ntitle: t\ndate: 2024-01-03\nunit: longjiang\n---\n", file: "content/meetings/2024/2024-01-03-longjiang.md")
        #expect(inYear.isEmpty)
        let (_, update) = DocumentParser.parse(Array("---\ndate: 2022-12-30\nupdates:\n  - item: A\n    status: accepted\n---\n".utf8),
                                               file: "content/updates/2023/2022-12-30.md", folderKind: .update)
        #expect(update.map(\.message) == [.yearFolderDiffers(folder: "content/updates/2023/", year: 2022)])
    }

    @Test func keyGivenTwice() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nunit: haifeng\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 5)
        #expect(d.message == .duplicateKey(key: "unit"))
    }

    /// Field names written in Chinese get the key to write, not "put it under extra:", which
    /// would lose the status; the missing field it stands for is not named a second time.
    /// The value is read as the key's, so what is wrong with it is named in the same run:
    /// here a status of 办理中 with no owner.
    /// English words for a field that no spelling distance reaches: the due date written as
    /// `deadline` was to be moved under `extra:`, where it would count for nothing.
    @Test func otherEnglishFieldNamesAreAnsweredWithTheirKeys() {
        let (m, ds) = parseMeeting(itemHead + "    owner: zhujian\n    Deadline: 2023-08-15\n    remarks: 已联系\n    status: accepted\n---\n")
        #expect(ds.map(\.message) == [.unknownKey(key: "Deadline", context: .item, suggestion: "due"),
                                      .unknownKey(key: "remarks", context: .item, suggestion: "note")])
        #expect(ds.first?.rendered(in: .zhHans).contains("（是不是 'due'？）") == true)
        // Read as the key it stands for, so its value is checked in the same run.
        #expect(m?.items.first?.due == Day(year: 2023, month: 8, day: 15))
    }

    @Test func chineseFieldNamesAreAnsweredWithTheirKeys() {
        let text = "---\n标题: 夜话\ndate: 2023-07-14\n單位: longjiang\nitems:\n  - id: A\n    title: 路灯\n    kind: problem\n    状态: in_progress\n    议题编号: B\n---\n"
        let (m, ds) = parseMeeting(text)
        #expect(ds.map(\.message) == [
            .unknownKey(key: "标题", context: .meeting, suggestion: "title"),
            .unknownKey(key: "單位", context: .meeting, suggestion: "unit"),
            .unknownKey(key: "状态", context: .item, suggestion: "status"),
            .unknownKey(key: "议题编号", context: .item, suggestion: "id"),
            .ownerExpected(status: .in_progress),
        ])
        // `议题编号` does not stand for `id` where `id` is written too.
        #expect(m?.title == "夜话" && m?.unit.value == "longjiang" && m?.items.map(\.id) == ["A"])
        let update = "---\ndate: 2023-08-01\nupdates:\n  - 议题编号: A\n    status: resolved\n---\n"
        let (_, ds2) = DocumentParser.parse(Array(update.utf8), file: "content/updates/2023/u.md", folderKind: .update)
        #expect(ds2.map(\.message) == [.unknownKey(key: "议题编号", context: .update, suggestion: "item")])
    }

    /// The words a secretary's own forms use for a deadline, an owner, the departments and the
    /// leaders present: before, each was told to go under `extra:`, where it counts for nothing.
    @Test(arguments: [("办理时限", "due"), ("完成时限", "due"), ("负责单位", "owner"), ("參會領導", "leaders"), ("参会部门", "departments")])
    func moreChineseFieldNamesAreAnsweredWithTheirKeys(written: String, key: String) {
        let item = ["due", "owner"].contains(key)
        let line = item ? "    \(written): \(key == "due" ? "2023-08-15" : "zhujian")\n" : "\(written): [zhujian]\n"
        let text = "---\ntitle: 夜话\ndate: 2023-07-14\nunit: longjiang\n" + (item ? "" : line)
            + "items:\n  - id: A\n    title: 路灯\n    kind: problem\n" + (item ? line : "") + "---\n"
        let (_, ds) = parseMeeting(text)
        #expect(ds.first?.message == .unknownKey(key: written, context: item ? .item : .meeting, suggestion: key),
                "\(ds.map { $0.rendered(in: .en) })")
    }

    /// `- id:` written where an update names its item with `- item:`, and `- item:` where a
    /// meeting raises one with `- id:`: named, and read as meant, so that the entry's other
    /// mistakes are named in the same run and the updates about that item find it.
    @Test func idAndItemMixedUpAreReadAsMeant() throws {
        let update = "---\ndate: 2023-08-01\nupdates:\n  - id: A-1\n    status: 完成\n---\n"
        let (record, ds) = DocumentParser.parse(Array(update.utf8), file: "content/updates/2023/u.md", folderKind: .update)
        #expect(ds.map { "\($0.location.line):\($0.location.column)" } == ["4:5", "5:13"], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.first?.message == .unknownKey(key: "id", context: .update, suggestion: "item"))
        #expect(ds.last?.rendered(in: .en).contains("'完成'") == true)
        guard case .update(let u)? = record else { Issue.record("no update file read"); return }
        #expect(u.updates.map(\.item.value) == ["A-1"])
        let (m, found) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - item: A-1\n    title: 路灯\n    kind: problem\n---\n")
        #expect(found.map(\.message) == [.unknownKey(key: "item", context: .item, suggestion: "id")])
        #expect(m?.items.map(\.id) == ["A-1"])
    }

    /// An update file that lists no progress publishes nothing: said, where `updates:` is.
    @Test func anUpdateFileListingNothingIsAWarning() throws {
        func parsed(_ written: String) -> (ContentRecord?, [Diagnostic]) {
            DocumentParser.parse(Array("---\ndate: 2023-08-01\n\(written)\n---\n".utf8), file: "content/updates/2023/u.md", folderKind: .update)
        }
        let (record, ds) = parsed("updates: []")
        #expect(ds.map(\.message) == [.noUpdatesListed])
        #expect(ds.map(\.location.line) == [3] && ds.first?.severity == .warning)
        if case .update(let u)? = record { #expect(u.updates.isEmpty) } else { Issue.record("not read") }
        // A draft may wait for its progress; left bare, the list is missing, as before.
        #expect(parsed("draft: true\nupdates: []").1.isEmpty)
        // Left bare, it is missing, as before.
        #expect(parsed("updates:").1.map(\.message) == [.missingField(key: "updates")])
        // A meeting with no updates is a meeting: nothing to say.
        #expect(parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nupdates: []\n---\n").1.isEmpty)
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        // Both lines: the anchor's value is read as written text, and then the alias names none.
        let (_, ds) = parseMeeting("---\ntitle: &t 夜话\ndate: 2023-07-14\nunit: longjiang\nvenue: *t\n---\n")
        #expect(ds.map(\.location.line) == [2, 5])
        #expect(ds.map(\.message) == [.anchorsNotAllowed, .anchorsNotAllowed])
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var yaml = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var prev = "a"
        for n in 0..<12 {
            let name = "b\(n)"
            yaml += "  \(name): &\(name) [" + Array(repeating: "*\(prev)", count: 10).joined(separator: ", ") + "]\n"
            prev = name
        }
        let (_, ds) = parseMeeting(yaml + "---\n")
        #expect(ds.first?.message == .anchorsNotAllowed)
    }

    @Test func scalarsAreTakenAsWritten() throws {
        // YAML 1.1 would read `no` as false and 19:30 as the number 1170.
        let (m, ds) = parseMeeting("---\ntitle: no\ndate: 2023-07-14\ntime: 19:30\nunit: longjiang\nvenue: 0755\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.title == "no")
        #expect(m?.time == "19:30")
        #expect(m?.venue == "0755")
    }

    /// A time typed with a Chinese keyboard or curled by Word is published as meant, not with
    /// its quotes and full-width colons (before: a warning, and “19:30” on the page as typed).
    /// One that is no time at all is still a warning, published as written.
    @Test(arguments: [("“19:30-21:00”", "19:30-21:00"), ("19：30", "19:30"), ("19:30至21:00", "19:30-21:00"),
                      ("「１９：３０」", "19:30"), ("‘19:30 到 21:00’", "19:30-21:00"), ("19:30～21:00", "19:30-21:00"),
                      ("19:30-21:00", "19:30-21:00"), ("19:30~21:00", "19:30~21:00"), ("晚上7点", "晚上7点"), ("“晚上”", "“晚上”")])
    func aTimeIsReadAsItIsMeant(written: String, published: String) throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\ntime: \(written)\nunit: longjiang\n---\n")
        #expect(m?.time == published)
        let warned = ds.map(\.message) == [.invalidTime(value: written)]
        #expect(TimeText.isValid(published) ? ds.isEmpty : warned, "\(ds.map { $0.rendered(in: .en) })")
    }

    @Test func requiredFieldsAreNamed() {
        let (_, ds) = parseMeeting("---\ndate: 2023-07-14\n---\n")
        #expect(ds.map(\.message) == [.missingField(key: "title"), .missingField(key: "unit")])
        #expect(ds.allSatisfy { $0.location.file == "content/meetings/2023/x.md" })
    }

    @Test func itemNeedsIdTitleAndKind() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - decision: 修路灯\n---\n")
        #expect(Set(ds.map(\.message)) == [.missingField(key: "id"), .missingField(key: "title"), .missingField(key: "kind")])
        #expect(ds.allSatisfy { $0.location.line == 6 })
    }

    @Test func unknownStatusListsTheAcceptedWords() throws {
        let (_, ds) = parseMeeting(itemHead + "    owner: zhujian\n    status: 已完成\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 10 && d.location.column == 13)
        guard case .unknownWord(let key, let value, let accepted, _) = d.message else { Issue.record("\(d)"); return }
        #expect(key == "status" && value == "已完成")
        #expect(accepted.contains(["resolved", "已办结", "已解决", "已辦結", "已解決"]))
        // In Chinese, each value's first Chinese word comes first, with the value after it.
        #expect(d.message.text(in: .zhHans).hasSuffix("不在可用的值之中。可以写：'征集'（proposed）、'已受理'（accepted）、'办理中'（in_progress）、'已办结'（resolved）、'不予受理'（rejected）、'暂缓'（deferred）".replacingOccurrences(of: "'暂缓'", with: "'转办'（referred）、'暂缓'")))
        #expect(d.message.text(in: .en).contains("resolved (已办结, 已解决, 已辦結, 已解決)"))
    }

    /// A misspelt status, rating or urgency gets the spelling it is closest to, unless two
    /// values are as close (好满意: 满意 or 不满意?). A word that means a value but is far
    /// from its spelling gets the value it means: 已处理 is one character from 已受理, 很满意
    /// as close to 不满意 as to 满意, and 紧急 or 诉求 near nothing.
    @Test(arguments: [
        ("status", "办结", "已办结"), ("status", "已办结。", "已办结"), ("status", "处理中", "办理中"),
        ("status", "已完成", "已办结"), ("status", "完成", "已办结"), ("status", "已处理", "已办结"), ("status", "进行中", "办理中"),
        ("status", "Resolved", "resolved"), ("satisfaction", "好满意", nil), ("satisfaction", "很满意", "满意"),
        ("satisfaction", "比较满意", "基本满意"), ("satisfaction", "不太满意", "不满意"), ("urgency", "急", "急事"),
        ("urgency", "紧急", "急事"), ("urgency", "重大", "大事"), ("urgency", "普通", "一般"), ("kind", "诉求", "问题诉求"),
        ("kind", "矛盾", "矛盾纠纷"), ("status", "“已受理”", "已受理"), ("satisfaction", "「满意」", "满意"),
        ("status", "办结了", "已办结"), ("status", "完成了", "已办结"), ("satisfaction", "满意的", "满意"), ("status", "了", nil),
    ] as [(String, String, String?)])
    func aMisspeltWordGetsTheClosestSpelling(key: String, written: String, suggested: String?) throws {
        let head = key == "kind" ? itemHead.replacingOccurrences(of: "    kind: problem\n", with: "") : itemHead
        let (_, ds) = parseMeeting(head + "    owner: zhujian\n    \(key): \(written)\n---\n")
        let d = try #require(only(ds))
        guard case .unknownWord(_, let value, _, let suggestion) = d.message else { Issue.record("\(d)"); return }
        #expect(value == written && suggestion == suggested)
        if let suggested { #expect(d.message.text(in: .zhHans).contains("写的是 '\(written)'（是不是 '\(suggested)'？）")) }
    }

    /// A due date written without its year gets the first such day on or after the meeting:
    /// `11月30日` at a meeting of 2023-07-14 is 2023-11-30, `3月1日` is next year's.
    @Test(arguments: [("11月30日", "2023-11-30"), ("3/1", "2024-03-01"), ("2月29日", "2024-02-29"), ("7-14", "2023-07-14"),
                      ("１１月３０号", "2023-11-30"), ("13月1日", nil), ("月底", nil), ("11月30日 19:30", nil)] as [(String, String?)])
    func aDateWithoutItsYearGetsTheMeetingsYear(written: String, suggested: String?) throws {
        let (_, ds) = parseMeeting(itemHead + "    owner: zhujian\n    due: \(written)\n---\n")
        let d = try #require(only(ds))
        guard case .invalidDate(_, let value, let suggestion) = d.message else { Issue.record("\(d)"); return }
        #expect(value == written && suggestion == suggested)
    }

    @Test func unknownKindAndUrgency() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: 投诉\n    urgency: 特急\n---\n")
        #expect(ds.map(\.location.line) == [8, 9])
        #expect(ds.allSatisfy { if case .unknownWord = $0.message { true } else { false } })
    }

    @Test func chineseWordsAreTheSameValues() throws {
        let (m, ds) = parseMeeting("""
            ---
            title: t
            date: 2023-07-14
            unit: longjiang
            items:
              - id: A
                title: x
                kind: 矛盾纠纷
                urgency: 急事
                owner: zhujian
                status: 已辦結
                satisfaction: 基本满意
              - id: B
                title: y
                kind: 建议
                status: 待审核
              - id: C
                title: z
                kind: problem
                status: 待受理
            ---

            """)
        #expect(ds.isEmpty, "\(ds)")
        let a = try #require(m?.items.first)
        #expect(a.kind == .dispute && a.urgency == .urgent && a.status == .resolved && a.satisfaction == .basically_satisfied)
        #expect(m?.items[1].kind == .suggestion && m?.items[1].status == .proposed)
        // The word the pages show for it.
        #expect(m?.items.last?.status == .proposed)
    }

    /// The blanks `yishi new` writes are errors until filled in, except in a draft, which is
    /// never published.
    @Test func blanksLeftFromYishiNewAreErrorsOutsideDrafts() {
        let text = "---\ntitle: 请填写会议标题\ndate: 2023-07-14\nunit: longjiang\n---\n"
        #expect(parseMeeting(text).1.map(\.message) == [.placeholderLeft(key: "title", value: "请填写会议标题")])
        let draft = text.replacingOccurrences(of: "unit: longjiang\n", with: "unit: longjiang\ndraft: true\n")
        let (m, ds) = parseMeeting(draft)
        #expect(m?.draft == true && ds.isEmpty)
        // A count left blank is one error, not also "not a number"; the minutes' own blank
        // below the fence is named at its line.
        let more = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 请填写参会总人次\n---\n## 会议记录\n\n请填写会议记录：谁说了什么。\n"
        #expect(parseMeeting(more).1.map { $0.rendered(in: .en) }.sorted() == [
            "content/meetings/2023/x.md:10:1: error: the minutes below the front matter still begin with the blank '请填写会议记录' that 'yishi new' wrote: write the minutes there (what was said, by whom in what role, and what was decided)",
            "content/meetings/2023/x.md:6:10: error: 'total' still holds the blank '请填写参会总人次' that 'yishi new' wrote: write what it asks for there (this field cannot be left out)",
        ])
        // A field that may be left out may go: told so only there (a deleted total counted 0
        // attendances, a deleted title or kind is an error).
        let venue = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 请填写会议地点\n---\n"
        #expect(parseMeeting(venue).1.map { $0.rendered(in: .zhHans) } == ["content/meetings/2023/x.md:5:8: error: 'venue' 还没有填写：请把 '请填写会议地点' 换成实际内容，用不上的行可以删掉"])
        #expect(parseMeeting(more.replacingOccurrences(of: "unit: longjiang\n", with: "unit: longjiang\ndraft: true\n")).1.isEmpty)
        // Found by bytes anywhere, in either script, also as the file's last bytes; a first
        // byte alone, or the blank cut short, is none.
        #expect(Fields.holdsBlank("前文请填写") && Fields.holdsBlank("請填寫會議記錄") && Fields.holdsBlank("\u{8BF7}\u{586B}\u{5199}"))
        #expect(!Fields.holdsBlank("请填") && !Fields.holdsBlank("") && !Fields.holdsBlank("请你填写，请填表"))
        #expect(Fields.isBlank("请填写议题") && !Fields.isBlank("议题请填写") && !Fields.isBlank("请"))
    }

    /// Last month's file copied and renamed, its date left as it was.
    @Test func aFileNamedForAnotherDayIsAWarning() {
        let text = "---\ntitle: t\ndate: 2026-04-20\nunit: longjiang\n---\n"
        let (m, ds) = parseMeeting(text, file: "content/meetings/2026/2026-05-18-longjiang.md")
        #expect(m != nil)
        #expect(ds.map { $0.rendered(in: .en) } == ["content/meetings/2026/2026-05-18-longjiang.md:3:7: warning: the file is named for 2026-05-18 but 'date' is 2026-04-20; the meeting counts on 2026-04-20: correct whichever is wrong"])
        #expect(parseMeeting(text, file: "content/meetings/2026/2026-04-20-longjiang.md").1.isEmpty)
        #expect(parseMeeting(text, file: "content/meetings/2026/2026-04-20.md").1.isEmpty)
        #expect(parseMeeting(text, file: "content/meetings/2026/longjiang-may.md").1.isEmpty)
    }

    @Test func aSiteNeedsAWholeBaseURLAndARealTimeZone() {
        let (s, ds) = SettingsParser.site("title: t\nbase_url: example.org/yishi/\ntimezone: Asia/Shangai\n", file: "content/site.yml")
        #expect(ds.map { $0.rendered(in: .en) } == [
            "content/site.yml:2:11: error: 'base_url' is 'example.org/yishi/'; write the whole address, starting with https:// (the feed, the sitemap and the QR codes on printed notices use it)",
            "content/site.yml:3:11: error: 'timezone' is 'Asia/Shangai', which is not a time zone name; for China write 'Asia/Shanghai'",
        ])
        #expect(s.timezone == SiteSettings().timezone)
        #expect(SettingsParser.site("base_url: https://example.org/y\ntimezone: Asia/Urumqi\n", file: "s").1.isEmpty)
        // CST is a name Foundation knows, for US Central time: the secretary meant China's.
        let cst = SettingsParser.site("base_url: https://example.org/y\ntimezone: CST\n", file: "s")
        #expect(cst.1.map { $0.rendered(in: .en) } == ["s:2:11: error: 'timezone' is 'CST', an abbreviation that names more than one time zone (CST is also US Central time, 14 hours behind China): write the zone's full name, for China 'Asia/Shanghai'"])
        #expect(cst.0.timezone == SiteSettings().timezone)
        for fine in ["UTC", "UTC+8", "PRC", "Asia/Shanghai"] {
            #expect(SettingsParser.site("base_url: https://example.org/y\ntimezone: \(fine)\n", file: "s").1.isEmpty, "\(fine)")
        }
    }

    /// `cadence_days: 0` flagged every unit every day, `default_due_days: 0` made every matter
    /// overdue the day it was raised: an error each, the default kept.
    @Test func aRuleOfZeroDaysIsAnError() {
        // A full-width zero and a negative number get the same advice: told only to write
        // ASCII digits or no minus sign, the secretary wrote 0 and was told off again.
        let (s, ds) = SettingsParser.site("title: t\nrules:\n  cadence_days: 0\n  default_due_days: ０\nnotice:\n  days: -1\n", file: "s")
        #expect(ds.map { $0.rendered(in: .en) } == [
            "s:3:17: error: 'cadence_days' is '0': write a whole number above 0, or delete the line to use the default, 61",
            "s:4:21: error: 'default_due_days' is '０': write a whole number above 0, or delete the line to use the default, 30",
            "s:6:9: error: 'notice.days' is '-1': write a whole number above 0, or delete the line to use the default, 7",
        ])
        #expect(SettingsParser.site("notice:\n  days: 七\n", file: "s").1.map { $0.rendered(in: .en) }.first?.hasPrefix("s:2:9: error: 'notice.days' is '七'") == true)
        #expect(SettingsParser.site("rules:\n  cadence_days: 61天\n", file: "s").1.map { $0.rendered(in: .en) } == [
            "s:2:17: error: 'cadence_days' is '61天', not a whole number: write digits only, here '61'"])
        #expect(SettingsParser.site("rules:\n  cadence_days: ６１\n", file: "s").1.map { $0.rendered(in: .en) } == [
            "s:2:17: error: 'cadence_days' is '６１', not a whole number: write digits only, here '61'"])
        #expect([s.cadenceDays, s.defaultDueDays, s.noticeDays] == [61, 30, 7])
        #expect(SettingsParser.site("rules:\n  cadence_days: 1\n", file: "s").0.cadenceDays == 1)
    }

    /// Two Chinese names in site.yml's lists with a space for the comma: one error, read as
    /// the two, not a warning on every item of either; an English name keeps its space.
    @Test func siteListNamesApartByASpaceAreReadAsMeant() {
        let (s, ds) = SettingsParser.site("categories: [基础设施 人居环境, 其他, Public services]\n", file: "s")
        #expect(ds.map { $0.rendered(in: .en) } == ["s:1:14: error: '基础设施 人居环境' in 'categories' has a space where a half-width comma goes between entries: write [基础设施, 人居环境]. It is checked here as written so"])
        #expect(s.categories == ["基础设施", "人居环境", "其他", "Public services"])
    }

    /// A meeting that ends before it starts (the times swapped, or `9:00` for 21:00) is
    /// published as written, with a warning; one that runs past midnight is not a slip.
    @Test func aMeetingEndingBeforeItStartsIsAWarning() {
        for (time, warned) in [("\"21:00-19:30\"", true), ("19:30至9:00", true), ("\"19:30-19:30\"", true), ("\"21:00~19:30\"", true),
                               ("\"13:00-3:00\"", true), ("\"25:00-19:00\"", false),
                               ("\"19:30-00:30\"", false), ("\"19:30-21:00\"", false), ("\"19:30\"", false)] {
            let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\ntime: \(time)\nunit: longjiang\n---\n")
            #expect(ds.filter { if case .timeEndsBeforeStart = $0.message { true } else { false } }.count == (warned ? 1 : 0),
                    "\(time): \(ds.map { $0.rendered(in: .en) })")
            #expect(ds.count <= 1, "\(time): \(ds.map { $0.rendered(in: .en) })")
            #expect(m?.time != nil)
        }
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\ntime: \"21:00-19:30\"\nunit: longjiang\n---\n")
        #expect(ds.map { $0.rendered(in: .en) } == ["content/meetings/2023/x.md:4:7: warning: the meeting's end, 19:30, is not after its start, 21:00: write the start first, on the 24-hour clock, like \"19:30-21:00\""])
        // Written on a twelve-hour clock, the example is the span as meant.
        let (_, twelve) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\ntime: \"13:00-3:00\"\nunit: longjiang\n---\n")
        #expect(twelve.first?.rendered(in: .zhHans).hasSuffix("如 \"13:00-15:00\"") == true, "\(twelve.map { $0.rendered(in: .zhHans) })")
    }

    @Test func numbersMustBeWholeAndNonNegative() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 三十\n  residents: -2\n---\n")
        #expect(ds.map(\.message) == [.invalidNumber(key: "total", value: "三十", suggestion: nil), .negativeNumber(key: "residents", value: "-2")])
        #expect(ds.map(\.location.line) == [6, 7])
    }

    @Test(arguments: [
        ("12", 12), ("0012", 12), ("999999999999", 999_999_999_999), ("9999999999999", nil), ("１２", nil), ("1\u{301}", nil), ("12a", nil),
        ("-", nil), ("+3", nil), ("--1", nil), ("1 2", nil), ("٣", nil), ("1000000000000000", nil), ("1.5", nil),
    ] as [(String, Int?)])
    func aNumberIsOnlyASCIIDigits(written: String, value: Int?) {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: \"\(written)\"\n---\n")
        #expect(m?.attendance?.total == value)
        let tooLarge = written.count > 12 && written.allSatisfy(\.isASCII) && written.allSatisfy(\.isNumber)
        let expected: Message = tooLarge ? .numberTooLarge(key: "total", value: written)
            : .invalidNumber(key: "total", value: written, suggestion: written == "１２" ? "12" : nil)
        #expect(ds.map(\.message) == (value == nil ? [expected] : []))
    }

    /// A sum written as people write it gets the number it plainly means, and only then.
    @Test(arguments: [
        ("3万", "30000"), ("3.5万", "35000"), ("12.3456万", "123456"), ("1,200元", "1200"), ("１２００", "1200"), ("12,000,000", "12000000"),
        ("50000.00", "50000"), ("50,000.00元", "50000"), ("3.50", nil),
        ("3.5", nil), ("1,2", nil), ("1,2000,000", nil), ("1 2", nil), ("三万", nil), ("3万5千", nil), ("3.12345万", nil), ("约3万", nil), ("10000000000万", nil), ("-3万", nil),
    ] as [(String, String?)])
    func aSumWrittenInWordsGetsItsNumber(written: String, meant: String?) {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - {id: A, title: x, kind: problem, funds: \"\(written)\"}\n---\n")
        #expect(ds.map(\.message) == [.invalidNumber(key: "funds", value: written, suggestion: meant)])
    }

    @Test func attendanceCategoriesCannotExceedTheTotal() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 30\n  residents: 22\n  officials: 10\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .attendanceExceedsTotal(sum: 32, total: 30))
        #expect(d.location.line == 6)
    }

    /// A vote typed with a Chinese keyboard: `{赞成：28, …}` made one unknown key of each word
    /// and its count. Each colon is named, and the vote read as meant; 不同意 is against.
    @Test func aVoteWithChineseColonsIsReadAsMeant() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote: {赞成：28, 不同意：1, 弃权：3}\n---\n")
        #expect(ds.map(\.message) == [.fullWidthColon(key: "赞成"), .fullWidthColon(key: "不同意"), .fullWidthColon(key: "弃权")],
                "\(ds.map { $0.rendered(in: .en) })")
        let vote = try #require(m?.items.first?.vote)
        #expect(vote.inFavour == 28 && vote.against == 1 && vote.abstain == 3)
        // One word twice is a key given twice, not an unknown one.
        let (_, twice) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote: {赞成：24, 赞成：3}\n---\n")
        #expect(twice.map(\.message) == [.fullWidthColon(key: "赞成"), .fullWidthColon(key: "赞成"), .duplicateKey(key: "赞成")],
                "\(twice.map { $0.rendered(in: .en) })")
    }

    /// A vote or an attendance written as a sentence was "must hold fields, not a single value":
    /// now the fields it means are spelt out, and nothing of it is counted.
    @Test(arguments: [
        ("vote", "赞成28票，反对1票，弃权2票", "{for: 28, against: 1, abstain: 2}", true),
        ("vote", "同意２８，不同意３", "{for: 28, against: 3}", true),
        ("vote", "全票通过", "{for: …, against: …, abstain: …}", false),
        ("vote", "28", "{for: …, against: …, abstain: …}", false),
        ("attendance", "20人", "{total: 20}", true),
        ("attendance", "共20人，其中居民15人，干部5人", "{total: 20, residents: 15, officials: 5}", true),
        ("attendance", "党员3名，党员2名", "{total: …, residents: …, officials: …}", false),
        ("attendance", "二十人", "{total: …, residents: …, officials: …}", false),
    ])
    func countsWrittenAsASentenceAreSpeltOut(key: String, written: String, meant: String, read: Bool) throws {
        let line = key == "vote" ? "items:\n  - id: A\n    title: x\n    kind: problem\n    vote: \(written)\n" : "attendance: \(written)\n"
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n" + line + "---\n")
        #expect(ds.map(\.message) == [.countsAsText(key: key, meant: meant, read: read)], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.first?.location.line == (key == "vote" ? 9 : 5))
        #expect(m?.attendance == nil && m?.items.first?.vote == nil)
    }

    /// Attendance typed the same way: `{total：26, 居民：20}` was two keys with no value each,
    /// reported as "'total：26' is written as '', not a whole number".
    @Test func attendanceWithChineseColonsIsReadAsMeant() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance: {total：26, 居民：20}\n---\n")
        #expect(ds.map(\.message) == [.fullWidthColon(key: "total"), .fullWidthColon(key: "居民")], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.map(\.location.column) == [14, 24])
        let attendance = try #require(m?.attendance)
        #expect(attendance.total == 26)
        #expect(attendance.categories.map(\.count) == [20])
        // With a Chinese comma too, the pairs ran into one: each colon and the comma named, and
        // a value's mistake said at the value.
        let (both, commas) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance: {total：20，居民：1五}\n---\n")
        #expect(commas.map(\.message) == [.fullWidthColon(key: "total"), .fullWidthColon(key: "居民"), .fullWidthCommaInList(key: "attendance", mark: "，"),
                                          .invalidNumber(key: "居民", value: "1五", suggestion: nil)], "\(commas.map { $0.rendered(in: .en) })")
        #expect(commas.map(\.location.column) == [14, 23, 14, 26])
        #expect(both?.attendance?.total == 20)
        // 合计 for the total is named as the total mistyped, after its colon.
        let (_, total) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance: {合计：26}\n---\n")
        #expect(total.map(\.message) == [.fullWidthColon(key: "合计"), .attendanceTotalMissing(writtenAs: "合计")], "\(total.map { $0.rendered(in: .en) })")
    }

    @Test func votesCannotExceedAttendance() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 10\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote: {for: 9, against: 1, abstain: 1}\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .votesExceedAttendance(votes: 11, total: 10))
        #expect(d.location.line == 11)
    }

    @Test(arguments: ["{}", "{赞成: , 反对: }"])
    func aVoteWithNoCountIsNamed(vote: String) throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote: \(vote)\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .voteWithoutCounts)
        #expect(d.location.line == 9)
        // One count given is a vote: the parts not counted are left out, not taken as naught.
        let (one, none) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote: {赞成: 7}\n---\n")
        #expect(none.isEmpty, "\(none)")
        #expect(one?.items.first?.vote == Vote(inFavour: 7, against: nil, abstain: nil))
    }

    @Test(arguments: ["../etc", "..", "a/b", "/abs", "中文编号", "-lead", "a b", "a\\\\b", "lоngjiang" /* Cyrillic о */, "ａｂｃ", ".hidden", "a\\u0000b"])
    func idsMustBeSafeInPaths(id: String) throws {
        let (_, ds) = parseMeeting("---\nid: \"\(id)\"\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 2)
        let written = id.replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\\u0000", with: "\u{0}")
        #expect(d.message == .invalidID(value: written))
    }

    @Test func nestingDeeperThanTheBoundIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  x: \(deep)\n---\n")
        #expect(ds.first?.message == .nestingTooDeep(limit: YAMLComposer.maxDepth))
        let deeper = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (_, ds2) = parseMeeting("---\ntitle: t\nextra:\n  x: \(deeper)\n---\n")
        #expect(!ds2.isEmpty)
    }

    @Test func idsHaveALengthLimit() throws {
        let long = String(repeating: "a", count: 101)
        let (_, ds) = parseMeeting("---\nid: \(long)\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n---\n")
        #expect(try #require(only(ds)).message == .idTooLong(value: long, limit: 100))
    }

    @Test func fileNameThatIsNotAnIdNeedsAnIdField() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n---\n", file: "content/meetings/2023/龙江村夜话.md")
        let d = try #require(only(ds))
        // Named as the file's name, with both ways to mend it: the name its own date and unit make.
        #expect(d.message == .fileNameNotAnID(name: "龙江村夜话", suggested: "2023-07-14-longjiang"))
        #expect(d.location.line == 1)
        #expect(d.rendered(in: .en).contains("the file name '龙江村夜话' is used as the meeting's id"))
        #expect(d.rendered(in: .zhHans).contains("请把文件改名为 2023-07-14-longjiang.md，或在信息块里写上 'id: 2023-07-14-longjiang'"))
        // Without a date and a unit it can be named by, the example.
        let (_, undated) = parseMeeting("---\ntitle: t\ndate: 2023年7月\nunit: 龙江村\n---\n", file: "content/meetings/2023/龙江村夜话.md")
        let general = try #require(undated.first { if case .fileNameNotAnID = $0.message { true } else { false } })
        #expect(general.message == .fileNameNotAnID(name: "龙江村夜话", suggested: nil))
        #expect(general.rendered(in: .zhHans).contains("请把文件改名（如 2026-05-18-longjiang.md），或在信息块里写上 'id: 2026-05-18-longjiang'"))
        let (_, fixed) = parseMeeting("---\nid: 2023-07-14-longjiang\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n---\n", file: "content/meetings/2023/龙江村夜话.md")
        #expect(fixed.isEmpty)
        // An update file's name is the update's id, not a meeting's.
        let (_, update) = DocumentParser.parse(Array("---\ndate: 2023-08-14\nupdates:\n  - item: LJ-1\n    status: resolved\n---\n".utf8),
                                               file: "content/updates/2023/路灯进展.md", folderKind: .update)
        let u = try #require(only(update))
        #expect(u.message == .fileNameNotAnID(name: "路灯进展", suggested: nil, update: true))
        #expect(u.rendered(in: .zhHans).contains("文件名 '路灯进展' 会用作这份办理进展的编号（写在开放数据里），而编号只能用"))
        #expect(u.rendered(in: .en).contains("is used as the update's id, in the open data, and an id may only"))
    }

    /// A field that asks for something to be withheld is told which of yishi's two ways to
    /// write, not to keep it under `extra:`, where the meeting was then published.
    @Test func aFieldAskingToWithholdIsToldDraftOrPrivate() throws {
        for (key, value) in [("private", "true"), ("hidden", "是"), ("publish", "false"), ("公开", "否"), ("保密", "true"), ("私密", "是"), ("公示", "否")] {
            let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n\(key): \(value)\n---\n")
            let d = try #require(only(ds))
            #expect(d.message == .withholdingKey(key: key, context: .meeting, publishes: .withhold))
            #expect(d.location.line == 5)
            #expect(d.rendered(in: .zhHans).contains("整份不公开（也不计入统计），请写 'draft: true'") && !d.rendered(in: .zhHans).contains("extra"), "\(d.rendered(in: .zhHans))")
        }
        let (_, item) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: t\n    kind: problem\n    保密: 是\n---\n")
        let d = try #require(only(item))
        #expect(d.message == .withholdingKey(key: "保密", context: .item, publishes: .withhold))
        #expect(d.rendered(in: .en).hasSuffix("write 'private: true'"))
        // Asking to publish (`private: false` copied from an item, `公开: 是`) is told the line
        // is not needed, not to write draft: true, which took the meeting off the site.
        for (key, value) in [("private", "false"), ("公开", "是"), ("publish", "true")] {
            let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n\(key): \(value)\n---\n")
            #expect(ds.map(\.message) == [.withholdingKey(key: key, context: .meeting, publishes: .publish)])
            #expect(ds.first?.rendered(in: .zhHans).hasSuffix("这一行用不着：文件只要没写 'draft: true' 就会公开。请删掉这一行") == true, "\(ds.map { $0.rendered(in: .zhHans) })")
        }
        // 公示 with a date is the date the results were posted.
        #expect(parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n公示: 2023-07-16\n---\n").1.map(\.message) == [.unknownKey(key: "公示", context: .meeting, suggestion: "publicized")])
        // Under `extra:` too, where it was kept and the meeting or the item published.
        let (_, inExtra) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: t\n    kind: problem\n    extra:\n      hidden: true\n---\n")
        #expect(inExtra.map(\.message) == [.withholdingKey(key: "hidden", context: .item, publishes: .withhold)], "\(inExtra.map { $0.rendered(in: .en) })")
        // A site's own field of another name still goes under `extra:`.
        let (_, own) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nweather: 晴\n---\n")
        #expect(own.first?.rendered(in: .en).hasSuffix("a site's own fields go under 'extra:'") == true)
    }

    @Test func booleansAreTrueOrFalse() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndraft: yes\n---\n")
        #expect(try #require(only(ds)).message == .invalidBoolean(key: "draft", value: "yes"))
    }

    @Test func rejectedReferredDeferredNeedAReason() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    status: deferred\n  - id: B\n    title: y\n    kind: problem\n    status: referred\n    note: 转信访部门\n---\n")
        #expect(ds.map(\.message) == [.noteExpected(status: .deferred), .deferredWithoutDue])
        #expect(ds.allSatisfy { $0.severity == .warning && $0.location.line == 9 })
    }

    /// An attendance category in its Chinese name counts under its key (the published page
    /// labels both alike, and two entries with one label could not be told apart); one a letter
    /// off a usual key is named; two words for one category (人大代表 and 政协委员, as minutes
    /// often count them apart) are counted together. A site's own names stay as written.
    @Test func attendanceCategoriesInChineseCountUnderTheirKeys() throws {
        func parse(_ lines: String) -> (Meeting?, [Diagnostic]) {
            parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 40\n\(lines)---\n")
        }
        let (m, ds) = parse("  居民群众: 15\n  黨員: 2\n  人大代表: 1\n  村民代表: 3\n")
        #expect(ds.isEmpty)
        #expect(m?.attendance?.categories.map(\.name) == ["residents", "party_members", "representatives", "村民代表"])
        #expect(m?.attendance?.categories.map(\.count) == [15, 2, 1, 3])
        let (near, slip) = parse("  residents: 15\n  party_member: 2\n")
        let d = try #require(only(slip))
        #expect(d.message == .attendanceCategoryNearMiss(written: "party_member", meant: "party_members") && d.severity == .warning && d.location.line == 8)
        #expect(d.rendered(in: .zhHans).contains("是不是 'party_members'"))
        #expect(near?.attendance?.categories.map(\.name) == ["residents", "party_member"])
        // A pinyin input method's homophones: named with the word meant; 团员 is a category.
        let (_, homophones) = parse("  居名: 10\n  党圆: 5\n  志愿着: 2\n  团员: 3\n")
        #expect(homophones.map(\.message) == [.attendanceCategoryNearMiss(written: "居名", meant: "居民"),
                                              .attendanceCategoryNearMiss(written: "党圆", meant: "党员"),
                                              .attendanceCategoryNearMiss(written: "志愿着", meant: "志愿者")])
        let (both, none) = parse("  人大代表: 1\n  政协委员: 2\n  居民: 10\n")
        #expect(none.isEmpty)
        #expect(both?.attendance?.categories.map(\.name) == ["representatives", "residents"])
        #expect(both?.attendance?.categories.map(\.count) == [3, 10])
    }

    /// An update file named for one day and dated another: its progress counts on its date,
    /// which may move a resolution out of its month, as with a meeting's file.
    @Test func anUpdateFileDatedOtherThanItsNameIsNamed() throws {
        let text = "---\ndate: 2023-09-12\nupdates:\n  - item: A\n    status: resolved\n---\n"
        let (_, ds) = DocumentParser.parse(Array(text.utf8), file: "content/updates/2023/2023-06-12-longjiang.md", folderKind: .update)
        let d = try #require(only(ds))
        #expect(d.message == .updateFileNameDateDiffers(named: Day(iso: "2023-06-12")!, date: Day(iso: "2023-09-12")!) && d.location.line == 2)
        #expect(d.rendered(in: .zhHans).contains("这些进展按 2023-09-12 记入"))
        let (_, named) = DocumentParser.parse(Array(text.utf8), file: "content/updates/2023/2023-09-12-longjiang.md", folderKind: .update)
        #expect(named.isEmpty)
    }
}
