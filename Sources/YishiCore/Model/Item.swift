/// A matter raised at a meeting (议题): one decision per matter.
///
/// This is the raising entry as written; what became of the item later is the ledger's job.
public struct Item: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var kind: ItemKind
    public var category: String?
    public var urgency: Urgency
    public var raisedBy: String?
    public var decision: String?
    public var vote: Vote?
    public var owner: Located<String>?
    public var due: Day?
    public var status: ItemStatus
    public var funds: Int?
    public var note: String?
    public var satisfaction: Satisfaction?
    /// Counted, but published only as "one item withheld".
    public var isPrivate: Bool
    public var location: SourceLocation

    public init(id: String, title: String, kind: ItemKind, location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.urgency = .normal
        self.status = .proposed
        self.isPrivate = false
        self.location = location
    }
}
