import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi stats`: the figures of DESIGN §4, for people (table) or programs (json, csv).
struct Stats: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "列出一个时段、一个范围的统计数字：表格、JSON 或 CSV。", en: "Print the statistics for a period and scope, as a table, JSON or CSV.")) }

    enum Format: String, CaseIterable { case table, json, csv }

    @OptionGroup var stats: StatsOptions
    @OptionGroup var options: SiteOptions

    /// Read in any case (JSON, Csv); checked in `validate`, in the site's language.
    @Option(name: .customLong("format"), help: ArgumentHelp(Speaking.help(zh: "table（表格，给人看）、json（统计数据的约定格式）或 csv（每个数字一行）。", en: "table (for people), json (the statistics contract) or csv (one row per figure)."),
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
        case .csv: FileHandle.standardOutput.put(Data(figures.csv.utf8))
        case .table:
            let theme = FiguresTable.theme(site: options.siteURL, language: language)
            print(FiguresTable.render(figures, content: loaded.content, language: language, theme: theme), terminator: "")
        }
    }
}

/// `yishi report`: one report as standalone files, and the table on the terminal.
struct Report: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "生成一份报告（HTML、CSV 和 JSON）写进 reports/，并列出它的表格。", en: "Write one report (HTML, CSV and JSON) into reports/ and print its table."),
        discussion: Speaking.help(zh: "文件名是 时段[.单位或部门的id].html、.csv 和 .json；HTML 自带样式，可以直接用邮件发送或打印。不会写 output/：只有 build 写它。", en: "Files are named <period>[.<unit-or-department-id>].html, .csv and .json; the HTML has its styles inline, to send by e-mail or print. output/ is never written: only build writes it.")) }

    @OptionGroup var stats: StatsOptions
    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "写进哪个文件夹（默认：网站文件夹里的 reports/；不能写进 output/、content/、templates/ 或 yishi 自己的 .yishi-… 文件夹）。", en: "Folder to write into (default: reports/ in the site folder; never inside output/, content/, templates/ or yishi's own .yishi-… folders)."), valueName: "DIR"))
    var out: String?

    func validate() throws {
        let language = options.messageLanguage
        try stats.validate(language)
        // `--out ""` (a variable left unset) would write into the current folder.
        if let out, out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CommandValues.refuse(language, zh: "--out 后面要写一个文件夹，例如 --out 报告；不写 --out 就写进网站文件夹的 reports/",
                                       en: "--out needs a folder, such as --out my-reports; leave it out to write into reports/ in the site folder")
        }
        var isFolder: ObjCBool = false
        if let out, FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandValues.refuse(language, zh: "--out \(out) 是一个文件，不是文件夹：报告的三个文件要写进一个文件夹。没有写入任何文件；请换一个名字，例如 --out 报告",
                                       en: "--out \(out) is a file, not a folder: the report's three files go into a folder. Nothing was written; choose another name, such as --out my-reports")
        }
        if let out, let place = ReportFolder.forbidden(out, site: options.siteURL) {
            throw CommandValues.refuse(language, zh: "不能把报告写进 \(out)：\(place.zh)。没有写入任何文件；请换一个文件夹，例如不写 --out（默认写进网站文件夹的 reports/），或 --out 报告",
                                       en: "cannot write the report into \(out): \(place.en). Nothing was written; choose another folder, such as the default (leave out --out: reports/ in the site folder) or --out my-reports")
        }
    }

    func run() throws {
        let (loaded, statistics, period, scope, language): (LoadedSite, Statistics, Period, Scope, Language)
        do { (loaded, statistics, period, scope, language) = try stats.load(options, writing: true) } catch let f as CommandFailure { fail(f) }
        let figures = statistics.figures(period: period, scope: scope)
        let folder = out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? options.siteURL.appendingPathComponent("reports")
        let base = period.description + (scope.id.map { "." + $0 } ?? "")
        // The theme first: a template with an error leaves no report half written.
        let templates = options.siteURL.appendingPathComponent("templates")
        let (theme, problems) = Theme.load(siteTemplates: FileManager.default.fileExists(atPath: templates.path) ? templates : nil,
                                           locale: loaded.content.settings.locale)
        DiagnosticPrinter.print(DiagnosticList(problems), language: language, always: false)
        guard let theme else {
            FileHandle.standardError.put(Data(("yishi: " + language.pick(
                zh: "模板有错误，这次没有写出报告。改正上面的错误后，再运行 yishi report",
                en: "the templates have errors, so no report was written. Fix the errors above and run yishi report again") + "\n").utf8))
            throw ExitCode(ExitStatus.contentErrors)
        }
        do {
            let html = SiteRenderer(site: loaded, statistics: statistics, theme: theme).standaloneReport(figures, fileBase: base)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(figures.csv.utf8).write(to: folder.appendingPathComponent(base + ".csv"), options: .atomic)
            try Data((figures.json.serialized() + "\n").utf8).write(to: folder.appendingPathComponent(base + ".json"), options: .atomic)
            try Data(html.utf8).write(to: folder.appendingPathComponent(base + ".html"), options: .atomic)
        } catch {
            let reason = SystemWords.reason((error as NSError).underlyingPOSIXCode ?? EIO, language)
            fail(CommandFailure(message: language.pick(zh: "无法把报告写进 \(folder.path)：\(reason)",
                                                        en: "cannot write the report into \(folder.path): \(reason)")))
        }
        let names = FiguresTable.theme(site: options.siteURL, language: language)
        print(FiguresTable.render(figures, content: loaded.content, language: language, theme: names), terminator: "")
        print(language.pick(zh: "已写入 \(folder.path)/\(base).html、.csv 和 .json", en: "wrote \(folder.path)/\(base).html, .csv and .json"))
    }
}

/// Where `report --out` may not write: into the published site, the content or the templates,
/// or yishi's own working folders — compared as real paths (symbolic links followed, `..`
/// taken away), so that `--out ./x/../output` or a link to `output/` is refused too.
enum ReportFolder {
    struct Place {
        var zh: String
        var en: String
    }

    static func forbidden(_ out: String, site: URL) -> Place? {
        let target = realPath(out)
        let root = realPath(site.path)
        func inside(_ folder: String) -> Bool { target == folder || target.hasPrefix(folder == "/" ? "/" : folder + "/") }
        let named: [(String, Place)] = [
            ("output", Place(zh: "它在网站的 output/ 里，那是 yishi build 发布的网站，只由 build 写入",
                             en: "it is inside the site's output/, the published site, which only yishi build writes")),
            ("content", Place(zh: "它在 content/ 里，那里只放会议记录、单位等内容文件（报告放在那里，check 会当成多余的文件）",
                              en: "it is inside content/, which holds only the meeting files and settings (check would complain about the report files)")),
            ("templates", Place(zh: "它在 templates/ 里，那里只放网站的模板",
                                en: "it is inside templates/, which holds only the site's templates")),
        ]
        for (name, place) in named where inside(realPath(root + "/" + name)) { return place }
        // .yishi-cache/, the staging folders beside output/ and what a build leaves there.
        let own = Place(zh: "它在 yishi 自己的工作文件夹里（网站文件夹中以 .yishi- 开头的文件夹），那里的东西 yishi 会自己删除或改写",
                        en: "it is inside one of yishi's own working folders (those named .yishi-… in the site folder), which yishi removes or rewrites by itself")
        if target.hasPrefix(root == "/" ? "/" : root + "/") {
            let first = target.dropFirst(root == "/" ? 1 : root.count + 1).split(separator: "/").first ?? ""
            if first.hasPrefix(".yishi-") { return own }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for name in names where name.hasPrefix(".yishi-") && inside(realPath(root + "/" + name)) { return own }
        return nil
    }

    /// `path` made absolute (from the current folder), with every symbolic link in the part
    /// that exists followed and `.` and `..` taken away.
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = "/"
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." {
                resolved = (resolved as NSString).deletingLastPathComponent
                continue
            }
            let next = resolved == "/" ? "/" + part : resolved + "/" + part
            if let real = realpath(next, nil) {
                resolved = String(cString: real)
                free(real)
            } else {
                resolved = next
            }
        }
        return resolved
    }
}
