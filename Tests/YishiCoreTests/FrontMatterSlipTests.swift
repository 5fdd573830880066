import Testing
@testable import YishiCore

/// The slips secretaries really make, each reported where it is with a message naming the fix.
@Suite struct FrontMatterSlipTests {
    @Test func fullWidthColonIsNamedAtItsColumn() throws {
        let (_, ds) = parseMeeting("---\ntitle：龙江村夜话\ndate: 2023-07-14\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 2 && d.location.column == 6)
        #expect(d.message == .fullWidthColon(key: "title"))
        #expect(d.rendered(in: .en).contains("full-width colon"))
        #expect(d.rendered(in: .zhHans).contains("中文冒号"))
    }

    @Test func fullWidthCommaInAFlowList() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: [zhujian，caizheng]\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 5)
        #expect(d.message == .fullWidthComma)
        // Mended, so the rest of the file is still read.
        #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"])
    }

    /// A list in full-width brackets was "not a list", with no word of the brackets; now they
    /// are named, and the list read as meant. Only in a field that holds a list: a title may
    /// begin with 【通知】.
    @Test func fullWidthBracketsAroundAListAreNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: 【通知】路灯\ndate: 2023-07-14\nunit: longjiang\ndepartments: 【zhujian，caizheng】  # 部门\nleaders: ［区委书记］\n---\n")
        #expect(ds.map(\.message) == [.fullWidthBrackets(key: "departments", open: "【", close: "】"),
                                      .fullWidthBrackets(key: "leaders", open: "［", close: "］")])
        #expect(ds.map { [$0.location.line, $0.location.column] } == [[5, 14], [6, 10]])
        #expect(m?.title == "【通知】路灯")
        #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"])
        #expect(m?.leaders == ["区委书记"])
        #expect(ds.first?.rendered(in: .zhHans).hasSuffix("'departments' 的列表用了中文方括号 '【】'；请改成英文方括号：[甲, 乙]") == true)
        // Under extra:, or with text after the closing bracket, 【】 are the text's own.
        let (own, none) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  leaders: 【特邀】区人大代表\n---\n")
        #expect(none.isEmpty, "\(none)")
        #expect(own?.extra["leaders"] == "【特邀】区人大代表")
        let (_, text) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nleaders: 【街道】书记\n---\n")
        #expect(!text.contains { if case .fullWidthBrackets = $0.message { true } else { false } })
    }

    /// A list left open was named on the line after it, in general words; now on its own
    /// line, with what to add where: after the last entry, its comma left off.
    @Test(arguments: [("[zhujian, caizheng  # 部门", "caizheng"), ("[zhujian, caizheng,", "caizheng"), ("[zhujian", "zhujian"), ("[", "[")])
    func aListLeftOpenIsNamedOnItsLine(written: String, after: String) throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: \(written)\nleaders: [区委书记,\n  区长]\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .bracketNotClosed(key: "departments", open: "[", after: after, close: "]"))
        #expect([d.location.line, d.location.column] == [5, 14])
        #expect(d.rendered(in: .zhHans).hasSuffix("'departments' 后面的 '[' 没有配对：请在 '\(after)' 后面补上 ']'"))
        #expect(m?.departments.map(\.value) == (after == "[" ? [] : Array(["zhujian", "caizheng"].prefix(after == "zhujian" ? 1 : 2))))
        #expect(m?.leaders == ["区委书记", "区长"])
    }

    /// What libyaml reads as a list over several lines is no slip, closed on a line of its own
    /// or at the key's column; text that begins with a bracket gets the quoting advice.
    @Test func listsOverSeveralLinesAndBracketedTextAreNotOpenLists() throws {
        for written in ["departments: [\n  zhujian,\n  caizheng\n]", "departments: [zhujian,\ncaizheng]", "departments: [zhujian,  # 两个\n  caizheng]"] {
            let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n\(written)\n---\n")
            #expect(ds.isEmpty, "\(written): \(ds.map { $0.rendered(in: .en) })")
            #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"], "\(written)")
        }
        let (m, ds) = parseMeeting("---\ntitle: [待定 修路问题\ndate: 2023-07-14\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .valueStartsWithIndicator(key: "title", indicator: "[", fixed: "title: \"[待定 修路问题\""))
        #expect(m?.title == "[待定 修路问题")
    }

    /// A list entry begun with a dash or a bullet from a Chinese keyboard or Word: libyaml
    /// spoke of a colon too many. Named, and read as `- `, so the item and its updates stand.
    @Test(arguments: ["—", "－", "–", "•", "·", "——"])
    func aChineseDashBeforeAnEntryIsNamed(marker: String) throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  \(marker) id: A\n    title: 路灯\n    kind: problem\n  - id: B\n    title: 水管\n    kind: problem\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .listMarkerNotHyphen(written: marker))
        #expect([d.location.line, d.location.column] == [6, 3])
        #expect(m?.items.map(\.id) == ["A", "B"])
    }

    /// Entries numbered as in Word, the template's dash renumbered (fields two past the number's
    /// column) or the fields lined up under the first: named at the number, and read as meant.
    @Test(arguments: [("1. ", "2. ", 4), ("1、", "2、", 4), ("(1) ", "(2) ", 4), ("（1）", "（2）", 4), ("①", "②", 4), ("１．", "２．", 4),
                      ("1. ", "2. ", 5), ("(1) ", "(2) ", 6)])
    func aNumberedEntryIsNamed(first: String, second: String, fields: Int) throws {
        let pad = String(repeating: " ", count: fields)
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  \(first)id: A\n\(pad)title: 路灯\n\(pad)kind: problem\n  \(second)id: B\n\(pad)title: 水管\n\(pad)kind: problem\n---\n")
        let marker = { (s: String) in s.trimmingCharacters(in: .whitespaces) }
        #expect(ds.map(\.message) == [.numberedListEntry(written: marker(first)), .numberedListEntry(written: marker(second))],
                "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.map { [$0.location.line, $0.location.column] } == [[6, 3], [9, 3]])
        #expect(m?.items.map(\.id) == ["A", "B"])
        #expect(m?.items.map(\.title) == ["路灯", "水管"])
        // A number that begins a value's text is no list marker.
        let (text, none) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 村委会\n  1. 二楼会议室\n---\n")
        #expect(none.isEmpty, "\(none)")
        #expect(text?.venue == "村委会 1. 二楼会议室")
    }

    /// `1. id:` at the margin in place of `  - id:`, its fields where the other entries' are:
    /// one error, saying where the '-' goes, not also one for each field (which '-' alone in
    /// place of the number would still leave indented too far), and the entry read as meant.
    @Test func aNumberedEntryAtTheMarginSaysWhereTheDashGoes() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n    kind: problem\n1. id: B\n    title: 水管\n    kind: problem\n    status: 办理终\n---\n")
        #expect(ds.map(\.message).first == .numberedListEntry(written: "1.", spaces: 2), "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.count == 2 && ds.last?.location.line == 12, "the misspelt status named too: \(ds.map { $0.rendered(in: .en) })")
        #expect([ds.first?.location.line, ds.first?.location.column] == [9, 1])
        #expect(m?.items.map(\.title) == ["路灯", "水管"])
        #expect(ds.first?.rendered(in: .zhHans).contains("请把 '1.' 改成 '-'，前面空 2 个空格") == true)
    }

    /// `owner zhujian`, the colon left out: named on its line with the line as it should be,
    /// and the item read as meant, so the file's other problems and the items later minutes
    /// follow up are still found. A line that merely starts with a field's name is left alone.
    @Test func aFieldWithItsColonLeftOutIsReadAsMeant() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n    kind problem\n    owner\u{3000}zhujian  # 住建\n    status: 办理终\n---\n")
        #expect(ds.map(\.message).prefix(2) == [.missingColon(key: "kind", fixed: "kind: problem"), .missingColon(key: "owner", fixed: "owner: zhujian  # 住建")],
                "\(ds.map { $0.rendered(in: .en) })")
        #expect([ds.first?.location.line, ds.first?.location.column] == [8, 9])
        #expect(ds.count == 3 && ds.last?.location.line == 10, "the misspelt status named too: \(ds.map { $0.rendered(in: .en) })")
        #expect(m?.items.first?.owner?.value == "zhujian")
        #expect(m?.items.first?.kind == .problem)
        let (_, prose) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndecision: >\n  由住建局牵头\n  owner 另定\n---\n")
        #expect(!prose.contains { if case .missingColon = $0.message { true } else { false } }, "\(prose)")
    }

    /// A dash pushed one space in, the entry's fields in line with the others: named with how
    /// many spaces to delete, and the rest of the file read on.
    @Test(arguments: [(3, 2, 6), (2, 3, 9)])
    func aDashPushedInIsNamed(first: Int, second: Int, line: Int) throws {
        let (a, b) = (String(repeating: " ", count: first), String(repeating: " ", count: second))
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n\(a)- id: A\n    title: 路灯\n    kind: problem\n\(b)- id: B\n    title: 水管\n    kind: problem\nvenue: 村委会\n---\n")
        #expect(ds.map(\.message) == [.entryDashLong(spaces: 1)], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.map { [$0.location.line, $0.location.column] } == [[line, 4]])
        #expect(m?.items.map(\.title) == ["路灯", "水管"])
        #expect(m?.venue == "村委会")
    }

    /// A plain list written with bullets, where a block list stands: named, and read as meant.
    @Test func bulletsBeforePlainEntriesAreNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments:\n  — zhujian\n  — caizheng\nleaders:\n- 区委书记\n• 区长\n---\n")
        #expect(ds.map(\.message) == [.listMarkerNotHyphen(written: "—"), .listMarkerNotHyphen(written: "—"), .listMarkerNotHyphen(written: "•")])
        #expect(ds.map(\.location.line) == [6, 7, 10])
        #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"])
        #expect(m?.leaders == ["区委书记", "区长"])
        // A line of text that begins with a dash, going on from the value above, is left alone.
        let (text, none) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 村委会\n  — 二楼会议室\n---\n")
        #expect(none.isEmpty, "\(none)")
        #expect(text?.venue == "村委会 — 二楼会议室")
    }

    /// A tab before the bullet: both named, the indentation counted as a list entry's.
    @Test func aTabBeforeABulletIsNamedWithTheBullet() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n\t— id: A\n    title: 路灯\n    kind: problem\n---\n")
        #expect(ds.map(\.message) == [.tabIndentation(spaces: 2), .listMarkerNotHyphen(written: "—")], "\(ds.map { $0.rendered(in: .en) })")
        #expect(m?.items.map(\.id) == ["A"])
    }

    /// A dash that begins the text of a value is no list marker.
    @Test func aDashInTextIsNoListMarker() {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: —村委会\nhost: 主任 — 张\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.venue == "—村委会")
    }

    @Test func aChineseCommentAfterAFlowListIsNotASlip() {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: [zhujian, caizheng]  # 编号，见 departments.yml\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"])
    }

    @Test func enumerationCommaInABlockList() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments:\n  - zhujian、caizheng\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 6 && d.location.column == 5)
        #expect(d.message == .fullWidthCommaInList(key: "departments", mark: "、"))
        // Between posts in `leaders`, `、` most often joins one person's posts (镇党委副书记、
        // 镇长), which had no way to be written: one leader, with a warning saying how to
        // write two; one post with a space in it (`区政协 主席`) is no slip.
        let (posts, joined) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nleaders:\n  - 镇党委副书记、镇长\n  - 区政协 主席\n---\n")
        #expect(joined.map { $0.rendered(in: .zhHans) } == ["content/meetings/2023/x.md:6:5: warning: 'leaders' 里的 '镇党委副书记、镇长' 算作一位领导兼 2 个职务：如果是 2 位领导，请用英文逗号分开，写成 [镇党委副书记, 镇长]"])
        #expect(posts?.leaders == ["镇党委副书记、镇长", "区政协 主席"])
        // A semicolon, Chinese or not, separates too: [区委书记；镇长] was one leader. The
        // entries are read as meant, so that nothing checked against them is a second error.
        for mark in ["；", ";"] {
            let (m, semicolon) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nleaders: [区委书记\(mark)镇长 ,朱主任]\n---\n")
            #expect(semicolon.map(\.message) == [.fullWidthCommaInList(key: "leaders", mark: mark)], "\(semicolon.map { $0.rendered(in: .en) })")
            #expect(m?.leaders == ["区委书记", "镇长", "朱主任"])
        }
        // Each entry read as meant is placed at its own column, so that an unknown one is named
        // where it stands; with the brackets left out too, the same one error.
        for (value, columns) in [("[zhujian、caizhen, x]", [15, 23, 32]), ("zhujian、 caizhen", [14, 23]), ("\"zhujian；caizhen\"", [15, 23])] {
            let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: \(value)\n---\n")
            #expect(ds.map(\.message) == [.fullWidthCommaInList(key: "departments", mark: value.contains("；") ? "；" : "、")], "\(ds.map { $0.rendered(in: .en) })")
            #expect(m?.departments.map(\.value) == ["zhujian", "caizhen", "x"].prefix(columns.count).map { $0 }, "\(value)")
            #expect(m?.departments.map(\.location.column) == columns, "\(value)")
        }
        // Without a mark, a lone value is still no list.
        #expect(parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: zhujian caizheng\n---\n").1.map(\.message) == [.expectedList(key: "departments")])
        // An agenda's topics are sentences: their commas are commas (this was an error).
        let (m, agenda) = parseMeeting("---\ntitle: t\ndate: 2099-07-14\nunit: longjiang\nagenda:\n  - 讨论路灯维修，确定施工时间；听取意见\n---\n")
        #expect(agenda.isEmpty, "\(agenda.map { $0.rendered(in: .en) })")
        #expect(m?.agenda == ["讨论路灯维修，确定施工时间；听取意见"])
    }

    /// ` updates:` after an item's fields, as deleting the '#' of the starter's commented
    /// `# updates:` leaves it: one error naming the space, the rest of the file read (an
    /// unknown unit is named in the same run), the entries read as updates.
    @Test func aTopLevelFieldWithASpaceBeforeItIsReadAtTheMargin() throws {
        let text = "---\ntitle: t\ndate: 2023-07-14\nunit: longjang\nitems:\n  - id: A\n    title: t\n    kind: problem\n"
            + " updates:\n   - item: LJ-1\n     status: 办理中\n  publicized: 2023-07-16\n---\n"
        let (m, ds) = parseMeeting(text)
        #expect(ds.map { $0.rendered(in: .en) } == [
            "content/meetings/2023/x.md:9:2: error: 'updates' is a top-level field, but has 1 space before it (perhaps left when a '#' was deleted): delete it, so that the line starts at the margin like 'title:'",
            "content/meetings/2023/x.md:12:3: error: 'publicized' is a top-level field, but has 2 spaces before it (perhaps left when a '#' was deleted): delete them, so that the line starts at the margin like 'title:'",
        ])
        #expect(m?.updates.map(\.item.value) == ["LJ-1"])
        #expect(m?.publicized?.description == "2023-07-16")
        #expect(m?.unit.value == "longjang")
        // An item's field slipped left stays the item's: it is no top-level field.
        let (_, inner) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: t\n   kind: problem\n---\n")
        #expect(!inner.contains { if case .topLevelFieldIndented = $0.message { true } else { false } }, "\(inner.map { $0.rendered(in: .en) })")
    }

    /// A value broken over two lines with Enter, the rest at the field's column or at the
    /// margin: one error saying to join it, and the value read whole, the rest of the file too.
    @Test func aValueBrokenOverLinesIsToldToBeJoined() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: t\n    kind: problem\n"
            + "    decision: 由区住建局牵头，\n    安装太阳能路灯\n  - id: B\n    title: u\n    kind: problem\n    decision: 划定区域，\n统一管理\n    owner: zhujan\n---\n")
        #expect(ds.map { $0.rendered(in: .en) } == [
            "content/meetings/2023/x.md:10:5: error: this line has no ':', and looks like the rest of 'decision' on the line above, broken off with Enter: join it to the end of that line (a value is one line). It is checked here as part of that value",
            "content/meetings/2023/x.md:15:1: error: this line has no ':', and looks like the rest of 'decision' on the line above, broken off with Enter: join it to the end of that line (a value is one line). It is checked here as part of that value",
        ])
        #expect(m?.items.map(\.decision) == ["由区住建局牵头， 安装太阳能路灯", "划定区域， 统一管理"])
        #expect(m?.items.last?.owner?.value == "zhujan")
        // The rest may start with a number or a Latin letter, and run over more lines.
        let (n, three) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: t\n    kind: problem\n"
            + "    decision: 疏通管网，\n    12月底前完成，\n    LED路灯40盏\n    owner: zhujian\n---\n")
        #expect(three.map(\.message) == [.valueBrokenOverLines(key: "decision"), .valueBrokenOverLines(key: "decision")], "\(three.map { $0.rendered(in: .en) })")
        #expect(n?.items.first?.owner?.value == "zhujian")
        // A quoted value goes on by rules of its own; a line further in is YAML's own going on.
        #expect(parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 村委会\n  门口\n---\n").1.isEmpty)
        #expect(!parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: \"村委会\n门口\"\n---\n").1.contains { if case .valueBrokenOverLines = $0.message { true } else { false } })
    }

    /// A space where a comma goes between entries: ids have none, so `[zhujian caizheng]` is
    /// an error and read as the two; a post may, so `[区委书记 镇长]` is a warning (it counted
    /// one leader for two) and kept as written.
    @Test func entriesApartByASpaceAreNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: [zhujian caizheng]\nleaders: [区委书记　镇长, 区长]\n---\n")
        #expect(ds.map { $0.rendered(in: .en) } == [
            "content/meetings/2023/x.md:5:15: error: 'zhujian caizheng' in 'departments' has a space where a half-width comma goes between entries: write [zhujian, caizheng]. It is checked here as written so",
            "content/meetings/2023/x.md:6:11: warning: '区委书记　镇长' in 'leaders' has a space in it and counts as one leader: if it is 2, put a half-width comma between them, [区委书记, 镇长]",
        ])
        #expect(m?.departments.map(\.value) == ["zhujian", "caizheng"])
        #expect(m?.leaders == ["区委书记　镇长", "区长"])
    }

    /// ` attendance:` one space further in than the fields above it: one error, and the counts
    /// below read under it, not an unknown field each and a missing `attendance:` line.
    @Test func aParentIndentedTooFarKeepsItsFields() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n attendance:\n  total: 20\n  residents: 12\n---\n")
        #expect(ds.map(\.message) == [.indentedMoreThanAbove(key: "attendance", spaces: 1)], "\(ds.map { $0.rendered(in: .en) })")
        #expect(m?.attendance?.total == 20)
    }

    @Test func tabIndentation() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n\ttotal: 3\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 6 && d.location.column == 1)
        #expect(d.message == .tabIndentation(spaces: 2))
        #expect(d.rendered(in: .zhHans).contains("Tab"))
        #expect(d.rendered(in: .zhHans).contains("输入 2 个空格"))
        #expect(m?.attendance?.total == 3)
    }

    /// A full-width space typed in a Chinese input method's full-width mode, as the whole
    /// indent or part of it: named at its column, and mended so the item is still read.
    @Test func fullWidthSpaceIndentation() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n\u{3000}- id: A\n \u{3000} title: 路灯\n    kind: problem\n---\n")
        #expect(ds.map(\.message) == [.fullWidthSpaceIndentation(spaces: 2), .fullWidthSpaceIndentation(spaces: 4)])
        #expect(ds.map { "\($0.location.line):\($0.location.column)" } == ["6:1", "7:2"])
        #expect(m?.items.map(\.title) == ["路灯"])
        #expect(m?.items.map(\.kind) == [.problem])
        #expect(ds.first?.rendered(in: .zhHans).contains("全角空格") == true)
    }

    /// One line indented with a tab or a full-width space among lines indented with spaces:
    /// counted as one space each, as libyaml counts them, it stood out of line with the lines
    /// around it, so the whole front matter went unread (the file's other mistakes with it)
    /// and the line after was blamed with advice about quotes. It is read where the lines
    /// around it say it belongs, and the message says how many spaces to type.
    @Test(arguments: ["\t", "\u{3000}", "\u{3000}\u{3000}", "\t\t", " \t"])
    func oneOddlyIndentedLineIsReadInLineWithItsNeighbours(odd: String) throws {
        let attendance = "attendance:\n  total: 11\n\(odd)residents: 5\n  officials: 2\n"
        let items = "items:\n  - id: A-1\n    title: 垃圾桶\n\(odd)kind: problem\n    urgency: minor\n  - id: A-2\n    title: 路灯\n    kind: problm\n"
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n" + attendance + items + "---\n")
        #expect(ds.map { "\($0.location.line):\($0.location.column)" } == ["7:\(odd.hasPrefix(" ") ? 2 : 1)", "12:\(odd.hasPrefix(" ") ? 2 : 1)", "16:11"], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.prefix(2).map(\.message) == (odd.contains("\t")
            ? [.tabIndentation(spaces: 2), .tabIndentation(spaces: 4)]
            : [.fullWidthSpaceIndentation(spaces: 2), .fullWidthSpaceIndentation(spaces: 4)]))
        // A mistake of the file's own is named in the same run.
        #expect(ds.last?.rendered(in: .en).contains("problm") == true)
        #expect(m?.attendance?.categories.map(\.count) == [5, 2])
        #expect(m?.items.first?.kind == .problem && m?.items.first?.urgency == .minor)
    }

    /// A tab and spaces under a list entry deep in units.yml: the tabs as four columns wide
    /// put the line in line with the entry's `id:`, where it is read, and so the message
    /// says. Counted two wide, they reached a level further out, and the advice moved the
    /// unit's name out of its entry (and the next line was blamed).
    @Test func tabsUnderADeepEntryAreToldTheEntrysColumn() throws {
        var site = SiteFixture()
        site["content/units.yml"] = site["content/units.yml"]!.replacingOccurrences(of: "\n          name: 龙江村", with: "\n\t\t  name: 龙江村")
        let loaded = site.load()
        #expect(loaded.diagnostics.all.map(\.message) == [.tabIndentation(spaces: 10)], "\(loaded.rendered)")
        #expect(loaded.content.units["longjiang"]?.name == "龙江村")
    }

    /// A block indented with tabs throughout keeps its shape, read as two spaces a level.
    @Test func aBlockIndentedWithTabsThroughoutIsReadAsTwoSpacesALevel() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n\t- id: A-1\n\t\ttitle: 垃圾桶\n\t\tkind: problem\n\t- id: A-2\n\t\ttitle: 路灯\n\t\tkind: problem\n---\n")
        #expect(ds.map(\.message) == [2, 4, 4, 2, 4, 4].map { Message.tabIndentation(spaces: $0) })
        #expect(m?.items.map(\.title) == ["垃圾桶", "路灯"])
        // Another slip on such a line is named at the file's own column.
        let (_, found) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 3\n\tresidents：2\n---\n")
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["7:1", "7:11"], "\(found.map { $0.rendered(in: .en) })")
    }

    @Test func missingSpaceAfterColon() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate:2023-07-14\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 3 && d.location.column == 5)
        #expect(d.message == .missingSpaceAfterColon(key: "date"))
        #expect(m?.date == Day(iso: "2023-07-14"))
    }

    @Test func aNoBreakSpaceAfterTheColonIsNamedAsSuch() throws {
        let (m, ds) = parseMeeting("---\ntitle:\u{00A0}东村夜话\ndate: 2023-07-14\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 2 && d.location.column == 7)
        #expect(d.message == .noBreakSpaceAfterColon(key: "title"))
        #expect(d.rendered(in: .zhHans).contains("不换行空格"))
        #expect(m?.title == "东村夜话")
    }

    @Test func zeroWidthCharactersAreNamedAndTakenOut() throws {
        let (m, ds) = parseMeeting("---\ntitle: 东村\u{200B}夜话\ndate: 2023-07-14\nunit: long\u{2060}jiang\nvenue: 村委会\u{FEFF}\n---\n")
        #expect(ds.map(\.message) == [.invisibleCharacter(code: "U+200B"), .invisibleCharacter(code: "U+2060"), .invisibleCharacter(code: "U+FEFF")])
        #expect(ds.map { "\($0.location.line):\($0.location.column)" } == ["2:10", "4:11", "5:11"])
        #expect(ds.allSatisfy { $0.severity == .warning })
        #expect(m?.title == "东村夜话" && m?.unit.value == "longjiang" && m?.venue == "村委会")
        // Several on a line, and other slips after them, each at the file's own column.
        let (many, found) = parseMeeting("---\ntitle: 东村\u{200B}村道\u{200B}路灯问题\u{200B}议事会\ndate: 2023-07-14\nunit: longjiang\nvenue\u{200B}：村委会\ndepartments: [\u{200B}zhujian，caizheng]\n---\n")
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["2:10", "2:13", "2:18", "5:6", "6:15", "5:7", "6:23"], "\(found.map { $0.rendered(in: .en) })")
        #expect(many?.title == "东村村道路灯问题议事会" && many?.venue == "村委会" && many?.departments.map(\.value) == ["zhujian", "caizheng"])
        // Joiners that hold an emoji together are text.
        let (e, none) = parseMeeting("---\ntitle: 👨\u{200D}👩\u{200D}👧 家庭议事\ndate: 2023-07-14\nunit: longjiang\n---\n")
        #expect(none.isEmpty && e?.title == "👨\u{200D}👩\u{200D}👧 家庭议事")
    }

    @Test func aDeadlineYearsAheadIsAWarningAtItsLine() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2026-03-12\nunit: longjiang\npublicized: 2026-03-14\nitems:\n  - {id: A, title: 路灯, kind: problem, due: 2062-03-31}\n  - {id: B, title: 修桥, kind: problem, due: 2031-03-12}\n---\n")
        // Five calendar years to the day is still a deadline; a day more is a question.
        let d = try #require(only(ds))
        #expect(d.severity == .warning && d.location.line == 7)
        let (_, dayMore) = parseMeeting("---\ntitle: t\ndate: 2026-03-12\nunit: longjiang\nitems:\n  - {id: B, title: 修桥, kind: problem, due: 2031-03-13}\n---\n")
        #expect(dayMore.map(\.message) == [.farAhead(key: "due", date: Day(iso: "2031-03-13")!, from: Day(iso: "2026-03-12")!)])
        #expect(d.rendered(in: .zhHans).hasSuffix("'due' 是 2062-03-31，比这份文件的日期 2026-03-12 晚了 36 年：是不是年份写错了？"))
        // Read as written all the same: the warning is a question, not a correction.
        #expect(m?.items.first?.due == Day(iso: "2062-03-31"))
        let (_, update) = DocumentParser.parse(Array("---\ndate: 2026-05-01\nupdates:\n  - {item: A, due: 2206-05-01}\n---\n".utf8),
                                                 file: "content/updates/u.md", folderKind: .update)
        #expect(update.map(\.message) == [.farAhead(key: "due", date: Day(iso: "2206-05-01")!, from: Day(iso: "2026-05-01")!)])
    }

    @Test func anEmptyFrontMatterSaysAllThatIsNeeded() throws {
        for text in ["---\n---\n正文\n", "---\n# 只有注释\n---\n"] {
            let (_, ds) = parseMeeting(text)
            #expect(try #require(only(ds)).message == .emptyFrontMatter(needs: ["title", "date", "unit"]))
        }
        let (_, ds) = DocumentParser.parse(Array("---\n---\n".utf8), file: "content/updates/u.md", folderKind: .update)
        #expect(try #require(only(ds)).rendered(in: .zhHans) == "content/updates/u.md:1:1: error: 信息块是空的：两行 '---' 之间至少要写 'date'、'updates'")
    }

    @Test func aURLIsNotAMissingSpace() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nextra:\n  link: https://example.org/a\n---\n")
        #expect(ds.isEmpty, "\(ds)")
    }

    @Test(arguments: [
        ("2023/7/14", "2023-07-14"),
        ("2023年7月14日", "2023-07-14"),
        ("2023.7.14", "2023-07-14"),
        ("2023-7-14", "2023-07-14"),
        ("２０２３-０７-１４", "2023-07-14"),   // a Chinese keyboard's digits
        ("20230714", "2023-07-14"),
        ("2023-07-14 19:30", "2023-07-14"),
    ])
    func datesWrittenOtherwiseGetTheISOSpelling(written: String, iso: String) throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: \(written)\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 3 && d.location.column == 7)
        #expect(d.message == .invalidDate(key: "date", value: written, suggestion: iso))
        #expect(d.rendered(in: .en).contains("write '\(iso)'"))
    }

    @Test func aDateThatDoesNotExist() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-02-30\nunit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.location.line == 3)
        #expect(d.message == .nonexistentDate(key: "date", value: "2023-02-30"))
        #expect(d.rendered(in: .en).contains("does not exist"))
    }

    @Test func leapDayIsADate() {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2024-02-29\nunit: longjiang\n---\n")
        #expect(ds.isEmpty)
        #expect(m?.date.description == "2024-02-29")
    }

    /// A '#' right before text is the value's own in the secretary's mind, a comment in YAML's:
    /// the part after it is named, with the quoted line that keeps it.
    @Test func aHashBeforeTextIsNamedAsACutValue() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 3号楼 #2单元门口\n---\n")
        let d = try #require(only(ds))
        #expect(d.severity == .warning)
        #expect(d.location.line == 5 && d.location.column == 12)
        #expect(d.message == .commentCutsValue(key: "venue", dropped: "#2单元门口", whole: "3号楼 #2单元门口"))
        #expect(d.rendered(in: .zhHans).contains("venue: \"3号楼 #2单元门口\""))
        // YAML's reading is kept: the warning says what was read, it does not change it.
        #expect(m?.venue == "3号楼")
    }

    @Test func aValueThatIsAllCommentAndAListEntryCutShortAreNamedToo() {
        let items = "  - id: A-1\n    title: t\n    kind: problem\n    decision: #1 由区住建局牵头\n"
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nagenda:\n  - 通报 #3 号议题\nitems:\n\(items)---\n")
        #expect(ds.map(\.message) == [
            .commentCutsValue(key: nil, dropped: "#3 号议题", whole: "通报 #3 号议题"),
            .commentCutsValue(key: "decision", dropped: "#1 由区住建局牵头", whole: "#1 由区住建局牵头"),
        ])
        #expect(ds.map(\.location.line) == [6, 11])
        #expect(ds[0].rendered(in: .en).contains("- \"通报 #3 号议题\""))
    }

    @Test(arguments: [
        "venue: 村委会  # 写地点",              // a comment written as one, with a space after '#'
        "venue: \"3号楼 #2单元\"",              // quoted: the '#' is the value's
        "venue: 3号楼#2单元",                   // no space before '#': YAML keeps it too
        "departments: [zhujian] #备注",         // a flow list ends before its comment
        "attendance: #参会人次\n  total: 3",    // a comment on a block of fields
        "## 议程",                              // not a field at all
    ])
    func commentsMeantAsCommentsAreLeftAlone(line: String) {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n\(line)\n---\n")
        #expect(!ds.contains { if case .commentCutsValue = $0.message { true } else { false } }, "\(ds)")
    }

    /// libyaml's own words for these blame another line or say nothing a secretary can act on
    /// ("did not find expected alphabetic or numeric character"): each is named where it is,
    /// with the line as it should be written.
    @Test(arguments: [
        ("venue: \"3号楼门口", 8, Message.quoteNotClosed(key: "venue")),
        ("host: \"两委\"成员", 7, .textAfterQuotes(key: "host", fixed: "host: '\"两委\"成员'")),
        ("host: '两委'成员", 7, .textAfterQuotes(key: "host", fixed: "host: '''两委''成员'")),
        ("title: **紧急**路灯不亮", 8, .valueStartsWithIndicator(key: "title", indicator: "*", fixed: "title: \"**紧急**路灯不亮\"")),
        ("title: - 路灯", 8, .valueStartsWithIndicator(key: "title", indicator: "- ", fixed: "title: \"- 路灯\"")),
        ("title: @东村", 8, .valueStartsWithIndicator(key: "title", indicator: "@", fixed: "title: \"@东村\"")),
        ("venue: ? 待定", 8, .valueStartsWithIndicator(key: "venue", indicator: "? ", fixed: "venue: \"? 待定\"")),
        ("venue: ?", 8, .questionMarkForValue(key: "venue")),
        ("host: ?   # 还没定", 7, .questionMarkForValue(key: "host")),
        ("host:\u{3000}村委会主任", 6, .fullWidthSpaceAfterColon(key: "host")),
        ("venue: [村委会]会议室", 8, .valueStartsWithIndicator(key: "venue", indicator: "[", fixed: "venue: \"[村委会]会议室\"")),
        ("venue: {村委会} 会议室", 8, .valueStartsWithIndicator(key: "venue", indicator: "{", fixed: "venue: \"{村委会} 会议室\"")),
        ("venue: \"D:\\资料\\会议室\"", 8, .backslashInDoubleQuotes(key: "venue", fixed: "venue: 'D:\\资料\\会议室'")),
        ("departments: [zhujian]]", 23, .yamlSyntax(.unclosedBracket)),
        ("host: >张三", 7, .valueStartsWithIndicator(key: "host", indicator: ">", fixed: "host: \">张三\"")),
        ("host: |张三 |李四", 7, .valueStartsWithIndicator(key: "host", indicator: "|", fixed: "host: \"|张三 |李四\"")),
        ("host: >2 张三", 7, .valueStartsWithIndicator(key: "host", indicator: ">", fixed: "host: \">2 张三\"")),
    ])
    func valuesYAMLWouldRefuseAreNamedOnTheirLine(line: String, column: Int, message: Message) throws {
        // Named on the value's own line, and the file's next problem is still found.
        let title = line.hasPrefix("title") ? "" : "title: t\n"
        let (_, ds) = parseMeeting("---\n\(title)date: 2023-07-14\nunit: longjiang\n\(line)\nvenu: 村委会\n---\n")
        let first = try #require(ds.first)
        #expect(first.message == message)
        #expect(first.location.column == column)
        #expect(ds.contains { $0.message == .unknownKey(key: "venu", context: .meeting, suggestion: "venue") }, "\(ds)")
    }

    @Test(arguments: ["time: \"19:30-21:00\"  # 加引号", "venue: \"\"", "host: '村''两委'''", "venue: \"第一行\n  第二行\"",
                      "venue: 3号楼-2单元", "title: 路灯*2", "venue: \"一楼\\n二楼 \\\"东\\\"\"", "venue: 'D:\\资料'",
                      "departments: [zhujian, caizheng]  # 两个", "extra:\n  x: {a: [1, 2]}", "extra:\n  x: [\"a]b\", '{c']",
                      // Block scalars, written on purpose.
                      "host: >\n  村党支部书记\n  张三", "host: |-\n  张三", "host: >2+  # 折行\n   张三", "host: |\r\n  张三"])
    func quotedValuesThatAreWholeAreLeftAlone(line: String) {
        let title = line.hasPrefix("title") ? "" : "title: t\n"
        let (_, ds) = parseMeeting("---\n\(title)date: 2023-07-14\nunit: longjiang\n\(line)\n---\n")
        #expect(ds.isEmpty, "\(ds)")
    }

    /// Pasted from Word or a web page: libyaml refuses the whole front matter ("control
    /// characters are not allowed", at its first line) or breaks the line mid-value.
    @Test(arguments: [("\u{0B}", "U+000B"), ("\u{0C}", "U+000C"), ("\u{07}", "U+0007"), ("\u{7F}", "U+007F"),
                      ("\u{81}", "U+0081"), ("\u{85}", "U+0085"), ("\u{2028}", "U+2028"), ("\u{2029}", "U+2029"), ("\u{FFFE}", "U+FFFE")])
    func anInvisibleCharacterIsNamedWhereItIs(character: String, code: String) throws {
        for quoted in [false, true] {
            let value = quoted ? "\"村委会\(character)主任\"" : "村委会\(character)主任"
            let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nhost: \(value)\nvenu: 村委会\n---\n")
            let d = try #require(ds.first)
            #expect(d.message == .controlCharacter(code: code))
            #expect(d.location.line == 5 && d.location.column == (quoted ? 11 : 10))
            #expect(d.rendered(in: .zhHans).contains("看不见的控制符（\(code)）"))
            // The rest of the file is still read and its other problems named.
            #expect(ds.contains { $0.message == .unknownKey(key: "venu", context: .meeting, suggestion: "venue") }, "\(ds)")
            #expect(ds.count == 2, "\(ds)")
            #expect(m?.host == "村委会 主任")
        }
    }

    /// In the minutes the same characters are not a mistake of form but cannot be published
    /// (HTML does not allow them): each is named where it is, as a warning, and replaced by a space.
    @Test func anInvisibleCharacterInTheMinutesIsNamedAndLeftOut() throws {
        let text = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n---\n第一段。\n\n村委会\u{0B}主任\u{2028}说明\u{85}完\n"
        let (m, ds) = parseMeeting(text)
        #expect(ds.map(\.message) == [.controlCharacter(code: "U+000B"), .controlCharacter(code: "U+2028"), .controlCharacter(code: "U+0085")])
        #expect(ds.allSatisfy { $0.severity == .warning && $0.location.line == 8 }, "\(ds)")
        #expect(ds.map(\.location.column) == [4, 7, 10])
        #expect(m?.body == "第一段。\n\n村委会 主任 说明 完\n")
        #expect(SlipDetector.hasControlCharacter("村委会\u{0B}主任") && !SlipDetector.hasControlCharacter("村委会，“主任”—\t\r\n"))
    }

    /// A line of nothing but a tab cannot be seen, and libyaml refuses it left of the fields around it.
    @Test func aTabOnAnEmptyLineIsLeftOut() {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 3\n  \t\n\t\n  residents: 2\n---\n")
        #expect(ds.isEmpty, "\(ds)")
        #expect(m?.attendance?.categories.map(\.count) == [2])
    }

    /// What libyaml says that `SlipDetector` does not catch first is still said in plain words
    /// where it can be, and otherwise marked as YAML's own words.
    @Test(arguments: [
        ("a:\n  b: 1\n\tc: 2", Message.tabIndentation(spaces: nil)),
        ("a: \"x\\qy\nz\"", .yamlSyntax(.unknownEscape)),
        ("a: - b", .yamlSyntax(.misplacedDash)),
        ("a: [b, , c]", .yamlSyntax(.missingValue)),
    ])
    func yamlsOwnProblemsAreSaidInPlainWords(yaml: String, message: Message) throws {
        guard case .failure(let f) = YAMLComposer.compose(yaml) else { Issue.record("\(yaml) was read"); return }
        #expect(f.message == message)
    }

    /// A field written without its colon (`venue 村委会门口`) was named on the line after it,
    /// where libyaml gave up: it is named on its own line, where the colon goes, with the line
    /// as it should be, and read as meant; a line after a blank line or a comment too. A key
    /// that is there is not blamed.
    @Test(arguments: [
        ("venue 村委会门口\nhost: 王书记\n", 4, 6, Message.missingColon(key: "venue", fixed: "venue: 村委会门口")),
        ("attendance:\n  total: 20\n  residents 15\n\n# 主持\nhost: 王书记\n", 6, 12, .missingColon(key: "residents", fixed: "residents: 15")),
        ("host 王书记\n", 4, 5, .missingColon(key: "host", fixed: "host: 王书记")),
    ])
    func aFieldWithoutItsColonIsNamedOnItsOwnLine(lines: String, line: Int, column: Int, message: Message) throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\n" + lines + "unit: longjiang\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == message)
        #expect(d.location.line == line && d.location.column == column, "\(d.location)")
        #expect(m != nil)
    }

    /// `#due: …` with the '#' left: the field is not read, and said so; `# due:` is the starter's
    /// comment, and `#备注：` no field.
    @Test func aFieldLeftBehindItsHashIsNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n    kind: problem\n    #due: 2023-08-01\n    # due: 2023-08-02\n#备注: x\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .fieldCommentedOut(key: "due") && d.severity == .warning)
        #expect([d.location.line, d.location.column] == [9, 5])
        #expect(m?.items.first?.due == nil)
    }

    /// `# updates:` over entries left as they were: they belonged to `items:` above, and each
    /// was an item missing its title and kind. One error on the commented line, and the entries
    /// read as the updates they are; a block commented out whole, or a key with a value after
    /// it, is a comment as before.
    @Test func aParentLeftBehindItsHashIsAnError() throws {
        let items = "items:\n  - id: A\n    title: 路灯\n    kind: problem\n"
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n" + items + "# updates:\n  - item: B\n    status: resolved\n---\n")
        let d = try #require(only(ds), "\(ds.map { $0.rendered(in: .en) })")
        #expect(d.message == .parentCommentedOut(key: "updates") && d.severity == .error)
        #expect([d.location.line, d.location.column] == [9, 1])
        #expect(m?.items.map(\.id) == ["A"])
        #expect(m?.updates.map(\.item.value) == ["B"])
        // A slip under it is still named, at its own column.
        let (a, slips) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n#attendance:\n  total：3\n---\n")
        #expect(slips.map { "\($0.location.line):\($0.location.column)" } == ["5:1", "6:8"], "\(slips.map { $0.rendered(in: .en) })")
        #expect(a?.attendance?.total == 3)
        for commented in ["# updates:\n#  - item: B\n#    status: resolved\n", "# venue: 村委会\n  \n", "# updates:\n",
                          "#updates:\n#  - item: B\n#    status: resolved\n"] {
            let (_, quiet) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n" + items + commented + "---\n")
            #expect(quiet.isEmpty, "\(commented): \(quiet.map { $0.rendered(in: .en) })")
        }
        // Fields commented out with '#' at the margin, among an item's fields that go on below.
        let (kept, quiet) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n#    vote:\n#      for: 3\n    kind: problem\n---\n")
        #expect(quiet.isEmpty, "\(quiet.map { $0.rendered(in: .en) })")
        #expect(kept?.items.first?.kind == .problem)
    }

    /// `#  - id: B` with the item's other lines left as they were: they joined item A, each of
    /// their fields "written twice" (advice that deletes one). One error on the commented line,
    /// and B read as written; an item commented out whole, or a comment among an item's own
    /// fields that the item above does not have yet, is a comment as before.
    @Test func anEntryLeftBehindItsHashIsAnError() throws {
        let head = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n    kind: problem\n"
        for hash in ["#", "# ", "#   "] {
            let (m, ds) = parseMeeting(head + "\(hash)  - id: B\n    title: 水管\n    kind: problem\n---\n")
            #expect(ds.map(\.message) == [.entryCommentedOut(key: "id")], "\(hash): \(ds.map { $0.rendered(in: .en) })")
            #expect(ds.map { "\($0.location.line):\($0.location.column)" } == ["9:1"])
            #expect(m?.items.map(\.title) == ["路灯", "水管"])
        }
        let (u, entries) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nvenue: 村委会\nupdates:\n  - item: A\n    status: resolved\n#  - item: B\n    status: resolved\n---\n")
        #expect(entries.map(\.message) == [.entryCommentedOut(key: "item")])
        #expect(u?.updates.map(\.item.value) == ["A", "B"])
        for quiet in [head + "#  - id: B\n#    title: 水管\n  - id: C\n    title: 桥\n    kind: problem\n---\n",
                      "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: 路灯\n#  - id: 旧编号\n    kind: problem\n---\n"] {
            let (_, none) = parseMeeting(quiet)
            #expect(none.isEmpty, "\(none.map { $0.rendered(in: .en) })")
        }
    }

    /// A line that is no field's name and a value: libyaml's stop, said in plain words, on its own line.
    @Test func aLineThatIsNoFieldIsNamedOnItsOwnLine() throws {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\n主持人 王书记\nunit: longjiang\n---\n")
        let d = try #require(ds.first { $0.message == .yamlSyntax(.missingColon) }, "\(ds.map { $0.rendered(in: .en) })")
        #expect(d.location.line == 4 && d.location.column == 1, "\(d.location)")
    }

    @Test func yamlsOwnWordsAreMarkedAsSuch() {
        let d = Diagnostic.error(.yamlSyntax(.other("found undefined tag handle")), at: SourceLocation(file: "x", line: 1, column: 1))
        #expect(d.rendered(in: .zhHans).contains("这里的写法读不懂，请对照说明中的示例检查这一行和上一行（读取程序的原话：found undefined tag handle）"))
    }

    @Test func aReaderProblemIsPlacedWhereItIs() {
        #expect(YAMLComposer.position(ofCharacter: 9, in: "a: b\nc: 村\u{0B}") == (2, 5))
    }

    @Test func aFieldIndentedMoreThanTheOneAboveIsNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 20\n   residents: 15\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .indentedMoreThanAbove(key: "residents", spaces: 1))
        #expect(d.location.line == 7 && d.location.column == 4)
        #expect(m?.attendance?.total == 20)
        // Nested under a field with no value, or lined up under a list entry's first field: as it should be.
        let (_, fine) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    vote:\n      for: 3\n---\n")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// The `attendance:` line deleted, its counts left indented under the field above: one
    /// error saying so, and the counts read as meant, not an indentation error and an unknown
    /// field for each line, whose advice (line them up, put them under `extra:`) lost them.
    /// The same for a vote's counts in an item, and for the first count not indented under
    /// its `attendance:`.
    @Test func aParentLineDeletedOrNotIndentedUnderIsOneError() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nhost: 书记\n  total: 20\n  residents: 15\n  officials: 2\nvenue: x\n---\n")
        let d = try #require(only(ds))
        #expect(d.message == .missingParentLine(parent: "attendance", key: "total"))
        #expect(d.location.line == 6 && d.location.column == 3)
        #expect(m?.attendance?.total == 20 && m?.attendance?.categories.map(\.count) == [15, 2] && m?.venue == "x" && m?.host == "书记")
        #expect(d.rendered(in: .zhHans).contains("上面少了 'attendance:' 这一行"))
        let (v, vs) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n    decision: 修\n      for: 18\n      against: 2\n    owner: zhujian\n---\n")
        #expect(vs.map(\.message) == [.missingParentLine(parent: "vote", key: "for")], "\(vs)")
        #expect(v?.items.first?.vote?.inFavour == 18 && v?.items.first?.vote?.against == 2 && v?.items.first?.owner?.value == "zhujian")
        let (f, fs) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\ntotal: 20\n  residents: 15\nvenue: x\n---\n")
        #expect(fs.map(\.message) == [.fieldNotIndentedUnder(parent: "attendance", key: "total", spaces: 2)], "\(fs)")
        #expect(fs.first?.location.line == 6)
        #expect(f?.attendance?.total == 20 && f?.attendance?.categories.map(\.count) == [15] && f?.venue == "x")
    }

    /// A field after one holding a list or quoted text that closes on its line is not nested
    /// under it either.
    @Test func aFieldIndentedMoreThanAClosedListAboveIsNamed() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\ndepartments: [zhujian]\n  leaders: []\ntime: \"19:30\"\n  venue: x\n---\n")
        #expect(ds.map(\.message) == [.indentedMoreThanAbove(key: "leaders", spaces: 2), .indentedMoreThanAbove(key: "venue", spaces: 2)])
        #expect(ds.map(\.location.line) == [6, 8])
        #expect(m?.venue == "x")
    }

    /// One field slipped left inside an item: one error on that line, not one on every line
    /// after it, and the rest of the file is read, so its other mistakes are named in the same run.
    @Test func aFieldIndentedLessThanTheFieldsAroundItIsNamedAlone() throws {
        let yaml = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n  kind: problem\n    owner: zhujian\n    status: resolvd\n---\n"
        let (m, ds) = parseMeeting(yaml)
        let sorted = DiagnosticList(ds).sorted
        #expect(sorted.first?.message == .indentedLessThanAround(key: "kind", spaces: 2))
        #expect(sorted.first?.location.line == 8 && sorted.first?.location.column == 3)
        #expect(sorted.count == 2, "\(sorted.map { $0.rendered(in: .en) })")
        #expect(sorted.last?.location.line == 10, "the misspelt status is named too")
        #expect(m?.items.first?.kind == .problem, "the slipped field is read where it belongs")
        // Going back to a level that is open is no slip: the next line is the one too far right.
        let (_, back) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance:\n  total: 3\nvenue: x\n  host: y\n---\n")
        #expect(back.map(\.message) == [.indentedMoreThanAbove(key: "host", spaces: 2)])
    }

    /// Two slipped lines in a row, and the last field of an item slipped before the next
    /// item: each slipped line named, not the correct lines below it (before: 'indented 2 more
    /// than above' on each of those) or the file unread with a general message.
    @Test func slippedLinesInARowAndAtAnItemsEndAreNamed() throws {
        let head = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n"
        let (m, run) = parseMeeting(head + "  kind: problem\n  urgency: major\n    owner: zhujian\n    status: accepted\n---\n")
        #expect(run.map(\.message) == [.indentedLessThanAround(key: "kind", spaces: 2), .indentedLessThanAround(key: "urgency", spaces: 2)],
                "\(run.map { $0.rendered(in: .en) })")
        #expect(run.map(\.location.line) == [8, 9])
        #expect(m?.items.first?.kind == .problem && m?.items.first?.urgency == .major && m?.items.first?.owner?.value == "zhujian")
        let next = "  status: proposed\n  - id: B\n    title: y\n    kind: "
        let (_, atEnd) = parseMeeting(head + "    kind: problem\n" + next + "problme\n---\n")
        #expect(atEnd.map(\.message).first == .indentedLessThanAround(key: "status", spaces: 2), "\(atEnd.map { $0.rendered(in: .en) })")
        #expect(atEnd.count == 2 && atEnd.last?.location.line == 12, "the misspelt kind of the next item is named too")
        let (read, mended) = parseMeeting(head + "    kind: problem\n" + next + "problem\n---\n")
        #expect(mended.count == 1 && read?.items.map(\.id) == ["A", "B"] && read?.items.first?.status == .proposed)
        // The last field of the last item, before a field of the meeting: which one it belongs
        // with cannot be told, and the general message stays.
        let (_, unsure) = parseMeeting(head + "    kind: problem\n  status: proposed\npublicized: 2023-07-16\n---\n")
        #expect(unsure.count == 1 && unsure.first?.message != .indentedLessThanAround(key: "status", spaces: 2))
    }

    @Test func aDashWithNoSpaceAfterItIsNamedAndTheRestRead() throws {
        let yaml = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A\n    title: x\n    kind: problem\n  -id: B\n    title: y\n    kind: problme\n---\n"
        let (_, ds) = parseMeeting(yaml)
        let sorted = DiagnosticList(ds).sorted
        #expect(sorted.first?.message == .missingSpaceAfterDash(key: "id"))
        #expect(sorted.first?.location.line == 9 && sorted.first?.location.column == 3)
        #expect(sorted.count == 2 && sorted.last?.location.line == 11, "\(sorted.map { $0.rendered(in: .en) })")
    }

    /// What the new checks must leave alone, found by review: a value that goes on over the
    /// next line (which may start with digits or a dash) after a key in Chinese, and a stray
    /// dash before a field inside an item, which the unknown key names as before.
    @Test func valuesThatGoOnAndStrayDashesAreNoListSlips() throws {
        let head = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n"
        let (_, wrapped) = parseMeeting(head + "extra:\n  负责人:\n    name: 张三\n  note: 二〇二六年\n    5月完成\nitems:\n  - id: A\n    title: x\n    kind: problem\n    decision: 施工时间 9:00\n      -17:00\n---\n")
        #expect(wrapped.isEmpty, "\(wrapped.map { $0.rendered(in: .en) })")
        let (_, stray) = parseMeeting(head + "items:\n  - id: A\n    title: x\n    -kind: problem\n---\n")
        #expect(stray.first?.message == .unknownKey(key: "-kind", context: .item, suggestion: "kind"), "\(stray.map { $0.rendered(in: .en) })")
        // Both spaces left out: both named, and the entry read.
        let (m, both) = parseMeeting(head + "items:\n  -id:A\n    title: x\n    kind: problem\n---\n")
        #expect(both.map(\.message) == [.missingSpaceAfterDash(key: "id"), .missingSpaceAfterColon(key: "id")])
        #expect(m?.items.first?.id == "A")
    }

    /// A full-width colon after a field that holds a block: one error, and the fields under it
    /// are read where they are, not each named as indented too far.
    @Test func aFullWidthColonOnAFieldHoldingABlockIsOneError() throws {
        let (m, ds) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nattendance：\n  total: 20\n  residents: 15\n---\n")
        #expect(ds.map(\.message) == [.fullWidthColon(key: "attendance")], "\(ds.map { $0.rendered(in: .en) })")
        #expect(m?.attendance?.total == 20)
    }

    /// A key given twice stops libyaml; the later one is left out and the rest read, so the
    /// same run names the file's other slips.
    @Test func aKeyGivenTwiceHidesNothingElse() {
        let (_, ds) = parseMeeting("---\ntitle: t\ndate: 2023/7/14\nunit: longjiang\nvenue: x\nvenue: 村委会\nattendance:\n  total: 3\nattendance:\n  total: 4\nvenu: y\n---\n")
        let sorted = DiagnosticList(ds).sorted
        #expect(sorted.map(\.message) == [
            .invalidDate(key: "date", value: "2023/7/14", suggestion: "2023-07-14"),
            .duplicateKey(key: "venue"),
            .duplicateKey(key: "attendance"),
            .unknownKey(key: "venu", context: .meeting, suggestion: "venue"),
        ])
        #expect(sorted.map(\.location.line) == [3, 6, 9, 11])
    }

    /// The second item with its dash left out repeats the first one's fields: one error
    /// naming the dash, not one "given twice" per field, whose advice would delete the item;
    /// and the item is read, so the file's other checks see it.
    @Test func aListEntryWithoutItsDashIsOneErrorAndIsRead() throws {
        let item = { (id: String) in "    id: \(id)\n    title: 路灯不亮\n    kind: problem\n    status: proposed\n" }
        let text = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A-1\n    title: 垃圾桶\n    kind: problem\n    status: proposed\n"
            + item("A-2") + "    # 第三项\n" + item("A-3") + "---\n"
        let (m, ds) = parseMeeting(text)
        #expect(ds.map(\.message) == [.missingEntryDash(key: "id"), .missingEntryDash(key: "id")], "\(ds.map { $0.rendered(in: .en) })")
        #expect(ds.map(\.location.line) == [10, 15] && ds.map(\.location.column) == [5, 5])
        #expect(m?.items.map(\.id) == ["A-1", "A-2", "A-3"])
        #expect(ds.first?.rendered(in: .zhHans).contains("少了 '- '") == true)
        // An entry whose first field is not its id: the repeat of that first field starts the next one.
        let (titled, titledProblems) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - title: 垃圾桶\n    id: A-1\n    kind: suggestion\n    title: 路灯\n    id: A-2\n    kind: suggestion\n---\n")
        #expect(titledProblems.map(\.message) == [.missingEntryDash(key: "title")])
        #expect(titled?.items.map(\.id) == ["A-1", "A-2"])
        // A field given twice that starts nothing is still that.
        let (_, twice) = parseMeeting("---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\nitems:\n  - id: A-1\n    title: 垃圾桶\n    kind: suggestion\n    title: 路灯\n---\n")
        #expect(twice.map(\.message) == [.duplicateKey(key: "title")])
    }

    /// Slips a secretary's reviewer met, each one error (or one warning) on its own line, and
    /// the file read as meant: before, each was blamed on the line after it, or came as a
    /// dozen errors about indentation.
    @Test func slipsAroundIndentationAndCommentsAreOneFindingOnTheirLine() throws {
        let head = "---\ntitle: t\ndate: 2023-07-14\nunit: longjiang\n"
        let attendance = "attendance:\n  total: 11\n  residents: 5\n"
        let items = "items:\n  - id: A-1\n    title: 垃圾桶\n    kind: problem\n  - id: A-2\n    title: 路灯\n    kind: problem\n"
        func check(_ text: String, _ message: Message, line: Int, column: Int, error: Bool = true,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Meeting? {
            let (m, ds) = parseMeeting(text)
            let d = only(ds, sourceLocation: sourceLocation)
            #expect(d?.message == message && d?.location.line == line && d?.location.column == column
                    && (d?.severity == .error) == error, "\(ds.map { $0.rendered(in: .en) })", sourceLocation: sourceLocation)
            return m
        }
        // A no-break space (pasted from a web page) indenting a field.
        var m = check(head + attendance.replacingOccurrences(of: "  residents", with: "\u{00A0}\u{00A0}residents") + "---\n",
                      .noBreakSpaceIndentation(spaces: 2), line: 7, column: 1)
        #expect(m?.attendance?.total == 11 && m?.attendance?.categories.first?.count == 5)
        // A comment line begun with the full-width '＃', at the top level and inside an item.
        m = check(head + "＃ 参会人数\n" + attendance + "---\n", .fullWidthHashComment, line: 5, column: 1)
        #expect(m?.attendance?.total == 11)
        m = check(head + items.replacingOccurrences(of: "    kind: problem\n  - id: A-2", with: "    ＃ 类别\n    kind: problem\n  - id: A-2") + "---\n",
                  .fullWidthHashComment, line: 8, column: 5)
        #expect(m?.items.map(\.id) == ["A-1", "A-2"])
        // ' ＃' after a value: published with it, so named; quoted, it is meant.
        m = check(head + "venue: 议事厅  ＃ 三楼\n---\n", .fullWidthHashInValue(key: "venue"), line: 5, column: 13, error: false)
        #expect(m?.venue == "议事厅  ＃ 三楼")
        #expect(parseMeeting(head + "venue: \"议事厅 ＃3\"\n---\n").1.isEmpty)
        // The second item's dash at the margin, its fields in line with the first item's.
        m = check(head + items.replacingOccurrences(of: "  - id: A-2", with: "- id: A-2") + "---\n",
                  .entryDashShort(spaces: 2), line: 9, column: 1)
        #expect(m?.items.map(\.id) == ["A-1", "A-2"] && m?.items.last?.title == "路灯")
        // The first item's dash at the margin, its fields and the next item where they belong:
        // one finding on the dash, not one on each field below it.
        m = check(head + items.replacingOccurrences(of: "  - id: A-1", with: "- id: A-1") + "---\n",
                  .firstEntryDashShort(spaces: 2), line: 6, column: 1)
        #expect(m?.items.map(\.id) == ["A-1", "A-2"] && m?.items.first?.title == "垃圾桶")
        // A list written at its key's column, as YAML allows, is no slip.
        #expect(parseMeeting(head + items.replacingOccurrences(of: "\n  ", with: "\n") + "---\n").1.isEmpty)
        // The first item's second field pushed in, its dash and other fields where they belong:
        // that field's slip, not the dash's (in a meeting's items and an update's entries).
        m = check(head + items.replacingOccurrences(of: "    title: 垃圾桶", with: "      title: 垃圾桶") + "---\n",
                  .indentedMoreThanAbove(key: "title", spaces: 2), line: 7, column: 7)
        #expect(m?.items.first?.title == "垃圾桶")
        let update = "---\ndate: 2023-08-01\nupdates:\n  - item: A-1\n      status: in_progress\n    note: 已开工\n---\n"
        let (_, entry) = DocumentParser.parse(Array(update.utf8), file: "content/updates/2023/u.md", folderKind: .update)
        #expect(entry.map(\.message) == [.indentedMoreThanAbove(key: "status", spaces: 2)])
        // One field further in after the dash, and the list ends: that field's slip too.
        #expect(!parseMeeting(head + "items:\n- id: A-1\n    title: 垃圾桶\n---\n").1.contains { $0.message == .firstEntryDashShort(spaces: 2) })
        // A value going on to a line of its own further in is no field.
        #expect(!parseMeeting(head + "items:\n- id: A-1\n    https://example.org/a\n    https://example.org/b\n---\n").1
            .contains { $0.message == .firstEntryDashShort(spaces: 2) })
        // A value on the line of a key whose fields or entries are under it.
        m = check(head + attendance.replacingOccurrences(of: "attendance:", with: "attendance: 38") + "---\n",
                  .valueBeforeNestedLines(key: "attendance", value: "38"), line: 5, column: 13)
        #expect(m?.attendance?.total == 11)
        m = check(head + items.replacingOccurrences(of: "items:", with: "items: 两项  # 见下") + "---\n",
                  .valueBeforeNestedLines(key: "items", value: "两项"), line: 5, column: 8)
        #expect(m?.items.map(\.id) == ["A-1", "A-2"])
        // Not slips: a field indented too far under a scalar is still that, and a long value
        // wrapped onto a more indented line is one value.
        #expect(parseMeeting(head + "attendance:\n  total: 11\n    residents: 5\n---\n").1.map(\.message)
                == [.indentedMoreThanAbove(key: "residents", spaces: 2)])
        let (wrapped, none) = parseMeeting(head + "venue: 村委会\n  二楼会议室\nhost: 主任\n---\n")
        #expect(none.isEmpty && wrapped?.venue == "村委会 二楼会议室")
    }

    /// An opening fence typed with a Chinese keyboard's dashes, or pushed down by blank lines,
    /// is named on its line; a file with no fence at all gets the rule.
    @Test func anOpeningFenceMistypedOrMovedDownIsNamed() throws {
        let fields = "title: t\ndate: 2023-07-14\nunit: longjiang\n"
        for dashes in ["——", "－－－", "———", "—-—"] {
            let d = try #require(only(parseMeeting("\(dashes)\n\(fields)\(dashes)\n正文\n").1))
            #expect(d.message == .fenceMistyped(written: dashes) && d.location.line == 1)
        }
        let moved = try #require(only(parseMeeting("\n \n---\n\(fields)---\n").1))
        #expect(moved.message == .fenceBelowBlankLines(count: 2) && moved.location.line == 3)
        #expect(moved.rendered(in: .zhHans).contains("删掉它上面的 2 个空行"))
        // (An empty file is said to be empty: FileTests.)
        for plain in ["# 东村议事会\n\(fields)", "一\n\(fields)", "-\n\(fields)"] {
            #expect(parseMeeting(plain).1.map(\.message) == [.missingFrontMatter], "\(plain.debugDescription)")
        }
    }

    @Test func slipsAndOtherProblemsAreAllReportedInOneRun() {
        let (_, ds) = parseMeeting("---\ntitle：t\ndate: 2023/7/14\nunit: longjiang\nvenu: 村委会\n---\n")
        let sorted = DiagnosticList(ds).sorted
        #expect(sorted.map(\.location.line) == [2, 3, 5])
        #expect(sorted.last?.message == .unknownKey(key: "venu", context: .meeting, suggestion: "venue"))
    }

    /// The front matter's digest is FNV-1a 64 over its UTF-8 bytes: the published test vectors,
    /// and Chinese text against the byte-by-byte definition, since the rebuild shortcuts compare
    /// digests that earlier builds wrote.
    @Test func frontMatterDigestIsFNV1a() {
        #expect(FrontMatter.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(FrontMatter.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FrontMatter.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        let text = "title: 海棠夜话\nvenue: 村委会议室\n" + String(repeating: "议", count: 300)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        #expect(FrontMatter.fnv1a(text) == h)
        #expect(FrontMatter.fnv1a(String(text.dropFirst())) != h)
    }
}
