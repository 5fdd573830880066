/// What a diagnostic says, as a value; `text(in:)` words it for a secretary.
///
/// Each case carries what the message needs to name the fix: the key, the value, what
/// was expected, and a suggestion when one is close.
public enum Message: Sendable, Hashable {
    /// What the text below a file's front matter is, for the messages that name it: a
    /// secretary who wrote an update file has written no minutes.
    public enum Body: Sendable, Hashable {
        /// A meeting's minutes.
        case minutes
        /// An update file's short text.
        case update
    }

    // Files
    case unreadableFile(reason: String)
    case invalidUTF8(byteOffset: Int)
    /// Notepad's "Unicode": UTF-16 with its byte-order mark.
    case savedAsUTF16
    case noPermission
    /// A file without `id:` whose name cannot be an id (`龙江村11月.md`).
    /// `suggested`: the id the file's own date and unit make (2025-05-06-tenghai), when they can.
    case fileNameNotAnID(name: String, suggested: String?, update: Bool = false)
    /// The name a copy of `original`.md gets (`X - 副本`, `X(1)`): a spare copy, or a new
    /// meeting begun from a copy and not yet renamed.
    case fileNameOfACopy(name: String, original: String, suggested: String?)
    case fileTooLarge(bytes: Int, limit: Int)
    case missingFrontMatter
    /// A file with nothing in it, or only blank lines.
    case emptyFile
    /// The opening fence typed with other dashes (`——`, `－－－`): a Chinese keyboard's.
    case fenceMistyped(written: String)
    /// The opening `---` below blank lines: it must be the file's first line.
    case fenceBelowBlankLines(count: Int)
    case unclosedFrontMatter
    /// No closing `---`: the front matter runs on into the body, which begins here.
    case frontMatterRunsIntoBody(in: Body)
    /// A second front matter in a file's body: another meeting or update pasted below.
    case secondFrontMatter(in: Body)
    /// `![现场](照片.jpg)` in the body: a picture from a file, which the site does not publish.
    case localImage(file: String, count: Int, in: Body)
    /// A `---` among the fields: the front matter ends there, and the fields below it up to the
    /// real closing `---` (on `closing`, a file line) would be published as the body.
    /// `closing`: the body's own `---`, where the block ends; nil when fields follow the closing line.
    case strayFence(field: String, closing: Int?, in: Body)
    /// HTML tags in the body, which the site leaves out: the first as written, and how many.
    case rawHTML(tag: String, count: Int, in: Body)
    /// A paragraph begun by a block-level tag: left out with its words (RawHTML.HiddenBlock).
    case htmlBlockHidesWords(tag: String, words: String, in: Body)
    /// `---` then `---`: what such a file needs at the least.
    case emptyFrontMatter(needs: [String])
    case unknownFileKind(folder: String)
    case notMarkdown(name: String)
    /// A `.txt` file holding front matter: minutes saved by Notepad, with the name to give it.
    case minutesSavedAsText(name: String, rename: String)
    /// A Word or WPS file in meetings/ named as a meeting's minutes (`2026-11-21-nantian.docx`)
    /// with no .md of that name beside it: that meeting is missing from the site and figures.
    case minutesInWordFile(name: String, rename: String)
    case namelessFile
    case missingFile(name: String)
    /// `departments.yaml`, `units.yml.txt`: a settings file under a name that is not read.
    case settingsFileMisnamed(name: String, expected: String)
    /// No departments.yml, and `count` places name a department or an owner that no list
    /// holds: the first is `first`, at `at`.
    case departmentsFileMissing(count: Int, first: String, at: String, why: NoList)
    /// Why a list of ids holds none: its file is missing, or empty.
    public enum NoList: Sendable, Equatable { case missing, empty }
    case symlinkOutside(target: String)
    /// A meeting page the last build published and this one would not: its address is on the
    /// printed notice's QR code. `renamedTo`: the one new minutes file of that date and unit.
    case publishedPageGone(alias: String, renamedTo: String?)
    /// A symbolic link to a file that is not there, or round to itself.
    case symlinkToNothing(target: String)
    /// A folder of content/ that could not be opened: nil for no permission, else the system's reason.
    case unreadableFolder(reason: String?)
    case unknownDeclaredKind(String)

    // YAML syntax and the slips secretaries make
    case yamlSyntax(YAMLProblem)
    /// A tab in a line's indentation; `spaces`, when known, is how many spaces the line
    /// belongs at, judged from the lines around it.
    case tabIndentation(spaces: Int?)
    case fullWidthSpaceIndentation(spaces: Int?)
    /// U+00A0 in a line's indentation, pasted from a web page or Word.
    case noBreakSpaceIndentation(spaces: Int?)
    case fullWidthColon(key: String)
    case fullWidthComma
    /// A list entry begun with a dash or bullet from a Chinese keyboard or Word (`— id:`,
    /// `• id:`) instead of `- `.
    case listMarkerNotHyphen(written: String)
    /// A list entry numbered as in Word (`1. id:`, `1、id:`, `(1) id:`, `①id:`) instead of begun
    /// with `- `. `spaces`: where the number stands short of the entries' dashes (at the margin),
    /// the spaces to put before the '-'.
    case numberedListEntry(written: String, spaces: Int? = nil)
    /// A list written in full-width brackets: `departments: 【zhujian】`.
    case fullWidthBrackets(key: String, open: String, close: String)
    /// `departments: [zhujian` with the next field on the line below: the list never closes.
    /// `after`: the list's last entry as written, where the closer goes.
    case bracketNotClosed(key: String, open: String, after: String, close: String)
    /// A comment line begun with the full-width '＃'.
    case fullWidthHashComment
    /// ' ＃' inside a value: meant as a comment, published as part of the value.
    case fullWidthHashInValue(key: String)
    case missingSpaceAfterColon(key: String)
    /// `owner laojie`: a field's name and its value with no colon between them.
    case missingColon(key: String, fixed: String)
    /// `#due: 2026-12-26`: a field left behind the '#' that makes its line a comment.
    case fieldCommentedOut(key: String)
    case commentCutsValue(key: String?, dropped: String, whole: String)
    case quoteNotClosed(key: String)
    case textAfterQuotes(key: String, fixed: String)
    case valueStartsWithIndicator(key: String, indicator: String, fixed: String)
    /// `owner: ?`: a question mark alone, meant as "not known yet".
    case questionMarkForValue(key: String)
    case backslashInDoubleQuotes(key: String, fixed: String)
    /// A character that is not text (`code` as U+XXXX), most often carried in by pasting from
    /// a word processor or a web page.
    case controlCharacter(code: String)
    case fullWidthSpaceAfterColon(key: String)
    /// U+00A0 after a colon, pasted from a web page or Word: YAML does not take it for a space.
    case noBreakSpaceAfterColon(key: String)
    /// A zero-width space or word joiner (`code` as U+XXXX): invisible, yet it makes 'dongcun'
    /// another id and splits a title for search. Taken out, with a warning.
    case invisibleCharacter(code: String)
    case indentedMoreThanAbove(key: String, spaces: Int)
    /// `  total: 17` and the counts under it, indented, with the `attendance:` line above them
    /// deleted: one slip for the lot, read as meant.
    case missingParentLine(parent: String, key: String)
    /// `total: 17` at the column of the `attendance:` above it, the counts after it indented.
    case fieldNotIndentedUnder(parent: String, key: String, spaces: Int)
    /// One field slipped left of the fields around it, to a column no open mapping has.
    case indentedLessThanAround(key: String, spaces: Int)
    /// ` updates:` after nested lines: a top-level field with spaces before it.
    case topLevelFieldIndented(key: String, spaces: Int)
    /// A line without a colon after `key: value`: the value's rest, broken off by Enter.
    case valueBrokenOverLines(key: String)
    /// `- id:` with a title under `updates:`: a new matter where progress on old ones goes.
    case itemUnderUpdates(id: String, inMeeting: Bool)
    /// `[shuiwu zhujian]`, `[区委书记 镇长]`: entries apart by a space, not a comma.
    case entriesJoinedBySpace(key: String, entry: String, parts: [String])
    /// `镇党委副书记、镇长` in `leaders`: one person's posts, or two leaders?
    case postsJoined(entry: String, parts: [String])
    /// `-id: x`: the space after a list entry's dash left out.
    case missingSpaceAfterDash(key: String)
    case duplicateKey(key: String)
    /// A list entry's first field (or its `id`) again inside the entry: the next entry, its
    /// `- ` left out. Read as that entry.
    case missingEntryDash(key: String)
    /// A list entry's dash `spaces` left of the entries above it, its fields in line with theirs.
    case entryDashShort(spaces: Int)
    /// A list's first entry's dash `spaces` left of where its own fields, on the lines below
    /// it, and the entries after it put it (`- id:` at the margin, `    title:` under it).
    case firstEntryDashShort(spaces: Int)
    /// A list entry's dash `spaces` right of where the entries around it and its own fields put
    /// it (`   - id:` over `    title:`, the entries above at `  - `).
    case entryDashLong(spaces: Int)
    /// `attendance: 38` with its fields under it too: a key holds a value or the lines under it.
    case valueBeforeNestedLines(key: String, value: String)
    case anchorsNotAllowed
    case nestingTooDeep(limit: Int)
    case unknownKey(key: String, context: FieldContext, suggestion: String?)
    /// `private: true` on a meeting, `保密: 是` on an item: what to write to withhold it.
    case withholdingKey(key: String, context: FieldContext, publishes: Publishing)
    /// A meeting's `updates:` entry on an item the same meeting raises.
    case updateOnOwnItem(item: String)

    // Values
    case missingField(key: String)
    case expectedMapping(key: String)
    /// `vote: 赞成28票，反对1票` or `attendance: 20人`: counts written as a sentence. `meant` is
    /// the fields the sentence gives (`read`), or an example when it gives none plainly.
    case countsAsText(key: String, meant: String, read: Bool)
    case expectedList(key: String)
    case expectedText(key: String)
    case emptyValue(key: String)
    /// A `due` or `publicized` date years after the meeting or update it is written in.
    case farAhead(key: String, date: Day, from: Day)
    case placeholderLeft(key: String, value: String)
    case baseURLWithoutScheme(value: String)
    case fileNameDateDiffers(named: Day, date: Day)
    /// The same for an update file: its progress counts on its `date`, not the file's name.
    case updateFileNameDateDiffers(named: Day, date: Day)
    /// An update file of one unit on an item raised by an unrelated unit, owned by neither.
    case updateFromUnrelatedUnit(item: String, fileUnit: String, itemUnit: String, by: UnitSource)
    /// How an update file says whose it is: by its `unit:`, or by its name.
    public enum UnitSource: Sendable, Equatable { case field, fileName }
    /// A meeting file raising exactly the items another one raises: a copy under a name of its own.
    case sameItemsAsMeeting(other: String)
    /// A meeting file with no items whose unit, date, time, title, attendance and minutes are another's:
    /// the same minutes saved twice under two names, which would count as two meetings.
    case sameMinutesAsMeeting(other: String)
    /// Said after the list, not at a place: `count` of the errors are one id missing from its list.
    case unknownIDRepeated(kind: IDKind, id: String, count: Int)
    /// A file dated in one year, saved in another year's folder.
    case yearFolderDiffers(folder: String, year: Int)
    /// A meeting file named for one unit whose `unit:` is another.
    case fileNameUnitDiffers(named: String, unit: String)
    case unknownTimezone(value: String)
    /// An abbreviation (CST) that names several zones: Foundation reads CST as US Central.
    case ambiguousTimezone(value: String)
    case invalidDate(key: String, value: String, suggestion: String?)
    case nonexistentDate(key: String, value: String)
    /// `suggestion`: the number it plainly means (`3万`: 30000), if any.
    case invalidNumber(key: String, value: String, suggestion: String?)
    /// More than twelve digits: no count of people or yuan a meeting records.
    case numberTooLarge(key: String, value: String)
    case negativeNumber(key: String, value: String)
    /// `cadence_days: 0`, `-1` or a full-width `０`: a setting that must be above 0; `fallback`
    /// is its default.
    case settingBelowOne(key: String, value: String, fallback: Int)
    case invalidBoolean(key: String, value: String)
    case invalidTime(value: String)
    /// `21:00-19:30`: a meeting that ends before it starts.
    /// `example`: the span as meant on a twelve-hour clock (`13:00-15:00`), if it can be.
    case timeEndsBeforeStart(start: String, end: String, example: String?)
    /// A unit with `below` units under it, none of which met, holding `meetings` itself.
    case meetingsAboveQuietUnits(unit: String, meetings: Int, below: Int)
    /// A unit written under one of the same `level:` (a 村 under a 村).
    case unitUnderItsLevel(unit: String, parent: String, level: String)
    /// `accepted`: each value with its Chinese spellings after it (`["resolved", "已办结", …]`).
    case unknownWord(key: String, value: String, accepted: [[String]], suggestion: String?)
    case invalidID(value: String)
    case idTooLong(value: String, limit: Int)
    /// `mark`: the separator written, `，`, `、` or `；` (or `;`).
    case fullWidthCommaInList(key: String, mark: String)
    case notInSiteList(key: String, value: String, suggestion: String?)

    // Across files
    case duplicateID(kind: IDKind, id: String, first: SourceLocation)
    case caseCollision(kind: IDKind, id: String, other: String, first: SourceLocation)
    /// An id typed with the input method in full-width mode (`ｎａｎｔｉａｎ`, `NT－2026－018`):
    /// it looks like the id it means, which a suggestion alone would only repeat.
    case fullWidthInID(kind: IDKind, id: String, meant: String, marks: String)
    case unknownReference(kind: IDKind, id: String, suggestion: String?)
    case unknownItemWhileUnread(id: String, file: String)
    /// An item no meeting raises while some meeting file could not be read for its errors: it may
    /// be raised there, under an id written wrong, so no other item is suggested.
    case unknownItemSomeUnread(id: String, file: String)
    /// An update to an item no meeting raises, whose id is close to one raised twice: the
    /// second of the two is likely this one, its id copied from the line above.
    case unknownItemRaisedTwiceNearby(id: String, twice: String, file: String)
    case nameInsteadOfID(kind: IDKind, name: String, id: String)
    case noUnits
    case ambiguousOwner(id: String)
    /// An owner written as words (村委会) that are no id and close to none: what an owner is,
    /// and the meeting's own unit (id and name) where there is one.
    case ownerNotAnID(written: String, meetingUnit: String?, unitName: String?)
    case itemRaisedTwice(id: String, first: SourceLocation)
    /// `fromFileName`: neither file gives `id:`, so the two files have the same name.
    case meetingIDTwice(id: String, first: SourceLocation, fromFileName: Bool)
    /// A meeting's id that another meeting (`meeting`) lists among its former ids, at `first`.
    case idIsFormerID(id: String, meeting: String, first: SourceLocation)
    case updateBeforeRaised(item: String, date: Day, raised: Day)
    case dueBeforeDate(due: Day, date: Day)
    case statusBackToProposed(item: String, from: ItemStatus)
    /// A resolved, rejected or referred item set going again with no `note` saying why.
    case reopenedWithoutNote(item: String, from: ItemStatus, to: ItemStatus)
    /// An entry's `funds` below the figure before it, which it replaces.
    case fundsLowered(item: String, before: Int, now: Int)
    /// A resolved item set going again, with a note: most often a date or an id mistyped, or a
    /// meeting's `updates:` copied from the last one; a real reopening is rare, so it is named.
    case reopenedAfterResolved(item: String, resolvedOn: Day, to: ItemStatus)
    /// A progress entry saying word for word what an earlier one of the item said (its status
    /// and its note): copied with the last meeting's minutes.
    case entryRepeated(item: String, earlier: Day)
    case ratedWhileOpen(item: String, status: ItemStatus)
    case updateDatedAhead(date: Day, today: Day)
    /// A meeting dated ahead of today that already records what only a held meeting has
    /// (attendance, votes, an item under way or settled): most likely a date mistyped.
    case upcomingWithResults(date: Day, today: Day)
    /// A meeting held (dated today or before) with no attendance, no items, no updates and no
    /// minutes: a meeting counted on the strength of a title.
    case heldMeetingEmpty
    /// Two progress entries of one item on one day, in two update files (or two meetings),
    /// giving different statuses: which one stands depends on the files' names.
    case sameDayStatuses(item: String, date: Day, other: String, otherStatus: ItemStatus, status: ItemStatus)
    /// A second progress entry of one item in one file (an id copied and not changed): only the
    /// last one counts. `line`: the first one's.
    case itemTwiceInFile(item: String, line: Int)
    case meetingDatedFarAhead(date: Day, today: Day)
    /// A meeting dated more than a year ahead whose items have dates as early as `earlier`.
    case meetingYearMistyped(date: Day, today: Day, earlier: Day)
    case updateToDraftItem(item: String)
    /// `attendance:` written without its `total:` line, the figure the statistics count;
    /// `writtenAs` is a key there that looks like a slip for it (`totel`, `总数`).
    case attendanceTotalMissing(writtenAs: String?)
    case attendanceExceedsTotal(sum: Int, total: Int)
    /// An attendance category that is not a usual one but close to one (`party_member`): it
    /// would be counted as a category of its own.
    case attendanceCategoryNearMiss(written: String, meant: String)
    case votesExceedAttendance(votes: Int, total: Int)
    /// `vote: {}` or only unknown keys: a vote published with no count at all.
    case voteWithoutCounts
    /// `vote: {for: 0, against: 0, abstain: 0}`: the starter file's line uncommented as it was.
    case voteAllZero
    case noteExpected(status: ItemStatus)
    case deferredWithoutDue
    case ownerExpected(status: ItemStatus)
    case publicizedBeforeMeeting(publicized: Day, date: Day)
    /// units.yml: a unit's `until:` before its `since:`.
    case unitEndsBeforeItBegins(since: Day, until: Day)
    /// units.yml: `merged_into:` without `until:` saying when the unit ended.
    case mergedWithoutUntil(unit: String)
    case mergedIntoItself(unit: String)
    /// `merged_into:` naming a town or the district: a village becomes part of a village or
    /// community, which the figures then count.
    case mergedIntoNotVillage(into: Unit)
    /// `merged_into:` naming a unit that did not exist on the day after `until:` (not yet set
    /// up, or itself merged away by then).
    case mergedIntoNotThere(into: Unit, day: Day)
    /// `since:`, `until:` or `merged_into:` on a unit with units under it.
    case lifeDatesOnlyForVillages(key: String, unit: String)
    /// A meeting dated on a day its unit did not exist (`since:` and `until:` in units.yml);
    /// the name of the unit it was merged into, if known.
    /// `today`: `yishi new meeting` without `--date` took today's date, which nobody mistyped.
    case meetingOutsideUnitLife(unit: Unit, date: Day, mergedIntoName: String?, today: Bool = false)
    /// An `owner:` that is a unit not in existence on the date it was written for.
    case ownerOutsideUnitLife(unit: Unit, date: Day, mergedIntoName: String?)
    case aliasTaken(alias: String, first: SourceLocation)
    case emptyUpdate
    /// An update file whose `updates:` lists nothing: it publishes no progress.
    case noUpdatesListed
    case updateFiledAsMeeting
    case doubledLineEnds
    case meetingFiledAsUpdate
    /// An update file's entries (`- item: …`) under `items:`, a meeting's word: read as `updates:`.
    case updatesWrittenAsItems
    /// `item:`, `status:` … at the top of an update file, without `updates:` and the entry's `-`.
    /// `further`: entries after the first written the same way, which repeat its keys.
    case updateWrittenFlat(further: Int)
    /// `updates:` with `item:`, `status:` … below it at the margin, without the entry's `-`.
    case updatesNotIndented(further: Int)
    /// `# updates:` with the lines under it left as they were: they go to the field above.
    case parentCommentedOut(key: String)
    /// `#  - id: B` with the entry's other lines left: they go to the entry above.
    case entryCommentedOut(key: String)
    /// site.yml without what the printed notice shows: `base_url` (its QR code), `notice.hotline`.
    case noticeIncomplete(missing: [String])
    /// site.yml still holds `yishi init`'s example `base_url` or `notice.hotline`.
    case starterSettingsLeft(keys: [String])
    /// An update file in meetings/ with none of a meeting's own fields: read as the update it is.
    case updateFileInMeetings

    // Publication safety
    case personalData(kind: PersonalData.Kind, masked: String)
    /// An identity number with its check character wrong: a warning (PersonalData.Kind.mistypedIdentity).
    case identityNumberMistyped(masked: String)
    /// Fifteen digits shaped as a first-generation identity number: a warning (PersonalData.Kind.oldIdentity).
    case identityNumberOldForm(masked: String)
    case personalDataInFileName(kind: PersonalData.Kind, masked: String)

    // Templates
    case templateSyntax(TemplateProblem)
    case unknownPartial(name: String)
    case missingString(key: String, locale: String)

    /// What libyaml could not read, for the few cases secretaries meet.
    public enum YAMLProblem: Sendable, Hashable {
        case unexpectedColon, missingColon, badIndentation, badCharacter, unclosedQuote, unclosedBracket
        case unknownEscape, misplacedDash, missingValue
        /// A problem libyaml names that secretaries are not expected to meet, in its words.
        case other(String)

        func text(zh: Bool) -> String {
            switch (self, zh) {
            case (.unexpectedColon, false): return "a ':' where none is expected (a value that contains ': ' must be put in quotes)"
            case (.unexpectedColon, true): return "这里出现了多余的冒号 ':'（内容中含有 ': ' 时，请给整个值加上英文引号）"
            case (.missingColon, false): return "a line without 'key: value' (check this line and the one above for a missing ':' or an unclosed quote)"
            case (.missingColon, true): return "这一行不是“字段: 值”的格式（请检查这一行和上一行是否缺少冒号 ':' 或引号没有配对）"
            case (.badIndentation, false): return "this line is indented differently from the fields around it"
            case (.badIndentation, true): return "这一行的缩进与上下的字段不一致"
            case (.badCharacter, false): return "a value cannot start with this character (put the value in quotes)"
            case (.badCharacter, true): return "值不能以这个字符开头（请给这个值加上英文引号）"
            case (.unclosedQuote, false): return "a quote is opened and never closed"
            case (.unclosedQuote, true): return "引号没有配对：有开头的引号，没有结尾的引号"
            case (.unclosedBracket, false): return "a list in [ ] or { } is not closed, or its entries are not separated by ','"
            case (.unclosedBracket, true): return "方括号 [ ] 或花括号 { } 没有配对，或者各项之间没有用英文逗号 ',' 分开"
            case (.unknownEscape, false): return "in double quotes a backslash '\\' starts an escape; put a value with backslashes in single quotes instead"
            case (.unknownEscape, true): return "双引号里的反斜杠 '\\' 有特殊含义；含有反斜杠的值请改用英文单引号括起来"
            case (.misplacedDash, false): return "a list entry '- ' cannot stand here: start it on a line of its own, indented under its field"
            case (.misplacedDash, true): return "列表项 '- ' 不能写在这里：请让它另起一行，并缩进到所属字段的下面"
            case (.missingValue, false): return "a value is missing here (check for a stray ',' or an empty entry)"
            case (.missingValue, true): return "这里缺少一个值（请检查是否多了逗号，或有空的列表项）"
            case (.other(let s), false): return "\(s) (check this line and the one above against the example in the README)"
            case (.other(let s), true): return "这里的写法读不懂，请对照说明中的示例检查这一行和上一行（读取程序的原话：\(s)）"
            }
        }
    }

    /// Why a template cannot be read, in words for whoever edits the theme.
    public enum TemplateProblem: Sendable, Hashable {
        case unclosedTag
        case unclosedSection(name: String)
        case strayClose(name: String)
        case mismatchedClose(name: String, open: String, line: Int)
        case badName(String)
        case badDelimiters
        case notABlockInParent(parent: String)
        case unknownSetting(String)
        case other(String)

        func text(zh: Bool) -> String {
            func tag(_ s: String) -> String { "{{" + s + "}}" }
            switch (self, zh) {
            case (.unclosedTag, false): return "a tag opened with {{ is never closed with }}"
            case (.unclosedTag, true): return "标签以 {{ 开头，却没有以 }} 结尾"
            case (.unclosedSection(let n), false): return "\(tag("#" + n)) is never closed (add \(tag("/" + n)))"
            case (.unclosedSection(let n), true): return "\(tag("#" + n)) 没有结束标签（请补上 \(tag("/" + n))）"
            case (.strayClose(let n), false): return "\(tag("/" + n)) closes a section that was never opened"
            case (.strayClose(let n), true): return "\(tag("/" + n)) 前面没有对应的开始标签"
            case (.mismatchedClose(let n, let o, let l), false):
                return "\(tag("/" + n)) does not match \(tag("#" + o)) opened on line \(l) (close that one first with \(tag("/" + o)))"
            case (.mismatchedClose(let n, let o, let l), true):
                return "\(tag("/" + n)) 与第 \(l) 行的 \(tag("#" + o)) 不对应（请先用 \(tag("/" + o)) 结束它）"
            case (.badName(let n), false): return "'\(n)' is not a name a tag can use"
            case (.badName(let n), true): return "“\(n)”不能用作标签的名字"
            case (.badDelimiters, false): return "a delimiter change must look like {{=<% %>=}}"
            case (.badDelimiters, true): return "更换分隔符的写法应为 {{=<% %>=}}"
            case (.notABlockInParent(let p), false): return "inside \(tag("<" + p)) only \(tag("$name")) blocks may appear"
            case (.notABlockInParent(let p), true): return "\(tag("<" + p)) 里只能出现 \(tag("$名字")) 区块"
            case (.unknownSetting(let s), false): return "unknown setting '\(s)' (only CONTENT_TYPE: HTML or TEXT)"
            case (.unknownSetting(let s), true): return "不认识的设置“\(s)”（只支持 CONTENT_TYPE: HTML 或 TEXT）"
            case (.other(let s), _): return s
            }
        }
    }

    /// The block of fields a key was found in, for "unknown field … in the meeting".
    public enum FieldContext: String, Sendable, Hashable {
        case site, rules, privacy, notice, limits, unit, department, meeting, item, attendance, vote
        case updateFile, update

        /// Whether its own fields may go under an `extra:` there.
        var takesExtra: Bool { [.site, .unit, .department, .meeting, .item, .updateFile].contains(self) }

        func word(_ l: Language) -> String {
            let zh: [FieldContext: String] = [
                .site: "site.yml", .rules: "site.yml 的 rules", .privacy: "site.yml 的 privacy",
                .notice: "site.yml 的 notice", .limits: "site.yml 的 limits", .unit: "单位",
                .department: "部门", .meeting: "会议信息", .item: "议题", .attendance: "参会人次（attendance）",
                .vote: "表决（vote）", .updateFile: "进展记录", .update: "进展条目",
            ]
            let en: [FieldContext: String] = [
                .site: "site.yml", .rules: "site.yml's rules", .privacy: "site.yml's privacy",
                .notice: "site.yml's notice", .limits: "site.yml's limits", .unit: "a unit",
                .department: "a department", .meeting: "the meeting", .item: "an item",
                .attendance: "attendance", .vote: "vote", .updateFile: "the update file", .update: "an update entry",
            ]
            return (l.isChinese ? zh : en)[self] ?? rawValue
        }
    }

    /// What a field named for publishing asks: `private: false` to publish, `公开: 否` to
    /// withhold, or a value that is neither yes nor no.
    public enum Publishing: Sendable, Hashable { case publish, withhold, unclear }

    /// The kinds of thing that have ids.
    public enum IDKind: String, Sendable {
        case unit, department, owner, meeting, item, update

        func word(_ l: Language) -> String {
            switch (self, l.isChinese) {
            case (.unit, true): return "单位"
            case (.department, true): return "部门"
            case (.owner, true): return "单位或部门"
            case (.owner, false): return "unit or department"
            case (.meeting, true): return "会议"
            case (.item, true): return "议题"
            case (.update, true): return "进展记录"
            case (.unit, false): return "unit"
            case (.department, false): return "department"
            case (.meeting, false): return "meeting"
            case (.item, false): return "item"
            case (.update, false): return "update"
            }
        }

        /// The file that lists ids of this kind, as a message names it.
        func listFile(_ l: Language) -> String {
            switch self {
            case .department: return "departments.yml"
            case .unit: return "units.yml"
            default: return l.isChinese ? "departments.yml 或 units.yml" : "departments.yml or units.yml"
            }
        }
    }
}
