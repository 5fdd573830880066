/// A department that attends meetings and can own items (区住建局, 区财政局 …).
public struct Department: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var location: SourceLocation

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}
