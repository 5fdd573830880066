import Foundation
import Testing
@testable import YishiSite

/// The writer on a real disk: a complete swap, unchanged files reused, leftovers cleaned.
@Suite struct SiteWriterTests {
    func tempRoot() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func tree(_ root: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            var isDir: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return out
    }

    @Test func publishesExactlyTheGivenFilesAndReusesUnchangedOnes() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        let first = try writer.publish(["index.html": "a", "data/x.csv": "x", "old.html": "o"])
        #expect(first == SiteWriter.Summary(written: 3, reused: 0))
        let inode = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("output/data/x.csv").path)[.systemFileNumber] as? Int

        let second = try writer.publish(["index.html": "b", "data/x.csv": "x"])
        #expect(second == SiteWriter.Summary(written: 1, reused: 1))
        #expect(try tree(root.appendingPathComponent("output")) == ["index.html": "b", "data/x.csv": "x"])
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("output/data/x.csv").path)[.systemFileNumber] as? Int
        #expect(inode == inodeAfter, "an unchanged file is the same file, linked, not re-created")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["output"])
    }

    @Test func aLeftoverStagingFolderIsCleanedUp() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        try FileManager.default.createDirectory(at: writer.staging.appendingPathComponent("half"), withIntermediateDirectories: true)
        try Data("junk".utf8).write(to: writer.staging.appendingPathComponent("half/page.html"))
        try writer.publish(["index.html": "a"])
        #expect(try tree(root.appendingPathComponent("output")) == ["index.html": "a"])
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a\\b", ".hidden", "a//b", ""])
    func refusesPathsOutsideTheSite(path: String) throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        #expect(throws: SiteWriter.WriteError.self) { try writer.publish([path: "x"]) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}
