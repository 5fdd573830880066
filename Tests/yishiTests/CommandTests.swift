import Foundation
import Testing

/// The commands as a secretary runs them: exit statuses, messages, files written.
@Suite struct CommandTests {
    @Test func initWritesASiteThatPassesCheck() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("site").path
        let made = try CLI.run(["init", site])
        #expect(made.status == 0, "\(made.stderr)")
        for path in ["site/content/site.yml", "site/content/units.yml", "site/content/departments.yml",
                     "site/templates/locales/zh-Hans.yml", "site/templates/assets/style.css"] {
            #expect(tmp.exists(path), "\(path)")
        }
        let meetings = try FileManager.default.subpathsOfDirectory(atPath: site + "/content/meetings").filter { $0.hasSuffix(".md") }
        #expect(meetings.count == 2)
        let checked = try CLI.run(["check", "--site", site])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.contains("共 0 个错误"))
        // Until the example address and hotline are replaced, every printed notice would carry
        // them: a warning says so, and goes once they are.
        #expect(checked.stderr.contains("content/site.yml:1:1: warning: site.yml 里的 'base_url' 和 'notice.hotline' 还是 yishi init 写的示例"), "\(checked.stderr)")
        let settings = try tmp.read("site/content/site.yml")
        try settings.replacingOccurrences(of: "https://example.org/yishi/", with: "https://yishi.dongcun.gov.cn/")
            .replacingOccurrences(of: "\"0000-00000000\"", with: "\"0571-86001234\"")
            .write(toFile: site + "/content/site.yml", atomically: true, encoding: .utf8)
        let replaced = try CLI.run(["check", "--site", site])
        #expect(replaced.status == 0 && replaced.stderr.contains("共 0 个错误，0 个警告"), "\(replaced.stderr)")
    }

    /// A folder named with a space: the next command it shows was `cd 我的 网站 && …`, which the
    /// shell splits in two. Quoted, it runs as shown.
    @Test func initShowsANextCommandThatRunsAsShown() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("我的 网站").path
        let made = try CLI.run(["init", site])
        #expect(made.status == 0, "\(made.stderr)")
        let shown = try #require(made.stdout.components(separatedBy: "下一步：").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(shown == "cd '\(site)' && yishi check", "\(made.stdout)")
        let cd = try CLI.run(["bash", "-c", String(shown.prefix { $0 != "&" }) + "&& pwd"], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(cd.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == site, "\(cd.stderr)")
    }

    @Test func initMakesTheSiteInTheLanguageAskedFor() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let cases: [(String?, String, String)] = [(nil, "zh-Hans", "共 0 个错误"), ("zh-Hant", "zh-Hant", "共 0 個錯誤"), ("en", "en", "0 errors")]
        for (lang, locale, count) in cases {
            let site = tmp.path("site-\(locale)")
            let made = try CLI.run(["init", site] + (lang.map { ["--lang", $0] } ?? []))
            #expect(made.status == 0, "\(made.stderr)")
            #expect(try tmp.read("site-\(locale)/content/site.yml").contains("\nlocale: \(locale) "))
            // Its messages and its pages are then in that language with no --lang.
            let checked = try CLI.run(["check", "--site", site])
            #expect(checked.status == 0 && checked.stderr.contains(count), "\(checked.stderr)")
            let built = try CLI.run(["build", "--site", site, "--as-of", "2026-06-30"])
            #expect(built.status == 0, "\(built.stderr)")
            #expect(try tmp.read("site-\(locale)/output/index.html").contains("<html lang=\"\(locale)\">"))
        }
        // The traditional-character site's sample minutes are in traditional characters too,
        // and its pages show them so.
        let minutes = try tmp.read("site-zh-Hant/content/meetings/2026/2026-03-12-east-village.md")
        #expect(minutes.contains("title: 東村村道路燈問題議事會") && minutes.contains("status: 已辦結") && !minutes.contains("东村"))
        #expect(try tmp.read("site-zh-Hant/output/meetings/2026-03-12-east-village.html").contains("村東主幹道路燈不亮"))
        #expect(try tmp.read("site-zh-Hans/content/meetings/2026/2026-03-12-east-village.md").contains("title: 东村村道路灯问题议事会"))
        // So is a meeting file `new` starts there, and its blanks are still named, quoted as written.
        let made = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-05-01", "--site", tmp.path("site-zh-Hant")])
        #expect(made.status == 0, "\(made.stderr)")
        let started = try tmp.read("site-zh-Hant/content/meetings/2026/2026-05-01-west-village.md")
        #expect(started.contains("# 會議日期") && started.contains("title: 請填寫議題") && !started.contains("请"))
        let blanks = try CLI.run(["check", "--site", tmp.path("site-zh-Hant")])
        #expect(blanks.status == 1 && blanks.stderr.contains("'請填寫議題'") && blanks.stderr.contains("共 15 個錯誤") && blanks.stderr.contains("'請填寫會議記錄'"), "\(blanks.stderr)")
    }

    /// `yishi check FILE`: the whole site is checked (an update is right only with its item),
    /// and the problems of the files named are listed, with a count of the others; the exit
    /// status is that of the files named. A file given from outside the site finds its site.
    @Test func checkNamesTheProblemsOfTheFilesGiven() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        let a = "s/content/meetings/2026/2026-03-12-east-village.md", b = "s/content/meetings/2026/2026-04-20-east-village.md"
        try tmp.write(b, try tmp.read(b).replacingOccurrences(of: "unit: east-village", with: "unit: east-vilage"))
        let clean = try CLI.run(["check", "--site", site, tmp.path(a)])
        #expect(clean.status == 0 && clean.stderr.contains("共 0 个错误") && clean.stderr.contains("其他文件还有 1 个错误，0 个警告"), "\(clean.stderr)")
        #expect(!clean.stderr.contains("east-vilage"))
        // Named by its path inside the site, from the site's own folder or from anywhere, or
        // as check prints it, with --site, from elsewhere.
        for (args, dir) in [(["check", "content/meetings/2026/2026-04-20-east-village.md"], URL(fileURLWithPath: site)),
                            (["check", "--site", "s", "content/meetings/2026/2026-04-20-east-village.md"], tmp.url),
                            (["check", tmp.path(b)], tmp.url), (["check", "content/meetings"], URL(fileURLWithPath: site))] {
            let broken = try CLI.run(args, in: dir)
            #expect(broken.status == 1 && broken.stderr.contains("content/meetings/2026/2026-04-20-east-village.md:5:7: error:")
                    && !broken.stderr.contains("其他文件"), "\(args): \(broken.stderr)")
        }
        let outside = try CLI.run(["check", "--site", site, tmp.path("s/content/site.yml") + "x"])
        #expect(outside.status == 2 && outside.stderr.contains("没有 '"), "\(outside.stderr)")
        try tmp.write("elsewhere.md", "---\n---\n")
        let elsewhere = try CLI.run(["check", "--site", site, tmp.path("elsewhere.md")])
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("不在网站"), "\(elsewhere.stderr)")
    }

    /// A broken template stops the build as surely as a broken file of minutes: `check` names
    /// it, and a build names it with the content's errors, in one run.
    @Test func checkAndBuildNameABrokenTemplateWithTheContentsErrors() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        let home = try tmp.read("s/templates/home.mustache")
        try tmp.write("s/templates/home.mustache", "{{#broken}}\n" + home)
        let checked = try CLI.run(["check", "--site", site])
        #expect(checked.status == 1 && checked.stderr.contains("templates/home.mustache:1:1: error: 模板无法读取："), "\(checked.stderr)")
        let minutes = "s/content/meetings/2026/2026-03-12-east-village.md"
        try tmp.write(minutes, try tmp.read(minutes).replacingOccurrences(of: "title: 东村村道路灯问题议事会", with: "title:"))
        let built = try CLI.run(["build", "--site", site])
        #expect(built.status == 1, "\(built.stderr)")
        #expect(built.stderr.contains("2026-03-12-east-village.md:2:7: error: 'title' 是空的"), "\(built.stderr)")
        #expect(built.stderr.contains("templates/home.mustache:1:1: error:") && built.stderr.contains("共 2 个错误"), "\(built.stderr)")
        // Nothing was published, and the secretary is told so, and what residents still see.
        #expect(built.stderr.hasSuffix("yishi: 内容有错误，这次没有发布，还没有生成网站。改正上面的错误后，再运行 yishi build\n"), "\(built.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tmp.path("s/output/index.html")))
        try tmp.write("s/templates/home.mustache", home)
        try tmp.write(minutes, try tmp.read(minutes).replacingOccurrences(of: "title:\n", with: "title: 东村村道路灯问题议事会\n"))
        #expect(try CLI.run(["build", "--site", site]).status == 0)
        let index = try tmp.read("s/output/index.html")
        try tmp.write(minutes, try tmp.read(minutes).replacingOccurrences(of: "title: 东村村道路灯问题议事会", with: "title:"))
        let again = try CLI.run(["build", "--site", site, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.hasSuffix("yishi: the content has errors, so nothing was published: output/ still holds the last published site, untouched. Fix the errors above and run yishi build again\n"), "\(again.stderr)")
        #expect(try tmp.read("s/output/index.html") == index)
    }

    /// A department taken out of departments.yml that every file names: each place is still
    /// listed, and one line after the count says they are one cause, with the fix.
    @Test func manyErrorsOfOneMissingIdAreSaidToBeOne() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try FileManager.default.copyItem(at: AtomicBuildTests.repo.appendingPathComponent("content"), to: tmp.url.appendingPathComponent("s/content"))
        let list = try tmp.read("s/content/departments.yml")
        try tmp.write("s/content/departments.yml", list.replacingOccurrences(of: "- id: zhujian\n  name: 区住建局\n", with: ""))
        let r = try CLI.run(["check", "--site", tmp.path("s")])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let places = lines.filter { $0.contains(": error: ") && $0.contains("'zhujian'") }.count
        #expect(places >= 5)
        #expect(lines.last == "其中 \(places) 个错误是同一个原因：部门 'zhujian' 不在 departments.yml 里。是不是把它从 departments.yml 删掉了，或者改了编号？把它加回去（或改回原来的编号），这些错误就都没有了", "\(lines.suffix(3))")
    }

    @Test func initNeverOverwritesASite() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("site").path
        try CLI.initSite(site)
        try tmp.write("site/content/site.yml", "title: 我的\n")
        let again = try CLI.run(["init", site])
        #expect(again.status == 2)
        #expect(try tmp.read("site/content/site.yml") == "title: 我的\n")
    }

    @Test func checkNamesEveryProblemAndExitsOne() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        try tmp.write("s/content/meetings/2026/2026-06-01-east-village.md", """
            ---
            title：东村议事会
            date: 2026/6/1
            unit: east-vilage
            ---

            """)
        try tmp.write("s/content/updates/2026/2026-06-02-east-village.md", """
            ---
            date: 2026-06-02
            updates:
              - item: EV-2026-01
                status: 已完成
            ---

            """)
        let r = try CLI.run(["check", "--site", site, "--lang", "en"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "content/meetings/2026/2026-06-01-east-village.md:2:6: error: full-width colon '：' after 'title'; YAML needs a half-width colon and a space: 'title: '",
            "content/meetings/2026/2026-06-01-east-village.md:3:7: error: 'date' is '2026/6/1', not a date: write dates as YYYY-MM-DD; write '2026-06-01'",
            "content/meetings/2026/2026-06-01-east-village.md:4:7: error: unknown unit 'east-vilage' (did you mean 'east-village'?)",
            "content/updates/2026/2026-06-02-east-village.md:4:11: error: unknown item 'EV-2026-01' (did you mean 'EV-2026-001'?)",
            "content/updates/2026/2026-06-02-east-village.md:5:13: error: 'status' is '已完成' (did you mean '已办结'?), which is not one of the accepted values: 'proposed (征集, 待审核, 徵集, 待審核, 待受理)', 'accepted (已受理, 立项, 立項)', 'in_progress (办理中, 处置中, 辦理中, 處置中)', 'resolved (已办结, 已解决, 已辦結, 已解決)', 'rejected (不予受理)', 'referred (转办, 轉辦)', 'deferred (暂缓, 暫緩)'",
            "5 errors, 0 warnings",
        ])
        let zh = try CLI.run(["check", "--site", site])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("4:7: error: 未知的单位 'east-vilage'（是不是 'east-village'？）"))
    }

    @Test func traditionalChineseSitesGetTraditionalMessages() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        try tmp.write("s/content/meetings/2026/x.md", "---\ntitle: t\ndate: 2026-06-01\nunit: east-village\nvenu: 村委會\n---\n")
        let r = try CLI.run(["check", "--site", site, "--lang", "zh-Hant"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("x.md:5:1: error: 會議信息中有未知的字段 'venu'（是不是 'venue'？）"), "\(r.stderr)")
        #expect(r.stderr.contains("共 1 個錯誤，0 個警告"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["check", "--no-such-option"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["check", "--lang", "fr"]).status == 2)
    }

    /// A site published as of a day still to come would tell residents so and count every
    /// open matter overdue by then: refused, and the published site stays as it was.
    @Test func buildRefusesAnAsOfDateStillToCome() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-06-30"]).status == 0)
        let before = try tmp.read("s/output/index.html")
        let r = try CLI.run(["build", "--site", site, "--as-of", "2999-01-01"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--as-of 2999-01-01 还没到（今天是 ") && r.stderr.contains("是不是年份写错了"), "\(r.stderr)")
        #expect(try tmp.read("s/output/index.html") == before)
        #expect(try CLI.run(["stats", "--site", site, "--as-of", "2999-01-01", "--format", "json"]).status == 0,
                "stats may look ahead: which matters will be overdue by then")
    }

    @Test func aFolderThatIsNotASiteExitsTwo() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let r = try CLI.run(["check", "--site", tmp.url.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("content/"))
        // Run from inside a site's content, the site folder is named.
        try CLI.initSite(tmp.path("s"))
        let site = tmp.url.appendingPathComponent("s").standardizedFileURL.path
        let inside = try CLI.run(["check"], in: tmp.url.appendingPathComponent("s/content/meetings"))
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("它在网站文件夹 \(site) 里面；先 cd \(site)，或加上 --site \(site)"), "\(inside.stderr)")
        let typo = try CLI.run(["check", "--site", "sitee"], in: tmp.url.appendingPathComponent("s"))
        #expect(typo.status == 2 && typo.stderr.contains("没有 \(site)/sitee 这个文件夹"), "\(typo.stderr)")
    }

    /// Without base_url or notice.hotline, check and build said 0 warnings and the printed
    /// notice asked residents to scan a code that was not there, with no hotline. A warning
    /// says what the notice lacks, and the notice no longer asks for a scan it cannot give.
    @Test func aNoticeWithoutAddressOrHotlineIsSaid() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        let settings = try tmp.read("s/content/site.yml")
        let bare = settings.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("base_url:") && !$0.contains("hotline:") }.joined(separator: "\n")
        try tmp.write("s/content/site.yml", bare)
        let checked = try CLI.run(["check", "--site", site])
        #expect(checked.status == 0 && checked.stderr.contains("content/site.yml:1:1: warning: site.yml 没有写 'base_url'和'notice.hotline'"), "\(checked.stderr)")
        let built = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(built.status == 0 && built.stderr.contains("no QR code to scan") && built.stderr.contains("no supervision hotline"), "\(built.stderr)")
        let page = try tmp.read("s/output/meetings/2026-03-12-east-village.html")
        #expect(!page.contains("notice-qr") && !page.contains("扫码"))
        // With both, nothing is said.
        try tmp.write("s/content/site.yml", settings)
        #expect(try CLI.run(["check", "--site", site]).stderr.contains("共 0 个错误，0 个警告"))
    }

    /// A meeting's agenda opens with the progress of earlier matters, but its file had no
    /// place for it: reported only in the minutes' text, the matters stayed open in the
    /// figures. The unit's open matters are listed under a commented-out `updates:`; one
    /// switched on and filled in is read as the progress it is.
    @Test func newMeetingListsTheUnitsOpenMattersToReportOn() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        // EV-2026-001 was raised on 2026-03-12 and resolved on 2026-04-20.
        #expect(try CLI.run(["new", "meeting", "--unit", "east-village", "--date", "2026-04-01", "--site", site]).status == 0)
        let path = "s/content/meetings/2026/2026-04-01-east-village.md"
        let text = try tmp.read(path)
        #expect(text.contains("# updates:\n#   - item: EV-2026-001    # 村东主干道路灯不亮\n#     status: 办理中\n#     note: 请填写办理情况"), "\(text)")
        let on = text.replacingOccurrences(of: "# updates:\n#   - item: EV-2026-001", with: "updates:\n  - item: EV-2026-001")
            .replacingOccurrences(of: "#     status: 办理中\n#     note: 请填写办理情况", with: "    status: 办理中\n    note: 已联系供电所")
        try tmp.write(path, on)
        let stats = try CLI.run(["check", "--site", site, "--lang", "en"])
        // The entry is read: its matter is not named among the problems, which are the blanks'.
        #expect(!stats.stderr.contains("EV-2026-001") && stats.stderr.contains("still holds the blank"), "\(stats.stderr)")
        // A unit with nothing open says so, where the list would be.
        #expect(try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-04-01", "--site", site]).status == 0)
        #expect(try tmp.read("s/content/meetings/2026/2026-04-01-west-village.md").contains("# （本单位目前没有未办结的议题"))
    }

    /// A meeting still to come gets the announcement's fields (time, place, agenda), not a
    /// held meeting's attendance, items and minutes, which filled in as asked were a warning
    /// ("not held yet, but has attendance") and left blank an error. Filled in, it passes clean.
    @Test func newMeetingAheadOfTodayIsAnAnnouncement() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        var china = Calendar(identifier: .gregorian)
        china.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let ahead = china.date(byAdding: .day, value: 10, to: Date())!
        let c = china.dateComponents([.year, .month, .day], from: ahead)
        let day = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        let made = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", day, "--site", site])
        #expect(made.status == 0, "\(made.stderr)")
        let path = "s/" + made.stdout.trimmingCharacters(in: .newlines)
        let text = try tmp.read(path)
        #expect(text.contains("agenda:\n  - 请填写议程") && !text.contains("attendance:") && !text.contains("items:") && text.contains("# 会议预告"), "\(text)")
        let blank = try CLI.run(["check", "--site", site])
        #expect(blank.status == 1 && blank.stderr.contains("'agenda' 还没有填写") && blank.stderr.contains("共 6 个错误，0 个警告"), "\(blank.stderr)")
        try tmp.write(path, text.replacingOccurrences(of: "请填写时间", with: "19:30-21:00").replacingOccurrences(of: "请填写议事平台", with: "协商议事")
            .replacingOccurrences(of: "请填写议事形式", with: "板凳会").replacingOccurrences(of: "请填写会议地点", with: "村委会会议室")
            .replacingOccurrences(of: "请填写主持人的职务", with: "村党支部书记").replacingOccurrences(of: "请填写议程", with: "商量村口路灯的维修"))
        let filled = try CLI.run(["check", "--site", site])
        #expect(filled.status == 0 && filled.stderr.contains("共 0 个错误，0 个警告"), "\(filled.stderr)")
    }

    /// An update started on a meeting's day is not given the meeting's id: the `source` of
    /// updates.csv would name either.
    @Test func anUpdateOnAMeetingsDayIsNotGivenItsId() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        let made = try CLI.run(["new", "update", "--unit", "east-village", "--date", "2026-03-12", "--site", site])
        #expect(made.status == 0 && made.stdout == "content/updates/2026/2026-03-12-east-village-2.md\n", "\(made.stdout) \(made.stderr)")
        #expect(made.stderr.contains("同一天已经有 content/meetings/2026/2026-03-12-east-village.md"), "\(made.stderr)")
    }

    @Test func newMeetingIsPrefilledPassesCheckAndIsNeverOverwritten() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        let made = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-05-01", "--site", site])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "content/meetings/2026/2026-05-01-west-village.md\n")
        let path = "s/content/meetings/2026/2026-05-01-west-village.md"
        let text = try tmp.read(path)
        #expect(text.contains("# 会议日期"))
        #expect(text.contains("unit: west-village"))
        // West-village has no items yet: its id in capitals. East-village's are EV-2026-001 and
        // -002: its next meeting keeps that style.
        #expect(text.contains("- id: WEST-VILLAGE-2026-001"))
        #expect(try CLI.run(["new", "meeting", "--unit", "east-village", "--date", "2026-05-02", "--site", site]).status == 0)
        #expect(try tmp.read("s/content/meetings/2026/2026-05-02-east-village.md").contains("- id: EV-2026-003"))
        try FileManager.default.removeItem(atPath: tmp.path("s/content/meetings/2026/2026-05-02-east-village.md"))
        // The blanks are named, each once, and nothing else: the title, the decision, the
        // attendance and the minutes, and what only the secretary knows (time, venue, host, the
        // item's kind, category, who raised it, who answers for it, its status), nothing that
        // would be published as a zero, a hint or a likely answer. Filled in, the file passes.
        let checked = try CLI.run(["check", "--site", site])
        #expect(checked.status == 1)
        #expect(checked.stderr.components(separatedBy: "还没有填写").count - 1 == 15, "\(checked.stderr)")
        #expect(checked.stderr.contains("共 15 个错误，0 个警告"), "\(checked.stderr)")
        // The site's platforms and formats are offered, none chosen; the agenda is the secretary's too.
        #expect(text.contains("platform: 请填写议事平台") && text.contains("format: 请填写议事形式")
                && text.contains("formats（集中畅谈、专题座谈、入户访谈、板凳会）"), "\(text)")
        #expect(!text.contains("\n1. 通报上次会议议题办理情况") && text.contains("\n请填写议程："))
        // No due date is set for the secretary: the site's default, marked as such, is not a promise.
        #expect(text.contains("    # due: 2026-05-31") && !text.contains("\n    due:"))
        #expect(checked.stderr.contains("'total' 还没有填写") && checked.stderr.contains("信息块下面的会议记录还没有填写：请把 '请填写会议记录' 这一行换成实际的会议记录"), "\(checked.stderr)")
        #expect(!text.contains("  vote: {") && !text.contains("total: 0") && text.contains("# vote: {"))
        let filledIn = text.replacingOccurrences(of: "请填写议题", with: "村口路灯不亮").replacingOccurrences(of: "请填写会议决定", with: "村委会负责更换灯泡")
            .replacingOccurrences(of: "请填写参会总人次", with: "35").replacingOccurrences(of: "请填写会议记录：", with: "村民代表反映：")
            .replacingOccurrences(of: "请填写时间", with: "19:30-21:00").replacingOccurrences(of: "请填写会议地点", with: "村委会会议室")
            .replacingOccurrences(of: "请填写主持人的职务", with: "村党支部书记").replacingOccurrences(of: "请填写类型", with: "问题诉求")
            .replacingOccurrences(of: "请填写类别", with: "基础设施").replacingOccurrences(of: "请填写提出人的身份", with: "居民代表")
            .replacingOccurrences(of: "请填写责任单位编号", with: "west-village").replacingOccurrences(of: "请填写状态", with: "已受理")
            .replacingOccurrences(of: "请填写议事平台", with: "协商议事").replacingOccurrences(of: "请填写议事形式", with: "板凳会")
            .replacingOccurrences(of: "请填写议程：", with: "议了路灯。")
        try tmp.write(path, filledIn)
        let filled = try CLI.run(["check", "--site", site])
        #expect(filled.status == 0, "\(filled.stderr)")

        // A second meeting that day goes beside the first, which is left as it is. Its item id is
        // the next one, though the first file is not filled in yet (its blanks are errors, which
        // leave its items out of what is read).
        try tmp.write(path, text)
        let second = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-05-01", "--site", site])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "content/meetings/2026/2026-05-01-west-village-2.md\n")
        #expect(second.stderr.contains("同一天已经有 content/meetings/2026/2026-05-01-west-village.md（不会覆盖），这一份写到 content/meetings/2026/2026-05-01-west-village-2.md"), "\(second.stderr)")
        #expect(try tmp.read(path) == text)
        #expect(try tmp.read("s/content/meetings/2026/2026-05-01-west-village-2.md").contains("- id: WEST-VILLAGE-2026-002"))
        try tmp.write(path, "edited\n")
        let third = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-05-01", "--site", site])
        #expect(third.status == 0 && third.stdout == "content/meetings/2026/2026-05-01-west-village-3.md\n", "\(third.stderr)")
        #expect(third.stderr.contains("同一天已经有 content/meetings/2026/2026-05-01-west-village-2.md"), "\(third.stderr)")
        #expect(try tmp.read(path) == "edited\n")
    }

    /// A unit with no items yet: its id in capitals, whole up to 12 characters, else its first
    /// words that fit; never a separator doubled or at the end, where the year's '-' follows
    /// (a cut at 8 made QINGSHI--2026-001 of qingshi-zhen, printed on the notice).
    @Test func aUnitsFirstItemIdIsItsIdInCapitalsCutAtAWord() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.run(["init", site])
        let expected = [("qingshi-zhen", "QINGSHI-ZHEN"), ("east-village", "EV"), ("west-village", "WEST-VILLAGE"),
                        ("garden-community", "GARDEN"), ("xinhua-road-community", "XINHUA-ROAD"),
                        ("longjiangcommunity", "LONGJIANGCOM"), ("xin--cun_", "XIN-CUN"), ("no_3.group", "NO_3.GROUP")]
        let added = expected.filter { !["east-village", "west-village", "garden-community"].contains($0.0) }
            .map { "        - id: \($0.0)\n          name: 单位\($0.1)\n          level: 村\n" }.joined()
        let units = try tmp.read("s/content/units.yml")
        try tmp.write("s/content/units.yml", units.replacingOccurrences(of: "        - id: garden-community\n", with: added + "        - id: garden-community\n"))
        for (unit, stem) in expected {
            let made = try CLI.run(["new", "meeting", "--unit", unit, "--date", "2026-05-01", "--site", site])
            #expect(made.status == 0, "\(unit): \(made.stderr)")
            // East-village's items are EV-2026-001 and -002 already: its style is kept.
            let number = unit == "east-village" ? "003" : "001"
            let text = try tmp.read("s/content/meetings/2026/2026-05-01-\(unit).md")
            #expect(text.contains("- id: \(stem)-2026-\(number)\n"), "\(unit): \(text)")
        }
    }

    /// `search: true` with no Pagefind to be found: the site is published without search
    /// (exit 0), and build says so on stderr with how to install it, also when output/ is up
    /// to date. Once Pagefind is there (pip install changes nothing the build stamp holds), the
    /// next build builds the index and the search page, linked from the menu.
    @Test func searchAskedForWithoutPagefindIsAWarningUntilItIsInstalled() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s")
        try CLI.run(["init", site.path])
        let yml = try tmp.read("s/content/site.yml")
        #expect(!yml.contains("\nsearch:"))
        try tmp.write("s/content/site.yml", yml + "search: true\n")
        // A PATH with no Pagefind on it, nor a python3 to ask for one.
        let bin = tmp.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let environment = ["PATH": bin.path, "YISHI_PAGEFIND": ""]
        for up in [false, true] {
            let built = try CLI.run(["build", "--as-of", "2026-04-30"], in: site, environment: environment)
            #expect(built.status == 0, "\(built.stderr)")
            #expect(built.stdout.contains("已是最新") == up, "\(built.stdout)")
            #expect(built.stderr.contains("yishi: 警告：site.yml 写了 search: true，但没有找到 Pagefind，搜索没有建成，网站上没有搜索。要有搜索，请安装 Pagefind：pip install 'pagefind[extended]'"),
                    "\(built.stderr)")
            #expect(!built.stdout.contains("Pagefind"), "\(built.stdout)")
        }
        let english = try CLI.run(["build", "--as-of", "2026-04-30", "--lang", "en"], in: site, environment: environment)
        #expect(english.status == 0 && english.stderr.contains("yishi: warning: site.yml says search: true, but Pagefind was not found, so search was not built")
                && english.stderr.contains("pip install 'pagefind[extended]'"), "\(english.stderr)")
        #expect(!tmp.exists("s/output/search.html") && !tmp.exists("s/output/pagefind"))
        #expect(!(try tmp.read("s/output/index.html")).contains("search.html"))
        // Installed since, as pip would: on no new PATH.
        let pagefind = bin.appendingPathComponent("pagefind_extended")
        try tmp.write("bin/pagefind_extended", """
            #!/bin/sh
            while [ $# -gt 0 ]; do
              if [ "$1" = --output-path ]; then /bin/mkdir -p "$2" && echo '' > "$2/pagefind.js"; fi
              shift
            done

            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pagefind.path)
        let indexed = try CLI.run(["build", "--as-of", "2026-04-30"], in: site, environment: environment)
        #expect(indexed.status == 0 && !indexed.stdout.contains("已是最新") && !indexed.stderr.contains("Pagefind"), "\(indexed.stdout)\(indexed.stderr)")
        #expect(tmp.exists("s/output/pagefind/pagefind.js") && tmp.exists("s/output/search.html"))
        #expect(try tmp.read("s/output/index.html").contains("<li><a href=\"search.html\">搜索</a></li>"))
        let again = try CLI.run(["build", "--as-of", "2026-04-30"], in: site, environment: environment)
        #expect(again.status == 0 && again.stdout.contains("已是最新") && !again.stderr.contains("Pagefind"), "\(again.stdout)\(again.stderr)")
    }

    /// A department's second report of a day goes beside the first too; and a number that
    /// would spell another unit's id is skipped, so that unit's own file of the day stays its.
    @Test func aSecondFileOfADayTakesTheNextFreeNumber() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        for expected in ["2026-04-01-housing.md", "2026-04-01-housing-2.md"] {
            let made = try CLI.run(["new", "update", "--unit", "housing", "--date", "2026-04-01", "--site", site])
            #expect(made.status == 0 && made.stdout == "content/updates/2026/\(expected)\n", "\(made.stderr)")
        }
        let units = try tmp.read("s/content/units.yml")
        try tmp.write("s/content/units.yml", units.replacingOccurrences(of: "        - id: garden-community\n",
            with: "        - id: east-village-2\n          name: 东村二组\n          level: 村\n        - id: garden-community\n"))
        for expected in ["2026-05-01-east-village.md", "2026-05-01-east-village-3.md"] {
            let made = try CLI.run(["new", "meeting", "--unit", "east-village", "--date", "2026-05-01", "--site", site])
            #expect(made.status == 0 && made.stdout == "content/meetings/2026/\(expected)\n", "\(made.stderr)")
        }
        let own = try CLI.run(["new", "meeting", "--unit", "east-village-2", "--date", "2026-05-01", "--site", site])
        #expect(own.status == 0 && own.stdout == "content/meetings/2026/2026-05-01-east-village-2.md\n" && !own.stderr.contains("同一天已经有") && own.stderr.contains("下一步"), "\(own.stderr)")
    }

    @Test func newUpdateListsTheUnitsOpenItems() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        // EV-2026-001 was raised on 2026-03-12 and resolved on 2026-04-20.
        let early = try CLI.run(["new", "update", "--unit", "east-village", "--date", "2026-04-01", "--site", site])
        #expect(early.status == 0, "\(early.stderr)")
        let text = try tmp.read("s/content/updates/2026/2026-04-01-east-village.md")
        #expect(text.contains("#   EV-2026-001  村东主干道路灯不亮"))
        #expect(text.contains("- item: EV-2026-001"))
        let checked = try CLI.run(["check", "--site", site])
        #expect(checked.status == 1 && checked.stderr.contains("'note' 还没有填写") && checked.stderr.contains("'status' 还没有填写"), "\(checked.stderr)")
        #expect(checked.stderr.contains("共 2 个错误"), "\(checked.stderr)")
        try tmp.write("s/content/updates/2026/2026-04-01-east-village.md", text.replacingOccurrences(of: "请填写办理情况", with: "已联系供电所")
            .replacingOccurrences(of: "请填写状态", with: "办理中"))
        #expect(try CLI.run(["check", "--site", site]).status == 0)
        // Saved into meetings/ by mistake, it is still an update: it says so itself.
        let misplaced = try tmp.read("s/content/updates/2026/2026-04-01-east-village.md")
        #expect(misplaced.contains("\nkind: update\n"))
        try tmp.write("s/content/meetings/2026/2026-04-01-east-village.md", misplaced)
        try FileManager.default.removeItem(atPath: tmp.path("s/content/updates/2026/2026-04-01-east-village.md"))
        let counted = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30", "--format", "json"])
        let figures = try JSONSerialization.jsonObject(with: Data(counted.stdout.utf8)) as? [String: Any]
        #expect(counted.status == 0 && figures?["meetings"] as? Int == 2, "\(counted.stderr)")  // the starter site's two
        // A unit with nothing open: the item is a blank, named once, not also as an unknown item.
        #expect(try CLI.run(["new", "update", "--unit", "west-village", "--date", "2026-04-02", "--site", site]).status == 0)
        let none = try CLI.run(["check", "--site", site, "--lang", "en"])
        // (With the status and the note, the other two blanks.)
        #expect(none.stderr.components(separatedBy: "error:").count - 1 == 3, "\(none.stderr)")
        #expect(none.stderr.contains("'item' still holds the blank '请填写议题编号'") && !none.stderr.contains("unknown item"), "\(none.stderr)")
    }

    /// `stats` and `report` answer a name with its id, a department given as a unit (or the
    /// reverse) with the other option, and part of a name with that name's id.
    @Test func aScopeNamedByItsNameOrTheOtherKindIsAnsweredWithWhatToWrite() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        for (args, said) in [
            (["--unit", "东村"], "'东村' 是单位的名称；这里要写它的编号：'east-village'"),
            (["--unit", "housing"], "'housing' 是部门，不是单位：请用 --department housing"),
            (["--department", "east-village"], "'east-village' 是单位，不是部门：请用 --unit east-village"),
            (["--department", "住建局"], "未知的部门 '住建局'（是不是 'housing'？）"),
            (["--unit", "east-vilage"], "未知的单位 'east-vilage'（是不是 'east-village'？）"),
        ] {
            let r = try CLI.run(["stats", "--site", site] + args)
            #expect(r.status == 2 && r.stderr.contains(said), "\(args): \(r.stderr)")
        }
    }

    @Test func newRejectsAnUnknownUnitAndABadDate() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        let r = try CLI.run(["new", "meeting", "--unit", "east-vilage", "--site", site, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean 'east-village'"))
        // A name is answered with its id, as `check` answers it in the content.
        let named = try CLI.run(["new", "meeting", "--unit", "东村", "--site", site])
        #expect(named.status == 2 && named.stderr.contains("'东村' 是单位的名称；这里要写它的编号：'east-village'"), "\(named.stderr)")
        let department = try CLI.run(["new", "update", "--unit", "区住建局", "--site", site])
        #expect(department.status == 2 && department.stderr.contains("'区住建局' 是部门的名称；这里要写它的编号：'housing'"), "\(department.stderr)")
        // Minutes given a department's id: the department is named as such, and what it may start.
        let meetingOfDepartment = try CLI.run(["new", "meeting", "--unit", "housing", "--site", site])
        #expect(meetingOfDepartment.status == 2 && meetingOfDepartment.stderr.contains("'housing' 是部门，不是单位")
                && meetingOfDepartment.stderr.contains("yishi new update --unit housing"), "\(meetingOfDepartment.stderr)")
        // Part of a department's name is answered with its id.
        let partOfName = try CLI.run(["new", "update", "--unit", "住建局", "--site", site])
        #expect(partOfName.status == 2 && partOfName.stderr.contains("'housing'") && partOfName.stderr.contains("departments.yml"), "\(partOfName.stderr)")
        // A slip in a department's id is answered with that id, not left without a hint.
        let slip = try CLI.run(["new", "update", "--unit", "wter", "--site", site, "--lang", "en"])
        #expect(slip.status == 2 && slip.stderr.contains("did you mean 'water'"), "\(slip.stderr)")
        // Day first or month first cannot be told apart: refused (year-first forms are read, below).
        #expect(try CLI.run(["new", "meeting", "--unit", "east-village", "--date", "1/5/2026", "--site", site]).status == 2)
        // A slip in the year (1926 for 2026, 9999) is refused before a file is written.
        for far in ["1926-05-01", "0001-01-01", "9999-12-31"] {
            let r = try CLI.run(["new", "meeting", "--unit", "east-village", "--date", far, "--site", site])
            #expect(r.status == 2 && r.stderr.contains("--date \(far) 离今天") && r.stderr.contains("是不是年份写错了"), "\(far): \(r.stderr)")
        }
        #expect(!tmp.exists("s/content/meetings/1926") && !tmp.exists("s/content/meetings/9999"))
    }

    /// Minutes for a village merged away are refused at once, with where it went; an update
    /// about its matters is still written (their follow-up goes on).
    @Test func newRefusesMinutesForAUnitThatNoLongerExists() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.url.appendingPathComponent("s").path
        try CLI.initSite(site)
        let units = URL(fileURLWithPath: site).appendingPathComponent("content/units.yml")
        let text = try String(contentsOf: units, encoding: .utf8)
            .replacingOccurrences(of: "      name: 西村\n          level: 村\n", with: "      name: 西村\n          level: 村\n          until: 2026-03-31\n          merged_into: east-village\n")
        try text.write(to: units, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "--site", site]).status == 0)
        let r = try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-04-02", "--site", site, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr == "yishi: this meeting is dated 2026-04-02, but units.yml says 西村 ('west-village') existed only until 2026-03-31, when it was merged into 东村 ('east-village'): is the date mistyped, or was this a meeting of 东村?\n")
        #expect(!FileManager.default.fileExists(atPath: site + "/content/meetings/2026/2026-04-02-west-village.md"))
        // Without --date the day is today's, which nobody mistyped: the message says so.
        let today = try CLI.run(["new", "meeting", "--unit", "west-village", "--site", site])
        #expect(today.status == 2)
        #expect(today.stderr.hasPrefix("yishi: 今天是 20") && today.stderr.hasSuffix("，但 units.yml 里西村（'west-village'）只存在到 2026-03-31，之后并入了东村（'east-village'）：会议若不是今天开的，请用 --date 写它的日期；若是东村的会议，请写 --unit east-village\n"), "\(today.stderr)")
        #expect(try CLI.run(["new", "meeting", "--unit", "west-village", "--date", "2026-03-31", "--site", site]).status == 0)
        #expect(try CLI.run(["new", "update", "--unit", "west-village", "--date", "2026-04-02", "--site", site]).status == 0)
    }

    // MARK: init, all or nothing

    /// Every file under `url`, relative.
    func files(_ url: URL) -> [String] {
        ((FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String]) ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    @Test func initIntoAFolderHoldingOneOfItsFilesWritesNothingAndSaysWhich() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try tmp.write("s/templates/layout.mustache", "custom")
        let site = tmp.path("s")
        let r = try CLI.run(["init", site])
        #expect(r.status == 2)
        #expect(r.stderr.contains("templates/layout.mustache"), "\(r.stderr)")
        #expect(r.stderr.contains("没有写入任何文件") && r.stderr.contains("空文件夹"), "\(r.stderr)")
        #expect(!r.stderr.contains("already exists"), "Foundation's English: \(r.stderr)")
        #expect(files(tmp.url) == ["s/templates/layout.mustache"])
        #expect(try tmp.read("s/templates/layout.mustache") == "custom")
        let en = try CLI.run(["init", site, "--lang", "en"])
        #expect(en.status == 2 && en.stderr.contains("Nothing was written") && en.stderr.contains("templates/layout.mustache"), "\(en.stderr)")
        // Moved away, the same command makes the site.
        try FileManager.default.removeItem(atPath: site + "/templates/layout.mustache")
        let made = try CLI.run(["init", site])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try CLI.run(["check", "--site", site]).status == 0)
        #expect(!files(tmp.url).contains { $0.contains(".yishi-init") })
    }

    /// A folder kept in git has its own .gitignore: init makes the site there and adds to it
    /// only the lines it lacks, keeping the user's own.
    @Test func initKeepsAnExistingGitignoreAndAddsWhatItLacks() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try tmp.write("s/.gitignore", "node_modules/\n/output/\n*.docx")
        let site = tmp.path("s")
        let r = try CLI.run(["init", site])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try tmp.read("s/.gitignore") == "node_modules/\n/output/\n*.docx\n.yishi-cache/\n.yishi-staging*/\nreports/\n")
        #expect(try CLI.run(["check", "--site", site]).status == 0)
        // Without one, init writes its own.
        let fresh = try CLI.run(["init", tmp.path("t")])
        #expect(fresh.status == 0)
        #expect(try tmp.read("t/.gitignore") == ".yishi-cache/\n.yishi-staging*/\noutput/\nreports/\n")
    }

    /// A write that fails half-way (here: files over 1 KB refused by `ulimit -f`) leaves no
    /// half-made site, in a new folder or in an existing empty one, and says so in plain words.
    @Test func initThatFailsHalfWayLeavesNothingBehind() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try FileManager.default.createDirectory(atPath: tmp.path("empty"), withIntermediateDirectories: true)
        for target in ["new/site", "empty"] {
            let r = try CLI.run(["-c", "trap '' XFSZ; ulimit -f 2; exec \"$0\" init \"$1\"", CLI.binary.path, tmp.path(target)],
                                executable: URL(fileURLWithPath: "/bin/sh"))
            #expect(r.status == 2, "\(target): \(r.stderr)")
            #expect(r.stderr.contains("文件超过了系统允许的大小") && r.stderr.contains("没有留下任何文件"), "\(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted() == ["empty"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path("empty")) == [])
        // Nothing refuses the next attempt.
        #expect(try CLI.run(["init", tmp.path("empty")]).status == 0)
    }

    // MARK: command-line mistakes, in the site's language

    @Test func commandLineMistakesAreAnsweredInTheSitesLanguage() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        let mistakes: [([String], String, String)] = [
            (["new", "meeting", "--unit", "east-village", "--date", "2026/13/40"], "--date 要写成 年-月-日", "--date must be a date written year-month-day"),
            (["stats", "--period", "2026年13月"], "--period 要写成 2026（一年）", "--period must be 2026 (a year)"),
            (["stats", "--format", "xml"], "--format 只能是 table", "--format must be table, json or csv"),
            (["report", "--as-of", "明天"], "--as-of 要写成 年-月-日", "--as-of must be a date"),
            (["build", "--as-of", "11/20/2026"], "--as-of 要写成 年-月-日", "--as-of must be a date"),
            (["new", "meting", "--unit", "east-village"], "yishi new 后面要写 meeting（新会议）或 update（办理进展），不能是 'meting'；是不是想写 meeting？",
             "yishi new takes meeting or update, not 'meting'; did you mean meeting?"),
            (["check", "--lang", "fr"], "--lang 只能是", "--lang must be"),
        ]
        for (args, zh, _) in mistakes {
            let r = try CLI.run(args + ["--site", site])
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.hasPrefix("yishi: " + zh), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Error:") && !r.stderr.contains("Usage:"), "\(args): \(r.stderr)")
        }
        for (args, _, en) in mistakes where !args.contains("--lang") {
            let r = try CLI.run(args + ["--site", site, "--lang", "en"])
            #expect(r.status == 2 && r.stderr.hasPrefix("yishi: " + en), "\(args): \(r.stderr)")
        }
        let zhForms = try CLI.run(["stats", "--site", site, "--period", "2026年13月"])
        #expect(zhForms.stderr.contains("也可以写 2026年、2026年第2季度、2026年5月、全部"), "the forms typed in Chinese are named too: \(zhForms.stderr)")
        // A site whose locale is English hears English without --lang.
        let yml = try tmp.read("s/content/site.yml")
        try tmp.write("s/content/site.yml", yml.replacingOccurrences(of: "locale: zh-Hans", with: "locale: en"))
        let en = try CLI.run(["stats", "--site", site, "--period", "2026年13月"])
        #expect(en.status == 2 && en.stderr.hasPrefix("yishi: --period must be"), "\(en.stderr)")
        // argument-parser's own mistakes still exit 2.
        #expect(try CLI.run(["stats", "--site", site, "--no-such-option"]).status == 2)
    }

    @Test func datesPeriodsAndFormatsAreReadTheWayTheyAreTyped() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        for (period, canonical) in [("2026年", "2026"), ("2026年5月", "2026-05"), ("2026年第2季度", "2026-q2"), ("2026年二季度", "2026-q2"),
                                    ("2026-Q2", "2026-q2"), ("2026-5", "2026-05"), ("全部", "all")] {
            let r = try CLI.run(["stats", "--site", site, "--format", "JSON", "--period", period, "--as-of", "2026/11/20"])
            #expect(r.status == 0, "\(period): \(r.stderr)")
            #expect(r.stdout.contains("\"period\": \"\(canonical)\""), "\(period): \(r.stdout.prefix(80))")
            #expect(r.stdout.contains("\"as_of\": \"2026-11-20\""))
        }
        #expect(try CLI.run(["stats", "--site", site, "--format", "CSV", "--as-of", "2026.11.20"]).stdout.contains("meetings"))
        for (date, file) in [("2026.11.20", "2026-11-20"), ("2026年11月21日", "2026-11-21"), ("2026/5/1", "2026-05-01")] {
            let r = try CLI.run(["new", "Meeting", "--unit", "west-village", "--date", date, "--site", site])
            #expect(r.status == 0, "\(date): \(r.stderr)")
            #expect(r.stdout == "content/meetings/2026/\(file)-west-village.md\n")
        }
    }
}
