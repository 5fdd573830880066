import ArgumentParser
import Foundation
import YishiCore

/// `yishi check`: every problem in the content, in one run.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and print every problem with its file, line and column.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        DiagnosticPrinter.print(loaded.diagnostics, language: options.language(for: loaded.content.settings))
        if loaded.diagnostics.hasErrors { throw ExitCode(ExitStatus.contentErrors) }
    }
}
