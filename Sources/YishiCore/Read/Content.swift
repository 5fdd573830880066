/// Everything a site's `content/` folder holds, parsed into typed records.
public struct Content: Sendable {
    public var settings: SiteSettings
    public var units: UnitTree
    public var departments: [Department]
    /// Meetings in path order, drafts included (`draft` says which).
    public var meetings: [Meeting]
    /// Update files in path order, drafts included.
    public var updateFiles: [UpdateFile]

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
