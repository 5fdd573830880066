import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi build`: check the content, then publish the site into `output/`.
///
/// A build with errors exits 1 and leaves `output/` exactly as it was.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and publish the site into output/ (never a half-built site).")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Compute everything as of this date, YYYY-MM-DD (default: today in the site's time zone).", valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'") }
    }

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        let language = options.language(for: loaded.content.settings)
        DiagnosticPrinter.print(loaded.diagnostics, language: language, always: false)
        if loaded.diagnostics.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
        let day = asOf.flatMap { Day(iso: $0) } ?? Today.day(in: loaded.content.settings.timezone)
        let templates = root.appendingPathComponent("templates")
        let (theme, themeProblems) = Theme.load(
            siteTemplates: FileManager.default.fileExists(atPath: templates.path) ? templates : nil,
            locale: loaded.content.settings.locale)
        DiagnosticPrinter.print(DiagnosticList(themeProblems), language: language, always: false)
        guard let theme else { throw ExitCode(ExitStatus.contentErrors) }
        let statistics = Statistics(site: loaded, asOf: day)
        let pagefind = loaded.content.settings.search ? SearchIndex.locate() : nil
        if loaded.content.settings.search && pagefind == nil {
            print(language.pick(zh: "搜索：没有找到 Pagefind（pip install 'pagefind[extended]'），本次不建搜索索引，搜索页会说明搜索不可用",
                                en: "search: Pagefind is not installed (pip install 'pagefind[extended]'); no index built, the search page says search is unavailable"))
        }
        var renderer = SiteRenderer(site: loaded, statistics: statistics, theme: theme)
        renderer.searchEnabled = pagefind != nil
        var files = renderer.render()
        files.merge(OpenData.files(statistics)) { a, _ in a }
        let output = root.appendingPathComponent("output")
        let summary: SiteWriter.Summary
        do {
            summary = try SiteWriter(output: output).publish(files.mapValues { Array($0.utf8) }) { staging in
                guard let pagefind else { return }
                if let problem = SearchIndex.index(site: staging, with: pagefind) { throw CommandFailure(message: "pagefind: \(problem)") }
            }
        } catch {
            fail(CommandFailure(message: "\(output.path): \(error)"))
        }
        print(language.pick(
            zh: "已发布到 output/（截至 \(day)）：\(statistics.heldMeetings.count) 次会议、\(statistics.items.count) 个议题；写入 \(summary.written) 个文件，沿用 \(summary.reused) 个未变的文件",
            en: "published output/ as of \(day): \(statistics.heldMeetings.count) meetings, \(statistics.items.count) items; \(summary.written) files written, \(summary.reused) unchanged files reused"))
    }
}
