import YishiCore

/// Which of a site's pages a rebuild renders again; every other page is only listed (for the
/// sitemap and for the check that the set of files is unchanged) and stays as the last build
/// wrote it.
///
/// Pages made from the whole site — the unit tree and the report index — are always rendered;
/// the home page, the feed and the sitemap when `wholeSite` says so, the item lists when an
/// item's line changed. Pages made from the theme and the settings alone (the style sheet, the
/// search and open-data pages) never are: a selection is used only when neither changed.
public struct PageSelection: Sendable {
    /// Meetings (by id) whose pages, with their aliases, are rendered.
    public var meetings: Set<String> = []
    /// Units whose pages are rendered.
    public var units: Set<String> = []
    /// Departments whose pages are rendered.
    public var departments: Set<String> = []
    /// Report scopes whose reports are rendered: every period's CSV and JSON, and the page
    /// of each period whose figures changed (see `previousJSON`) or which lists one of `rows`.
    public var scopes: Set<Scope> = []
    /// The periods of those scopes whose reports are made again; nil for every period.
    public var periods: Set<Period>?
    /// Records whose line in a report's tables the edit changed: a report listing one of them
    /// is rendered.
    public var rows = Rows()
    /// A report's JSON as the last build wrote it, by path: a report whose figures, and whose
    /// charts' figures, are what they were — and which lists no touched record — shows what
    /// it showed. Nil for a path with no file.
    public var previousJSON: @Sendable (String) -> [UInt8]? = { _ in nil }
    /// Whether the home page, the feed and the sitemap are rendered: they show the newest and
    /// the upcoming meetings, the month's and the year's figures, every meeting's title, day
    /// and unit, and every item's state.
    public var wholeSite = true
    /// How many meeting files were edited (for the build's message).
    public var edited = 0

    public init() {}

    /// Whether the report of this period and scope is made again (else it stays as it is).
    public func reports(_ period: Period, _ scope: Scope) -> Bool {
        scopes.contains(scope) && periods?.contains(period) ?? true
    }

    /// Records by the table that lists them, by id.
    public struct Rows: Sendable {
        public var meetings: Set<String> = []
        public var items: Set<String> = []
        /// Units whose "met in this period" mark may have changed.
        public var units: Set<String> = []
        public var departments: Set<String> = []
    }
}
