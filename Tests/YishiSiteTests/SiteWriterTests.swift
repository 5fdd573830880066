import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
import YishiCore
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

    /// A file written as pieces (stats.json) holds them joined, across the writer's one-megabyte
    /// buffer and with pieces larger than it; the next site links it when the joined bytes are
    /// the same however they are cut, and writes it again when one byte differs.
    @Test func aFileWrittenInPiecesIsTheirJoinedBytesAndIsReusedWhenTheyAreTheSame() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        var pieces: [Piece] = [.made([]), .made(Array("{".utf8)[...])]
        for n in 0..<3_000 { pieces.append(.made(Array("line \(n) 议事\n".utf8)[...])) }
        pieces.append(.made([UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)[...]))  // more than the buffer
        let end = Array("}\n".utf8)
        pieces += [.made(end[...]), .made(end[2...])]  // the last one empty, sliced at the array's end
        pieces.append(.made(Array("末".utf8)[...]))
        let joined = pieces.flatMap { $0.withUnsafeBytes { Array($0) } }
        func publish(_ pieces: [Piece]) throws -> SiteWriter.Summary {
            let session = try SiteWriter(output: output).begin()
            session.write("data/stats.json", pieces: pieces)
            session.write("index.html", "a")
            return try session.publish()
        }
        #expect(try publish(pieces) == SiteWriter.Summary(written: 2, reused: 0))
        #expect(try Array(Data(contentsOf: output.appendingPathComponent("data/stats.json"))) == joined)
        // The same bytes cut differently: one piece.
        #expect(try publish([.made(joined[...])]) == SiteWriter.Summary(written: 0, reused: 2))
        var changed = joined
        changed[changed.count / 2] = UInt8(ascii: "y")
        #expect(try publish([.made(changed[..<10]), .made(changed[10...])]) == SiteWriter.Summary(written: 1, reused: 1))
        #expect(try Array(Data(contentsOf: output.appendingPathComponent("data/stats.json"))) == changed)
    }

    /// A file written part by part as it is made (stats.json, streamed) holds the parts joined;
    /// the next site links the current file when the bytes are the same, however they were
    /// cut, writes it again when one byte differs, and refuses a path outside the site.
    @Test func aFileAppendedPartByPartIsTheirBytesAndIsReusedWhenTheyAreTheSame() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let stats = output.appendingPathComponent("data/stats.json")
        var parts: [[UInt8]] = [Array("{".utf8), []]
        for n in 0..<2_000 { parts.append(Array("line \(n) 议事\n".utf8)) }
        parts.append([UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20))
        let joined = parts.flatMap { $0 }
        func publish(_ parts: [[UInt8]]) throws -> SiteWriter.Summary {
            let session = try SiteWriter(output: output).begin()
            let file = session.appending("data/stats.json")
            for part in parts { part.withUnsafeBytes(file.append) }
            session.finish(file)
            session.write("index.html", "a")
            return try session.publish()
        }
        #expect(try publish(parts) == SiteWriter.Summary(written: 2, reused: 0))
        #expect(try Array(Data(contentsOf: stats)) == joined)
        let inode = try FileManager.default.attributesOfItem(atPath: stats.path)[.systemFileNumber] as? Int
        #expect(try publish([joined]) == SiteWriter.Summary(written: 0, reused: 2))
        #expect(try FileManager.default.attributesOfItem(atPath: stats.path)[.systemFileNumber] as? Int == inode,
                "the same bytes: the current file, linked")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("data").path) == ["stats.json"])
        var changed = joined
        changed[changed.count / 2] = UInt8(ascii: "y")
        #expect(try publish([Array(changed[..<10]), Array(changed[10...])]) == SiteWriter.Summary(written: 1, reused: 1))
        #expect(try Array(Data(contentsOf: stats)) == changed)
        // Outside the site: refused, nothing published.
        let session = try SiteWriter(output: output).begin()
        let outside = session.appending("../escape.json")
        Array("x".utf8).withUnsafeBytes(outside.append)
        session.finish(outside)
        #expect(throws: SiteWriter.WriteError.self) { try session.publish() }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.json").path))
        #expect(try Array(Data(contentsOf: stats)) == changed)
    }

    /// A rebuild replaces stats.json with pieces of the old file, mapped, and a few new ones: the
    /// old file's bytes must be what was mapped while the new one is written and put in its place.
    @Test func aFileIsReplacedFromPiecesOfItselfMapped() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        let old = (0..<20_000).map { "{\"report\":\($0),\"名\":\"议事\"}\n" }.joined()
        _ = try writer.publish(["data/stats.json": old, "index.html": "a"])
        let path = root.appendingPathComponent("output/data/stats.json").path
        let file = try #require(MappedFile(path: path))
        let half = file.bytes.count / 2
        // Unchanged: nothing written.
        #expect(writer.replace([("data/stats.json", .pieces([.mapped(file, 0..<half), .mapped(file, half..<file.bytes.count)]))]) == [])
        // The two halves swapped around a new line.
        let new = Array("{\"new\":1}\n".utf8)
        let written = try #require(writer.replace([("data/stats.json", .pieces([.mapped(file, half..<file.bytes.count), .made(new[...]),
                                                                               .mapped(file, 0..<half)]))]))
        #expect(written == ["data/stats.json"])
        let expected = Array(old.utf8)[half...] + new + Array(old.utf8)[..<half]
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == Array(expected))
        // The mapping still shows the file it was made from, now replaced.
        #expect(Array(file.bytes) == Array(old.utf8))
    }

    /// A replaced file is kept under a second name (its blocks are freed by the next build,
    /// not by the rename someone is waiting for), and the next build removes it.
    @Test func replacedFilesAreKeptUntilTheNextBuildRemovesThem() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        _ = try writer.publish(["index.html": "a", "data/stats.json": "{1}", "same.html": "s"])
        let written = try #require(writer.replace([("data/stats.json", "{2}"), ("same.html", "s")]))
        #expect(written == ["data/stats.json"])
        #expect(try tree(root.appendingPathComponent("output")) == ["index.html": "a", "data/stats.json": "{2}", "same.html": "s"])
        let kept = try tree(writer.replacedFolder)
        #expect(Array(kept.values) == ["{1}"], "the old stats.json, and nothing else")
        #expect(kept.keys.allSatisfy { $0.hasSuffix("data_stats.json") })

        writer.removeReplaced()
        // On a thread of its own: waited for here, up to ten seconds.
        let folder = writer.replacedFolder.path
        for _ in 0..<200 where FileManager.default.fileExists(atPath: folder) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(try tree(root.appendingPathComponent("output")) == ["index.html": "a", "data/stats.json": "{2}", "same.html": "s"])
    }

    /// Which of the file's pages are in the page cache (mincore(2) over a mapping of it).
    func residentPages(_ path: String) throws -> [Bool] {
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var st = stat()
        try #require(fstat(fd, &st) == 0 && st.st_size > 0)
        let size = Int(st.st_size)
        let map = try #require(mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0))
        try #require(map != MAP_FAILED)
        defer { munmap(map, size) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var vector = [UInt8](repeating: 0, count: (size + page - 1) / page)
        try #require(mincore(map, size, &vector) == 0)
        return vector.map { $0 & 1 == 1 }
    }

    /// The type of the file system `path` is on: the longest mount point in /proc/mounts that holds it.
    func fileSystem(of path: String) -> String? {
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count > 2 else { continue }
            let point = fields[1]
            let holds = point == "/" || path == point || path.hasPrefix(point + "/")
            if holds, point.count > (best?.point.count ?? -1) { best = (point, fields[2]) }
        }
        return best?.type
    }

    /// A session that writes no more than `keep` bytes leaves its files in memory; once past
    /// them, its files so far and then each batch of new ones are written out to the disk and
    /// dropped from memory (WriteBack). What is published is exactly the files given either
    /// way. The pages are looked at with mincore(2): on a tmpfs, where files live only in
    /// memory, nothing can be dropped, and only the published files are checked.
    @Test(arguments: [8, 40])
    func pastKeepFilesAreWrittenOutAndDroppedFromMemory(count: Int) throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        var writer = SiteWriter(output: root.appendingPathComponent("output"))
        writer.writeBackLimits = WriteBack.Limits(keep: 64 << 10, batch: 32 << 10)
        let session = try writer.begin()
        var files: [String: String] = [:]
        for n in 0..<count {
            let path = "p/\(n).html"
            let head = "第\(n)页 议事\n"
            files[path] = head + String(repeating: "x", count: (8 << 10) - head.utf8.count)
            session.write(path, files[path]!)
        }
        let writeBack = try #require(session.writeBack)
        writeBack.drain()
        if fileSystem(of: writer.staging.path) != "tmpfs" {
            // Files of 8 KiB. Eight fill `keep` and stay. With forty, the ninth passes it: the
            // nine go out together, then batches of four (9–12 … 33–36); 37–39 wait for a fourth.
            for n in 0..<count {
                let pages = try residentPages(writer.staging.path + "/p/\(n).html")
                if count == 8 || n >= 37 {
                    #expect(pages.allSatisfy { $0 }, "file \(n) of \(count) stays in memory")
                } else {
                    #expect(!pages.contains(true), "file \(n) of \(count) was written out and dropped")
                }
            }
        }
        #expect(try session.publish() == SiteWriter.Summary(written: count, reused: 0))
        #expect(try tree(root.appendingPathComponent("output")) == files)
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

    func inode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
    }

    @Test func nestedFoldersAreMadeAndEveryUnchangedFileIsReused() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let writer = SiteWriter(output: output)
        // Bigger than the comparison buffer, to compare in pieces; one of them differs only in its last byte.
        let big = String(repeating: "议事", count: 50_000)
        let files = ["index.html": "i", "a/b/c.html": "c", "a/d.html": "d", "e/f/g/h.txt": "h", "empty.txt": "",
                     "big/same.txt": big, "big/last.txt": big + "a"]
        #expect(try writer.publish(files) == SiteWriter.Summary(written: 7, reused: 0))
        #expect(try tree(output) == files)
        // Top-level folders are made under a name of their own first (SiteWriter.makeFolder): none is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["a", "big", "e", "empty.txt", "index.html"])
        let before = try inode(output.appendingPathComponent("e/f/g/h.txt"))

        var next = files
        next["big/last.txt"] = big + "b"
        #expect(try writer.publish(next) == SiteWriter.Summary(written: 1, reused: 6))
        #expect(try tree(output) == next)
        #expect(try inode(output.appendingPathComponent("e/f/g/h.txt")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["output"])
    }

    @Test func aSymbolicLinkInTheCurrentSiteIsNotLinkedIntoTheNewOne() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        let writer = SiteWriter(output: output)
        try writer.publish(["page.html": "same"])
        let elsewhere = root.appendingPathComponent("elsewhere.html")
        try Data("same".utf8).write(to: elsewhere)
        try FileManager.default.removeItem(at: output.appendingPathComponent("page.html"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("page.html"), withDestinationURL: elsewhere)

        #expect(try writer.publish(["page.html": "same"]) == SiteWriter.Summary(written: 1, reused: 0))
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("page.html").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try tree(output) == ["page.html": "same"])
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "same")
    }

    @Test func removingALeftoverStagingFolderNeverFollowsALinkOutOfIt() throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let keep = root.appendingPathComponent("keep")
        try FileManager.default.createDirectory(at: keep.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: keep.appendingPathComponent("inner/file.txt"))
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        let half = writer.staging.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: half, withIntermediateDirectories: true)
        for i in 0..<100 { try Data("\(i)".utf8).write(to: half.appendingPathComponent("\(i).html")) }
        try FileManager.default.createSymbolicLink(at: writer.staging.appendingPathComponent("a/link"), withDestinationURL: keep)
        try FileManager.default.createSymbolicLink(at: half.appendingPathComponent("file-link"), withDestinationURL: keep.appendingPathComponent("inner/file.txt"))

        try writer.publish(["index.html": "a"])
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
        #expect(try String(contentsOf: keep.appendingPathComponent("inner/file.txt"), encoding: .utf8) == "mine")
        #expect(try tree(root.appendingPathComponent("output")) == ["index.html": "a"])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a\\b", ".hidden", "a//b", ""])
    func refusesPathsOutsideTheSite(path: String) throws {
        let root = try tempRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(output: root.appendingPathComponent("output"))
        #expect(throws: SiteWriter.WriteError.self) { try writer.publish([path: "x"]) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }

    /// The byte scan accepts exactly the paths whose every component, split at "/", is
    /// non-empty and does not start with "." (so neither "." nor ".."), with no backslash or
    /// NUL anywhere: checked on every string of up to four characters over an alphabet of
    /// the characters that matter, and on the site's own kinds of path.
    @Test func safePathsAreExactlyThoseWithPlainComponents() {
        func reference(_ path: String) -> Bool {
            guard !path.isEmpty, !path.unicodeScalars.contains("\\"), !path.unicodeScalars.contains("\0") else { return false }
            return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0.first != "." }
        }
        let alphabet: [String] = ["a", "/", ".", "\\", "\0", "议"]
        var paths: [String] = ["meetings/2024-05-01-haitang.html", "reports/qingshi-zhen/2024-q2.csv", "a.b/c..d", "x/.y", "x/y/"]
        var layer = [""]
        for _ in 1...4 {
            layer = layer.flatMap { p in alphabet.map { p + $0 } }
            paths += layer
        }
        paths.append("")
        let differing = paths.filter { SiteWriter.isSafe($0) != reference($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map(\.debugDescription))")
        #expect(SiteWriter.isSafe("meetings/2024-05-01-haitang.html") && !SiteWriter.isSafe("a/../b"))
    }

    /// A path's line in a build stamp or the minutes table is the line that starts with the
    /// path and a tab: not a line where it comes later, not a longer path that starts with it.
    @Test func aPathsLineIsTheOneThatStartsWithIt() {
        let table = "content/meetings/b.md\t1\tx\nsrc\tcontent/meetings/a.md\t2\ncontent/meetings/a.md.bak\t3\n"
            + "content/meetings/议事.md\t4\tb\ncontent/meetings/a.md\t5\ty\ncontent/meetings/c.md\t6"
        #expect(QuickRebuild.line(of: "content/meetings/a.md", in: table) == "content/meetings/a.md\t5\ty")
        #expect(QuickRebuild.line(of: "content/meetings/b.md", in: table) == "content/meetings/b.md\t1\tx")
        #expect(QuickRebuild.line(of: "content/meetings/议事.md", in: table) == "content/meetings/议事.md\t4\tb")
        #expect(QuickRebuild.line(of: "content/meetings/c.md", in: table) == "content/meetings/c.md\t6")
        #expect(QuickRebuild.line(of: "content/meetings/d.md", in: table) == nil)
        #expect(QuickRebuild.line(of: "meetings/a.md", in: table) == nil)
        #expect(QuickRebuild.line(of: "a", in: "") == nil)
    }
}
