/// Collects the ids of one kind and reports duplicates and ids that differ only in case
/// (they would collide on a case-insensitive disk such as a USB stick's).
struct IDRegistry {
    let kind: Message.IDKind
    private var exact: [String: SourceLocation] = [:]
    private var folded: [String: (id: String, location: SourceLocation)] = [:]

    init(_ kind: Message.IDKind) { self.kind = kind }

    /// Registers `id`, returning the problem if it clashes with one already seen.
    mutating func register(_ id: String, at location: SourceLocation, duplicate: ((SourceLocation) -> Message)? = nil) -> Diagnostic? {
        if let first = exact[id] {
            return .error(duplicate?(first) ?? .duplicateID(kind: kind, id: id, first: first), at: location)
        }
        // Ids are nearly always lower-case ASCII already: then the id is its own key.
        let key = id.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5a).contains($0) }) ? id : id.lowercased()
        if let other = folded[key] {
            return .error(.caseCollision(kind: kind, id: id, other: other.id, first: other.location), at: location)
        }
        exact[id] = location
        folded[key] = (id, location)
        return nil
    }

    func contains(_ id: String) -> Bool { exact[id] != nil }
    var ids: [String] { Array(exact.keys) }
}
