import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi check`: every problem in the content and the site's templates, in one run.
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "检查内容，列出每个问题所在的文件、行和列。", en: "Check the content and print every problem with its file, line and column.")) }

    @OptionGroup var options: SiteOptions

    @Argument(help: ArgumentHelp(Speaking.help(
        zh: "只列出这些文件（或文件夹里的文件）的问题。检查的仍是整个网站：议题和后来的进展在不同文件里，要一起看才知道对不对。",
        en: "List only the problems of these files (or of the files in these folders). The whole site is still checked: an item and its later updates are in different files and are only right together."),
        valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        let root: URL
        do { root = try site() } catch let f as CommandFailure { fail(f) }
        let shown: [String]
        do { shown = try files.map { try Self.sitePath(of: $0, in: root, language: options.messageLanguage) } } catch let f as CommandFailure { fail(f) }
        let loaded = SiteLoader.load(from: DiskSource(root: root), today: Today.day(in:))
        var diagnostics = loaded.diagnostics
        // A site's own templates are its files too: a broken one stops the build as surely.
        // (A site without templates/ has the built-in theme, which Theme.load then checks.)
        diagnostics.append(contentsOf: Theme.load(siteTemplates: root.appendingPathComponent("templates"), locale: loaded.content.settings.locale).1)
        diagnostics.append(contentsOf: NoticeCheck.settings(loaded.content.settings, found: loaded.diagnostics))
        let language = options.language(for: loaded.content.settings)
        guard !shown.isEmpty else {
            DiagnosticPrinter.print(diagnostics, language: language)
            if diagnostics.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
            return
        }
        let named = { (d: Diagnostic) in shown.contains { d.location.file == $0 || d.location.file.hasPrefix($0 + "/") } }
        let mine = DiagnosticList(diagnostics.all.filter(named)), others = DiagnosticList(diagnostics.all.filter { !named($0) })
        DiagnosticPrinter.print(mine, language: language)
        if !others.all.isEmpty {
            let count = DiagnosticPrinter.count(errors: others.errors.count, warnings: others.warnings.count, language)
            FileHandle.standardError.put(Data((language.pick(
                zh: "其他文件还有 \(count)；不写文件名运行 yishi check 可以全部列出",
                en: "other files have \(count); run yishi check with no file name to list them all") + "\n").utf8))
        }
        if mine.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
    }

    /// The site: `--site`, or else, when the current folder is none and a file named is inside
    /// one, that site, so that `yishi check ~/议事/content/meetings/2026/x.md` works from anywhere.
    private func site() throws -> URL {
        do { return try options.requireSite() } catch {
            guard options.site == ".", let first = files.first,
                  let site = SiteOptions.enclosingSite(of: URL(fileURLWithPath: first).standardizedFileURL) else { throw error }
            return site
        }
    }

    /// `path` as the diagnostics name it, relative to the site folder; exit 2 when it is not
    /// there or not in the site's `content/` or `templates/`.
    static func sitePath(of path: String, in root: URL, language: Language) throws -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        // `content/meetings/…` as check itself prints it, typed with `--site` from elsewhere.
        if !FileManager.default.fileExists(atPath: url.path), !path.hasPrefix("/") {
            let inSite = root.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
            if FileManager.default.fileExists(atPath: inSite.path) { url = inSite }
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CommandFailure(message: language.pick(zh: "没有 '\(path)' 这个文件", en: "there is no file '\(path)'"))
        }
        let base = root.resolvingSymlinksInPath().path + "/"
        let full = url.path
        guard full.hasPrefix(base), case let relative = String(full.dropFirst(base.count)),
              relative == "content" || relative == "templates" || relative.hasPrefix("content/") || relative.hasPrefix("templates/") else {
            throw CommandFailure(message: language.pick(
                zh: "'\(path)' 不在网站 \(root.path) 的 content/ 或 templates/ 里；yishi check 只检查网站里的文件",
                en: "'\(path)' is not in the content/ or templates/ of the site \(root.path); yishi check checks only the site's files"))
        }
        return relative
    }
}
