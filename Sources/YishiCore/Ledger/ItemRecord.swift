/// An item with where it was raised and its whole timeline.
public struct ItemRecord: Sendable, Identifiable {
    public var item: Item
    public var meetingID: String
    public var meetingFile: String
    /// The unit of the meeting that raised it: what a unit scope counts by.
    public var unit: String
    /// Raise date: the date of the meeting that raised it.
    public var raised: Day
    /// The raising entry first, then every update in date, file and list order.
    public var timeline: [LedgerEntry]

    public var id: String { item.id }

    /// The item as of `day`, or nil when it had not been raised yet.
    public func state(asOf day: Day, defaultDueDays: Int) -> ItemState? {
        guard raised <= day else { return nil }
        let defaultDue = raised.adding(days: defaultDueDays)
        var s = ItemState(status: .proposed, owner: nil, due: defaultDue, firstDue: defaultDue, dueGiven: false,
                          funds: nil, satisfaction: nil, note: nil, resolvedDate: nil, statusDate: raised, entryCount: 0)
        for e in timeline {
            guard e.date <= day else { break }
            s.entryCount += 1
            if let st = e.status ?? (e.isRaising ? .proposed : nil) {
                if st != s.status || e.isRaising {
                    if st == .resolved { s.resolvedDate = e.date }
                    s.statusDate = e.date
                }
                s.status = st
            }
            if let o = e.owner { s.owner = o }
            if let d = e.due {
                if !s.dueGiven { s.firstDue = d }
                s.due = d
                s.dueGiven = true
            }
            if let f = e.funds { s.funds = f }
            if let v = e.satisfaction { s.satisfaction = v }
            if let n = e.note { s.note = n }
        }
        if s.status != .resolved { s.resolvedDate = nil }
        return s
    }
}
