import Foundation
import Testing
@testable import YishiCore
@testable import YishiSite

/// The preview builds into its own folder from the same content and the same cache as
/// `output/`. A shortcut that trusts what the cache says the last build read must mean the
/// last build of *that* folder: otherwise an edit the preview saw first would never reach
/// `output/`.
@Suite(.serialized) final class BuildOutputsTests {
    static let site: [String: String] = [
        "content/site.yml": "title: 测试公开栏\nlocale: zh-Hans\nbase_url: https://example.org/t/\nnotice:\n  hotline: \"0000-12345678\"\n",
        "content/units.yml": "- id: dongcun\n  name: 东村\n  level: 村\n",
        "content/departments.yml": "- id: zhujian\n  name: 区住建局\n",
        "content/meetings/2026/2026-03-12-dongcun.md": """
        ---
        title: 东村议事会
        date: 2026-03-12
        unit: dongcun
        venue: 村委会门口
        attendance:
          total: 20
        items:
          - id: DC-2026-001
            title: 路灯不亮
            kind: problem
            status: accepted
            owner: zhujian
            due: 2026-04-30
        ---
        ## 会议记录

        居民反映路灯不亮。

        """,
    ]

    let root: URL
    let meeting: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-outputs-\(UUID().uuidString)")
        for (path, text) in Self.site {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        meeting = root.appendingPathComponent("content/meetings/2026/2026-03-12-dongcun.md")
    }

    // Each test gets a fresh instance; without this every run left a site in the temporary folder.
    deinit { try? FileManager.default.removeItem(at: root) }

    func build(_ output: String) -> SiteBuilder.Outcome {
        var options = SiteBuilder.Options(asOf: Day(iso: "2026-04-30"), output: root.appendingPathComponent(output))
        options.search = false
        let outcome = SiteBuilder.build(site: root, options: options) { _ in Day(iso: "2026-04-30")! }
        // Without a word from the parser the file is cached, which the shortcuts need.
        #expect(outcome.diagnostics.all.isEmpty, "\(outcome.diagnostics.all.map { $0.rendered(in: .en) })")
        return outcome
    }

    func edit(_ from: String, _ to: String) throws {
        let text = try String(contentsOf: meeting, encoding: .utf8)
        #expect(text.contains(from))
        try text.replacingOccurrences(of: from, with: to).write(to: meeting, atomically: true, encoding: .utf8)
    }

    /// Every file of a folder, for comparing two builds.
    func tree(_ folder: String) throws -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var out: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: base.path) {
            var isDir: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue { out[path] = try Data(contentsOf: url) }
        }
        return out
    }

    /// `output/` as a build from nothing would make it: built again into a fresh folder with no cache.
    func expectOutputIsWhatAFullBuildGives(_ note: Comment) throws {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(".yishi-cache"))
        #expect(build("fresh").published)
        #expect(try tree("output") == tree("fresh"), note)
    }

    /// A full build writes stats.json from the lines its report pages made, beside the last
    /// pages: the file holds what the open data's own writer makes of the same content.
    @Test func aFullBuildsStatsJSONIsWhatTheOpenDataWriterMakes() throws {
        #expect(build("output").published)
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        let expected = try #require(OpenData.files(Statistics(site: loaded, asOf: Day(iso: "2026-04-30")!))["data/stats.json"])
        let written = try String(contentsOf: root.appendingPathComponent("output/data/stats.json"), encoding: .utf8)
        #expect(written == expected)
        #expect(written.contains("\"scope\":{\"kind\":\"unit\",\"id\":\"dongcun\"}") == false)  // a leaf unit has no report
        #expect(written.contains("\"period\":\"2026-03\""))
    }

    @Test func aCountedEditSeenFirstByThePreviewStillReachesOutput() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        try edit("total: 20", "total: 35")
        #expect(build("preview").published)
        // Now only the venue differs from what the preview last read; from what output/ was
        // built from, the attendance differs too.
        try edit("venue: 村委会门口", "venue: 村文化礼堂")
        let outcome = build("output")
        #expect(outcome.published && outcome.detailsOnly == nil)
        try expectOutputIsWhatAFullBuildGives("attendance and venue edited, the preview built in between")
    }

    @Test func aFrontMatterEditSeenFirstByThePreviewStillReachesOutput() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        try edit("status: accepted", "status: in_progress")
        #expect(build("preview").published)
        // Now only the minutes differ from what the preview last built.
        try edit("居民反映路灯不亮。", "居民反映路灯长期不亮。")
        let outcome = build("output")
        #expect(outcome.published && outcome.minutesOnly == nil)
        try expectOutputIsWhatAFullBuildGives("status and minutes edited, the preview built in between")
    }

    /// A minutes-only edit goes through the same personal-data check as a full build: a
    /// mobile number stops it; a mistyped identity number, a warning, leaves it to the full
    /// build, which publishes and says so.
    @Test func aMinutesEditIsCheckedForPersonalDataAsAFullBuildIs() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        func rebuild() -> SiteBuilder.Outcome {
            var options = SiteBuilder.Options(asOf: Day(iso: "2026-04-30"), output: root.appendingPathComponent("output"))
            options.search = false
            return SiteBuilder.build(site: root, options: options) { _ in Day(iso: "2026-04-30")! }
        }
        try edit("居民反映路灯不亮。", "居民反映路灯不亮，联系人 13912345678。")
        let stopped = rebuild()
        #expect(!stopped.published && stopped.diagnostics.hasErrors)
        try edit("联系人 13912345678", "申请人身份证 110105194912310021")
        let warned = rebuild()
        #expect(warned.published && warned.minutesOnly == nil)
        #expect(warned.diagnostics.all.map(\.message) == [.identityNumberMistyped(masked: "110105********0021")])
        let page = try String(contentsOf: root.appendingPathComponent("output/meetings/2026-03-12-dongcun.html"), encoding: .utf8)
        #expect(page.contains("申请人身份证"))
    }

    /// An edit below the front matter that the parser names (a second meeting pasted under the
    /// minutes, fields below the closing line, a picture from a file, HTML) went out by the
    /// minutes-only rebuild, which reads no fields: published as minutes, with 0 errors. It
    /// now takes the full build, which names it: the error stops it; a warning is said.
    @Test(arguments: [
        ("\n---\ntitle: 第二次夜话\ndate: 2026-03-19\nunit: dongcun\n---\n第二次纪要。\n", true),
        ("host: 王书记\n", true),
        ("\n现场：![会议现场](现场照片.jpg)\n", false),
        ("\n请 <font color=red>务必</font> 到会。\n", false),
    ])
    func aMinutesEditThatTheParserNamesTakesTheFullBuild(added: String, stops: Bool) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        let file = root.appendingPathComponent("content/meetings/2026/2026-03-12-dongcun.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        // Fields go straight below the closing line, everything else at the minutes' end.
        if added.hasPrefix("host") { text = text.replacingOccurrences(of: "\n---\n", with: "\n---\n" + added, options: [], range: text.index(after: text.startIndex)..<text.endIndex) } else { text += added }
        try text.write(to: file, atomically: true, encoding: .utf8)
        var options = SiteBuilder.Options(asOf: Day(iso: "2026-04-30"), output: root.appendingPathComponent("output"))
        options.search = false
        let outcome = SiteBuilder.build(site: root, options: options) { _ in Day(iso: "2026-04-30")! }
        #expect(outcome.minutesOnly == nil)
        #expect(outcome.published == !stops && outcome.diagnostics.hasErrors == stops, "\(outcome.diagnostics.all.map { $0.rendered(in: .en) })")
        #expect(!outcome.diagnostics.all.isEmpty)
    }

    @Test func aVenueEditRedoesOnlyWhatShowsIt() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        try edit("venue: 村委会门口", "venue: 村文化礼堂")
        let outcome = build("output")
        #expect(outcome.detailsOnly == ["meetings/2026-03-12-dongcun.html", "data/meetings.csv"])
        try expectOutputIsWhatAFullBuildGives("venue edited")
    }

    @Test func minutesFromTheCacheArePublishedOnlyWhenTheyAreWhatWasStored() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(build("output").published)
        let bodies = root.appendingPathComponent(".yishi-cache/bodies.bin")
        var bytes = [UInt8](try Data(contentsOf: bodies))
        let said = Array("居民反映路灯不亮".utf8), other = Array("居民反映路灯很亮".utf8)
        let at = try #require((0...(bytes.count - said.count)).first { bytes[$0..<($0 + said.count)].elementsEqual(said) })
        bytes.replaceSubrange(at..<(at + said.count), with: other)
        try Data(bytes).write(to: bodies)
        // A template edit renders every page again, minutes from the cache where they fit.
        let footer = root.appendingPathComponent("templates/footer.mustache")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer>东村</footer>\n".utf8).write(to: footer)
        #expect(build("output").published)
        let page = try String(contentsOf: root.appendingPathComponent("output/meetings/2026-03-12-dongcun.html"), encoding: .utf8)
        #expect(page.contains("居民反映路灯不亮") && !page.contains("很亮"))
        try expectOutputIsWhatAFullBuildGives("minutes cache damaged, then a template edited")
    }

    /// A rebuild that renders a few pages must not shrink the rendered-minutes cache to those
    /// few: the next full build (a template edit) would render every meeting's minutes again.
    @Test func anEditRebuildKeepsEveryOtherMeetingsMinutesCached() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let other = root.appendingPathComponent("content/meetings/2026/2026-03-20-dongcun.md")
        try Data("---\ntitle: 东村第二次议事会\ndate: 2026-03-20\nunit: dongcun\n---\n村民商量修桥的事。\n".utf8).write(to: other)
        #expect(build("output").published)
        let bodies = root.appendingPathComponent(".yishi-cache/bodies.bin")
        func cached(_ text: String) throws -> Bool {
            let bytes = [UInt8](try Data(contentsOf: bodies)), wanted = Array(text.utf8)
            return (0...(bytes.count - wanted.count)).contains { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
        }
        #expect(try cached("村民商量修桥的事"))
        try edit("  total: 20", "  total: 27")
        let outcome = build("output")
        #expect(outcome.editedOnly != nil, "an attendance edit takes the rebuild of what it reaches")
        #expect(try cached("村民商量修桥的事"), "the other meeting's minutes are still cached")
        try expectOutputIsWhatAFullBuildGives("attendance edited beside a second meeting")
    }

    /// Counting attendance by category adds a column to every meetings table (the records a
    /// figure counts), another village's page among them: the edit that starts it takes the
    /// full build. Once it is on, an edit of one category reaches only what shows that meeting.
    @Test func anAttendanceCategoryEditReachesEveryTableThatShowsIt() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("- id: dongcun\n  name: 东村\n  level: 村\n- id: xicun\n  name: 西村\n  level: 村\n".utf8)
            .write(to: root.appendingPathComponent("content/units.yml"))
        let other = root.appendingPathComponent("content/meetings/2026/2026-03-20-xicun.md")
        try Data("---\ntitle: 西村议事会\ndate: 2026-03-20\nunit: xicun\nattendance: {total: 9}\n---\n".utf8).write(to: other)
        #expect(build("output").published)
        let xicun = root.appendingPathComponent("output/units/xicun.html")
        #expect(try !String(contentsOf: xicun, encoding: .utf8).contains("分类参会人次"))
        try edit("  total: 20", "  total: 20\n  residents: 12")
        #expect(build("output").editedOnly == nil, "the column appears on pages the edit does not otherwise reach")
        #expect(try String(contentsOf: xicun, encoding: .utf8).contains("<td>9</td><td class=\"list\"></td>"))
        try expectOutputIsWhatAFullBuildGives("attendance counted by category for the first time")
        #expect(build("output").published)
        try edit("  residents: 12", "  residents: 14")
        #expect(build("output").editedOnly != nil)
        let report = try String(contentsOf: root.appendingPathComponent("output/reports/all.html"), encoding: .utf8)
        #expect(report.contains("<td>20</td><td class=\"list\"><span>居民群众 14</span>、<span>未分类 6</span></td>"))
        try expectOutputIsWhatAFullBuildGives("one category's count edited")
    }

    /// A full build writes new minutes into the cache as it renders them and adds the ones it
    /// found there at the end: the next build finds both, and a build that found every body it
    /// needed leaves the file as it was, with no half-written file beside it.
    @Test func theMinutesCacheHoldsNewAndFoundBodiesAlike() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = root.appendingPathComponent(".yishi-cache")
        let bodies = cache.appendingPathComponent("bodies.bin")
        func cached(_ text: String) throws -> Bool {
            let bytes = [UInt8](try Data(contentsOf: bodies)), wanted = Array(text.utf8)
            return (0...(bytes.count - wanted.count)).contains { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
        }
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.contains(".yishi-new-") }
        }
        #expect(build("output").published)
        // A second meeting and a template edit: a full build with one body found, one rendered.
        let other = root.appendingPathComponent("content/meetings/2026/2026-03-20-dongcun.md")
        try Data("---\ntitle: 东村第二次议事会\ndate: 2026-03-20\nunit: dongcun\n---\n村民商量修桥的事。\n".utf8).write(to: other)
        let footer = root.appendingPathComponent("templates/footer.mustache")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer>东村</footer>\n".utf8).write(to: footer)
        #expect(build("output").published)
        #expect(try cached("居民反映路灯不亮") && cached("村民商量修桥的事"))
        #expect(try leftovers().isEmpty)
        // Another template edit: every body is found, so the file is not written again.
        let before = try FileManager.default.attributesOfItem(atPath: bodies.path)[.systemFileNumber] as? Int
        try Data("<footer>东村村委会</footer>\n".utf8).write(to: footer)
        #expect(build("output").published)
        #expect(try FileManager.default.attributesOfItem(atPath: bodies.path)[.systemFileNumber] as? Int == before)
        #expect(try leftovers().isEmpty)
        try expectOutputIsWhatAFullBuildGives("a meeting added, then two template edits")
    }

    /// The preview keeps the search index it built first: Pagefind's seconds must not come
    /// between a secretary's edit and seeing it.
    @Test(.enabled(if: SearchIndex.locate() != nil, "Pagefind is installed by checks/install.sh"))
    func thePreviewKeepsItsSearchIndexAcrossRebuilds() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let settings = root.appendingPathComponent("content/site.yml")
        try Data("title: 测试公开栏\nlocale: zh-Hans\nsearch: true\n".utf8).write(to: settings)
        func preview() -> SiteBuilder.Outcome {
            var options = SiteBuilder.Options(asOf: Day(iso: "2026-04-30"), output: root.appendingPathComponent("preview"))
            options.keepSearchIndex = true
            return SiteBuilder.build(site: root, options: options) { _ in Day(iso: "2026-04-30")! }
        }
        func indexFiles() throws -> [String: UInt64] {
            let base = root.appendingPathComponent("preview/pagefind").path
            var out: [String: UInt64] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: base) {
                let attrs = try FileManager.default.attributesOfItem(atPath: base + "/" + path)
                if attrs[.type] as? FileAttributeType == .typeRegular { out[path] = (attrs[.systemFileNumber] as? UInt64) ?? 0 }
            }
            return out
        }
        #expect(preview().published)
        let first = try indexFiles()
        #expect(!first.isEmpty)
        try edit("venue: 村委会门口", "venue: 村文化礼堂")
        #expect(preview().detailsOnly != nil)
        #expect(try indexFiles() == first)
        try edit("total: 20", "total: 35")
        let full = preview()
        #expect(full.published && full.detailsOnly == nil)
        #expect(try indexFiles() == first, "the same files, linked into the new site")
    }
}
