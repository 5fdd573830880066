import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi stats`: the figures of DESIGN §4, for people (table) or programs (json, csv).
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the statistics for a period and scope, as a table, JSON or CSV.")

    enum Format: String, CaseIterable { case table, json, csv }

    @OptionGroup var stats: StatsOptions
    @OptionGroup var options: SiteOptions

    /// Read in any case (JSON, Csv); checked in `validate`, in the site's language.
    @Option(name: .customLong("format"), help: ArgumentHelp("table (for people), json (the statistics contract) or csv (one row per figure).",
                                                           valueName: "table|json|csv"))
    var typedFormat: String = "table"

    var format: Format { Format(rawValue: CommandValues.halfWidth(typedFormat).lowercased()) ?? .table }

    func validate() throws {
        try stats.validate(options.messageLanguage)
        if Format(rawValue: CommandValues.halfWidth(typedFormat).lowercased()) == nil {
            throw CommandValues.refuse(options.messageLanguage, zh: "--format 只能是 table（表格）、json 或 csv，不能是 '\(typedFormat)'",
                                       en: "--format must be table, json or csv, not '\(typedFormat)'")
        }
    }

    func run() throws {
        let (loaded, statistics, period, scope, language): (LoadedSite, Statistics, Period, Scope, Language)
        do { (loaded, statistics, period, scope, language) = try stats.load(options) } catch let f as CommandFailure { fail(f) }
        let figures = statistics.figures(period: period, scope: scope)
        switch format {
        case .json: print(figures.json.serialized())
        case .csv: FileHandle.standardOutput.write(Data(figures.csv.utf8))
        case .table: print(FiguresTable.render(figures, content: loaded.content, language: language), terminator: "")
        }
    }
}

/// `yishi report`: one report as standalone files, and the table on the terminal.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one report (HTML, CSV and JSON) into reports/ and print its table.",
        discussion: "Files are named <period>[.<unit-or-department-id>].html, .csv and .json; the HTML has its styles inline, to send by e-mail or print. output/ is never written: only build writes it.")

    @OptionGroup var stats: StatsOptions
    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write into (default: reports/ in the site folder).", valueName: "DIR"))
    var out: String?

    func validate() throws {
        try stats.validate(options.messageLanguage)
    }

    func run() throws {
        let (loaded, statistics, period, scope, language): (LoadedSite, Statistics, Period, Scope, Language)
        do { (loaded, statistics, period, scope, language) = try stats.load(options) } catch let f as CommandFailure { fail(f) }
        let figures = statistics.figures(period: period, scope: scope)
        let folder = out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? options.siteURL.appendingPathComponent("reports")
        let base = period.description + (scope.id.map { "." + $0 } ?? "")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(figures.csv.utf8).write(to: folder.appendingPathComponent(base + ".csv"), options: .atomic)
            try Data((figures.json.serialized() + "\n").utf8).write(to: folder.appendingPathComponent(base + ".json"), options: .atomic)
            let templates = options.siteURL.appendingPathComponent("templates")
            let (theme, problems) = Theme.load(siteTemplates: FileManager.default.fileExists(atPath: templates.path) ? templates : nil,
                                               locale: loaded.content.settings.locale)
            DiagnosticPrinter.print(DiagnosticList(problems), language: language, always: false)
            guard let theme else { throw ExitCode(ExitStatus.contentErrors) }
            let html = SiteRenderer(site: loaded, statistics: statistics, theme: theme).standaloneReport(figures, fileBase: base)
            try Data(html.utf8).write(to: folder.appendingPathComponent(base + ".html"), options: .atomic)
        } catch let e as ExitCode {
            throw e
        } catch {
            let reason = SystemWords.reason((error as NSError).underlyingPOSIXCode ?? EIO, language)
            fail(CommandFailure(message: language.pick(zh: "无法把报告写进 \(folder.path)：\(reason)",
                                                        en: "cannot write the report into \(folder.path): \(reason)")))
        }
        print(FiguresTable.render(figures, content: loaded.content, language: language), terminator: "")
        print(language.pick(zh: "已写入 \(folder.path)/\(base).html、.csv 和 .json", en: "wrote \(folder.path)/\(base).html, .csv and .json"))
    }
}

