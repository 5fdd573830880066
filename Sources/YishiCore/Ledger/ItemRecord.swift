/// An item and everything reported on it: the ledger's unit, what every item page,
/// list and figure is made from. Its fields share one box between copies (CopyOnWrite).
public struct ItemRecord: Sendable, Identifiable {
    private struct Fields {
        var item: Item
        var meetingID: String
        var meetingFile: String
        var unit: String
        var raised: Day
        var timeline: [LedgerEntry]
    }

    private var fields: CopyOnWrite<Fields>

    public init(item: Item, meetingID: String, meetingFile: String, unit: String, raised: Day, timeline: [LedgerEntry]) {
        fields = CopyOnWrite(Fields(item: item, meetingID: meetingID, meetingFile: meetingFile, unit: unit, raised: raised,
                                    timeline: timeline))
    }

    public var item: Item {
        get { fields.value.item }
        _modify { yield &fields.value.item }
    }
    public var meetingID: String {
        get { fields.value.meetingID }
        _modify { yield &fields.value.meetingID }
    }
    public var meetingFile: String {
        get { fields.value.meetingFile }
        _modify { yield &fields.value.meetingFile }
    }
    /// The unit of the meeting that raised it: what a unit scope counts by.
    public var unit: String {
        get { fields.value.unit }
        _modify { yield &fields.value.unit }
    }
    /// Raise date: the date of the meeting that raised it.
    public var raised: Day {
        get { fields.value.raised }
        _modify { yield &fields.value.raised }
    }
    /// The raising entry first, then every update in date, file and list order.
    public var timeline: [LedgerEntry] {
        get { fields.value.timeline }
        _modify { yield &fields.value.timeline }
    }

    public var id: String { item.id }

    /// The item as of `day`, or nil when it had not been raised yet.
    public func state(asOf day: Day, defaultDueDays: Int) -> ItemState? {
        guard raised <= day else { return nil }
        let defaultDue = raised.adding(days: defaultDueDays)
        var s = ItemState(status: .proposed, owner: nil, due: defaultDue, firstDue: defaultDue, dueGiven: false,
                          funds: nil, satisfaction: nil, note: nil, resolvedDate: nil, statusDate: raised, entryCount: 0)
        // Read in place, field by field: a copy of each entry retained its strings, and every
        // page and figure asks for states.
        timeline.withUnsafeBufferPointer { entries in
            for i in entries.indices {
                let date = entries[i].date
                guard date <= day else { break }
                s.entryCount += 1
                if let st = entries[i].status ?? (entries[i].isRaising ? .proposed : nil) {
                    if st != s.status || entries[i].isRaising {
                        if st == .resolved { s.resolvedDate = date }
                        s.statusDate = date
                    }
                    s.status = st
                }
                if let o = entries[i].owner { s.owner = o }
                if let d = entries[i].due {
                    if !s.dueGiven { s.firstDue = d }
                    s.due = d
                    s.dueGiven = true
                }
                if let f = entries[i].funds { s.funds = f }
                if let v = entries[i].satisfaction { s.satisfaction = v }
                if let n = entries[i].note { s.note = n }
            }
        }
        if s.status != .resolved { s.resolvedDate = nil }
        return s
    }
}
