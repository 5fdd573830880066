// The parsed records as the build cache stores them (see RecordCache). Field order is the
// format: a change here must bump `RecordCache.formatVersion`.

extension SourceLocation: Archivable {
    /// Nearly every location in a record is in the record's own file: that one is written as
    /// a mark and shares the record's string when read (a dozen allocations a meeting).
    public func archive(into w: inout ArchiveWriter) {
        w.writeFile(file); w.write(line); w.write(column)
    }

    public init(from r: inout ArchiveReader) throws {
        self.init(file: try r.readFile(), line: try r.readInt(), column: try r.readInt())
    }
}

extension Located: Archivable where Value: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        value.archive(into: &w); location.archive(into: &w)
    }

    public init(from r: inout ArchiveReader) throws {
        self.init(try Value(from: &r), at: try SourceLocation(from: &r))
    }
}

extension Day: Archivable {
    public func archive(into w: inout ArchiveWriter) { w.write(ordinal) }
    public init(from r: inout ArchiveReader) throws { self.init(ordinal: try r.readInt()) }
}

/// A value of a vocabulary by its place among the cases: read back without making its word a
/// string and matching it (135 000 of them when a rebuild decodes its cache).
extension Vocabulary where AllCases.Index == Int {
    public func archive(into w: inout ArchiveWriter) { w.write(UInt64(Self.allCases.firstIndex(of: self)!)) }

    public init(from r: inout ArchiveReader) throws {
        let n = try r.readUInt(), cases = Self.allCases
        guard n < UInt64(cases.count) else { throw ArchiveReader.Damaged() }
        self = cases[Int(n)]
    }
}

extension ItemKind: Archivable {}
extension Urgency: Archivable {}
extension ItemStatus: Archivable {}
extension Satisfaction: Archivable {}

extension Vote: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.write(inFavour); w.write(against); w.write(abstain)
    }

    public init(from r: inout ArchiveReader) throws {
        self.init(inFavour: try r.readOptional(Int.self), against: try r.readOptional(Int.self), abstain: try r.readOptional(Int.self))
    }
}

extension Attendance: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.write(total)
        w.write(UInt64(categories.count))
        for c in categories { w.write(c.name); w.write(c.count) }
    }

    public init(from r: inout ArchiveReader) throws {
        let total = try r.readInt()
        let n = try r.readUInt()
        var categories: [(name: String, count: Int)] = []
        for _ in 0..<min(n, 1 << 20) { categories.append((try r.readString(), try r.readInt())) }
        self.init(total: total, categories: categories)
    }
}

/// `extra:` keys in sorted order, so that equal records archive to equal bytes.
private func writeExtra(_ extra: [String: String], _ w: inout ArchiveWriter) {
    w.write(UInt64(extra.count))
    for key in extra.keys.sorted() { w.write(key); w.write(extra[key]!) }
}

private func readExtra(_ r: inout ArchiveReader) throws -> [String: String] {
    let n = try r.readUInt()
    var extra: [String: String] = [:]
    for _ in 0..<min(n, 1 << 20) { extra[try r.readString()] = try r.readString() }
    return extra
}

extension Item: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.write(id); w.write(title); w.write(kind); w.write(category); w.write(urgency); w.write(raisedBy)
        w.write(decision); w.write(vote); w.write(owner); w.write(due); w.write(status); w.write(funds)
        w.write(note); w.write(satisfaction); w.write(isPrivate); w.write(location)
    }

    public init(from r: inout ArchiveReader) throws {
        let id = try r.readString(), title = try r.readString(), kind = try r.read(ItemKind.self)
        let category = try r.readOptional(String.self)
        let urgency = try r.read(Urgency.self)
        let raisedBy = try r.readOptional(String.self), decision = try r.readOptional(String.self)
        let vote = try r.readOptional(Vote.self), owner = try r.readOptional(Located<String>.self)
        let due = try r.readOptional(Day.self)
        let status = try r.read(ItemStatus.self)
        let funds = try r.readOptional(Int.self), note = try r.readOptional(String.self)
        let satisfaction = try r.readOptional(Satisfaction.self)
        let isPrivate = try r.readBool()
        self.init(id: id, title: title, kind: kind, category: category, urgency: urgency, raisedBy: raisedBy,
                  decision: decision, vote: vote, owner: owner, due: due, status: status, funds: funds, note: note,
                  satisfaction: satisfaction, isPrivate: isPrivate, location: try r.read())
    }
}

extension UpdateEntry: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.write(item); w.write(date); w.write(status); w.write(owner); w.write(due); w.write(funds)
        w.write(satisfaction); w.write(note); w.writeFile(file); w.write(index)
    }

    public init(from r: inout ArchiveReader) throws {
        let item = try r.read(Located<String>.self), date = try r.read(Day.self)
        let status = try r.readOptional(ItemStatus.self), owner = try r.readOptional(Located<String>.self)
        let due = try r.readOptional(Day.self), funds = try r.readOptional(Int.self)
        let satisfaction = try r.readOptional(Satisfaction.self), note = try r.readOptional(String.self)
        self.init(item: item, date: date, file: try r.readFile(), index: try r.readInt())
        self.status = status; self.owner = owner; self.due = due; self.funds = funds
        self.satisfaction = satisfaction; self.note = note
    }
}

extension Meeting: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.file = file  // records do not nest: each sets the file its locations are in
        w.write(id); w.write(file); w.write(title); w.write(date); w.write(time); w.write(unit)
        w.write(platform); w.write(format); w.write(venue); w.write(host); w.write(agenda); w.write(attendance)
        w.write(departments); w.write(leaders); w.write(items); w.write(updates); w.write(publicized)
        w.write(aliases); w.write(draft); w.write(body); w.write(bodyLine); writeExtra(extra, &w)
        w.write(location); w.write(frontMatterDigest)
    }

    public init(from r: inout ArchiveReader) throws {
        let id = try r.readString(), file = try r.readString()
        r.file = file
        let title = try r.readString(), date = try r.read(Day.self)
        let time = try r.readOptional(String.self), unit = try r.read(Located<String>.self)
        let platform = try r.readOptional(String.self), format = try r.readOptional(String.self)
        let venue = try r.readOptional(String.self), host = try r.readOptional(String.self)
        let agenda = try r.readArray(String.self), attendance = try r.readOptional(Attendance.self)
        let departments = try r.readArray(Located<String>.self), leaders = try r.readArray(String.self)
        let items = try r.readArray(Item.self), updates = try r.readArray(UpdateEntry.self)
        let publicized = try r.readOptional(Day.self), aliases = try r.readArray(Located<String>.self)
        let draft = try r.readBool(), body = try r.readText(), bodyLine = try r.readInt(), extra = try readExtra(&r)
        let location = try r.read(SourceLocation.self)
        self.init(id: id, file: file, title: title, date: date, time: time, unit: unit, platform: platform, format: format,
                  venue: venue, host: host, agenda: agenda, attendance: attendance, departments: departments,
                  leaders: leaders, items: items, updates: updates, publicized: publicized, aliases: aliases, draft: draft,
                  body: body, bodyLine: bodyLine, extra: extra, location: location, frontMatterDigest: try r.readUInt())
    }
}

extension UpdateFile: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        w.file = file  // records do not nest: each sets the file its locations are in
        w.write(id); w.write(file); w.write(date); w.write(title); w.write(unit); w.write(updates)
        w.write(draft); w.write(body); w.write(bodyLine); writeExtra(extra, &w); w.write(location)
    }

    public init(from r: inout ArchiveReader) throws {
        let id = try r.readString(), file = try r.readString()
        r.file = file
        let date = try r.read(Day.self)
        let title = try r.readOptional(String.self), unit = try r.readOptional(Located<String>.self)
        let updates = try r.readArray(UpdateEntry.self), draft = try r.readBool(), body = try r.readString()
        let bodyLine = try r.readInt(), extra = try readExtra(&r)
        self.init(id: id, file: file, date: date, location: try r.read())
        self.title = title; self.unit = unit; self.updates = updates; self.draft = draft
        self.body = body; self.bodyLine = bodyLine; self.extra = extra
    }
}

extension ContentRecord: Archivable {
    public func archive(into w: inout ArchiveWriter) {
        switch self {
        case .meeting(let m): w.write(UInt64(0)); m.archive(into: &w)
        case .update(let u): w.write(UInt64(1)); u.archive(into: &w)
        }
    }

    public init(from r: inout ArchiveReader) throws {
        switch try r.readUInt() {
        case 0: self = .meeting(try r.read())
        case 1: self = .update(try r.read())
        default: throw ArchiveReader.Damaged()
        }
    }
}
