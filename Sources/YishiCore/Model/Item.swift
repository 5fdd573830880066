/// A matter raised at a meeting (议题): one decision per matter.
///
/// This is the raising entry as written; what became of the item later is the ledger's job.
public struct Item: Sendable, Identifiable {
    private struct Fields {
        var id: String
        var title: String
        var kind: ItemKind
        var category: String?
        var urgency: Urgency
        var raisedBy: String?
        var decision: String?
        var vote: Vote?
        var owner: Located<String>?
        var due: Day?
        var status: ItemStatus
        var funds: Int?
        var note: String?
        var satisfaction: Satisfaction?
        var isPrivate: Bool
        var location: SourceLocation
    }

    /// Shared between copies until one is changed (CopyOnWrite): an item is copied with its
    /// record, its state and its meeting wherever they go, a retain and a release per string.
    private var fields: CopyOnWrite<Fields>

    public var id: String {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var title: String {
        get { fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var kind: ItemKind {
        get { fields.value.kind }
        _modify { yield &fields.value.kind }
    }
    public var category: String? {
        get { fields.value.category }
        _modify { yield &fields.value.category }
    }
    public var urgency: Urgency {
        get { fields.value.urgency }
        _modify { yield &fields.value.urgency }
    }
    public var raisedBy: String? {
        get { fields.value.raisedBy }
        _modify { yield &fields.value.raisedBy }
    }
    public var decision: String? {
        get { fields.value.decision }
        _modify { yield &fields.value.decision }
    }
    public var vote: Vote? {
        get { fields.value.vote }
        _modify { yield &fields.value.vote }
    }
    public var owner: Located<String>? {
        get { fields.value.owner }
        _modify { yield &fields.value.owner }
    }
    public var due: Day? {
        get { fields.value.due }
        _modify { yield &fields.value.due }
    }
    public var status: ItemStatus {
        get { fields.value.status }
        _modify { yield &fields.value.status }
    }
    public var funds: Int? {
        get { fields.value.funds }
        _modify { yield &fields.value.funds }
    }
    public var note: String? {
        get { fields.value.note }
        _modify { yield &fields.value.note }
    }
    public var satisfaction: Satisfaction? {
        get { fields.value.satisfaction }
        _modify { yield &fields.value.satisfaction }
    }
    /// Counted, but published only as "one item withheld".
    public var isPrivate: Bool {
        get { fields.value.isPrivate }
        _modify { yield &fields.value.isPrivate }
    }
    public var location: SourceLocation {
        get { fields.value.location }
        _modify { yield &fields.value.location }
    }

    public init(id: String, title: String, kind: ItemKind, location: SourceLocation) {
        fields = CopyOnWrite(Fields(id: id, title: title, kind: kind, category: nil, urgency: .normal, raisedBy: nil,
                                    decision: nil, vote: nil, owner: nil, due: nil, status: .proposed, funds: nil,
                                    note: nil, satisfaction: nil, isPrivate: false, location: location))
    }

    /// Every field at once, for the build cache: forty thousand items set field by field
    /// checked their box's uniqueness a dozen times each.
    init(id: String, title: String, kind: ItemKind, category: String?, urgency: Urgency, raisedBy: String?,
         decision: String?, vote: Vote?, owner: Located<String>?, due: Day?, status: ItemStatus, funds: Int?,
         note: String?, satisfaction: Satisfaction?, isPrivate: Bool, location: SourceLocation) {
        fields = CopyOnWrite(Fields(id: id, title: title, kind: kind, category: category, urgency: urgency, raisedBy: raisedBy,
                                    decision: decision, vote: vote, owner: owner, due: due, status: status, funds: funds,
                                    note: note, satisfaction: satisfaction, isPrivate: isPrivate, location: location))
    }
}
