import ArgumentParser
import Foundation
import YishiCore

/// `yishi build`: check the content, then publish the site into `output/`.
///
/// Until the pages land (the site issue), publishing is the check: a build with errors
/// exits 1 and leaves `output/` as it was.
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
        DiagnosticPrinter.print(loaded.diagnostics, language: language)
        if loaded.diagnostics.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
        let published = loaded.content.publishedMeetings
        let items = published.reduce(0) { $0 + $1.items.count }
        let updates = loaded.content.publishedUpdateFiles.count
        print(language.pick(zh: "已检查 \(published.count) 次会议、\(items) 个议题、\(updates) 份进展记录",
                            en: "checked \(published.count) meetings, \(items) items, \(updates) update files"))
    }
}
