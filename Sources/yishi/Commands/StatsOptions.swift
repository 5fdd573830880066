import ArgumentParser
import Foundation
import YishiCore

/// What `stats` and `report` compute: a period, a scope, an as-of date.
struct StatsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "2024（一年）、2024-q2（一个季度）、2024-05（一个月）或 all（全部）。", en: "2024 (a year), 2024-q2 (a quarter), 2024-05 (a month) or all."), valueName: "PERIOD"))
    var period: String = "all"

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "只统计这个单位和它下面的所有单位。", en: "Figures for this unit and every unit under it."), valueName: "ID"))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "只统计这个部门负责的议题和它到会的会议。", en: "Figures for the items this department owns and the meetings it attended."), valueName: "ID"))
    var department: String?

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "统计截至这一天，写成 年-月-日（默认：网站所在时区的今天）。", en: "Count as of this date, YYYY-MM-DD (default: today in the site's time zone)."), valueName: "DATE"))
    var asOf: String?

    /// Called from the command's `validate()`, which knows the site and so the language.
    func validate(_ language: Language) throws {
        if CommandValues.period(period) == nil { throw CommandValues.badPeriod(period, language) }
        if unit != nil && department != nil {
            throw CommandValues.refuse(language, zh: "--unit 和 --department 只能给一个", en: "give --unit or --department, not both")
        }
        if let asOf, CommandValues.day(asOf) == nil { throw CommandValues.badDay("--as-of", asOf, language) }
    }

    /// Loads the site, refusing content with errors (exit 1) and unknown scopes (exit 2).
    /// `writing`: whether the command writes a report (it says that none was written).
    func load(_ site: SiteOptions, writing: Bool = false) throws -> (LoadedSite, Statistics, Period, Scope, Language) {
        let root = try site.requireSite()
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        let language = site.language(for: loaded.content.settings)
        if loaded.diagnostics.hasErrors {
            DiagnosticPrinter.print(loaded.diagnostics, language: language)
            // Figures from content with errors would be figures nobody can trust: say that none
            // were made, so that a count of errors is not taken for a report with notes.
            let said = writing
                ? language.pick(zh: "内容有错误，这次没有写出报告，已有的报告文件一个字没改。改正上面的错误后，再运行 yishi report",
                                en: "the content has errors, so no report was written and the report files already there are untouched. Fix the errors above and run yishi report again")
                : language.pick(zh: "内容有错误，这次没有算出统计数字。改正上面的错误后，再运行 yishi stats",
                                en: "the content has errors, so no figures were worked out. Fix the errors above and run yishi stats again")
            FileHandle.standardError.put(Data(("yishi: " + said + "\n").utf8))
            throw ExitCode(ExitStatus.contentErrors)
        }
        var scope = Scope.site
        if let unit {
            guard loaded.content.units.contains(unit) else {
                throw CommandFailure(message: ScopeNames.unknown(unit, as: .unit, in: loaded.content, language: language))
            }
            scope = .unit(unit)
        }
        if let department {
            guard loaded.content.department(department) != nil else {
                throw CommandFailure(message: ScopeNames.unknown(department, as: .department, in: loaded.content, language: language))
            }
            scope = .department(department)
        }
        let day = asOf.flatMap(CommandValues.day) ?? Today.day(in: loaded.content.settings.timezone)
        let period = CommandValues.period(period)!
        // A period after the as-of date has no figures but zeros: more often a mistyped year
        // (2062 for 2026) than a look ahead, which --as-of makes.
        if let days = period.days, days.lowerBound > day {
            FileHandle.standardError.put(Data(("yishi: " + language.pick(
                zh: "--period \(period) 截至 \(day) 还没开始，各项都是 0：是不是年份写错了？要看那时的数字，请同时写 --as-of",
                en: "--period \(period) has not begun as of \(day), so every figure is 0: is the year mistyped? To look ahead, give --as-of too") + "\n").utf8))
        }
        return (loaded, Statistics(site: loaded, asOf: day), period, scope, language)
    }
}
