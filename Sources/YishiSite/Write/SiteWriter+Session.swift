import Foundation
import YishiCore
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// Starts a publication: files handed to the session go into the staging folder as they
    /// are rendered, so a site of a hundred thousand pages never sits in memory whole; the
    /// staging folder replaces `output/` only in `publish`, when every file is there.
    public func begin() throws -> Session { try Session(self) }

    /// A publication in progress. `write` may be called from several threads at once.
    public final class Session: @unchecked Sendable {
        let writer: SiteWriter
        private let lock = NSLock()
        /// Open descriptors of each staging folder and its counterpart in the current site
        /// (-1 when there is none): names are then opened relative to them, one path lookup
        /// per folder rather than per file.
        private var folders: [Substring: (staging: Int32, output: Int32)] = [:]
        private let compare: Bool
        /// Whether top-level folders are spread over the disk (`SiteWriter.makeFolder`).
        private let spread: Bool
        /// Old copies of the site still there (`Summary.leftBehind`).
        private let leftBehind: [String]
        let counts = WriteCounts()
        private var unsafePath: String?
        private var closed = false
        /// Big sites' files go out to the disk as they are written (`WriteBack`).
        let writeBack: WriteBack?

        init(_ writer: SiteWriter) throws {
            self.writer = writer
            // Before anything is written: a folder this user cannot change would let the new
            // site be put in place and then stop the old one's removal.
            if let obstacle = writer.obstacle() { throw obstacle }
            (spread, leftBehind) = try writer.makeStaging()
            // With no current site (a first build) there is nothing to compare with.
            compare = SiteWriter.isFolder(writer.output.path)
            writeBack = WriteBack(staging: writer.staging.path, limits: writer.writeBackLimits)
        }

        deinit { closeFolders() }

        /// Writes `text` as `path` in the new site, or links the current site's file when its
        /// bytes are the same.
        public func write(_ path: String, _ text: String) {
            var text = text
            text.withUTF8 { write(path, UnsafeRawBufferPointer($0)) }
        }

        /// Writes the pieces one after the other as `path`, the same way.
        public func write(_ path: String, pieces: [Piece]) { write(path, pieces) }

        private func write(_ path: String, _ bytes: some FileBytes) {
            guard SiteWriter.isSafe(path) else { return refuse(path) }
            let slash = path.lastSlash
            let name = String(path.lastPathPart)
            guard let dirs = folder(slash.map { path[..<$0] } ?? "") else { counts.fail(path, code: errno); return }
            if dirs.output >= 0, SiteWriter.same(dirs.output, name, bytes), linkat(dirs.output, name, dirs.staging, name, 0) == 0 {
                counts.add(reused: 1)
            } else if SiteWriter.create(dirs.staging, name, bytes) {
                counts.add(written: 1)
                writeBack?.wrote(path, bytes: bytes.byteCount)
            } else {
                counts.fail(path, code: errno)
            }
        }

        /// Remembers the first path that would have been written outside the site: `publish` refuses.
        func refuse(_ path: String) {
            lock.withLock { if unsafePath == nil { unsafePath = path } }
        }

        /// Swaps the new site in, after `finish` has run on the complete staging folder (the
        /// search index is built there). Throws, leaving `output/` as it was, when any file
        /// could not be written.
        @discardableResult
        public func publish(finish: ((URL) throws -> Void)? = nil) throws -> Summary {
            closeFolders()
            if let bad = unsafePath { throw WriteError.unsafePath(bad) }
            if let failed = counts.failed {
                // The half-written new site goes at once: on a full disk it holds the room the
                // next build needs.
                _ = try? writer.clearAway(writer.staging.path)
                throw WriteError.cannotWrite(writer.staging.path + "/" + failed.path, code: failed.code)
            }
            var summary = Summary(written: counts.written, reused: counts.reused)
            try finish?(writer.staging)
            let left = try writer.swapIn()
            summary.leftBehind = (leftBehind + left.filter { !leftBehind.contains($0) }).sorted()
            return summary
        }

        /// The folder's descriptors, making it (and its parents) in staging the first time.
        func folder(_ relative: Substring) -> (staging: Int32, output: Int32)? {
            lock.lock()
            defer { lock.unlock() }
            return open(relative)
        }

        /// Called with the lock held.
        private func open(_ relative: Substring) -> (staging: Int32, output: Int32)? {
            if let known = folders[relative] { return known }
            guard !closed else { return nil }
            if let slash = relative.lastSlash {
                guard open(relative[..<slash]) != nil else { return nil }
            }
            let staging = relative.isEmpty ? writer.staging.path : writer.staging.path + "/" + relative
            let output = relative.isEmpty ? writer.output.path : writer.output.path + "/" + relative
            if !relative.isEmpty, !writer.makeFolder(relative, spread: spread) { return nil }
            let s = Glibc.open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard s >= 0 else { return nil }
            let o = compare ? Glibc.open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW) : -1
            folders[relative] = (s, o)
            return (s, o)
        }

        private func closeFolders() {
            lock.withLock {
                for (s, o) in folders.values {
                    Glibc.close(s)
                    if o >= 0 { Glibc.close(o) }
                }
                folders = [:]
                closed = true
            }
        }
    }
}
