/// One consultation meeting, from one file in `content/meetings/`.
public struct Meeting: Sendable, Identifiable {
    public var id: String
    /// The file it was read from, relative to the site folder.
    public var file: String
    public var title: String
    public var date: Day
    /// As written: "19:30" or "19:30-21:00".
    public var time: String?
    public var unit: Located<String>
    public var platform: String?
    public var format: String?
    public var venue: String?
    public var host: String?
    /// Announced topics, for an upcoming meeting.
    public var agenda: [String]
    public var attendance: Attendance?
    /// Departments present, by id.
    public var departments: [Located<String>]
    /// Officials present, by post.
    public var leaders: [String]
    /// Items raised at this meeting, in the order written.
    public var items: [Item]
    /// Progress on earlier items reported at this meeting; dated with the meeting.
    public var updates: [UpdateEntry]
    /// Date the results were posted (结果公示).
    public var publicized: Day?
    /// Former ids whose addresses must keep working.
    public var aliases: [Located<String>]
    public var draft: Bool
    /// The Markdown minutes after the front matter.
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyLine: Int
    public var extra: [String: String]
    public var location: SourceLocation
    /// A stable digest of the front matter as written: an edit that leaves it unchanged changes
    /// only the minutes, which lets a rebuild redo just this meeting's page.
    public var frontMatterDigest: UInt64 = 0

    public init(id: String, file: String, title: String, date: Day, unit: Located<String>,
                location: SourceLocation) {
        self.id = id
        self.file = file
        self.title = title
        self.date = date
        self.time = nil
        self.unit = unit
        self.agenda = []
        self.departments = []
        self.leaders = []
        self.items = []
        self.updates = []
        self.aliases = []
        self.draft = false
        self.body = ""
        self.bodyLine = 1
        self.extra = [:]
        self.location = location
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

    public static func == (a: Attendance, b: Attendance) -> Bool {
        a.total == b.total && a.categories.map(\.name) == b.categories.map(\.name)
            && a.categories.map(\.count) == b.categories.map(\.count)
    }
}

/// 赞成 / 反对 / 弃权.
public struct Vote: Sendable, Equatable {
    public var inFavour: Int
    public var against: Int
    public var abstain: Int

    public init(inFavour: Int, against: Int, abstain: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstain = abstain
    }

    public var total: Int { inFavour + against + abstain }
}
