import Foundation

/// What a content file holds, once parsed.
public enum ContentRecord: Sendable {
    case meeting(Meeting)
    case update(UpdateFile)
}

/// The kind a file is read as: from its folder, or from `kind:` in its front matter.
public enum ContentKind: String, Sendable {
    case meeting
    case update
}

/// Parses one Markdown content file (front matter + body) into a typed record.
///
/// Pure: bytes in, record and diagnostics out, so it runs on any thread and under a fuzzer.
public enum DocumentParser {
    static let meetingKeys = ["kind", "id", "title", "date", "time", "unit", "platform", "format", "venue", "host",
                              "agenda", "attendance", "departments", "leaders", "items", "updates", "publicized",
                              "aliases", "draft", "extra"]
    static let itemKeys = ["id", "title", "kind", "category", "urgency", "raised_by", "decision", "vote", "owner",
                           "due", "status", "funds", "note", "private", "satisfaction", "extra"]
    static let updateFileKeys = ["kind", "id", "title", "date", "unit", "updates", "draft", "extra"]
    static let updateKeys = ["item", "status", "owner", "due", "funds", "satisfaction", "note"]
    /// Every field a content file may have, at any level: a `---` followed by one of these has
    /// fields below it.
    static let fieldKeys = Set(meetingKeys + itemKeys + updateFileKeys + updateKeys)
    /// The fields of a meeting or an update file: a `---` in the minutes followed by one of these
    /// begins another.
    static let topLevelKeys = Set(meetingKeys + updateFileKeys)
    /// The words on the cards of 四议两公开 votes.
    static let voteWords = ["赞成": "for", "同意": "for", "反对": "against", "不同意": "against", "不赞成": "against",
                            "弃权": "abstain", "贊成": "for", "反對": "against", "棄權": "abstain"]

    /// - Parameters:
    ///   - file: path relative to the site folder, used in diagnostics.
    ///   - folderKind: the kind implied by the file's folder, if any.
    public static func parse(_ bytes: [UInt8], file: String, folderKind: ContentKind?,
                             maxFileSize: Int = 10 * 1024 * 1024, privacyAllow: [String] = []) -> (ContentRecord?, [Diagnostic]) {
        parse(bytes, file: file, folderKind: folderKind, maxFileSize: maxFileSize, privacyAllow: privacyAllow, mendsLeft: 8)
    }

    /// - Parameter mendsLeft: how many more lines a syntax error may be mended on to read on
    ///   (`mending(_:onLine:of:)`).
    static func parse(_ bytes: [UInt8], file: String, folderKind: ContentKind?,
                      maxFileSize: Int, privacyAllow: [String], mendsLeft: Int) -> (ContentRecord?, [Diagnostic]) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.count > maxFileSize {
            return (nil, [.error(.fileTooLarge(bytes: bytes.count, limit: maxFileSize), at: start)])
        }
        let (decoded, decoding) = SourceText.read(bytes, file: file)
        guard let text = decoded else { return (nil, decoding) }
        var fm: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let f):
            fm = f
            if let stray = FrontMatter.strayFence(body: f.body, bodyLine: f.bodyLine, fields: fieldKeys, marginFields: topLevelKeys) {
                return strayFence(stray, before: f.bodyLine, of: text, file: file, folderKind: folderKind, maxFileSize: maxFileSize,
                                  privacyAllow: privacyAllow, mendsLeft: mendsLeft)
            }
        case .failure(.missingOpeningFence): return (nil, [openingProblem(text, file: file)])
        case .failure(.missingClosingFence):
            guard let minutes = FrontMatter.minutesStart(in: text) else { return (nil, [.error(.unclosedFrontMatter, at: start)]) }
            return closingFrontMatter(before: minutes, of: text, file: file, folderKind: folderKind, maxFileSize: maxFileSize,
                                      privacyAllow: privacyAllow, mendsLeft: mendsLeft)
        }
        let r = FieldReader(file: file, yamlLine: fm.yamlLine)
        r.diagnostics += decoding
        if let line = FrontMatter.secondBlock(body: fm.body, bodyLine: fm.bodyLine, keys: topLevelKeys) {
            r.diagnostics.append(.error(.secondFrontMatter(in: body(of: folderKind)), at: SourceLocation(file: file, line: line, column: 1)))
        }
        let bodyWarnings: [Diagnostic]
        (fm.body, bodyWarnings) = SlipDetector.mendingControlCharacters(inBody: fm.body, file: file, bodyLine: fm.bodyLine)
        let (slips, mended) = SlipDetector.scan(fm.yaml)
        r.diagnostics += slips.map { $0.diagnostic(file: file, lineOffset: r.lineOffset) } + bodyWarnings
        if let image = LocalImages.find(in: fm.body) {
            r.diagnostics.append(.warning(.localImage(file: image.file, count: image.count, in: body(of: folderKind)),
                                          at: SourceLocation(file: file, line: fm.bodyLine + image.line, column: image.column)))
        }
        // Words left out are an error: the minutes are the public record. Tags alone, a warning.
        let hidden = RawHTML.hiddenBlocks(in: fm.body)
        for h in hidden {
            r.diagnostics.append(.error(.htmlBlockHidesWords(tag: h.tag, words: h.words, in: body(of: folderKind)),
                                        at: SourceLocation(file: file, line: fm.bodyLine + h.line, column: h.column)))
        }
        if hidden.isEmpty, let tags = RawHTML.find(in: fm.body) {
            r.diagnostics.append(.warning(.rawHTML(tag: tags.tag, count: tags.count, in: body(of: folderKind)),
                                          at: SourceLocation(file: file, line: fm.bodyLine + tags.line, column: tags.column)))
        }
        var root: YAMLNode
        let (composed, repeated) = YAMLComposer.composeReportingRepeats(mended)
        for f in repeated where !slips.contains(where: { $0.isError && $0.line == f.line }) {
            r.diagnostics.append(.error(f.message, at: SourceLocation(file: file, line: f.line + r.lineOffset, column: f.column)))
        }
        switch composed.map({ SlipDetector.removingInvisibles(SlipDetector.regroupingOrphans($0, after: slips), after: slips) }) {
        case .success(let n?): root = n
        case .success(nil):
            // Nothing between the fences (or only comments): say all that the file needs.
            switch folderKind {
            case .meeting?: r.diagnostics.append(.error(.emptyFrontMatter(needs: ["title", "date", "unit"]), at: start))
            case .update?: r.diagnostics.append(.error(.emptyFrontMatter(needs: ["date", "updates"]), at: start))
            case nil: r.diagnostics.append(.error(.unknownFileKind(folder: parentFolder(file)), at: start))
            }
            return (nil, r.diagnostics)
        case .failure(let f):
            // No closing `---`, and a `---` rule in the minutes taken for it: the error falls
            // on the minutes, where it is no help.
            if let minutes = FrontMatter.minutesStart(in: text, from: fm.yamlLine, to: fm.bodyLine - 2), minutes <= f.line + r.lineOffset {
                return closingFrontMatter(before: minutes, of: text, file: file, folderKind: folderKind, maxFileSize: maxFileSize,
                                          privacyAllow: privacyAllow, mendsLeft: mendsLeft)
            }
            // The slips were mended before parsing; what still fails is a problem of its own,
            // unless it sits on a line a slip was found on.
            if !slips.contains(where: { $0.isError && $0.line == f.line }) {
                r.diagnostics.append(.error(f.message, at: SourceLocation(file: file, line: f.line + r.lineOffset, column: f.column)))
            }
            if mendsLeft > 0, let mended = mending(f.message, onLine: f.line + r.lineOffset, of: text) {
                // Read on past the line, so that one run names every problem of the file, the
                // checks across files too (an unknown unit): the record read with the line
                // mended goes on, its file's error stopping any build.
                let (record, more) = parse(Array(mended.utf8), file: file, folderKind: folderKind, maxFileSize: maxFileSize,
                                           privacyAllow: privacyAllow, mendsLeft: mendsLeft - 1)
                let line = f.line + r.lineOffset
                r.diagnostics += more.filter { d in d.location.line != line && !r.diagnostics.contains(d) }
                return (record, r.diagnostics)
            }
            return (nil, r.diagnostics)
        }
        guard case .mapping = root else {
            r.error(.expectedMapping(key: "---"), root)
            return (nil, r.diagnostics)
        }
        // The declared kind decides which keys are known, so read it first.
        var kind = folderKind
        if case .mapping(let m) = root, let k = m["kind"]?.string {
            if let declared = ContentKind(rawValue: k) { kind = declared } else {
                r.error(.unknownDeclaredKind(k), m["kind"])
                return (nil, r.diagnostics)
            }
        }
        guard var kind else {
            r.diagnostics.append(.error(.unknownFileKind(folder: parentFolder(file)), at: start))
            return (nil, r.diagnostics)
        }
        // Progress written under `items:` (a meeting's word) in an update file, each entry
        // `- item: …`: one error on the key, and the entries read as the updates they are, not
        // the file taken for a meeting and an error for each entry's missing id, title and kind.
        if kind == .update, case .mapping(var m) = root, m["updates"] == nil, m["attendance"] == nil,
           let at = m.pairs.firstIndex(where: { $0.key.string == "items" }),
           case .sequence(let entries) = m.pairs[at].value,
           entries.items.contains(where: { if case .mapping(let e) = $0 { e["item"] != nil && e["id"] == nil } else { false } }),
           case .scalar(var key) = m.pairs[at].key {
            r.error(.updatesWrittenAsItems, m.pairs[at].key)
            key.string = "updates"
            m.pairs[at].key = .scalar(key)
            root = .mapping(m)
        }
        // One update written at the top, without `updates:` (`item: …` beside `date:`): one
        // error on `item:`, and its fields read as the one entry they are, not the file taken
        // for one missing `updates:` with an unknown field on every other line. `updates:`
        // written with its entries at the margin below it, dash and all left out, is
        // the same slip with its own advice. A second entry written so repeats the first one's
        // keys: the composer has left it out, and its "'item' written twice, delete one" would
        // delete an update; the one error says how many entries wait to be written so.
        // A meeting's own `updates:` left empty above its entries at the margin is the same.
        if case .mapping(var m) = root,
           kind == .update && m["items"] == nil && m["updates"].map(Fields.isNull) ?? true
            || kind == .meeting && m["updates"].map(Fields.isNull) == true,
           let item = m.pairs.first(where: { $0.key.string == "item" }) {
            let repeats = r.diagnostics.filter { if case .duplicateKey(let k) = $0.message { updateKeys.contains(k) && $0.location.column == 1 } else { false } }
            r.diagnostics.removeAll { repeats.contains($0) }
            let further = repeats.count { $0.message == .duplicateKey(key: "item") }
            r.error(m["updates"] == nil ? .updateWrittenFlat(further: further) : .updatesNotIndented(further: further), item.key)
            let own = m.pairs.filter { $0.key.string.map(updateKeys.contains) ?? false }
            m.pairs.removeAll { $0.key.string.map { updateKeys.contains($0) || $0 == "updates" } ?? false }
            let entry = YAMLNode.mapping(YAMLNode.Mapping(pairs: own, mark: item.key.mark))
            let key = YAMLNode.scalar(YAMLNode.Scalar(string: "updates", style: .plain, mark: item.key.mark))
            m.pairs.append(YAMLNode.Pair(key: key, value: .sequence(YAMLNode.Sequence(items: [entry], mark: item.key.mark))))
            root = .mapping(m)
        }
        // A meeting's minutes saved in updates/: read as the meeting it is, so that one error
        // says where it belongs instead of one for each of its fields an update does not have.
        if kind == .update, folderKind == .update, case .mapping(let m) = root, m["kind"] == nil,
           let meetingOnly = m.pairs.first(where: { ["items", "attendance"].contains($0.key.string) }) {
            r.error(.meetingFiledAsUpdate, meetingOnly.key)
            kind = .meeting
        }
        // And the reverse: an update file saved in meetings/ holds only an update file's fields
        // and lacks a meeting's title or unit. Read as a meeting it would get an error for each;
        // once they were added, it would count as a meeting held (named below, as a warning).
        // A file with a meeting's own fields (venue, time, host …) stays a meeting.
        if kind == .meeting, folderKind == .meeting, case .mapping(let m) = root, m["kind"] == nil,
           let updates = m.pairs.first(where: { $0.key.string == "updates" }),
           m.pairs.allSatisfy({ $0.key.string.map(updateFileKeys.contains) ?? false }),
           m["title"] == nil || m["unit"] == nil {
            r.error(.updateFileInMeetings, updates.key)
            kind = .update
        }
        let id = fileID(file)
        // The minutes' own blank (请填写会议记录…), which `yishi new` writes below the fence.
        for blank in placeholderLines(in: fm.body) {
            r.diagnostics.append(.error(.placeholderLeft(key: "---", value: blank.text), at: SourceLocation(file: file, line: fm.bodyLine + blank.offset, column: 1)))
        }
        /// A draft is never published: the blanks `yishi new` wrote may stay in it a while.
        func allowingBlanks(inDraft draft: Bool?) {
            guard draft == true else { return }
            r.diagnostics.removeAll { if case .placeholderLeft = $0.message { true } else { false } }
        }
        switch kind {
        case .meeting:
            let m = meeting(root, fm: fm, file: file, defaultID: id, reader: r)
            if let m, looksLikeAnUpdate(m), case .mapping(let fields) = root, fields["kind"] == nil {
                r.warning(.updateFiledAsMeeting, fields["updates"] ?? root)
            }
            allowingBlanks(inDraft: m?.draft)
            if let m, !m.draft {
                r.diagnostics += PrivacyCheck.scan(text, file: file, allowed: privacyAllow, skipping: privateLines(m, fm: fm))
                r.diagnostics += fileNameCheck(root, id: id, file: file, allowed: privacyAllow)
            }
            return (m.map(ContentRecord.meeting), r.diagnostics)
        case .update:
            let u = updateFile(root, fm: fm, file: file, defaultID: id, reader: r)
            allowingBlanks(inDraft: u?.draft)
            if let u, !u.draft {
                r.diagnostics += PrivacyCheck.scan(text, file: file, allowed: privacyAllow)
                r.diagnostics += fileNameCheck(root, id: id, file: file, allowed: privacyAllow)
            }
            return (u.map(ContentRecord.update), r.diagnostics)
        }
    }

    /// The file's text with line `line` written as YAML reads it, when the syntax error there is
    /// one whose fix is plain: a value holding ': ', starting with a character YAML reserves
    /// (`@`, `` ` ``, `&`, `*`), or in double quotes with a backslash, put in single quotes.
    /// Nil for any other error, whose fix could change the lines around it.
    /// A front matter that runs on into the minutes at file line `minutes`: named there, and
    /// read on with a closing `---` before that line (in place of a blank line there, or added
    /// with the lines after it numbered as written), so that one run names the file's other
    /// problems too.
    private static func closingFrontMatter(before minutes: Int, of text: String, file: String, folderKind: ContentKind?,
                                           maxFileSize: Int, privacyAllow: [String], mendsLeft: Int) -> (ContentRecord?, [Diagnostic]) {
        let named = Diagnostic.error(.frontMatterRunsIntoBody(in: body(of: folderKind)), at: SourceLocation(file: file, line: minutes, column: 1))
        guard mendsLeft > 0 else { return (nil, [named]) }
        return closed(before: minutes, lines: text.split(separator: "\n", omittingEmptySubsequences: false), named: named, file: file,
                      folderKind: folderKind, maxFileSize: maxFileSize, privacyAllow: privacyAllow, mendsLeft: mendsLeft)
    }

    /// The file read on with its front matter closed above line `minutes` (at its end when
    /// nil), after the problem `named` that left it open. The lines below keep their numbers.
    private static func closed(before minutes: Int?, lines: [Substring], named: Diagnostic, file: String, folderKind: ContentKind?,
                               maxFileSize: Int, privacyAllow: [String], mendsLeft: Int) -> (ContentRecord?, [Diagnostic]) {
        var lines = lines
        let minutes = minutes ?? lines.count + 1
        let added = minutes > lines.count || !lines[minutes - 2].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        if minutes > lines.count { lines.append("---") } else if added { lines.insert("---", at: minutes - 1) } else { lines[minutes - 2] = "---" }
        var (record, more) = parse(Array(lines.joined(separator: "\n").utf8), file: file, folderKind: folderKind,
                                   maxFileSize: maxFileSize, privacyAllow: privacyAllow, mendsLeft: mendsLeft - 1)
        if added {
            for k in more.indices where more[k].location.line > minutes { more[k].location.line -= 1 }
            switch record {
            case .meeting(var m)?: m.bodyLine -= 1; record = .meeting(m)
            case .update(var u)?: u.bodyLine -= 1; record = .update(u)
            case nil: break
            }
        }
        return (record, [named] + more)
    }

    /// Whether a file's body raises none of the problems `parse` finds in a body: fields below
    /// the closing `---`, a second block of fields, a picture from a file, HTML tags. The
    /// minutes-only rebuild, which reads no front matter, asks this before it publishes a body,
    /// and leaves any other to the full build, which names the problem.
    public static func bodyRaisesNothing(_ fm: FrontMatter) -> Bool {
        FrontMatter.strayFence(body: fm.body, bodyLine: fm.bodyLine, fields: fieldKeys, marginFields: topLevelKeys) == nil
            && FrontMatter.secondBlock(body: fm.body, bodyLine: fm.bodyLine, keys: topLevelKeys) == nil
            && LocalImages.find(in: fm.body) == nil && RawHTML.find(in: fm.body) == nil
    }

    /// What a file's text below its fields is called, by the folder it is in.
    private static func body(of folderKind: ContentKind?) -> Message.Body { folderKind == .update ? .update : .minutes }

    /// Names a `---` among the fields (on the line before `bodyLine`) and reads the file on
    /// without it, so that the fields below it are checked too: the error stops any build.
    private static func strayFence(_ stray: (field: String, closing: Int?), before bodyLine: Int, of text: String, file: String,
                                   folderKind: ContentKind?, maxFileSize: Int, privacyAllow: [String],
                                   mendsLeft: Int) -> (ContentRecord?, [Diagnostic]) {
        let named = Diagnostic.error(.strayFence(field: stray.field, closing: stray.closing, in: body(of: folderKind)),
                                     at: SourceLocation(file: file, line: bodyLine - 1, column: 1))
        guard mendsLeft > 0 else { return (nil, [named]) }
        // A blank line in its place: the lines below keep their numbers.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines[bodyLine - 2] = ""
        // The fields were written below the closing line: the block is closed again above the
        // minutes that follow them, or at the end when none do.
        if stray.closing == nil {
            let mended = lines.joined(separator: "\n")
            return closed(before: FrontMatter.minutesStart(in: mended, from: bodyLine), lines: lines, named: named, file: file,
                          folderKind: folderKind, maxFileSize: maxFileSize, privacyAllow: privacyAllow, mendsLeft: mendsLeft)
        }
        let (record, more) = parse(Array(lines.joined(separator: "\n").utf8), file: file, folderKind: folderKind,
                                   maxFileSize: maxFileSize, privacyAllow: privacyAllow, mendsLeft: mendsLeft - 1)
        return (record, [named] + more)
    }

    static func mending(_ problem: Message, onLine line: Int, of text: String) -> String? {
        switch problem {
        case .yamlSyntax(.unexpectedColon), .yamlSyntax(.badCharacter), .yamlSyntax(.unknownEscape), .anchorsNotAllowed: break
        default: return nil
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let written = lines[line - 1]
        // Indentation and list dashes, then a key that is plain text, then ': '.
        var i = written.startIndex
        while i < written.endIndex, written[i] == " " || (written[i] == "-" && written.index(after: i) < written.endIndex && written[written.index(after: i)] == " ") {
            i = written.index(after: i)
        }
        guard let colon = written[i...].firstIndex(of: ":"), colon > i,
              !written[i..<colon].contains(where: { "\"'{}[]#&*".contains($0) }) else { return nil }
        let afterColon = written.index(after: colon)
        guard afterColon < written.endIndex, written[afterColon] == " " else { return nil }
        var value = written[afterColon...].drop { $0 == " " }
        while value.last == " " { value = value.dropLast() }
        guard let first = value.first, !"{['|>".contains(first) else { return nil }
        if first == "\"" {
            // Double quotes around a backslash: the same text in single quotes.
            guard value.count >= 2, value.last == "\"" else { return nil }
            value = value.dropFirst().dropLast()
        }
        lines[line - 1] = written[..<afterColon] + " '" + value.replacingOccurrences(of: "'", with: "''") + "'"
        return lines.joined(separator: "\n")
    }

    /// The lines of the body that begin with a blank of `yishi new` (请填写议程…, 请填写会议记录…),
    /// each up to its first sentence, with its place among the body's lines: each named, so
    /// that filling in one does not bring the next as a new error.
    static func placeholderLines(in body: String) -> [(text: String, offset: Int)] {
        guard Fields.holdsBlank(body) else { return [] }
        return body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let t = line.drop { $0 == " " || $0 == "\u{3000}" }
            return Fields.isBlank(t) ? (String(t.prefix { $0 != "：" && $0 != ":" && $0 != "。" }), offset) : nil
        }
    }

    /// A deadline or a posting date years after its meeting is almost always a mistyped year
    /// (2062 for 2026): an item due then would never be overdue. Named, as a warning.
    private static func farAhead(_ key: String, _ value: Day?, of date: Day?, _ f: Fields, _ r: FieldReader) {
        guard let value, let date else { return }
        // Five years on the calendar (29 February to 28 February): longer than any project a
        // consultation meeting commits to.
        guard let limit = date.adding(years: farAheadYears), value > limit else { return }
        r.warning(.farAhead(key: key, date: value, from: date), f.node(key))
    }

    static let farAheadYears = 5

    /// An update file saved in meetings/ reads as a valid meeting (title, date, unit and
    /// `updates:` are all meeting fields) and adds one to "meetings held"; a meeting that was
    /// held has its attendance, time, place or items written down.
    private static func looksLikeAnUpdate(_ m: Meeting) -> Bool {
        !m.updates.isEmpty && m.items.isEmpty && m.attendance == nil && m.time == nil && m.venue == nil && m.host == nil
    }

    /// Why a file has no opening `---`, as precisely as its first lines tell: a fence typed with
    /// a Chinese keyboard's dashes, or one below blank lines, named where it is; else the rule.
    static func openingProblem(_ text: String, file: String) -> Diagnostic {
        // Nothing but blank lines (a file created and never saved, or saved before it was typed):
        // said as such, not as a rule about what a file must begin with.
        if text.allSatisfy({ $0.isWhitespace }) { return .error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1)) }
        let dashes: Set<Character> = ["-", "—", "－", "–", "―", "─", "━", "ー", "一"]
        var line = 0
        for raw in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false).prefix(20) {
            line += 1
            let written = raw.trimmingCharacters(in: .whitespaces)
            if written.isEmpty { continue }
            let at = SourceLocation(file: file, line: line, column: 1)
            if written == "---" { return .error(.fenceBelowBlankLines(count: line - 1), at: at) }
            if written.count >= 2, written.allSatisfy(dashes.contains), written.contains(where: { $0 != "-" && $0 != "一" }) {
                return .error(.fenceMistyped(written: written), at: at)
            }
            break
        }
        return .error(.missingFrontMatter, at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// A file with no `id:` is published under its file name (`meetings/<name>.html`, in every
    /// link and on the QR code), so a phone number in the name is published as surely as one
    /// in the text, which the text's scan does not see.
    static func fileNameCheck(_ root: YAMLNode, id: String, file: String, allowed: [String]) -> [Diagnostic] {
        // A mobile number has 11 digits, an identity number 17 or more: most names hold 8 or so.
        guard id.utf8.lazy.filter({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count >= 11 else { return [] }
        if case .mapping(let m) = root, m["id"] != nil { return [] }
        return PersonalData.scan(id, allowed: allowed).map {
            .error(.personalDataInFileName(kind: $0.kind, masked: $0.masked), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Lines of the front matter that hold `private: true` items: their text is never
    /// published, so what they hold is not a publication problem.
    static func privateLines(_ m: Meeting, fm: FrontMatter) -> [ClosedRange<Int>] {
        let end = fm.bodyLine - 2
        return m.items.enumerated().compactMap { i, item in
            guard item.isPrivate else { return nil }
            let next = i + 1 < m.items.count ? m.items[i + 1].location.line - 1 : end
            return item.location.line...max(item.location.line, next)
        }
    }

    /// The values of every `id:` line of a file, read as plain text: what a file whose YAML
    /// could not be read, or whose item was left out, would have raised. Read through the
    /// slips that make such a file unreadable (UTF-16, full-width dashes, colons and letters,
    /// an id typed in full-width forms), each id both as written and in ASCII: an update names
    /// the item as it should have been written.
    public static func writtenIDs(_ bytes: [UInt8]) -> [String] {
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { i in
                little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        var out: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let folded = String(String.UnicodeScalarView(line.unicodeScalars.map(asciiForm)))
            var rest = Substring(folded).drop { $0 == " " || $0 == "-" || $0 == "\t" }
            guard rest.hasPrefix("id") else { continue }
            rest = rest.dropFirst(2).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            // Ids hold no spaces or quotes: what follows them is a comment or a closing quote.
            let value = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                .prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            guard !value.isEmpty else { continue }
            out.append(String(value))
            // As written too, should the full-width form be what an update copied.
            let written = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || asciiForm($0.unicodeScalars.first!) == "-" }
                .drop { !($0 == ":" || $0 == "：") }.dropFirst().drop { $0 == " " || $0 == "\u{3000}" || $0 == "\"" || $0 == "'" }
                .prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            if !written.isEmpty, written != value { out.append(String(written)) }
        }
        return out
    }

    /// The ASCII character a full-width form, an ideographic space or a dash stands for.
    private static func asciiForm(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if let ascii = c.fullWidthASCII { return ascii }
        return switch c.value {
        case 0x3000: " "
        case 0x2010...0x2015, 0x2212: "-"
        default: c
        }
    }

    static func fileID(_ file: String) -> String {
        // The last part of the path, found by its bytes: splitting it by characters cost as
        // much as reading a meeting's agenda.
        let u = file.utf8
        let name: String
        if let slash = u.lastIndex(of: UInt8(ascii: "/")), u.index(after: slash) != u.endIndex {
            name = String(file[u.index(after: slash)...])
        } else {
            name = file.split(separator: "/").last.map(String.init) ?? file
        }
        return name.markdownStem.map(String.init) ?? name
    }

    static func parentFolder(_ file: String) -> String {
        file.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The record's id: `id:` or the file name, which must then be a valid id.
    private static func recordID(_ f: Fields, defaultID: String, file: String, update: Bool = false, reader r: FieldReader) -> String? {
        if let id = f.text("id") {
            if let p = Identifier.problem(id) { r.error(p, f.node("id")); return nil }
            return id
        }
        if let p = Identifier.problem(defaultID) {
            // The name the file would have by its own date and unit (2025-05-06-tenghai.md), to
            // rename it to: read here as written, since their own checks come later.
            func written(_ key: String) -> String? {
                if case .scalar(let s)? = f.node(key) { return s.string.trimming(.spacesAndNewlines) } else { return nil }
            }
            var suggested: String? = nil
            if let date = written("date").flatMap({ Day(iso: $0) }), let unit = written("unit"), Identifier.problem(unit) == nil {
                suggested = "\(date)-\(unit)"
            }
            let named: Message = if case .invalidID = p {
                Identifier.original(ofCopy: defaultID).map { .fileNameOfACopy(name: defaultID, original: $0, suggested: suggested) }
                    ?? .fileNameNotAnID(name: defaultID, suggested: suggested, update: update)
            } else { p }
            r.diagnostics.append(.error(named, at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        return defaultID
    }

    private static func meeting(_ root: YAMLNode, fm: FrontMatter, file: String, defaultID: String, reader r: FieldReader) -> Meeting? {
        guard let f = r.fields(root, context: .meeting, known: meetingKeys) else { return nil }
        let id = recordID(f, defaultID: defaultID, file: file, reader: r)
        let title = f.text("title", required: true)
        let date = f.day("date", required: true)
        if let (named, date) = fileNameDateDiffers(date, defaultID: defaultID) {
            r.warning(.fileNameDateDiffers(named: named, date: date), f.node("date"))
        }
        yearFolderCheck(date, file: file, at: f.node("date"), reader: r)
        // References (unit, departments, owner, item) are checked against what exists by the
        // validator, which can tell a name written for an id ('东村' for 'dongcun').
        let unit = f.located("unit", required: true)
        var time = f.text("time")
        if let t = time, !Fields.isBlank(t), !TimeText.isValid(t) {
            if let meant = TimeText.meant(t) { time = meant } else { r.warning(.invalidTime(value: t), f.node("time")) }
        }
        if let t = time, TimeText.isValid(t), let (start, end) = TimeText.endsBeforeStart(t) {
            r.warning(.timeEndsBeforeStart(start: start, end: end, example: TimeText.afternoon(start: start, end: end)), f.node("time"))
        }
        var attendance: Attendance? = nil
        if let n = f.node("attendance"), !Fields.isNull(n) { attendance = self.attendance(n, reader: r) }
        let departments = spacedEntries(f.list("departments"), key: "departments", ids: true, reader: r)
        let items = f.sequence("items").compactMap { item($0, reader: r, attendance: attendance, date: date) }
        var meeting = Meeting(id: id ?? defaultID, file: file, title: title ?? "", date: date ?? Day(ordinal: 0),
                              unit: unit ?? Located("", at: r.location(root)),
                              // A meeting id written out is named at its line when another meeting has it too.
                              location: f.node("id").map { r.location($0) } ?? SourceLocation(file: file, line: 1, column: 1))
        meeting.updates = f.sequence("updates").enumerated().compactMap { update($1, index: $0, date: date, file: file, inMeeting: true, reader: r) }
        meeting.time = time
        meeting.platform = f.text("platform")
        meeting.format = f.text("format")
        meeting.venue = f.text("venue")
        meeting.host = f.text("host")
        meeting.agenda = f.list("agenda", sentences: true).map(\.value)
        meeting.attendance = attendance
        meeting.departments = departments
        meeting.leaders = spacedEntries(f.list("leaders", posts: true), key: "leaders", ids: false, reader: r).map(\.value)
        meeting.items = items
        meeting.publicized = f.day("publicized", near: date)
        farAhead("publicized", meeting.publicized, of: date, f, r)
        if let p = meeting.publicized, let d = date, p < d {
            r.warning(.publicizedBeforeMeeting(publicized: p, date: d), f.node("publicized"))
        }
        meeting.aliases = ids(f.list("aliases"), reader: r)
        meeting.draft = f.bool("draft") ?? false
        meeting.extra = f.extra()
        meeting.body = fm.body
        meeting.bodyLine = fm.bodyLine
        meeting.frontMatterDigest = fm.digest
        // Returned even when incomplete, so that its references are checked in the same run;
        // the errors already reported keep it from being published or counted.
        return meeting
    }

    /// Words for the total and each kind of attendee in an attendance written as a sentence:
    /// the names a `total:` key is written as (合计), words a sentence opens its total with (共),
    /// and the categories' words.
    static let attendanceWords: [String: String] = {
        var words = ["共": "total", "总": "total", "總": "total", "参会": "total", "參會": "total",
                     "到会": "total", "到會": "total", "出席": "total", "total": "total"]
        for (word, keys) in FieldReader.otherNames where keys.contains("total") { words[word] = "total" }
        for (category, names) in AttendanceCategory.words {
            for name in names + [category.rawValue] { words[name] = category.rawValue }
        }
        return words
    }()

    /// Words for a vote's counts written as a sentence: the cards' words and the keys.
    static let voteSentenceWords = voteWords.merging(["for": "for", "against": "against", "abstain": "abstain"]) { a, _ in a }

    /// Attendance words as a pinyin input method mistypes them, with the word meant. A list,
    /// not a rule: one character off a usual word is as often a category of the site's own
    /// (团员 and 委员 are a character off 党员).
    static let homophoneSlips = ["居名": "居民", "居明": "居民", "局民": "居民", "村名": "村民", "群从": "群众", "群中": "群众",
                                 "党圆": "党员", "挡员": "党员", "当员": "党员", "干布": "干部", "干步": "干部",
                                 "志愿着": "志愿者", "志原者": "志愿者", "自愿者": "志愿者"]

    /// Names counts written as one value (`vote: 赞成28票，反对1票`) with the fields they mean, or
    /// an example. False when `node` is not such a value: it is then read as fields, which says
    /// what else is wrong.
    @discardableResult
    private static func countsAsText(_ key: String, _ node: YAMLNode, words: [String: String], alone: String? = nil,
                                     example: String, reader r: FieldReader) -> Bool {
        guard case .scalar(let s) = node else {
            if case .mapping = node { return false }
            r.error(.expectedMapping(key: key), node)
            return true
        }
        let counts = CountsInText.counts(in: s.string, words: words, alone: alone)
        r.error(.countsAsText(key: key, meant: counts.map(CountsInText.written) ?? example, read: counts != nil), node)
        return true
    }

    /// Keeps the ids that are valid, reporting the others where they were written.
    private static func ids(_ xs: [Located<String>], reader r: FieldReader) -> [Located<String>] {
        xs.filter { x in
            if let p = Identifier.problem(x.value) { r.diagnostics.append(.error(p, at: x.location)); return false }
            return true
        }
    }

    private static func attendance(_ node: YAMLNode, reader r: FieldReader) -> Attendance? {
        guard case .mapping(let m) = node else {
            countsAsText("attendance", node, words: attendanceWords, alone: "total",
                         example: "{total: …, residents: …, officials: …}", reader: r)
            return nil
        }
        var total: Int? = nil
        var totalWritten = false
        var categories: [(String, Int)] = []
        // `{合计：26, 居民：20}`: as in a vote, with any word a key (a site counts its own).
        let pairs = r.mendingChineseColons(m.pairs, key: "attendance", accepts: { _ in true })
        for pair in pairs {
            let k = pair.key, v = pair.value
            guard case .scalar(let ks) = k else { r.error(.expectedText(key: "attendance"), k); continue }
            if ks.string == "total" { totalWritten = true }
            guard case .scalar(let vs) = v else { r.error(.expectedText(key: ks.string), v); continue }
            let written = vs.string.trimming(.spaces)
            if Fields.isBlank(written) { r.error(.placeholderLeft(key: ks.string, value: written), v); continue }
            guard let n = Fields.wholeNumber(written, key: ks.string, node: v, reader: r) else { continue }
            if ks.string == "total" { total = n; continue }
            // A usual category in Chinese counts under its key; one a letter or two from a
            // usual key (`party_member`) would count apart, under a label of its own.
            let name = AttendanceCategory(word: ks.string)?.rawValue ?? ks.string
            if name == ks.string, AttendanceCategory(rawValue: name) == nil, name.utf8.allSatisfy({ $0 < 0x80 }),
               let meant = Suggestion.closest(to: name, in: AttendanceCategory.allCases.map(\.rawValue)) {
                r.warning(.attendanceCategoryNearMiss(written: name, meant: meant), k)
            }
            // A pinyin input method's slip picks a word that sounds the same: 居名, 党圆, 志愿着.
            if name == ks.string, let meant = homophoneSlips[name] {
                r.warning(.attendanceCategoryNearMiss(written: name, meant: meant), k)
            }
            // Two words for one category (`人大代表: 1`, `政协委员: 2`) are counted together, as the
            // page names them together.
            if let at = categories.firstIndex(where: { $0.0 == name }) { categories[at].1 += n } else { categories.append((name, n)) }
        }
        guard let total else {
            if !totalWritten {
                // `totel: 38` or `总数: 38` is the total mistyped, not a kind of attendee: name it.
                let slip = pairs.first { pair in
                    guard case .scalar(let ks) = pair.key else { return false }
                    return Suggestion.closest(to: ks.string, in: ["total"]) != nil
                        || FieldReader.otherNames[ks.string.lowercased()]?.contains("total") == true
                }
                if case .scalar(let ks)? = slip?.key {
                    r.error(.attendanceTotalMissing(writtenAs: ks.string), slip?.key)
                } else {
                    r.error(.attendanceTotalMissing(writtenAs: nil), node)
                }
            }
            return nil
        }
        let sum = categories.reduce(0) { $0 + $1.1 }
        if sum > total { r.error(.attendanceExceedsTotal(sum: sum, total: total), node) }
        return Attendance(total: total, categories: categories)
    }

    private static func item(_ node: YAMLNode, reader r: FieldReader, attendance: Attendance?, date: Day?) -> Item? {
        guard let f = r.fields(node, context: .item, known: itemKeys, key: "items") else { return nil }
        let id = f.text("id", required: true)
        if let id, let p = Identifier.problem(id) { r.error(p, f.node("id")) }
        let title = f.text("title", required: true)
        let kind = f.word("kind", as: ItemKind.self, required: true)
        var item = Item(id: id ?? "", title: title ?? "", kind: kind ?? .problem, location: r.location(f.node("id") ?? node))
        item.category = f.text("category")
        item.urgency = f.word("urgency", as: Urgency.self) ?? .normal
        item.raisedBy = f.text("raised_by")
        item.decision = f.text("decision")
        if let n = f.node("vote"), !Fields.isNull(n),
           !countsAsText("vote", n, words: voteSentenceWords,
                         example: "{for: …, against: …, abstain: …}", reader: r),
           let v = r.fields(n, context: .vote, known: ["for", "against", "abstain"], key: "vote", synonyms: voteWords) {
            let vote = Vote(inFavour: v.int("for"), against: v.int("against"), abstain: v.int("abstain"))
            // Only when nothing was written: a misspelt or unreadable count has its own error.
            if case .mapping(let written) = n, written.pairs.allSatisfy({ Fields.isNull($0.value) }),
               v.values.allSatisfy(Fields.isNull) {
                r.error(.voteWithoutCounts, n)
            }
            if let a = attendance, vote.total > a.total { r.error(.votesExceedAttendance(votes: vote.total, total: a.total), n) }
            if vote.inFavour == 0, vote.against == 0, vote.abstain == 0 { r.warning(.voteAllZero, n) }
            item.vote = vote
        }
        item.owner = f.located("owner")
        item.due = f.day("due", near: date)
        farAhead("due", item.due, of: date, f, r)
        let status = f.word("status", as: ItemStatus.self)
        item.status = status ?? .proposed
        item.funds = f.int("funds")
        item.note = f.text("note")
        item.satisfaction = ratingBesideReadableStatus(status, f)
        item.isPrivate = f.bool("private") ?? false
        statusChecks(status: f.has("status") ? item.status : nil, note: item.note, hasDue: f.has("due"),
                     at: f.has("status") ? f.node("status")! : node, reader: r)
        if [.accepted, .in_progress].contains(item.status), item.owner == nil {
            r.warning(.ownerExpected(status: item.status), f.node("status") ?? node)
        }
        // An item whose title or kind is wrong is kept, its error already said (and stopping any
        // build): its owner, category and dates are checked in the same run, and the updates
        // that name it find it. Without a usable id nothing can name it.
        guard let id, Identifier.isValid(id) else { return nil }
        return item
    }

    /// The rating, read and checked; set aside when the status beside it was written but could
    /// not be read (`办结了`): its error is said and stops the build, and the rating checked
    /// against a status nobody wrote (征集, or the last one) would add a warning that is wrong.
    private static func ratingBesideReadableStatus(_ status: ItemStatus?, _ f: Fields) -> Satisfaction? {
        let rating = f.word("satisfaction", as: Satisfaction.self)
        return status == nil && f.has("status") ? nil : rating
    }

    /// Warnings DESIGN §3 asks for: a reason for rejected/referred/deferred, a new date for deferred.
    private static func statusChecks(status: ItemStatus?, note: String?, hasDue: Bool, at node: YAMLNode, reader r: FieldReader) {
        guard let status else { return }
        if [.rejected, .referred, .deferred].contains(status), note == nil { r.warning(.noteExpected(status: status), node) }
        if status == .deferred, !hasDue { r.warning(.deferredWithoutDue, node) }
    }

    /// Entries run together with a space for the comma (`[shuiwu zhujian]`, `[区委书记 镇长]`):
    /// ids have no spaces, so such an entry is an error and read as the ids it holds; posts may
    /// (`区人大代表 联络员`), so there it is a warning and the entry is kept as written, where
    /// it counted one leader for two.
    private static func spacedEntries(_ list: [Located<String>], key: String, ids: Bool, reader r: FieldReader) -> [Located<String>] {
        var out: [Located<String>] = []
        for entry in list {
            let parts = Fields.partsApartBySpace(entry.value)
            // A post may hold a space (`区政协 主席`): two leaders only where each part is a post.
            guard parts.count > 1, ids || parts.allSatisfy(Fields.isPost) else { out.append(entry); continue }
            let d = Diagnostic(ids ? .error : .warning, .entriesJoinedBySpace(key: key, entry: entry.value, parts: parts), at: entry.location)
            r.diagnostics.append(d)
            out += ids ? parts.map { Located($0, at: entry.location) } : [entry]
        }
        return out
    }

    /// An entry takes its file's `date`; nil when that is missing or unreadable.
    private static func update(_ node: YAMLNode, index: Int, date: Day?, file: String, inMeeting: Bool = false, reader r: FieldReader) -> UpdateEntry? {
        // A new matter (`- id:` with its title) pasted under `updates:`: one error saying where
        // it goes, not "'id': did you mean 'item'?", which made it an update of a matter that
        // does not exist, and an unknown field for each of its other lines.
        if case .mapping(let m) = node, m["item"] == nil, m["id"] != nil, m["title"] != nil || m["decision"] != nil {
            r.error(.itemUnderUpdates(id: m["id"]?.string ?? "", inMeeting: inMeeting), m.pairs.first { $0.key.string == "id" }?.key ?? node)
            return nil
        }
        guard let f = r.fields(node, context: .update, known: updateKeys, key: "updates") else { return nil }
        guard let item = f.located("item", required: true) else { return nil }
        var u = UpdateEntry(item: item, date: date ?? Day(ordinal: 0), file: file, index: index)
        u.dateKnown = date != nil
        u.status = f.word("status", as: ItemStatus.self)
        u.owner = f.located("owner")
        u.due = f.day("due", near: date)
        farAhead("due", u.due, of: date, f, r)
        u.funds = f.int("funds")
        u.satisfaction = ratingBesideReadableStatus(u.status, f)
        u.note = f.text("note")
        if !["status", "owner", "due", "funds", "satisfaction", "note"].contains(where: f.has) {
            r.warning(.emptyUpdate, node)
        }
        statusChecks(status: u.status, note: u.note, hasDue: f.has("due"), at: f.node("status") ?? node, reader: r)
        return u
    }

    /// The date a file's name begins with (`2026-03-12-east-village.md`) when `date` says
    /// another: last month's file copied for this month, its date left as it was, would count
    /// in the wrong month (a meeting) or move a resolution out of its month (an update).
    private static func fileNameDateDiffers(_ date: Day?, defaultID: String) -> (named: Day, date: Day)? {
        guard let date, let named = Day(iso: String(defaultID.prefix(10))), defaultID.count == 10 || defaultID.dropFirst(10).first == "-",
              named != date else { return nil }
        return (named, date)
    }

    /// A file dated in one year saved in another year's folder (`meetings/2026/` for a 2025
    /// meeting) counts by its date all the same, but is not where the next secretary looks.
    /// Only when its name begins with that date: then the folder is the one out of step. (A
    /// mistyped year, 2062 for 2026, is named elsewhere, and there the folder is right.)
    private static func yearFolderCheck(_ date: Day?, file: String, at node: YAMLNode?, reader r: FieldReader) {
        guard let date else { return }
        let parts = file.split(separator: "/")
        guard parts.count >= 4, parts[0] == "content", parts[1] == "meetings" || parts[1] == "updates",
              parts[parts.count - 1].hasPrefix(date.description) else { return }
        let folder = parts[2]
        guard folder.utf8.count == 4, folder.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let year = Int(folder), year != date.year else { return }
        r.warning(.yearFolderDiffers(folder: "content/\(parts[1])/\(folder)/", year: date.year), node)
    }

    private static func updateFile(_ root: YAMLNode, fm: FrontMatter, file: String, defaultID: String, reader r: FieldReader) -> UpdateFile? {
        guard let f = r.fields(root, context: .updateFile, known: updateFileKeys) else { return nil }
        let id = recordID(f, defaultID: defaultID, file: file, update: true, reader: r)
        let date = f.day("date", required: true)
        if let (named, date) = fileNameDateDiffers(date, defaultID: defaultID) {
            r.warning(.updateFileNameDateDiffers(named: named, date: date), f.node("date"))
        }
        yearFolderCheck(date, file: file, at: f.node("date"), reader: r)
        var u = UpdateFile(id: id ?? defaultID, file: file, date: date ?? Day(ordinal: 0), location: SourceLocation(file: file, line: 1, column: 1))
        u.title = f.text("title")
        u.unit = f.located("unit")
        u.updates = f.sequence("updates").enumerated().compactMap { update($1, index: $0, date: date, file: file, reader: r) }
        u.draft = f.bool("draft") ?? false
        if !f.has("updates") { f.missing("updates") }
        // `updates: []`: nothing to publish, and nothing said about it (a bare `updates:` is
        // missing). A draft is not published yet, and may wait for its progress.
        else if !u.draft, let listed = f.node("updates"), case .sequence(let entries) = listed, entries.items.isEmpty {
            r.warning(.noUpdatesListed, listed)
        }
        u.extra = f.extra()
        u.body = fm.body
        u.bodyLine = fm.bodyLine
        return u
    }
}

/// `19:30` or `19:30-21:00` (also with `~` or `–` between).
enum TimeText {
    /// A time of day ("19:30") or two with a dash or tilde between them ("19:30-21:00").
    static func isValid(_ t: String) -> Bool { times(t) != nil }

    /// Each time of day written, as written and in minutes after midnight: nil when it is not
    /// one or two.
    static func times(_ t: String) -> [(written: String, minutes: Int)]? {
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "~" || $0 == "–" || $0 == "—" })
            .map { $0.trimming(.spaces) }
        guard (1...2).contains(parts.count) else { return nil }
        var out: [(written: String, minutes: Int)] = []
        for p in parts {
            let hm = p.split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), hm[1].count == 2,
                  (0...24).contains(h), (0...59).contains(m) else { return nil }
            out.append((p, h * 60 + m))
        }
        return out
    }

    /// The two times of a span whose end is not after its start (`21:00-19:30`, or `19:30-9:00`
    /// and `13:00-3:00` written on a twelve-hour clock), which residents would read as written.
    /// An end in the small hours of a span under eight hours (`19:30-00:30`) is a long evening.
    static func endsBeforeStart(_ t: String) -> (String, String)? {
        guard let span = times(t), span.count == 2, case let (a, b) = (span[0].minutes, span[1].minutes), b <= a else { return nil }
        guard b >= 4 * 60 || b + 24 * 60 - a > 8 * 60 else { return nil }
        return (span[0].written, span[1].written)
    }

    /// The span as meant when its end was written on a twelve-hour clock (`13:00-3:00` →
    /// `13:00-15:00`): nil when twelve hours more do not put the end after the start.
    static func afternoon(start: String, end: String) -> String? {
        guard let a = times(start)?.first?.minutes, let b = times(end)?.first?.minutes, b < 12 * 60, b + 12 * 60 > a else { return nil }
        let later = b + 12 * 60
        return "\(start)-\(later / 60):" + (later % 60 < 10 ? "0" : "") + "\(later % 60)"
    }

    /// A time as a Chinese keyboard or Word leaves it, as it is meant: full-width digits and
    /// colon (19：30), 至, 到 or ～ between two times, the whole in quotes Word curled (“19:30”):
    /// "19:30-21:00". Nil when it is no time even so. Residents read the time as published,
    /// and a warning for what can only mean one thing would teach secretaries nothing.
    static func meant(_ t: String) -> String? {
        var s = Substring(t.trimming(.spaces))
        // ASCII quotes are YAML's own: the value inside them is what arrives here.
        let quotes: [(Character, Character)] = [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』")]
        if s.count > 2, let f = s.first, let l = s.last, quotes.contains(where: { $0.0 == f && $0.1 == l }) { s = s.dropFirst().dropLast() }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "：": out.append(":")
            case "至", "到", "～", "~", "–", "—", "－": out.append("-")
            case " ", "\u{3000}": continue
            default: out.append(PersonalData.digit(u, allowX: false).map { Unicode.Scalar($0) } ?? u)
            }
        }
        let read = String(out)
        return isValid(read) ? read : nil
    }
}
