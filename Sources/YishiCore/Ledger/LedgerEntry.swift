/// One step in an item's timeline: the raising entry or a later update, as written.
public struct LedgerEntry: Sendable {
    public enum Source: Sendable, Equatable {
        /// The meeting that raised the item.
        case raising(meeting: String)
        /// An entry in a later meeting's `updates:` list.
        case meeting(String)
        /// An entry in an update file.
        case updateFile(String)
    }

    public var date: Day
    public var source: Source
    public var status: ItemStatus?
    public var owner: String?
    public var due: Day?
    public var funds: Int?
    public var satisfaction: Satisfaction?
    public var note: String?
    /// File and position it was read from: orders entries of one date.
    public var file: String
    public var index: Int
    public var location: SourceLocation

    public var isRaising: Bool { if case .raising = source { return true } else { return false } }
}
