import Foundation

/// The validate stage: checks that need every file at once — ids unique across the site,
/// references to units, departments and items that exist, updates dated after their item.
///
/// Each file's own problems were reported while parsing; this adds what only the whole
/// site can show.
public enum Validator {
    /// What to say of a unit, department or owner that names nothing, in the content or on the
    /// command line: by its name if it is one (`东村` → its id), else with the id it most likely
    /// means, by spelling or as part of a name. The lists are asked for only when needed.
    public static func unknownReference(_ written: String, _ kind: Message.IDKind, byName: () -> String?,
                                        ids: () -> [String], names: () -> [String: String],
                                        isID: ((String) -> Bool)? = nil) -> Message {
        if let id = byName() { return .nameInsteadOfID(kind: kind, name: written, id: id) }
        let full = written.unicodeScalars.filter { $0.fullWidthASCII != nil }
        if !full.isEmpty {
            let meant = String(String.UnicodeScalarView(written.unicodeScalars.map { $0.fullWidthASCII ?? $0 }))
            if isID?(meant) ?? ids().contains(meant) {
                var seen: [Unicode.Scalar] = []
                for c in full where !seen.contains(c) { seen.append(c) }
                return .fullWidthInID(kind: kind, id: written, meant: meant, marks: seen.map { "'\($0)'" }.joined(separator: " "))
            }
        }
        let suggestion = Suggestion.closest(to: written, in: ids()) ?? Suggestion.byPartOfName(written, in: names())
        return .unknownReference(kind: kind, id: written, suggestion: suggestion)
    }

    public static func validate(_ content: Content) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let settings = content.settings

        var units = IDRegistry(.unit)
        for u in content.units.units + content.units.repeated { if let d = units.register(u.id, at: u.location) { out.append(d) } }
        var departments = IDRegistry(.department)
        for dep in content.departments {
            if let d = departments.register(dep.id, at: dep.location) { out.append(d) }
            if content.units.contains(dep.id) { out.append(.error(.ambiguousOwner(id: dep.id), at: dep.location)) }
        }
        let unitIDs = content.units.units.map(\.id)
        let departmentIDs = content.departments.map(\.id)
        // Looked up for every owner and department present: a set, not a scan of the list.
        let knownDepartments = Set(departmentIDs)

        let unread = content.unread
        // A name written where its id belongs (`unit: 东村`): by far the likeliest unknown
        // reference that is not a typo, and one no spelling suggestion finds.
        lazy var unitsByName = Dictionary(content.units.units.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        lazy var departmentsByName = Dictionary(content.departments.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        /// Reports a reference that names nothing: by its name if it is one, else with the id
        /// it most likely means. While the file of ids could not be read, only what can be no id.
        /// `explained` may say more where the place knows more.
        func unknown(_ ref: Located<String>, _ kind: Message.IDKind, unread: Bool, byName: () -> String?, ids: () -> [String],
                     names: () -> [String: String] = { [:] }, explained: (Message) -> Message = { $0 },
                     isID: ((String) -> Bool)? = nil) {
            if unread {
                if let p = Identifier.problem(ref.value) { out.append(.error(p, at: ref.location)) }
                return
            }
            out.append(.error(explained(unknownReference(ref.value, kind, byName: byName, ids: ids, names: names, isID: isID)), at: ref.location))
        }
        func checkUnit(_ ref: Located<String>) {
            guard !ref.value.isEmpty, !content.units.contains(ref.value) else { return }
            unknown(ref, .unit, unread: unread.units, byName: { unitsByName[ref.value] }, ids: { unitIDs }, names: { unitsByName })
        }
        func checkDepartment(_ ref: Located<String>) {
            guard !knownDepartments.contains(ref.value) else { return }
            unknown(ref, .department, unread: unread.departments, byName: { departmentsByName[ref.value] }, ids: { departmentIDs },
                    names: { departmentsByName })
        }
        /// `meetingUnit`: the unit of the meeting the owner is written in, if any.
        func checkOwner(_ ref: Located<String>, meetingUnit: String? = nil) {
            // A blank of `yishi new` is named where it is read, once.
            guard !Fields.isBlank(ref.value) else { return }
            guard !knownDepartments.contains(ref.value), !content.units.contains(ref.value) else { return }
            let named: Message.IDKind = departmentsByName[ref.value] != nil ? .department : unitsByName[ref.value] != nil ? .unit : .owner
            unknown(ref, named, unread: unread.units || unread.departments,
                    byName: { departmentsByName[ref.value] ?? unitsByName[ref.value] }, ids: { departmentIDs + unitIDs },
                    names: { departmentsByName.merging(unitsByName) { d, _ in d } }) { message in
                // 村委会, 居委会: words for an owner, not ids, that no spelling suggestion finds.
                // Said what an owner is, with the meeting's own unit for a matter it keeps.
                guard case .unknownReference(.owner, _, nil) = message, Identifier.problem(ref.value) != nil else { return message }
                let unit = meetingUnit.flatMap { id in content.units[id].map { (id: id, name: $0.name) } }
                return .ownerNotAnID(written: ref.value, meetingUnit: unit?.id, unitName: unit?.name)
            }
        }
        /// A matter handed to a unit that no longer exists (merged, or dissolved) on the day it
        /// was handed over, or not yet set up: nobody would answer for it. A warning: the record
        /// reads, and counts, as written.
        func checkOwnerLife(_ ref: Located<String>, on day: Day) {
            guard !Fields.isBlank(ref.value) else { return }
            guard unitsDated, let u = content.units[ref.value], !u.exists(on: day) else { return }
            out.append(.warning(.ownerOutsideUnitLife(unit: u, date: day, mergedIntoName: content.units.mergedIntoName(of: u)),
                                at: ref.location))
        }
        // Bytes first: Swift's == on two different Chinese strings checks them for canonical
        // equivalence, and forty thousand items each passed most of the site's list that way.
        // Checked here, not while parsing: a file with a warning of its own is never kept in the
        // record cache, and a site that has not listed its formats yet would lose every fast
        // rebuild. `FieldPlaces` then points each warning at its value's line.
        let listedBytes = [settings.platforms, settings.formats, settings.categories].map { $0.map { Array($0.utf8) } }
        func checkListed(_ key: String, _ value: String?, _ list: [String], _ bytes: [[UInt8]], at location: SourceLocation) {
            // A blank of `yishi new` is named where it is read, once.
            guard let value, !list.isEmpty, !Fields.isBlank(value) else { return }
            let listed = value.utf8.withContiguousStorageIfAvailable { v in
                bytes.contains { b in b.count == v.count && b.withUnsafeBufferPointer { memcmp($0.baseAddress!, v.baseAddress!, v.count) == 0 } }
            }
            guard listed != true, !list.contains(value) else { return }
            out.append(.warning(.notInSiteList(key: key, value: value, suggestion: Suggestion.closest(to: value, in: list)), at: location))
        }

        for u in content.units.units {
            guard let into = u.mergedInto, into.value != u.id else { continue }
            guard let target = content.units[into.value] else { checkUnit(into); continue }
            // The unit merged into takes over the merged one's place in the figures: a town has
            // no place of its own there, and a unit gone or not yet there on the next day none.
            if !target.isLeaf {
                out.append(.error(.mergedIntoNotVillage(into: target), at: into.location))
            } else if let next = u.until?.adding(days: 1), !target.exists(on: next) {
                out.append(.error(.mergedIntoNotThere(into: target, day: next), at: into.location))
            }
        }
        // Most sites date no unit: then no meeting needs its unit looked up.
        let unitsDated = content.units.units.contains(where: \.isDated)

        let itemCount = content.meetings.reduce(0) { $0 + $1.items.count }
        var meetings = IDRegistry(.meeting, capacity: content.meetings.count)
        var items = IDRegistry(.item, capacity: itemCount)
        /// Where each item was raised: its date, whether its meeting is a draft, and the meeting.
        var raised: [String: (date: Day, draft: Bool, meeting: Int)] = [:]
        /// Ids raised twice, each with the file that raised it the second time: an update to an
        /// unknown item close to one is likely the second's.
        var raisedTwice: [String: String] = [:]
        raised.reserveCapacity(itemCount)
        /// Each meeting by its file: a clash of ids looks at the other meeting.
        lazy var meetingInFile = Dictionary(content.meetings.indices.map { (content.meetings[$0].location.file, $0) }, uniquingKeysWith: { a, _ in a })
        // A copy (`X - 副本.md`, `X(1).md`) is looked at after the meeting it was copied from,
        // which sorts after it: the same items raised twice are then named on the copy, and
        // the updates about them are checked against the original's date.
        let copiedFrom = content.meetings.map(Self.copiedFrom)
        let originalsFirst = content.meetings.indices.filter { copiedFrom[$0] == nil } + content.meetings.indices.filter { copiedFrom[$0] != nil }
        for k in originalsFirst {
            let m = content.meetings[k]
            // The file of a meeting this one's id or a former id clashes with, when the two raise
            // the same items: the same minutes saved twice (or kept after a renaming) clash item
            // by item too, and that is the one mistake already named. A copy made into another
            // meeting, with items of its own, has its reused item ids named as well.
            var copyOf: String?
            /// The meeting whose id or former id `first` is; noted as the one this repeats when
            /// the two raise the same items.
            func clashing(at first: SourceLocation) -> Meeting? {
                guard let o = meetingInFile[first.file].map({ content.meetings[$0] }) else { return nil }
                if Set(o.items.map(\.id)) == Set(m.items.map(\.id)) { copyOf = first.file }
                return o
            }
            if let d = meetings.register(m.id, at: m.location, duplicate: { first in
                let o = clashing(at: first)
                if let o, o.id != m.id { return .idIsFormerID(id: m.id, meeting: o.id, first: first) }
                return .meetingIDTwice(id: m.id, first: first, fromFileName: Self.givesNoID(m) && o.map(Self.givesNoID) == true)
            }) { out.append(d) }
            for a in m.aliases {
                if let d = meetings.register(a.value, at: a.location, duplicate: { first in
                    _ = clashing(at: first)
                    return .aliasTaken(alias: a.value, first: first)
                }) { out.append(d) }
            }
            // A copy whose name is already named as one, raising the same items as the meeting
            // it was copied from: one mistake, not one per item.
            if let original = copiedFrom[k], let o = meetingInFile[original].map({ content.meetings[$0] }),
               Set(o.items.map(\.id)) == Set(m.items.map(\.id)) { copyOf = original }
            checkUnit(m.unit)
            // Last meeting's file copied for another village, its `unit:` left as it was: the
            // meeting would count for the wrong village.
            if let named = Self.unitInFileName(of: m, units: content.units), named != m.unit.value, content.units.contains(m.unit.value),
               !m.id.hasSuffix("-" + m.unit.value), !m.id.contains("-" + m.unit.value + "-") {
                // (A joint meeting's file may name each unit: `…-bixi-laojie.md` for laojie's.)
                out.append(.warning(.fileNameUnitDiffers(named: named, unit: m.unit.value), at: m.unit.location))
            }
            if unitsDated, let why = content.units.outsideLife(of: m.unit.value, on: m.date) { out.append(.error(why, at: m.unit.location)) }
            m.departments.forEach(checkDepartment)
            checkListed("platform", m.platform, settings.platforms, listedBytes[0], at: m.location)
            checkListed("format", m.format, settings.formats, listedBytes[1], at: m.location)
            for item in m.items {
                if let d = items.register(item.id, at: item.location, duplicate: { .itemRaisedTwice(id: item.id, first: $0) }) {
                    switch d.message {
                    case .itemRaisedTwice(_, let first) where first.file == copyOf: break  // the copy, named above
                    // The same minutes under a name of their own (`…-b.md`, `…-新.md`): the same day
                    // and unit, every item again, one for one. One mistake, named once, on the file
                    // whose name is the other's with something added, else on the one looked at
                    // second. (A later meeting raising an item again is told to report on it.)
                    case .itemRaisedTwice(_, let first) where copyOf == nil && first.file != m.file
                        && meetingInFile[first.file].map({ o in
                            let o = content.meetings[o]
                            return o.date == m.date && o.unit.value == m.unit.value && Set(o.items.map(\.id)) == Set(m.items.map(\.id))
                        }) == true:
                        copyOf = first.file
                        let o = content.meetings[meetingInFile[first.file]!]
                        let otherIsCopy = o.id.hasPrefix(m.id + "-")
                        out.append(.error(.sameItemsAsMeeting(other: otherIsCopy ? m.file : o.file), at: otherIsCopy ? o.location : m.location))
                    default: out.append(d); raisedTwice[item.id] = raisedTwice[item.id] ?? m.file
                    }
                } else {
                    raised[item.id] = (m.date, m.draft, k)
                }
                checkListed("category", item.category, settings.categories, listedBytes[2], at: item.location)
                if let o = item.owner {
                    checkOwner(o, meetingUnit: m.unit.value)
                    checkOwnerLife(o, on: m.date)
                }
            }
        }

        // The same minutes saved twice under two names (`2026-11-18-xikou.md` and
        // `xikou-11月.md`): with items, their ids clash above; without, nothing else tells, and
        // the one meeting would count twice. Few meetings raise no item: only those are keyed.
        // Each day's looked at with the likeliest original first: a file named for the date, the
        // shorter name (`2026-11-18-xikou.md` before `2026-11-18-xikou-ban-deng-hui.md` and
        // `xikou-11月.md`). A copy that kept its original's `id:` is named by that clash already.
        var sameDay: [String: [Int]] = [:], days: [String] = []
        for k in originalsFirst where content.meetings[k].items.isEmpty && !content.meetings[k].draft {
            let key = "\(content.meetings[k].date) \(content.meetings[k].unit.value)"
            if sameDay[key] == nil { days.append(key) }
            sameDay[key, default: []].append(k)
        }
        for day in days {
            guard let ks = sameDay[day], ks.count > 1 else { continue }
            func rank(_ k: Int) -> (Int, Int, String) {
                let m = content.meetings[k], name = m.file.lastPathPart
                return (name.hasPrefix(m.date.description) ? 0 : 1, name.utf8.count, m.file)
            }
            var seen: [MinutesText: Int] = [:]
            for k in ks.sorted(by: { rank($0) < rank($1) }) {
                let m = content.meetings[k]
                guard let first = seen[MinutesText(m)] else { seen[MinutesText(m)] = k; continue }
                let o = content.meetings[first]
                if o.id != m.id { out.append(.error(.sameMinutesAsMeeting(other: o.file), at: m.location)) }
            }
        }

        // Only an unknown item needs them, for a suggestion.
        let unreadMinutes = unread.meetingFiles.sorted()
        lazy var itemIDs = items.ids
        lazy var itemsByTitle = Dictionary(content.meetings.flatMap { $0.items.map { ($0.title, $0.id) } }, uniquingKeysWith: { a, _ in a })
        /// Whether a unit's file may well report on what the other unit raised or owns: the same
        /// unit, one above the other (a town on its village's matter), or one merged into the other.
        func related(_ a: String, _ b: String) -> Bool {
            func above(_ x: String, _ y: String) -> Bool { content.units.ancestry(y).contains { $0.id == x } }
            return above(a, b) || above(b, a)
                || content.units[b]?.mergedInto?.value == a || content.units[a]?.mergedInto?.value == b
        }
        /// Every owner each item had, as raised or handed on by an update (转办 to a village): a
        /// file of any of them reports on a matter of its own. Made only when a file reports on
        /// a matter its unit did not raise.
        lazy var owners: [String: [String]] = {
            var out: [String: [String]] = [:]
            for m in content.meetings { for item in m.items { if let o = item.owner { out[item.id, default: []].append(o.value) } } }
            for u in content.meetings.flatMap(\.updates) + content.updateFiles.flatMap(\.updates) {
                if let o = u.owner { out[u.item.value, default: []].append(o.value) }
            }
            return out
        }()
        /// The first day each item was closed, as raised or by any update: asked for only to
        /// suggest an item for an unknown id.
        lazy var closedOn: [String: Day] = {
            var out: [String: Day] = [:]
            func close(_ id: String, _ day: Day) { out[id] = min(out[id] ?? day, day) }
            for m in content.meetings { for item in m.items where item.status.isClosed { close(item.id, m.date) } }
            for u in content.meetings.flatMap(\.updates) + content.updateFiles.flatMap(\.updates) where u.dateKnown {
                if u.status?.isClosed == true { close(u.item.value, u.date) }
            }
            return out
        }()
        /// The item an unknown id most likely means, of those as close to it as the closest:
        /// one raised by then, by the file's own unit or one above or below it, and of several
        /// such, the one still open on the update's day. Nil when that leaves none or several:
        /// a guess at a closed matter (NT-2026-081 → NT-2026-001, done in March, rather than
        /// the open NT-2026-018) would be changed instead of the one meant.
        /// `meeting`: the meeting whose own `updates:` hold the entry; an item it raises itself
        /// is never the one meant (followed, the guess counted a matter just raised as done).
        func likelyItem(_ u: UpdateEntry, unit: String?, meeting: Int?) -> String? {
            let near = Suggestion.closestAll(to: u.item.value, in: itemIDs).filter { id in
                guard let r = raised[id], r.meeting != meeting else { return false }
                guard u.dateKnown, r.date <= u.date else { return !u.dateKnown }
                guard let unit else { return true }
                let raiser = content.meetings[r.meeting].unit.value
                return raiser == unit || related(unit, raiser)
            }
            if near.count == 1 { return near[0] }
            let open = near.filter { id in !u.dateKnown || (closedOn[id].map { $0 >= u.date } ?? true) }
            return open.count == 1 ? open[0] : nil
        }
        func checkUpdate(_ u: UpdateEntry, inDraft: Bool, fileUnit: (id: String, by: Message.UnitSource)? = nil, meeting: Int? = nil) {
            let meetingUnit = meeting.map { content.meetings[$0].unit.value }
            if let o = u.owner {
                checkOwner(o)
                if u.dateKnown { checkOwnerLife(o, on: u.date) }
            }
            guard let r = raised[u.item.value] else {
                // A blank of `yishi new` is named as such where it is read, not as an unknown item.
                if Fields.isBlank(u.item.value) { return }
                if let file = unread.itemFiles[u.item.value] {
                    // Raised in a meeting left out for its errors: no guess at another item,
                    // which the secretary might take.
                    out.append(.error(.unknownItemWhileUnread(id: u.item.value, file: file), at: u.location))
                } else if let twice = Suggestion.closest(to: u.item.value, in: raisedTwice.keys.sorted()), let file = raisedTwice[twice] {
                    // By file, not "above": errors are listed by file, and the minutes may sort after this one.
                    out.append(.error(.unknownItemRaisedTwiceNearby(id: u.item.value, twice: twice, file: file), at: u.item.location))
                } else if let file = unreadMinutes.first(where: { $0 != u.location.file }), itemsByTitle[u.item.value] == nil {
                    // Perhaps raised in other minutes, unread, under an id written wrong: another
                    // item suggested here (last year's, one digit off) would be changed instead.
                    out.append(.error(.unknownItemSomeUnread(id: u.item.value, file: file), at: u.item.location))
                } else {
                    unknown(u.item, .item, unread: false, byName: { itemsByTitle[u.item.value] },
                            ids: { likelyItem(u, unit: fileUnit?.id ?? meetingUnit, meeting: meeting).map { [$0] } ?? [] }, isID: { raised[$0] != nil })
                }
                return
            }
            // A meeting reporting progress on a matter it raises itself: most often another
            // item's id mistyped, or the item's own status written twice; either way the
            // matter just raised would count as moved on, or done, that day.
            if let meeting, r.meeting == meeting {
                out.append(.warning(.updateOnOwnItem(item: u.item.value), at: u.item.location))
            }
            // A unit's progress file on a matter of a village it has nothing to do with: most
            // likely the item id mistyped, which would close or move another village's matter.
            // (A meeting whose own unit names nothing has its error; no guess from it.) Not a
            // meeting's own `updates:`: a department at one village's meeting may report there
            // on its matters elsewhere.
            if let (f, by) = fileUnit, case let unit = content.meetings[r.meeting].unit.value,
               content.units.contains(f), content.units.contains(unit), !related(f, unit),
               !(owners[u.item.value] ?? []).contains(where: { related(f, $0) }) {
                out.append(.warning(.updateFromUnrelatedUnit(item: u.item.value, fileUnit: f, itemUnit: unit, by: by), at: u.item.location))
            }
            if r.draft && !inDraft {
                out.append(.warning(.updateToDraftItem(item: u.item.value), at: u.location))
            }
            if u.dateKnown, u.date < r.date {
                out.append(.error(.updateBeforeRaised(item: u.item.value, date: u.date, raised: r.date), at: u.location))
            }
        }
        for (i, m) in content.meetings.enumerated() { m.updates.forEach { checkUpdate($0, inDraft: m.draft, meeting: i) } }
        for f in content.updateFiles {
            if let u = f.unit { checkOwner(u) }
            let unit = f.unit.map { (id: $0.value, by: Message.UnitSource.field) }
                ?? Self.unitInFileName(of: f, units: content.units, departments: knownDepartments).map { (id: $0, by: .fileName) }
            f.updates.forEach { checkUpdate($0, inDraft: f.draft, fileUnit: unit) }
        }
        out += meetingsAboveQuietUnits(content)
        out += unitsUnderTheirLevel(content.units)
        return unread.departmentsFileMissing.map { foldedForMissingDepartments(out, $0) } ?? out
    }

    /// A unit under one of its own level (a 村 indented under another 村): most often two more
    /// spaces than meant, which takes the village out of coverage and makes its meetings count
    /// for no village, with no other sign. A warning on the unit's line.
    static func unitsUnderTheirLevel(_ units: UnitTree) -> [Diagnostic] {
        units.units.compactMap { u in
            guard !u.level.isEmpty, let p = u.parent.flatMap({ units[$0] }), p.level == u.level else { return nil }
            return .warning(.unitUnderItsLevel(unit: u.name, parent: p.name, level: u.level), at: u.location)
        }
    }

    /// A unit with units under it that holds meetings of its own, while none under it holds
    /// any: most often `children:` put under the wrong unit (a village given the groups of
    /// another), which takes the village out of coverage and the cadence list, its meetings
    /// making no unit count as met. A town whose villages have not met yet gets the same word,
    /// which is true of it too. A warning, once per unit, on its line in units.yml.
    static func meetingsAboveQuietUnits(_ content: Content) -> [Diagnostic] {
        var held: [String: Int] = [:]
        for m in content.meetings where !m.draft { held[m.unit.value, default: 0] += 1 }
        return content.units.units.compactMap { u in
            guard !u.isLeaf, let own = held[u.id] else { return nil }
            let below = content.units.subtree(u.id).dropFirst()
            guard below.allSatisfy({ held[$0.id] == nil }) else { return nil }
            return .warning(.meetingsAboveQuietUnits(unit: u.name, meetings: own, below: below.count), at: u.location)
        }
    }

    /// With no departments.yml, every department in every file is unknown: hundreds of errors
    /// that are one. They become one error on the missing file, counting them and naming the
    /// first. Owners count with them (a department is as often named only as an owner), but not
    /// one told of a unit id it is near: that is a unit's id misspelt, in a site that may well
    /// have no departments.
    static func foldedForMissingDepartments(_ found: [Diagnostic], _ why: Message.NoList) -> [Diagnostic] {
        var kept: [Diagnostic] = [], folded: [Diagnostic] = []
        for d in found {
            if d.severity == .error, case .unknownReference(let kind, _, let suggestion) = d.message,
               kind == .department || kind == .owner && suggestion == nil {
                folded.append(d)
            } else {
                kept.append(d)
            }
        }
        guard let first = folded.min(by: { $0.location < $1.location }),
              case .unknownReference(_, let id, _) = first.message else { return found }
        let missing = Diagnostic.error(.departmentsFileMissing(count: folded.count, first: id, at: first.location.description, why: why),
                                       at: SourceLocation(file: ContentReader.departmentsFile))
        return [missing] + kept
    }

    /// What makes two meetings of one unit and day the same minutes: the same title, time,
    /// attendance and text (a second meeting that day has a title or minutes of its own).
    struct MinutesText: Hashable {
        var title: String, time: String?, attendance: [Int], categories: [String], body: String
        init(_ m: Meeting) {
            title = m.title
            time = m.time
            attendance = [m.attendance?.total ?? -1] + (m.attendance?.categories.map(\.count) ?? [])
            categories = m.attendance?.categories.map(\.name) ?? []
            body = m.body
        }
    }

    /// Whether a meeting's id is its file's name: it gives no `id:`, whose line it would be
    /// found at (a meeting with none is found at the top of its file).
    static func givesNoID(_ m: Meeting) -> Bool {
        m.location.line == 1 && m.location.column == 1
    }

    /// The unit a meeting's file is named for (`2026-03-12-east-village.md`, or
    /// `…-east-village-2.md` for a second meeting that day): nil when the name after the date
    /// is no unit id, or the meeting gives its own `id:`.
    static func unitInFileName(of m: Meeting, units: UnitTree) -> String? {
        guard givesNoID(m) else { return nil }
        return unit(inName: m.id, units: units)
    }

    /// The unit an update file is named for (`2026-03-12-east-village.md`): nil when the name
    /// after the date is no unit id, or is a department's (`…-zhujian.md`, `…-qingshi-zhujian.md`
    /// in a site with a unit `qingshi`).
    static func unitInFileName(of f: UpdateFile, units: UnitTree, departments: Set<String>) -> String? {
        guard let stem = f.file.lastPathPart.markdownStem, stem.utf8.count > 11 else { return nil }
        let rest = stem.dropFirst(11)
        if departments.contains(where: { rest == $0 || rest.hasPrefix($0 + "-") }) { return nil }
        return unit(inName: String(stem), units: units)
    }

    /// The unit id after the date in a file's name, with anything after a hyphen it is followed by.
    static func unit(inName id: String, units: UnitTree) -> String? {
        // By bytes, not characters: this runs for every meeting of every build, and a
        // character-wise scan of the name was a tenth of what validating a meeting costs.
        let name = id.utf8
        guard name.count > 11 else { return nil }
        let dash = name.index(name.startIndex, offsetBy: 10)
        guard name[dash] == UInt8(ascii: "-"), let date = String(name[..<dash]), Day(iso: date) != nil else { return nil }
        let rest = id[name.index(after: dash)...]
        if units.contains(String(rest)) { return String(rest) }
        // The longest unit id the rest begins with, up to a hyphen.
        var i = rest.endIndex
        while let hyphen = rest.utf8[..<i].lastIndex(of: UInt8(ascii: "-")) {
            if units.contains(String(rest[..<hyphen])) { return String(rest[..<hyphen]) }
            i = hyphen
        }
        return nil
    }

    /// The file a meeting's file was copied from, by the name a copy gets (`Identifier.original(ofCopy:)`).
    static func copiedFrom(_ m: Meeting) -> String? {
        // By bytes, as above: every meeting is asked, and nearly every one is no copy.
        let path = m.file.utf8
        guard path.count > 3, path.suffix(3).elementsEqual(".md".utf8) else { return nil }
        let end = path.index(path.endIndex, offsetBy: -3)
        let start = path[..<end].lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex
        guard let original = Identifier.original(ofCopy: String(m.file[start..<end])) else { return nil }
        return String(m.file[..<start]) + original + ".md"
    }

}
