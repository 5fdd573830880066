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
}
