#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the typing slips secretaries really make in front matter, before YAML sees them.
///
/// YAML's own messages for these ("mapping values are not allowed here") do not say what
/// to fix; these do. Each finding is precise enough (line and column) to fix blind.
public enum SlipDetector {
    struct Slip: Equatable {
        var message: Message
        var line: Int      // 1-based, within the YAML text
        var column: Int    // 1-based, in Unicode scalars as libyaml counts
        /// A warning is not mended: the text is valid YAML that probably does not say what was meant.
        var isError = true

        func diagnostic(file: String, lineOffset: Int) -> Diagnostic {
            let at = SourceLocation(file: file, line: line + lineOffset, column: column)
            return isError ? .error(message, at: at) : .warning(message, at: at)
        }
    }

    /// The slips found, and the YAML with each one mended, so that parsing can go on and
    /// report the file's other problems in the same run.
    ///
    /// Works on the UTF-8 bytes: everything a slip is recognised by is ASCII or a whole
    /// full-width character, and a file with no slip, nearly every file, is returned as it is.
    static func scan(_ yaml: String) -> (slips: [Slip], mended: String) {
        var slips: [Slip] = []
        var text = Array(yaml.utf8)
        let controls = takeOutControlCharacters(&text, into: &slips)
        let invisibles = nameInvisibleCharacters(&text, into: &slips)
        var mended: [UInt8]? = controls || invisibles ? [] : nil
        var blockIndent: Int? = nil  // inside a `|` or `>` block scalar more indented than this
        /// The field on the line above: its key's column, and whether a value follows its colon
        /// on that line (then nothing can be nested under it).
        var above: (column: Int, holdsValue: Bool)? = nil
        /// The key columns of the mappings still open at this line, outermost first: where a
        /// line may go back to.
        var levels: [Int] = []
        /// The last list entry: the column of its dash and of its first field.
        var lastEntry: (dash: Int, key: Int)? = nil
        /// The key of the field on the line above, where it was read as written.
        var aboveKey: String? = nil
        /// Lines indented under a parent field whose line is missing: their column and the field.
        var orphan: (column: Int, parent: String)? = nil
        func enter(_ column: Int) {
            while let last = levels.last, last > column { levels.removeLast() }
            if levels.last != column { levels.append(column) }
        }
        var lines = SourceText.lines(text)
        var n = -1
        while n + 1 < lines.count {
            n += 1
            var range = lines[n]
            var start = range.lowerBound, end = range.upperBound
            var line: [UInt8]? = nil
            /// Set when the line's indentation was rewritten in `text` itself (below): how far
            /// its text moved, and the first slip found on it after that.
            var reindented: (shift: Int, firstSlip: Int)? = nil
            let lineNo = n + 1
            defer {
                if (line != nil || reindented != nil) && mended == nil { mended = Array(text[..<start]) }
                if mended != nil {
                    mended! += line ?? Array(text[range])
                    if end < text.count { mended!.append(UInt8(ascii: "\n")) }
                }
                // Any other slip on that line is named at the file's own column.
                if let r = reindented {
                    for k in r.firstSlip..<slips.count where slips[k].line == lineNo { slips[k].column -= r.shift }
                }
            }
            var i = start
            while i < end, text[i] == space { i += 1 }
            var indent = i - start
            // Only a line whose first character past the spaces could be a tab, a full-width
            // space or a no-break space is looked at again: nearly none.
            let odd = i < end && (text[i] == tab || text[i] == 0xE3 || text[i] == 0xC2) ? oddIndentation(text, start: start, end: end) : nil
            let isBlank = i == end || odd?.contentStart == end
            if let b = blockIndent {
                if isBlank || indent > b { continue }
                blockIndent = nil
            }
            if isBlank {
                // A tab or a full-width space on a line with nothing else is invisible and
                // means nothing, but libyaml refuses it wherever it stands left of the fields
                // around it: left out.
                if i < end { line = [] }
                continue
            }
            // A tab, a full-width space or a no-break space in the leading whitespace. libyaml
            // refuses the first and reads the others as the start of a key, blaming the line
            // after. The line is named, and read at the column the lines around it say it
            // belongs at, so that the rest of the file is still read.
            if let odd {
                let bulleted = bulletMarker(text, at: odd.contentStart, end: end).map { odd.contentStart + $0.1 < end && text[odd.contentStart + $0.1] == space } ?? false
                let spaces = spaces(for: odd, listed: bulleted || pastListMarkers(text, from: odd.contentStart, end: end).listed, after: n, in: text, lines: lines,
                                    above: above, levels: levels, lastEntry: lastEntry?.dash)
                slips.append(Slip(message: odd.message(spaces), line: lineNo, column: odd.column))
                text.replaceSubrange(start..<odd.contentStart, with: repeatElement(space, count: spaces))
                lines = SourceText.lines(text)
                range = lines[n]
                (start, end) = (range.lowerBound, range.upperBound)
                (i, indent) = (start + spaces, spaces)
                reindented = (spaces - odd.narrow, slips.count)
            }
            // `#  - id: B` over the item's other lines left as they were: they join the item
            // above, and each field both have was "written twice", advice that deletes one. An
            // error, and the line read without its '#', in line with its fields.
            if text[i] == UInt8(ascii: "#"), let (key, column) = commentedEntry(after: n, hash: i, in: text, lines: lines) {
                slips.append(Slip(message: .entryCommentedOut(key: key), line: lineNo, column: indent + 1))
                var from = i + 1
                while from < end, text[from] == space { from += 1 }
                text.replaceSubrange(start..<from, with: repeatElement(space, count: column))
                lines = SourceText.lines(text)
                range = lines[n]
                (start, end) = (range.lowerBound, range.upperBound)
                if reindented == nil { reindented = (column - (from - start), slips.count) }
                (i, indent) = (start + column, column)
            }
            if text[i] == UInt8(ascii: "#") {
                // `#due: 2026-12-26`: a field of the starter file uncommented all but its '#'
                // (the starter writes `# due:`, with a space): the line is a comment, the field
                // silently not there, and the default deadline counted instead.
                var keyAt = i + 1
                while keyAt < end, text[keyAt] == space { keyAt += 1 }
                var k = keyAt
                while k < end, isKeyByte(text[k]) { k += 1 }
                let key = String(decoding: text[keyAt..<k], as: UTF8.self)
                guard k < end, text[k] == UInt8(ascii: ":"), Self.colonKeys.contains(key) else { continue }
                var after = k + 1
                while after < end, text[after] == space { after += 1 }
                // `# updates:` over entries left as they were: they belong to the field above it
                // (update entries read as items, each missing its title). An error, and the line
                // read without its '#', so that the entries are checked as what they are.
                // Not where the line below goes on a mapping still open (`#    vote:` typed at the
                // margin among an item's fields, over `    kind:`): the block there is whole.
                let below = nextLine(after: n, in: text, lines: lines)
                let goesOn = below.map { levels.contains($0.first - $0.range.lowerBound) && text[$0.first] != UInt8(ascii: "-") } ?? false
                if after == end || text[after] == UInt8(ascii: "#"), !goesOn, holdsBlock(after: n, indent: indent, in: text, lines: lines) {
                    slips.append(Slip(message: .parentCommentedOut(key: key), line: lineNo, column: indent + 1))
                    text.removeSubrange(i..<keyAt)
                    lines = SourceText.lines(text)
                    range = lines[n]
                    (start, end) = (range.lowerBound, range.upperBound)
                    if reindented == nil { reindented = (i - keyAt, slips.count) }
                } else {
                    // With a value after it: `#updates:` over a block commented out whole is a comment.
                    if keyAt == i + 1, after < end, text[after] != UInt8(ascii: "#") {
                        var slip = Slip(message: .fieldCommentedOut(key: key), line: lineNo, column: indent + 1)
                        slip.isError = false
                        slips.append(slip)
                    }
                    continue
                }
            }
            // `＃ 参会人数`: a comment begun with the full-width '＃'. libyaml takes the line for
            // a key without its colon and blames the line after.
            if text[i] == 0xEF, text[i...].starts(with: fullWidthHash) {
                slips.append(Slip(message: .fullWidthHashComment, line: lineNo, column: i - start + 1))
                line = []
                continue
            }
            // `— id: x` or `• id: x`: a dash or bullet from a Chinese keyboard or Word for the
            // list entry's `-`. libyaml takes the line for a key with a colon too many. The
            // marker is named and read as `-`, one character for one, so that columns stay.
            if text[i] >= 0xC2, let (marker, width) = bulletMarker(text, at: i, end: end) {
                var k = i + width
                while k < end, text[k] == space { k += 1 }
                // An entry of fields (`— id: A`), or a plain entry (`— zhujian`) where a block
                // list stands: under a key with nothing after its colon, or in line with the
                // entry above. Elsewhere a dash may begin a line of text that goes on.
                let inList = lastEntry?.dash == indent || (above.map { !$0.holdsValue && indent >= $0.column } ?? false)
                    && listOpened(before: n, in: text, lines: lines)
                if k > i + width, k < end, colon(afterKeyAt: k, in: text, end: end) != nil || inList {
                    slips.append(Slip(message: .listMarkerNotHyphen(written: marker), line: lineNo, column: i - start + 1))
                    text.replaceSubrange(i..<(i + width), with: [UInt8(ascii: "-")])
                    lines = SourceText.lines(text)
                    range = lines[n]
                    (start, end) = (range.lowerBound, range.upperBound)
                    if reindented == nil { reindented = (0, slips.count) }
                }
            }
            // `1. id: x`, `1、id: x`, `(1) id: x`: entries numbered as in Word. libyaml takes the
            // line for a key with a colon too many and blames the next line. The number is named
            // and read as `- `: at the fields' column below when they line up two past the
            // number (the template's dash renumbered), else as wide as it was.
            if text[i] != UInt8(ascii: "-"), let width = numberMarker(text, at: i, end: end) {
                var k = i + width
                while k < end, text[k] == space { k += 1 }
                if entryStart(text, at: k, end: end) != nil {
                    let written = String(decoding: text[i..<(i + width)], as: UTF8.self)
                    let wide = String(decoding: text[i..<k], as: UTF8.self).unicodeScalars.count
                    let below = nextLine(after: n, in: text, lines: lines).map { $0.first - $0.range.lowerBound }
                    if let b = below, b - 2 > indent, k - start != b, wide == k - i {
                        // `1. id:` at the margin in place of `  - id:`, its fields further in than
                        // its key: the dash goes two short of the fields, where the other entries'
                        // dashes are. The number replaced by '-' alone would leave it short, and
                        // every field of the entry indented too far.
                        slips.append(Slip(message: .numberedListEntry(written: written, spaces: b - 2), line: lineNo, column: i - start + 1))
                        let shift = b - (k - start)
                        text.replaceSubrange(start..<k, with: Array(repeating: space, count: b - 2) + [UInt8(ascii: "-"), space])
                        (i, indent) = (start + b - 2, b - 2)
                        if reindented == nil { reindented = (shift, slips.count) }
                    } else {
                        slips.append(Slip(message: .numberedListEntry(written: written), line: lineNo, column: i - start + 1))
                        let gap = below == indent + 2 ? 1 : max(1, wide - 1)
                        text.replaceSubrange(i..<k, with: [UInt8(ascii: "-")] + Array(repeating: space, count: gap))
                        if reindented == nil { reindented = (0, slips.count) }
                    }
                    lines = SourceText.lines(text)
                    range = lines[n]
                    (start, end) = (range.lowerBound, range.upperBound)
                }
            }
            // `-id: x`, the space after a list entry's dash left out: YAML reads a key "-id"
            // and then stops at the indentation. Only the fields a list entry starts with: a
            // `-kind:` inside an item is a stray dash, which the unknown key '-kind' names.
            if text[i] == UInt8(ascii: "-"), let key = entryStart(text, at: i + 1, end: end) {
                let k = i + 1 + key.utf8.count
                slips.append(Slip(message: .missingSpaceAfterDash(key: key), line: lineNo, column: i - start + 1))
                var mendedLine = Array(text[start...i]) + [space] + text[(i + 1)...k]
                if k + 1 < end, text[k + 1] != space, text[k + 1] != tab {
                    // `-id:EV-2026-101`: both spaces left out, both named.
                    slips.append(Slip(message: .missingSpaceAfterColon(key: key), line: lineNo, column: k - start + 1))
                    mendedLine.append(space)
                }
                line = mendedLine + text[(k + 1)..<end]
                above = (i - start + 2, holdsValue(text, colon: k, end: end))
                enter(i - start + 2)
                continue
            }
            // List markers: "- key: value".
            let (keyStart, listed) = pastListMarkers(text, from: i, end: end)
            if listed {
                // `- id: B` back at the margin (or short of it) after an entry whose dash is
                // further in, with B's fields lined up under the fields of the entry above:
                // only the dash slipped. libyaml would stop there, and each field of B would
                // seem indented too far.
                // So too a dash pushed in short of the fields above (`   - id: B` under `    status:`).
                if reindented == nil, let e = lastEntry, indent < e.dash || (indent > e.dash && indent < e.key),
                   keyStart - start == indent + 2,
                   let (_, first, next) = nextLine(after: n, in: text, lines: lines), first - next.lowerBound == e.key {
                    let message: Message = indent < e.dash ? .entryDashShort(spaces: e.dash - indent) : .entryDashLong(spaces: indent - e.dash)
                    slips.append(Slip(message: message, line: lineNo, column: indent + 1))
                    line = Array(repeating: space, count: e.dash) + text[i..<end]
                    above = (e.key, colon(afterKeyAt: keyStart, in: text, end: end).map { holdsValue(text, colon: $0, end: end) } ?? false)
                    enter(e.key)
                    continue
                }
                // `- id: A` at the margin as a list's first entry, under `items:`, with its own
                // fields further in (`    title:`) and the entries after it lined up with them:
                // only its dash slipped. libyaml stops at its second line, and each field after
                // would seem indented too far. (The entry holds a value on its line, so nothing
                // can be nested under it: the next line is a field of the same entry.)
                if reindented == nil, let a = above, !a.holdsValue, a.column <= indent, keyStart - start == indent + 2,
                   let colonAt = colon(afterKeyAt: keyStart, in: text, end: end), holdsValue(text, colon: colonAt, end: end),
                   let fieldColumn = fieldsOfFirstEntry(after: n, dash: indent, in: text, lines: lines) {
                    let message: Message = fieldColumn - 2 > indent ? .firstEntryDashShort(spaces: fieldColumn - 2 - indent)
                        : .entryDashLong(spaces: indent - (fieldColumn - 2))
                    slips.append(Slip(message: message, line: lineNo, column: indent + 1))
                    line = Array(repeating: space, count: fieldColumn - 2) + text[i..<end]
                    above = (fieldColumn, true)
                    enter(fieldColumn)
                    lastEntry = (fieldColumn - 2, fieldColumn)
                    continue
                }
                lastEntry = (indent, keyStart - start)
            }
            i = keyStart
            // A zero-width space inside a key is named above and taken out after composing.
            var zeroWidthInKey = false
            while i < end {
                if isKeyByte(text[i]) { i += 1; continue }
                guard i + 2 < end, text[i...].starts(with: zeroWidthSpace) else { break }
                zeroWidthInKey = true
                i += 3
            }
            let isKey = i > keyStart && i < end && (text[i] == UInt8(ascii: ":") || text[i...].starts(with: fullWidthColon))
            if listed, !isKey, let slip = commentCut(text, value: keyStart, end: end, lineStart: start, lineNo: lineNo, key: nil) {
                slips.append(slip)
                continue
            }
            // `owner laojie`: a field's name, a space and its value, the colon left out. libyaml
            // stops the whole file there ("could not find expected ':'", on the line after), and
            // every item in the file is then missing wherever later minutes follow it up.
            if !isKey, !zeroWidthInKey, i > keyStart, let gap = gapBeforeValue(text, at: i, end: end),
               case let key = String(decoding: text[keyStart..<i], as: UTF8.self), Self.colonKeys.contains(key),
               above.map({ !$0.holdsValue || keyStart - start <= $0.column }) ?? true {
                let fixed = Array(text[keyStart..<i]) + [UInt8(ascii: ":"), space] + text[gap..<valueEnd(text, from: gap, to: end)]
                slips.append(Slip(message: .missingColon(key: key, fixed: String(decoding: fixed, as: UTF8.self)),
                                  line: lineNo, column: SlipDetector.column(of: i, lineStart: start, in: text)))
                line = Array(text[start..<i]) + [UInt8(ascii: ":"), space] + text[gap..<end]
                enter(keyStart - start)
                above = (keyStart - start, true)
                aboveKey = key
                continue
            }
            // `decision: 由区住建局牵头` with the rest of the sentence put on the next line by
            // Enter, at the field's column or further out: libyaml says "could not find
            // expected ':'", and adding a colon made an unknown field. Named as the rest of the
            // value above, and read as it (indented under its field, as YAML continues a value).
            // Only text that runs on (a decision, a note, a title), Chinese, with the fields going
            // on after it: not `主持人 王书记` (a field written in words), not the minutes after a
            // closing `---` left out, not a stray word (`kind2`).
            if !isKey, !listed, let a = above, a.holdsValue, let key = aboveKey, Self.textRunsOn.contains(key),
               keyStart - start <= a.column, text[keyStart..<end].contains(where: { $0 >= 0x80 }),
               !text[keyStart..<end].contains(UInt8(ascii: ":")), !Self.containsFullWidthColon(text, keyStart, end),
               !text[keyStart..<end].contains(space), Self.plainValue(onLineBefore: n, in: text, lines: lines),
               Self.fieldOrNothing(after: n, in: text, lines: lines) {
                slips.append(Slip(message: .valueBrokenOverLines(key: key), line: lineNo, column: keyStart - start + 1))
                line = Array(repeating: space, count: a.column + 2) + text[keyStart..<end]
                continue
            }
            guard isKey else { above = nil; aboveKey = nil; continue }
            var key = String(decoding: text[keyStart..<i], as: UTF8.self)
            if zeroWidthInKey { key = String(String.UnicodeScalarView(key.unicodeScalars.filter { $0 != "\u{200B}" })) }
            let column = keyStart - start
            // `total: 17` under `attendance:` at its column, the counts after it indented: the
            // first count's indentation lost. Named as such and read under its parent, rather
            // than the parent empty and every count after it an unknown field.
            if reindented == nil, !listed, let a = above, !a.holdsValue, column == a.column,
               let parent = Self.parentOfField[key], aboveKey == parent {
                let next = nextLine(after: n, in: text, lines: lines).map { $0.first - $0.range.lowerBound }
                let inner = next.flatMap { $0 > column ? $0 : nil } ?? column + 2
                slips.append(Slip(message: .fieldNotIndentedUnder(parent: parent, key: key, spaces: inner - column), line: lineNo, column: column + 1))
                line = Array(repeating: space, count: inner) + text[keyStart..<end]
                enter(inner)
                above = (inner, holdsValue(text, colon: i, end: end))
                aboveKey = key
                continue
            }
            // `  total: 17` and the counts after it, indented under `host: 村党支部书记`: the
            // `attendance:` line above them deleted. One slip for the lot, each line read at
            // the level above and the lot put back under it (`regroupingOrphans`), rather than
            // an indentation error and an unknown field for each, whose advice loses them.
            if reindented == nil, !listed, let a = above, a.holdsValue, column > a.column, let parent = Self.parentOfField[key],
               aboveKey.flatMap({ Self.parentOfField[$0] }) != parent {
                if orphan?.column != column || orphan?.parent != parent {
                    slips.append(Slip(message: .missingParentLine(parent: parent, key: key), line: lineNo, column: column + 1))
                    orphan = (column, parent)
                }
                line = Array(repeating: space, count: a.column) + text[keyStart..<end]
                above = (a.column, true)
                continue
            }
            orphan = nil
            // `   residents: 15` under `  total: 20`: libyaml blames a colon further on.
            if reindented == nil, !listed, let a = above, a.holdsValue, column > a.column {
                slips.append(Slip(message: .indentedMoreThanAbove(key: key, spaces: column - a.column), line: lineNo, column: column + 1))
                line = Array(repeating: space, count: a.column) + text[keyStart..<end]
                // Read where it belongs, as what it is: ` attendance:` a parent of the counts
                // below it, not a field with a value that nothing can go under.
                enter(a.column)
                above = (a.column, holdsValue(text, colon: i, end: end))
                aboveKey = key
                continue
            }
            // `  category: x` between fields at four spaces, at a column no open mapping has:
            // this line slipped left, with any such lines right after it, when the fields go on
            // at four spaces after them (or the next list entry's do). libyaml blames it only in
            // general words, and each line after it would seem indented too far.
            if reindented == nil, !listed, let a = above, a.holdsValue, column < a.column, !levels.contains(column),
               holdsValue(text, colon: i, end: end), siblingsGoOn(after: n, slipped: column, at: a.column, in: text, lines: lines) {
                slips.append(Slip(message: .indentedLessThanAround(key: key, spaces: a.column - column), line: lineNo, column: column + 1))
                line = Array(repeating: space, count: a.column) + text[keyStart..<end]
                continue
            }
            // ` updates:` after an item's fields: a top-level field with a space before it, as
            // deleting the '#' of a commented line leaves one. At no open level and short of
            // every nested one, it can only be meant at the margin: read there, and named with
            // the spaces to delete, rather than the whole front matter unread. Not a key an
            // item or an entry has too (`   kind:` among an item's fields slipped left).
            if reindented == nil, !listed, column > 0, levels.first == 0, !levels.contains(column),
               column < levels.dropFirst().first ?? Int.max, let a = above, column < a.column,
               Self.topLevelOnly.contains(key) {
                slips.append(Slip(message: .topLevelFieldIndented(key: key, spaces: column), line: lineNo, column: column + 1))
                line = Array(text[keyStart..<end])
                enter(0)
                above = (0, holdsValue(text, colon: i, end: end))
                aboveKey = key
                continue
            }
            enter(column)
            above = (column, holdsValue(text, colon: i, end: end))
            aboveKey = key
            // Up to here the line is ASCII, so a byte's offset is its column, unless a
            // zero-width space stands in the key.
            let colonColumn = zeroWidthInKey ? SlipDetector.column(of: i, lineStart: start, in: text) : i - start + 1
            if text[i...].starts(with: fullWidthColon) {
                slips.append(Slip(message: .fullWidthColon(key: key), line: lineNo, column: colonColumn))
                line = Array(text[start..<i]) + [UInt8(ascii: ":"), space] + text[(i + fullWidthColon.count)..<end]
                continue
            }
            let colon = UInt8(ascii: ":"), slash = UInt8(ascii: "/")
            if text[i] == colon, text[(i + 1)...].starts(with: ideographicSpace) {
                slips.append(Slip(message: .fullWidthSpaceAfterColon(key: key), line: lineNo, column: colonColumn + 1))
                line = Array(text[start...i]) + [space] + text[(i + 1 + ideographicSpace.count)..<end]
                continue
            }
            if text[i] == colon, text[(i + 1)...].starts(with: noBreakSpace) {
                slips.append(Slip(message: .noBreakSpaceAfterColon(key: key), line: lineNo, column: colonColumn + 1))
                line = Array(text[start...i]) + [space] + text[(i + 1 + noBreakSpace.count)..<end]
                continue
            }
            if text[i] == colon, i + 1 < end, text[i + 1] != space, text[i + 1] != tab,
               !(text[i + 1] == slash && i + 2 < end && text[i + 2] == slash) {
                // `time:19:30` or `due:2023-08-15`; a URL's "https://" is left alone.
                slips.append(Slip(message: .missingSpaceAfterColon(key: key), line: lineNo, column: colonColumn))
                line = Array(text[start...i]) + [space] + text[(i + 1)..<end]
                continue
            }
            if text[i] == colon {
                var r = i + 1
                while r < end, text[r] == space { r += 1 }
                if r < end, text[r] == UInt8(ascii: "|") || text[r] == UInt8(ascii: ">"), isBlockHeader(text, from: r + 1, to: end) {
                    blockIndent = indent
                    continue
                }
                // `attendance: 38` or `items: 两项` with the fields or entries under it as well:
                // libyaml names a colon on a line below, or (a mapping) each line below seems
                // indented too far. The lines below are what the key holds.
                if r < end, !Self.blockOpeners.contains(text[r]), nestedEntries(after: n, keyColumn: column, in: text, lines: lines),
                   Self.blockKeys.contains(key) {
                    // The value as said, without a comment after it.
                    let stop = commentStart(text, value: r, end: end)
                    let value = String(decoding: text[r..<valueEnd(text, from: r, to: stop)], as: UTF8.self)
                    slips.append(Slip(message: .valueBeforeNestedLines(key: key, value: value), line: lineNo,
                                      column: SlipDetector.column(of: r, lineStart: start, in: text)))
                    line = Array(text[start...i])
                    above = (column, false)
                    continue
                }
                // `departments: 【zhujian】`: libyaml reads text, and the field is named as no list
                // with no word of the brackets. Only for keys that hold lists: a title may well
                // begin with 【通知】.
                if r < end, text[r] >= 0xE3, column == 0, Self.listKeys.contains(key),
                   let (open, close) = fullWidthBracketPairs.first(where: { text[r...].starts(with: $0.open) }),
                   let shut = firstIndex(of: close, in: text, (r + open.count)..<end),
                   text[(shut + close.count)..<commentStart(text, value: shut + close.count, end: end)].allSatisfy({ $0 == space || $0 == tab || $0 == UInt8(ascii: "\r") }) {
                    slips.append(Slip(message: .fullWidthBrackets(key: key, open: String(decoding: open, as: UTF8.self), close: String(decoding: close, as: UTF8.self)),
                                      line: lineNo, column: SlipDetector.column(of: r, lineStart: start, in: text)))
                    line = Array(text[start..<r]) + [UInt8(ascii: "[")] + halfWidthCommas(text, (r + open.count)..<shut) + [UInt8(ascii: "]")]
                        + text[(shut + close.count)..<end]
                    continue
                }
                if let (slip, mendedLine) = valueSlip(text, value: r, end: end, lineStart: start, keyEnd: i, lineNo: lineNo, key: key,
                                                      indent: keyStart - start, following: lines[(n + 1)...]) {
                    slips.append(slip)
                    line = mendedLine
                    continue
                }
                if r == end || text[r] != UInt8(ascii: "#") || !holdsBlock(after: n, indent: indent, in: text, lines: lines),
                   let slip = commentCut(text, value: r, end: end, lineStart: start, lineNo: lineNo, key: key) {
                    slips.append(slip)
                    continue
                }
                // `venue: 社区议事厅  ＃ 三楼`: valid YAML, and the note would be published as part
                // of the value. Only named (a value may hold a '＃'); quoting the value says it does.
                if r < end, text[r] != UInt8(ascii: "\""), text[r] != UInt8(ascii: "'"),
                   let h = spacedFullWidthHash(in: text, r..<end) {
                    slips.append(Slip(message: .fullWidthHashInValue(key: key), line: lineNo,
                                      column: SlipDetector.column(of: h, lineStart: start, in: text), isError: false))
                }
                // A flow list written with full-width commas: [zhujian，caizheng].
                // Only inside the brackets: a comment after the list may be in Chinese.
                if r < end, text[r] == UInt8(ascii: "[") {
                    let close = text[r..<end].firstIndex(of: UInt8(ascii: "]")) ?? end
                    if let c = firstIndex(of: fullWidthComma, in: text, r..<close) {
                        let column = SlipDetector.column(of: c, lineStart: start, in: text)
                        slips.append(Slip(message: .fullWidthComma, line: lineNo, column: column))
                        line = Array(text[start..<c]) + halfWidthCommas(text, c..<close) + text[close..<end]
                    }
                }
            }
        }
        return (slips, mended.map { String(decoding: $0, as: UTF8.self) } ?? yaml)
    }

    /// Characters that are not text — a vertical tab or form feed pasted from Word, a C1
    /// control from a page decoded wrongly — for which libyaml refuses the whole front matter
    /// and names its first line; and the invisible line breaks (U+0085, U+2028, U+2029) that
    /// libyaml ends a line at, mid-value. Each is named where it is and replaced by a space.
    ///
    /// - Returns: whether there was any.
    private static func takeOutControlCharacters(_ text: inout [UInt8], into slips: inout [Slip]) -> Bool {
        // Nearly every front matter has none: a pass that only reads says so.
        guard text.withUnsafeBufferPointer(containsControlCharacter) else { return false }
        var line = 1, lineStart = 0, i = 0
        while i < text.count {
            if text[i] == 0x0A { line += 1; lineStart = i + 1 }
            if let control = text.withUnsafeBufferPointer({ controlCharacter(at: i, in: $0) }) {
                slips.append(Slip(message: .controlCharacter(code: codePoint(control.code)), line: line,
                                  column: column(of: i, lineStart: lineStart, in: text)))
                text.replaceSubrange(i..<(i + control.width), with: [space])
            }
            i += 1
        }
        return true
    }

    /// Zero-width spaces (U+200B), word joiners (U+2060) and byte-order marks (U+FEFF) inside
    /// the front matter: invisible in any editor, yet `unit: dong\u{200B}cun` names no unit and
    /// a title with one is two words to search. Each is named, as a warning. They stay in the
    /// text, so that every line and column found after this pass is still the file's, and are
    /// taken out of the composed values (`removingInvisibles`). A byte-order mark, which YAML
    /// refuses mid-text, becomes a zero-width space of the same width in bytes and columns.
    /// (Joiners that hold emoji together, U+200C and U+200D, are left alone.)
    ///
    /// - Returns: whether there was any.
    private static func nameInvisibleCharacters(_ text: inout [UInt8], into slips: inout [Slip]) -> Bool {
        func invisible(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> UInt32? {
            guard b[i] == 0xE2 || b[i] == 0xEF, i + 2 < b.count else { return nil }
            switch (b[i], b[i + 1], b[i + 2]) {
            case (0xE2, 0x80, 0x8B): return 0x200B
            case (0xE2, 0x81, 0xA0): return 0x2060
            case (0xEF, 0xBB, 0xBF): return 0xFEFF
            default: return nil
            }
        }
        func invisible(at i: Int) -> UInt32? { text.withUnsafeBufferPointer { invisible(at: i, in: $0) } }
        // Nearly every front matter has none: a pass that only reads says so.
        guard text.withUnsafeBufferPointer({ b in firstCandidate(in: b) { invisible(at: $0, in: b) != nil } }) else { return false }
        var line = 1, lineStart = 0, i = 0
        while i < text.count {
            if text[i] == 0x0A { line += 1; lineStart = i + 1 }
            if let code = invisible(at: i) {
                slips.append(Slip(message: .invisibleCharacter(code: codePoint(code)), line: line,
                                  column: column(of: i, lineStart: lineStart, in: text), isError: false))
                if code == 0xFEFF { text.replaceSubrange(i..<(i + 3), with: zeroWidthSpace) }
                i += 3
                continue
            }
            i += 1
        }
        return true
    }

    /// The names a line without its colon is read as a field by: the minutes' and updates'
    /// own, the counts under `attendance:` and `vote:`.
    static let colonKeys = DocumentParser.fieldKeys.union(parentOfField.keys)

    /// The fields of a file's top level (front matter, site.yml) that no item, entry or
    /// nested setting has: one written with spaces before it can only be meant there.
    static let topLevelOnly = DocumentParser.topLevelKeys.union(SettingsParser.siteKeys)
        .subtracting(DocumentParser.itemKeys + DocumentParser.updateKeys + Array(parentOfField.keys))

    /// Fields only ever written under a parent field of the front matter, by that parent: a
    /// run of them indented with no parent above is that parent's line deleted.
    static let parentOfField: [String: String] = {
        var out = ["total": "attendance", "for": "vote", "against": "vote", "abstain": "vote"]
        for c in AttendanceCategory.allCases { out[c.rawValue] = "attendance" }
        return out
    }()

    /// The composed front matter with each run of fields named by a `missingParentLine` slip
    /// put back under the parent they were written for, where that mapping has none.
    static func regroupingOrphans(_ node: YAMLNode?, after slips: [Slip]) -> YAMLNode? {
        var runs: [Int: String] = [:]
        for s in slips { if case .missingParentLine(let parent, _) = s.message { runs[s.line] = parent } }
        guard let node, !runs.isEmpty else { return node }
        func regroup(_ n: YAMLNode) -> YAMLNode {
            switch n {
            case .scalar: return n
            case .sequence(var q):
                q.items = q.items.map(regroup)
                return .sequence(q)
            case .mapping(var m):
                var pairs: [YAMLNode.Pair] = []
                var k = 0
                while k < m.pairs.count {
                    let p = m.pairs[k]
                    if case .scalar(let key) = p.key, let parent = runs[key.mark.line], m[parent] == nil {
                        var group: [YAMLNode.Pair] = []
                        while k < m.pairs.count, let name = m.pairs[k].key.string, parentOfField[name] == parent {
                            group.append(m.pairs[k])
                            k += 1
                        }
                        pairs.append(YAMLNode.Pair(key: .scalar(YAMLNode.Scalar(string: parent, style: .plain, mark: key.mark)),
                                                   value: .mapping(YAMLNode.Mapping(pairs: group, mark: key.mark))))
                        continue
                    }
                    pairs.append(YAMLNode.Pair(key: p.key, value: regroup(p.value)))
                    k += 1
                }
                m.pairs = pairs
                return .mapping(m)
            }
        }
        return regroup(node)
    }

    /// The composed front matter with the characters `nameInvisibleCharacters` named taken
    /// out of every key and value; the tree as it is when there were none.
    static func removingInvisibles(_ node: YAMLNode?, after slips: [Slip]) -> YAMLNode? {
        guard let node, slips.contains(where: { if case .invisibleCharacter = $0.message { true } else { false } }) else { return node }
        func clean(_ n: YAMLNode) -> YAMLNode {
            switch n {
            case .scalar(var s):
                s.string = String(String.UnicodeScalarView(s.string.unicodeScalars.filter { $0 != "\u{200B}" && $0 != "\u{2060}" }))
                return .scalar(s)
            case .mapping(var m):
                m.pairs = m.pairs.map { YAMLNode.Pair(key: clean($0.key), value: clean($0.value)) }
                return .mapping(m)
            case .sequence(var q):
                q.items = q.items.map(clean)
                return .sequence(q)
            }
        }
        return clean(node)
    }

    /// The minutes with every control character replaced by a space, and a warning for each,
    /// at its line and column in the file. In the Markdown they are not mistakes of form, as
    /// in the front matter, but HTML does not allow them: a browser shows nothing or a box,
    /// and the page would not be valid. Minutes without one (nearly all) are returned as they
    /// are, after one reading pass.
    public static func mendingControlCharacters(inBody body: String, file: String, bodyLine: Int) -> (body: String, warnings: [Diagnostic]) {
        var text = Array(body.utf8)
        var slips: [Slip] = []
        guard takeOutControlCharacters(&text, into: &slips) else { return (body, []) }
        let warnings = slips.map { slip -> Diagnostic in
            var slip = slip
            slip.isError = false
            return slip.diagnostic(file: file, lineOffset: bodyLine - 1)
        }
        return (String(decoding: text, as: UTF8.self), warnings)
    }

    /// Whether `body` holds a character `mendingControlCharacters` takes out.
    public static func hasControlCharacter(_ body: String) -> Bool {
        var body = body
        return body.withUTF8(containsControlCharacter)
    }

    private static func containsControlCharacter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        firstCandidate(in: b) { controlCharacter(at: $0, in: b) != nil }
    }

    /// Bytes that can begin a character `controlCharacter` or `nameInvisibleCharacters` finds:
    /// the first byte of each, so that the passes that only look look closer at these alone.
    private static let mayBegin: [Bool] = (0...255).map { c in
        (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F || c == 0xC2 || c == 0xE2 || c == 0xEF
    }

    /// Whether `found` holds at a byte that can begin a character the passes above look for: one
    /// table look-up a byte instead of half a dozen comparisons, for minutes that are mostly Chinese.
    private static func firstCandidate(in b: UnsafeBufferPointer<UInt8>, where found: (Int) -> Bool) -> Bool {
        mayBegin.withUnsafeBufferPointer { table in
            for i in b.indices where table[Int(b[i])] {
                if found(i) { return true }
            }
            return false
        }
    }

    /// The width in bytes and the code point of the character at `i`, when it is one
    /// `takeOutControlCharacters` takes out. Most bytes fail the first comparison.
    private static func controlCharacter(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (width: Int, code: UInt32)? {
        let c = b[i]
        if c < 0x20 { return c == 0x09 || c == 0x0A || c == 0x0D ? nil : (1, UInt32(c)) }
        if c < 0x7F { return nil }
        if c == 0x7F { return (1, 0x7F) }
        if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return (2, UInt32(b[i + 1])) }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return (3, 0x2028 + UInt32(b[i + 2] - 0xA8)) }
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF { return (3, 0xFFFE + UInt32(b[i + 2] - 0xBE)) }
        return nil
    }

    /// `U+000B`, as a character is named where it cannot be shown.
    static func codePoint(_ code: UInt32) -> String {
        let hex = String(code, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `venue: 3号楼 #2单元` reads as venue "3号楼" and a comment, and `decision: #1 由…` as no
    /// decision at all: in YAML a `#` after a space starts a comment. A comment written on
    /// purpose has a space after its `#`; a `#` right before text is taken to be the value's
    /// own, and named, since nothing else would show that the text was dropped.
    ///
    /// - Parameter value: where the value starts, past the colon and its spaces.
    private static func commentCut(_ text: [UInt8], value: Int, end: Int, lineStart: Int, lineNo: Int, key: String?) -> Slip? {
        guard value < end else { return nil }
        // Quoted values and flow lists keep their '#', or end before a comment.
        let c = text[value]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{")
            || c == UInt8(ascii: "|") || c == UInt8(ascii: ">") || c == UInt8(ascii: "&") || c == UInt8(ascii: "*") || c == UInt8(ascii: "!") {
            return nil
        }
        let hash = UInt8(ascii: "#")
        // Most values hold no '#': one pass of memchr says so.
        guard text.withUnsafeBufferPointer({ memchr($0.baseAddress! + value, Int32(hash), end - value) }) != nil else { return nil }
        let k = commentStart(text, value: value, end: end)
        guard k + 1 < end, text[k + 1] != space, text[k + 1] != tab, text[k + 1] != hash else { return nil }
        let last = valueEnd(text, from: value, to: end)
        let whole = String(decoding: text[value..<last], as: UTF8.self)
        let dropped = String(decoding: text[k..<last], as: UTF8.self)
        let column = SlipDetector.column(of: k, lineStart: lineStart, in: text)
        return Slip(message: .commentCutsValue(key: key, dropped: dropped, whole: whole), line: lineNo, column: column, isError: false)
    }

    /// Where the comment in a value starting at `value` begins: the first '#' there or after a
    /// space or tab; `end` when it has none.
    static func commentStart(_ text: [UInt8], value: Int, end: Int) -> Int {
        var k = value
        while k < end, !(text[k] == UInt8(ascii: "#") && (k == value || text[k - 1] == space || text[k - 1] == tab)) { k += 1 }
        return k
    }

    /// Whether the nearest line above line `n` (0-based) that holds anything is a key that
    /// holds a list, with nothing after its colon: `departments:`, `agenda:`, `items:`.
    private static func listOpened(before n: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        for index in stride(from: n - 1, through: 0, by: -1) {
            let range = lines[index]
            guard let first = text[range].firstIndex(where: { $0 != space }), text[first] != UInt8(ascii: "#") else { continue }
            let (keyStart, _) = pastListMarkers(text, from: first, end: range.upperBound)
            guard let colon = colon(afterKeyAt: keyStart, in: text, end: range.upperBound) else { return false }
            return blockListKeys.contains(String(decoding: text[keyStart..<colon], as: UTF8.self))
        }
        return false
    }

    /// Fields that hold a list, written a line an entry.
    private static let blockListKeys = listKeys.union(["agenda", "items", "updates", "categories", "platforms", "formats", "allow", "children"])

    /// The dashes and bullets typed for a list entry's `-`: a run of one of them at `i`, as
    /// written, and its length in bytes.
    private static func bulletMarker(_ text: [UInt8], at i: Int, end: Int) -> (String, Int)? {
        for b in bullets where text[i..<end].starts(with: b) {
            var k = i + b.count
            while text[k..<end].starts(with: b) { k += b.count }
            return (String(decoding: text[i..<k], as: UTF8.self), k - i)
        }
        return nil
    }

    /// The width in bytes of an entry's number at `i`, as Word numbers a list: `1.` `1、` `1)` `1）`
    /// `(1)` `（1）` in half- or full-width digits, or `①` to `⑳`.
    private static func numberMarker(_ text: [UInt8], at i: Int, end: Int) -> Int? {
        let written = String(decoding: text[i..<min(end, i + 24)], as: UTF8.self)
        var scalars = written.unicodeScalars[...]
        if let c = scalars.first, (0x2460...0x2473).contains(c.value) {
            return String(c).utf8.count
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || (0xFF10...0xFF19).contains(c.value) }
        var open: Unicode.Scalar? = nil
        if let c = scalars.first, c == "(" || c == "（" { open = c; scalars = scalars.dropFirst() }
        let digits = scalars.prefix(while: isDigit)
        guard (1...3).contains(digits.count) else { return nil }
        scalars = scalars.dropFirst(digits.count)
        guard let close = scalars.first else { return nil }
        let closers: Set<Unicode.Scalar> = open == nil ? [".", "、", ")", "）", "．"] : [")", "）"]
        guard closers.contains(close) else { return nil }
        let marker = (open.map { String($0) } ?? "") + String(String.UnicodeScalarView(digits)) + String(close)
        return marker.utf8.count
    }

    /// — – － • · ・ ‐ −: what a Chinese keyboard, Word's autocorrect or a pasted list gives
    /// for a hyphen.
    private static let bullets = ["\u{2014}", "\u{2013}", "\u{FF0D}", "\u{2022}", "\u{00B7}", "\u{30FB}", "\u{2010}", "\u{2212}"].map { Array($0.utf8) }

    /// `id` or `item` followed by a colon at `i`: what a list entry of items, updates, units or
    /// departments starts with.
    /// For a comment line `#  - id: B` (the `#` at `hash`, on line `n`): its entry's first key,
    /// and the column its dash belongs at, when the lines below it are its fields left
    /// uncommented: lines further in than a dash, down to the next entry or a line further out,
    /// one of whose keys the entry above already has (else they could be the entry above's own).
    private static func commentedEntry(after n: Int, hash: Int, in text: [UInt8], lines: [Range<Int>]) -> (String, Int)? {
        let end = lines[n].upperBound
        var dash = hash + 1
        while dash < end, text[dash] == space { dash += 1 }
        guard dash + 1 < end, text[dash] == UInt8(ascii: "-"), text[dash + 1] == space else { return nil }
        var keyAt = dash + 1
        while keyAt < end, text[keyAt] == space { keyAt += 1 }
        guard let key = entryStart(text, at: keyAt, end: end) else { return nil }
        /// The key a line starts with, past its indentation, and that indentation.
        func field(_ range: Range<Int>) -> (key: String, column: Int, dash: Bool)? {
            guard let first = text[range].firstIndex(where: { $0 != space }), text[first] != UInt8(ascii: "#") else { return nil }
            let (keyStart, listed) = pastListMarkers(text, from: first, end: range.upperBound)
            guard let k = colon(afterKeyAt: keyStart, in: text, end: range.upperBound) else { return nil }
            return (String(decoding: text[keyStart..<k], as: UTF8.self), keyStart - range.lowerBound, listed)
        }
        // The fields below, at one column, down to the next entry or a line further out.
        var below: Set<String> = [], column: Int? = nil
        for range in lines[(n + 1)...] {
            guard let f = field(range) else {
                if text[range].contains(where: { $0 != space && $0 != UInt8(ascii: "#") }) { break }
                continue
            }
            if f.dash || (column.map { f.column != $0 } ?? false) { break }
            column = f.column
            below.insert(f.key)
        }
        guard let fields = column, fields >= keyAt - dash else { return nil }
        // The entry above: its fields at that column, up to its dash.
        var above: Set<String> = []
        for range in lines[..<n].reversed() {
            guard let f = field(range) else { continue }
            guard f.column == fields else { break }
            above.insert(f.key)
            if f.dash { break }
        }
        guard !above.isDisjoint(with: below) else { return nil }
        return (key, fields - (keyAt - dash))
    }

    private static func entryStart(_ text: [UInt8], at i: Int, end: Int) -> String? {
        for key in ["id", "item"] where text[i..<end].starts(with: key.utf8) {
            let k = i + key.utf8.count
            if k < end, text[k] == UInt8(ascii: ":") { return key }
        }
        return nil
    }

    /// Whether a value follows the colon at `colon` and ends on its line — plain, or a list,
    /// mapping or quoted text closed there — so that nothing can be nested under the field.
    /// Fields whose text runs on, in a sentence or more, and may be broken by Enter.
    static let textRunsOn: Set<String> = ["title", "decision", "note", "venue", "raised_by", "host"]

    /// Whether the next line with something on it is a field (`key:`, `- key:`), or there is
    /// none; lines of text without a colon between (a value broken over three lines) are passed.
    private static func fieldOrNothing(after n: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        guard let (index, first, range) = nextLine(after: n, in: text, lines: lines) else { return true }
        if text[first] != UInt8(ascii: "-"), !text[first..<range.upperBound].contains(UInt8(ascii: ":")),
           !containsFullWidthColon(text, first, range.upperBound), text[first..<range.upperBound].contains(where: { $0 >= 0x80 }) {
            return fieldOrNothing(after: index, in: text, lines: lines)
        }
        var k = first
        if text[k] == UInt8(ascii: "-") { k += 1; while k < range.upperBound, text[k] == space { k += 1 } }
        let keyStart = k
        while k < range.upperBound, isKeyByte(text[k]) { k += 1 }
        return k > keyStart && k < range.upperBound && (text[k] == UInt8(ascii: ":") || text[k...].starts(with: fullWidthColon))
    }

    private static func containsFullWidthColon(_ text: [UInt8], _ from: Int, _ end: Int) -> Bool {
        var k = from
        while k + fullWidthColon.count <= end {
            if text[k...].starts(with: fullWidthColon) { return true }
            k += 1
        }
        return false
    }

    /// Whether the last line with a field before line `n` gives it a plain value on that line
    /// (not quoted, nor a list or a block, which go on by rules of their own).
    private static func plainValue(onLineBefore n: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        for range in lines[..<n].reversed() {
            guard let first = text[range].firstIndex(where: { $0 != space }) else { continue }
            if text[first] == UInt8(ascii: "#") { continue }
            guard let colon = text[first..<range.upperBound].firstIndex(of: UInt8(ascii: ":")) else {
                // A value's earlier broken-off line: the field is further up.
                if text[first] != UInt8(ascii: "-"), text[first..<range.upperBound].contains(where: { $0 >= 0x80 }) { continue }
                return false
            }
            var v = colon + 1
            while v < range.upperBound, text[v] == space { v += 1 }
            return v < range.upperBound && !blockOpeners.contains(text[v]) && !"&*!".utf8.contains(text[v])
        }
        return false
    }

    private static func holdsValue(_ text: [UInt8], colon: Int, end: Int) -> Bool {
        var v = text[colon...].starts(with: fullWidthColon) ? colon + fullWidthColon.count : colon + 1
        while v < end, text[v] == space { v += 1 }
        guard v < end else { return false }
        guard blockOpeners.contains(text[v]) else { return true }
        var last = end - 1
        while last > v, text[last] == space || text[last] == tab { last -= 1 }
        let closer: UInt8? = switch text[v] {
        case UInt8(ascii: "["): UInt8(ascii: "]")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        case UInt8(ascii: "\""), UInt8(ascii: "'"): text[v]
        default: nil
        }
        return last > v && text[last] == closer
    }

    /// Where a line's key would start after any list markers ("- ", "- - ") at `i`, and
    /// whether there were any.
    static func pastListMarkers(_ text: [UInt8], from i: Int, end: Int) -> (keyStart: Int, listed: Bool) {
        var i = i, listed = false
        while i + 1 < end, text[i] == UInt8(ascii: "-"), text[i + 1] == space {
            i += 2
            listed = true
            while i < end, text[i] == space { i += 1 }
        }
        return (i, listed)
    }

    /// Whether, after line `n` (0-based) and any fields right after it at the same `slipped`
    /// column that hold values, the next line is a field (`key:`, not the next line of a value
    /// that goes on) whose key stands at `column`: one of the fields the slipped ones belong
    /// with, or the first field of the list's next entry (`- id:`).
    private static func siblingsGoOn(after n: Int, slipped: Int, at column: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        var m = n
        while let (index, first, range) = nextLine(after: m, in: text, lines: lines) {
            let (keyStart, listed) = pastListMarkers(text, from: first, end: range.upperBound)
            guard let k = colon(afterKeyAt: keyStart, in: text, end: range.upperBound) else { return false }
            if keyStart - range.lowerBound == column { return true }
            guard !listed, first - range.lowerBound == slipped, holdsValue(text, colon: k, end: range.upperBound) else { return false }
            m = index
        }
        return false
    }

    /// Where a '＃' after a space or tab is in `range`. Every value is looked through, so by
    /// `memchr` for its first byte (which full-width commas and brackets share).
    private static func spacedFullWidthHash(in text: [UInt8], _ range: Range<Int>) -> Int? {
        text.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return nil }
            var k = range.lowerBound
            while k < range.upperBound, let p = memchr(base + k, 0xEF, range.upperBound - k) {
                let h = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if h > range.lowerBound, h + 3 <= range.upperBound, b[h + 1] == 0xBC, b[h + 2] == 0x83,
                   b[h - 1] == space || b[h - 1] == tab { return h }
                k = h + 1
            }
            return nil
        }
    }

    /// The keys of yishi's files whose value is a mapping or a list, written on the lines
    /// under them: a value on the key's own line as well is a slip, not a field indented
    /// too far.
    static let blockKeys: Set<String> = [
        "attendance", "departments", "leaders", "items", "updates", "vote", "extra",  // minutes
        "rules", "privacy", "allow", "notice", "categories", "platforms", "formats",   // site.yml
        "children",                                                                     // units.yml
    ]

    /// Whether the line after line `n` (0-based) is a field or a list entry nested under a key
    /// at `keyColumn`: further in, or a `- ` entry at the key's own column.
    private static func nestedEntries(after n: Int, keyColumn: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        guard let (_, first, range) = nextLine(after: n, in: text, lines: lines) else { return false }
        let (keyStart, listed) = pastListMarkers(text, from: first, end: range.upperBound)
        let column = first - range.lowerBound
        guard column > keyColumn || (listed && column == keyColumn) else { return false }
        return listed || colon(afterKeyAt: keyStart, in: text, end: range.upperBound) != nil
    }

    /// The colon (half- or full-width) after a key starting at `keyStart`, if the line has
    /// one there: whether it is a `key:` line.
    static func colon(afterKeyAt keyStart: Int, in text: [UInt8], end: Int) -> Int? {
        var k = keyStart
        while k < end, isKeyByte(text[k]) { k += 1 }
        guard k > keyStart, k < end, text[k] == UInt8(ascii: ":") || text[k...].starts(with: fullWidthColon) else { return nil }
        return k
    }

    /// The column the fields of a list's first entry stand at, when its dash on line `n` (0-based,
    /// at column `dash`) is what slipped: the next line is a field further in than the entry's
    /// own first key (or one short of it, the dash pushed in), and so is every line of the entry after it — at least two fields in all —
    /// up to the next entry, whose dash stands two left of them, or the end of the list. One
    /// field pushed in among fields in line with the dash's (`      title:` between `  - id:` and
    /// `    kind:`) is that field's slip, named where it stands.
    private static func fieldsOfFirstEntry(after n: Int, dash: Int, in text: [UInt8], lines: [Range<Int>]) -> Int? {
        var fieldColumn: Int? = nil
        var fields = 0
        for index in (n + 1)..<lines.count {
            let range = lines[index]
            guard let first = text[range].firstIndex(where: { $0 != space }), text[first] != UInt8(ascii: "#") else { continue }
            let column = first - range.lowerBound
            if column <= dash { break }
            if text[first] == UInt8(ascii: "-") {
                guard let f = fieldColumn, column == f - 2 else { return nil }
                break
            }
            guard let f = fieldColumn else {
                // A field (`title: …`), not a value going on (`https://…`), where YAML cannot
                // read it as the entry's.
                guard column > dash + 2 || column == dash + 1, let c = colon(afterKeyAt: first, in: text, end: range.upperBound),
                      c + 1 >= range.upperBound || text[c + 1] == space || text[c] != UInt8(ascii: ":") else { return nil }
                fieldColumn = column
                fields = 1
                continue
            }
            if column < f { return nil }
            if column == f { fields += 1 }
        }
        guard let fieldColumn, fields >= 2 else { return nil }
        return fieldColumn
    }

    /// The next line after line `n` (0-based) that holds more than spaces or a comment: its
    /// number, its range and the offset of its first character.
    private static func nextLine(after n: Int, in text: [UInt8], lines: [Range<Int>]) -> (index: Int, first: Int, range: Range<Int>)? {
        for index in (n + 1)..<lines.count {
            let range = lines[index]
            guard let first = text[range].firstIndex(where: { $0 != space }) else { continue }
            if text[first] != UInt8(ascii: "#") { return (index, first, range) }
        }
        return nil
    }

    /// Whether the lines after line `n` (0-based) hold fields nested under it: then a comment
    /// after its colon is a comment on the block, not a value cut short.
    private static func holdsBlock(after n: Int, indent: Int, in text: [UInt8], lines: [Range<Int>]) -> Bool {
        guard let (_, first, range) = nextLine(after: n, in: text, lines: lines) else { return false }
        let lineIndent = first - range.lowerBound
        return lineIndent > indent || (lineIndent == indent && text[first] == UInt8(ascii: "-"))
    }

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    private static let fullWidthColon = Array("：".utf8)

    /// Where the value starts after a key followed by spaces (half- or full-width) and no
    /// colon: nil unless spaces are there and a value after them, not a comment.
    private static func gapBeforeValue(_ text: [UInt8], at i: Int, end: Int) -> Int? {
        var k = i
        while k < end {
            if text[k] == space || text[k] == tab { k += 1 } else if text[k...].starts(with: ideographicSpace) { k += ideographicSpace.count } else { break }
        }
        guard k > i, k < end, text[k] != UInt8(ascii: "#"), text[k] != UInt8(ascii: "\r") else { return nil }
        return k
    }
    private static let fullWidthComma = Array("，".utf8)

    /// The bytes of `range` with each '，' written ','.
    private static func halfWidthCommas(_ text: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            if text[k..<range.upperBound].starts(with: fullWidthComma) { out.append(UInt8(ascii: ",")); k += fullWidthComma.count } else { out.append(text[k]); k += 1 }
        }
        return out
    }
    private static let fullWidthBracketPairs = [("【", "】"), ("［", "］"), ("〔", "〕")].map { (open: Array($0.0.utf8), close: Array($0.1.utf8)) }
    /// A meeting's own fields written as lists (`[a, b]`), at the margin.
    static let listKeys: Set<String> = ["departments", "leaders", "aliases"]
    private static let fullWidthHash = Array("＃".utf8)
    static let ideographicSpace = Array("\u{3000}".utf8)
    static let noBreakSpace = Array("\u{00A0}".utf8)
    private static let zeroWidthSpace = Array("\u{200B}".utf8)
    /// What may begin a value that goes on over the next lines (or a comment, which holds none).
    private static let blockOpeners: [UInt8] = Array("#|>[{\"'".utf8)

    static func isKeyByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }

    static func isContinuation(_ c: UInt8) -> Bool { c & 0xC0 == 0x80 }

    /// The 1-based column, in Unicode scalars as libyaml counts, of the byte at `offset`.
    static func column(of offset: Int, lineStart: Int, in text: [UInt8]) -> Int {
        text[lineStart..<offset].reduce(1) { $0 + (isContinuation($1) ? 0 : 1) }
    }

    /// Where a value ends once trailing spaces, tabs and a carriage return are left off.
    static func valueEnd(_ text: [UInt8], from value: Int, to end: Int) -> Int {
        var last = end
        while last > value, text[last - 1] == space || text[last - 1] == tab || text[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        return last
    }

    private static func firstIndex(of needle: [UInt8], in text: [UInt8], _ range: Range<Int>) -> Int? {
        var k = range.lowerBound
        while k < range.upperBound {
            if text[k] == needle[0], text[k...].starts(with: needle) { return k }
            k += 1
        }
        return nil
    }
}
