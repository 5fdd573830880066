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
        // Orders are worked out on indices: sorting the records themselves moves and copies
        // tens of thousands of large values.
        let ms = content.meetings, fs = content.updateFiles
        let meetings = ms.indices.filter { !ms[$0].draft }.sorted { FileOrder.precedes((ms[$0].date, ms[$0].file), (ms[$1].date, ms[$1].file)) }
        items.reserveCapacity(meetings.reduce(0) { $0 + ms[$1].items.count })
        index.reserveCapacity(items.capacity)
        for k in meetings {
            let m = ms[k]
            // Stored first and put back for an id raised twice (the validator reports it): one
            // lookup per item instead of two.
            for item in m.items {
                if let first = index.updateValue(items.count, forKey: item.id) { index[item.id] = first; continue }
                let raising = LedgerEntry(date: m.date, source: .raising(meeting: m.id), status: item.status,
                                          owner: item.owner?.value, due: item.due, funds: item.funds,
                                          satisfaction: item.satisfaction, note: item.note,
                                          file: m.file, index: -1, location: item.location)
                items.append(ItemRecord(item: item, meetingID: m.id, meetingFile: m.file, unit: m.unit.value,
                                        raised: m.date, timeline: [raising]))
            }
        }
        // Every update as (which list, which record, which entry): meetings' lists first, then
        // update files', each in file order, as the entries of one date and file are ordered.
        // The entries of a day go in FileOrder: the last one stands.
        var updates: [(list: Int, record: Int, entry: Int)] = []
        for k in ms.indices where !ms[k].draft { for e in ms[k].updates.indices { updates.append((0, k, e)) } }
        for k in fs.indices where !fs[k].draft { for e in fs[k].updates.indices { updates.append((1, k, e)) } }
        func entry(_ u: (list: Int, record: Int, entry: Int)) -> UpdateEntry {
            u.list == 0 ? ms[u.record].updates[u.entry] : fs[u.record].updates[u.entry]
        }
        // Stable, as the sort of the entries themselves was: equal keys keep their order.
        let keyed = updates.enumerated().map { (n, u) -> (Day, String, Int, Int) in
            let e = entry(u)
            return (e.date, e.file, e.index, n)
        }
        for (_, _, _, n) in keyed.sorted(by: {
            // The files by their bytes, as FileOrder compares them: String's == takes two spellings
            // of é for one, and the order would go round in a circle.
            $0.0 != $1.0 ? $0.0 < $1.0 : !$0.1.utf8.elementsEqual($1.1.utf8) ? FileOrder.precedes($0.1, $1.1) : ($0.2, $0.3) < ($1.2, $1.3)
        }) {
            let ref = updates[n], u = entry(ref)
            guard u.dateKnown, let i = index[u.item.value], u.date >= items[i].raised else { continue }
            let source: LedgerEntry.Source = ref.list == 0 ? .meeting(ms[ref.record].id) : .updateFile(fs[ref.record].id)
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
