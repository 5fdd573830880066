import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi check`: every problem in the content and the site's templates, in one run.
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "检查内容，列出每个问题所在的文件、行和列。", en: "Check the content and print every problem with its file, line and column.")) }

    @OptionGroup var options: SiteOptions

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        let loaded = SiteLoader.load(from: DiskSource(root: root), today: Today.day(in:))
        var diagnostics = loaded.diagnostics
        // A site's own templates are its files too: a broken one stops the build as surely.
        // (A site without templates/ has the built-in theme, which Theme.load then checks.)
        diagnostics.append(contentsOf: Theme.load(siteTemplates: root.appendingPathComponent("templates"), locale: loaded.content.settings.locale).1)
        DiagnosticPrinter.print(diagnostics, language: options.language(for: loaded.content.settings))
        if diagnostics.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
    }
}
