import Foundation
import Testing
@testable import YishiCore

/// The caches are saved a megabyte at a time (AtomicFile, ArchiveWriter.drain): the file that
/// lands is the bytes written, and until it lands the old one stays.
@Suite struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theOldFileStaysUntilTheNewOneIsCommittedWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("cache/records.bin")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: url)
        let file = try #require(AtomicFile(url))
        Array("new ".utf8).withUnsafeBytes { file.append($0) }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        Array("bytes".utf8).withUnsafeBytes { file.append($0) }
        #expect(file.commit())
        #expect(try Data(contentsOf: url) == Data("new bytes".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["records.bin"])
    }

    /// A big cache goes to the disk as it is written and leaves the page cache; what lands is
    /// still every byte written, in order, the old file staying until then.
    @Test func aFileWrittenOutAsItGrowsLandsWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("records.bin")
        try Data("old".utf8).write(to: url)
        let file = try #require(AtomicFile(url, writeOutStep: 4096))
        var expected: [UInt8] = []
        for piece in 0..<40 {
            // Pieces of uneven lengths, so that steps fall inside pieces.
            let bytes = (0..<(1000 + piece * 37)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ piece) }
            bytes.withUnsafeBytes { file.append($0) }
            expected += bytes
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(file.commit())
        #expect(try [UInt8](Data(contentsOf: url)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["records.bin"])
    }

    @Test func aFileNeverCommittedLeavesTheOldOneAndNoTrace() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bodies.bin")
        try Data("old".utf8).write(to: url)
        do {
            let file = try #require(AtomicFile(url))
            Array("half of it".utf8).withUnsafeBytes { file.append($0) }
        }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bodies.bin"])
    }

    @Test func aMissingFolderIsMadeAndAnUnwritablePlaceIsNil() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a/b/c.bin")
        let file = try #require(AtomicFile(url))
        #expect(file.commit())
        #expect(try Data(contentsOf: url).isEmpty)
        // A folder where the file's folder should be is a plain file: nothing can be made.
        try Data().write(to: dir.appendingPathComponent("plain"))
        #expect(AtomicFile(dir.appendingPathComponent("plain/x.bin")) == nil)
    }

    /// A build killed while saving its cache leaves a temporary file; the next save removes it
    /// once it is old enough not to be another process's save in progress.
    @Test func anAbandonedTemporaryFileIsRemovedByALaterSave() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("records.bin")
        let old = dir.appendingPathComponent("records.bin.yishi-new-abandoned")
        let recent = dir.appendingPathComponent("records.bin.yishi-new-inprogress")
        let other = dir.appendingPathComponent("bodies.bin.yishi-new-abandoned")
        for f in [old, recent, other] { try Data("x".utf8).write(to: f) }
        let longAgo = Date(timeIntervalSinceNow: -2 * AtomicFile.abandonedAfter)
        try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: old.path)
        try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: other.path)
        let file = try #require(AtomicFile(url))
        #expect(file.commit())
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(left == ["records.bin", "records.bin.yishi-new-inprogress", "bodies.bin.yishi-new-abandoned"],
                "only this file's old temporary is removed: a recent one may be in progress, another file's is its own save's business")
    }

    @Test func drainedPiecesAreExactlyTheBytesWritten() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var whole = ArchiveWriter()
        var drained = ArchiveWriter()
        let url = dir.appendingPathComponent("pieces.bin")
        let file = try #require(AtomicFile(url))
        var drains = 0
        for n in 0..<500 {
            for w in [0, 1] {
                func put(_ a: inout ArchiveWriter) {
                    a.write("记录 \(n)"); a.write(n * 7919); a.write(n % 3 == 0)
                    a.write(checked: UnsafeRawBufferPointer(start: nil, count: 0))
                }
                if w == 0 { put(&whole) } else { put(&drained) }
            }
            let before = drained.bytes.count
            drained.drain(into: file, threshold: 97)
            if drained.bytes.isEmpty, before > 0 { drains += 1 }
            #expect(drained.bytes.count < 97)
        }
        drained.drain(into: file, threshold: 0)
        #expect(drained.bytes.isEmpty)
        #expect(file.commit())
        #expect(drains > 10, "the threshold was reached again and again")
        #expect(try [UInt8](Data(contentsOf: url)) == whole.bytes)
    }
}
