import Foundation
import Testing
@testable import YishiCore
@testable import YishiSite

/// The exports parse back, with a real CSV parser (Python's csv module), into the same values.
@Suite struct OpenDataTests {
    static let tricky = #"路灯，"东侧", 40盏"#

    func site(note: String = #"'已装,"40"盏'"#) -> LoadedSite {
        let files: [String: String] = [
            "content/site.yml": "title: t\n",
            "content/units.yml": "- id: d\n  name: 区\n  children:\n    - id: t\n      name: 镇\n      children:\n        - id: v1\n          name: 一村\n",
            "content/departments.yml": "- id: d1\n  name: 一局\n",
            "content/meetings/2024/m1.md": """
                ---
                title: '引号"和,逗号'
                date: 2024-04-10
                unit: v1
                attendance: {total: 20, residents: 15, party_members: 4}
                departments: [d1]
                leaders: [区委书记, 区长]
                items:
                  - id: A
                    title: '\(Self.tricky)'
                    kind: problem
                    owner: d1
                    decision: "第一行\\n第二行"
                    vote: {for: 15, against: 2, abstain: 3}
                    status: accepted
                    due: 2024-05-20
                    funds: 3000
                  - id: P
                    title: 某户家庭纠纷
                    kind: dispute
                    private: true
                    raised_by: 当事人家属
                ---

                """,
            "content/updates/2024/u.md": "---\ndate: 2024-05-01\nupdates:\n  - {item: A, status: resolved, note: \(note), satisfaction: satisfied}\n  - {item: P, status: resolved, note: 调解成功}\n---\n",
        ]
        return SiteLoader.load(from: MemorySource(files))
    }

    /// Parses CSV text with Python's csv module; returns rows of fields.
    func pythonCSV(_ text: String) throws -> [[String]] {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
            """, tmp.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test func itemsCSVRoundTrips() throws {
        let loaded = site()
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let stats = Statistics(site: loaded, asOf: Day(iso: "2024-06-30")!)
        let text = OpenData.files(stats)["data/items.csv"]!
        #expect(text.hasPrefix("\u{FEFF}id,meeting,"))
        #expect(text.contains("\r\n"))
        let rows = try pythonCSV(text)
        #expect(rows.first == OpenData.itemColumns)
        let byColumn = { (row: [String]) in Dictionary(uniqueKeysWithValues: zip(OpenData.itemColumns, row)) }
        let a = byColumn(rows[1])
        #expect(a["id"] == "A" && a["title"] == Self.tricky && a["decision"] == "第一行\n第二行")
        #expect(a["vote_for"] == "15" && a["status"] == "resolved" && a["resolved"] == "2024-05-01" && a["funds"] == "3000")
        #expect(a["page"] == "meetings/m1.html#A")
        // A due date given is a promise; the site's default is said to be one.
        #expect(a["due"] == "2024-05-20" && a["due_default"] == "false")
        let p = byColumn(rows[2])
        #expect(p["id"] == "P" && p["private"] == "true" && p["title"] == "" && p["raised_by"] == "" && p["status"] == "resolved")
        #expect(p["due_default"] == "true" && p["due"] != "")
        #expect(rows.count == 3)
    }

    @Test func meetingsAndUpdatesCSVRoundTrip() throws {
        let stats = Statistics(site: site(), asOf: Day(iso: "2024-06-30")!)
        let files = OpenData.files(stats)
        let meetings = try pythonCSV(files["data/meetings.csv"]!)
        #expect(meetings.count == 2)
        let m = Dictionary(uniqueKeysWithValues: zip(meetings[0], meetings[1]))
        #expect(m["title"] == #"引号"和,逗号"# && m["leaders"] == "区委书记;区长" && m["attendance_total"] == "20" && m["items"] == "2")
        // Added after the first sixteen, so that an import by position still finds those; sorted
        // by category as stats.json's attendance_by_category is, not in the order written.
        #expect(meetings[0].last == "attendance_by_category" && meetings[0].prefix(16).last == "page")
        #expect(m["attendance_by_category"] == "party_members=4;residents=15")
        let updates = try pythonCSV(files["data/updates.csv"]!)
        #expect(updates.map { $0.first ?? "" } == ["item", "A", "P"])
        #expect(updates[1][8] == #"已装,"40"盏"#)
        #expect(updates[2][8] == "", "a private item's note is not published")
    }

    /// A note written as a spreadsheet formula is published as text: opened in a spreadsheet,
    /// the open data must not run what the minutes say.
    @Test func aFormulaInTheMinutesIsNotRunByASpreadsheet() throws {
        let stats = Statistics(site: site(note: #"'=HYPERLINK("http://evil.example","点此")'"#), asOf: Day(iso: "2024-06-30")!)
        let updates = try pythonCSV(OpenData.files(stats)["data/updates.csv"]!)
        #expect(updates[1][8] == #"'=HYPERLINK("http://evil.example","点此")"#)
        #expect(updates[1][6] == "", "numbers and empty fields as they were")
    }

    /// The unit tree goes with the data, so that a town's figures can be added up from its
    /// villages' rows: each unit after the one it is under, with its life and its page.
    @Test func unitsCSVCarriesTheTree() throws {
        var files = [String: String]()
        files["content/site.yml"] = "title: t\n"
        files["content/units.yml"] = """
            - id: d
              name: 区
              level: 区
              children:
                - id: t
                  name: '镇,"东"'
                  level: 镇
                  children:
                    - {id: v1, name: 一村, level: 村, until: 2024-03-31, merged_into: v2}
                    - {id: v2, name: 二村, level: 村, since: 2023-01-01}
            """
        let loaded = SiteLoader.load(from: MemorySource(files))
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all.map { $0.rendered(in: .en) })")
        let rows = try pythonCSV(OpenData.files(Statistics(site: loaded, asOf: Day(iso: "2024-06-30")!))["data/units.csv"]!)
        #expect(rows == [OpenData.unitColumns,
                         ["d", "区", "区", "", "", "", "", "units/d.html"],
                         ["t", #"镇,"东""#, "镇", "d", "", "", "", "units/t.html"],
                         ["v1", "一村", "村", "t", "", "2024-03-31", "v2", "units/v1.html"],
                         ["v2", "二村", "村", "t", "2023-01-01", "", "", "units/v2.html"]])
    }

    /// The departments go with the data, so that the department ids of meetings.csv and the
    /// owners of items.csv can be read as names.
    @Test func departmentsCSVNamesTheDepartments() throws {
        let files = ["content/site.yml": "title: t\n", "content/units.yml": "- {id: v, name: 一村}\n",
                     "content/departments.yml": "- {id: zhujian, name: 区住建局}\n- {id: caizheng, name: '区财政局,\"东\"'}\n"]
        let loaded = SiteLoader.load(from: MemorySource(files))
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all.map { $0.rendered(in: .en) })")
        let rows = try pythonCSV(OpenData.files(Statistics(site: loaded, asOf: Day(iso: "2024-06-30")!))["data/departments.csv"]!)
        #expect(rows == [OpenData.departmentColumns, ["zhujian", "区住建局", "departments/zhujian.html"],
                         ["caizheng", #"区财政局,"东""#, "departments/caizheng.html"]])
    }

    @Test func statsJSONHoldsEveryReportedPeriodForTheSiteAndEachUnitWithUnitsUnderIt() throws {
        let stats = Statistics(site: site(), asOf: Day(iso: "2024-06-30")!)
        let json = OpenData.files(stats)["data/stats.json"]!
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let reports = try #require(root["reports"] as? [[String: Any]])
        let keys = reports.map { r -> String in
            let scope = r["scope"] as? [String: String] ?? [:]
            return "\(scope["id"] ?? "site") \(r["period"] as? String ?? "")"
        }
        // Meetings in April, a resolution in May: 2024, 2024-q2, 2024-04, 2024-05, and all, with
        // June, the as-of date's month, which reports/ publishes too; for the site (which the
        // sole top unit, d, is) and the town under it.
        #expect(keys == ["site all", "site 2024", "site 2024-q2", "site 2024-04", "site 2024-05", "site 2024-06",
                         "t all", "t 2024", "t 2024-q2", "t 2024-04", "t 2024-05", "t 2024-06"])
        #expect(root["as_of"] as? String == "2024-06-30")
    }

    @Test func statsJSONIsTheSerializationOfOneJSONValueWithAReportOnEachLine() throws {
        let stats = Statistics(site: site(), asOf: Day(iso: "2024-06-30")!)
        let periods = [Period.all] + stats.reportPeriods
        let reports = OpenData.reportScopes(stats.content).flatMap { scope in
            periods.map { stats.figures(period: $0, scope: scope).json }
        }
        #expect(reports.count == 12)
        // The reports are serialized side by side and framed by hand: the frame must be the serializer's.
        let whole = JSONValue.object([("as_of", .string("2024-06-30")), ("reports", .array(reports))])
        let json = try #require(OpenData.files(stats)["data/stats.json"])
        #expect(json.replacingOccurrences(of: "\n", with: "") == whole.serialized(indent: nil))
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 12 + 3, "the frame's first line, a report on each line, `]}`, the final line break")
        #expect(lines.first == "{\"as_of\":\"2024-06-30\",\"reports\":[" && lines.suffix(2) == ["]}", ""])
        for (n, report) in reports.enumerated() {
            #expect(lines[n + 1] == report.serialized(indent: nil) + (n < reports.count - 1 ? "," : ""))
        }
    }

    /// The reports of a `stats.json` in memory, as its bytes.
    static func reports(_ json: [UInt8]) -> [ArraySlice<UInt8>]? {
        json.withUnsafeBytes { OpenData.reports(inStatsJSON: $0) }.map { $0.map { json[$0] } }
    }

    /// A full build's reports hand their lines to `StatsJSONStream` from several threads, out
    /// of order, with periods the file does not list among them; what none handed over is
    /// computed at the end. The file must be `statsJSON`'s, byte for byte, written in order,
    /// with no line waiting once those before it are in.
    @Test func statsJSONStreamedInAnyOrderIsTheSameFile() throws {
        let stats = Statistics(site: site(), asOf: Day(iso: "2024-06-30")!)
        let whole = Array(OpenData.statsJSON(stats, figures: { stats.figures(period: $0, scope: $1) }).utf8)
        let keys = OpenData.reportKeys(stats)
        #expect(keys.count == 12)
        let lines = keys.map { stats.figures(period: $0.1, scope: $0.0).serializedJSON(indent: nil) }
        // Handed over last first, one held back, and a month the file does not list.
        let order = Array(keys.indices.reversed()).filter { $0 != 3 }
        for threads in [1, 4] {
            let written = Collected<[UInt8]>()
            let stream = StatsJSONStream(stats) { written.add(Array($0)) }
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                for n in order where n % threads == t { stream.add(period: keys[n].1, scope: keys[n].0, line: lines[n]) }
                if t == 0 { stream.add(period: .month(2024, 7), scope: .site, line: Array("x".utf8)) }
            }
            // Lines 0–2 are out; 4–11 wait for 3.
            let upToThree = Array("{\"as_of\":\"2024-06-30\",\"reports\":[\n".utf8) + lines[0] + Array(",\n".utf8) + lines[1]
                + Array(",\n".utf8) + lines[2]
            #expect(written.items.flatMap { $0 } == upToThree)
            var computed: [String] = []
            stream.finish { p, s in
                computed.append("\(s) \(p)")
                return stats.figures(period: p, scope: s)
            }
            #expect(computed == ["\(keys[3].0) \(keys[3].1)"])
            #expect(written.items.flatMap { $0 } == whole, "\(threads) threads")
        }
        // A site with no meeting: its reports, all-time and the as-of date's year, quarter and
        // month, computed at the end.
        let empty = Statistics(site: SiteLoader.load(from: MemorySource(["content/site.yml": "title: t\n"])), asOf: Day(iso: "2024-06-30")!)
        let written = Collected<[UInt8]>()
        StatsJSONStream(empty) { written.add(Array($0)) }.finish { empty.figures(period: $0, scope: $1) }
        #expect(written.items.flatMap { $0 } == Array(OpenData.statsJSON(empty, figures: { empty.figures(period: $0, scope: $1) }).utf8))
    }

    /// A rebuild after an edit takes the reports it does not reach from the last stats.json: each
    /// must come out as exactly the bytes a new one would hold, in the order of `reportKeys`.
    @Test func statsJSONSplitsIntoItsReportsAndIsRebuiltFromThem() throws {
        let stats = Statistics(site: site(), asOf: Day(iso: "2024-06-30")!)
        let json = OpenData.files(stats)["data/stats.json"]!
        let bytes = Array(json.utf8)
        let reports = try #require(Self.reports(bytes))
        let keys = OpenData.reportKeys(stats)
        #expect(reports.count == keys.count)
        for (report, key) in zip(reports, keys) {
            #expect(Array(report) == stats.figures(period: key.1, scope: key.0).json.serializedUTF8(indent: nil),
                    "\(key.0) \(key.1)")
        }
        // Every report taken from the old file, none computed: the same file. Taken as a rebuild
        // takes them, from the file mapped, and from bytes in memory.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-stats-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        let file = try #require(MappedFile(path: path))
        let ranges = try #require(OpenData.reports(inStatsJSON: file.bytes))
        #expect(ranges.map { Array(file.bytes[$0]) } == reports.map { Array($0) })
        var mapped: [String: Piece] = [:], inMemory: [String: Piece] = [:]
        for (n, key) in keys.enumerated() {
            mapped["\(key.0) \(key.1)"] = .mapped(file, ranges[n])
            inMemory["\(key.0) \(key.1)"] = .made(reports[n])
        }
        for index in [mapped, inMemory] {
            let again = OpenData.statsJSON(stats, figures: { period, scope in
                Issue.record("computed \(scope) \(period), which the old file holds")
                return stats.figures(period: period, scope: scope)
            }, previous: { period, scope in index["\(scope) \(period)"] })
            #expect(again == json)
        }
        // One report left to compute: it comes out as it was, the others as the file holds them.
        let (scope, period) = keys[keys.count / 2]
        var computed: [String] = []
        let again = OpenData.statsJSON(stats, figures: { p, s in
            computed.append("\(s) \(p)")
            return stats.figures(period: p, scope: s)
        }, previous: { p, s in p == period && s == scope ? nil : mapped["\(s) \(p)"] })
        #expect(again == json && computed == ["\(scope) \(period)"])
        #expect(OpenData.tables(stats, itemsUnchanged: true).map(\.path) == ["data/meetings.csv"])
        // Not this writer's shape: no reports taken.
        for other in ["{\n  \"reports\": [\n    {\n      \"a\": 1\n", "{\"as_of\":\"x\",\"reports\":[\n{\"a\":1}\n]}",
                      "{\"as_of\":\"x\",\"reports\":[\n{\"a\":1}\n{\"b\":2}\n]}\n", "{\"as_of\":\"x\",\"reports\":[\n{\"a\":1},\n]}\n"] {
            #expect(Self.reports(Array(other.utf8)) == nil, "\(other.debugDescription)")
        }
        #expect(Self.reports(Array("{\"as_of\":\"x\",\"reports\":[]}\n".utf8)) == [])
    }
}
