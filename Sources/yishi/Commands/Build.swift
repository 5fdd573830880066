import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi build`: check the content, then publish the site into `output/`.
///
/// A build with errors exits 1 and leaves `output/` exactly as it was.
struct Build: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "检查内容，把网站发布到 output/（不会发布只生成了一半的网站）。", en: "Check the content and publish the site into output/ (never a half-built site).")) }

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "统计截至这一天，写成 年-月-日（默认：网站所在时区的今天）。", en: "Compute everything as of this date, YYYY-MM-DD (default: today in the site's time zone)."), valueName: "DATE"))
    var asOf: String?

    func validate() throws {
        if let asOf, CommandValues.day(asOf) == nil { throw CommandValues.badDay("--as-of", asOf, options.messageLanguage) }
    }

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        // A published site as of a day still to come would say so to every resident, and count
        // every open matter as overdue: a mistyped year, never a wish.
        let today = Today.day(in: SiteBuilder.timezone(of: root))
        if let day = asOf.flatMap(CommandValues.day), day > today {
            throw CommandValues.refuse(options.messageLanguage,
                zh: "--as-of \(day) 还没到（今天是 \(today)）：发布出去的网站会说数据截至那天，未办结的议题也会按那天算超期。是不是年份写错了？要按今天发布，不写 --as-of 即可",
                en: "--as-of \(day) has not come yet (today is \(today)): the published site would say its data is as of that day and count open matters as overdue by then. Is the year mistyped? To publish as of today, leave --as-of out")
        }
        var buildOptions = SiteBuilder.Options(asOf: asOf.flatMap(CommandValues.day))
        buildOptions.leaveToExit = true
        let outcome = SiteBuilder.build(site: root, options: buildOptions, today: Today.day(in:))
        let language = options.lang.flatMap(CommandValues.language) ?? outcome.language
        DiagnosticPrinter.print(outcome.diagnostics, language: language, always: false)
        // The site is fine without search (exit 0), but the secretary asked for it.
        if outcome.searchUnavailable, outcome.failure == nil {
            FileHandle.standardError.put(Data(("yishi: " + language.pick(
                zh: "警告：site.yml 写了 search: true，但没有找到 Pagefind，搜索没有建成，网站上没有搜索。要有搜索，请安装 Pagefind：pip install 'pagefind[extended]'，然后再运行 yishi build",
                en: "warning: site.yml says search: true, but Pagefind was not found, so search was not built and the site has none. For search, install Pagefind: pip install 'pagefind[extended]', then run yishi build again") + "\n").utf8))
        }
        if let failure = outcome.failure {
            fail(CommandFailure(message: SystemWords.publishFailure(failure, output: "output/", language: language)))
        }
        // Old copies of the site this user could not remove: the site is published all the same.
        let left = !(outcome.published || outcome.upToDate) ? [] : Set(outcome.summary?.leftBehind ?? []).union(SiteWriter(output: root.appendingPathComponent("output")).setAside()).sorted()
        if !left.isEmpty {
            FileHandle.standardError.put(Data(("yishi: " + SystemWords.leftBehind(left, site: root, language: language) + "\n").utf8))
        }
        if let cache = SiteBuilder.cacheObstacle(site: root) {
            FileHandle.standardError.put(Data(("yishi: " + SystemWords.cacheNotSaved(cache, language: language) + "\n").utf8))
        }
        if outcome.upToDate, let day = outcome.asOf {
            print(language.pick(zh: "output/ 已是最新（截至 \(day)），内容和模板都没有变化", en: "output/ is up to date as of \(day): no content or template changed"))
            // The warnings were printed by the build that made output/; a secretary who sees
            // none now would take them for mended.
            let n = outcome.earlierWarnings
            if n > 0 {
                print(language.pick(zh: "上次发布时有 \(n) 个警告，内容没变，它们都还在：运行 yishi check 可以再列出来",
                                    en: "the build that published it gave \(n) warning\(n == 1 ? "" : "s"), which still stand\(n == 1 ? "s" : ""): yishi check lists \(n == 1 ? "it" : "them") again"))
            }
            return
        }
        guard let summary = outcome.summary, let day = outcome.asOf else {
            // The error count alone leaves a secretary wondering whether residents now see a
            // broken site: say that nothing was published and what they still see.
            let published = FileManager.default.fileExists(atPath: root.appendingPathComponent("output/index.html").path)
            FileHandle.standardError.put(Data(("yishi: " + SystemWords.notPublished(outputKept: published, language: language) + "\n").utf8))
            throw ExitCode(ExitStatus.contentErrors)
        }
        if let page = outcome.minutesOnly {
            print(language.pick(zh: "只有会议纪要正文有改动：已更新 output/\(page)（截至 \(day)），其余页面不变",
                                en: "only the minutes changed: updated output/\(page) as of \(day); every other page stays"))
            return
        }
        if let pages = outcome.detailsOnly {
            let list = pages.isEmpty ? language.pick(zh: "没有文件需要改写", en: "no file needed rewriting")
                : pages.map { "output/" + $0 }.joined(separator: language.pick(zh: "、", en: ", "))
            print(language.pick(zh: "只有会议的时间、地点、主持人、议程或纪要等细节有改动：已更新 \(list)（截至 \(day)），其余页面不变",
                                en: "only details of a meeting changed (time, venue, host, agenda, minutes…): updated \(list) as of \(day); every other page stays"))
            return
        }
        if let edit = outcome.editedOnly {
            print(language.pick(
                zh: "只有 \(edit.meetings) 个会议文件有改动：重新生成了\(edit.meetings == 1 ? "它" : "它们")涉及的 \(edit.rendered) 个文件，改写其中 \(summary.written) 个（截至 \(day)），其余页面不变",
                en: edit.meetings == 1
                    ? "only 1 meeting file changed: rendered the \(edit.rendered) files it reaches and rewrote \(summary.written) of them as of \(day); every other page stays"
                    : "only \(edit.meetings) meeting files changed: rendered the \(edit.rendered) files they reach and rewrote \(summary.written) of them as of \(day); every other page stays"))
            return
        }
        print(language.pick(
            zh: "已发布到 output/（截至 \(day)）：\(outcome.meetings) 次会议、\(outcome.items) 个议题；写入 \(summary.written) 个文件，沿用 \(summary.reused) 个未变的文件",
            en: "published output/ as of \(day): \(outcome.meetings) meetings, \(outcome.items) items; \(summary.written) files written, \(summary.reused) unchanged files reused"))
    }
}
