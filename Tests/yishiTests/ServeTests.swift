import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `yishi serve`: the real binary, on a real port, talked to over a raw socket (so that what is
/// sent — `..`, bad escapes, a foreign Host — is exactly what the test wrote).
@Suite(.serialized) struct ServeTests {
    /// A running `yishi serve`; `stop()` ends it, and is safe to call twice (tests call it in `defer`).
    final class Server {
        let process = Process()
        let out: URL
        let err: URL
        private(set) var port: UInt16 = 0

        init(_ args: [String], in tmp: TempDir) throws {
            out = tmp.url.appendingPathComponent("serve.out")
            err = tmp.url.appendingPathComponent("serve.err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.executableURL = CLI.binary
            process.arguments = ["serve"] + args
            // Files, not pipes: nothing can fill up and stall the server, and the test reads them at will.
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
        }

        var stdout: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

        /// Waits for the first line of stdout, which must be the URL alone.
        func readURL() throws -> String {
            #expect(ServeTests.waitUntil(60) { self.stdout.contains("\n") || !self.process.isRunning },
                    "no first line from yishi serve")
            let first = String(stdout.split(separator: "\n", omittingEmptySubsequences: false)[0])
            let prefix = "http://127.0.0.1:", url = first
            guard url.hasPrefix(prefix), url.hasSuffix("/"), let p = UInt16(url.dropFirst(prefix.count).dropLast()), p > 0 else {
                throw Failure("the first line of stdout is not the URL: '\(first)'; stderr: \(stderr)")
            }
            port = p
            return url
        }

        /// Sends `signal` and waits for the exit; kills it when it will not go.
        func stop(_ signal: Int32 = SIGTERM) {
            guard process.isRunning else { return }
            kill(process.processIdentifier, signal)
            if !ServeTests.waitUntil(10, { !self.process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    struct Response {
        var status: Int
        var headers: [String: String]  // names lower-cased
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One HTTP/1.1 request over a fresh connection, sent byte for byte as given.
    static func request(_ port: UInt16, _ target: String, method: String = "GET", host: String? = nil) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket: \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure("connect to port \(port): \(errno)") }
        let message = Array("\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n".utf8)
        let sent = message.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == message.count else { throw Failure("send: \(errno)") }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 { throw Failure("recv: \(errno)") }
            if n == 0 { break }
            data += chunk[0..<n]
        }
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0...(max(0, data.count - 4))).first(where: { Array(data[$0..<min($0 + 4, data.count)]) == separator }) else {
            throw Failure("no response head in \(data.count) bytes")
        }
        let lines = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, statusParts[0] == "HTTP/1.1", let status = Int(statusParts[1]) else { throw Failure("bad status line '\(lines[0])'") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(data[(end + 4)...]))
    }

    static func version(_ port: UInt16) -> Int? {
        guard let r = try? request(port, "/__yishi/version"), r.status == 200 else { return nil }
        return Int(r.text)
    }

    /// Polls `condition` every 100 ms for up to `seconds`.
    static func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(100_000)
        }
        return condition()
    }

    static let meetingFile = "site/content/meetings/2026/2026-03-12-east-village.md"
    static let meetingPage = "/meetings/2026-03-12-east-village.html"
    static let marker = "id=\"yishi-preview\""

    @Test func previewRebuildsOnChangeSurvivesErrorsAndStaysInItsFolder() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("site")
        let made = try CLI.initSite(site)
        try #require(made.status == 0, "\(made.stderr)")

        let server = try Server(["--port", "0", "--site", site, "--as-of", "2026-04-30"], in: tmp)
        defer { server.stop(SIGKILL) }
        _ = try server.readURL()
        let port = server.port

        // The first build is in place before the first answer.
        let v0 = try #require(Self.version(port))
        #expect(v0 >= 1)
        let page = try Self.request(port, Self.meetingPage)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("东村村道路灯问题议事会"))
        #expect(page.text.contains(Self.marker) && page.text.contains("/__yishi/version"), "the preview page carries the reload script")
        #expect(try Self.request(port, "/").text.contains(Self.marker))
        #expect(try Self.request(port, "/").text.contains("</html>"))
        let css = try Self.request(port, "/assets/style.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
        let head = try Self.request(port, "/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "") ?? 0 > 0)
        let folder = try Self.request(port, "/items")
        #expect(folder.status == 301 && folder.headers["location"] == "/items/")
        #expect(try Self.request(port, "/items/").status == 200)
        let missing = try Self.request(port, "/meetings/nothing-here.html")
        #expect(missing.status == 404 && missing.text.contains(Self.marker), "the 404 page reloads like the others")
        #expect(try Self.request(port, "/", method: "POST").status == 405)
        #expect(try Self.request(port, "/__yishi/status").body.isEmpty, "a clean build has an empty status")

        // An edit is rebuilt and served.
        let text = try tmp.read(Self.meetingFile)
        try tmp.write(Self.meetingFile, text.replacingOccurrences(of: "title: 东村村道路灯问题议事会", with: "title: 东村路灯夜话（改过）"))
        #expect(Self.waitUntil(10) {
            (Self.version(port) ?? 0) > v0 && ((try? Self.request(port, Self.meetingPage).text.contains("东村路灯夜话（改过）")) ?? false)
        }, "the edited title was not served within 10 s; stdout: \(server.stdout) stderr: \(server.stderr)")
        let v1 = try #require(Self.version(port))

        // A broken file: the server keeps going, with the last good build and the errors on /__yishi/status.
        try tmp.write("site/content/meetings/2026/2026-04-25-broken.md", """
            ---
            title: 坏日期
            date: 2026/13/45
            unit: east-village
            ---
            """)
        #expect(Self.waitUntil(10) { (Self.version(port) ?? 0) > v1 }, "no rebuild after the broken file; stderr: \(server.stderr)")
        let status = try Self.request(port, "/__yishi/status")
        #expect(status.status == 200 && status.headers["content-type"] == "text/html; charset=utf-8")
        #expect(status.text.contains("content/meetings/2026/2026-04-25-broken.md:3"), "\(status.text)")
        #expect(status.text.contains("<pre>"))
        // A page the preview does not have says the last build failed (on a first build with
        // errors, every page is missing), with a link to the errors: not only "no such page".
        let missingNow = try Self.request(port, "/meetings/nothing.html")
        #expect(missingNow.status == 404 && missingNow.text.contains("<a href=\"/__yishi/status\">"), "\(missingNow.text)")
        let kept = try Self.request(port, Self.meetingPage)
        #expect(kept.status == 200 && kept.text.contains("东村路灯夜话（改过）"), "the last good page is still served")
        #expect(server.process.isRunning)
        #expect(server.stderr.contains("2026-04-25-broken.md:3"), "the diagnostics are printed")
        #expect(server.stdout.contains("构建失败") && server.stdout.contains("预览保留上一次成功的版本"), "\(server.stdout)")
        #expect(status.text.contains("上一次成功构建的版本"), "\(status.text)")

        // Fixed again: the status empties.
        let v2 = try #require(Self.version(port))
        try FileManager.default.removeItem(atPath: tmp.path("site/content/meetings/2026/2026-04-25-broken.md"))
        #expect(Self.waitUntil(10) { (Self.version(port) ?? 0) > v2 && ((try? Self.request(port, "/__yishi/status").body.isEmpty) ?? false) })

        // Nothing outside the folder can be named.
        for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/meetings/..%2f..%2f..%2fetc%2fpasswd",
                       "/assets/../../../../etc/passwd", "/%ZZ", "/%C0%AE%C0%AE/etc/passwd", "/a%00b", "/..\\..\\etc\\passwd"] {
            let refused = try Self.request(port, target)
            #expect(refused.status == 400, "\(target) → \(refused.status)")
            #expect(!refused.text.contains("root:"))
        }
        #expect(try Self.request(port, "/", host: "evil.example").status == 403, "DNS rebinding: a foreign Host is refused")
        #expect(try Self.request(port, "/", host: "localhost:\(port)").status == 200)
        // Percent-escapes decode as UTF-8. (A file dropped into the preview by hand; the next build removes it.)
        try tmp.write("site/.yishi-cache/preview/测试 页.txt", "你好")
        let utf8 = try Self.request(port, "/%E6%B5%8B%E8%AF%95%20%E9%A1%B5.txt?x=1")
        #expect(utf8.status == 200 && utf8.text == "你好" && utf8.headers["content-type"] == "text/plain; charset=utf-8")

        // The preview never touches output/ (`init` leaves it empty).
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: tmp.path("site/output"))) ?? []).isEmpty,
                "serve wrote into output/")
        #expect(tmp.exists("site/.yishi-cache/preview/index.html"))

        // SIGINT stops it cleanly.
        server.stop(SIGINT)
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0, "\(server.stderr)")
        let lines = server.stdout.split(separator: "\n")
        #expect(lines.count >= 4, "\(server.stdout)")

        // A published build carries no trace of the preview.
        let built = try CLI.run(["build", "--site", site, "--as-of", "2026-04-30"])
        #expect(built.status == 0, "\(built.stderr)")
        let published = try tmp.read("site/output/meetings/2026-03-12-east-village.html")
        #expect(published.contains("东村路灯夜话（改过）"))
        #expect(!published.contains("yishi-preview") && !published.contains("__yishi"))
    }

    /// A first build with errors has no good build to keep: the preview says so, and the
    /// pages appear once the error is fixed.
    @Test func aFirstBuildThatFailsDoesNotPromiseALastGoodBuild() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("site")
        try #require(try CLI.initSite(site).status == 0)
        let text = try tmp.read(Self.meetingFile)
        try tmp.write(Self.meetingFile, text.replacingOccurrences(of: "date: 2026-03-12", with: "date: 2026-03-32"))

        let server = try Server(["--port", "0", "--site", site, "--as-of", "2026-04-30"], in: tmp)
        defer { server.stop(SIGKILL) }
        _ = try server.readURL()
        let port = server.port
        #expect(Self.waitUntil(30) { server.stdout.contains("构建失败") }, "\(server.stdout) \(server.stderr)")
        #expect(server.stdout.contains("还没有可以预览的页面") && !server.stdout.contains("上一次成功"), "\(server.stdout)")
        let status = try Self.request(port, "/__yishi/status")
        #expect(status.text.contains("还没有成功构建过") && !status.text.contains("上一次成功"), "\(status.text)")
        #expect(try Self.request(port, "/").status == 404)

        let v = try #require(Self.version(port))
        try tmp.write(Self.meetingFile, text)
        #expect(Self.waitUntil(10) {
            (Self.version(port) ?? 0) > v && ((try? Self.request(port, Self.meetingPage).status) ?? 0) == 200
        }, "the fixed site was not served; stdout: \(server.stdout)")
    }

    /// `yishi serve | head -1`: the reader of its lines goes away, and the preview goes on
    /// serving and rebuilding instead of stopping on the closed pipe (it trapped, exit 132).
    @Test func aClosedOutputDoesNotStopThePreview() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("site")
        try #require(try CLI.initSite(site).status == 0)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0", "--site", site, "--as-of", "2026-04-30"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")), let chunk = try pipe.fileHandleForReading.read(upToCount: 1), !chunk.isEmpty { first += chunk }
        let url = String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let port = try #require(UInt16(url.split(separator: ":").last?.dropLast() ?? ""), "\(url)")
        try pipe.fileHandleForReading.close()
        let v = try #require(Self.waitUntilValue(30) { Self.version(port) })
        let text = try tmp.read(Self.meetingFile)
        try tmp.write(Self.meetingFile, text.replacingOccurrences(of: "title: 东村村道路灯问题议事会", with: "title: 管道关了也照常"))
        #expect(Self.waitUntil(15) {
            (Self.version(port) ?? 0) > v && ((try? Self.request(port, Self.meetingPage).text.contains("管道关了也照常")) ?? false)
        }, "the edit was not served after stdout closed")
        #expect(process.isRunning, "serve stopped: \(process.isRunning ? "" : "\(process.terminationStatus)")")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(process.terminationStatus)")
    }

    static func waitUntilValue<T>(_ seconds: Double, _ value: () -> T?) -> T? {
        var found: T?
        _ = waitUntil(seconds) { found = value(); return found != nil }
        return found
    }

    @Test func aTakenPortOrAWrongCommandLineExitsTwo() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        let site = tmp.path("site")
        try CLI.initSite(site)

        let first = try Server(["--port", "0", "--site", site, "--as-of", "2026-04-30"], in: tmp)
        defer { first.stop(SIGKILL) }
        _ = try first.readURL()
        let other = try TempDir()
        defer { other.remove() }
        let second = try Server(["--port", "\(first.port)", "--site", site], in: other)
        defer { second.stop(SIGKILL) }
        #expect(Self.waitUntil(30) { !second.process.isRunning }, "a second server on a taken port kept running")
        second.stop(SIGKILL)
        #expect(second.process.terminationStatus == 2, "\(second.stderr)")
        #expect(second.stdout.isEmpty)
        #expect(second.stderr.contains("127.0.0.1:\(first.port)") && second.stderr.contains("这个端口已经被别的程序占用")
                && !second.stderr.contains("Address already in use"), "\(second.stderr)")
        first.stop(SIGTERM)
        #expect(first.process.terminationReason == .exit && first.process.terminationStatus == 0)

        #expect(try CLI.run(["serve", "--port", "70000", "--site", site]).status == 2)
        #expect(try CLI.run(["serve", "--as-of", "2026-13-01", "--site", site]).status == 2)
        #expect(try CLI.run(["serve", "--site", tmp.path("not-a-site")]).status == 2)
    }
}
