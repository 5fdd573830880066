import ArgumentParser
import Dispatch
import Foundation
import YishiCore
import YishiSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `yishi serve`: a live preview at http://127.0.0.1:PORT/.
///
/// The site is built into `.yishi-cache/preview/` — never `output/`, since every preview page
/// carries the reload script — served from there, and rebuilt whenever something under
/// `content/` or `templates/` changes. A build with errors never stops the server: it prints
/// the diagnostics, the previous good build stays in place (the writer swaps folders only
/// after a whole build succeeded), and open pages reload and show the errors in a banner.
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "在 http://127.0.0.1:端口/ 预览网站，每次改动后自动重新生成（不会写 output/）。", en: "Preview the site at http://127.0.0.1:PORT/, rebuilt on every change (never into output/).")) }

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "预览用的端口，只在 127.0.0.1 上（0：任意一个空闲端口）。", en: "The port to listen on, on 127.0.0.1 only (0: any free port)."), valueName: "PORT"))
    var port: Int = 8000

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "统计截至这一天，写成 年-月-日（默认：每次重新生成时，网站所在时区的今天）。", en: "Compute everything as of this date, YYYY-MM-DD (default: today in the site's time zone, at each rebuild)."), valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw CommandValues.refuse(options.messageLanguage, zh: "--port 要写 0 到 65535 之间的数（0：自动选一个空闲端口），不能是 \(port)",
                                       en: "--port must be a number from 0 to 65535 (0: any free port), not \(port)")
        }
        if let asOf, CommandValues.day(asOf) == nil { throw CommandValues.badDay("--as-of", asOf, options.messageLanguage) }
    }

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        signal(SIGPIPE, SIG_IGN)  // a browser that goes away mid-answer must not stop the server
        // SIGINT and SIGTERM (even during the first build) end the wait below; the main thread
        // then stops the watcher and the server and returns.
        let done = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            return source
        }

        let preview = root.appendingPathComponent(".yishi-cache/preview", isDirectory: true)
        let server = PreviewServer(root: preview, pageSuffix: PreviewPage.script)
        let bound: UInt16
        do {
            bound = try server.bind(port: UInt16(port))
        } catch {
            let language = options.lang.flatMap(CommandValues.language) ?? Preview.locale(of: root)
            let why = (error as? PreviewServer.SocketError).map { SystemWords.reason($0.code, language) } ?? "\(error)"
            fail(CommandFailure(message: language.pick(
                zh: "无法在 127.0.0.1:\(port) 上开启预览（\(why)）；换一个端口试试，如 --port 0 自动选一个空闲端口",
                en: "cannot listen on 127.0.0.1:\(port) (\(why)); try another port, or --port 0 for any free one")))
        }
        // First line of stdout, alone, so that scripts and tests can read it.
        Preview.say("http://127.0.0.1:\(bound)/")

        let previewer = Preview(root: root, preview: preview, asOf: asOf.flatMap(CommandValues.day),
                                lang: options.lang.flatMap(CommandValues.language), server: server)
        // Watching starts before the first build, so that an edit made during it is not missed
        // (rebuilds take turns).
        let watcher = Watcher(root: root, folders: ["content", "templates"]) { changed in previewer.rebuild(changed: changed) }
        watcher.start()
        previewer.rebuild(changed: [])
        server.start()
        Preview.say(previewer.language.pick(zh: "正在预览（写入 .yishi-cache/preview/，不动 output/）；改动 content/ 或 templates/ 会自动重建；按 Ctrl-C 停止",
                                             en: "previewing (built into .yishi-cache/preview/, output/ untouched); changes to content/ or templates/ rebuild it; Ctrl-C stops"))

        done.wait()
        watcher.stop()
        server.stop()
        sources.forEach { $0.cancel() }
        Preview.say(previewer.language.pick(zh: "预览已停止", en: "preview stopped"))
    }
}

/// One rebuild of the preview, and its line of output.
private struct Preview: Sendable {
    let root: URL
    let preview: URL
    let asOf: Day?
    let lang: Language?
    let server: PreviewServer
    private let siteLanguage = LanguageBox()
    /// One build at a time into the preview folder.
    private let turn = NSLock()

    init(root: URL, preview: URL, asOf: Day?, lang: Language?, server: PreviewServer) {
        self.root = root
        self.preview = preview
        self.asOf = asOf
        self.lang = lang
        self.server = server
        siteLanguage.value = Preview.locale(of: root)
    }

    /// The site's language from site.yml's `locale:` line, before any build has read it (a
    /// first build that finds the preview up to date reads no settings).
    static func locale(of root: URL) -> Language { CommandValues.siteLanguage(of: root) }

    /// `--lang`, or the site's locale as of the last build.
    var language: Language { lang ?? siteLanguage.value }

    /// Builds the preview; `changed` is what the watcher saw (empty for the first build).
    func rebuild(changed: [String]) {
        turn.lock()
        defer { turn.unlock() }
        let started = DispatchTime.now().uptimeNanoseconds
        var options = SiteBuilder.Options(asOf: asOf, output: preview)
        options.pageSuffix = PreviewPage.script
        options.keepSearchIndex = true
        let outcome = SiteBuilder.build(site: root, options: options, today: Today.day(in:))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        // An up-to-date outcome (nothing changed since the last build: the build stamp) reads
        // no settings, so it says nothing about the site's language.
        if !outcome.upToDate { siteLanguage.value = outcome.language }
        let language = self.language

        DiagnosticPrinter.print(outcome.diagnostics, language: language, always: false)
        // The preview's own folder (.yishi-cache/preview) can be left unwritable by 'sudo yishi serve' too.
        let failure = outcome.failure.map { SystemWords.publishFailure($0, output: ".yishi-cache/preview/", language: language) }
        if let failure { FileHandle.standardError.put(Data(("yishi: " + failure + "\n").utf8)) }

        let errors = outcome.diagnostics.errors.count + (outcome.failure == nil ? 0 : 1)
        let warnings = outcome.diagnostics.warnings.count
        let counts = DiagnosticPrinter.count(errors: errors, warnings: warnings, language)
        let good = outcome.published || outcome.upToDate
        // A first build that fails leaves no pages to keep: saying the preview shows the last
        // good build would send the secretary looking for one.
        let hasPages = good || FileManager.default.fileExists(atPath: preview.appendingPathComponent("index.html").path)
        var status = ""
        if !good {
            let lines = outcome.diagnostics.sorted.map { $0.rendered(in: language) } + [failure].compactMap { $0 }
            status = PreviewPage.status(
                title: hasPages
                    ? language.pick(zh: "构建失败：\(counts)。预览显示的是上一次成功构建的版本。",
                                    en: "The build failed: \(counts). The preview shows the last good build.")
                    : language.pick(zh: "构建失败：\(counts)。还没有成功构建过，改正下面的错误后页面会自动出现。",
                                    en: "The build failed: \(counts). No build has succeeded yet: the pages appear once these are fixed."),
                lines: lines)
        }
        server.finishedBuild(status: status)

        let time = String(format: "%.2f", seconds)
        var cause = ""
        if let first = changed.first { cause = first + (changed.count > 1 ? " (+\(changed.count - 1))" : "") + " → " }
        let what: String
        if outcome.upToDate {
            what = language.pick(zh: "没有需要重建的改动（\(time) 秒）", en: "nothing to rebuild (\(time) s)")
        } else if good {
            what = changed.isEmpty
                ? language.pick(zh: "构建完成（\(time) 秒）：\(counts)", en: "built in \(time) s: \(counts)")
                : language.pick(zh: "重建完成（\(time) 秒）：\(counts)", en: "rebuilt in \(time) s: \(counts)")
        } else if hasPages {
            what = language.pick(zh: "构建失败（\(time) 秒）：\(counts)；预览保留上一次成功的版本",
                                 en: "build failed in \(time) s: \(counts); the preview keeps the last good build")
        } else {
            what = language.pick(zh: "构建失败（\(time) 秒）：\(counts)；还没有可以预览的页面，改正后会自动重建",
                                 en: "build failed in \(time) s: \(counts); nothing to preview yet, it rebuilds once fixed")
        }
        Preview.say(Preview.clock() + " " + cause + what)
    }

    /// Writes a line to stdout at once (stdout is a pipe or a file under tests: no buffering).
    static func say(_ line: String) {
        FileHandle.standardOutput.put(Data((line + "\n").utf8))
    }

    static func clock() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "HH:mm:ss"
        return f.string(from: Date())
    }
}

/// The site's language, learnt at each build and read by the main thread when it stops.
private final class LanguageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Language = .zhHans
    var value: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
