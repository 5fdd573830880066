import Foundation
import Testing
@testable import YishiCore
@testable import YishiSite

/// The rendered site: addresses, anchors, timelines, withheld items, links that resolve.
@Suite struct SiteRendererTests {
    static let files: [String: String] = [
        "content/site.yml": "title: 测试公开栏\nbase_url: https://example.org/ys/\nnotice:\n  days: 7\n  hotline: \"0000-12345678\"\n",
        "content/units.yml": "- id: dist\n  name: 区\n  children:\n    - id: town\n      name: 镇\n      children:\n        - id: v1\n          name: 一村\n        - id: v2\n          name: 二村\n",
        "content/departments.yml": "- id: d1\n  name: 一局\n",
        "content/meetings/2024/m1.md": """
            ---
            title: 一村路灯夜话
            date: 2024-04-10
            time: "19:30-21:00"
            unit: v1
            venue: 村委会门口
            attendance: {total: 20, residents: 15}
            departments: [d1]
            aliases: [old-m1]
            publicized: 2024-04-12
            items:
              - {id: A, title: 东侧路灯不亮, kind: problem, owner: d1, due: 2024-04-30, status: accepted, decision: 安装太阳能路灯}
              - {id: P, title: 某户家事纠纷秘密, kind: dispute, private: true, raised_by: 当事人邻居, decision: 私下调解内容}
            ---
            ## 会议记录

            居民代表反映路灯不亮。

            """,
        "content/meetings/2024/m2.md": "---\ntitle: 二村夜话\ndate: 2024-05-20\nunit: v2\nvenue: 二村广场\nupdates:\n  - {item: A, status: in_progress, note: 已进场施工}\n---\n",
        "content/meetings/2024/m3.md": "---\ntitle: 二村下次夜话\ndate: 2024-07-01\nunit: v2\nvenue: 二村广场\nagenda: [讨论停车难]\nitems:\n  - {id: F, title: 未来议题, kind: problem}\n---\n",
        "content/updates/2024/u1.md": "---\ndate: 2024-05-25\nupdates:\n  - {item: A, status: resolved, note: 40盏路灯已亮, satisfaction: satisfied}\n  - {item: P, status: resolved, note: 秘密调解结果}\n---\n",
    ]

    let output: [String: String]

    init() throws {
        let renderer = try Self.renderer()
        output = renderer.render().merging(OpenData.files(renderer.stats)) { a, _ in a }
    }

    /// A renderer of `files` with the built-in theme, whose content and theme must have no
    /// problem, as of `asOf`.
    static func renderer(_ files: [String: String] = files, asOf: String = "2024-06-30",
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SiteRenderer {
        let site = SiteLoader.load(from: MemorySource(files))
        #expect(site.diagnostics.all.isEmpty, "\(site.diagnostics.all.map { $0.rendered(in: .en) })", sourceLocation: sourceLocation)
        let (theme, problems) = Theme.load(siteTemplates: nil, locale: "zh-Hans")
        #expect(problems.isEmpty, sourceLocation: sourceLocation)
        return SiteRenderer(site: site, statistics: Statistics(site: site, asOf: Day(iso: asOf)!), theme: try #require(theme, sourceLocation: sourceLocation))
    }

    @Test func oneFilePerMeetingWithItemsAsAnchoredSectionsAndTimelines() throws {
        let page = try #require(output["meetings/m1.html"])
        #expect(page.contains("<section class=\"item status-resolved\">\n<h3 id=\"A\">"))
        #expect(page.contains("<time datetime=\"2024-05-20\">2024-05-20</time> <span class=\"status step-in_progress\">办理中</span>"))
        #expect(page.contains("已进场施工（在<a href=\"../meetings/m2.html\">二村夜话</a>上通报）"))
        // A step shows what it recorded, not the item's later owner, due date or rating.
        #expect(page.contains("<li><time datetime=\"2024-05-20\">2024-05-20</time> <span class=\"status step-in_progress\">办理中</span> — 已进场施工（在<a href=\"../meetings/m2.html\">二村夜话</a>上通报）</li>"))
        #expect(page.contains("40盏路灯已亮"))
        #expect(page.contains("<h2 id=\"_minutes\">会议纪要</h2>") && page.contains("<p>居民代表反映路灯不亮。</p>"))
        // The minutes' own headings sit under the page's 会议纪要, a level down.
        #expect(page.contains("<h3>会议记录</h3>") && !page.contains("<h2>会议记录</h2>"))
        #expect(output.keys.filter { $0.hasPrefix("meetings/") }.sorted() == ["meetings/m1.html", "meetings/m2.html", "meetings/m3.html", "meetings/old-m1.html"])
    }

    /// A month's charts show the twelve months up to it, but none before the site's first
    /// meeting (2024-04): zeros there would read as months without meetings.
    @Test func aMonthsChartsStartAtTheFirstMeeting() throws {
        let page = try #require(output["reports/2024-05.html"])
        let svg = try #require(page.range(of: "<svg").map { String(page[$0.lowerBound...]) }?.components(separatedBy: "</svg>").first)
        let labels = svg.components(separatedBy: "text-anchor=\"middle\">").dropFirst().compactMap { $0.components(separatedBy: "<").first }
        // A value above each bar, then the month under it; the year on a line below the first
        // month only ("24/4" read as a day).
        #expect(labels == ["1", "4月", "1", "5月"], "\(labels)")
        #expect(svg.components(separatedBy: "fill=\"#545d68\">").dropFirst().compactMap { $0.components(separatedBy: "<").first } == ["2024"])
    }

    /// What scrolls sideways on a phone can take the keyboard's focus, which a keyboard user
    /// needs to scroll it: the minutes' tables and the charts.
    @Test func whatScrollsSidewaysCanTakeTheFocus() throws {
        #expect(Minutes.html("| 事项 | 结果 |\n|---|---|\n| 路灯 | 已修 |\n").contains("<table tabindex=\"0\">\n<thead>"))
        #expect(Minutes.html("`<table>` 不是表格\n") == "<p><code>&lt;table&gt;</code> 不是表格</p>\n")
        // A speaker to a line, as a secretary writes in Word: each stays on its line.
        #expect(Minutes.html("张三：路灯坏了两个月。\n李四（住建局）：一个月内更换。\n")
                == "<p>张三：路灯坏了两个月。<br />\n李四（住建局）：一个月内更换。</p>\n")
        #expect(try #require(output["reports/2024-05.html"]).contains("<div class=\"chart-scroll\" tabindex=\"0\"><svg"))
    }

    /// A table of the minutes three columns wide or more names its columns for the phone
    /// layout, where each row is a block and each cell follows its column's name: from the
    /// header row's text, its markup dropped, a quote escaped for CSS; a column without a
    /// name gets none, not the next one's.
    @Test func aWideMinutesTableNamesItsColumnsForAPhone() throws {
        let html = Minutes.html("| 编号 | **事项** | | 说\"明 | 时限 |\n|---|:-:|---|---|---|\n| A-1 | 路灯 | 甲 | 乙 | 5月 |\n")
        #expect(html.hasPrefix("<table tabindex=\"0\" style=\"--c1:&quot;编号&quot;;--c2:&quot;事项&quot;;--c4:&quot;说\\&quot;明&quot;;--c5:&quot;时限&quot;\">\n<thead>"), "\(html)")
        #expect(Minutes.html("| 事项 | 结果 |\n|---|---|\n| 路灯 | 已修 |\n").hasPrefix("<table tabindex=\"0\">\n"), "two columns fit a phone as they are")
        // Two tables: each its own names.
        let two = Minutes.html("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n\n| 甲 | 乙 | 丙 | 丁 |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n")
        #expect(two.contains("--c3:&quot;c&quot;\">") && two.contains("--c4:&quot;丁&quot;\">"), "\(two)")
    }

    /// A screen reader meets a chart as one image: its numbers are said in words beside the
    /// drawing, each month by its whole name (the drawing's `5` is May 2024).
    @Test func aChartsNumbersAreSaidInWords() throws {
        let page = try #require(output["reports/2024-05.html"])
        #expect(page.contains("aria-labelledby=\"c1-site-2024-05-t\" aria-describedby=\"c1-site-2024-05-d\""))
        #expect(page.contains("<desc id=\"c1-site-2024-05-d\">2024年4月：1；2024年5月：1</desc>"))
        #expect(page.contains("<desc id=\"c2-site-2024-05-d\">2024年4月：提出 2，办结 0；2024年5月：提出 0，办结 2</desc>"))
    }

    /// A report links up to its unit and along to the period before and after of the same
    /// length; one with no neighbour has no empty bar of links.
    @Test func aReportLinksToItsUnitAndItsNeighbouringPeriods() throws {
        let may = try #require(output["reports/2024-05.html"])
        #expect(may.contains("<a href=\"../reports/2024-04.html\" rel=\"prev\">‹ 上一期：2024年4月</a>"))
        #expect(may.contains("<a href=\"../reports/2024-06.html\" rel=\"next\">下一期：2024年6月 ›</a>"))
        #expect(may.contains("<p class=\"breadcrumb\"><a href=\"../index.html\">区</a>"))
        let town = try #require(output["reports/town/2024-04.html"])
        #expect(town.contains("<p class=\"breadcrumb\"><a href=\"../../units/town.html\">镇</a> · <a href=\"../../reports/index.html#unit-town\">统计报告</a></p>"))
        // The index it links back to has that section, and a list of its sections at the top.
        let index = try #require(output["reports/index.html"])
        #expect(index.contains("<h2 id=\"unit-town\">镇</h2>") && index.contains("<h2 id=\"site\">区</h2>"))
        #expect(index.contains("<a href=\"#site\">区</a> <a href=\"#unit-town\">镇</a>"))
        #expect(!town.contains("rel=\"prev\"") && town.contains("<a href=\"../../reports/town/2024-05.html\" rel=\"next\">"))
        for path in ["reports/all.html", "reports/2024-q2.html", "reports/2024.html"] {
            #expect(try #require(output[path]).contains("class=\"period-nav\"") == false, "\(path)")
        }
    }

    @Test func thePrintedNoticeHasIssuerPeriodHotlineAndAQRCodeOfThePublicURL() throws {
        let page = try #require(output["meetings/m1.html"])
        #expect(page.contains("<dd>镇一村</dd>"))
        #expect(page.contains("<dd>2024-04-12 至 2024-04-18</dd>"))
        #expect(page.contains("<dd>0000-12345678</dd>"))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="))
        #expect(page.contains("https://example.org/ys/meetings/m1.html"))
        #expect(page.contains("<tr><td><span class=\"notice-id\">A</span> 东侧路灯不亮</td><td>安装太阳能路灯</td>"), "the id a resident can cite on the phone")
    }

    /// A matter screened out has no decision but a reason: the board shows the reason, not an
    /// empty cell, whether it was given when the matter was raised or in a later update.
    @Test func theNoticeGivesTheReasonWhereAMatterHasNoDecision() throws {
        var files = Self.files
        files["content/meetings/2024/m4.md"] = """
            ---
            title: 一村五月夜话
            date: 2024-05-08
            unit: v1
            venue: 村委会门口
            items:
              - {id: R, title: 公交班次少, kind: problem, status: rejected, note: 线路已由全区统一调整}
              - {id: S, title: 建议修篮球场, kind: suggestion, note: 居民代表提议}
              - {id: T, title: 路边摊占道, kind: problem}
              - {id: U, title: 夜市选址, kind: problem, owner: d1, status: accepted, decision: 划定夜市经营区域}
            ---
            """
        files["content/updates/2024/u3.md"] = "---\ndate: 2024-05-20\nupdates:\n  - {item: T, status: referred, note: 转城管执法处理}\n  - {item: S, status: accepted, owner: d1, note: 已派人查看场地}\n---\n"
        files["content/updates/2024/u2.md"] = "---\ndate: 2024-06-01\nupdates:\n  - {item: U, status: rejected, note: 选址影响通行安全}\n---\n"
        let page = try #require(try Self.renderer(files).render()["meetings/m4.html"])
        // A decision taken and set aside later: the reason beside it, not the decision alone.
        #expect(page.contains("<tr><td><span class=\"notice-id\">U</span> 夜市选址</td><td>划定夜市经营区域<br><span class=\"notice-reason\">理由：选址影响通行安全</span></td>"))
        #expect(page.contains("<tr><td><span class=\"notice-id\">R</span> 公交班次少</td><td>线路已由全区统一调整</td>"))
        #expect(page.contains("<tr><td><span class=\"notice-id\">T</span> 路边摊占道</td><td>转城管执法处理</td>"))
        // A remark or a progress note is not a decision: a dash, not a cell that looks
        // misprinted. The owner's name stays on one line ("区疾控中 / 心" was printed).
        #expect(page.contains("<tr><td><span class=\"notice-id\">S</span> 建议修篮球场</td><td>—</td><td class=\"nowrap\">一局</td>"), "\(page)")
    }

    @Test func privateItemsAreCountedButTheirTextNeverPublished() {
        for (path, text) in output {
            #expect(!text.contains("某户家事纠纷秘密") && !text.contains("私下调解内容") && !text.contains("秘密调解结果")
                    && !text.contains("当事人邻居"), "\(path)")
        }
        #expect(output["meetings/m1.html"]!.contains("有 1 个议题涉及个人隐私，依规不予公开，但计入统计。"))
        #expect(output["data/items.csv"]!.contains("\r\nP,m1,2024-04-10,v1,dispute,"))
    }

    /// A department with nothing resolved in the period shows its rate as "—（0/0）", as every
    /// rate on the pages shows n and d: a bare dash reads as a figure left out.
    @Test func aDepartmentsRateOfNothingShowsZeroOverZero() throws {
        let april = try #require(output["reports/2024-04.html"])
        #expect(april.contains("<td data-label=\"按期办结率\">—（0/0）</td>"), "A is assigned in April and resolved in May")
        #expect(output["reports/2024-05.html"]!.contains("<td data-label=\"按期办结率\">0.0%（0/1）</td>"), "resolved 05-25, due 04-30")
    }

    @Test func anUpcomingMeetingIsAnnouncedAndNotCounted() throws {
        let home = try #require(output["index.html"])
        #expect(home.contains("即将召开的会议") && home.contains("二村下次夜话") && home.contains("二村广场"))
        #expect(output["units/v2.html"]!.contains("讨论停车难"))
        #expect(home.contains("<ul><li>讨论停车难</li></ul>"), "the agenda, as DESIGN §3 asks of the announcement")
        let meeting = try #require(output["meetings/m3.html"])
        #expect(meeting.contains("这次会议尚未召开") && !meeting.contains("id=\"F\""))
        #expect(!output["data/items.csv"]!.contains("\r\nF,"))
    }

    /// An upcoming meeting's page speaks of invitations and an announcement; a matter screened
    /// out or handed on shows no deadline; a category that repeats the kind is said once.
    @Test func whatAPageSaysFitsTheMatter() throws {
        var files = Self.files
        files["content/meetings/2024/m3.md"] = "---\ntitle: 二村下次夜话\ndate: 2024-07-01\nunit: v2\ndepartments: [d1]\nleaders: [镇长]\n---\n会前请各组收集意见。\n"
        files["content/meetings/2024/m4.md"] = "---\ntitle: 一村五月夜话\ndate: 2024-05-05\nunit: v1\nitems:\n  - {id: R, title: 要求村里出钱修私家院墙, kind: dispute, category: 矛盾纠纷, status: rejected, note: 属私人财产}\n  - {id: S, title: 路口加装反光镜, kind: suggestion, category: 交通, owner: d1, due: 2024-06-10, status: accepted}\n  - {id: T, title: 垃圾桶不够, kind: problem, owner: d1, status: accepted}\n---\n"
        let out = try Self.renderer(files).render()
        let upcoming = try #require(out["meetings/m3.html"])
        #expect(upcoming.contains("<dt>拟到会部门</dt>") && upcoming.contains("<dt>拟到会领导</dt>") && !upcoming.contains("<dt>到会部门</dt>"))
        #expect(upcoming.contains("<h2 id=\"_minutes\">会议预告</h2>") && upcoming.contains(">打印预告</button>") && !upcoming.contains("<h2 id=\"_minutes\">会议纪要</h2>"))
        let held = try #require(out["meetings/m1.html"])
        #expect(held.contains("<dt>到会部门</dt>") && held.contains("<h2 id=\"_minutes\">会议纪要</h2>") && held.contains(">打印公示</button>"))
        let m4 = try #require(out["meetings/m4.html"])
        let rejected = try #require(m4.components(separatedBy: "id=\"R\"").last?.components(separatedBy: "</section>").first)
        #expect(!rejected.contains("办理期限") && rejected.contains("<dd>矛盾纠纷</dd>"), "\(rejected)")
        let accepted = try #require(m4.components(separatedBy: "id=\"S\"").last?.components(separatedBy: "</section>").first)
        #expect(accepted.contains("<dt>办理期限</dt><dd>2024-06-10</dd>") && accepted.contains("<dd>意见建议 · 交通</dd>")
                // How urgent it is, said with its name: 一般 alone read as nothing.
                && accepted.contains("<dt>缓急</dt><dd>一般</dd>"))
        // The printed notice: the rejected matter has no owner or deadline, said with a dash (a
        // blank cell on paper reads as a form left unfilled); the other's deadline is given.
        #expect(m4.contains("<td>属私人财产</td><td class=\"nowrap\">—</td><td class=\"nowrap\">—</td>"))
        #expect(m4.contains("<td class=\"nowrap\">2024-06-10</td>"))
        // A matter given no deadline shows the site's default (30 days after it was raised),
        // marked as such: a reader must not take it for the department's promise.
        let undated = try #require(m4.components(separatedBy: "id=\"T\"").last?.components(separatedBy: "</section>").first)
        // The item's own facts say it in words; the notice's narrow cell says 默认, and a line
        // under the table says what that means, and what day the statuses are as of.
        #expect(undated.contains("<dt>办理期限</dt><dd>2024-06-04（会上未定期限，按规定 30 天计）</dd>"), "\(undated)")
        #expect(m4.contains("<td class=\"nowrap\">2024-06-04（默认）</td>"))
        #expect(m4.contains("<p class=\"notice-note\">办理状态截至 2024-06-30。期限后注“默认”的，会上未定期限，按规定 30 天计。</p>"), "\(m4)")
        #expect(!(try #require(out["meetings/m1.html"])).contains("期限后注"))
        #expect(!accepted.contains("（默认）") && !accepted.contains("会上未定期限"))
        let report = try #require(out["reports/2024-05.html"])
        #expect(report.contains("<td>2024-06-04（默认）</td>") || report.contains(">2024-06-04（默认）<"), "the report's overdue list")
    }

    /// A deadline moved: the first one promised stands beside it, and one moved only after it
    /// had passed says so, which the new date alone hides; one moved in time does not.
    @Test func aMovedDeadlineShowsTheFirstOne() throws {
        var files = Self.files
        files["content/meetings/2024/m6.md"] = "---\ntitle: 一村五月夜话\ndate: 2024-05-01\nunit: v1\nitems:\n  - {id: L, title: 河堤护栏, kind: problem, owner: d1, due: 2024-05-10, status: accepted}\n  - {id: K, title: 桥头积水, kind: problem, owner: d1, due: 2024-06-20, status: accepted}\n---\n"
        files["content/updates/2024/u3.md"] = "---\ndate: 2024-05-20\nupdates:\n  - {item: L, status: deferred, due: 2024-08-01, note: 材料未到}\n  - {item: K, status: deferred, due: 2024-08-01, note: 汛期后施工}\n---\n"
        let page = try #require(try Self.renderer(files).render()["meetings/m6.html"])
        let late = try #require(page.components(separatedBy: "id=\"L\"").last?.components(separatedBy: "</section>").first)
        #expect(late.contains("<dt>办理期限</dt><dd>2024-08-01</dd>"), "\(late)")
        #expect(late.contains("<dt>原定期限</dt><dd>2024-05-10 <span class=\"late\">过期后才延期</span></dd>"), "\(late)")
        let inTime = try #require(page.components(separatedBy: "id=\"K\"").last?.components(separatedBy: "</section>").first)
        #expect(inTime.contains("<dt>原定期限</dt><dd>2024-06-20</dd>"), "\(inTime)")
        // An item whose deadline never moved has no such line.
        let m1 = try #require(output["meetings/m1.html"])
        #expect(!m1.contains("原定期限"))
    }

    /// A town's page lists a hundred meetings and items: its figures come first, and its line
    /// of contents says so. A village's come after its few meetings and items.
    @Test func aTownsFiguresComeBeforeItsLists() throws {
        for (unit, first) in [("town", true), ("dist", true), ("v1", false)] {
            let page = try #require(output["units/\(unit).html"])
            let figures = try #require(page.range(of: "<h2 id=\"figures\">")), meetings = try #require(page.range(of: "<h2 id=\"meetings\">"))
            #expect((figures.lowerBound < meetings.lowerBound) == first, "\(unit)")
            let nav = try #require(page.range(of: "<a href=\"#figures\">")), navMeetings = try #require(page.range(of: "<a href=\"#meetings\">"))
            #expect((nav.lowerBound < navMeetings.lowerBound) == first, "\(unit)")
        }
        // The report index marks a period still under way, as its own page does.
        let index = try #require(output["reports/index.html"])
        #expect(index.contains("</a><span class=\"meta\">（未结束）</span>"))
        #expect(index.contains("<a href=\"../reports/2024-06.html\">2024年6月</a></li>"))
    }

    /// An address the site does not have gets a page of the site's own, in its language, whose
    /// links work at any depth (a host serves it for /ys/meetings/nothing/at/all); it is no
    /// page of the site, so the sitemap leaves it out.
    @Test func aMissingPageHasAPageOfItsOwn() throws {
        let page = try #require(output["404.html"])
        #expect(page.contains("<h1>找不到这个页面</h1>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/ys/assets/style.css\">") && page.contains("<a href=\"/ys/units/index.html\">"))
        #expect(!(try #require(output["sitemap.xml"])).contains("404"))
        // Every link leads to a file of the site, from its path.
        for link in Self.links(in: page) where link.hasPrefix("/ys/") {
            #expect(output[String(link.dropFirst(4))] != nil, "\(link)")
        }
        var files = Self.files
        files["content/site.yml"] = "title: 测试公开栏\n"
        #expect(try #require(try Self.renderer(files).render()["404.html"]).contains("<a href=\"/index.html\">"))
    }

    /// Search is linked, from every page's menu and the 404 page, only when its index was built:
    /// a page saying only that search is off is not written. A site's own older header, which
    /// links it on every page whatever, still finds the page there.
    @Test func searchIsLinkedAndWrittenOnlyWhenItWasBuilt() throws {
        #expect(output["search.html"] == nil)
        for path in ["index.html", "404.html", "meetings/m1.html", "units/index.html"] {
            #expect(!(try #require(output[path])).contains("search.html"), "\(path)")
        }
        let searching = try Self.renderer()
        searching.searchEnabled = true
        let built = searching.render()
        #expect(try #require(built["search.html"]).contains("id=\"search\""))
        #expect(try #require(built["index.html"]).contains("<li><a href=\"search.html\">搜索</a></li>"))
        #expect(try #require(built["meetings/m1.html"]).contains("<li><a href=\"../search.html\">搜索</a></li>"))
        #expect(try #require(built["404.html"]).contains("<li><a href=\"/ys/search.html\">搜索</a></li>"))
        #expect(try #require(built["sitemap.xml"]).contains("search.html"))
        // The header an earlier `yishi init` copied into a site, linking search whatever.
        var files = DefaultTheme.files
        files["header.mustache"] = try #require(files["header.mustache"]).replacingOccurrences(
            of: "{{#site.search}}<li><a href=\"{{root}}search.html\">{{t.site.search}}</a></li>\n{{/site.search}}",
            with: "<li><a href=\"{{root}}search.html\">{{t.site.search}}</a></li>\n")
        let (old, problems) = Theme.build(files: files, overridden: ["header.mustache"], locale: "zh-Hans")
        #expect(problems.isEmpty)
        let oldCopy = try #require(old)
        let builtIn = try #require(Theme.load(siteTemplates: nil, locale: "zh-Hans").0)
        #expect(oldCopy.linksSearchPageAlways && !builtIn.linksSearchPageAlways)
        let site = SiteLoader.load(from: MemorySource(Self.files))
        let kept = SiteRenderer(site: site, statistics: Statistics(site: site, asOf: Day(iso: "2024-06-30")!), theme: oldCopy).render()
        #expect(try #require(kept["index.html"]).contains("<li><a href=\"search.html\">搜索</a></li>"))
        #expect(try #require(kept["search.html"]).contains("本站没有开启搜索"))
    }

    /// Chinese runs words and numbers together, but for two Latin ones; English spaces them.
    @Test func wordsAreJoinedAsTheLanguageWritesThem() {
        #expect(Theme.joined(["云溪区", "2026年10月", "统计报告"], chinese: true) == "云溪区2026年10月统计报告")
        #expect(Theme.joined(["2026", "年办结的议题"], chinese: true) == "2026年办结的议题")
        #expect(Theme.joined(["青石（社区）", "2026年", "统计报告"], chinese: true) == "青石（社区）2026年统计报告")
        #expect(Theme.joined(["ABC社区 Zone", "2026"], chinese: true) == "ABC社区 Zone 2026")
        #expect(Theme.joined(["区", "", "全部时间"], chinese: true) == "区全部时间")
        #expect(Theme.joined(["示例区", "2026-03", "Report"], chinese: false) == "示例区 2026-03 Report")
        #expect(Theme.joined(["2026", "— items closed that year"], chinese: false) == "2026 — items closed that year")
    }

    @Test func aUnitPageListsItsItemsAndThoseOfTheUnitsUnderIt() throws {
        let link = "<a href=\"../meetings/m1.html#A\">A 东侧路灯不亮</a>"
        for unit in ["v1", "town", "dist"] {
            let page = try #require(output["units/\(unit).html"])
            #expect(page.contains("<h2 id=\"items\">议题</h2>") && page.contains(link), "\(unit)")
        }
        let v2 = try #require(output["units/v2.html"])
        #expect(!v2.contains(link))
        // An item of a meeting still to come is not listed before it is raised.
        #expect(!v2.contains("m3.html#F"))
        // No item was raised there before the as-of date: the list says so.
        #expect(v2.contains("<h2 id=\"items\">议题</h2>\n<ul class=\"items\"><li>没有。</li></ul>"))
    }

    /// A village's page lists what is still owed before what was done: overdue (most overdue
    /// first), then the rest still open, newest first, then the closed, the latest closed first,
    /// as the item lists do;
    /// its figures come after its meetings and items, reached from the line of contents at the top.
    @Test func aUnitPageListsOverdueThenOpenThenClosedItems() throws {
        var files = Self.files
        files["content/meetings/2024/m5.md"] = """
            ---
            title: 一村六月夜话
            date: 2024-06-01
            unit: v1
            items:
              - {id: B, title: 早已办结, kind: problem, owner: d1, status: resolved}
              - {id: C, title: 晚些超期, kind: problem, owner: d1, due: 2024-06-20, status: accepted}
              - {id: D, title: 期限未到, kind: problem, owner: d1, due: 2024-09-01, status: accepted}
              - {id: E, title: 早些超期, kind: problem, owner: d1, due: 2024-06-10, status: in_progress}
              - {id: E2, title: 同日超期, kind: problem, owner: d1, due: 2024-06-10, status: accepted}
              - {id: Y, title: 同日办结, kind: problem, owner: d1, status: resolved}
            ---

            """
        // Raised first and closed last: at the top of the closed, as in the item lists.
        files["content/meetings/2024/m0.md"] = "---\ntitle: 一村三月夜话\ndate: 2024-03-01\nunit: v1\nitems:\n  - {id: Z, title: 久办方结, kind: problem, owner: d1, due: 2024-12-01, status: accepted}\n---\n"
        files["content/updates/2024/u2.md"] = "---\ndate: 2024-06-25\nupdates:\n  - {item: Z, status: resolved}\n---\n"
        let out = try Self.renderer(files).render()
        let page = try #require(out["units/v1.html"])
        let order = ["#E\"", "#E2\"", "#C\"", "#D\"", "#Z\"", "#Y\"", "#B\"", "#A\""].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && zip(order, order.dropFirst()).allSatisfy { $0! < $1! },
                "E, E2 (due the same day: by id), C overdue; D open; Z (closed 06-25), Y and B (06-01: by id, descending), A (05-25) closed, the latest closed first")
        let at = { (s: String) in try #require(page.range(of: s)).lowerBound }
        #expect(try at("<nav class=\"contents\"") < at("<h2 id=\"meetings\">"))
        #expect(try at("<h2 id=\"meetings\">") < at("<h2 id=\"items\">") && at("<h2 id=\"items\">") < at("<h2 id=\"figures\">"))
        // A department's page is the same order, and its figures say what they count of it.
        let d1 = try #require(out["departments/d1.html"])
        #expect(try #require(d1.range(of: "#E\"")).lowerBound < #require(d1.range(of: "#B\"")).lowerBound)
        #expect(d1.contains("<dt>承办议题</dt>") && d1.contains("<dt>参加会议次数</dt>") && !d1.contains("<dt>提出议题</dt>"))
        // The heads at its meetings are not its own people: the name says whose they are.
        #expect(d1.contains("<dt>所参加会议参会人次</dt>") && !d1.contains("<dt>参会人次</dt>"), "\(d1)")
        #expect(page.contains("<dt>提出议题</dt>") && page.contains("<dt>会议次数</dt>"))
    }

    /// A village merged into another: its page says when and where to, with a link; the tree
    /// marks it; the reports of a month after it count and watch only the village left.
    @Test func aMergedVillageSaysWhereItWent() throws {
        var files = Self.files
        files["content/units.yml"] = files["content/units.yml"]!
            .replacingOccurrences(of: "        - id: v1\n          name: 一村\n",
                                  with: "        - id: v1\n          name: 一村\n          until: 2024-05-31\n          merged_into: v2\n") + "        - id: v3\n          name: 三村\n          since: 2024-09-01\n"
            + "        - id: v4\n          name: 四村\n          until: 2024-01-31\n"
        let out = try Self.renderer(files).render()
        let v1 = try #require(out["units/v1.html"])
        #expect(v1.contains("<div><dt>存续至</dt><dd><time datetime=\"2024-05-31\">2024-05-31</time></dd></div>"))
        #expect(v1.contains("<div><dt>并入</dt><dd><a href=\"../units/v2.html\">二村</a></dd></div>"))
        let v2 = try #require(out["units/v2.html"])
        #expect(!v2.contains("<dt>存续至</dt>"))
        #expect(v2.contains("<div><dt>并入本单位的</dt><dd><a href=\"../units/v1.html\">一村</a> <span class=\"meta\"><time datetime=\"2024-05-31\">2024-05-31</time></span> </dd></div>"))
        let tree = try #require(out["units/index.html"])
        #expect(tree.contains("<a href=\"../units/v1.html\">一村</a> <span class=\"meta\">1 次会议，已并入二村</span>"))
        #expect(tree.contains("<a href=\"../units/v2.html\">二村</a> <span class=\"meta\">1 次会议</span>"))
        #expect(tree.contains("<a href=\"../units/v3.html\">三村</a> <span class=\"meta\">0 次会议，尚未设立</span>"))
        #expect(tree.contains("<a href=\"../units/v4.html\">四村</a> <span class=\"meta\">0 次会议，已撤销</span>"))
        // The town's own list of its villages marks them too (it listed 一村 as if it stood).
        let town = try #require(out["units/town.html"])
        #expect(town.contains("<li><a href=\"../units/v1.html\">一村</a> <span class=\"meta\">已并入二村</span></li>"), "\(town)")
        #expect(town.contains("<li><a href=\"../units/v2.html\">二村</a></li>"))
        // Counted with the measure word, as people say it.
        #expect(v1.contains("<span class=\"nowrap\">2 个议题</span>"))
        let juneText = try #require(out["reports/2024-06.json"])
        let june = try #require(JSONSerialization.jsonObject(with: Data(juneText.utf8)) as? [String: Any])
        let coverage = try #require(june["coverage"] as? [String: Any])
        #expect(coverage["numerator"] as? Int == 0 && coverage["denominator"] as? Int == 1)
        #expect((june["cadence"] as? [[String: Any]])?.map { $0["unit"] as? String } == ["v2"])
    }

    /// A merger dated after the as-of date is to come: the village's page says so, and the
    /// village it goes into does not list it yet.
    @Test func aMergerStillToComeIsSaidAsToCome() throws {
        var files = Self.files
        files["content/units.yml"] = files["content/units.yml"]!
            .replacingOccurrences(of: "        - id: v1\n          name: 一村\n",
                                  with: "        - id: v1\n          name: 一村\n          until: 2024-08-31\n          merged_into: v2\n")
        let out = try Self.renderer(files).render()
        let v1 = try #require(out["units/v1.html"])
        #expect(v1.contains("<div><dt>存续至</dt><dd><time datetime=\"2024-08-31\">2024-08-31</time></dd></div>"))
        #expect(v1.contains("<div><dt>届时并入</dt><dd><a href=\"../units/v2.html\">二村</a></dd></div>"))
        #expect(!v1.contains("<dt>并入</dt>"))
        #expect(!(try #require(out["units/v2.html"])).contains("并入本单位的"))
        #expect(!(try #require(out["units/index.html"])).contains("已并入"))
    }

    /// The first 100 rows are taken overdue first, then open, then closed: 98 overdue, 1 open
    /// and 2 closed show the 98, the open one and one closed, and say one more is left out.
    @Test func aUnitPageFillsItsHundredRowsPendingFirst() throws {
        var files = Self.files
        let late = (1...98).map { "  - {id: L\($0), title: 超期\($0), kind: problem, owner: d1, due: 2024-06-10, status: accepted}" }
        let rest = ["  - {id: O1, title: 未到期, kind: problem, owner: d1, due: 2024-09-01, status: accepted}",
                    "  - {id: C1, title: 已办结一, kind: problem, owner: d1, status: resolved}",
                    "  - {id: C2, title: 已办结二, kind: problem, owner: d1, status: resolved}"]
        files["content/meetings/2024/m5.md"] = "---\ntitle: 一村六月夜话\ndate: 2024-06-01\nunit: town\nitems:\n" + (late + rest).joined(separator: "\n") + "\n---\n"
        let page = try #require(try Self.renderer(files).render()["units/town.html"])
        let items = try #require(page.components(separatedBy: "<h2 id=\"items\">").last?.components(separatedBy: "</ul>").first)
        #expect(items.components(separatedBy: "<li class=\"item-row").count - 1 == 100)
        #expect(items.contains("#L98\"") && items.contains("#O1\"") && items.contains("#C2\"") && !items.contains("#C1\"") && !items.contains("#A\""))
        #expect(page.contains("另有 3 条记录未在此列出"), "C1 and the two older items of the units under it")
    }

    @Test func anItemNobodyTookUpPastItsDeadlineIsMarked() throws {
        var files = Self.files
        files["content/meetings/2024/m4.md"] = "---\ntitle: 二村早先夜话\ndate: 2024-04-01\nunit: v2\nitems:\n  - {id: Q, title: 无人受理的建议, kind: suggestion}\n  - {id: R, title: 刚提出的建议, kind: suggestion, due: 2024-07-31}\n---\n"
        let output = try Self.renderer(files).render()
        let unit = try #require(output["units/v2.html"])
        let mark = "<span class=\"overdue\">已过期限仍未受理</span>"
        #expect(unit.contains("无人受理的建议</a> <span class=\"status\">待受理</span><span class=\"vh\">、</span> \(mark)"))
        #expect(!unit.contains("刚提出的建议</a> <span class=\"status\">待受理</span><span class=\"vh\">、</span> \(mark)"))
        let meeting = try #require(output["meetings/m4.html"])
        #expect(meeting.components(separatedBy: mark).count == 2)
        // Not counted as overdue: nobody committed to it.
        let home = try #require(output["index.html"])
        #expect(home.contains("目前没有超期未办结的议题。"))
    }

    /// An item resolved after its due date is marked so where it is shown: done, but the
    /// promise was missed, as the on-time rate counts it. One resolved on time is not.
    @Test func anItemResolvedAfterItsDueDateIsMarkedLate() throws {
        var files = Self.files
        files["content/meetings/2024/m5.md"] = "---\ntitle: 一村另一次夜话\ndate: 2024-05-01\nunit: v1\nitems:\n  - {id: B, title: 按时办好的事, kind: problem, owner: d1, due: 2024-05-31, status: accepted}\n---\n"
        files["content/updates/2024/u2.md"] = "---\ndate: 2024-05-25\nupdates:\n  - {item: B, status: resolved}\n---\n"
        let output = try Self.renderer(files).render()
        let mark = "<span class=\"late\">超期办结</span>"
        // The badges are boxes on screen; a separator, not shown, keeps a screen reader and the
        // search index from reading 已办结超期办结 as one word.
        // A: due 2024-04-30, resolved 2024-05-25.
        let m1 = try #require(output["meetings/m1.html"])
        #expect(m1.contains("<p class=\"status-line\"><span class=\"status\">已办结</span><span class=\"vh\">、</span> \(mark)</p>"))
        let m5 = try #require(output["meetings/m5.html"])
        #expect(m5.contains("<p class=\"status-line\"><span class=\"status\">已办结</span></p>") && !m5.contains(mark))
        // The printed notice says it too, in its status cell.
        #expect(m1.contains("<td class=\"nowrap\">已办结<br>超期办结</td>"), "\(m1)")
        #expect(m5.contains("<td class=\"nowrap\">已办结</td>"))
        let list = try #require(output["items/2024.html"])
        #expect(list.contains("东侧路灯不亮</a> <span class=\"status\">已办结</span><span class=\"vh\">、</span> \(mark) ") && list.contains("按时办好的事</a> <span class=\"status\">已办结</span> <span class=\"meta\">"))
        // Not before it is resolved: then it is overdue.
        let before = try Self.renderer(files, asOf: "2024-05-10").render()
        #expect(!(before["meetings/m1.html"] ?? "").contains(mark))
        // In a report's records of the resolved, the late one's date is marked, so that the
        // on-time rate can be recounted from the rows.
        let records = try #require(output["reports/2024-05.html"]?.components(separatedBy: "id=\"records-r-resolved\"").last)
        #expect(records.contains("<td>2024-04-30</td><td>2024-05-25<br><span class=\"mark\">超期</span></td>") && records.contains("<td>2024-05-31</td><td>2024-05-25</td>"), "\(records)")
    }

    /// The home page's month and year, still under way, say so, as their reports do: 会议次数
    /// 0 on the 2nd is not a month without meetings. On the month's last day the month is whole.
    @Test func theHomePageSaysItsPeriodsAreUnderWay() throws {
        let mid = try #require(try Self.renderer(asOf: "2024-06-15").render()["index.html"])
        #expect(mid.components(separatedBy: "<p class=\"note partial\">本期尚未结束：数据截至 2024-06-15。</p>").count == 3, "month and year")
        let end = try #require(output["index.html"])
        #expect(end.components(separatedBy: "<p class=\"note partial\">本期尚未结束：数据截至 2024-06-30。</p>").count == 2, "the year only")
    }

    /// A matter past its deadline that nobody has taken up is in no figure (not overdue, as
    /// nobody committed to it), but the home page lists it, under a heading and a line saying
    /// why it is not among the overdue; a site with none has no such section.
    @Test func theHomePageListsMattersNobodyTookUp() throws {
        var files = Self.files
        files["content/meetings/2024/m8.md"] = "---\ntitle: 一村四月夜话\ndate: 2024-04-12\nunit: v1\nattendance: {total: 9}\nitems:\n  - {id: W, title: 桥头减速带, kind: suggestion, due: 2024-05-12}\n---\n"
        let home = try #require(try Self.renderer(files).render()["index.html"])
        let section = try #require(home.components(separatedBy: "<h2>已过期限仍未受理的议题</h2>").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(section.contains("#W\">W 桥头减速带</a> <span class=\"status\">待受理</span>"), "\(section)")
        #expect(section.contains("不计入上面的超期未办结"))
        #expect(!(try #require(output["index.html"])).contains("已过期限仍未受理的议题"))
        // Twenty shown, as the overdue are, and how many in all.
        files["content/meetings/2024/m9.md"] = "---\ntitle: 一村四月又一次夜话\ndate: 2024-04-13\nunit: v1\nattendance: {total: 9}\nitems:\n"
            + (1...20).map { "  - {id: W\($0), title: 建议\($0), kind: suggestion, due: 2024-05-13}\n" }.joined() + "---\n"
        let many = try #require(try Self.renderer(files).render()["index.html"])
        let listed = try #require(many.components(separatedBy: "<h2>已过期限仍未受理的议题</h2>").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(listed.components(separatedBy: "<li class=\"item-row").count - 1 == 20)
        #expect(listed.contains("#W\">W 桥头减速带</a>"), "the longest waiting first")
        #expect(listed.contains(">已过期限仍未受理的议题共 21 个，按年份查看全部</a>"))
    }

    /// A village's page leaves out coverage, which for one village is 1/1 or 0/1; a town's
    /// page, over its villages, keeps it.
    @Test func aVillagesPageLeavesOutCoverage() throws {
        #expect(!(try #require(output["units/v1.html"])).contains("<dt>村（社区）覆盖率</dt>"))
        #expect(try #require(output["units/town.html"]).contains("<dt>村（社区）覆盖率</dt>"))
    }

    /// An overdue matter says for how long, wherever it is marked: on its section, in the
    /// lists, and on the printed notice, whose board a resident reads without the web page.
    @Test func anOverdueItemSaysForHowLong() throws {
        // A: due 2024-04-30, still accepted on 2024-05-10.
        let out = try Self.renderer(asOf: "2024-05-10").render()
        let m1 = try #require(out["meetings/m1.html"])
        #expect(m1.contains("<p class=\"status-line\"><span class=\"status\">已受理</span><span class=\"vh\">、</span> <span class=\"overdue\">已超期 10 天</span></p>"), "\(m1)")
        #expect(m1.contains("<td class=\"nowrap\">已受理<br>已超期 10 天</td>"))
        #expect(try #require(out["items/index.html"]).contains("<span class=\"overdue\">已超期 10 天</span>"))
        // Resolved, it is no longer overdue anywhere.
        #expect(!(try #require(output["meetings/m1.html"])).contains("已超期"))
    }

    /// Progress a meeting reported is shown as reported that day, and, once the matter has
    /// moved on, where it stands now: 办理中 alone, under an item card saying 已办结, reads as
    /// today's state.
    @Test func reportedProgressSaysWhereTheMatterStandsNow() throws {
        let now = try #require(output["meetings/m2.html"])
        #expect(now.contains("<li class=\"status-in_progress\"><a href=\"../meetings/m1.html#A\">A 东侧路灯不亮</a> <span class=\"status\">办理中</span> — 已进场施工 <span class=\"meta nowrap\">（现为已办结）</span></li>"))
        let then = try #require(try Self.renderer(asOf: "2024-05-21").render()["meetings/m2.html"])
        #expect(then.contains("<span class=\"status\">办理中</span> — 已进场施工</li>"))
    }

    @Test func moneyAndDaysAreShownWithTheirUnits() throws {
        var files = Self.files
        files["content/meetings/2024/m1.md"] = files["content/meetings/2024/m1.md"]!
            .replacingOccurrences(of: "decision: 安装太阳能路灯}", with: "decision: 安装太阳能路灯, funds: 1234567}")
        let output = try Self.renderer(files).render()
        let report = try #require(output["reports/2024.html"])
        #expect(report.contains("<a href=\"#records-r-raised\">1,234,567 <span class=\"suffix\">元</span></a>"))
        // Grouped alike on the item and in the records behind the figure (it was 1234567 there).
        #expect(output["meetings/m1.html"]!.contains("<dt>落实资金（元）</dt><dd>1,234,567</dd>"))
        #expect(report.contains(">1,234,567</td>"))
        // A raised 2024-04-10, resolved 2024-05-25.
        #expect(report.contains("<a href=\"#records-r-resolved\">45 <span class=\"suffix\">天</span></a><span class=\"fraction\">（九成在 45 天内办结）</span>"))
        // A figure with no value has no unit either.
        let april = try #require(output["reports/2024-04.html"])
        #expect(april.contains("<a href=\"#records-r-resolved\">—</a>"))
        #expect(["0", "999", "1,000", "-12,345", "1,000,000"] == [0, 999, 1000, -12345, 1_000_000].map(\.grouped))
    }

    /// A phone lays each record out as a block, each cell after its column's name: the names
    /// come once per table, as CSS strings, beside the header the wider screen shows.
    @Test func recordsTablesNameTheirColumnsForAPhone() throws {
        let report = try #require(output["reports/2024.html"])
        #expect(report.contains("<table style=\"--c2:&quot;提出日期&quot;;--c3:&quot;办理期限&quot;;"))
        #expect(report.contains("<th scope=\"col\">提出日期</th>"))
        // A table of records alone (the departments that attended) sets nothing.
        #expect(report.contains("<table>\n<thead><tr><th scope=\"col\">记录</th></tr></thead>"))
        // A locale's name may hold what would end a CSS string.
        #expect(SiteRenderer.columnLabels(["日期", "a\"b\\c\nd\u{0C}e"]) == #"--c2:"日期";--c3:"a\"b\\c d e""#)
    }

    /// A vote shows the parts the minutes give: one left out is not published as 0.
    @Test func aVoteShowsOnlyThePartsCounted() throws {
        var files = Self.files
        files["content/meetings/2024/m1.md"] = files["content/meetings/2024/m1.md"]!
            .replacingOccurrences(of: "decision: 安装太阳能路灯}", with: "decision: 安装太阳能路灯, vote: {赞成: 18, 反对: 2}}")
        let page = try #require(try Self.renderer(files).render()["meetings/m1.html"])
        #expect(page.contains("<dd>赞成 18 · 反对 2</dd>") && !page.contains("弃权 0"), "\(page)")
        files["content/meetings/2024/m1.md"] = files["content/meetings/2024/m1.md"]!
            .replacingOccurrences(of: "vote: {赞成: 18, 反对: 2}", with: "vote: {赞成: 18, 反对: 0, 弃权: 1}")
        #expect(try #require(try Self.renderer(files).render()["meetings/m1.html"]).contains("<dd>赞成 18 · 反对 0 · 弃权 1</dd>"))
    }

    /// The hotline is on every page, not only on the printed notice.
    @Test func everyPageGivesTheHotline() throws {
        for path in ["index.html", "units/v1.html", "reports/2024.html", "meetings/m1.html"] {
            #expect(try #require(output[path]).contains("<p>监督电话：0000-12345678</p>"), "\(path)")
        }
    }

    /// A year's charts start at the site's first meeting (April 2024 here): January to March
    /// as zeros would read as months without meetings.
    @Test func aYearsChartsStartAtTheFirstMeeting() throws {
        let year = try #require(output["reports/2024.html"])
        #expect(year.contains("2024年4月：") && !year.contains("2024年1月：") && !year.contains("2024年3月："))
        let quarter = try #require(output["reports/2024-q2.html"])
        #expect(quarter.contains("2024年4月：") && quarter.contains("2024年6月："))
    }

    /// The month of the as-of date is counted only up to it: its bar is marked, the words
    /// under the chart say to which day, and a month already over is not marked.
    @Test func theMonthStillUnderWayIsMarkedInTheCharts() throws {
        let mid = try Self.renderer(asOf: "2024-06-15").render()
        let year = try #require(mid["reports/2024.html"])
        #expect(year.contains(">6月＊</text>") && year.contains(">5月</text>"), "\(year)")
        #expect(year.contains("2024年6月（计到 15 日）："))
        #expect(year.components(separatedBy: "<p class=\"note\">＊6月只计到 15 日（统计日）。</p>").count == 3, "under both monthly charts")
        // Above each monthly chart, the months it spans: on a phone it opens scrolled to its
        // end, where no year is written.
        #expect(year.contains("<figcaption>每月会议次数 <span class=\"chart-span\">（2024年4月—2024年6月）</span></figcaption>"), "\(year)")
        let may = try #require(mid["reports/2024-05.html"])
        #expect(!may.contains("＊") && !may.contains("计到"), "May is over by the 15th of June")
        // On the month's last day it is whole.
        let whole = try #require(output["reports/2024.html"])
        #expect(whole.contains(">6月</text>") && !whole.contains("＊"))
    }

    @Test func anAliasPointsToTheMeeting() throws {
        let alias = try #require(output["meetings/old-m1.html"])
        #expect(alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=m1.html\">"))
        #expect(!output["sitemap.xml"]!.contains("old-m1"))
    }

    @Test func everyInternalLinkResolvesAndIsRelative() {
        var broken: [String] = []
        // 404.html is served at any depth: its links start at the site's path (tested apart).
        for (path, text) in output where path.hasSuffix(".html") && path != "404.html" {
            let folder = (path as NSString).deletingLastPathComponent
            for link in Self.links(in: text) {
                if link.hasPrefix("https://example.org/") { continue }  // canonical-free: only the notice URL
                #expect(!link.hasPrefix("/") && !link.hasPrefix("http"), "\(path): \(link)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target = parts[0].isEmpty ? path : Self.normalize(folder + "/" + parts[0])
                guard let page = output[target] ?? (target.hasPrefix("pagefind/") ? "" : nil) else { broken.append("\(path) → \(link)"); continue }
                if parts.count == 2, !parts[1].isEmpty, !page.contains("id=\"\(parts[1])\"") { broken.append("\(path) → \(link) (no anchor)") }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
    }

    /// DESIGN §5: long item lists split by year so no page grows without bound. 160 overdue
    /// items over two years: the index shows the first 100 and points to the years; each item
    /// still open is on the page of the year it was raised, and on no other.
    @Test func openItemsAreListedByTheYearTheyWereRaised() throws {
        var files = Self.files
        for year in [2023, 2024] {
            let items = (1...80).map { n in
                "  - {id: Y\(year)-\(n), title: 第\(n)件, kind: problem, status: accepted, owner: d1, due: \(year)-03-01}"
            }
            files["content/meetings/\(year)/big-\(year).md"] = "---\ntitle: \(year)年大会\ndate: \(year)-02-01\nunit: v1\nitems:\n"
                + items.joined(separator: "\n") + "\n---\n"
        }
        let out = try Self.renderer(files, asOf: "2024-12-31").render()
        let index = try #require(out["items/index.html"])
        func count(_ page: String, _ id: String) -> Int { page.components(separatedBy: "#\(id)\"").count - 1 }
        let listed = (1...80).flatMap { n in [2023, 2024].map { "Y\($0)-\(n)" } }.filter { count(index, $0) > 0 }
        #expect(listed.count == 100, "the index shows the first 100 of 160 overdue items")
        #expect(index.contains("另有 60 个未在此列出"))
        #expect(index.contains("items/open-2023.html") && index.contains("items/open-2024.html") && index.contains("id=\"years\""))
        for year in [2023, 2024] {
            let page = try #require(out["items/open-\(year).html"])
            for n in 1...80 {
                #expect(count(page, "Y\(year)-\(n)") == 1, "Y\(year)-\(n) on its year's page")
                #expect(count(page, "Y\(year == 2023 ? 2024 : 2023)-\(n)") == 0)
            }
        }
        #expect(out.keys.filter { $0.hasPrefix("items/") }.sorted()
                == ["items/2024.html", "items/index.html", "items/open-2023.html", "items/open-2024.html"])
    }

    /// The year's closed count on the item index says the resolved apart from those screened
    /// out or handed on: 办结 alone is the figure the home page and the reports give.
    @Test func theItemIndexCountsTheResolvedApart() throws {
        var files = Self.files
        files["content/meetings/2024/m7.md"] = "---\ntitle: 一村六月夜话\ndate: 2024-06-01\nunit: v1\nitems:\n  - {id: N1, title: 占道经营, kind: problem, status: referred, decision: 转城管处理, owner: d1, note: 属城管职责}\n  - {id: N2, title: 修建停车场, kind: suggestion, status: rejected, decision: 不建, note: 用地不符合规划}\n---\n"
        let renderer = try Self.renderer(files)
        let index = try #require(renderer.render()["items/index.html"])
        let year = try #require(index.components(separatedBy: "<strong>2024</strong>").last?.components(separatedBy: "</li>").first)
        let closed = renderer.stats.items.filter { $0.state.closedDate?.year == 2024 }
        let resolved = closed.filter { $0.state.status == .resolved }.count
        #expect(resolved > 0 && closed.count == resolved + 2, "the resolved and the two closed here")
        #expect(year.contains(">当年办结 \(resolved)，另不予受理或转办 \(closed.count - resolved)</a>"), "\(year)")
    }

    /// A year's list is split into pages, so that no page grows with the site: 45 overdue
    /// and 40 other open items of 2023 and 72 closed in 2024, at 30 rows a page. Every item is
    /// on exactly one page of its list, in the list's order (overdue first); a list with no
    /// row on a page is left out there rather than said to be empty; each page links to the
    /// others; and a rebuild that only lists the item pages names the same files.
    @Test func aLongYearListIsSplitIntoPagesThatLinkToEachOther() throws {
        var files = Self.files
        let late = (1...45).map { "  - {id: L\($0), title: 超期\($0), kind: problem, status: accepted, owner: d1, due: 2023-03-01}" }
        let still = (1...40).map { "  - {id: O\($0), title: 在办\($0), kind: problem, status: accepted, owner: d1, due: 2025-06-01}" }
        let done = (1...70).map { "  - {id: C\($0), title: 办结\($0), kind: problem, status: resolved, owner: d1, due: 2024-06-01}" }
        files["content/meetings/2023/big.md"] = "---\ntitle: 大会\ndate: 2023-02-01\nunit: v1\nitems:\n"
            + (late + still).joined(separator: "\n") + "\n---\n"
        files["content/meetings/2024/done.md"] = "---\ntitle: 办结会\ndate: 2024-03-01\nunit: v2\nitems:\n"
            + done.joined(separator: "\n") + "\n---\n"
        let renderer = try Self.renderer(files, asOf: "2024-12-31")
        renderer.itemsPerPage = 30
        let out = renderer.render()
        let open = ["items/open-2023.html", "items/open-2023-p2.html", "items/open-2023-p3.html"]
        let closed = ["items/2024.html", "items/2024-p2.html", "items/2024-p3.html"]
        let itemFiles = out.keys.filter { $0.hasPrefix("items/") }.sorted()
        #expect(itemFiles == (["items/index.html"] + open + closed + ["items/open-2024.html"]).sorted())
        // The ids in the order the pages show them.
        func ids(_ path: String) throws -> [String] {
            let page = try #require(out[path])
            return page.components(separatedBy: "#").dropFirst().compactMap { part -> String? in
                let id = part.prefix { $0 != "\"" }
                return id.first.map { ["L", "O", "C"].contains($0) } == true && id.dropFirst().allSatisfy(\.isNumber) ? String(id) : nil
            }
        }
        let openOrder = try open.flatMap(ids)
        #expect(openOrder.count == 85 && Set(openOrder).count == 85)
        #expect(Array(openOrder.prefix(45)) == (1...45).map { "L\($0)" }.sorted(), "overdue first, by due date then id")
        #expect(Array(openOrder.dropFirst(45)) == (1...40).map { "O\($0)" }.sorted(by: >), "then the others, newest first")
        #expect(try open.map { try ids($0).count } == [30, 30, 25])
        let closedOrder = try closed.flatMap(ids)
        #expect(closedOrder.count == 70 && Set(closedOrder) == Set((1...70).map { "C\($0)" }))
        // With the fixture's two items closed in 2024 (one of them withheld, so without a link).
        #expect(try closed.map { try #require(out[$0]).components(separatedBy: "class=\"item-row").count - 1 } == [30, 30, 12])
        // Under the month each was closed in, latest first; a month split across pages is
        // headed again on the next.
        let firstClosed = try #require(out[closed[0]])
        #expect(firstClosed.components(separatedBy: "<h2 id=\"2024-").count - 1 == 2)
        #expect(try #require(firstClosed.range(of: "<h2 id=\"2024-05\">2024年5月</h2>")).lowerBound
                < #require(firstClosed.range(of: "<h2 id=\"2024-03\">2024年3月</h2>")).lowerBound)
        #expect(try #require(out[closed[1]]).components(separatedBy: "<h2 id=\"2024-").dropFirst().map { $0.prefix(3) } == ["03\""])
        // A page of several months links to each from its top; one of a single month does not.
        #expect(firstClosed.contains("<nav class=\"month-links\" aria-label=\"月份\"><a href=\"#2024-05\">5月</a><a href=\"#2024-03\">3月</a></nav>"))
        #expect(try !#require(out[closed[1]]).contains("month-links"))
        // Page 2 holds the last 15 overdue and the first 15 others; page 3 only others.
        let second = try #require(out[open[1]]), third = try #require(out[open[2]])
        #expect(second.contains("id=\"overdue\"") && second.contains("id=\"open\""))
        #expect(!third.contains("id=\"overdue\"") && third.contains("id=\"open\"") && !third.contains("没有。"))
        #expect(second.contains("超期未办结（45）") && second.contains("其他未办结（40）"))
        #expect(second.contains("第 2 页，共 3 页"))
        #expect(second.contains("href=\"open-2023.html\" rel=\"prev\"") && second.contains("href=\"open-2023-p3.html\" rel=\"next\""))
        #expect(second.contains("<span aria-current=\"page\">2</span>"))
        #expect(!(try #require(out[open[0]])).contains("rel=\"prev\"") && !third.contains("rel=\"next\""))
        #expect(!(try #require(out["items/open-2024.html"])).contains("class=\"pager\""), "a list of one page has no pager")
        // The listing a rebuild makes when the item pages are not rendered again.
        let listed = Collected<String>()
        var selection = PageSelection()
        selection.wholeSite = false
        renderer.render(only: selection, into: { _, _ in }, listing: { listed.add($0) })
        #expect(listed.items.filter { $0.hasPrefix("items/") }.sorted() == itemFiles)
    }

    @Test func periodsAreNamedAsPeopleSayThem() throws {
        let report = try #require(output["reports/2024-q2.html"])
        // The site's reports are named after its sole top unit (aSoleTopUnitsReportsAreTheSites).
        #expect(report.contains("<title>区2024年第2季度统计报告 · "))
        let index = try #require(output["reports/index.html"])
        #expect(index.contains(">2024年第2季度</a>") && index.contains(">2024年5月</a>") && !index.contains(">2024-q2</a>"))
        // The code stays in the file names.
        #expect(report.contains("href=\"2024-q2.csv\""))
    }

    @Test func everyFigureOpensToTheRecordsItCounts() throws {
        let report = try #require(output["reports/2024-q2.html"])
        #expect(report.contains("<a href=\"#records-r-resolved\">2</a>"))  // A, and P (withheld but counted)
        #expect(report.contains("<a href=\"#records-r-resolved\">100.0%</a><span class=\"fraction\">（1/1）</span>"))  // satisfied: A
        let records = try #require(report.components(separatedBy: "id=\"records-r-resolved\"").last)
        // The row shows what the figures count: raised, due, first due, resolved, days, rating,
        // and the owner, by which the department table counts it.
        #expect(records.contains("<tr><td><a href=\"../meetings/m1.html#A\">A 东侧路灯不亮</a></td><td>2024-04-10</td><td>2024-04-30</td><td>2024-04-30</td><td>2024-05-25<br><span class=\"mark\">超期</span></td><td>45</td><td>满意</td><td>一局</td></tr>"))
        #expect(records.contains("<th scope=\"col\">责任单位</th>"), "\(records.prefix(600))")
        let raised = try #require(report.components(separatedBy: "id=\"records-r-raised\"").last?.components(separatedBy: "</details>").first)
        #expect(raised.contains("<td>一局</td></tr>"), "\(raised)")
        #expect(records.contains("有 1 个议题涉及个人隐私"))
        #expect(report.contains("统计截至 <time datetime=\"2024-06-30\">2024-06-30</time>"))
        #expect(output["reports/town/2024-q2.html"] != nil && output["reports/town/2024-q2.csv"] != nil)
        #expect(output["reports/v1/2024-q2.html"] == nil, "leaf units get no report of their own")
    }

    /// The attendances by category a figure sums can be summed again from its records: each
    /// meeting's row gives its own, in the same order. A site that counts none gets no column.
    /// The attendances no category counts are given too, so the parts add up to the total.
    @Test func attendanceByCategoryIsRecountedFromTheMeetingsRecords() throws {
        func meetings(_ output: [String: String]) throws -> String {
            let report = try #require(output["reports/2024-q2.html"])
            return try #require(report.components(separatedBy: "id=\"records-r-meetings\"").last?.components(separatedBy: "</details>").first)
        }
        let report = try #require(output["reports/2024-q2.html"])
        #expect(report.contains("<span class=\"fraction\">（居民群众 15、未分类 5）</span>"), "the figure's breakdown")
        #expect(try #require(output["meetings/m1.html"]).contains("<dd>20（居民群众 15、未分类 5）</dd>"), "the meeting's")
        let rows = try meetings(output)
        // The records' count said as a count of records, not a bare "(1)" after the title.
        #expect(rows.contains("<summary>会议次数 — 共 2 条记录<span class=\"open-hint\">，点开查看</span></summary>"), "\(rows.prefix(300))")
        #expect(rows.contains("<th scope=\"col\">参会人次</th><th scope=\"col\">分类参会人次</th><th scope=\"col\">到会领导</th>"), "\(rows)")
        // A list that wraps between its parts only, so the table fits a laptop's width.
        #expect(rows.contains("<td>一村</td><td>20</td><td class=\"list\"><span>居民群众 15</span>、<span>未分类 5</span></td><td>0</td></tr>"), "\(rows)")
        #expect(rows.contains("<td>二村</td><td>—</td><td class=\"list\"></td><td>0</td></tr>"), "a meeting that counted none has an empty cell")

        var files = Self.files
        files["content/meetings/2024/m1.md"] = files["content/meetings/2024/m1.md"]!
            .replacingOccurrences(of: "attendance: {total: 20, residents: 15}", with: "attendance: {total: 20, residents: 15, officials: 3}")
        let two = try meetings(try Self.renderer(files).render())
        #expect(two.contains("<td>20</td><td class=\"list\"><span>干部 3</span>、<span>居民群众 15</span>、<span>未分类 2</span></td>"), "\(two)")
        files["content/meetings/2024/m1.md"] = files["content/meetings/2024/m1.md"]!
            .replacingOccurrences(of: "attendance: {total: 20, residents: 15, officials: 3}", with: "attendance: {total: 20}")
        let plain = try Self.renderer(files).render()
        let plainRows = try meetings(plain)
        #expect(!plainRows.contains("分类参会人次") && plainRows.contains("<td>一村</td><td>20</td><td>0</td></tr>"), "\(plainRows)")
    }

    /// A past period's report shows the evidence of that period: the meeting that made a
    /// village count for coverage, not its latest one. What is as of the as-of date whatever
    /// the period (the cadence list) says so, and a period still under way says it is.
    @Test func aReportShowsTheEvidenceOfItsOwnPeriod() throws {
        func section(_ page: String, _ id: String) throws -> String {
            let from = try #require(page.range(of: "id=\"\(id)\""))
            return page[from.upperBound...].components(separatedBy: "</details>")[0]
        }
        let april = try #require(output["reports/2024-04.html"])
        let units = try section(april, "records-r-units")
        #expect(units.contains("<th scope=\"col\">统计期内最近一次会议</th>"))
        // The meeting that made the village count is linked, at the page's depth.
        #expect(units.contains("<tr><td><a href=\"../units/v1.html\">一村</a></td><td><a href=\"../meetings/m1.html\">2024-04-10</a></td><td>计入</td></tr>"), "\(units)")
        #expect(units.contains("<tr><td><a href=\"../units/v2.html\">二村</a></td><td>统计期内未开会</td><td>不计入</td></tr>"), "\(units)")
        let quarter = try section(try #require(output["reports/2024-q2.html"]), "records-r-units")
        #expect(quarter.contains("<td><a href=\"../meetings/m2.html\">2024-05-20</a></td><td>计入</td>"))
        // The same row in a report a folder further down takes that page's root.
        let town = try section(try #require(output["reports/town/2024-q2.html"]), "records-r-units")
        #expect(town.contains("<td><a href=\"../../meetings/m2.html\">2024-05-20</a></td><td>计入</td>"), "\(town)")
        #expect(april.contains("截至统计日 2024-06-30，当日存续的每个村（社区）最近一次会议的日期"))
        // Each unit's last meeting links to its page, the one on or before the as-of date
        // (二村's of 2024-07-01 is announced, not held).
        let cadence = april.components(separatedBy: "<table class=\"cadence\">")[1].components(separatedBy: "</table>")[0]
        #expect(cadence.contains("<a href=\"../meetings/m1.html\">2024-04-10</a>"), "\(cadence)")
        #expect(cadence.contains("<a href=\"../meetings/m2.html\">2024-05-20</a>") && !cadence.contains("m3.html"))
        #expect(!april.contains("本期尚未结束") && !quarter.contains("本期尚未结束"), "a period ending on or before the as-of date is whole")
        #expect(try #require(output["reports/2024.html"]).contains("<p class=\"note partial\">本期尚未结束：数据截至 2024-06-30。</p>"))
    }

    /// The villages gone too long without a meeting head the cadence table, whatever their
    /// ids; stats.json keeps DESIGN §4's id order.
    @Test func theCadenceTableListsTheFlaggedVillagesFirst() throws {
        var files = Self.files
        files["content/site.yml"]! += "rules:\n  cadence_days: 30\n"
        files["content/meetings/2024/m9.md"] = "---\ntitle: 一村六月夜话\ndate: 2024-06-20\nunit: v1\n---\n"
        files["content/units.yml"]! += "        - id: v5\n          name: 五村\n          since: 2024-04-01\n"
        let out = try Self.renderer(files).render()
        let page = try #require(out["reports/2024-06.html"])
        let cadence = page.components(separatedBy: "<table class=\"cadence\">")[1].components(separatedBy: "</table>")[0]
        // A village set up lately that has not met yet is counted from its set-up day, and says so.
        #expect(cadence.contains("<td data-label=\"距统计日天数\">90（自设立日起）</td>"), "\(cadence)")
        let v1 = try #require(cadence.range(of: "一村")), v2 = try #require(cadence.range(of: "二村"))
        #expect(v2.lowerBound < v1.lowerBound, "\(cadence)")
        #expect(cadence.contains("<tr class=\"flagged\"><td data-label=\"单位\"><a href=\"../units/v2.html\">二村</a>"), "\(cadence)")
        let json = try #require(out["reports/2024-06.json"])
        #expect(try #require(json.range(of: "\"v1\"")).lowerBound < json.range(of: "\"v2\"")!.lowerBound)
        // Each village's own page says it too: when it last met, how long ago, and the flag.
        let v2Page = try #require(out["units/v2.html"])
        #expect(v2Page.contains("<dt>最近一次会议</dt><dd><a href=\"../meetings/"), "\(v2Page)")
        #expect(v2Page.contains("</time></a>，距统计日 ") && v2Page.contains(" <strong class=\"flag\">超过 30 天未开会</strong></dd>"))
        let v1Page = try #require(out["units/v1.html"])
        #expect(v1Page.contains("<time datetime=\"2024-06-20\">2024-06-20</time></a>，距统计日 ") && !v1Page.contains("class=\"flag\""), "\(v1Page)")
        #expect(try #require(out["units/v5.html"]).contains("<dt>最近一次会议</dt><dd>从未开会，自设立日起 90 天 <strong class=\"flag\">"))
        // A town's page has the table in its figures, not a line of its own.
        #expect(!(try #require(out["units/town.html"])).contains("<dt>最近一次会议</dt>"))
    }

    /// The report's tables list units and departments in the order units.yml and
    /// departments.yml give them, not by their ids (pinyin, which reads as no order in
    /// Chinese); the open data keeps the id order.
    @Test func reportTablesKeepTheOrderTheFilesAreWrittenIn() throws {
        var files = Self.files
        files["content/units.yml"] = "- id: dist\n  name: 区\n  children:\n    - id: town\n      name: 镇\n      children:\n        - id: v2\n          name: 二村\n        - id: v1\n          name: 一村\n"
        files["content/departments.yml"] = "- id: d2\n  name: 二局\n- id: d1\n  name: 一局\n"
        files["content/site.yml"]! += "rules:\n  cadence_days: 365\n"
        files["content/meetings/2024/m4.md"] = "---\ntitle: 二村五月夜话\ndate: 2024-05-02\nunit: v2\nitems:\n  - {id: D2, title: 二局的事, kind: problem, owner: d2, status: accepted, due: 2024-06-30}\n---\n"
        let out = try Self.renderer(files).render()
        let page = try #require(out["reports/2024-q2.html"])
        func before(_ a: String, _ b: String, in text: String) throws -> Bool {
            try #require(text.range(of: a)).lowerBound < #require(text.range(of: b)).lowerBound
        }
        let cadence = page.components(separatedBy: "<table class=\"cadence\">")[1].components(separatedBy: "</table>")[0]
        #expect(try before("二村", "一村", in: cadence), "\(cadence)")
        let departments = page.components(separatedBy: "<table class=\"departments\">")[1].components(separatedBy: "</table>")[0]
        #expect(try before("二局", "一局", in: departments), "\(departments)")
        let json = try #require(out["reports/2024-q2.json"])
        #expect(try before("\"v1\"", "\"v2\"", in: json) && before("\"d1\"", "\"d2\"", in: json))
    }

    @Test func aSoleTopUnitsReportsAreTheSites() throws {
        // Why it is safe: with one unit at the top, its figures are the site's in every period.
        let site = SiteLoader.load(from: MemorySource(Self.files))
        let stats = Statistics(site: site, asOf: Day(iso: "2024-06-30")!)
        for period in [Period.all] + stats.periodsWithData {
            func json(_ scope: Scope) -> String {
                String(decoding: stats.figures(period: period, scope: scope).serializedJSON(indent: nil), as: UTF8.self)
                    .replacingOccurrences(of: "\"scope\":{\"kind\":\"unit\",\"id\":\"dist\"}", with: "\"scope\":{\"kind\":\"site\"}")
            }
            #expect(json(.unit("dist")) == json(.site), "\(period)")
        }
        // So the top unit has no report set of its own: its page links the site's, which
        // carry its name, and the index lists it once.
        #expect(!output.keys.contains { $0.hasPrefix("reports/dist/") })
        #expect(output["reports/town/all.html"] != nil)
        let unitPage = try #require(output["units/dist.html"])
        #expect(unitPage.contains("href=\"../reports/all.html\""))
        let index = try #require(output["reports/index.html"])
        #expect(!index.contains("全区") && index.contains(">区<") && index.contains(">镇<"), "\(index)")
        let statsJSON = try #require(output["data/stats.json"])
        #expect(!statsJSON.contains("\"id\":\"dist\"") && statsJSON.contains("{\"kind\":\"unit\",\"id\":\"town\"}"))

        // Two units at the top: each has its reports, and the site's are the whole site's (全区).
        var files = Self.files
        files["content/units.yml"] = "- id: dist\n  name: 区\n  children:\n    - id: town\n      name: 镇\n      children:\n        - id: v1\n          name: 一村\n        - id: v2\n          name: 二村\n- id: other\n  name: 另区\n  children:\n    - id: v3\n      name: 三村\n"
        let out = try Self.renderer(files).render()
        #expect(out["reports/dist/all.html"] != nil && out["reports/other/all.html"] != nil)
        #expect(try #require(out["reports/all.html"]).contains("<title>全区全部时间统计报告"))
    }

    @Test func feedAndSitemapDatesComeFromTheContent() throws {
        let feed = try #require(output["feed.xml"])
        #expect(feed.contains("<updated>2024-05-25T00:00:00+08:00</updated>"))
        #expect(feed.contains("<id>https://example.org/ys/meetings/m1.html#A</id>"))
        #expect(!feed.contains("秘密"))
        let sitemap = try #require(output["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://example.org/ys/meetings/m1.html</loc><lastmod>2024-05-25</lastmod>"))
    }

    @Test func aSitemapPastTheProtocolLimitBecomesAnIndexOfParts() throws {
        let renderer = try Self.renderer()
        let pages = output.keys.filter { $0.hasSuffix(".html") && $0 != "meetings/old-m1.html" && $0 != "404.html" }
        let whole = renderer.sitemaps(paths: pages)
        #expect(whole.map(\.path) == ["sitemap.xml"] && whole[0].text == output["sitemap.xml"])
        let parts = renderer.sitemaps(paths: pages, limit: 5)
        let expectedParts = (pages.count + 4) / 5
        #expect(parts.map(\.path) == ["sitemap.xml"] + (1...expectedParts).map { "sitemap-\($0).xml" })
        #expect(parts[0].text.contains("<sitemapindex") && parts[0].text.contains("<loc>https://example.org/ys/sitemap-2.xml</loc>"))
        let listed = parts.dropFirst().flatMap { $0.text.components(separatedBy: "<loc>").dropFirst() }
        #expect(listed.count == pages.count)
        #expect(parts.dropFirst().allSatisfy { $0.text.components(separatedBy: "<url>").count - 1 <= 5 })
    }

    /// Whoever downloads the files to check a figure learns from the data page what each
    /// column of each file holds (the columns read from the files' own header rows), what the
    /// English codes stand for, and what each key of stats.json counts.
    @Test func theOpenDataPageExplainsEveryColumnCodeAndKey() throws {
        let page = try #require(output["data/index.html"])
        for file in ["meetings", "items", "updates", "units", "departments"] {
            let csv = try #require(output["data/\(file).csv"])
            let header = csv.dropFirst().prefix { !$0.isNewline }.split(separator: ",").map(String.init)
            #expect(header.count >= 3, "\(file)")
            let section = try #require(page.range(of: "<section id=\"\(file)-csv\">"), "\(file)")
            let body = page[section.upperBound...]
            let end = try #require(body.range(of: "</section>"))
            var rest = body[..<end.lowerBound]
            for column in header {
                // In the files' order, each with words of its own (not the missing string's key).
                let row = try #require(rest.range(of: "<th scope=\"row\"><code>\(column)</code></th><td>"), "\(file).\(column)")
                rest = rest[row.upperBound...]
                let meaning = rest.prefix { $0 != "<" }
                #expect(meaning.count >= 2 && !meaning.contains("data."), "\(file).\(column): \(meaning)")
            }
            #expect(!rest.contains("<th scope=\"row\">"), "\(file) describes a column the file does not have")
        }
        #expect(page.contains("<tr><td><code>in_progress</code></td><td>办理中</td></tr>"))
        #expect(page.contains("<tr><td><code>basically_satisfied</code></td><td>基本满意</td></tr>"))
        #expect(page.contains("<tr><td><code>dispute</code></td><td>矛盾纠纷</td></tr>"))
        #expect(page.contains("<tr><td><code>urgent</code></td><td>急事</td></tr>"))
        // meetings.csv's attendance_by_category names the usual categories by code.
        #expect(page.contains("<code>attendance_by_category</code></th></tr>\n<tr><td><code>residents</code></td><td>居民群众</td></tr>"))
        #expect(page.contains("<code>on_time_rate_original</code></th><td>按原定期限办结率：同按期办结率，但以第一次定下的期限为准：后来延期的，仍按原定期限算（会上没定期限、后来才定的，以后来第一次定下的为准；一直没定的，按默认天数）"))
        #expect(page.contains("<code>as_of</code></th><td>统计日，数据截至这一天</td>"))
        // Each row of cadence and departments, key by key in the contract's order.
        #expect(page.contains("超过规定天数未开会的予以标出<br>每行的键：<br><code>unit</code> 村（社区）的编号<br><code>last_meeting</code> "))
        #expect(page.contains("<br><code>overdue</code> 截至统计日超期未办结的议题数<br><code>median_days</code> "))
        #expect(!page.contains("data.") && !page.contains("figures."))
    }

    @Test func renderingIsDeterministic() throws {
        let again = try Self.renderer().render()
        for (path, text) in again { #expect(output[path] == text, "\(path)") }
    }

    /// A full render hands each report's stats.json line to the stream beside its page and
    /// lets its figures go: the streamed file must be the one made from the figures alone,
    /// with no report's figures computed again at the end.
    @Test func aFullRenderStreamsStatsJSONBesideTheReports() throws {
        let renderer = try Self.renderer()
        let stats = renderer.stats
        nonisolated(unsafe) var streamed: [UInt8] = []
        let stream = StatsJSONStream(stats) { streamed.append(contentsOf: $0) }
        renderer.statsStream = stream
        _ = renderer.render()
        #expect(OpenData.reportKeys(stats).count > 4)
        stream.finish { period, scope in
            Issue.record("computed \(scope) \(period), which a report made a line of")
            return stats.figures(period: period, scope: scope)
        }
        #expect(String(decoding: streamed, as: UTF8.self) == OpenData.statsJSON(stats, figures: { stats.figures(period: $0, scope: $1) }))
    }

    /// `a/b/../c` → `a/c`, without touching the disk.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == "." { continue }
            if p == "..", !parts.isEmpty { parts.removeLast() } else { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    static func links(in html: String) -> [String] {
        var out: [String] = []
        for attr in ["href=\"", "src=\""] {
            var rest = html[...]
            while let r = rest.range(of: attr) {
                let after = rest[r.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                out.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = after[end...]
            }
        }
        return out
    }
}
