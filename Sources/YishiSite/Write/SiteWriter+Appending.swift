import Foundation
import YishiCore
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter.Session {
    /// A file of the new site written in parts, as they are made, for a file too big to be
    /// kept in memory whole first (stats.json: 170 MB at 100 000 meetings, `StatsJSONStream`).
    ///
    /// Its caller hands the parts over in order, one at a time. Like every file of the
    /// session, it ends up linked to the current site's file when the bytes are the same
    /// (`finish`), and a part that could not be written makes `publish` refuse.
    public final class Appending: @unchecked Sendable {
        let path: String
        /// Nil when the folder could not be made (`failure` says why), or for a path outside
        /// the site, which the session has refused.
        fileprivate let folder: (staging: Int32, output: Int32)?
        fileprivate var fd: Int32 = -1
        /// errno of the first call that failed.
        fileprivate var failure: Int32 = 0
        fileprivate var count = 0

        /// `folder`: the file's folder in the new site and the current one; nil when it could
        /// not be made (errno says why) or, with `refused`, for a path outside the site.
        fileprivate init(path: String, folder: (staging: Int32, output: Int32)?, refused: Bool = false) {
            self.path = path
            self.folder = folder
            guard let folder else {
                if !refused { failure = errno == 0 ? EIO : errno }
                return
            }
            fd = openat(folder.staging, String(path.lastPathPart), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 { failure = errno }
        }

        public func append(_ part: UnsafeRawBufferPointer) {
            guard fd >= 0, failure == 0, part.count > 0 else { return }
            failure = SiteWriter.writeAll(fd, part)
            count += part.count
        }

        deinit { if fd >= 0 { close(fd) } }
    }

    /// Starts `path` in the new site, to be written with `append` and closed with `finish`.
    public func appending(_ path: String) -> Appending {
        guard SiteWriter.isSafe(path) else {
            refuse(path)
            return Appending(path: path, folder: nil, refused: true)
        }
        return Appending(path: path, folder: folder(path.lastSlash.map { path[..<$0] } ?? ""))
    }

    /// Closes the file; when the current site's file holds the same bytes, links that one in
    /// its place, as `write` does.
    public func finish(_ file: Appending) {
        if file.fd >= 0 {
            // A full disk may show only at close (delayed allocation).
            if close(file.fd) != 0, file.failure == 0 { file.failure = errno }
            file.fd = -1
        }
        if file.failure != 0 { return counts.fail(file.path, code: file.failure) }
        guard let folder = file.folder else { return }
        let name = String(file.path.lastPathPart)
        // The old file is linked under another name and renamed over the new one: the name is
        // never missing, whichever call fails.
        let aside = ".\(name).same"
        if folder.output >= 0, let written = MappedFile(path: writer.staging.path + "/" + file.path),
           SiteWriter.same(folder.output, name, written.bytes),
           linkat(folder.output, name, folder.staging, aside, 0) == 0 {
            if renameat(folder.staging, aside, folder.staging, name) == 0 { return counts.add(reused: 1) }
            unlinkat(folder.staging, aside, 0)
        }
        counts.add(written: 1)
        writeBack?.wrote(file.path, bytes: file.count)
    }
}
