import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches folders of a site (`content/`, `templates/`) and calls back, debounced, with what
/// changed.
///
/// What changed is always found by a scan: the size, modification time and inode of every
/// file and folder under the watched folders (`lstat`; links are not followed), compared with
/// the last scan. So a file replaced by rename, as editors save, counts like one written in
/// place, and nothing depends on the kernel reporting every event.
///
/// When to scan: on Linux, inotify (one watch per folder) wakes the watcher when something
/// happens, so an idle preview costs nothing; a scan also runs every `fallback` seconds
/// anyway, for the file systems inotify cannot see into (network and VM-shared folders).
/// Without inotify (another system, or the watch limit reached) it scans every `interval`, or
/// less often on a site so large that a scan takes a noticeable time (at most a fifth of
/// the time goes to scanning: a `stat` costs 2–3 µs here, so 30 000 files take ~80 ms).
///
/// Debounced: after a change the watcher scans again every `interval` until a scan sees
/// nothing new (at most `settle` seconds), so saving several files gives one call. Names
/// starting with `.` or `~$` (editor swap files, system droppings) are ignored, as the content
/// reader ignores them.
public final class Watcher: @unchecked Sendable {
    public struct Stamp: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var mode: UInt32

        var isFolder: Bool { (mode & UInt32(S_IFMT)) == UInt32(S_IFDIR) }
    }

    /// One file or folder: its path relative to the site folder, and its stamp.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var stamp: Stamp
    }

    public let root: URL
    public let folders: [String]
    public let interval: TimeInterval
    public let fallback: TimeInterval
    public let settle: TimeInterval
    private let onChange: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopped = false

    /// `folders` are relative to `root`; `onChange` gets the changed paths (relative to `root`,
    /// sorted) on the watcher's own thread, and watching resumes after it returns (a change
    /// made meanwhile is seen then).
    public init(root: URL, folders: [String], interval: TimeInterval = 0.25, fallback: TimeInterval = 2,
                settle: TimeInterval = 2, onChange: @escaping @Sendable ([String]) -> Void) {
        self.root = root
        self.folders = folders
        self.interval = interval
        self.fallback = fallback
        self.settle = settle
        self.onChange = onChange
    }

    public func start() {
        let wakeup = Wakeup(root: root.path)
        let first = scan()  // now, so that a change right after start() is seen
        wakeup?.watch(first)
        let thread = Thread { [self] in run(from: first, wakeup: wakeup) }
        thread.name = "yishi-watcher"
        thread.start()
    }

    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run(from first: [Entry], wakeup: Wakeup?) {
        var wakeup = wakeup
        defer { wakeup?.close() }
        var last = first
        var scanCost: TimeInterval = 0
        while !isStopped {
            if let w = wakeup, w.usable {
                w.wait(upTo: fallback)
            } else {
                wakeup?.close()
                wakeup = nil
                Thread.sleep(forTimeInterval: max(interval, 4 * scanCost))
            }
            if isStopped { return }
            let started = Date()
            var now = scan()
            scanCost = Date().timeIntervalSince(started)
            if now == last { continue }
            let deadline = Date().addingTimeInterval(settle)
            while !isStopped, Date() < deadline {
                Thread.sleep(forTimeInterval: max(interval, scanCost))
                let next = scan()
                if next == now { break }
                now = next
            }
            if isStopped { return }
            wakeup?.watch(now)
            let changed = Watcher.changes(from: last, to: now)
            last = now
            // Events that come during the rebuild stay queued: the next wait returns at once.
            if !changed.isEmpty { onChange(changed) }
        }
    }

    /// Paths added, removed or changed between two scans, sorted.
    public static func changes(from old: [Entry], to new: [Entry]) -> [String] {
        let before = Dictionary(old.map { ($0.path, $0.stamp) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.path, $0.stamp) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for (path, stamp) in after where before[path] != stamp { out.append(path) }
        for path in before.keys where after[path] == nil { out.append(path) }
        return out.sorted()
    }

    /// Every file and folder under the watched folders, in the order the folders list them.
    public func scan() -> [Entry] {
        var out: [Entry] = []
        for folder in folders {
            let fd = open(root.appendingPathComponent(folder).path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }  // not there (yet): a site without templates/
            var info = stat()
            if fstat(fd, &info) == 0 { out.append(Entry(path: folder, stamp: Watcher.stamp(info))) }
            Watcher.walk(fd, folder, into: &out, depth: 0)
        }
        return out
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Glibc)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        var stamp = Stamp(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                          inode: UInt64(info.st_ino), mode: UInt32(info.st_mode))
        if stamp.isFolder {
            // A folder's own times change when an ignored file (an editor's swap file) comes
            // and goes; what is in it is compared entry by entry instead.
            stamp.size = 0
            stamp.seconds = 0
            stamp.nanoseconds = 0
        }
        return stamp
    }

    /// Lists the folder open at `fd` (and closes it), relative to it: no path is built for a
    /// system call, only for the entry.
    private static func walk(_ fd: Int32, _ path: String, into out: inout [Entry], depth: Int) {
        guard let dir = fdopendir(fd) else { close(fd); return }
        defer { closedir(dir) }
        let dfd = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }  // also . and ..
            var info = stat()
            guard fstatat(dfd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let stamp = stamp(info)
            let child = path + "/" + name
            out.append(Entry(path: child, stamp: stamp))
            if stamp.isFolder, depth < 64 {
                let sub = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                if sub >= 0 { walk(sub, child, into: &out, depth: depth + 1) }
            }
        }
    }
}

#if os(Linux)
/// inotify as a wake-up only: one watch on every watched folder and on the site folder (for
/// `templates/` appearing); what changed is still found by a scan. Used by one thread at a time:
/// set up by `start()`, then handed to the watcher's thread.
private final class Wakeup: @unchecked Sendable {
    private var fd: Int32
    private let root: String
    private var watched: [String: UInt64] = [:]  // folder → inode watched
    private(set) var usable = true

    init?(root: String) {
        fd = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        self.root = root
        if inotify_add_watch(fd, root, UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) < 0 { usable = false }
    }

    /// Adds a watch for every folder of a scan not yet watched (or replaced since).
    func watch(_ entries: [Watcher.Entry]) {
        guard usable else { return }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)
        var present: [String: UInt64] = [:]
        for e in entries where e.stamp.isFolder {
            present[e.path] = e.stamp.inode
            if watched[e.path] == e.stamp.inode { continue }
            if inotify_add_watch(fd, root + "/" + e.path, mask) < 0 {
                // Out of watches (fs.inotify.max_user_watches) or a folder that just went: fall
                // back to scanning on a timer, which sees everything.
                if errno == ENOSPC || errno == ENOMEM { usable = false; return }
                continue
            }
        }
        watched = present  // the kernel drops the watches of folders that are gone
    }

    /// Sleeps until an event arrives or `seconds` pass, then drains the queue.
    func wait(upTo seconds: TimeInterval) {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&p, 1, Int32(seconds * 1000))
        drain()
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }

    func close() {
        if fd >= 0 { _ = Glibc.close(fd) }
        fd = -1
        usable = false
    }
}
#else
/// No inotify here: the watcher scans on a timer.
private final class Wakeup: Sendable {
    init?(root: String) { return nil }
    var usable: Bool { false }
    func watch(_ entries: [Watcher.Entry]) {}
    func wait(upTo seconds: TimeInterval) {}
    func drain() {}
    func close() {}
}
#endif
