/// One cause behind many errors: a department or unit id that every file refers to and the
/// list no longer holds (deleted, or its id changed). Eighty errors, each "unknown department
/// 'zhujian'", read as eighty problems; the line after them says they are one.
extension DiagnosticList {
    /// Ids unknown in at least `minimum` places, most first, each with the kind of list it
    /// belongs in (a department when any place says so) and how many places name it.
    public func repeatedUnknownIDs(minimum: Int = 5) -> [(kind: Message.IDKind, id: String, count: Int)] {
        var found: [String: (kind: Message.IDKind, count: Int)] = [:]
        for d in all where d.severity == .error {
            guard case .unknownReference(let kind, let id, _) = d.message, [.unit, .department, .owner].contains(kind) else { continue }
            let before = found[id]
            // The most particular kind any place names: a department, else a unit, else either.
            let said: Message.IDKind = [.department, .unit].first { $0 == kind || $0 == before?.kind } ?? .owner
            found[id] = (said, (before?.count ?? 0) + 1)
        }
        return found.filter { $0.value.count >= minimum }
            .map { (kind: $0.value.kind, id: $0.key, count: $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
    }
}
