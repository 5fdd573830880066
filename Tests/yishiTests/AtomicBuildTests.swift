import Foundation
import Testing

/// A build killed part way, or one that fails, leaves the last good site exactly as it was.
@Suite(.serialized) struct AtomicBuildTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every file under `root` with its bytes.
    func snapshot(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            var isDir: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: url)
            }
        }
        return out
    }

    /// The demo content in a temporary site folder.
    func demoSite(_ tmp: TempDir) throws -> String {
        let site = tmp.path("site")
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("content"), to: URL(fileURLWithPath: site).appendingPathComponent("content"))
        return site
    }

    @Test func aBuildKilledWhileWritingLeavesTheLastGoodSite() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = try demoSite(tmp)
        let first = try CLI.run(["build", "--site", site, "--as-of", "2026-06-30"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(URL(fileURLWithPath: site).appendingPathComponent("output"))
        #expect(before.count > 500)

        // A different as-of date changes most pages, so the second build writes many files.
        let staging = URL(fileURLWithPath: site).appendingPathComponent(".yishi-staging")
        var killedMidWrite = false
        for _ in 0..<5 where !killedMidWrite {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["build", "--site", site, "--as-of", "2026-11-21"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            while p.isRunning {
                let written = (FileManager.default.subpaths(atPath: staging.path) ?? []).count
                if written > 100 {
                    kill(p.processIdentifier, SIGKILL)
                    killedMidWrite = true
                    break
                }
                usleep(2_000)
            }
            p.waitUntilExit()
        }
        #expect(killedMidWrite, "the build finished before it could be killed while writing")
        #expect(FileManager.default.fileExists(atPath: staging.path), "the killed build left its staging folder")
        #expect(try snapshot(URL(fileURLWithPath: site).appendingPathComponent("output")) == before)

        // The next build cleans up and publishes.
        let next = try CLI.run(["build", "--site", site, "--as-of", "2026-11-21"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(try snapshot(URL(fileURLWithPath: site).appendingPathComponent("output")) != before)
    }

    @Test func twoBuildsOfTheDemoIntoDifferentFoldersAreByteIdentical() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let a = try demoSite(tmp)
        let b = tmp.path("other")
        try FileManager.default.createDirectory(atPath: b, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: a + "/content", toPath: b + "/content")
        #expect(try CLI.run(["build", "--site", a, "--as-of", "2026-11-21"]).status == 0)
        #expect(try CLI.run(["build", "--site", b, "--as-of", "2026-11-21"]).status == 0)
        // The search index is outside the byte-identity promise (DESIGN §5).
        let sa = try snapshot(URL(fileURLWithPath: a + "/output")).filter { !$0.key.hasPrefix("pagefind/") }
        let sb = try snapshot(URL(fileURLWithPath: b + "/output")).filter { !$0.key.hasPrefix("pagefind/") }
        #expect(sa.count > 500)
        #expect(Set(sa.keys) == Set(sb.keys))
        let differing = sa.keys.filter { sa[$0] != sb[$0] }.sorted()
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    // MARK: folders this user cannot change

    /// Runs a tool (chown, chattr) and says whether it succeeded.
    @discardableResult
    func tool(_ path: String, _ args: [String]) throws -> Bool {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        return try CLI.run(args, executable: URL(fileURLWithPath: path)).status == 0
    }

    /// `yishi` run as the user nobody (uid 65534) through setpriv.
    func runAsNobody(_ args: [String]) throws -> CLI.Result {
        try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + args,
                    executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// A new site built once, then given to the user nobody, for a test that builds as nobody
    /// (`runAsNobody`); nil, the test skipped, without root and setpriv.
    func siteForNobody(_ tmp: TempDir, test: String = #function) throws -> String? {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            print("skipped \(test): needs root and /usr/bin/setpriv (to build as another user)")
            return nil
        }
        let site = tmp.path("s")
        #expect(try CLI.initSite(site).status == 0)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-11-21"]).status == 0)
        #expect(try tool("/bin/chown", ["-R", "65534:65534", tmp.url.path]))
        return site
    }

    /// A folder of minutes that the user cannot open (left by `sudo cp`, or closed with chmod)
    /// was skipped without a word: a year of meetings gone from the site, exit status 0. It is
    /// an error naming the folder, the last good site stays as it was, and once the folder is
    /// opened the build publishes it.
    @Test func aFolderOfMinutesThatCannotBeOpenedStopsTheBuild() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        guard let site = try siteForNobody(tmp) else { return }
        let year = site + "/content/meetings/2026"
        let before = try snapshot(URL(fileURLWithPath: site + "/output"))
        #expect(chown(year, 0, 0) == 0)
        // Closed to others, and (chmod -R 644) listed but not opened: the names are there, the files not.
        for mode: mode_t in [0o700, 0o744] {
            #expect(chmod(year, mode) == 0)
            for command in [["check", "--site", site], ["build", "--site", site, "--as-of", "2026-11-21"]] {
                let r = try runAsNobody(command)
                #expect(r.status == 1, "\(String(mode, radix: 8)): \(r.stdout)\(r.stderr)")
                #expect((r.stdout + r.stderr).contains("content/meetings/2026: error: 没有权限打开这个文件夹"), "\(r.stdout)\(r.stderr)")
            }
        }
        #expect(try snapshot(URL(fileURLWithPath: site + "/output")) == before, "the last good site is untouched")
        #expect(chown(year, 65534, 65534) == 0)
        let fixed = try runAsNobody(["build", "--site", site, "--as-of", "2026-11-21"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }

    /// A past `sudo yishi build` left a folder of output/ owned by root; a build by another
    /// user must stop before publishing anything, say which folder and how to fix it, and
    /// build normally once it is fixed.
    @Test func aFolderLeftByRootStopsTheBuildBeforeItPublishes() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        guard let site = try siteForNobody(tmp) else { return }
        #expect(chown(site + "/output/meetings", 0, 0) == 0)
        let page = "s/output/meetings/2026-03-12-east-village.html"
        let meeting = "s/content/meetings/2026/2026-03-12-east-village.md"
        try tmp.write(meeting, try tmp.read(meeting).replacingOccurrences(of: "venue: 村委会门口", with: "venue: 新地点"))
        let before = try snapshot(URL(fileURLWithPath: site + "/output"))

        for _ in 0..<2 {
            let r = try runAsNobody(["build", "--site", site, "--as-of", "2026-11-21"])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("没有发布") && r.stderr.contains("/s/output/meetings") && r.stderr.contains("root")
                    && r.stderr.contains("sudo chown -R nobody ") && r.stderr.contains("/s/output，"), "\(r.stderr)")
            #expect(try snapshot(URL(fileURLWithPath: site + "/output")) == before, "the last good site is untouched")
            #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasPrefix(".yishi-staging") } == [])
        }
        // The fix the message gives.
        #expect(try tool("/bin/chown", ["-R", "65534:65534", site + "/output"]))
        let fixed = try runAsNobody(["build", "--site", site, "--as-of", "2026-11-21"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try tmp.read(page).contains("新地点"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasPrefix(".yishi-staging") } == [])
    }

    /// The disk fills up while the new site is being written: nothing is published, the message
    /// says in plain words that the disk is full and what to do, the status is 2, the last good
    /// site is exactly as it was, and once there is room the build publishes. A real full disk:
    /// the site folder is a 16 MiB tmpfs, filled up to its last kilobytes (mounting needs root).
    @Test func aFullDiskStopsTheBuildAndLeavesTheLastGoodSite() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("s")
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        guard geteuid() == 0, try tool("/bin/mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", site]) else {
            print("skipped aFullDiskStopsTheBuildAndLeavesTheLastGoodSite: needs root to mount a small tmpfs")
            return
        }
        defer { _ = try? tool("/bin/umount", [site]) }
        #expect(try CLI.initSite(site).status == 0)
        let first = try CLI.run(["build", "--site", site, "--as-of", "2026-11-21"])
        #expect(first.status == 0, "\(first.stderr)")
        let output = URL(fileURLWithPath: site + "/output")
        let before = try snapshot(output)
        #expect(before.count > 20)

        var fs = statvfs()
        try #require(statvfs(site, &fs) == 0)
        let free = Int(fs.f_bavail) * Int(fs.f_frsize)
        try Data(count: max(0, free - (16 << 10))).write(to: URL(fileURLWithPath: site + "/filler"))
        // Another as-of date: every page changes, so the new site needs room of its own.
        let full = try CLI.run(["build", "--site", site, "--as-of", "2026-11-22"])
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.contains("没有发布：写入新网站的 ") && full.stderr.contains("磁盘已满") && full.stderr.contains("output/ 保持原样")
                && full.stderr.contains("请腾出磁盘空间") && !full.stderr.contains(".yishi-staging"), "\(full.stderr)")
        #expect(try snapshot(output) == before, "the last good site is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasPrefix(".yishi-staging") } == [],
                "the half-written new site is removed at once, freeing its room")

        try FileManager.default.removeItem(atPath: site + "/filler")
        let again = try CLI.run(["build", "--site", site, "--as-of", "2026-11-22"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try snapshot(output) != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasPrefix(".yishi-staging") } == [])
    }

    /// A `.yishi-cache/` left by `sudo yishi build`: the site is published all the same, but
    /// nothing is saved for the next build, and the warning says so and gives the `chown`.
    @Test func aCacheFolderLeftByRootIsAWarningWithTheFix() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        guard let site = try siteForNobody(tmp) else { return }
        #expect(try tool("/bin/chown", ["-R", "0:0", site + "/.yishi-cache"]))
        let r = try runAsNobody(["build", "--site", site, "--as-of", "2026-11-22"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("警告：网站已经发布") && r.stderr.contains("构建缓存存不下来") && r.stderr.contains("root")
                && r.stderr.contains("sudo chown -R nobody ") && r.stderr.contains("/s/.yishi-cache"), "\(r.stderr)")
        #expect(try tmp.read("s/output/index.html").contains("2026-11-22"))

        #expect(try tool("/bin/chown", ["-R", "65534:65534", site + "/.yishi-cache"]))
        let fixed = try runAsNobody(["build", "--site", site, "--as-of", "2026-11-23"])
        #expect(fixed.status == 0 && !fixed.stderr.contains("警告"), "\(fixed.stderr)")
    }

    /// When the old copy of the site cannot be removed after the new one is in place (here an
    /// immutable file, which even root cannot remove), the site is published: a warning, exit 0,
    /// and the next builds work; once the file can be removed, the next build removes the copy.
    @Test func anOldCopyThatCannotBeRemovedIsAWarningAndTheNextBuildWorks() throws {
        let tmp = try TempDir()
        let site = tmp.path("s")
        let stuck = "/meetings/2026-03-12-east-village.html"
        defer {
            for folder in ["output", ".yishi-staging", ".yishi-staging-old-1", ".yishi-staging-old-2"] {
                _ = try? tool("/usr/bin/chattr", ["-i", site + "/" + folder + stuck])
            }
            tmp.remove()
        }
        #expect(try CLI.initSite(site).status == 0)
        #expect(try CLI.run(["build", "--site", site, "--as-of", "2026-11-21"]).status == 0)
        guard try tool("/usr/bin/chattr", ["+i", site + "/output" + stuck]) else {
            print("skipped anOldCopyThatCannotBeRemovedIsAWarningAndTheNextBuildWorks: chattr +i needs root and a file system that has it")
            return
        }
        let meeting = "s/content/meetings/2026/2026-03-12-east-village.md"
        for venue in ["新地点", "第三处"] {
            try tmp.write(meeting, try tmp.read(meeting).replacing(#/venue: .*/#, with: "venue: " + venue))
            let r = try CLI.run(["build", "--site", site, "--as-of", "2026-11-21"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("警告：网站已经发布") && r.stderr.contains(".yishi-staging-old-1"), "\(r.stderr)")
            #expect(try tmp.read("s/output" + stuck).contains(venue))
            #expect(!tmp.exists("s/.yishi-staging") && !tmp.exists("s/.yishi-staging-old-2"))
        }
        #expect(try tool("/usr/bin/chattr", ["-i", site + "/.yishi-staging-old-1" + stuck]))
        let clean = try CLI.run(["build", "--site", site, "--as-of", "2026-11-22"])
        #expect(clean.status == 0 && !clean.stderr.contains("警告"), "\(clean.stderr)")
        #expect(!tmp.exists("s/.yishi-staging-old-1"))
    }
}
