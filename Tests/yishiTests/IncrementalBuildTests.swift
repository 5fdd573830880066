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
    func expectSameAsFullBuild(_ tmp: TempDir, _ site: String, _ note: Comment, asOf: String = "2026-04-30") throws {
        let r = try CLI.run(["build", "--site", site, "--as-of", asOf])
        #expect(r.status == 0, "\(r.stderr)")
        let fresh = tmp.path("fresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
        for folder in ["content", "templates"] where FileManager.default.fileExists(atPath: site + "/" + folder) {
            try FileManager.default.copyItem(atPath: site + "/" + folder, toPath: fresh + "/" + folder)
        }
        #expect(try CLI.run(["build", "--site", fresh, "--as-of", asOf]).status == 0)
        let a = try tree(URL(fileURLWithPath: site + "/output")), b = try tree(URL(fileURLWithPath: fresh + "/output"))
        #expect(a == b, note)
    }

    /// A minutes file renamed moves its meeting's page, and the address on the notices already
    /// posted would lead nowhere: the build warns, naming the renamed file and the alias to
    /// write in it. Written, the old address leads to the meeting and nothing is said.
    @Test func aRenamedMeetingsLostAddressIsNamed() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        let old = site + "/content/meetings/2026/2026-03-12-east-village.md", new = site + "/content/meetings/2026/2026-03-12-east-village-yehua.md"
        try FileManager.default.moveItem(atPath: old, toPath: new)
        let r = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("output/meetings/2026-03-12-east-village.html: warning: this page, published by the last build, is not in this one, and the QR code on a printed notice may point to it. If its minutes file was renamed, write 'aliases: [2026-03-12-east-village]' in the minutes now in content/meetings/2026/2026-03-12-east-village-yehua.md"), "\(r.stderr)")
        // Said once: the page is gone from output/ now, and the next build, finding nothing
        // changed, does not say the warning still stands.
        let again = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(again.stdout.contains("up to date") && !again.stdout.contains("still stand"), "\(again.stdout)")
        // Put back, renamed again with the alias written: the old address is a way to the meeting.
        try FileManager.default.moveItem(atPath: new, toPath: old)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        let text = try String(contentsOfFile: old, encoding: .utf8)
        try text.replacingOccurrences(of: "\ndate:", with: "\naliases: [2026-03-12-east-village]\ndate:").write(toFile: new, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: old)
        let aliased = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(aliased.status == 0 && !aliased.stderr.contains("is not in this one"), "\(aliased.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/output/meetings/2026-03-12-east-village.html"))
    }

    /// A page deleted from output/, one saved over by hand and a file added were left as they
    /// were by every build after ("up to date"): a build now puts the site back as the content
    /// says, and then finds it up to date again.
    @Test func aPageDeletedOrChangedInOutputIsPutBack() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        let built = try tree(URL(fileURLWithPath: site + "/output"))
        let page = "s/output/meetings/2026-03-12-east-village.html", report = "s/output/reports/2026-03.html"
        for change in ["deleted", "saved over", "added"] {
            switch change {
            case "deleted": try FileManager.default.removeItem(atPath: tmp.path(page))
            // As an editor saves: a new file renamed over the old one.
            case "saved over":
                try tmp.write(report + ".tmp", "改过的页面")
                #expect(rename(tmp.path(report + ".tmp"), tmp.path(report)) == 0)
            default: try tmp.write("s/output/units/stray.html", "多出来的页面")
            }
            let r = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
            #expect(r.status == 0 && !r.stdout.contains("up to date"), "\(change): \(r.stdout)")
            #expect(try tree(URL(fileURLWithPath: site + "/output")) == built, "\(change)")
            let again = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
            #expect(again.stdout.contains("up to date"), "\(change): \(again.stdout)")
        }
    }

    /// A second build with nothing changed said "up to date" and nothing of the warnings the
    /// first one printed: a secretary took them for mended. It says they still stand.
    @Test func anUpToDateBuildSaysTheWarningsStillStand() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
        let meeting = "s/content/meetings/2026/2026-03-12-east-village.md"
        try tmp.write(meeting, try tmp.read(meeting) + "\n现场：![会议现场](现场照片.jpg)\n")
        let first = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(first.status == 0 && (first.stdout + first.stderr).contains("现场照片.jpg"), "\(first.stdout)\(first.stderr)")
        let again = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(again.stdout.contains("up to date") && again.stdout.contains("gave 1 warning, which still stands"), "\(again.stdout)")
        // Mended: the next build publishes it, and then up to date says nothing more.
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "现场：![会议现场](现场照片.jpg)", with: "现场照片另附。"))
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)
        let clean = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(clean.stdout.contains("up to date") && !clean.stdout.contains("warning"), "\(clean.stdout)")
    }

    @Test func everyKindOfEditRebuildsExactlyWhatAFullBuildWould() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try CLI.initSite(site)
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
        // (With a heading of its own, which the page puts a level down either way.)
        try tmp.write(meeting, try tmp.read(meeting) + "\n## 补记\n\n补记：会后回访，居民代表无异议。\n")
        let quick = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(quick.stdout.contains("only the minutes changed: updated output/meetings/2026-03-12-east-village.html"), "\(quick.stdout)")
        try expectSameAsFullBuild(tmp, site, "the minutes edited")
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html").contains("补记：会后回访"))
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html").contains("<h3>补记</h3>"))

        // New minutes with a phone number are refused like any other build, and nothing changes.
        let page = try tmp.read("s/output/meetings/2026-03-12-east-village.html")
        try tmp.write(meeting, try tmp.read(meeting) + "联系人电话 13912345678\n")
        let refused = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2026-03-12-east-village.md:") && refused.stderr.contains("139****5678"), "\(refused.stderr)")
        #expect(try tmp.read("s/output/meetings/2026-03-12-east-village.html") == page)
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "联系人电话 13912345678\n", with: ""))

        // Minutes with a character pasted from Word: the build names it, publishes the minutes
        // without it, and gives what a full build gives.
        try tmp.write(meeting, try tmp.read(meeting) + "补记：村委会\u{0B}主任签字。\n")
        let pasted = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(pasted.status == 0)
        #expect(pasted.stderr.contains("2026-03-12-east-village.md:") && pasted.stderr.contains("U+000B"), "\(pasted.stderr)")
        let pastedPage = try tmp.read("s/output/meetings/2026-03-12-east-village.html")
        #expect(pastedPage.contains("补记：村委会 主任签字。") && !pastedPage.contains("\u{0B}"))
        try expectSameAsFullBuild(tmp, site, "minutes with a control character")
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "补记：村委会\u{0B}主任签字。\n", with: ""))
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"]).status == 0)

        // What only the meeting's own page shows (venue, host, time): that page and the open
        // data's meeting list are redone, in place, and nothing else.
        let april = "s/content/meetings/2026/2026-04-20-east-village.md"
        let untouched = try tmp.read("s/output/units/east-village.html")
        try tmp.write(april, try tmp.read(april).replacingOccurrences(of: "venue: 村委会会议室", with: "venue: 村文化礼堂")
            .replacingOccurrences(of: "host: 村委会主任", with: "host: 村党支部书记"))
        let details = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(details.stdout.contains("only details of a meeting changed")
                && details.stdout.contains("output/meetings/2026-04-20-east-village.html")
                && details.stdout.contains("output/data/meetings.csv") && !details.stdout.contains("index.html"), "\(details.stdout)")
        #expect(try tmp.read("s/output/meetings/2026-04-20-east-village.html").contains("村文化礼堂"))
        #expect(try tmp.read("s/output/units/east-village.html") == untouched)
        try expectSameAsFullBuild(tmp, site, "a meeting's venue and host edited")

        // The front matter, where it is listed elsewhere (an item's title): the pages it reaches.
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "村东主干道路灯不亮", with: "村东主干道路灯长期不亮"))
        let scoped = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(scoped.stdout.contains("only 1 meeting file changed: rendered the"), "\(scoped.stdout)")
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

        // A meeting still to come is listed with its time and venue on the home page, and with
        // its agenda too on its units' pages: an edit to them redoes those pages as well.
        let may = "s/content/meetings/2026/2026-05-08-east-village.md"
        try tmp.write(may, "---\ntitle: 东村议事会（五月）\ndate: 2026-05-08\ntime: \"19:30\"\nunit: east-village\nvenue: 村委会会议室\nagenda: [停车难]\n---\n")
        try expectSameAsFullBuild(tmp, site, "an upcoming meeting added")
        try tmp.write(may, try tmp.read(may).replacingOccurrences(of: "agenda: [停车难]", with: "agenda: [停车难, 垃圾分类]")
            .replacingOccurrences(of: "venue: 村委会会议室", with: "venue: 村文化礼堂"))
        let agenda = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30", "--lang", "en"])
        #expect(agenda.stdout.contains("only details of a meeting changed") && agenda.stdout.contains("output/index.html")
                && agenda.stdout.contains("output/units/east-village.html"), "\(agenda.stdout)")
        #expect(try tmp.read("s/output/index.html").contains("村文化礼堂"))
        #expect(try tmp.read("s/output/units/east-village.html").contains("垃圾分类"))
        try expectSameAsFullBuild(tmp, site, "an upcoming meeting's agenda and venue edited")

        // A different as-of date is a different site.
        let later = try CLI.run(["build", "--site", site, "--as-of", "2026-05-31"])
        #expect(later.status == 0 && !later.stdout.contains("最新"))
    }

    /// Edits to what figures count or lists show, on a generated site of 300 meetings with
    /// updates, departments and a unit tree: each takes the rebuild of what it reaches
    /// (ScopedEdit) and gives what a full build gives.
    @Test func editsToCountedFieldsRebuildWhatTheyReachExactlyAsAFullBuild() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let site = tmp.path("g")
        let gen = Process()
        gen.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gen.arguments = ["python3", repo.appendingPathComponent("Benchmarks/gen-corpus.py").path, "300", site, "--seed", "3"]
        gen.standardOutput = FileHandle.nullDevice
        try gen.run()
        gen.waitUntilExit()
        try #require(gen.terminationStatus == 0)
        let asOf = "2026-11-21"
        #expect(try CLI.run(["build", "--site", site, "--as-of", asOf]).status == 0)

        let meetings = try FileManager.default.subpathsOfDirectory(atPath: site + "/content/meetings")
            .filter { $0.hasSuffix(".md") }.sorted().map { "g/content/meetings/" + $0 }
        /// The n-th meeting file (after the first few, whose dates start the site's charts) that contains `text`.
        func meeting(with text: String, _ n: Int = 0) throws -> String {
            let found = try meetings.dropFirst(10).filter { try tmp.read($0).contains(text) }
            try #require(found.count > n, "no meeting with \(text)")
            return found[n]
        }
        func edit(_ files: [(String, (String) -> String)], _ note: Comment, scoped: Bool = true) throws {
            for (file, change) in files {
                let before = try tmp.read(file), after = change(before)
                try #require(after != before, note)
                try tmp.write(file, after)
            }
            let r = try CLI.run(["build", "--site", site, "--as-of", asOf, "--lang", "en"])
            #expect(r.status == 0, "\(r.stderr)")
            if scoped { #expect(r.stdout.contains("changed: rendered the"), "\(note): \(r.stdout)") }
            try expectSameAsFullBuild(tmp, site, note, asOf: asOf)
        }
        func replacing(_ a: String, _ b: String) -> (String) -> String {
            { text in
                guard let r = text.range(of: a) else { return text }
                return text.replacingCharacters(in: r, with: b)
            }
        }
        func total(_ text: String) -> String {
            guard let r = text.range(of: #"\n  total: \d+\n"#, options: .regularExpression) else { return text }
            let n = Int(text[r].filter(\.isNumber))!
            return text.replacingCharacters(in: r, with: "\n  total: \(n + 7)\n")
        }

        try edit([(try meeting(with: "\n  total: "), total)], "attendance")
        // In the as-of year: the home page shows this year's figures.
        let thisYear = try meetings.filter { try tmp.read($0).contains("\ndate: 2026-") && tmp.read($0).contains("\n  total: ") }
        try edit([(try #require(thisYear.first), total)], "attendance in the as-of year")
        try edit([(try meeting(with: "    owner: minzheng\n"), replacing("    owner: minzheng\n", "    owner: nongye\n"))], "an item's owner")
        try edit([(try meeting(with: "  - id: "), replacing("    title: ", "    title: 改："))], "an item's title")
        try edit([(try meeting(with: "departments: [shuiwu, "), replacing("departments: [shuiwu, ", "departments: ["))], "departments")
        try edit([(try meeting(with: "\ntitle: "), replacing("\ntitle: ", "\ntitle: 改："))], "a meeting's title")
        try edit([(try meeting(with: "\nleaders: ["), replacing("\nleaders: [", "\nleaders: [区委书记, "))], "leaders")
        let updated = try meeting(with: "\nupdates:\n")
        try edit([(updated, { text in
            let tail = text[text.range(of: "\nupdates:\n")!.upperBound...]
            guard let r = tail.range(of: #"    status: \S+"#, options: .regularExpression) else { return text }
            return text.replacingCharacters(in: r, with: "    status: deferred")
        })], "an update's status")
        // An item reported on in a later meeting: that meeting's page shows its title too.
        let reportedID = try #require(try tmp.read(updated).components(separatedBy: "\nupdates:\n  - item: ").last?.prefix { $0 != "\n" })
        let raising = try meeting(with: "  - id: \(reportedID)\n    title: ")
        try edit([(raising, replacing("  - id: \(reportedID)\n    title: ", "  - id: \(reportedID)\n    title: 又改："))],
                 "the title of an item reported on elsewhere")
        try edit([(try meeting(with: "\n  total: ", 3), total), (try meeting(with: "    owner: nongye\n", 2), replacing("    owner: nongye\n", "    owner: minzheng\n"))],
                 "two meetings at once")
        // A day within the month, then into another year: the second may add or drop a report
        // period, which takes the full build; both must come out the same.
        let moved = try meeting(with: "\ndate: 2024-03-")
        func day(_ to: String) -> (String) -> String {
            { text in text.replacingOccurrences(of: #"\ndate: 2024-03-\d\d\n"#, with: "\ndate: \(to)\n", options: .regularExpression) }
        }
        try edit([(moved, day("2024-03-30"))], "a meeting's day", scoped: false)
        try edit([(moved, { $0.replacingOccurrences(of: "\ndate: 2024-03-30\n", with: "\ndate: 2024-04-01\n") })], "a meeting's month",
                 scoped: false)
    }
}
