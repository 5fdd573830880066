/// One step of progress on an item: from an update file, or from a later meeting's `updates:`.
public struct UpdateEntry: Sendable {
    public var item: Located<String>
    /// The date of the file or meeting it sits in.
    public var date: Day
    /// False when that file's date is missing or unreadable (an error already reported): the
    /// entry is read all the same, so that its other mistakes are named in the same run, but
    /// no date check is made on it and the ledger leaves it out.
    public var dateKnown = true
    public var status: ItemStatus?
    public var owner: Located<String>?
    public var due: Day?
    public var funds: Int?
    public var satisfaction: Satisfaction?
    public var note: String?
    /// The file it sits in, relative to the site folder; orders entries of one date.
    public var file: String
    /// Position within its file's list; orders entries of one file.
    public var index: Int

    public init(item: Located<String>, date: Day, file: String, index: Int) {
        self.item = item
        self.date = date
        self.file = file
        self.index = index
    }

    public var location: SourceLocation { item.location }
}

/// A file in `content/updates/`: progress and result feedback between meetings.
public struct UpdateFile: Sendable, Identifiable {
    public var id: String
    public var file: String
    public var date: Day
    public var title: String?
    public var unit: Located<String>?
    public var updates: [UpdateEntry]
    public var draft: Bool
    public var body: String
    public var bodyLine: Int
    public var extra: [String: String]
    public var location: SourceLocation

    public init(id: String, file: String, date: Day, location: SourceLocation) {
        self.id = id
        self.file = file
        self.date = date
        self.updates = []
        self.draft = false
        self.body = ""
        self.bodyLine = 1
        self.extra = [:]
        self.location = location
    }
}
