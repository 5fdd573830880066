import ArgumentParser
import Foundation
import YishiCore

/// `yishi new meeting|update`: start a pre-filled file, never overwriting one.
struct New: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "新建一份会议记录或办理进展文件，已预先填好，每个字段都有注释说明。", en: "Start a new meeting or update file, pre-filled, with comments explaining each field."),
        discussion: Speaking.help(zh: "写到 content/meetings/年份/年-月-日-单位.md（办理进展写在 content/updates/ 下）。不会覆盖已有的文件：同一天的第二份写到 年-月-日-单位-2.md。", en: "Writes content/meetings/YYYY/YYYY-MM-DD-<unit>.md (or the same under updates/). Never overwrites a file: a second one that day goes to YYYY-MM-DD-<unit>-2.md.")) }

    enum Kind: String, CaseIterable {
        case meeting, update

        /// meeting or update in any case; also 会议 and 进展 (the words of the Chinese help).
        init?(typed text: String) {
            switch CommandValues.halfWidth(text).lowercased() {
            case "meeting", "meetings", "会议", "會議": self = .meeting
            case "update", "updates", "进展", "進展", "办理情况", "辦理情況": self = .update
            default: return nil
            }
        }
    }

    @Argument(help: ArgumentHelp(Speaking.help(zh: "要新建什么：meeting（会议记录）或 update（办理进展）。", en: "What to start: meeting or update."), valueName: "meeting|update"))
    var typedKind: String

    var kind: Kind { Kind(typed: typedKind) ?? .meeting }

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "召开会议的单位的 id，见 units.yml；办理进展可以是单位的 id，也可以是部门的 id（见 departments.yml）。", en: "The id of the unit that met, from units.yml; for an update, a unit's or a department's id (departments.yml)."), valueName: "ID"))
    var unit: String

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "日期，写成 年-月-日，如 2026-05-01（默认：网站所在时区的今天）。", en: "The date, YYYY-MM-DD (default: today in the site's time zone)."), valueName: "DATE"))
    var date: String?

    @OptionGroup var options: SiteOptions

    func validate() throws {
        if Kind(typed: typedKind) == nil {
            let near = Suggestion.closest(to: CommandValues.halfWidth(typedKind), in: Kind.allCases.map(\.rawValue))
            throw CommandValues.refuse(options.messageLanguage,
                                       zh: "yishi new 后面要写 meeting（新会议）或 update（办理进展），不能是 '\(typedKind)'" + (near.map { "；是不是想写 \($0)？" } ?? ""),
                                       en: "yishi new takes meeting or update, not '\(typedKind)'" + (near.map { "; did you mean \($0)?" } ?? ""))
        }
        if let date, CommandValues.day(date) == nil { throw CommandValues.badDay("--date", date, options.messageLanguage) }
    }

    func run() throws {
        let root: URL
        do { root = try options.requireSite() } catch let f as CommandFailure { fail(f) }
        let loaded = SiteLoader.load(from: DiskSource(root: root))
        let settings = loaded.content.settings
        let language = options.language(for: settings)
        let isKnown = loaded.content.units.contains(unit) || (kind == .update && loaded.content.department(unit) != nil)
        // Minutes are a unit's: a department's id there means the update the department reports.
        if kind == .meeting, loaded.content.department(unit) != nil {
            fail(CommandFailure(message: language.pick(
                zh: "'\(unit)' 是部门，不是单位：会议记录要写召开会议的村或社区的编号（见 content/units.yml）；部门报办理进展，请用 yishi new update --unit \(unit)",
                en: "'\(unit)' is a department, not a unit: minutes take the id of the village or community that met (see content/units.yml); for a department's progress report use yishi new update --unit \(unit)")))
        }
        guard isKnown else {
            // An update may come from a department: a department's name gets its id too, and a
            // slip in a department's id (`wter`) its id, when no unit's id is as close.
            let departmentIDs = loaded.content.departments.map(\.id)
            let departmentNames = Dictionary(loaded.content.departments.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
            let asDepartment = kind == .update && (loaded.content.departments.contains { $0.name == unit }
                || Suggestion.byPartOfName(unit, in: departmentNames) != nil
                || Suggestion.closest(to: unit, in: departmentIDs) != nil && Suggestion.closest(to: unit, in: loaded.content.units.units.map(\.id)) == nil)
            fail(CommandFailure(message: ScopeNames.unknown(unit, as: asDepartment ? .department : .unit, in: loaded.content, language: language, pointsToOther: false)))
        }
        let today = Today.day(in: settings.timezone)
        let day = date.flatMap(CommandValues.day) ?? today
        // 1926 for 2026, 0001, 9999: a slip in the year would start a file the site then counts
        // in a year nobody meant. Old minutes typed in later stay possible for thirty years back.
        if day.year < today.year - 30 || today.days(until: day) > 366 {
            fail(CommandFailure(message: language.pick(
                zh: "--date \(day) 离今天（\(today)）太远：yishi new 只新建今天以前 30 年内、以后一年内的文件；是不是年份写错了？",
                en: "--date \(day) is too far from today (\(today)): yishi new starts files from thirty years back to a year ahead; is the year mistyped?")))
        }
        // Minutes for a village merged away (or not yet set up) would only be refused by check.
        if kind == .meeting, let why = loaded.content.units.outsideLife(of: unit, on: day, today: date == nil) {
            fail(CommandFailure(message: why.text(in: language)))
        }
        var text: String
        switch kind {
        case .meeting where day > today:
            text = FileTemplates.announcement(date: day, unit: unit, unitName: loaded.content.units[unit]?.name ?? unit, settings: settings)
        case .meeting:
            text = FileTemplates.meeting(date: day, unit: unit, unitName: loaded.content.units[unit]?.name ?? unit,
                                         firstItemID: nextItemID(loaded, day: day), settings: settings, openItems: openItems(loaded, day: day))
        case .update:
            text = FileTemplates.update(date: day, unit: unit, openItems: openItems(loaded, day: day))
        }
        // The file is the site's, in the site's script whatever language the messages are in.
        if settings.language == .zhHant { text = Language.zhHant.pick(zh: text, en: text) }
        // A unit's second meeting of a day (two groups on one evening) or a department's second
        // report goes beside the first, as -2, -3…: the file that is there is never touched. A
        // number that would spell another unit's id (`group-2`) is left to that unit's files.
        let folder = "content/\(kind == .meeting ? "meetings" : "updates")/\(day.year)/"
        func path(_ n: Int) -> String { folder + "\(day)-\(unit)" + (n == 1 ? "" : "-\(n)") + ".md" }
        let ids = Set(loaded.content.units.units.map(\.id) + loaded.content.departments.map(\.id))
        var before: String?
        // An update file is not given a meeting's id (the minutes of that day): in updates.csv
        // each entry's `source` would then name either.
        let meetingFiles = kind == .update ? Dictionary(loaded.content.meetings.map { ($0.id, $0.file) }, uniquingKeysWith: { a, _ in a }) : [:]
        for n in [1] + (2...99).filter({ !ids.contains("\(unit)-\($0)") }) {
            if let minutes = meetingFiles["\(day)-\(unit)" + (n == 1 ? "" : "-\(n)")] { before = minutes; continue }
            let rel = path(n), url = root.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: url.path) { before = rel; continue }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the look above is not clobbered
                // either; the next number is tried instead.
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch where (error as NSError).underlyingPOSIXCode == EEXIST || (error as? CocoaError)?.code == .fileWriteFileExists {
                before = rel
                continue
            } catch {
                let reason = SystemWords.reason((error as NSError).underlyingPOSIXCode ?? EIO, language)
                fail(CommandFailure(message: language.pick(zh: "无法写入 \(rel)：\(reason)", en: "cannot write \(rel): \(reason)")))
            }
            if let before {
                FileHandle.standardError.put(Data(("yishi: " + language.pick(
                    zh: "同一天已经有 \(before)（不会覆盖），这一份写到 \(rel)",
                    en: "\(before) is already there (not overwritten); this one goes to \(rel)") + "\n").utf8))
            }
            print(rel)
            // The path alone on standard output, for a script; the next step for a person.
            FileHandle.standardError.put(Data(("yishi: " + language.pick(
                zh: "下一步：把这份文件里的“请填写…”换成实际内容（用不上的可写项可以删掉），然后运行 yishi check",
                en: "next: replace each 请填写… in the file with what was said (a line that may be left out can be deleted), then run yishi check") + "\n").utf8))
            return
        }
        fail(CommandFailure(message: language.pick(
            zh: "\(path(1)) 到 \(path(99)) 都已经存在，不会覆盖", en: "\(path(1)) to \(path(99)) all exist and are not overwritten"),
            status: ExitStatus.contentErrors))
    }
}

extension New {
    /// An item id not yet used: the unit's prefix, the year, the next number. The prefix is
    /// the one the unit's items already use most (`LJ` in LJ-2025-007), so that the site keeps
    /// one style; a unit with none yet takes its id in capitals (`itemStem`).
    func nextItemID(_ site: LoadedSite, day: Day) -> String {
        var prefixes: [Substring: Int] = [:]
        for m in site.content.meetings where m.unit.value == unit {
            for item in m.items {
                let parts = item.id.split(separator: "-")
                let digits = { (p: Substring) in !p.isEmpty && p.allSatisfy { $0.isASCII && $0.isNumber } }
                if parts.count == 3, parts[1].count == 4, digits(parts[1]), digits(parts[2]) {
                    prefixes[parts[0], default: 0] += 1
                }
            }
        }
        let stem = prefixes.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { String($0.key) } ?? Self.itemStem(unit: unit)
        let prefix = "\(stem)-\(day.year)-"
        // With the ids of minutes left out for an error: a first file not filled in yet (its
        // blanks are errors) holds the id a second one that day would otherwise be given too.
        let used = Set(site.content.meetings.flatMap { $0.items.map { $0.id.lowercased() } }
                       + site.content.unread.itemFiles.keys.map { $0.lowercased() })
        var n = 1
        while used.contains((prefix + Day.pad(n, 3)).lowercased()) { n += 1 }
        return prefix + Day.pad(n, 3)
    }

    /// The longest an item id's prefix made from a unit's id may be: `EAST-VILLAGE-2026-001`
    /// is still read out over the phone to the hotline.
    static let itemStemLimit = 12

    /// A unit's id in capitals, as the prefix of its first item ids: a run of `-`, `_` or `.`
    /// as one, none at the end (the year follows after a `-`); longer than `itemStemLimit`,
    /// its first words that fit (`garden-community` → `GARDEN`), or the first
    /// `itemStemLimit` characters of a first word longer than that. Cutting at a fixed
    /// length made `QINGSHI--2026-001` of `qingshi-zhen` and `EAST-VIL` of `east-village`.
    static func itemStem(unit: String) -> String {
        func isSeparator(_ c: Character) -> Bool { c == "-" || c == "_" || c == "." }
        var stem = ""
        for c in unit.uppercased() where !(isSeparator(c) && stem.last.map(isSeparator) ?? true) {
            stem.append(c)
        }
        while let last = stem.last, isSeparator(last) { stem.removeLast() }
        guard stem.count > itemStemLimit else { return stem }
        // A separator just after the limit ends a word that fits.
        if let boundary = stem.prefix(itemStemLimit + 1).lastIndex(where: isSeparator) { return String(stem[..<boundary]) }
        return String(stem.prefix(itemStemLimit))
    }

    /// Items still open as of `day` that this unit raised (or, for a department, owns).
    func openItems(_ site: LoadedSite, day: Day) -> [(id: String, title: String)] {
        let units = Set(site.content.units.subtree(unit).map(\.id))
        return site.ledger.items.compactMap { r in
            guard let s = site.ledger.state(of: r.id, asOf: day), !s.isClosed,
                  units.contains(r.unit) || s.owner == unit else { return nil }
            return (r.id, r.item.title)
        }
    }
}
