import Foundation
import Testing

/// A rebuild after any kind of edit gives exactly what a full build of the edited site gives;
/// a rebuild with nothing changed leaves output/ alone.
@Suite(.serialized) struct IncrementalBuildTests {
    func tree(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) where !path.hasPrefix("pagefind") {
            var isDir: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue { out[path] = try Data(contentsOf: url) }
        }
        return out
    }

    /// Builds `site` incrementally, then a copy of it from scratch, and compares the two outputs.
    func expectSameAsFullBuild(_ tmp: TempDir, _ site: String, _ note: Comment) throws {
        let r = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        #expect(r.status == 0, "\(r.stderr)")
        let fresh = tmp.path("fresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
        for folder in ["content", "templates"] where FileManager.default.fileExists(atPath: site + "/" + folder) {
            try FileManager.default.copyItem(atPath: site + "/" + folder, toPath: fresh + "/" + folder)
        }
        #expect(try CLI.run(["build", "--site", fresh, "--as-of", "2026-04-30"]).status == 0)
        let a = try tree(URL(fileURLWithPath: site + "/output")), b = try tree(URL(fileURLWithPath: fresh + "/output"))
        #expect(a == b, note)
    }

    @Test func everyKindOfEditRebuildsExactlyWhatAFullBuildWould() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.run(["init", site])
        // The first build into a site with no output/ yet must leave what the next one needs.
        try FileManager.default.removeItem(atPath: site + "/output")
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)

        // Nothing changed: nothing is rewritten.
        let before = try tree(URL(fileURLWithPath: site + "/output"))
        let again = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(again.stdout.contains("up to date"), "\(again.stdout)")
        #expect(try tree(URL(fileURLWithPath: site + "/output")) == before)

        let meeting = "s/content/meetings/2026/2026-03-12-east-village.md"
        // The minutes alone: only that page is redone, and it is what a full build would write.
        try tmp.write(meeting, try tmp.read(meeting) + "\n补记：会后回访，居民代表无异议。\n")
        let quick = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(quick.stdout.contains("only the minutes changed: updated output/meetings/2026-03-12-east-village.html"), "\(quick.stdout)")
        try expectSameAsFullBuild(tmp, site, "the minutes edited")
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html").contains("补记：会后回访"))

        // New minutes with a phone number are refused like any other build, and nothing changes.
        let page = try tmp.read("s/output/meetings/2026-03-12-east-village.html")
        try tmp.write(meeting, try tmp.read(meeting) + "联系人电话 13912345678\n")
        let refused = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2026-03-12-east-village.md:") && refused.stderr.contains("139****5678"), "\(refused.stderr)")
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html") == page)
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "联系人电话 13912345678\n", with: ""))

        // The front matter: a full build.
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "村东主干道路灯不亮", with: "村东主干道路灯长期不亮"))
        try expectSameAsFullBuild(tmp, site, "a meeting edited")
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html").contains("村东主干道路灯长期不亮"))

        try tmp.write("s/content/updates/2026/2026-04-25-east-village.md",
                      "---\ndate: 2026-04-25\nupdates:\n  - item: EV-2026-002\n    note: 回访群众满意\n---\n")
        try expectSameAsFullBuild(tmp, site, "an update file added")

        try tmp.write("s/content/site.yml", try tmp.read("s/content/site.yml").replacingOccurrences(of: "示例社区协商议事公开栏", with: "东村议事公开栏"))
        try expectSameAsFullBuild(tmp, site, "site.yml edited")
        #expect(try tmp.read("s/output/index.html").contains("东村议事公开栏"))

        try tmp.write("s/content/units.yml", try tmp.read("s/content/units.yml").replacingOccurrences(of: "name: 东村", with: "name: 东村村"))
        try expectSameAsFullBuild(tmp, site, "units.yml edited")

        try tmp.write("s/templates/footer.mustache", "<footer class=\"colophon\"><p>{{t.site.as_of}} {{as_of}}. 东村制作</p></footer>\n")
        try expectSameAsFullBuild(tmp, site, "a template edited")
        #expect(try tmp.read("s/output/index.html").contains("东村制作"))

        try tmp.write("s/templates/locales/zh-Hans.yml", try tmp.read("s/templates/locales/zh-Hans.yml").replacingOccurrences(of: "跳到正文", with: "直达正文"))
        try expectSameAsFullBuild(tmp, site, "a locale file edited")
        #expect(try tmp.read("s/output/index.html").contains("直达正文"))

        // A different as-of date is a different site.
        let later = try CLI.run(["build", "--site", site, "--as-of", "2026-05-31"])
        #expect(later.status == 0 && !later.stdout.contains("最新"))
    }
}
