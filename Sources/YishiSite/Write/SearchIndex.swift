import Foundation

/// The optional last step of a build: Pagefind (its extended build, which segments Chinese
/// words) indexes the meeting pages in the staging folder before the swap.
public enum SearchIndex {
    /// The Pagefind extended binary: `$YISHI_PAGEFIND`, `pagefind_extended` on the PATH, or the
    /// one PyPI's `pagefind[extended]` installs beside Python.
    public static func locate() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["YISHI_PAGEFIND"], fm.isExecutableFile(atPath: env) {
            return URL(fileURLWithPath: env)
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("pagefind_extended")
            if fm.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let probe = run(URL(fileURLWithPath: "/usr/bin/env"),
                        ["python3", "-c", "import os, pagefind_bin_extended as p; print(os.path.dirname(p.__file__))"])
        if probe.status == 0 {
            let dir = probe.output.trimmingCharacters(in: .whitespacesAndNewlines)
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent("pagefind_extended")
            if fm.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Indexes `site`, whose pages are in `locale`, into its `pagefind/` folder; returns
    /// what went wrong when it fails. Pagefind reads the spaced copy `SearchText` makes in a
    /// folder inside `site`, removed again before this returns.
    public static func index(site: URL, locale: String, with binary: URL) -> String? {
        let source = site.appendingPathComponent(sourceFolder)
        // The copy must not be published with the site: a copy that cannot be removed is a
        // failure like Pagefind's own.
        func removeCopy() -> String? {
            try? FileManager.default.removeItem(at: source)
            return FileManager.default.fileExists(atPath: source.path) ? "could not remove \(source.path)" : nil
        }
        do {
            _ = try SearchText.prepare(from: site, into: source, except: ["pagefind", sourceFolder])
        } catch {
            return removeCopy() ?? "\(error)"
        }
        var arguments = ["--site", source.path, "--output-path", site.appendingPathComponent("pagefind").path, "--silent"]
        // Pagefind would split Chinese pages into words again with its dictionary, and every
        // punctuation mark would become a word between two characters: the copy is already
        // in words, so it is indexed as a language without a dictionary or stemmer.
        if locale.lowercased().hasPrefix("zh") { arguments += ["--force-language", "und"] }
        let r = run(binary, arguments)
        if let problem = removeCopy() { return problem }
        return r.status == 0 ? nil : r.output
    }

    /// Where the copy Pagefind reads is made, inside the staged site.
    static let sourceFolder = ".search-source"

    static func run(_ executable: URL, _ arguments: [String]) -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
