/// One consultation meeting, from one file in `content/meetings/`.
public struct Meeting: Sendable, Identifiable {
    private struct Fields {
        var id: String
        var file: String
        var title: String
        var date: Day
        var time: String?
        var unit: Located<String>
        var platform: String?
        var format: String?
        var venue: String?
        var host: String?
        var agenda: [String]
        var attendance: Attendance?
        var departments: [Located<String>]
        var leaders: [String]
        var items: [Item]
        var updates: [UpdateEntry]
        var publicized: Day?
        var aliases: [Located<String>]
        var draft: Bool
        var body: BodyText
        var bodyLine: Int
        var extra: [String: String]
        var location: SourceLocation
        var frontMatterDigest: UInt64 = 0
    }

    /// Shared between copies until one is changed (CopyOnWrite).
    private var fields: CopyOnWrite<Fields>

    public var id: String {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    /// The file it was read from, relative to the site folder.
    public var file: String {
        get { fields.value.file }
        _modify { yield &fields.value.file }
    }
    public var title: String {
        get { fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var date: Day {
        get { fields.value.date }
        _modify { yield &fields.value.date }
    }
    /// As written: "19:30" or "19:30-21:00".
    public var time: String? {
        get { fields.value.time }
        _modify { yield &fields.value.time }
    }
    public var unit: Located<String> {
        get { fields.value.unit }
        _modify { yield &fields.value.unit }
    }
    public var platform: String? {
        get { fields.value.platform }
        _modify { yield &fields.value.platform }
    }
    public var format: String? {
        get { fields.value.format }
        _modify { yield &fields.value.format }
    }
    public var venue: String? {
        get { fields.value.venue }
        _modify { yield &fields.value.venue }
    }
    public var host: String? {
        get { fields.value.host }
        _modify { yield &fields.value.host }
    }
    /// Announced topics, for an upcoming meeting.
    public var agenda: [String] {
        get { fields.value.agenda }
        _modify { yield &fields.value.agenda }
    }
    public var attendance: Attendance? {
        get { fields.value.attendance }
        _modify { yield &fields.value.attendance }
    }
    /// Departments present, by id.
    public var departments: [Located<String>] {
        get { fields.value.departments }
        _modify { yield &fields.value.departments }
    }
    /// Officials present, by post.
    public var leaders: [String] {
        get { fields.value.leaders }
        _modify { yield &fields.value.leaders }
    }
    /// Items raised at this meeting, in the order written.
    public var items: [Item] {
        get { fields.value.items }
        _modify { yield &fields.value.items }
    }
    /// Progress on earlier items reported at this meeting; dated with the meeting.
    public var updates: [UpdateEntry] {
        get { fields.value.updates }
        _modify { yield &fields.value.updates }
    }
    /// Date the results were posted (结果公示).
    public var publicized: Day? {
        get { fields.value.publicized }
        _modify { yield &fields.value.publicized }
    }
    /// Former ids whose addresses must keep working.
    public var aliases: [Located<String>] {
        get { fields.value.aliases }
        _modify { yield &fields.value.aliases }
    }
    public var draft: Bool {
        get { fields.value.draft }
        _modify { yield &fields.value.draft }
    }
    /// The Markdown minutes after the front matter.
    public var body: String {
        get { fields.value.body.string }
        set { fields.value.body = .text(newValue) }
    }
    /// The minutes as stored: read from the build cache's mapped file only when asked for.
    public var bodyText: BodyText {
        get { fields.value.body }
        set { fields.value.body = newValue }
    }
    /// Whether the minutes hold anything but white space, without making them a string.
    public var hasMinutes: Bool { fields.value.body.hasVisibleText }
    /// The line of the file on which `body` starts.
    public var bodyLine: Int {
        get { fields.value.bodyLine }
        _modify { yield &fields.value.bodyLine }
    }
    public var extra: [String: String] {
        get { fields.value.extra }
        _modify { yield &fields.value.extra }
    }
    public var location: SourceLocation {
        get { fields.value.location }
        _modify { yield &fields.value.location }
    }
    /// A stable digest of the front matter as written: an edit that leaves it unchanged changes
    /// only the minutes, which lets a rebuild redo just this meeting's page.
    public var frontMatterDigest: UInt64 {
        get { fields.value.frontMatterDigest }
        _modify { yield &fields.value.frontMatterDigest }
    }


    public init(id: String, file: String, title: String, date: Day, unit: Located<String>,
                location: SourceLocation) {
        fields = CopyOnWrite(Fields(id: id, file: file, title: title, date: date, time: nil, unit: unit, platform: nil,
                                    format: nil, venue: nil, host: nil, agenda: [], attendance: nil, departments: [],
                                    leaders: [], items: [], updates: [], publicized: nil, aliases: [], draft: false,
                                    body: .text(""), bodyLine: 1, extra: [:], location: location))
    }

    /// Every field at once, for the build cache (see `Item`'s).
    init(id: String, file: String, title: String, date: Day, time: String?, unit: Located<String>, platform: String?,
         format: String?, venue: String?, host: String?, agenda: [String], attendance: Attendance?,
         departments: [Located<String>], leaders: [String], items: [Item], updates: [UpdateEntry], publicized: Day?,
         aliases: [Located<String>], draft: Bool, body: BodyText, bodyLine: Int, extra: [String: String],
         location: SourceLocation, frontMatterDigest: UInt64) {
        fields = CopyOnWrite(Fields(id: id, file: file, title: title, date: date, time: time, unit: unit, platform: platform,
                                    format: format, venue: venue, host: host, agenda: agenda, attendance: attendance,
                                    departments: departments, leaders: leaders, items: items, updates: updates,
                                    publicized: publicized, aliases: aliases, draft: draft, body: body, bodyLine: bodyLine,
                                    extra: extra, location: location, frontMatterDigest: frontMatterDigest))
    }
}

/// 参会人次: the total and any breakdown by category (residents, party_members, officials …).
public struct Attendance: Sendable, Equatable {
    public var total: Int
    /// Category name → count, in the order written; names are the site's own.
    public var categories: [(name: String, count: Int)]

    public init(total: Int, categories: [(name: String, count: Int)] = []) {
        self.total = total
        self.categories = categories
    }

    /// The categories by name, the order the figures sum them in (`attendance_by_category`):
    /// a meeting's row can then be read beside the figure.
    public var sortedCategories: [(name: String, count: Int)] {
        categories.sorted { $0.name < $1.name }
    }

    public static func == (a: Attendance, b: Attendance) -> Bool {
        a.total == b.total && a.categories.map(\.name) == b.categories.map(\.name)
            && a.categories.map(\.count) == b.categories.map(\.count)
    }
}

/// 赞成 / 反对 / 弃权, each as the minutes give it: a part left out is nil, not 0, so that no
/// count nobody took (弃权 0) is published as fact.
public struct Vote: Sendable, Equatable {
    public var inFavour: Int?
    public var against: Int?
    public var abstain: Int?

    public init(inFavour: Int?, against: Int?, abstain: Int?) {
        self.inFavour = inFavour
        self.against = against
        self.abstain = abstain
    }

    public var total: Int { (inFavour ?? 0) + (against ?? 0) + (abstain ?? 0) }
}
