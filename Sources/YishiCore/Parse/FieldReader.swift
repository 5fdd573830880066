import Foundation

/// Reads typed values out of a composed YAML tree, strictly, collecting a diagnostic for
/// every problem with the line and column of the offending key or value.
///
/// One reader serves one file; `Fields` serves one mapping within it.
final class FieldReader {
    let file: String
    /// File line of YAML line 1.
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(file: String, yamlLine: Int) {
        self.file = file
        self.lineOffset = yamlLine - 1
    }

    func location(_ node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func error(_ m: Message, _ node: YAMLNode?) { diagnostics.append(.error(m, at: location(node))) }
    func warning(_ m: Message, _ node: YAMLNode?) { diagnostics.append(.warning(m, at: location(node))) }

    /// A mapping's fields, checking every key against `known`; a key in `synonyms` is read as
    /// the known key it stands for.
    func fields(_ node: YAMLNode, context: Message.FieldContext, known: [String], key: String = "",
                synonyms: [String: String] = [:]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(.expectedMapping(key: key.isEmpty ? context.rawValue : key), node)
            return nil
        }
        var keys: [String] = []
        var values: [YAMLNode] = []
        /// Misspelt keys with a known key they stand for, and their values.
        var suggested: [(key: String, value: YAMLNode)] = []
        keys.reserveCapacity(mapping.pairs.count)
        values.reserveCapacity(mapping.pairs.count)
        for pair in mendingChineseColons(mapping.pairs, key: key.isEmpty ? context.rawValue : key,
                                         accepts: { known.contains(synonyms[$0] ?? $0) }) {
            let k = pair.key
            guard case .scalar(let s) = k else { error(.expectedText(key: "key"), k); continue }
            let name = synonyms.isEmpty ? s.string : synonyms[s.string] ?? s.string
            if !known.contains(name) {
                // `private: true` on a meeting, `保密: 是` on an item: the advice to move it
                // under `extra:` published what the secretary meant to withhold.
                if context == .meeting || context == .item || context == .updateFile,
                   let publishes = FieldReader.publishing(key: s.string, value: pair.value) {
                    error(.withholdingKey(key: s.string, context: context, publishes: publishes), k)
                    continue
                }
                let suggestion = FieldReader.confusions[context]?[s.string].flatMap { known.contains($0) ? $0 : nil }
                    ?? FieldReader.otherNames[s.string.lowercased()]?.first(where: known.contains)
                    ?? Suggestion.closest(to: s.string, in: known)
                error(.unknownKey(key: s.string, context: context, suggestion: suggestion), k)
                if let suggestion { suggested.append((suggestion, pair.value)) }
                continue
            }
            // YAML sees two different keys in `for` and `赞成`.
            if !synonyms.isEmpty, keys.contains(name) { error(.duplicateKey(key: s.string), k); continue }
            keys.append(name)
            values.append(pair.value)
        }
        // Kept under `extra:`, `hidden: true` was a site's own field, and the record published.
        if context == .meeting || context == .item || context == .updateFile,
           let at = keys.firstIndex(of: "extra"), case .mapping(let extra) = values[at] {
            for pair in extra.pairs {
                guard let name = pair.key.string, let asks = FieldReader.publishing(key: name, value: pair.value), asks != .publish else { continue }
                error(.withholdingKey(key: name, context: context, publishes: asks), pair.key)
            }
        }
        // A misspelt key is read as the key it stands for, unless that one is written too:
        // the slip is named above, and what its value says wrong is named in the same run
        // (`- id:` for `- item:` in an update hid a status nobody can read), rather than
        // the entry being left out and each of its other mistakes waiting for the next run.
        for (key, value) in suggested where !keys.contains(key) {
            keys.append(key)
            values.append(value)
        }
        return Fields(reader: self, node: node, keys: keys, values: values)
    }

    /// `{赞成：28, 反对：1}` or `{total：20，居民：15}`: a Chinese colon inside braces, which the
    /// line-by-line mending of `key：value` does not reach, makes one key of a pair, and a
    /// Chinese comma one key of several. Each colon and comma is named, and the pairs are read
    /// as meant, each value at its own column. `accepts`: whether a key so written is one to
    /// read (a vote's words are; anything else stays the unknown key it is).
    func mendingChineseColons(_ pairs: [YAMLNode.Pair], key: String, accepts: (String) -> Bool) -> [YAMLNode.Pair] {
        func written(_ pair: YAMLNode.Pair) -> YAMLNode.Scalar? {
            guard case .scalar(let s) = pair.key, s.style == .plain, Fields.isNull(pair.value),
                  s.string.unicodeScalars.contains("：") else { return nil }
            return s
        }
        // Every mapping of every file comes through here, and nearly none holds such a key:
        // then the pairs go on as they are, not copied.
        guard let first = pairs.firstIndex(where: { written($0) != nil }) else { return pairs }
        var out = Array(pairs[..<first])
        out.reserveCapacity(pairs.count)
        for pair in pairs[first...] {
            guard let s = written(pair) else { out.append(pair); continue }
            let scalars = Array(s.string.unicodeScalars)
            var parts: [(from: Int, to: Int)] = [], from = 0
            for (i, c) in scalars.enumerated() where c == "，" || c == "、" {
                parts.append((from, i))
                from = i + 1
            }
            parts.append((from, scalars.count))
            func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
            func mark(_ offset: Int) -> YAMLNode.Mark { YAMLNode.Mark(line: s.mark.line, column: s.mark.column + offset) }
            let read = parts.compactMap { part -> YAMLNode.Pair? in
                guard let colon = scalars[part.from..<part.to].firstIndex(of: "：") else { return nil }
                var keyAt = part.from, at = colon + 1
                while keyAt < colon && scalars[keyAt] == " " { keyAt += 1 }
                while at < part.to && scalars[at] == " " { at += 1 }
                let written = text(keyAt, colon).trimmingCharacters(in: .whitespaces)
                guard accepts(written) else { return nil }
                return YAMLNode.Pair(key: .scalar(YAMLNode.Scalar(string: written, style: .plain, mark: mark(keyAt))),
                                     value: .scalar(YAMLNode.Scalar(string: text(at, part.to).trimmingCharacters(in: .whitespaces), style: .plain, mark: mark(at))))
            }
            // Read as meant only when every part is a pair to read: anything else is left whole.
            guard read.count == parts.count else { out.append(pair); continue }
            for p in read { error(.fullWidthColon(key: p.key.string ?? ""), p.key) }
            if parts.count > 1, let comma = scalars.first(where: { $0 == "，" || $0 == "、" }) {
                error(.fullWidthCommaInList(key: key, mark: String(comma)), pair.key)
            }
            out += read
        }
        return out
    }

    /// Keys written for another that no spelling distance finds: an item is named by `id:`
    /// where it is raised and by `item:` where it is reported on, and the two are mixed up.
    static let confusions: [Message.FieldContext: [String: String]] = [
        .update: ["id": "item"],
        .item: ["item": "id"],
    ]

    /// Field names that ask for something not to be published. yishi has two ways, `draft:
    /// true` for a whole file and `private: true` for one item; these are told which to write,
    /// never to keep the field under `extra:`. Some say it the other way round (`publish:
    /// false`, `公开: 否`), so none is read as either.
    static let withholdingWords: Set<String> = [
        "private", "privacy", "hidden", "hide", "secret", "confidential", "internal", "unpublished", "not_public",
        "withheld", "withhold", "隐私", "隱私", "不公开", "不公開", "保密", "机密", "機密", "涉密", "隐藏", "隱藏",
        "内部", "內部", "不发布", "不發布", "私密", "不公示", "匿名",
    ]
    /// Names that say it the other way round: true is to publish.
    static let publishingWords: Set<String> = [
        "publish", "public", "visible", "公开", "公開", "发布", "發布", "是否公开", "是否公開", "是否公示",
    ]
    /// Names of a field of their own (公示 is `publicized`'s date), asking this only with a yes or a no.
    static let publishingWhenYesOrNo: Set<String> = ["公示", "published", "publicized"]

    /// Whether the field asks for its record to be published (`private: false`, `公开: 是`),
    /// withheld (false), or either (nil when the key is none of these). A value that is neither
    /// yes nor no is taken as asking to withhold: the advice says how, and says that nothing
    /// needs writing to publish.
    static func publishing(key: String, value: YAMLNode) -> Message.Publishing? {
        let k = key.lowercased()
        let v = value.string.map { $0.trimming(.spaces).lowercased() }
        let yes = v.map { ["true", "yes", "y", "是", "对", "對", "1", "公开", "公開"].contains($0) } ?? false
        let no = v.map { ["false", "no", "n", "否", "不", "0", "不公开", "不公開"].contains($0) } ?? false
        if withholdingWords.contains(k) { return no ? .publish : yes ? .withhold : .unclear }
        if publishingWords.contains(k) || (publishingWhenYesOrNo.contains(k) && (yes || no)) { return yes ? .publish : no ? .withhold : .unclear }
        return nil
    }

    /// Field names written in Chinese, as the comments of `yishi new` and Word templates name
    /// them (状态, 期限), or in other English words (`deadline`, `remarks`): the key to write,
    /// where the context knows it. Without it the advice was to move the field under
    /// `extra:`, where the status or the due date would be lost.
    static let otherNames: [String: [String]] = {
        let names: [String: [String]] = [
            "title": ["标题", "標題", "会议标题", "會議標題", "议题名称", "議題名稱", "名称", "名稱"],
            "date": ["日期", "会议日期", "會議日期", "进展日期", "進展日期"],
            "time": ["时间", "時間", "会议时间", "會議時間"],
            "unit": ["单位", "單位", "召开单位", "召開單位", "村", "社区", "社區"],
            "platform": ["平台", "议事平台", "議事平台"],
            "format": ["形式", "议事形式", "議事形式"],
            "venue": ["地点", "地點", "会议地点", "會議地點"],
            "host": ["主持", "主持人"],
            "agenda": ["议程", "議程"],
            "attendance": ["参会人次", "參會人次", "参会人数", "參會人數", "参会人员", "參會人員"],
            "total": ["总数", "總數", "合计", "合計", "总人次", "總人次"],
            "departments": ["部门", "部門", "到会部门", "到會部門", "参会部门", "參會部門", "参会单位", "參會單位"],
            "leaders": ["领导", "領導", "到会领导", "到會領導", "参会领导", "參會領導"],
            "items": ["议题", "議題"],
            "updates": ["进展", "進展", "办理进展", "辦理進展"],
            "publicized": ["公示", "公示日期", "结果公示", "結果公示"],
            "draft": ["草稿"],
            "id": ["编号", "編號", "议题编号", "議題編號"],
            "item": ["议题编号", "議題編號"],
            "kind": ["类型", "類型"],
            "category": ["类别", "類別"],
            "urgency": ["缓急", "緩急"],
            "raised_by": ["提出人", "反映人"],
            "decision": ["决定", "決定", "会议决定", "會議決定", "措施"],
            "vote": ["表决", "表決", "表决结果", "表決結果"],
            "owner": ["责任部门", "責任部門", "责任单位", "責任單位", "承办单位", "承辦單位", "承办部门", "承辦部門", "负责单位", "負責單位", "负责部门", "負責部門"],
            "due": ["期限", "办理期限", "辦理期限", "截止日期", "办理时限", "辦理時限", "完成时限", "完成時限", "时限", "時限", "完成期限"],
            "status": ["状态", "狀態"],
            "funds": ["资金", "資金", "落实资金", "落實資金"],
            "note": ["说明", "說明", "情况说明", "情況說明", "备注", "備註"],
            "private": ["隐私", "隱私", "不公开", "不公開"],
            "satisfaction": ["评价", "評價", "群众评价", "群眾評價", "满意度", "滿意度"],
        ]
        // English words a spelling distance cannot reach, looked up in lower case.
        let english: [String: [String]] = [
            "title": ["name", "subject", "topic"],
            "date": ["day", "meeting_date"],
            "venue": ["place", "location", "address"],
            "host": ["chair", "chairperson", "moderator", "presider"],
            "attendance": ["attendees", "participants", "turnout"],
            "departments": ["department", "depts"],
            "leaders": ["leader", "officials_present"],
            "items": ["issues", "topics", "matters"],
            "publicized": ["published", "publicised", "publicity", "public_date"],
            "kind": ["type"],
            "raised_by": ["proposer", "proposed_by", "raised", "reporter", "reported_by"],
            "decision": ["measure", "measures", "resolution", "action", "solution"],
            "owner": ["responsible", "responsible_unit", "handler", "assignee", "in_charge"],
            "due": ["deadline", "due_date", "duedate", "due_by", "time_limit", "until"],
            "status": ["state"],
            "funds": ["fund", "budget", "money", "amount", "cost"],
            "note": ["notes", "remark", "remarks", "comment", "comments", "reason"],
            "satisfaction": ["rating", "evaluation", "feedback"],
        ]
        // 议题编号 is `item` in an update and `id` where the item is raised: the keys the
        // context knows pick one.
        var out: [String: [String]] = [:]
        for (key, words) in names.merging(english, uniquingKeysWith: +).sorted(by: { $0.key < $1.key }) {
            for w in words { out[w, default: []].append(key) }
        }
        return out
    }()
}

/// The fields of one YAML mapping, read by name.
struct Fields {
    let reader: FieldReader
    let node: YAMLNode
    /// Keys and their values, in the order written, apart so that a look-up by name
    /// compares names without copying a node for each.
    let keys: [String]
    let values: [YAMLNode]
    func node(_ key: String) -> YAMLNode? {
        keys.firstIndex(of: key).map { values[$0] }
    }

    func has(_ key: String) -> Bool { node(key).map { !Fields.isNull($0) } ?? false }

    func location(_ key: String) -> SourceLocation { reader.location(node(key) ?? node) }

    /// How the blanks of the files `yishi new` writes begin (请填写议题, 请填写会议决定…), in
    /// either script: a traditional-script site's files are written in traditional characters.
    static let placeholders = ["请填写", "請填寫"]
    private static let placeholderBytes = placeholders.map { Array($0.utf8) }

    /// Whether `s` begins with a blank of `yishi new`. Compared as bytes: a Chinese prefix
    /// compared as characters is checked for canonical equivalence, in every field of every file.
    static func isBlank(_ s: some StringProtocol) -> Bool {
        placeholderBytes.contains { s.utf8.starts(with: $0) }
    }

    /// Whether a blank of `yishi new` stands anywhere in `text` (the minutes below the front
    /// matter). By bytes, from one first byte to the next with `memchr`: `String.contains`
    /// took 0.15 ms a file, 1.5 s of CPU over 10 000 meetings.
    static func holdsBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            return placeholderBytes.contains { p in
                var from = 0
                while from + p.count <= b.count, let found = memchr(base + from, Int32(p[0]), b.count - from) {
                    let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if i + p.count <= b.count, b[i..<(i + p.count)].elementsEqual(p) { return true }
                    from = i + 1
                }
                return false
            }
        }
    }

    static func isNull(_ n: YAMLNode) -> Bool {
        guard case .scalar(let s) = n, s.style == .plain else { return false }
        // Compared as bytes: `==` on a long Chinese value takes the Unicode-equivalence path,
        // and nothing but these bytes is canonically equivalent to "~" or "null".
        let u = s.string.utf8
        switch u.count {
        case 0: return true
        case 1: return u.first == UInt8(ascii: "~")
        case 4: return u.elementsEqual("null".utf8)
        default: return false
        }
    }

    /// The text as written, or nil when absent or empty; an error when required and missing.
    func text(_ key: String, required: Bool = false) -> String? {
        guard let n = node(key), !Fields.isNull(n) else {
            // `date:` with nothing after it: named on its line, as empty, not as left out.
            if required { if let n = node(key) { reader.error(.emptyValue(key: key), n) } else { missing(key) } }
            return nil
        }
        guard case .scalar(let s) = n else {
            reader.error(.expectedText(key: key), n)
            return nil
        }
        let t = s.string.trimming(.spacesAndNewlines)
        if t.isEmpty {
            if required { reader.error(.emptyValue(key: key), n) }
            return nil
        }
        // What `yishi new` writes where a secretary has still to write something: never published.
        if Fields.isBlank(t) { reader.error(.placeholderLeft(key: key, value: t), n) }
        return t
    }

    /// Names a required field that is not there.
    func missing(_ key: String) { reader.error(.missingField(key: key), node) }

    func located(_ key: String, required: Bool = false) -> Located<String>? {
        text(key, required: required).map { Located($0, at: location(key)) }
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        // A blank is named once, by `text`, not also as no number.
        guard let t = text(key, required: required), !Fields.isBlank(t) else { return nil }
        return Fields.wholeNumber(t, key: key, node: node(key)!, reader: reader)
    }

    /// A setting that counts days or bytes, where 0 cannot work: `cadence_days: 0` flagged every
    /// village every day, `default_due_days: 0` made every matter overdue the day it was raised.
    /// An error, and `fallback` (the default) is kept.
    /// `shown`: the setting's name where the key alone says too little (`notice.days`).
    /// `-1` and a full-width `０` get the same one message as `0`: told only that `０` is not
    /// ASCII, a secretary who wrote `0` was then told it cannot be 0.
    func positive(_ key: String, shown: String? = nil, else fallback: Int) -> Int? {
        guard let t = text(key), !Fields.isBlank(t) else { return nil }
        let meant = Fields.meantNumber(t) ?? t
        if meant.hasPrefix("-") || meant.allSatisfy({ $0 == "0" }) {
            reader.error(.settingBelowOne(key: shown ?? key, value: t, fallback: fallback), node(key)!)
            return nil
        }
        return Fields.wholeNumber(t, key: shown ?? key, node: node(key)!, reader: reader)
    }

    static func wholeNumber(_ t: String, key: String, node: YAMLNode, reader: FieldReader) -> Int? {
        // By bytes: only ASCII digits are accepted, and a digit that a combining mark follows
        // is refused either way (the mark's bytes are not digits).
        var digits = t.utf8[...]
        var negative = false
        if digits.first == UInt8(ascii: "-") { negative = true; digits = digits.dropFirst() }
        // At most twelve digits (under a trillion, yuan or people): no sum of them that a
        // site can hold, within the file size limit and across every file, overflows.
        let allDigits = !digits.isEmpty && digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        guard allDigits, digits.count <= 12, let v = Int(Substring(digits)) else {
            reader.error(allDigits ? .numberTooLarge(key: key, value: t) : .invalidNumber(key: key, value: t, suggestion: meantNumber(t)), node)
            return nil
        }
        if negative {
            reader.error(.negativeNumber(key: key, value: t), node)
            return nil
        }
        return v
    }

    /// The whole number a value written as people write sums means: `3万` is 30000, `3.5万`
    /// 35000, `1,200元` and full-width `１２００` 1200. Nil when it is not that plainly one.
    static func meantNumber(_ t: String) -> String? {
        var s = String(t.unicodeScalars.map { c in PersonalData.digit(c, allowX: false).map { Character(Unicode.Scalar($0)) } ?? Character(c) })
        // Commas only as thousands separators: 1,200 is 1200; 1,2 is no number anyone means.
        let groups = s.split(whereSeparator: { $0 == "," || $0 == "，" }).map(String.init)
        if groups.count > 1 {
            let threes = groups.dropFirst().map { $0.prefix { $0.isNumber }.count }
            guard (1...3).contains(groups[0].count), threes.allSatisfy({ $0 == 3 }),
                  groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }) else { return nil }
            s = groups.joined()
        }
        for unit in ["元", "人", "次", "个", "名", "天"] where s.hasSuffix(unit) { s.removeLast() }
        var scale = 1
        if s.hasSuffix("万") { s.removeLast(); scale = 10_000 }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0]) else { return nil }
        var value = whole * scale
        if parts.count == 2 {
            // A fraction only of 万, and only to the yuan; or no fraction at all (50000.00, as a
            // spreadsheet writes an amount).
            let fraction = parts[1]
            guard scale > 1 || fraction.allSatisfy({ $0 == "0" }), fraction.count <= 4, let f = Int(fraction) else { return nil }
            value += f * scale / fraction.reduce(1) { p, _ in p * 10 }
        }
        let written = String(value)
        return written == t || written.count > 12 ? nil : written
    }

    func bool(_ key: String) -> Bool? {
        guard let t = text(key) else { return nil }
        switch t {
        case "true": return true
        case "false": return false
        default:
            reader.error(.invalidBoolean(key: key, value: t), node(key))
            return nil
        }
    }

    /// - Parameter near: the day the date belongs with (the meeting's, the update's), for the
    ///   suggestion when the year is left out.
    func day(_ key: String, required: Bool = false, near: Day? = nil) -> Day? {
        guard let t = text(key, required: required), !Fields.isBlank(t) else { return nil }
        switch DateText.parse(t, key: key, near: near) {
        case .day(let d)?: return d
        case .problem(let m)?: reader.error(m, node(key)); return nil
        case nil: return nil
        }
    }

    func word<V: Vocabulary>(_ key: String, as: V.Type, required: Bool = false) -> V? {
        // A blank is named once, by `text`, not also as no such word.
        guard let t = text(key, required: required), !Fields.isBlank(t) else { return nil }
        if let v = V(word: t) { return v }
        reader.error(.unknownWord(key: key, value: t, accepted: V.acceptedSpellings, suggestion: V.closestSpelling(to: t)), node(key))
        return nil
    }

    /// A list entry's parts between spaces, half- or full-width: entries run together where a
    /// ',' belongs (`[shuiwu zhujian]`), when there is more than one.
    static func partsApartBySpace(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
    }

    /// Whether a text names an official's post by its last word (区委书记, 镇长, 副主任).
    static func isPost(_ s: String) -> Bool {
        ["书记", "書記", "长", "長", "主任", "主席", "委员", "委員", "代表", "专员", "專員", "常委", "干部", "幹部"].contains { s.hasSuffix($0) }
    }

    /// Marks that run a list's entries together where a ',' belongs. `；` and `;` separate as
    /// commas do (`[区委书记；镇长]` was one leader).
    static func isListMark(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "、" || c == "；" || c == ";" }

    /// The entries of a list (each must be a single value), with where each was written.
    /// - Parameter sentences: entries are sentences (an agenda's topics), in which commas are
    ///   commas, not entries run together.
    /// - Parameter posts: entries are officials' posts, where `、` joins the posts one person
    ///   holds (`镇党委副书记、镇长`): a warning that it counts as one, kept as written.
    func list(_ key: String, sentences: Bool = false, posts: Bool = false) -> [Located<String>] {
        guard let n = node(key), !Fields.isNull(n) else { return [] }
        let items: [YAMLNode]
        switch n {
        case .sequence(let seq): items = seq.items
        // `departments: zhujian、caizheng`, brackets left out as well: the same one error and
        // the entries read as meant, as in [ ].
        case .scalar(let s) where !sentences && s.string.unicodeScalars.contains(where: Self.isListMark): items = [n]
        default:
            reader.error(.expectedList(key: key), n)
            return []
        }
        var out: [Located<String>] = []
        for v in items {
            guard case .scalar(let s) = v else { reader.error(.expectedText(key: key), v); continue }
            let t = s.string.trimming(.spaces)
            // By scalars: Foundation's search is slow, and none of these has another spelling
            // it would match.
            // Read as meant, with the error: dropped, `[基础设施、人居环境]` in site.yml left
            // both out of the list, and every item of either category was warned of as unlisted.
            if posts, !t.unicodeScalars.contains(where: { Self.isListMark($0) && $0 != "、" }) {
                let parts = t.split(separator: "、").map { String($0).trimming(.spaces) }
                if parts.count > 1, parts.allSatisfy(Self.isPost) {
                    reader.warning(.postsJoined(entry: t, parts: parts), v)
                    out.append(Located(t, at: reader.location(v)))
                    continue
                }
            }
            if !sentences, let mark = t.unicodeScalars.first(where: Self.isListMark) {
                reader.error(.fullWidthCommaInList(key: key, mark: String(mark)), v)
                out += Self.entries(of: s, at: reader.location(v))
                continue
            }
            // What `yishi new` writes where a secretary has still to write something: never published.
            if Fields.isBlank(t) { reader.error(.placeholderLeft(key: key, value: t), v) }
            if !t.isEmpty { out.append(Located(t, at: reader.location(v))) }
        }
        return out
    }

    /// A value's entries between list marks, each at its own column, so that an unknown one is
    /// named where it stands (columns in scalars, as libyaml counts them; a quoted value's
    /// begin after its quote). A value over several lines keeps the value's place.
    static func entries(of s: YAMLNode.Scalar, at place: SourceLocation) -> [Located<String>] {
        let exact = !s.string.utf8.contains(UInt8(ascii: "\n"))
        var out: [Located<String>] = []
        var entry = String.UnicodeScalarView(), start = 0, column = s.style == .plain ? 0 : 1
        func close() {
            let text = String(entry).trimming(.spaces)
            var at = place
            if exact { at.column += start }
            if !text.isEmpty { out.append(Located(text, at: at)) }
            entry = String.UnicodeScalarView()
        }
        for c in s.string.unicodeScalars {
            if isListMark(c) {
                close()
            } else if !(entry.isEmpty && c == " ") {
                if entry.isEmpty { start = column }
                entry.append(c)
            }
            column += 1
        }
        close()
        return out
    }

    func sequence(_ key: String) -> [YAMLNode] {
        guard let n = node(key), !Fields.isNull(n) else { return [] }
        guard case .sequence(let seq) = n else {
            reader.error(.expectedList(key: key), n)
            return []
        }
        return seq.items
    }

    /// `extra:` holds a site's own fields; kept as text, nested values flattened with dots.
    func extra() -> [String: String] {
        guard let n = node("extra"), !Fields.isNull(n) else { return [:] }
        var out: [String: String] = [:]
        func walk(_ n: YAMLNode, _ prefix: String) {
            switch n {
            case .scalar(let s): out[prefix] = s.string
            case .mapping(let m):
                for p in m.pairs { walk(p.value, prefix.isEmpty ? (p.key.string ?? "") : prefix + "." + (p.key.string ?? "")) }
            case .sequence(let s): for (i, v) in s.items.enumerated() { walk(v, prefix + "." + String(i)) }
            }
        }
        guard case .mapping = n else { reader.error(.expectedMapping(key: "extra"), n); return [:] }
        walk(n, "")
        return out
    }
}
