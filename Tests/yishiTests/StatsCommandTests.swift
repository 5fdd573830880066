import Foundation
import Testing

/// `stats`, `report` and `build` as leadership and the secretary run them.
@Suite struct StatsCommandTests {
    /// The starter site: EV-2026-001 raised 03-12 (due 04-15), resolved 04-20; EV-2026-002 resolved on the spot.
    func starter() throws -> (TempDir, String) {
        let tmp = try TempDir()
        let site = tmp.path("s")
        try CLI.initSite(site)
        return (tmp, site)
    }

    @Test func jsonIsTheContract() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let r = try CLI.run(["stats", "--site", site, "--period", "2026-q1", "--as-of", "2026-04-30", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["period"] as? String == "2026-q1")
        #expect(object["as_of"] as? String == "2026-04-30")
        #expect((object["scope"] as? [String: String]) == ["kind": "site"])
        #expect(object["meetings"] as? Int == 1)
        #expect((object["items_raised"] as? [String: Int]) == ["total": 2, "problem": 1, "suggestion": 1, "dispute": 0])
        #expect(object["items_resolved"] as? Int == 1)        // EV-2026-002 on the spot; EV-2026-001 in April
        #expect(object.count == 22)
    }

    /// Built as of a month nothing has happened in yet, the site publishes that month's,
    /// quarter's and year's reports (the home page links them): stats.json lists the same
    /// reports as reports/, each with the figures of its report's own JSON file.
    @Test func statsJSONListsEveryPublishedReport() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-06-15"]).status == 0)
        let reports = URL(fileURLWithPath: site + "/output/reports")
        var published: [String: [String: Any]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: reports.path) where path.hasSuffix(".json") {
            published[path] = try JSONSerialization.jsonObject(with: Data(contentsOf: reports.appendingPathComponent(path))) as? [String: Any]
        }
        #expect(published["2026-06.json"] != nil && published["2026-q2.json"] != nil)
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/output/data/stats.json"))) as? [String: Any])
        let listed = try #require(stats["reports"] as? [[String: Any]])
        var keys: [String] = []
        for r in listed {
            let scope = try #require(r["scope"] as? [String: String])
            let key = (scope["kind"] == "site" ? "" : try #require(scope["id"]) + "/") + "\(try #require(r["period"] as? String)).json"
            keys.append(key)
            #expect(NSDictionary(dictionary: r).isEqual(to: published[key] ?? [:]), "\(key)")
        }
        #expect(keys.sorted() == published.keys.sorted())
    }

    @Test func tableAlignsChineseLabels() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let r = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Periods and attendance categories in the site's words, not their codes.
        #expect(lines.first == "统计 全部时间 · 全站 · 截至 2026-04-30")
        #expect(!r.stdout.contains("party_members") && !r.stdout.contains("residents"))
        // Values start in one display column whatever the label's script (a CJK character is two wide).
        func valueColumn(_ line: String) -> Int? {
            let scalars = Array(line.unicodeScalars)
            guard let label = scalars.firstIndex(where: { $0 != " " }) else { return nil }
            var i = label
            while i + 1 < scalars.count, !(scalars[i] == " " && scalars[i + 1] == " ") { i += 1 }
            while i < scalars.count, scalars[i] == " " { i += 1 }
            return scalars[..<i].reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
        }
        let table = lines.dropFirst(2).prefix { !$0.isEmpty }
        #expect(table.count >= 20)
        #expect(Set(table.compactMap(valueColumn)).count == 1, "\(table)")
        let rate = try #require(lines.first { $0.hasPrefix("办结率") })
        #expect(rate.contains("100.0%  (2/2)"))
    }

    /// The table listed the attendance categories without the rest no category counts, so the
    /// parts did not add up to the total above them, where the site's pages show 未分类.
    @Test func theTablesAttendancePartsAddUpToTheTotal() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        try tmp.write("s/content/meetings/2026/2026-04-28-west-village.md",
                      "---\ntitle: 西村议事会\ndate: 2026-04-28\nunit: west-village\nattendance:\n  total: 20\n  residents: 15\n---\n")
        let r = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30", "--period", "2026-04", "--unit", "west-village"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let total = try #require(lines.first { $0.hasPrefix("参会人次") }?.split(separator: " ").last.flatMap { Int($0) })
        let parts = lines.drop { !$0.hasPrefix("参会人次") }.dropFirst().prefix { $0.hasPrefix("  ") }
        #expect(parts.contains { $0.hasPrefix("  未分类") }, "\(r.stdout)")
        #expect(parts.compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +) == total, "\(r.stdout)")
    }

    /// The table shows figures as the pages do: a whole median without its '.0', and money in
    /// groups of three (it showed 30.0 and 39145000 where the report said 30 and 39,145,000).
    @Test func theTableShowsNumbersAsThePagesDo() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        try tmp.write("s/content/meetings/2026/2026-04-28-west-village.md",
                      "---\ntitle: 西村议事会\ndate: 2026-04-28\nunit: west-village\nvenue: 村委会\nitems:\n  - {id: WV-1, title: 修桥, kind: problem, owner: west-village, status: resolved, funds: 1250000}\n---\n")
        let r = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("落实资金（元）") && $0.hasSuffix(" 1,250,000") }, "\(r.stdout)")
        let median = try #require(lines.first { $0.hasPrefix("办结用时中位数（天）") }?.split(separator: " ").last)
        #expect(Double(median) != nil && !median.hasSuffix(".0"), "\(r.stdout)")
    }

    /// A month still under way said nothing of it in the table (会议次数 0 on the 24th read as a
    /// month without meetings), and a mistyped year (2062) gave zeros without a word.
    @Test func aPeriodUnderWayOrNotBegunIsSaid() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let now = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-24", "--period", "2026-04"])
        #expect(now.status == 0 && now.stdout.hasPrefix("统计 2026年4月 (2026-04)（未结束） · 全站"), "\(now.stdout)")
        let done = try CLI.run(["stats", "--site", site, "--as-of", "2026-05-01", "--period", "2026-04"])
        #expect(done.stdout.hasPrefix("统计 2026年4月 (2026-04) · 全站"), "\(done.stdout)")
        let ahead = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-24", "--period", "2062"])
        #expect(ahead.status == 0 && ahead.stderr.contains("--period 2062 截至 2026-04-24 还没开始"), "\(ahead.stderr)")
        #expect(!done.stderr.contains("还没开始"))
    }

    /// A village merged away shows nothing for later periods: the table says why, so that
    /// nobody reads the zeros as a village that stopped meeting.
    @Test func aUnitsLifeIsSaidAboveItsFigures() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let units = URL(fileURLWithPath: site).appendingPathComponent("content/units.yml")
        let text = try String(contentsOf: units, encoding: .utf8)
            .replacingOccurrences(of: "      name: 西村\n          level: 村\n", with: "      name: 西村\n          level: 村\n          since: 2025-01-01\n          until: 2026-03-31\n          merged_into: east-village\n")
        try text.write(to: units, atomically: true, encoding: .utf8)
        func header(_ period: String) throws -> [String] {
            let r = try CLI.run(["stats", "--site", site, "--unit", "west-village", "--period", period, "--as-of", "2026-04-30"])
            #expect(r.status == 0, "\(r.stderr)")
            return Array(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }.dropFirst().map(String.init))
        }
        #expect(try header("2026-q2") == ["西村 存续至 2026-03-31，之后并入 东村 (east-village)，此后的会议记在那里。"])
        #expect(try header("2026-q1") == [])
        #expect(try header("2024") == ["西村 2025-01-01 设立，之前的日子不计入它的覆盖率和议事频次。"])
        #expect(try header("all").count == 2)
        let east = try CLI.run(["stats", "--site", site, "--unit", "east-village", "--period", "2026-q2", "--as-of", "2026-04-30"])
        #expect(east.stdout.split(separator: "\n", omittingEmptySubsequences: false)[1] == "")
    }

    /// The cadence table reads as the site's report: the villages gone too long without a
    /// meeting first, in units.yml's order, and a unit that has not met counting its days from
    /// when it was set up, said as such.
    @Test func theCadenceTableCountsANewUnitFromItsSetUp() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let units = URL(fileURLWithPath: site).appendingPathComponent("content/units.yml")
        let text = try String(contentsOf: units, encoding: .utf8)
            .replacingOccurrences(of: "      name: 西村\n          level: 村\n", with: "      name: 西村\n          level: 村\n          since: 2026-04-01\n")
        try text.write(to: units, atomically: true, encoding: .utf8)
        let r = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("议事频次") }.dropFirst(2).prefix { !$0.isEmpty }
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.map(\.first) == ["花园社区", "东村", "西村"], "\(r.stdout)")
        #expect(rows.last == ["西村", "从未开会", "29（自设立日起）"], "\(r.stdout)")
        #expect(rows.first?.last == "！")
        // The site's report says the same.
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        let page = try tmp.read("s/output/reports/all.html")
        #expect(page.contains("29（自设立日起）"))
    }

    @Test func csvHasOneRowPerFigure() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let r = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30", "--format", "csv"])
        #expect(r.stdout.hasPrefix("\u{FEFF}figure,value,numerator,denominator\r\nperiod,all,,\r\nscope.kind,site,,\r\nas_of,2026-04-30,,\r\nmeetings,"))
        let unit = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30", "--format", "csv", "--unit", "east-village", "--period", "2026-q1"])
        #expect(unit.stdout.hasPrefix("\u{FEFF}figure,value,numerator,denominator\r\nperiod,2026-q1,,\r\nscope.kind,unit,,\r\nscope.id,east-village,,\r\nas_of,2026-04-30,,\r\n"))
        #expect(r.stdout.contains("\r\nresolution_rate,1,2,2\r\n"))
    }

    @Test func unknownScopeExitsTwoAndBadPeriodToo() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let unit = try CLI.run(["stats", "--site", site, "--unit", "east-vilage", "--lang", "en"])
        #expect(unit.status == 2)
        #expect(unit.stderr.contains("did you mean 'east-village'"))
        #expect(try CLI.run(["stats", "--site", site, "--department", "nope"]).status == 2)
        #expect(try CLI.run(["stats", "--site", site, "--period", "2026-Q5"]).status == 2)
        #expect(try CLI.run(["stats", "--site", site, "--unit", "east-village", "--department", "housing"]).status == 2)
    }

    @Test func statsRefusesContentWithErrors() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        try tmp.write("s/content/meetings/2026/bad.md", "---\ntitle: x\n---\n")
        let r = try CLI.run(["stats", "--site", site])
        #expect(r.status == 1)
        #expect(r.stderr.contains("content/meetings/2026/bad.md:2:1: error: 缺少必填字段 'date'"))
    }

    @Test func reportWritesCSVAndJSONIntoReportsNotOutput() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let r = try CLI.run(["report", "--site", site, "--period", "2026-04", "--unit", "demo-town", "--as-of", "2026-04-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(tmp.exists("s/reports/2026-04.demo-town.csv") && tmp.exists("s/reports/2026-04.demo-town.json"))
        let html = try tmp.read("s/reports/2026-04.demo-town.html")
        #expect(html.contains("<style>") && !html.contains("<link rel=\"stylesheet\""), "styles inline")
        #expect(html.contains("href=\"https://yishi.dongcun.gov.cn/meetings/"), "links to the published site")
        #expect(html.contains("href=\"2026-04.demo-town.csv\""))
        #expect(!tmp.exists("s/output/2026-04.demo-town.csv"))
        let json = try tmp.read("s/reports/2026-04.demo-town.json")
        #expect(json.contains("\"id\": \"demo-town\""))
        #expect(r.stdout.contains("统计 2026年4月 (2026-04) · 示例镇 (demo-town) · 截至 2026-04-30"))
        let out = tmp.url.appendingPathComponent("elsewhere").path
        #expect(try CLI.run(["report", "--site", site, "--out", out, "--as-of", "2026-04-30"]).status == 0)
        #expect(tmp.exists("elsewhere/all.csv"))
    }

    /// `--out` may not put report files into the published site, the content, the templates or
    /// yishi's own folders, however the folder is named (`..`, a symbolic link).
    @Test func reportRefusesToWriteIntoTheSiteItself() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: tmp.path("to-output"), withDestinationPath: "s/output")
        let before = Set(FileManager.default.enumerator(atPath: site)!.allObjects as! [String])
        for out in ["s/output", "s/output/reports", "s/content/meetings/2026", "s/templates", "s/.yishi-cache/reports",
                    "s/.yishi-staging", "s/reports/../output", "./s/content", "to-output/data", tmp.path("s/output")] {
            let r = try CLI.run(["report", "--site", "s", "--period", "2026", "--out", out, "--as-of", "2026-04-30"], in: tmp.url)
            #expect(r.status == 2, "\(out)")
            #expect(r.stderr.hasPrefix("yishi: 不能把报告写进 \(out)"), "\(out): \(r.stderr)")
        }
        let en = try CLI.run(["report", "--site", "s", "--out", "s/output", "--lang", "en"], in: tmp.url)
        #expect(en.stderr.contains("cannot write the report into s/output: it is inside the site's output/"), "\(en.stderr)")
        let after = Set(FileManager.default.enumerator(atPath: site)!.allObjects as! [String])
        #expect(after.subtracting(before).isEmpty, "\(after.subtracting(before))")
        #expect(try CLI.run(["check", "--site", site]).stderr.contains("共 0 个错误，0 个警告"))
        // Beside the site folder, or in the site folder itself, is fine.
        #expect(try CLI.run(["report", "--site", "s", "--period", "2026", "--out", "s", "--as-of", "2026-04-30"], in: tmp.url).status == 0)
        #expect(tmp.exists("s/2026.csv"))
    }

    /// `--out` naming a file or nothing is refused with what to write instead; content with
    /// errors says that no report was written and leaves the reports there as they were.
    @Test func reportSaysWhatItDidNotWrite() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        try tmp.write("afile", "not a folder")
        let file = try CLI.run(["report", "--site", site, "--out", tmp.path("afile"), "--as-of", "2026-04-30"])
        #expect(file.status == 2 && file.stderr.contains("是一个文件，不是文件夹") && !file.stderr.contains("磁盘"), "\(file.stderr)")
        #expect(try tmp.read("afile") == "not a folder")
        let empty = try CLI.run(["report", "--site", "s", "--out", "", "--as-of", "2026-04-30"], in: tmp.url)
        #expect(empty.status == 2 && empty.stderr.hasPrefix("yishi: --out 后面要写一个文件夹"), "\(empty.stderr)")
        #expect(!tmp.exists("all.csv") && !tmp.exists("s/all.csv"))

        #expect(try CLI.run(["report", "--site", site, "--period", "2026", "--as-of", "2026-04-30"]).status == 0)
        let before = try tmp.read("s/reports/2026.csv")
        try tmp.write("s/content/meetings/2026/bad.md", "---\ntitle: x\ndate: 2026-13-01\nunit: east-village\n---\n")
        let failed = try CLI.run(["report", "--site", site, "--period", "2026", "--as-of", "2026-04-30"])
        #expect(failed.status == 1 && failed.stderr.contains("bad.md:3") && failed.stderr.contains("这次没有写出报告"), "\(failed.stderr)")
        #expect(try tmp.read("s/reports/2026.csv") == before)
        let stats = try CLI.run(["stats", "--site", site, "--as-of", "2026-04-30"])
        #expect(stats.status == 1 && stats.stderr.contains("这次没有算出统计数字") && stats.stdout.isEmpty, "\(stats.stderr)")
    }

    @Test func buildPublishesOpenDataAndAFailedBuildLeavesOutputUntouched() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        let first = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        #expect(first.status == 0, "\(first.stderr)")
        let items = try tmp.read("s/output/data/items.csv")
        #expect(items.contains("EV-2026-001,2026-03-12-east-village,2026-03-12,east-village,problem"))
        try tmp.write("s/output/marker.txt", "the last good site")
        try tmp.write("s/content/meetings/2026/bad.md", "---\ntitle: x\ndate: 2026-13-01\n---\n")
        let failed = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        #expect(failed.status == 1)
        #expect(try tmp.read("s/output/marker.txt") == "the last good site")
        #expect(try tmp.read("s/output/data/items.csv") == items)
        #expect(!tmp.exists("s/.yishi-staging"))
    }

    @Test func sameInputsGiveByteIdenticalOutput() throws {
        let (tmp, site) = try starter()
        defer { tmp.remove() }
        try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        let first = try ["items.csv", "meetings.csv", "updates.csv", "stats.json"].map { try tmp.read("s/output/data/\($0)") }
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("s/output"))
        try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        let second = try ["items.csv", "meetings.csv", "updates.csv", "stats.json"].map { try tmp.read("s/output/data/\($0)") }
        #expect(first == second)
    }
}
