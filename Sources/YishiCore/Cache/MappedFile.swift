import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes mapped into memory, read-only, for as long as the value lives: the build
/// cache reads tens of megabytes of which a rebuild decodes a fraction, and a copy would cost
/// more than everything it then does.
public final class MappedFile: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer

    /// Nil when the file is missing, empty or cannot be mapped. With `populate`, every page is
    /// mapped at once, for a file that will be read nearly whole: one call instead of a fault
    /// per page.
    public init?(path: String, populate: Bool = false) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0), p != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: p, count: size)
    }

    /// Lets the system drop the pages read so far; they are read from the file again if needed.
    /// The build's peak memory counts every page of the cache it has touched.
    public func evict() {
        madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count, Int32(MADV_DONTNEED))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
