/// A place in the unit tree: a district, a town or street, a village or community.
public struct Unit: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// 区, 镇, 街道, 村, 社区 …: free text, shown as written.
    public var level: String
    public var parent: String?
    /// Ids of the units directly under this one, in the order written.
    public var children: [String]
    /// The first day the unit existed (`since:`), when it was set up after the site began.
    public var since: Day?
    /// The last day the unit existed (`until:`): a village merged into another, a community
    /// dissolved. Its meetings stay published; later periods neither count nor watch it.
    public var until: Day?
    /// The unit it was merged into (`merged_into:`), for the pages to point residents there.
    public var mergedInto: Located<String>?
    public var location: SourceLocation

    public init(id: String, name: String, level: String, parent: String?, children: [String] = [],
                since: Day? = nil, until: Day? = nil, mergedInto: Located<String>? = nil,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
        self.children = children
        self.since = since
        self.until = until
        self.mergedInto = mergedInto
        self.location = location
    }

    /// A village or community: a unit with no units under it.
    public var isLeaf: Bool { children.isEmpty }

    /// Whether the unit existed on `day`.
    public func exists(on day: Day) -> Bool {
        (since.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// Whether the unit's last day came before `day`: by then it has been merged or wound up.
    public func hasEnded(before day: Day) -> Bool { until.map { $0 < day } ?? false }

    /// Whether the unit existed on any day from `first` through `last`. With `first` after
    /// `last` (a period that starts after the as-of date) only an undated unit, or one whose
    /// life spans both days, is said to exist: the same test the figures' recount makes.
    public func exists(from first: Day, through last: Day) -> Bool {
        (since.map { $0 <= last } ?? true) && (until.map { first <= $0 } ?? true)
    }

    /// Whether `since:` or `until:` limits the unit's life: most units have neither.
    public var isDated: Bool { since != nil || until != nil }
}

/// The unit tree of `units.yml`, with lookups by id and by subtree.
public struct UnitTree: Sendable {
    /// Units in the order they are written (a depth-first walk of the file).
    public private(set) var units: [Unit] = []
    /// Units whose id an earlier unit already has: left out of the tree, kept for the
    /// validator to name (a unit counted twice would count its meetings twice).
    public private(set) var repeated: [Unit] = []
    private var index: [String: Int] = [:]
    /// Positions of the units merged into each unit (`merged_into:`), in the order written.
    private var merged: [String: [Int]] = [:]

    public init(_ units: [Unit] = []) {
        for u in units {
            guard index[u.id] == nil else { repeated.append(u); continue }
            index[u.id] = self.units.count
            if let into = u.mergedInto { merged[into.value, default: []].append(self.units.count) }
            self.units.append(u)
        }
    }

    /// Why a meeting of unit `id` cannot be dated `day` (it was merged away, or not yet set up),
    /// or nil: for `check` and for `yishi new`, which refuses such minutes at once. `today`: the
    /// day is today's, taken for want of a `--date`.
    public func outsideLife(of id: String, on day: Day, today: Bool = false) -> Message? {
        guard let u = self[id], !u.exists(on: day) else { return nil }
        return .meetingOutsideUnitLife(unit: u, date: day, mergedIntoName: mergedIntoName(of: u), today: today)
    }

    /// The name of the unit `u` was merged into, for messages that name it.
    public func mergedIntoName(of u: Unit) -> String? { u.mergedInto.flatMap { self[$0.value]?.name } }

    /// The units merged into `id`, for its page to name them.
    public func mergedInto(_ id: String) -> [Unit] { (merged[id] ?? []).map { units[$0] } }

    public subscript(id: String) -> Unit? { index[id].map { units[$0] } }

    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// Where the unit is written in units.yml, for lists in its order; unknown ids go last.
    public func position(of id: String) -> Int { index[id] ?? .max }

    public var roots: [Unit] { units.filter { $0.parent == nil } }

    /// The unit at the top of the tree when it is the only one there (a district above all its
    /// towns): its meetings and items are all the site's, so its figures are the site's.
    public var soleRoot: Unit? {
        let top = roots
        return top.count == 1 ? top[0] : nil
    }

    /// The unit and every unit under it, depth first.
    public func subtree(_ id: String) -> [Unit] {
        guard let u = self[id] else { return [] }
        return [u] + u.children.flatMap { subtree($0) }
    }

    /// The unit and its ancestors, nearest first.
    public func ancestry(_ id: String) -> [Unit] {
        var out: [Unit] = []
        var cur = self[id]
        while let u = cur, out.count <= units.count {
            out.append(u)
            cur = u.parent.flatMap { self[$0] }
        }
        return out
    }
}
