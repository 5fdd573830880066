/// Everything a site's `content/` folder holds, parsed into typed records.
public struct Content: Sendable {
    public var settings: SiteSettings
    public var units: UnitTree
    public var departments: [Department]
    /// Meetings in path order, drafts included (`draft` says which).
    public var meetings: [Meeting]
    /// Update files in path order, drafts included.
    public var updateFiles: [UpdateFile]
    /// What errors kept from being read in full: references into it are not judged as though
    /// it were complete, so that one slip in units.yml is one error, not one per meeting.
    public var unread = Unread()

    /// Which of the lists references point into are incomplete.
    public struct Unread: Sendable {
        public var units = false
        public var departments = false
        /// No departments.yml, or one with no department in it: every department named is then
        /// unknown for one reason, said once (`Validator.foldedForMissingDepartments`).
        public var departmentsFileMissing: Message.NoList? = nil
        /// The ids written in meeting files, or items, left out for an error (read from their
        /// `id:` lines as plain text), each with the file it is written in: an update naming one
        /// is not told of another item, but of that file.
        public var itemFiles: [String: String] = [:]
        /// The meeting files left out for an error, or with an item left out (its id no id,
        /// `龙江2026-004`): an item an update names may be raised there, under that id.
        public var meetingFiles: Set<String> = []
        public init() {}
    }

    public init(settings: SiteSettings = SiteSettings(), units: UnitTree = UnitTree(), departments: [Department] = [],
                meetings: [Meeting] = [], updateFiles: [UpdateFile] = []) {
        self.settings = settings
        self.units = units
        self.departments = departments
        self.meetings = meetings
        self.updateFiles = updateFiles
    }

    public func department(_ id: String) -> Department? { departments.first { $0.id == id } }

    /// Meetings and update files that count: not drafts.
    public var publishedMeetings: [Meeting] { meetings.filter { !$0.draft } }
    public var publishedUpdateFiles: [UpdateFile] { updateFiles.filter { !$0.draft } }
}
