import Foundation
import YishiCore

/// The render stage: every page, feed and export of DESIGN §5 from the records and the
/// figures, through the theme. Pure: values in, `path → text` out; the writer does the disk.
///
/// A class, set up before rendering and only read while pages render on several threads:
/// every page's closure captures it, and a struct of a dozen tables was a dozen retains per
/// capture.
///
/// Links are relative (`../meetings/x.html`) so the site works opened from disk; `base_url`
/// is used only where an absolute address is needed (feed, sitemap, QR code).
public final class SiteRenderer: @unchecked Sendable {
    public let site: LoadedSite
    public let stats: Statistics
    public let theme: Theme
    /// Whether the search index is built: the search page loads it, and the menu and the 404
    /// page link the search page. Without it, `search.html` is written only for a site's own
    /// older templates that link it whatever (`Theme.linksSearchPageAlways`).
    public var searchEnabled = false
    /// Minutes rendered by earlier builds, when the build keeps a cache.
    public var bodies: RenderedBodies?
    /// Called once every meeting page is rendered: no page after them uses `bodies`.
    public var meetingPagesDone: (() -> Void)?
    /// Called once every report page is rendered: each has made its line of stats.json.
    public var reportPagesDone: (() -> Void)?
    /// Where a full build's reports hand their stats.json lines, made beside each page (on
    /// every core, while the figures are at hand) instead of after the pages from figures kept
    /// until then.
    public var statsStream: StatsJSONStream?
    /// Rows on one page of an item list. A year's list is split into pages of this many
    /// (`items/open-2024.html`, `items/open-2024-p2.html`…): a province's year is 80 000 items,
    /// 17 MB as one page, more than a phone on a village network can load.
    public var itemsPerPage = 1000

    var content: Content { site.content }
    var settings: SiteSettings { site.content.settings }
    var asOf: Day { stats.asOf }

    /// The meetings that are not drafts, filtered once.
    let publishedMeetings: [Meeting]
    let unitNames: [String: String]
    /// The sole unit at the top of the tree, whose reports are the site's (`OpenData.reportScopes`).
    let siteUnit: YishiCore.Unit?
    let departmentNames: [String: String]
    /// Where each department stands in departments.yml: the order the secretary wrote them in,
    /// which the pages' tables keep (the open data keeps DESIGN §4's id order, which reads as
    /// no order at all in Chinese). Units: `UnitTree.position(of:)`.
    let departmentOrder: [String: Int]
    let meetingsByID: [String: Meeting]
    let updateFileTitles: [String: String]
    /// The pages of renamed meetings' former ids, which the sitemap leaves out: nearly always none.
    let aliasPaths: Set<String>
    /// Whether any meeting counts its attendance by category: the meetings' records tables
    /// then give each meeting's, so that `attendance_by_category` can be recounted.
    let attendanceHasCategories: Bool
    /// Figures once per (period, scope), shared by the pages that show them (a unit's page and
    /// its all-time report, the home page and the site's reports) and by a rebuild's stats.json.
    /// A full build lets a report's go once its page and its stats.json line are made.
    let cache = Memo<FiguresKey, Figures>()
    /// Whether a report's figures differ from the last build's (a rebuild after an edit).
    let changes = Memo<FiguresKey, Bool>()
    /// Cadence lists built once per scope and page depth, reused by every report of the scope.
    let cadenceLists = Memo<CadenceKey, String>()
    /// Records-table rows built once and reused by every page that lists them: reports, unit
    /// and department pages, the home page.
    let sharedRows = SharedRows()

    struct CadenceKey: Hashable, Sendable {
        var scope: Scope
        var root: String
    }

    struct FiguresKey: Hashable, Sendable {
        var period: Period
        var scope: Scope
    }

    /// "3 个议题" for the usual counts, made once: a county's unit pages list 400 000 meetings.
    private let itemsCountLabels: [String]

    /// Periods with a report, sorted, and each one's neighbours of the same length.
    let reportPeriods: [Period]
    let periodNeighbours: [Period: (earlier: Period?, later: Period?)]

    public init(site: LoadedSite, statistics: Statistics, theme: Theme) {
        self.site = site
        self.stats = statistics
        self.theme = theme
        unitNames = Dictionary(site.content.units.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        siteUnit = site.content.units.soleRoot
        departmentNames = Dictionary(site.content.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        departmentOrder = Dictionary(site.content.departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        publishedMeetings = site.content.publishedMeetings
        meetingsByID = Dictionary(publishedMeetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = meetingsByID
        aliasPaths = Set(publishedMeetings.flatMap { $0.aliases.map(\.value) }.filter { ids[$0] == nil }
            .map { "meetings/\($0).html" })
        attendanceHasCategories = Self.attendanceHasCategories(publishedMeetings)
        updateFileTitles = Dictionary(site.content.publishedUpdateFiles.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        // A period appearing or going changes the set of report files, which makes a full
        // build: the neighbours' links can change only then.
        reportPeriods = statistics.reportPeriods
        periodNeighbours = Self.neighbours(reportPeriods)
        itemsCountLabels = (0..<16).map { theme.string("site.items_count", filling: ["{n}": String($0)]) }
    }

    /// How many items, in the locale's words with its measure word (`3 个议题`).
    func itemsLabel(_ n: Int) -> String {
        n < itemsCountLabels.count ? itemsCountLabels[n] : theme.string("site.items_count", filling: ["{n}": String(n)])
    }

    /// Each period's previous and next of the same kind (month, quarter, year) in `periods`.
    static func neighbours(_ periods: [Period]) -> [Period: (earlier: Period?, later: Period?)] {
        func kind(_ p: Period) -> Int {
            switch p { case .month: 0; case .quarter: 1; case .year: 2; default: 3 }
        }
        var out: [Period: (earlier: Period?, later: Period?)] = [:]
        for k in 0..<3 {
            let run = periods.filter { kind($0) == k }
            for (i, p) in run.enumerated() {
                out[p] = (i > 0 ? run[i - 1] : nil, i + 1 < run.count ? run[i + 1] : nil)
            }
        }
        return out
    }

    /// Whether any of `meetings` that is published counts its attendance by category: what
    /// decides whether the meetings' records tables have that column.
    static func attendanceHasCategories(_ meetings: [Meeting]) -> Bool {
        meetings.contains { !$0.draft && !($0.attendance?.categories.isEmpty ?? true) }
    }

    /// An item as of the as-of date: folded from its timeline where a page needs it (the same
    /// fold the figures use), rather than a table of every item built before any page.
    func state(of r: ItemRecord) -> ItemState? { r.state(asOf: asOf, defaultDueDays: stats.ledger.defaultDueDays) }

    public func figures(_ period: Period, _ scope: Scope) -> Figures {
        cache.value(FiguresKey(period: period, scope: scope)) { stats.figures(period: period, scope: scope) }
    }

    /// A scope's figures for its own page: kept for its reports when it has them, else made for
    /// the page alone. A village's or a department's id lists, kept to the end of the build,
    /// were 160 MiB of a 100 000-meeting build's peak, and nothing asked for them again.
    func pageFigures(_ period: Period, _ scope: Scope) -> Figures {
        OpenData.hasReport(scope, content) ? figures(period, scope) : stats.figures(period: period, scope: scope)
    }

    /// Every file of the site except the open data (OpenData) and the search index, as a
    /// dictionary: for tests and small sites. A build streams them with `render(into:)`.
    public func render() -> [String: String] {
        let files = Collected<(String, String)>()
        render { files.add(($0, $1)) }
        return Dictionary(files.items, uniquingKeysWith: { a, _ in a })
    }

    /// Every file of the site except the open data and the search index, each handed to
    /// `emit(path, text)` as soon as it is rendered — from several threads at once — so that
    /// a large site never has to sit in memory whole. `@Sendable` because of those threads: a
    /// closure that appends to a captured array corrupts memory, and is refused at compile time.
    public func render(into emit: @Sendable (String, String) -> Void) {
        render(only: nil, into: emit, listing: { _ in })
    }

    /// Hands a page to the build: `make` is called only when the page is wanted.
    typealias Page = (_ path: String, _ wanted: Bool, _ make: () -> String) -> Void

    /// As `render(into:)`, but with a selection only the pages it names (and those made from
    /// the whole site) are rendered; every other file the site has is handed to `listing`, from
    /// several threads at once as well.
    public func render(only selection: PageSelection?, into emit: @Sendable (String, String) -> Void, listing: @Sendable (String) -> Void) {
        let pages = Collected<String>()
        // The sitemap lists every page but the aliases of renamed meetings, rendered or not.
        func page(_ path: String, _ wanted: Bool, _ make: () -> String) {
            if path.hasSuffix(".html"), !isAlias(path) { pages.add(path) }
            if wanted { emit(path, make()) } else { listing(path) }
        }
        let everything = selection == nil
        page("assets/style.css", everything) { theme.files["assets/style.css"] ?? "" }
        let whole = selection?.wholeSite ?? true
        page("index.html", whole) { homePage() }
        // Meeting pages are independent: render them on every core (Markdown's inline parsing keeps its one lane).
        parallelForEach(publishedMeetings) { m in
            let wanted = selection?.meetings.contains(m.id) ?? true
            page("meetings/\(m.id).html", wanted) { meetingPage(m) }
            for a in m.aliases { page("meetings/\(a.value).html", wanted) { aliasPage(m) } }
        }
        meetingPagesDone?()
        // Item lists show items' lines only: unchanged when the edit touched none.
        itemPages(into: page, wanted: selection.map { !$0.rows.items.isEmpty } ?? true)
        unitPages(into: page, only: selection?.units)
        departmentPages(into: page, only: selection?.departments)
        reportPages(into: page, only: selection)
        reportPagesDone?()
        // A page that says only that search is off would be a dead end in every page's menu.
        if searchEnabled || theme.linksSearchPageAlways {
            page("search.html", everything) {
                theme.render("search", base(root: "", title: theme.string("search.title")).adding(["enabled": searchEnabled]))
            }
        }
        page("data/index.html", everything) { dataPage() }
        // Not a page of the site (the sitemap leaves it out): what a host shows for an address
        // it does not have (GitHub Pages and Netlify by this name), a mistyped one or an old QR
        // code's. Served at any depth, so its links start at the site's own path.
        if everything { emit("404.html", notFoundPage()) } else { listing("404.html") }
        if whole {
            // The two files made from the whole site, side by side: each is one core's work.
            let (maps, feed) = alongside({ self.feed() }, { sitemaps(paths: pages.items) })
            emit("feed.xml", feed)
            for file in maps { emit(file.path, file.text) }
        } else {
            listing("feed.xml")
            sitemapFiles(pages: pages.items.count).forEach(listing)
        }
    }

    func notFoundPage() -> String {
        // https://example.org/yunxi/ → /yunxi/; with no base_url, the host's root.
        let url = settings.baseURL
        let path = url.range(of: "://").flatMap { url[$0.upperBound...].firstIndex(of: "/") }.map { String(url[$0...]) } ?? "/"
        return theme.render("not-found", base(root: path, title: theme.string("not_found.title")))
    }

    /// Most sites rename no meeting: then no path is hashed to find that out.
    func isAlias(_ path: String) -> Bool { !aliasPaths.isEmpty && aliasPaths.contains(path) }

    /// What every page's context holds.
    func base(root: String, title: String) -> Context {
        ["root": root, "t": theme.stringsContext, "page_title": title, "as_of": asOf.description,
         // The hotline on every page, not only on the printed notice: a resident who is not
         // satisfied with a result looks for where to say so on the screen.
         "site": ["title": settings.title, "base_url": settings.baseURL, "search": searchEnabled,
                  "hotline": settings.noticeHotline.isEmpty ? nil : settings.noticeHotline] as Context]
    }

    func label(_ group: String, _ raw: String) -> String { theme.string("\(group).\(raw)") }

    func ownerName(_ id: String?) -> String? {
        guard let id else { return nil }
        return departmentNames[id] ?? unitNames[id] ?? id
    }

    func ownerPath(_ id: String) -> String {
        departmentNames[id] != nil ? "departments/\(id).html" : "units/\(id).html"
    }

    /// An absolute URL for a site path, for the feed, the sitemap and QR codes.
    func absolute(_ path: String) -> String {
        settings.baseURL.isEmpty ? path : settings.baseURL + path
    }
}

/// What several threads hand in, gathered under a lock.
final class Collected<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [Item] = []

    func add(_ item: Item) { lock.withLock { gathered.append(item) } }
    var items: [Item] { lock.withLock { gathered } }
}
