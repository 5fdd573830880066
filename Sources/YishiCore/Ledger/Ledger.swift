/// The link stage's result: every published item with its timeline, so that its state as
/// of any date can be read off (DESIGN §3 "Item lifecycle", §4 "Terms").
///
/// Built only from what counts: draft files are left out, and updates whose item is not
/// known were reported by the validator and are left out here.
public struct Ledger: Sendable {
    /// Items in order of raise date, then meeting file, then position in the meeting.
    public private(set) var items: [ItemRecord] = []
    private var index: [String: Int] = [:]
    public let defaultDueDays: Int

    public init(_ content: Content) {
        defaultDueDays = content.settings.defaultDueDays
        let meetings = content.publishedMeetings.sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        for m in meetings {
            for item in m.items where index[item.id] == nil {
                let raising = LedgerEntry(date: m.date, source: .raising(meeting: m.id), status: item.status,
                                          owner: item.owner?.value, due: item.due, funds: item.funds,
                                          satisfaction: item.satisfaction, note: item.note,
                                          file: m.file, index: -1, location: item.location)
                index[item.id] = items.count
                items.append(ItemRecord(item: item, meetingID: m.id, meetingFile: m.file, unit: m.unit.value,
                                        raised: m.date, timeline: [raising]))
            }
        }
        var updates: [(UpdateEntry, LedgerEntry.Source)] = []
        for m in content.publishedMeetings { updates += m.updates.map { ($0, .meeting(m.id)) } }
        for f in content.publishedUpdateFiles { updates += f.updates.map { ($0, .updateFile(f.id)) } }
        updates.sort { a, b in (a.0.date, a.0.file, a.0.index) < (b.0.date, b.0.file, b.0.index) }
        for (u, source) in updates {
            guard let i = index[u.item.value], u.date >= items[i].raised else { continue }
            items[i].timeline.append(LedgerEntry(date: u.date, source: source, status: u.status, owner: u.owner?.value,
                                                 due: u.due, funds: u.funds, satisfaction: u.satisfaction, note: u.note,
                                                 file: u.file, index: u.index, location: u.location))
        }
    }

    public subscript(id: String) -> ItemRecord? { index[id].map { items[$0] } }

    public func state(of id: String, asOf day: Day) -> ItemState? {
        self[id]?.state(asOf: day, defaultDueDays: defaultDueDays)
    }
}
