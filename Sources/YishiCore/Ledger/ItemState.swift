/// What an item looks like as of one date: its raising entry folded with every update up
/// to that date (DESIGN §4 "Terms").
public struct ItemState: Sendable, Equatable {
    public var status: ItemStatus
    public var owner: String?
    /// The last `due` given, or `default_due_days` after the raise date.
    public var due: Day
    /// The first `due` ever given, or the same default: deferrals do not move it.
    public var firstDue: Day
    /// Whether any entry gave a `due` (the default applies otherwise).
    public var dueGiven: Bool
    public var funds: Int?
    public var satisfaction: Satisfaction?
    public var note: String?
    /// Date of the entry that last moved the item into `resolved`, if it is resolved.
    public var resolvedDate: Day?
    /// Date of the entry that gave the current status: when a rejected or referred item was closed.
    public var statusDate: Day
    /// Entries folded: the timeline up to the date.
    public var entryCount: Int

    /// Resolved, rejected or referred: nothing more is expected.
    public var isClosed: Bool { status.isClosed }

    /// Past due and still promised (accepted, in progress or deferred).
    public func isOverdue(asOf day: Day) -> Bool { status.isOpenCommitment && due < day }

    /// Past due and never taken up (still proposed). Not overdue as DESIGN §4 counts it, since
    /// nobody committed to it, but a resident reading the list is owed the mark all the same.
    public func isUnanswered(asOf day: Day) -> Bool { status == .proposed && due < day }

    /// Resolved after its due date: done, but not on time as the on-time rate counts it (DESIGN
    /// §4), which residents reading the item are owed as much as the overdue mark.
    public var resolvedLate: Bool { status == .resolved && (resolvedDate.map { $0 > due } ?? false) }

    /// The date the item was closed: resolved, rejected or referred.
    public var closedDate: Day? {
        if status == .resolved { return resolvedDate }
        return status.isClosedWithoutResolution ? statusDate : nil
    }
}
