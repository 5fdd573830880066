/// Collects the ids of one kind and reports duplicates and ids that differ only in case
/// (they would collide on a case-insensitive disk such as a USB stick's).
struct IDRegistry {
    let kind: Message.IDKind
    /// By the id folded to lower case: the first id registered under each key and where. An id
    /// is already known exactly when its key holds that same id (a second one is never stored).
    private var folded: [String: (id: String, location: SourceLocation)] = [:]

    init(_ kind: Message.IDKind, capacity: Int = 0) {
        self.kind = kind
        folded.reserveCapacity(capacity)
    }

    /// Registers `id`, returning the problem if it clashes with one already seen.
    mutating func register(_ id: String, at location: SourceLocation, duplicate: ((SourceLocation) -> Message)? = nil) -> Diagnostic? {
        // Ids are nearly always lower-case ASCII already: then the id is its own key.
        let key = id.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5a).contains($0) }) ? id : id.lowercased()
        // Stored first and put back in the rare clash: one lookup per id instead of two.
        guard let other = folded.updateValue((id, location), forKey: key) else { return nil }
        folded[key] = other
        if other.id == id { return .error(duplicate?(other.location) ?? .duplicateID(kind: kind, id: id, first: other.location), at: location) }
        return .error(.caseCollision(kind: kind, id: id, other: other.id, first: other.location), at: location)
    }

    var ids: [String] { folded.values.map(\.id) }
}
