import Foundation
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
private let noSignal: Int32 = 0
#endif

/// The preview's web server: HTTP/1.1 on 127.0.0.1 only, over POSIX sockets, a thread per
/// connection, one request per connection.
///
/// It serves the files under `root` (GET and HEAD; `index.html` for a folder) and two routes
/// of its own: `/__yishi/version`, a number that goes up after every rebuild, good or failed,
/// and `/__yishi/status`, the last failed build's diagnostics as an HTML page (empty when the
/// last build published). The reload script in every preview page polls the first and shows
/// the second in a banner.
///
/// `root` is looked up afresh on every request: the writer swaps a new build in with one
/// rename, so a request sees either the old site or the new one, never a mix of one file.
public final class PreviewServer: @unchecked Sendable {
    public let root: URL
    /// Appended to the server's own pages (the 404 page), so that they reload and show the
    /// banner like the built ones.
    public let pageSuffix: String

    private let lock = NSLock()
    private var listener: Int32 = -1
    private var stopped = false
    private var buildVersion = 0
    private var statusPage = ""
    private var connections = 0

    /// Largest request head accepted.
    static let maxHead = 16 * 1024
    /// Connections handled at once; more are closed at once.
    static let maxConnections = 256
    /// A client that sends nothing for this long is dropped.
    static let timeoutSeconds = 10

    public init(root: URL, pageSuffix: String = "") {
        self.root = root.standardizedFileURL
        self.pageSuffix = pageSuffix
    }

    public struct SocketError: Error, CustomStringConvertible {
        public var call: String
        public var code: Int32
        public var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    // MARK: - State shown to the page

    /// The number `/__yishi/version` answers.
    public var version: Int { lock.withLock { buildVersion } }

    /// Records a finished rebuild: `status` is the HTML page `/__yishi/status` serves, empty
    /// when the build published. The version goes up either way, so that open pages reload.
    public func finishedBuild(status: String) {
        lock.withLock {
            buildVersion += 1
            statusPage = status
        }
    }

    // MARK: - Listening

    /// Binds 127.0.0.1:`port` (0: a free port, chosen by the system) and listens; returns the
    /// port. Connections wait in the backlog until `start()`.
    public func bind(port: UInt16) throws -> UInt16 {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw SocketError(call: "socket", code: errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian  // 127.0.0.1, never 0.0.0.0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                cBind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { let e = errno; close(fd); throw SocketError(call: "bind 127.0.0.1:\(port)", code: e) }
        guard listen(fd, 128) == 0 else { let e = errno; close(fd); throw SocketError(call: "listen", code: e) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { let e = errno; close(fd); throw SocketError(call: "getsockname", code: e) }
        lock.withLock { listener = fd }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Starts accepting connections on a thread of its own.
    public func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "yishi-preview-accept"
        thread.start()
    }

    /// Stops accepting and closes the listening socket; requests under way finish.
    public func stop() {
        lock.withLock { stopped = true }
    }

    private func acceptLoop() {
        let fd = lock.withLock { listener }
        guard fd >= 0 else { return }
        defer { close(fd) }
        while !lock.withLock({ stopped }) {
            // poll with a timeout, so that stop() is noticed without closing a socket under accept().
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, 200)
            if ready <= 0 { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else {
                if errno == EMFILE || errno == ENFILE { usleep(50_000) }  // out of descriptors: let some close
                continue
            }
            // Not inherited by Pagefind, which a rebuild may be starting (accept4 is not exposed).
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            // A thread per connection, up to a bound: a preview has one reader and a few tabs.
            let admitted = lock.withLock { () -> Bool in
                guard connections < PreviewServer.maxConnections else { return false }
                connections += 1
                return true
            }
            guard admitted else { close(client); continue }
            let thread = Thread { [self] in
                handle(client)
                close(client)
                lock.withLock { connections -= 1 }
            }
            thread.name = "yishi-preview-connection"
            thread.start()
        }
    }

    // MARK: - One connection

    private func handle(_ fd: Int32) {
        var timeout = timeval(tv_sec: PreviewServer.timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let bytes: [UInt8]
        switch readHead(fd) {
        case .head(let head): bytes = respond(to: HTTP.parse(head: head))
        case .tooLarge: bytes = HTTP.response(status: 431, type: "text/plain; charset=utf-8", body: Array("request too large\n".utf8))
        case .closed: return
        }
        send(bytes, to: fd)
    }

    private enum Head { case head([UInt8]), tooLarge, closed }

    /// Reads up to the blank line that ends the request head.
    private func readHead(_ fd: Int32) -> Head {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while data.count <= PreviewServer.maxHead {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return .closed }
            let searchFrom = max(0, data.count - 3)
            data.append(contentsOf: chunk[0..<n])
            if let end = Self.headEnd(data, from: searchFrom) { return .head(Array(data[..<end])) }
        }
        return .tooLarge
    }

    /// Where `\r\n\r\n` (or a bare `\n\n`) starts, searching from `from`.
    static func headEnd(_ data: [UInt8], from: Int) -> Int? {
        var i = from
        while i < data.count {
            if data[i] == 10 {
                if i + 1 < data.count, data[i + 1] == 10 { return i }
                if i + 2 < data.count, data[i + 1] == 13, data[i + 2] == 10 { return i > 0 && data[i - 1] == 13 ? i - 1 : i }
            }
            i += 1
        }
        return nil
    }

    private func send(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = cSend(fd, buffer.baseAddress! + offset, buffer.count - offset, noSignal)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    // MARK: - Answers

    /// The response to a request (nil: one that could not be parsed).
    func respond(to request: HTTP.Request?) -> [UInt8] {
        let text = "text/plain; charset=utf-8"
        guard let request else { return HTTP.response(status: 400, type: text, body: Array("bad request\n".utf8)) }
        guard HTTP.isLoopback(host: request.host) else {
            return HTTP.response(status: 403, type: text, body: Array("the preview answers only to 127.0.0.1 and localhost\n".utf8))
        }
        let head = request.method == "HEAD"
        guard request.method == "GET" || head else {
            return HTTP.response(status: 405, type: text, body: Array("only GET and HEAD\n".utf8), extra: [("Allow", "GET, HEAD")])
        }
        guard let path = HTTP.localPath(request.target) else {
            return HTTP.response(status: 400, type: text, body: Array("refused: the path is malformed or leaves the site\n".utf8), head: head)
        }
        if path.segments.first == "__yishi" {
            let (version, status) = lock.withLock { (buildVersion, statusPage) }
            switch path.segments.dropFirst().joined(separator: "/") {
            case "version": return HTTP.response(status: 200, type: text, body: Array("\(version)".utf8), head: head)
            case "status": return HTTP.response(status: 200, type: "text/html; charset=utf-8", body: Array(status.utf8), head: head)
            default: break
            }
            return notFound(path, head: head)
        }
        var file = root
        for segment in path.segments { file.appendPathComponent(segment) }
        var info = stat()
        guard stat(file.path, &info) == 0 else { return notFound(path, head: head) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if !path.trailingSlash {
                // Relative links in an index page need the slash.
                return HTTP.response(status: 301, type: text, body: [], head: head, extra: [("Location", path.raw + "/")])
            }
            file.appendPathComponent("index.html")
            guard stat(file.path, &info) == 0 else { return notFound(path, head: head) }
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, isInsideRoot(file), let data = FileManager.default.contents(atPath: file.path) else {
            return notFound(path, head: head)
        }
        return HTTP.response(status: 200, type: HTTP.contentType(for: file.lastPathComponent), body: Array(data), head: head)
    }

    /// Whether a file, symbolic links resolved, is under the served folder.
    private func isInsideRoot(_ file: URL) -> Bool {
        guard let base = realpath(root.path, nil) else { return false }
        defer { free(base) }
        guard let real = realpath(file.path, nil) else { return false }
        defer { free(real) }
        let top = String(cString: base), path = String(cString: real)
        return path.hasPrefix(top.hasSuffix("/") ? top : top + "/")
    }

    private func notFound(_ path: HTTP.LocalPath, head: Bool) -> [UInt8] {
        let shown = HTML.escape("/" + path.segments.joined(separator: "/"))
        // After a failed build the page may be missing for that (on a first build with errors,
        // every page is): said, with a link to the errors for a reader without the banner's script.
        let failed = lock.withLock { statusPage.isEmpty } ? "" : """
            <p>上一次构建有错误，这个页面可能因此还没有生成：<a href="/__yishi/status">查看错误</a>，改正后页面会自动刷新。</p>
            <p lang="en">The last build failed, which may be why this page is missing: <a href="/__yishi/status">see the errors</a>; the page reloads once they are fixed.</p>
            """
        let page = """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>404</title></head>
            <body><main><h1>404</h1>\(failed)<p>预览里没有 <code>\(shown)</code>。</p><p lang="en">There is no <code>\(shown)</code> in the preview.</p>
            <p><a href="/">首页 / Home</a></p></main>\(pageSuffix)</body></html>

            """
        return HTTP.response(status: 404, type: "text/html; charset=utf-8", body: Array(page.utf8), head: head)
    }
}

// `bind` and `send` are also names of methods here; these reach the C functions.
#if canImport(Glibc)
private func cBind(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Glibc.bind(fd, address, length) }
private func cSend(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int { Glibc.send(fd, buffer, count, flags) }
#else
private func cBind(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Darwin.bind(fd, address, length) }
private func cSend(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int { Darwin.send(fd, buffer, count, flags) }
#endif
