import Foundation
import Testing

/// Runs the real `yishi` binary, built beside the test bundle, in real temporary folders.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // The test bundle and the executable are built into the same products folder.
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [products.appendingPathComponent("yishi"),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yishi")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    @discardableResult
    /// - Parameter environment: variables set (or, given as "", emptied) over this process's own.
    static func run(_ args: [String], in dir: URL? = nil, executable: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = executable ?? binary
        p.arguments = args
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        if let dir { p.currentDirectoryURL = dir }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read before waiting so that a full pipe cannot stall the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// `yishi init`, then the site's own address and hotline written in place of the starter's
    /// examples, as a secretary is told to: a site that checks clean, for tests about
    /// something else.
    @discardableResult
    static func initSite(_ site: String, _ more: [String] = []) throws -> Result {
        let made = try run(["init", site] + more)
        let file = URL(fileURLWithPath: site).appendingPathComponent("content/site.yml")
        if made.status == 0, let text = try? String(contentsOf: file, encoding: .utf8) {
            try text.replacingOccurrences(of: "https://example.org/yishi/", with: "https://yishi.dongcun.gov.cn/")
                .replacingOccurrences(of: "\"0000-00000000\"", with: "\"0571-86001234\"")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        return made
    }
}

/// A fresh folder under the system temporary folder; tests remove it with `defer { tmp.remove() }`,
/// which also keeps it alive for the whole test.
final class TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ rel: String) -> String { url.appendingPathComponent(rel).path }

    func write(_ path: String, _ text: String) throws {
        let f = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: f)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path) }
}
