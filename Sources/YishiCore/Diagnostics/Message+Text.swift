extension Message {
    /// The message in words a secretary understands, with the fix where one is known.
    public func text(in language: Language) -> String {
        let zh = language.isChinese
        let s = zh ? chinese : english
        // What the secretary wrote is quoted as written: a traditional-script message that
        // quoted '东村' as '東村' would send them looking for text the file does not hold.
        var out = "", piece = String.UnicodeScalarView(), asWritten = false
        func flush() {
            out += language == .zhHant && !asWritten ? TraditionalChinese.convert(String(piece)) : String(piece)
            piece = String.UnicodeScalarView()
        }
        for c in s.unicodeScalars {
            if c == Message.written || c == Message.ours { flush(); asWritten = c == Message.written } else { piece.append(c) }
        }
        flush()
        return out
    }

    /// Around text quoted from the files, which `text(in:)` leaves unconverted and unmarked.
    private static let written: Unicode.Scalar = "\u{E000}", ours: Unicode.Scalar = "\u{E001}"

    private static func q(_ s: String) -> String { "'\(written)\(s)\(ours)'" }
    /// A name from the files, as written and without quotes.
    private static func n(_ s: String) -> String { "\(written)\(s)\(ours)" }

    /// The line as it should be written: the whole value in double quotes.
    private static func quoted(key: String?, _ value: String) -> String {
        var escaped = ""
        for c in value {
            if c == "\\" || c == "\"" { escaped.append("\\") }
            escaped.append(c)
        }
        return (key.map { "\($0): " } ?? "- ") + "\"\(written)" + escaped + "\(ours)\""
    }

    /// What a mended progress report was checked as: its first entry; the entries after it,
    /// which repeat its keys, wait until they are written as entries.
    static func checkedAsFirst(_ further: Int) -> String {
        further == 0 ? "It is checked here as that entry"
            : "Its first entry is checked here as that; the \(further) after it \(further == 1 ? "is" : "are") checked once \(further == 1 ? "it is" : "they are") written so too"
    }

    static func checkedAsFirstChinese(_ further: Int) -> String {
        further == 0 ? "这里已按这样改好检查了它" : "这里已按这样改好检查了第一条，后面的 \(further) 条要按同样的写法改好才会检查"
    }

    /// The blanks of `yishi new` in fields a file cannot do without: told to fill them in, not
    /// that an unneeded line may go (an item's title and kind are required; a meeting whose
    /// total was deleted counted 0 attendances with no word).
    static let blankToFill: Set<String> = ["title", "kind", "total", "item", "id", "date", "unit"]

    /// A size in MB with one decimal, as a file manager shows it (65.5 MB, not 68644505 bytes).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Files that hold formatted documents, not text: renaming one to .md gives a binary file.
    static func isWordProcessorFile(_ name: String) -> Bool {
        ["doc", "docx", "wps", "wpt", "dot", "dotx", "pdf", "odt", "rtf", "pages"].contains(nameExtension(name))
    }

    /// Photos and scans: no renaming makes them minutes.
    static func isPicture(_ name: String) -> Bool {
        ["jpg", "jpeg", "png", "gif", "heic", "heif", "webp", "bmp", "tif", "tiff"].contains(nameExtension(name))
    }

    /// A settings file's copy or backup (`site.yml.bak`, `units (1).yml`): renamed to .md it
    /// would be read as minutes.
    static func isSettingsLike(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains(".yml") || lower.contains(".yaml")
    }

    /// What follows a name's last dot, in lower case; "" for a name without one.
    private static func nameExtension(_ name: String) -> String {
        name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
    }

    private static func list(_ xs: [String]) -> String { xs.map { q($0) }.joined(separator: ", ") }

    private static func mean(_ s: String?, zh: Bool) -> String {
        guard let s else { return "" }
        return zh ? "（是不是 \(q(s))？）" : " (did you mean \(q(s))?)"
    }

    /// The fix for a line indented with odd characters: how many ordinary spaces to type in
    /// their place, when the lines around it say.
    private static func retype(_ what: String, _ spaces: Int?, zh: Bool, halfWidth: Bool = false) -> String {
        if zh {
            let retype = halfWidth ? "切换到半角后" : "再用键盘"
            guard let spaces else { return "请删掉\(what)，\(retype)重新输入空格" }
            if spaces == 0 { return "请删掉\(what)：这一行和上下行一样，应该顶格写" }
            return "请删掉\(what)，\(retype)输入 \(spaces) 个空格，和上下行对齐"
        }
        guard let spaces else { return "delete \(what) and indent with ordinary spaces" }
        if spaces == 0 { return "delete \(what): this line starts at the margin, like the lines around it" }
        return "replace \(what) with \(spaces) ordinary space\(spaces == 1 ? "" : "s"), in line with the lines around it"
    }

    private var english: String {
        let q = Message.q, n = Message.n
        switch self {
        case .unreadableFile(let reason): return "cannot read this file: \(reason)"
        case .savedAsUTF16:
            return "this file was saved as UTF-16 (Notepad's \"Unicode\"), not UTF-8. Save it again as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8)"
        case .noPermission:
            return "no permission to read this file: it belongs to another user or is set unreadable; ask whoever manages the computer to let you read it (chmod a+r)"
        case .fileNameNotAnID(let name, let suggested, let update):
            let id = suggested ?? "2026-05-18-longjiang"
            let rename = suggested.map { "Rename the file to \($0).md" } ?? "Rename the file (like 2026-05-18-longjiang.md)"
            return "the file name \(q(name)) is used as \(update ? "the update's id, in the open data" : "the meeting's id, in its web address"), and an id may only have letters, digits, '.', '_' and '-', starting with a letter or digit. \(rename), or write 'id: \(id)' in its front matter"
        case .fileNameOfACopy(let name, let original, let suggested):
            let other = suggested.flatMap { $0 == original ? nil : " (\($0).md, by its date and unit)" } ?? ""
            return "the file name \(q(name)) is the name a file gets when it is copied. If \(original).md is still there, this is a spare copy: delete it. If this one holds another meeting, rename it after that meeting's date and unit\(other)"
        case .invalidUTF8(let offset):
            return "this file is not UTF-8 text (the byte at offset \(offset) is not UTF-8): it was probably saved as GBK or ANSI. Save it again as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8)"
        case .fileTooLarge(let bytes, let limit):
            return "this file is \(Message.megabytes(bytes)) MB, more than the limit of \(Message.megabytes(limit)) MB; split it or raise limits.max_file_size (in bytes) in site.yml"
        case .missingFrontMatter:
            return "the file must start with a front matter block: a line '---', the fields, and another '---' (yishi new meeting writes a file with them to fill in; the minutes go below)"
        case .emptyFile:
            return "this file is empty: perhaps it was not saved. Write the meeting into it (yishi new meeting writes one to fill in), or delete it"
        case .fenceMistyped(let written):
            return "the front matter's fence is written \(q(written)): it must be three ASCII hyphens, '---' (type them with the keyboard in English mode), here and on the line that closes the block"
        case .fenceBelowBlankLines(let count):
            return "the front matter's '---' must be the file's very first line: delete the \(count == 1 ? "blank line" : "\(count) blank lines") above it"
        case .unclosedFrontMatter:
            return "the front matter is not closed: add a line '---' after the last field"
        case .htmlBlockHidesWords(let tag, let words, let body):
            return "this paragraph of \(body.en) begins with the HTML tag \(q(tag)), so the site leaves out all of it, up to the next blank line, words and all: \(q(words)) would not be published. Delete the tags and keep the words (a table can be written as a Markdown table, with | between the cells)"
        case .rawHTML(let tag, let count, let body):
            let more = count > 1 ? ", and \(count - 1) more" : ""
            return "\(body.en) \(body == .minutes ? "hold" : "holds") HTML tags (\(q(tag)) here\(more)), which the site leaves out: the colour, line break or layout they stand for will not appear. Delete them; write bold as **text**, and leave a blank line to begin a new paragraph"
        case .localImage(let file, let count, let body):
            let more = count > 1 ? " (and \(count - 1) more)" : ""
            return "\(body.en) \(body == .minutes ? "show" : "shows") the picture \(q(file))\(more), but the site publishes only the text, not pictures from your files, so the page would show a broken picture. Delete the picture's ![…](…), or link a picture already on the web by its full address (https://…)"
        case .secondFrontMatter(let body):
            return "a second block of fields begins here, below \(body.en): one file holds one meeting or one update, so this one would not be counted but shown as part of \(body == .minutes ? "these minutes" : "this update's text"). Cut it, with the text under it, into a file of its own"
        case .frontMatterRunsIntoBody(let body):
            return "the front matter (the fields between the two '---' lines at the top) is not closed, and \(body.en) \(body == .minutes ? "seem" : "seems") to begin here: add a line '---' above this line, after the last field"
        case .strayFence(let field, nil, let body):
            return "this '---' ends the front matter too early: \(q(field + ":")) below it is still a field, and it and the lines with it would be shown as \(body.enShown) instead of counted. Move this '---' down, below the last field and above \(body.en)"
        case .strayFence(let field, let closing?, let body):
            return "this '---' ends the front matter too early: \(q(field + ":")) below it is still a field, and the block only ends on line \(closing). Delete this line, or everything down to line \(closing) is left out of the record and shown as \(body.enShown)"
        case .emptyFrontMatter(let needs):
            return "the front matter is empty: write at least \(Message.list(needs)) between the two '---' lines"
        case .unknownFileKind(let folder):
            return "cannot tell what kind of file this is in \(q(folder)): put meetings in content/meetings/, updates in content/updates/, or add 'kind: meeting' or 'kind: update'"
        case .notMarkdown(let name) where Message.isWordProcessorFile(name):
            return "\(q(name)) is a word-processor file and is not read: renaming it would not make it text. Open it, copy the minutes, paste them into a new .md file, and move this one out of content/"
        case .notMarkdown(let name) where Message.isPicture(name):
            return "\(q(name)) is a picture, and pictures in content/ are neither read nor published; move it out of content/"
        case .notMarkdown(let name) where Message.isSettingsLike(name):
            return "\(q(name)) is not read: the settings are read only from content/site.yml, units.yml and departments.yml. If it is a copy or a backup, move it out of content/"
        case .notMarkdown(let name):
            return "\(q(name)) is not a Markdown file (.md) and is not read; rename it to .md or move it out of content/"
        case .minutesInWordFile(let name, let rename):
            return "\(q(name)) is named as a meeting's minutes but is a Word or WPS file, which is not read: that meeting is not published or counted. Open it, copy the minutes into a new file \(q(rename)) (yishi new meeting writes one ready to fill in), and move this one out of content/"
        case .minutesSavedAsText(let name, let rename):
            return "\(q(name)) holds minutes but is saved as a text file (.txt), so it is not read and its meeting is not published: rename it to \(q(rename)) (in Notepad's Save As, choose 'All files' as the type)"
        case .namelessFile:
            return "this file is named only '.md', so it is hidden and not read; name it after the meeting's date and unit, like 2026-05-18-longjiang.md"
        case .missingFile(let name): return "\(name) is missing"
        case .settingsFileMisnamed(let name, let expected):
            return "this looks like \(expected) saved as \(q(name)), and under that name it is not read: rename it to \(q(expected))"
                + (name.lowercased().hasSuffix(".txt") ? " (in Notepad's Save As, choose 'All files' as the type)" : "")
        case .departmentsFileMissing(let count, let first, let at, let why):
            return "content/departments.yml \(why == .missing ? "is missing" : "lists no department"), so \(count == 1 ? "1 place names" : "\(count) places name") a department or owner that cannot be found; the first is \(q(first)), at \(at). List the departments in content/departments.yml, each as '- id: …' with 'name: …' below it; if the file was moved or renamed, put it back"
        case .publishedPageGone(let alias, let renamedTo):
            let file = renamedTo.map { "the minutes now in \($0)" } ?? "the meeting's minutes under their new name"
            return "this page, published by the last build, is not in this one, and the QR code on a printed notice may point to it. If its minutes file was renamed, write 'aliases: [\(alias)]' in \(file): the old address then leads to the meeting. If the meeting was removed on purpose, nothing is needed"
        case .symlinkOutside(let target):
            return "this symbolic link points outside content/ (to \(q(target))) and is not followed"
        case .symlinkToNothing(let target):
            return "this symbolic link points to \(q(target)), which does not exist (or leads back round to the link): there is nothing to read. Delete the link, or put the file itself here"
        case .unreadableFolder(let reason?):
            return "cannot open this folder (\(reason)): none of the files in it were read"
        case .unreadableFolder(nil):
            return "no permission to open this folder, so none of the files in it were read: it belongs to another user or is set unreadable; ask whoever manages the computer to let you read it (chmod -R a+rX)"
        case .unknownDeclaredKind(let k):
            return "unknown kind \(q(k)): use 'meeting' or 'update'"
        case .yamlSyntax(let problem): return "the front matter cannot be read: \(problem.text(zh: false))"
        case .tabIndentation(let spaces):
            return "this line is indented with a tab; indentation must be ordinary spaces: \(Message.retype("the tabs and spaces at the start of the line", spaces, zh: false))"
        case .fullWidthSpaceIndentation(let spaces):
            return "this line is indented with a full-width space (U+3000, what the space bar types in a Chinese input method's full-width mode), which looks like an ordinary one; \(Message.retype("it", spaces, zh: false))"
        case .noBreakSpaceIndentation(let spaces):
            return "this line is indented with no-break spaces (U+00A0, which look like ordinary ones, usually pasted from a web page or Word); \(Message.retype("the spaces at the start of the line", spaces, zh: false))"
        case .fullWidthColon(let key):
            return "full-width colon '：' after \(q(key)); YAML needs a half-width colon and a space: '\(key): '"
        case .fullWidthComma:
            return "full-width comma '，' in a list; separate list entries with a half-width comma ','"
        case .listMarkerNotHyphen(let written):
            return "this list entry begins with \(q(written)); a list entry begins with a half-width hyphen and a space: replace \(q(written)) with '-'"
        case .numberedListEntry(let written, let spaces):
            return "this list entry is numbered \(q(written)); a list entry begins with a half-width hyphen and a space instead, and the site numbers the entries itself: replace \(q(written)) with '-'"
                + (spaces.map { ", with \($0) space\($0 == 1 ? "" : "s") before it, in line with the other entries' '-'" } ?? "")
        case .fullWidthBrackets(let key, let open, let close):
            return "\(q(key)) is a list written in full-width brackets \(q(open + close)); a list needs half-width ones: [a, b]"
        case .bracketNotClosed(let key, let open, let after, let close):
            return "the \(q(open)) after \(q(key)) is not closed: add \(q(close)) after \(q(after))"
        case .fullWidthHashComment:
            return "this comment starts with a full-width '＃', which YAML does not take for a comment; use a half-width '#'"
        case .fullWidthHashInValue(let key):
            return "the value of \(q(key)) has a full-width '＃' in it, which does not start a comment: the '＃' and what follows it are published as part of the value. For a comment, use a half-width '#'; if it is meant as part of the value, put the whole value in quotes"
        case .missingSpaceAfterColon(let key):
            return "missing space after the colon of \(q(key)); write '\(key): value'"
        case .fieldCommentedOut(let key):
            return "this line starts with '#', so it is a comment and \(q(key)) is not read: to fill it in, delete the '#'"
        case .missingColon(let key, let fixed):
            return "the colon after \(q(key)) is missing: write \(fixed)"
        case .commentCutsValue(let key, let dropped, let whole):
            let target = key.map { "'\($0)'" } ?? "this entry"
            return "\(q(dropped)) is not read into \(target): in YAML a '#' after a space starts a comment. To keep it, put the whole value in quotes: \(Message.quoted(key: key, whole))"
        case .quoteNotClosed(let key):
            return "the value of \(q(key)) opens a quote and does not close it on this line: add the closing quote at the end"
        case .textAfterQuotes(let key, let fixed):
            return "the value of \(q(key)) starts with a quoted part and goes on after it; YAML takes only a quoted value whole. Put the whole value in single quotes: \(fixed)"
        case .valueStartsWithIndicator(let key, let indicator, let fixed):
            return "the value of \(q(key)) cannot start with \(q(indicator)), which means something else in YAML: put the whole value in quotes: \(fixed)"
        case .questionMarkForValue(let key):
            return "the value of \(q(key)) is a lone question mark, which means something else in YAML: if it is not known yet, leave it out (delete the line or leave the value empty) and fill it in once it is decided"
        case .backslashInDoubleQuotes(let key, let fixed):
            return "the value of \(q(key)) has a backslash '\\' in double quotes, where it starts an escape; put the value in single quotes instead: \(fixed)"
        case .controlCharacter(let code):
            return "an invisible control character (\(code)) is here, usually brought in by copying from Word or a web page; delete it"
        case .fullWidthSpaceAfterColon(let key):
            return "a full-width space '　' follows the colon of \(q(key)); use an ordinary (half-width) space"
        case .noBreakSpaceAfterColon(let key):
            return "a no-break space (U+00A0, which looks like an ordinary one, usually pasted from a web page or Word) follows the colon of \(q(key)); delete the space after the colon and type it again"
        case .invisibleCharacter(let code):
            return "an invisible character (\(code), a zero-width space or the like) is here, usually pasted in from a web page or a chat; it is left out of what is published, so nothing is needed. To delete it from the file too, put the cursor here and press Delete once"
        case .fieldNotIndentedUnder(let parent, let key, let spaces):
            return "\(q(key)) belongs under \(q(parent)) on the line above, but is not indented under it: put \(spaces) space\(spaces == 1 ? "" : "s") before \(q(key)), in line with the lines below it"
        case .missingParentLine(let parent, let key):
            return "\(q(key)) and the indented lines with it belong under \(q(parent)), but the line '\(parent):' above them is missing: add it above this line, in line with the fields above, and keep these lines indented"
        case .indentedMoreThanAbove(let key, let spaces):
            return "\(q(key)) is indented \(spaces) space\(spaces == 1 ? "" : "s") more than the field above it; fields at one level line up"
        case .indentedLessThanAround(let key, let spaces):
            return "\(q(key)) is indented \(spaces) space\(spaces == 1 ? "" : "s") less than the fields above and below it; fields at one level line up"
        case .postsJoined(let entry, let parts):
            return "\(q(entry)) in 'leaders' counts as one leader holding \(parts.count) posts: if they are \(parts.count) leaders, put a half-width comma between them, [" + parts.map { n($0) }.joined(separator: ", ") + "]"
        case .entriesJoinedBySpace(let key, let entry, let parts):
            let list = "[" + parts.map { n($0) }.joined(separator: ", ") + "]"
            return key == "leaders"
                ? "\(q(entry)) in 'leaders' has a space in it and counts as one leader: if it is \(parts.count), put a half-width comma between them, \(list)"
                : "\(q(entry)) in \(q(key)) has a space where a half-width comma goes between entries: write \(list). It is checked here as written so"
        case .itemUnderUpdates(let id, let inMeeting):
            return "this entry, \(q(id)) with its title, is a new matter, but it is written under 'updates:', which report progress on matters raised before: " + (inMeeting ? "move it under 'items:', with the meeting's other matters, lined up with their '- id:'" : "a new matter goes under 'items:' in the minutes of the meeting that raised it") + ". If it was raised before and this is its progress, write '- item: \(id)' with its status and note instead, without its title"
        case .valueBrokenOverLines(let key):
            return "this line has no ':', and looks like the rest of \(q(key)) on the line above, broken off with Enter: join it to the end of that line (a value is one line). It is checked here as part of that value"
        case .topLevelFieldIndented(let key, let spaces):
            return "\(q(key)) is a top-level field, but has \(spaces) \(spaces == 1 ? "space" : "spaces") before it (perhaps left when a '#' was deleted): delete \(spaces == 1 ? "it" : "them"), so that the line starts at the margin like 'title:'"
        case .missingSpaceAfterDash(let key):
            return "a list entry's '-' needs a space after it: write '- \(key):'"
        case .duplicateKey(let key): return "\(q(key)) is given twice; keep one and delete the other"
        case .missingEntryDash(let key):
            return "this line looks like the start of the next entry, but the '- ' before it is missing: write '- \(key):' here, its '-' under the '-' of the entry above"
        case .entryDashShort(let spaces):
            return "this entry's '-' is \(spaces) space\(spaces == 1 ? "" : "s") left of the '-' of the entries above it; put \(spaces) space\(spaces == 1 ? "" : "s") before it, so that the dashes line up"
        case .firstEntryDashShort(let spaces):
            return "this entry's '-' is \(spaces) space\(spaces == 1 ? "" : "s") left of where its fields below it say it belongs; put \(spaces) space\(spaces == 1 ? "" : "s") before it"
        case .entryDashLong(let spaces):
            return "this entry's '-' is \(spaces) space\(spaces == 1 ? "" : "s") right of where its fields below it and the entries around it say it belongs; delete \(spaces) space\(spaces == 1 ? "" : "s") before it"
        case .valueBeforeNestedLines(let key, let value):
            return "\(q(key)) has \(q(value)) after its colon and indented lines under it; it can hold only one of the two, and what it holds is the lines under it: delete \(q(value)) (to keep it, write it on the right line below)"
        case .anchorsNotAllowed:
            return "YAML anchors (&) and aliases (*) are not allowed here; write each value out in full"
        case .nestingTooDeep(let limit): return "the front matter is nested more than \(limit) levels deep"
        case .unknownKey(let key, let context, let suggestion):
            let sug = suggestion.map { " (did you mean \(q($0))?)" } ?? ""
            let extra = suggestion == nil && context.takesExtra ? "; a site's own fields go under 'extra:'" : ""
            return "unknown field \(q(key)) in \(context.word(.en))\(sug)\(extra)"
        case .withholdingKey(let key, let context, .publish):
            let what = context == .item ? "an item is published unless it has 'private: true'" : "a file is published unless it has 'draft: true'"
            return "unknown field \(q(key)), which is not needed: \(what). Delete this line"
        case .withholdingKey(let key, let context, _):
            let file = context == .updateFile ? "progress report" : "meeting"
            return context == .item
                ? "unknown field \(q(key)) in an item, which would not keep it off the site: to publish this matter only as a line saying one item is withheld (it is still counted), write 'private: true'"
                : "unknown field \(q(key)) in the \(file), which would not keep it off the site: to keep the whole \(file) unpublished (and uncounted), write 'draft: true'\(context == .meeting ? "; to withhold one matter and still count it, write 'private: true' in that item under 'items:'" : "")"
        case .updateOnOwnItem(let item):
            return "this meeting raises \(q(item)) itself, under 'items:': its 'updates:' are for matters raised before. Write its status, owner and due date in the item; if another matter was meant, its id is mistyped here. As written, the matter counts as changed on the day it was raised"
        case .missingField(let key): return "required field \(q(key)) is missing"
        case .farAhead(let key, let date, let from):
            return "\(q(key)) is \(date), \(date.year - from.year) years after the date of this file (\(from)): is the year mistyped?"
        case .expectedMapping(let key): return "\(q(key)) must hold fields (key: value lines), not a single value"
        case .countsAsText(let key, let meant, true):
            return "\(q(key)) is written as one value, in which the statistics cannot tell the counts apart: write it as fields, \(q(key + ": " + meant))"
        case .countsAsText(let key, let meant, false):
            return "\(q(key)) is written as one value, in which the statistics cannot tell the counts apart: write each number after its own name, as \(q(key + ": " + meant)), with the numbers in place of '…'"
        case .expectedList(let key): return "\(q(key)) must be a list: [a, b] or lines starting with '- '"
        case .expectedText(let key): return "\(q(key)) must be a single value, not a list or a block of fields"
        case .emptyValue(let key): return "\(q(key)) is empty: write its value after the colon and a space"
        case .fileNameDateDiffers(let named, let date):
            return "the file is named for \(named) but 'date' is \(date); the meeting counts on \(date): correct whichever is wrong"
        case .updateFileNameDateDiffers(let named, let date):
            return "the file is named for \(named) but 'date' is \(date); its progress counts on \(date): correct whichever is wrong"
        case .updateFromUnrelatedUnit(let item, let fileUnit, let itemUnit, let by):
            let whose = switch by {
            case .field: "\(q(fileUnit))'s progress file ('unit')"
            case .fileName: "\(q(fileUnit))'s progress file (by its name)"
            }
            return "this is \(whose), but item \(q(item)) was raised at a meeting of \(q(itemUnit)) and is not owned by \(q(fileUnit)): is the item id mistyped? (This entry would change another unit's matter)"
        case .sameItemsAsMeeting(let other):
            return "this file raises exactly the items \(other) raises, id for id: it looks like a copy of it. If it is spare, delete it; if it is another meeting, give its items ids of their own"
        case .sameMinutesAsMeeting(let other):
            return "this file has the same unit, date, time, title, attendance and minutes as \(other): the same meeting saved twice counts as two meetings. If it is spare, delete it; if it is another meeting, give it a title or minutes of its own"
        case .unknownIDRepeated(let kind, let id, let count):
            let file = kind.listFile(.en)
            return "\(count) of these errors have one cause: \(kind.word(.en)) \(q(id)) is not in \(file). Was it deleted from \(file), or its id changed? Put it back (or its old id), and they all go"
        case .yearFolderDiffers(let folder, let year):
            return "this file is dated in \(year) but saved in \(folder): it counts by its date all the same; move it to the \(year) folder, where it will be looked for (or correct the date if its year is mistyped)"
        case .fileNameUnitDiffers(let named, let unit):
            return "the file is named for the unit \(q(named)) but 'unit' is \(q(unit)); the meeting counts for \(q(unit)): correct whichever is wrong"
        case .baseURLWithoutScheme(let value):
            return "'base_url' is \(q(value)); write the whole address, starting with https:// (the feed, the sitemap and the QR codes on printed notices use it)"
        case .unknownTimezone(let value):
            return "'timezone' is \(q(value)), which is not a time zone name; for China write 'Asia/Shanghai'"
        case .ambiguousTimezone(let value):
            return "'timezone' is \(q(value)), an abbreviation that names more than one time zone (CST is also US Central time, 14 hours behind China): write the zone's full name, for China 'Asia/Shanghai'"
        case .placeholderLeft("---", let value):
            return "the minutes below the front matter still begin with the blank \(q(value)) that 'yishi new' wrote: write the minutes there (what was said, by whom in what role, and what was decided)"
        case .placeholderLeft(let key, let value) where Message.blankToFill.contains(key):
            return "\(q(key)) still holds the blank \(q(value)) that 'yishi new' wrote: write what it asks for there (this field cannot be left out)"
        case .placeholderLeft(let key, let value):
            return "\(q(key)) still holds the blank \(q(value)) that 'yishi new' wrote: write what was said or decided, or remove the line"
        case .invalidDate(let key, let value, let suggestion):
            let sug = suggestion.map { "; write \(q($0))" } ?? ""
            return "\(q(key)) is \(q(value)), not a date: write dates as YYYY-MM-DD\(sug)"
        case .nonexistentDate(let key, let value): return "\(q(key)) is \(q(value)), a date that does not exist"
        case .invalidNumber(let key, let value, let suggestion):
            return "\(q(key)) is \(q(value)), not a whole number: write digits only, \(suggestion.map { "here \(q($0))" } ?? "like 30")"
        case .numberTooLarge(let key, let value):
            return "\(q(key)) is \(q(value)), a number of more than 12 digits: are there zeros too many?"
        case .negativeNumber(let key, let value): return "\(q(key)) is \(q(value)); it cannot be negative"
        case .settingBelowOne(let key, let value, let fallback): return "\(q(key)) is \(q(value)): write a whole number above 0, or delete the line to use the default, \(fallback)"
        case .invalidBoolean(let key, let value):
            return "\(q(key)) is \(q(value)); write true or false"
        case .invalidTime(let value):
            return "time \(q(value)) is not a time of day: write \"19:30\" or \"19:30-21:00\", in quotes"
        case .unitUnderItsLevel(let unit, let parent, let level):
            return "\(q(unit)) (\(level)) is written under \(q(parent)), also a \(level): if it is indented two spaces too far, \(q(parent)) stops counting as a village in coverage and the cadence list, and its meetings count for none. Line it up with \(q(parent))'s '- id:'"
        case .meetingsAboveQuietUnits(let unit, let meetings, let below):
            return "\(q(unit)) has \(below) unit\(below == 1 ? "" : "s") under it, none of which has met, and holds \(meetings) meeting\(meetings == 1 ? "" : "s") itself: coverage and the cadence list count only units with none under them, so these meetings make no unit count as met. If its 'children:' belong under another unit, move them there"
        case .timeEndsBeforeStart(let start, let end, let example):
            return "the meeting's end, \(end), is not after its start, \(start): write the start first, on the 24-hour clock, like \"\(example ?? "19:30-21:00")\""
        case .unknownWord(let key, let value, let accepted, let suggestion):
            let values = accepted.map { $0.count == 1 ? $0[0] : "\($0[0]) (\($0.dropFirst().joined(separator: ", ")))" }
            return "\(q(key)) is \(q(value))\(Message.mean(suggestion, zh: false)), which is not one of the accepted values: \(Message.list(values))"
        case .invalidID(let value):
            return "\(q(value)) cannot be used as an id: use letters, digits, '.', '_' and '-', starting with a letter or digit"
        case .idTooLong(let value, let limit):
            return "id \(q(String(value.prefix(20))))… is longer than \(limit) characters"
        case .fullWidthCommaInList(let key, let mark):
            return "\(q(key)) uses \(q(mark)) between entries: in [ ] write a half-width comma ',' between them, and in a list of '- ' lines put each on a line of its own. They are checked as separate entries, but nothing is published until then"
        case .notInSiteList(let key, let value, let suggestion):
            let sug = suggestion.map { " (did you mean \(q($0))?)" } ?? ""
            return "\(q(key)) \(q(value)) is not in the site's list of \(key == "category" ? "categories" : key + "s") in site.yml\(sug)"
        case .duplicateID(let kind, let id, let first):
            return "\(kind.word(.en)) id \(q(id)) is used twice (first at \(first))"
        case .caseCollision(let kind, let id, let other, let first):
            return "\(kind.word(.en)) id \(q(id)) differs from \(q(other)) (at \(first)) only in upper and lower case; they would collide on some disks"
        case .fullWidthInID(let kind, let id, let meant, let marks):
            return "the \(kind.word(.en)) id \(q(id)) is typed in full-width characters (\(marks)), which look the same but are not the id: switch the input method to half-width (English) and type it again: \(q(meant))"
        case .unknownReference(let kind, let id, let suggestion):
            return "unknown \(kind.word(.en)) \(q(id))\(Message.mean(suggestion, zh: false))"
        case .nameInsteadOfID(let kind, let name, let id):
            let what = kind == .item ? "an item's title" : "a name"
            return "\(q(name)) is \(what); write the \(kind.word(.en))'s id here: \(q(id))"
        case .unknownItemWhileUnread(let id, let file):
            return "item \(q(id)) is raised in \(file), which has errors and so could not be read: fix those first"
        case .unknownItemSomeUnread(let id, let file):
            return "no meeting raises item \(q(id)); the meeting file \(file) has errors and could not be read whole: if the item is raised there, fix those errors first, else check the id"
        case .unknownItemRaisedTwiceNearby(let id, let twice, let file):
            return "no meeting raises item \(q(id)), and item \(q(twice)) is raised twice (the second time in \(file)): should one of the two be \(q(id))?"
        case .noUnits:
            return "units.yml lists no units; every meeting names its unit from this list (see the example written by 'yishi init')"
        case .ownerNotAnID(let written, let unit, let name):
            let own = unit.map { "; for a matter the village or community itself owns, write this meeting's unit \(q($0))\(name.map { " (\($0))" } ?? "")" } ?? ""
            return "\(q(written)) is not an id: an owner is a department's id from departments.yml or a unit's id from units.yml\(own)"
        case .ambiguousOwner(let id):
            return "\(q(id)) is both a unit id and a department id, so an owner \(q(id)) is ambiguous; rename one of them"
        case .itemRaisedTwice(let id, let first):
            return "item \(q(id)) is raised again; it was first raised at \(first). To report progress, add it under 'updates:' instead"
        case .meetingIDTwice(let id, let first, let fromFileName):
            let why = fromFileName ? ": a meeting's id is its file name without .md, so no two files may share a name, even in different year folders" : ""
            let fix = fromFileName ? "rename this file" : "change one of the two 'id:' lines"
            return "meeting id \(q(id)) is used twice (first at \(first))\(why). If it is the same meeting saved twice, delete one copy; if not, \(fix)"
        case .updateBeforeRaised(let item, let date, let raised):
            return "this update of item \(q(item)) is dated \(date), before the item was raised on \(raised)"
        case .unitEndsBeforeItBegins(let since, let until):
            return "'until' (\(until)), the last day this unit existed, is before 'since' (\(since)), the day it was set up: is one of the two dates mistyped?"
        case .mergedWithoutUntil(let unit):
            return "\(q(unit)) is merged into another unit, but not said when: add 'until:' with its last day, e.g. until: 2024-06-30"
        case .mergedIntoItself(let unit):
            return "\(q(unit)) cannot be merged into itself: 'merged_into' takes the id of the unit it became part of"
        case .mergedIntoNotVillage(let into):
            return "\(n(into.name)) (\(q(into.id))) has units under it: 'merged_into' takes the village or community this unit became part of"
        case .mergedIntoNotThere(let into, let day):
            let life = into.until.flatMap { day > $0 ? "existed only until \($0)" : nil } ?? "was set up only on \(into.since?.description ?? "")"
            return "\(n(into.name)) (\(q(into.id))) \(life), so this unit cannot have become part of it on \(day), the day after 'until': is 'until' or 'merged_into' mistyped?"
        case .lifeDatesOnlyForVillages(let key, let unit):
            return "\(q(key)) is for villages and communities (units with none under them): coverage and the cadence count those. Give the date to each village of \(q(unit)) it applies to"
        case .ownerOutsideUnitLife(let u, let date, let intoName):
            let into = u.mergedInto.map { "; after the merger, write \(q($0.value)) (\(n(intoName ?? $0.value)))" } ?? ""
            if let until = u.until, date > until {
                return "on \(date) \(n(u.name)) (\(q(u.id))) no longer existed (units.yml: until \(until)), so nobody would answer for this matter: hand it to a unit or department that exists\(into)"
            }
            return "on \(date) \(n(u.name)) (\(q(u.id))) was not set up yet (units.yml: since \(u.since?.description ?? "")), so nobody would answer for this matter: is the date or the owner mistyped?"
        case .meetingOutsideUnitLife(let u, let date, let intoName, let today):
            let into = u.mergedInto.map { (name: n(intoName ?? $0.value), id: q($0.value), bare: n($0.value)) }
            let life: String
            if let until = u.until, date > until {
                life = "existed only until \(until)" + (into.map { ", when it was merged into \($0.name) (\($0.id))" } ?? "")
            } else {
                life = "was set up only on \(u.since?.description ?? "")"
            }
            if today {
                let other = into.map { "; for a meeting of \($0.name), write --unit \($0.bare)" } ?? ""
                return "today is \(date), but units.yml says \(n(u.name)) (\(q(u.id))) \(life): if the meeting was not held today, give its date with --date\(other)"
            }
            let fix = into.map { "is the date mistyped, or was this a meeting of \($0.name)?" } ?? "is the date or the unit mistyped?"
            return "this meeting is dated \(date), but units.yml says \(n(u.name)) (\(q(u.id))) \(life): \(fix)"
        case .dueBeforeDate(let due, let date):
            return "'due' (\(due)) is before the date it was written on (\(date)), so the item is overdue from the start: is the year or the month mistyped?"
        case .statusBackToProposed(let item, let from):
            return "this sets item \(q(item)) back from \(from.rawValue) to proposed, which is a matter collected and not yet screened; if work on it starts again, write in_progress"
        case .sameDayStatuses(let item, let date, let other, let otherStatus, let status):
            return "\(other) also reports on item \(q(item)) on \(date), as \(otherStatus.rawValue); this says \(status.rawValue). Entries of one day count in the order of their files' names, the last one standing: correct the date or the status that is wrong"
        case .itemTwiceInFile(let item, let line):
            return "item \(q(item)) already has an entry in this file, on line \(line), and where the two differ the last one counts: was the id copied from there and not changed to the item this one is about?"
        case .fundsLowered(let item, let before, let now):
            return "'funds' for \(q(item)) is \(now.grouped), less than the \(before.grouped) recorded before, though the note speaks of more money: a later 'funds' replaces the earlier figure and is not added to it. Write the total secured (\((before + now).grouped), if this sum came on top)"
        case .reopenedWithoutNote(let item, let from, let to):
            return "this sets item \(q(item)) from \(from.rawValue) to \(to.rawValue), which changes figures already published; say why in 'note'"
        case .reopenedAfterResolved(let item, let resolvedOn, let to):
            return "item \(q(item)) was set to resolved on \(resolvedOn) and is set to \(to.rawValue) here, which changes figures already published: if it really was taken up again, ignore this; if the date or the item's id is mistyped, correct it"
        case .entryRepeated(let item, let earlier):
            return "this entry for item \(q(item)) says word for word what the one of \(earlier) says (the same status and note): was it copied from the last minutes and not changed?"
        case .ratedWhileOpen(let item, let status):
            return "item \(q(item)) is rated while still \(status.rawValue); residents rate the result: give 'satisfaction' in the entry that resolves it, or later"
        case .updateDatedAhead(let date, let today):
            return "this update is dated \(date), which has not come yet (today is \(today)): it is neither counted nor shown until that day. Is the year or the month mistyped?"
        case .upcomingWithResults(let date, let today):
            return "this meeting is dated \(date), which has not come yet (today is \(today)), but it already records attendance, votes, or items already under way or settled (in progress, resolved, deferred, rejected or referred): is the date mistyped? Until that day it is published as coming up and counted nowhere"
        case .heldMeetingEmpty:
            return "this meeting records no attendance, no items and no minutes: it still counts as a meeting held. Add what happened at it, or, if it is still to come, give it its coming date"
        case .meetingYearMistyped(let date, let today, let earlier):
            return "this meeting is dated \(date), more than a year after today (\(today)), yet its items have dates as early as \(earlier) (a due date, the publicity date, or progress reported since): is the year mistyped? Correct this date"
        case .meetingDatedFarAhead(let date, let today):
            return "this meeting is dated \(date), more than a year after today (\(today)): until then it is listed as a meeting still to come, and nothing in it is counted. Is the year mistyped?"
        case .updateToDraftItem(let item):
            return "item \(q(item)) belongs to a draft meeting; this update is ignored until that meeting is published"
        case .attendanceTotalMissing(let written?):
            return "'attendance' has no 'total', the number of people present, which the statistics count: is \(q(written)) meant as 'total'? Write it 'total' (anything else there is counted as a kind of attendee)"
        case .attendanceTotalMissing(nil):
            return "'attendance' has no 'total', the number of people present, which the statistics count: add a line '  total: <number>' under 'attendance:'"
        case .attendanceExceedsTotal(let sum, let total):
            return "the attendance categories add up to \(sum), more than the total of \(total)"
        case .attendanceCategoryNearMiss(let written, let meant):
            return "attendance category \(q(written)) is not a usual one: did you mean \(q(meant))? As written it is counted as a category of its own"
        case .votesExceedAttendance(let votes, let total):
            return "the votes add up to \(votes), more than the \(total) who attended"
        case .voteAllZero:
            return "every count of 'vote' is 0: write the votes counted, or delete the 'vote' line if there was no vote"
        case .voteWithoutCounts:
            return "'vote' gives no count: write the votes counted, as {for: 24, against: 0, abstain: 2} (a part not counted may be left out), or delete the 'vote' line if there was no vote"
        case .noteExpected(let status):
            return "a \(status.rawValue) item needs a 'note' giving the reason\(status == .referred ? " and where it was referred" : "") publicly"
        case .deferredWithoutDue: return "a deferred item needs a new 'due' date"
        case .ownerExpected(let status): return "a \(status.rawValue) item needs an 'owner' (a department or unit id)"
        case .publicizedBeforeMeeting(let p, let d):
            return "'publicized' (\(p)) is before the meeting's date (\(d))"
        case .aliasTaken(let alias, let first):
            return "alias \(q(alias)) is already a meeting id or alias (at \(first)); if that is the file left from before the meeting was renamed, delete it"
        case .idIsFormerID(let id, let meeting, let first):
            return "meeting id \(q(id)) is a former id of meeting \(q(meeting)) (in its 'aliases', at \(first)): once a meeting is renamed, the file from before must go; if this is another meeting, give it another id"
        case .noUpdatesListed:
            return "'updates' lists no progress, so this file publishes nothing: under it, write '- item: <item id>' and what changed, one entry per item; if there is no progress yet, write 'draft: true' for now"
        case .emptyUpdate:
            return "this update changes nothing: give at least one of status, owner, due, funds, satisfaction or note"
        case .doubledLineEnds:
            return "this file's line ends were converted twice (each line ends CR CR LF): it is read as usual, but some editors show each line as two, and then the line numbers given here do not match; set the line ends to CRLF or LF in the editor and save it again"
        case .updateFiledAsMeeting:
            return "this file in meetings/ holds only progress ('updates'): no items, attendance, time or place, yet it counts as a meeting held. If it reports progress between meetings, move it to content/updates/ (or write 'kind: update'); if a meeting was held, add its attendance"
        case .updateFileInMeetings:
            return "this file in meetings/ holds only what a progress report between meetings holds ('date' and 'updates'), not a meeting's title and unit: move it to content/updates/ (or write 'kind: update'); it is checked here as the update it is"
        case .noticeIncomplete(let missing):
            var lost: [String] = []
            if missing.contains("base_url") { lost.append("no QR code to scan, and sitemap.xml holds no full addresses") }
            if missing.contains("notice.hotline") { lost.append("no supervision hotline") }
            return "site.yml has no \(missing.map { q($0) }.joined(separator: " or ")): the printed notices would have \(lost.joined(separator: ", and ")). Add \(missing.contains("base_url") ? "'base_url:' with the site's address once published (https://…/)" : "")\(missing.count == 2 ? " and " : "")\(missing.contains("notice.hotline") ? "'hotline:' under 'notice:' with the supervision number" : "")"
        case .starterSettingsLeft(let keys):
            var lost: [String] = []
            if keys.contains("base_url") { lost.append("a QR code that leads to example.org, not to this site") }
            if keys.contains("notice.hotline") { lost.append("a supervision hotline nobody answers") }
            return "site.yml still has the example \(keys.map { q($0) }.joined(separator: " and ")) that 'yishi init' wrote: every printed notice would carry \(lost.joined(separator: ", and ")). Write \(keys.contains("base_url") ? "the site's address once published (https://…/)" : "")\(keys.count == 2 ? " and " : "")\(keys.contains("notice.hotline") ? "the local supervision number" : "") there"
        case .entryCommentedOut(let key):
            return "this line begins with '#', so this entry's '- \(key):' is a comment, but its other lines below are not: they would be added to the entry above, which already has fields of theirs. Delete the '#' (or, to leave the entry out, put '#' before each of its lines too). They are checked here as though it were deleted"
        case .parentCommentedOut(let key):
            return "this line begins with '#', so \(q(key + ":")) is a comment, but the indented lines below it are not: they would be read as part of the field above it. Delete the '#' (or, to leave the whole block out, put '#' before each of those lines too). They are checked here as though it were deleted"
        case .updateWrittenFlat(let further):
            return "this progress report's entry is written at the top of the file: write 'updates:' on a line of its own above the first 'item:', then '  - ' before each 'item:' and four spaces before each of the entry's other lines ('status:', 'note:' …). \(Message.checkedAsFirst(further))"
        case .updatesNotIndented(let further):
            return "this progress report's entries below 'updates:' are not indented, so they are read as the file's own fields: write '  - ' before each 'item:', and four spaces before each of the entry's other lines ('status:', 'note:' …). \(Message.checkedAsFirst(further))"
        case .updatesWrittenAsItems:
            return "in a progress report the entries go under 'updates:', not 'items:' (a meeting's new matters): write 'updates:' here; each entry, '- item: …', names the matter it reports on. They are checked here as updates"
        case .meetingFiledAsUpdate:
            return "this file in updates/ is a meeting's minutes (it has items or attendance): move it to content/meetings/ (or write 'kind: meeting'); it is checked here as the meeting it is"
        case .personalData(let kind, let masked):
            if kind == .mobile {
                return "a mobile phone number (\(masked)) would be published here; remove it, or if it is an office's published number (a hotline) add it to privacy.allow in site.yml"
            }
            return "a resident identity number (\(masked)) would be published here: remove it. Only if these digits are not an identity number (a contract or project number, say) add them to privacy.allow in site.yml"
        case .identityNumberMistyped(let masked):
            return "this looks like a resident identity number (\(masked)) with a character mistyped (its check digit does not match); mistyped, it is still someone's number, and it would be published: remove it, or if it is not an identity number add it to privacy.allow in site.yml"
        case .identityNumberOldForm(let masked):
            return "this looks like an old 15-digit resident identity number (\(masked)): the old form names its holder as surely as the new one, and it would be published: remove it, or if it is not an identity number add it to privacy.allow in site.yml"
        case .personalDataInFileName(let kind, let masked):
            let what = kind == .mobile ? "a mobile phone number" : "a resident identity number"
            return "the file name holds \(what) (\(masked)), and a file without 'id:' is published under its name, in every link and on the printed QR code: rename the file, e.g. after the date and the unit"
        case .templateSyntax(let problem): return "this template cannot be read: \(problem.text(zh: false))"
        case .missingString(let key, let locale):
            return "templates/\(locale) has no text for \(q(key)); it would render as nothing"
        case .unknownPartial(let name):
            return "there is no template \(q(name)) (templates/\(name).mustache) for this reference; it would render as nothing"
        }
    }

    private var chinese: String {
        let q = Message.q, n = Message.n
        switch self {
        case .unreadableFile(let reason): return "无法读取此文件：\(reason)"
        case .savedAsUTF16:
            return "此文件是用 UTF-16 编码保存的（记事本里叫“Unicode”），不是 UTF-8；请在记事本或 WPS 中“另存为”，编码选 UTF-8"
        case .noPermission:
            return "没有权限读取此文件：它属于另一个用户，或被设为不可读；请管理这台电脑的人把它设为可读（chmod a+r）"
        case .fileNameNotAnID(let name, let suggested, let update):
            let id = suggested ?? "2026-05-18-longjiang"
            let rename = suggested.map { "请把文件改名为 \($0).md" } ?? "请把文件改名（如 2026-05-18-longjiang.md）"
            return "文件名 \(q(name)) 会用作\(update ? "这份办理进展的编号（写在开放数据里）" : "这次会议的编号和网址")，而编号只能用英文字母、数字、'.'、'_' 和 '-'，并以字母或数字开头；\(rename)，或在信息块里写上 'id: \(id)'"
        case .fileNameOfACopy(let name, let original, let suggested):
            let other = suggested.flatMap { $0 == original ? nil : "（按它的日期和单位，应为 \($0).md）" } ?? ""
            return "文件名 \(q(name)) 是复制文件时系统起的名字。如果 \(original).md 还在，这就是一份多余的副本，请删掉它；如果这份写的是另一次会议，请按那次会议的日期和单位给它改名\(other)"
        case .invalidUTF8(let offset):
            return "此文件不是 UTF-8 编码的文本（第 \(offset + 1) 个字节不对），多半是用 GBK 或 ANSI 编码保存的；请在记事本或 WPS 中“另存为”，编码选 UTF-8"
        case .fileTooLarge(let bytes, let limit):
            return "此文件有 \(Message.megabytes(bytes)) MB，超过上限 \(Message.megabytes(limit)) MB；请拆分文件，或在 site.yml 中调高 limits.max_file_size（以字节计）"
        case .missingFrontMatter:
            return "文件开头必须是信息块：先写一行 '---'，再写各项信息，最后再写一行 '---'（yishi new meeting 可以生成一份带信息块的待填写文件，把会议记录写在它下面）"
        case .emptyFile:
            return "这个文件是空的，可能还没有保存：请把会议内容写进去（yishi new meeting 可以生成一份待填写的文件），或者删掉它"
        case .fenceMistyped(let written):
            return "信息块的分隔线写成了 \(q(written))：必须是三个英文短横 '---'（请切换到英文输入法再输入），结束信息块的那一行也一样"
        case .fenceBelowBlankLines(let count):
            return "信息块的 '---' 必须写在文件的第一行：请删掉它上面的 \(count) 个空行"
        case .unclosedFrontMatter: return "信息块没有结束：请在最后一项信息后面加一行 '---'"
        case .htmlBlockHidesWords(let tag, let words, let body):
            return "\(body.zh)的这一段以 HTML 标签 \(q(tag)) 开头，网站会把整段（到下一个空行为止）连同里面的文字一起略去：\(q(words)) 等文字不会公开。请删掉 HTML 标签，只留下文字（表格可以写成用 | 分隔各格的 Markdown 表格）"
        case .rawHTML(let tag, let count, let body):
            let more = count > 1 ? "，共 \(count) 处" : ""
            return "\(body.zh)里有 HTML 标签（这里的 \(q(tag))\(more)），网站不显示它们，它们表示的颜色、换行、排版都不会出现；请删掉，加粗请写成 **文字**，另起一段请空一行"
        case .localImage(let file, let count, let body):
            let more = count > 1 ? "（共 \(count) 张）" : ""
            return "\(body.zh)里插入了图片 \(q(file))\(more)，但网站只发布文字，不发布你电脑里的图片，页面上会显示成一张坏图。请删掉这张图片的 ![…](…)；图片如果已经在网上，可以写它的完整网址（https://…）"
        case .secondFrontMatter(let body):
            return "\(body.zh)下面从这一行起又是一段信息块：一份文件只能写一次会议或一次进展，这一段不会记入，反而当作这份\(body.zh)公开。请把它连同下面的正文剪切到一个新文件里"
        case .frontMatterRunsIntoBody(let body):
            return "信息块（文件开头两行 '---' 之间的各项信息）没有结束，\(body.zh)看起来从这一行开始：请在这一行上面、最后一项信息后面加一行 '---'"
        case .strayFence(let field, nil, let body):
            return "这一行 '---' 让信息块提前结束了：下面的 \(q(field + ":")) 还是一项信息，它和跟着它的几行会被当作\(body.zh)公开，而不会记入。请把这一行 '---' 移到最后一项信息的下面、\(body.zh)的上面"
        case .strayFence(let field, let closing?, let body):
            return "这一行 '---' 让信息块提前结束了：下面的 \(q(field + ":")) 还是一项信息，信息块到第 \(closing) 行才结束。请删掉这一行，否则到第 \(closing) 行为止的信息都不会记入，反而当作\(body.zh)公开"
        case .emptyFrontMatter(let needs):
            return "信息块是空的：两行 '---' 之间至少要写 \(needs.map { q($0) }.joined(separator: "、"))"
        case .unknownFileKind(let folder):
            return "无法判断 \(q(folder)) 中这个文件是什么：会议纪要请放在 content/meetings/，进展记录放在 content/updates/，或者写上 'kind: meeting' 或 'kind: update'"
        case .notMarkdown(let name) where Message.isWordProcessorFile(name):
            return "\(q(name)) 是 Word、WPS 或 PDF 文件，不会被读取，改名也不能把它变成文本；请打开它，复制纪要文字，粘贴到一个新的 .md 文件里，再把这个文件移出 content/"
        case .notMarkdown(let name) where Message.isPicture(name):
            return "\(q(name)) 是图片，content/ 里的图片不会被读取，也不会发布；请把它移出 content/"
        case .notMarkdown(let name) where Message.isSettingsLike(name):
            return "\(q(name)) 不会被读取：设置只从 content/ 下的 site.yml、units.yml 和 departments.yml 读取。如果它是副本或备份，请移出 content/"
        case .notMarkdown(let name):
            return "\(q(name)) 不是 Markdown 文件（.md），不会被读取；请改名为 .md，或移出 content/"
        case .minutesInWordFile(let name, let rename):
            return "\(q(name)) 按会议纪要命名，却是 Word 或 WPS 文件，不会被读取：这次会议不会发布，也不计入统计。请打开它，把纪要复制到新文件 \(q(rename)) 里（yishi new meeting 可以生成一份待填写的），再把这个文件移出 content/"
        case .minutesSavedAsText(let name, let rename):
            return "\(q(name)) 是会议纪要，但存成了文本文件（.txt），不会被读取，这次会议也不会发布：请改名为 \(q(rename))（用记事本“另存为”时，“保存类型”选“所有文件”）"
        case .namelessFile:
            return "这个文件只叫 '.md'，没有名字，会被当作隐藏文件，不会被读取；请按会议日期和单位给它起名，如 2026-05-18-longjiang.md"
        case .missingFile(let name): return "缺少 \(name)"
        case .settingsFileMisnamed(let name, let expected):
            return "这个文件看来是 \(expected)，但存成了 \(q(name))，用这个名字不会被读取：请改名为 \(q(expected))"
                + (name.lowercased().hasSuffix(".txt") ? "（用记事本“另存为”时，“保存类型”选“所有文件”）" : "")
        case .departmentsFileMissing(let count, let first, let at, let why):
            return "\(why == .missing ? "缺少 content/departments.yml" : "content/departments.yml 里一个部门也没有")，所以共 \(count) 处写到的部门或承办单位都查不到，第一处是 \(at) 的 \(q(first))。请在 content/departments.yml 里列出各部门，每个部门写一行 '- id: …'，下面写 'name: …'；如果这个文件被移走或改了名，请放回原处"
        case .publishedPageGone(let alias, let renamedTo):
            let file = renamedTo.map { "现在的纪要文件 \($0) " } ?? "改名后的纪要文件"
            return "上次发布的这个页面这次没有了，而打印张贴的公示上的二维码可能指向它。如果是改了会议纪要的文件名，请在\(file)里写上 'aliases: [\(alias)]'，旧地址就仍然通向这次会议；如果是有意删去这次会议，可以不管"
        case .symlinkOutside(let target): return "这个符号链接指向 content/ 以外（\(q(target))），不予读取"
        case .symlinkToNothing(let target):
            return "这个符号链接指向的 \(q(target)) 不存在（或者又绕回了这个链接），没有内容可读：请删掉这个链接，或者把文件本身放在这里"
        case .unreadableFolder(let reason?): return "无法打开这个文件夹（\(reason)），里面的文件都没有读入"
        case .unreadableFolder(nil):
            return "没有权限打开这个文件夹，里面的文件都没有读入：它属于另一个用户，或被设为不可读；请管理这台电脑的人把它设为可读（chmod -R a+rX）"
        case .unknownDeclaredKind(let k): return "未知的文件类型 \(q(k))：请写 'meeting' 或 'update'"
        case .yamlSyntax(let problem): return "信息块格式有误，无法读取：\(problem.text(zh: true))"
        case .tabIndentation(let spaces):
            return "这一行开头用 Tab 键缩进了；开头只能用普通空格缩进，\(Message.retype("这一行开头的 Tab 和空格", spaces, zh: true))"
        case .fullWidthSpaceIndentation(let spaces):
            return "这一行开头的缩进用了全角空格（中文输入法在全角状态下按空格键打出的），看起来和普通空格一样；\(Message.retype("它", spaces, zh: true, halfWidth: true))"
        case .noBreakSpaceIndentation(let spaces):
            return "这一行开头的缩进用了不换行空格（U+00A0，看起来和普通空格一样，通常是从网页或 Word 粘贴来的）；\(Message.retype("这一行开头的空格", spaces, zh: true))"
        case .fullWidthColon(let key):
            return "\(q(key)) 后面用了中文冒号 '：'；请改成英文冒号加一个空格：'\(key): '"
        case .fullWidthComma: return "列表中用了中文逗号 '，'；列表各项之间请用英文逗号 ','"
        case .listMarkerNotHyphen(let written):
            return "这一项开头写的是 \(q(written))；列表的每一项要以英文减号加一个空格开头：请把 \(q(written)) 改成 '-'"
        case .numberedListEntry(let written, let spaces):
            return "这一项开头编了号 \(q(written))；列表的每一项要以英文减号加一个空格开头，不用编号（网站会自己排序号）：请把 \(q(written)) 改成 '-'"
                + (spaces.map { "，前面空 \($0) 个空格，和其他各项的 '-' 对齐" } ?? "")
        case .fullWidthBrackets(let key, let open, let close):
            return "\(q(key)) 的列表用了中文方括号 \(q(open + close))；请改成英文方括号：[甲, 乙]"
        case .bracketNotClosed(let key, let open, let after, let close):
            return "\(q(key)) 后面的 \(q(open)) 没有配对：请在 \(q(after)) 后面补上 \(q(close))"
        case .fullWidthHashComment:
            return "这一行注释用了全角井号 '＃'，它不会被当作注释；请改成英文井号 '#'"
        case .fullWidthHashInValue(let key):
            return "\(q(key)) 的值里有全角井号 '＃'，它不会开始注释：'＃' 和后面的文字会作为内容一起公开。要写注释，请改用英文井号 '#'；如果它本来就是内容的一部分，请给整个值加上英文引号"
        case .missingSpaceAfterColon(let key): return "\(q(key)) 的冒号后面缺少空格；请写成 '\(key): 内容'"
        case .fieldCommentedOut(let key): return "这一行以 '#' 开头，整行是注释，\(q(key)) 没有读入：要填写它，请删掉开头的 '#'"
        case .missingColon(let key, let fixed): return "\(q(key)) 后面缺少英文冒号 ':'；请写成 \(fixed)"
        case .commentCutsValue(let key, let dropped, let whole):
            let target = key.map { "'\($0)'" } ?? "这一项"
            return "\(q(dropped)) 没有读入 \(target)：在信息块里，空格后面的 '#' 表示注释的开始。要保留它，请给整个值加上英文引号：\(Message.quoted(key: key, whole))"
        case .quoteNotClosed(let key):
            return "\(q(key)) 的值以引号开头，这一行里却没有结尾的引号：请在值的末尾补上引号"
        case .textAfterQuotes(let key, let fixed):
            return "\(q(key)) 的值以引号括起的部分开头，引号后面还有文字；引号只能括住整个值。请给整个值加上英文单引号：\(fixed)"
        case .valueStartsWithIndicator(let key, let indicator, let fixed):
            return "\(q(key)) 的值不能以 \(q(indicator)) 开头（它在信息块里另有含义）：请给整个值加上英文引号：\(fixed)"
        case .questionMarkForValue(let key):
            return "\(q(key)) 只写了一个问号 '?'，它在信息块里另有含义：还没定下来的内容请先不写（删掉这一行，或冒号后面留空），定下来以后再补上"
        case .backslashInDoubleQuotes(let key, let fixed):
            return "\(q(key)) 的值在双引号里有反斜杠 '\\'，它在双引号里有特殊含义；请改用英文单引号：\(fixed)"
        case .controlCharacter(let code):
            return "这里有一个看不见的控制符（\(code)），通常是从 Word 或网页粘贴时带进来的；请把它删掉"
        case .fullWidthSpaceAfterColon(let key):
            return "\(q(key)) 的冒号后面是全角空格 '　'；请改成半角空格"
        case .noBreakSpaceAfterColon(let key):
            return "\(q(key)) 的冒号后面是一个不换行空格（U+00A0，看起来和普通空格一样，通常是从网页或 Word 粘贴来的）；请删掉冒号后面的空格，再用键盘重新打一个空格"
        case .invisibleCharacter(let code):
            return "这里有一个看不见的符号（\(code)，零宽空格之类），通常是从网页或聊天记录里粘贴时带进来的；发布时已自动去掉，不影响网站。想从文件里也删掉它：把光标放到这个位置，按一次 Delete"
        case .fieldNotIndentedUnder(let parent, let key, let spaces):
            return "\(q(key)) 是上一行 \(q(parent)) 下面的内容，却没有缩进：请在 \(q(key)) 前面加 \(spaces) 个空格，和下面几行左边对齐"
        case .missingParentLine(let parent, let key):
            return "\(q(key)) 和同样缩进的几行是 \(q(parent)) 下面的内容，但上面少了 '\(parent):' 这一行：请在这一行上面加上 '\(parent):'（和上面的字段左边对齐），这几行保持缩进不动"
        case .indentedMoreThanAbove(let key, let spaces):
            return "\(q(key)) 这一行比上面的字段多缩进了 \(spaces) 个空格；同一级的字段要左边对齐"
        case .indentedLessThanAround(let key, let spaces):
            return "\(q(key)) 这一行比上下的字段少缩进了 \(spaces) 个空格；同一级的字段要左边对齐"
        case .postsJoined(let entry, let parts):
            return "'leaders' 里的 \(q(entry)) 算作一位领导兼 \(parts.count) 个职务：如果是 \(parts.count) 位领导，请用英文逗号分开，写成 [" + parts.map { n($0) }.joined(separator: ", ") + "]"
        case .entriesJoinedBySpace(let key, let entry, let parts):
            let list = "[" + parts.map { n($0) }.joined(separator: ", ") + "]"
            return key == "leaders"
                ? "'leaders' 里的 \(q(entry)) 中间有空格，只算一位领导：如果是 \(parts.count) 位，请用英文逗号分开，写成 \(list)"
                : "\(q(key)) 里的 \(q(entry)) 各项之间用了空格，要用英文逗号 ',' 分开：写成 \(list)。这里已按分开的几项检查"
        case .itemUnderUpdates(let id, let inMeeting):
            return "\(q(id)) 有议题名称，是一个新提出的议题，却写在了 'updates:' 下面（那里写的是以前议题的办理进展）：" + (inMeeting ? "请把它移到 'items:' 下面，和其他议题的 '- id:' 对齐" : "新议题要写在提出它的那次会议的纪要里，'items:' 下面") + "。如果它以前提出过，这里写的是它的进展，请改成 '- item: \(id)'，写上状态和情况说明，不写议题名称"
        case .valueBrokenOverLines(let key):
            return "这一行没有冒号 ':'，像是上一行 \(q(key)) 的内容按回车换了行：请把它接到上一行的末尾（一个字段的内容写在一行里）。这里已按那样检查"
        case .topLevelFieldIndented(let key, let spaces):
            return "\(q(key)) 是最外层的字段，前面却多了 \(spaces) 个空格（也许是删掉 '#' 时留下的）：请删掉这些空格，和 'title:' 一样顶格写"
        case .missingSpaceAfterDash(let key):
            return "列表项开头的 '-' 后面要空一格：写成 '- \(key):'"
        case .duplicateKey(let key): return "\(q(key)) 写了两次；请保留一个，删除另一个"
        case .missingEntryDash(let key):
            return "这一行像是下一项的开头，但前面少了 '- '：请写成 '- \(key):'，'-' 与上一项的 '-' 对齐"
        case .entryDashShort(let spaces):
            return "这一项的 '-' 比上面各项的 '-' 少缩进了 \(spaces) 个空格；请在 '-' 前面补 \(spaces) 个空格，让各项的 '-' 上下对齐"
        case .firstEntryDashShort(let spaces):
            return "这一项的 '-' 少缩进了 \(spaces) 个空格，和它下面的字段对不齐；请在 '-' 前面补 \(spaces) 个空格"
        case .entryDashLong(let spaces):
            return "这一项的 '-' 多缩进了 \(spaces) 个空格，和它下面的字段、上下各项对不齐；请删去 '-' 前面的 \(spaces) 个空格"
        case .valueBeforeNestedLines(let key, let value):
            return "\(q(key)) 的冒号后面写了 \(q(value))，下面又有缩进的各行，二者只能有一个：\(q(key)) 的内容就是下面各行，请删去 \(q(value))（要保留的话，写到下面相应的行里）"
        case .anchorsNotAllowed: return "值不能以 '&' 或 '*' 开头（那是引用别处的值的写法）：请把每个值完整写出；要以这两个符号开头，请给整个值加上英文引号"
        case .nestingTooDeep(let limit): return "信息块嵌套超过 \(limit) 层"
        case .unknownKey(let key, let context, let suggestion):
            let sug = suggestion.map { "（是不是 \(q($0))？）" } ?? ""
            let extra = suggestion == nil && context.takesExtra ? "；网站自定义的字段请写在 'extra:' 下" : ""
            let place = context.word(.zhHans)
            return "\(place)\(place.last!.isASCII ? " " : "")中有未知的字段 \(q(key))\(sug)\(extra)"
        case .withholdingKey(let key, let context, .publish):
            let what = context == .item ? "议题只要没写 'private: true' 就会公开" : "文件只要没写 'draft: true' 就会公开"
            return "\(context.word(.zhHans))中有未知的字段 \(q(key))，这一行用不着：\(what)。请删掉这一行"
        case .withholdingKey(let key, let context, _):
            let file = context == .updateFile ? "这份办理进展" : "这次会议"
            return context == .item
                ? "议题中有未知的字段 \(q(key))，这样写不能让它不公开：要让这个议题不公开（网站上只显示“有一项不公开”，仍计入统计），请写 'private: true'"
                : "\(context.word(.zhHans))中有未知的字段 \(q(key))，这样写不能让\(file)不公开：整份不公开（也不计入统计），请写 'draft: true'\(context == .meeting ? "；只是某个议题不公开（仍计入统计），请在 'items:' 下那个议题里写 'private: true'" : "")"
        case .updateOnOwnItem(let item):
            return "议题 \(q(item)) 就是这次会议在 'items:' 下提出的，'updates:' 是写以前提出的议题的进展的：它的状态、责任单位和期限请写在 'items:' 里的这个议题中；如果要写的是另一个议题，这里的编号写错了。照现在这样，这个议题在提出的当天就算有了变化"
        case .missingField(let key): return "缺少必填字段 \(q(key))"
        case .farAhead(let key, let date, let from):
            return "\(q(key)) 是 \(date)，比这份文件的日期 \(from) 晚了 \(date.year - from.year) 年：是不是年份写错了？"
        case .expectedMapping(let key): return "\(q(key)) 下面应当是若干“字段: 值”，而不是单个值"
        case .countsAsText(let key, let meant, true):
            return "\(q(key)) 写成了一个值，统计分不出其中各项的人数或票数：请写成 \(q(key + ": " + meant))"
        case .countsAsText(let key, let meant, false):
            return "\(q(key)) 写成了一个值，统计分不出其中各项的人数或票数：请把每个数分开写在各自的名称后面，写成 \(q(key + ": " + meant))，把 '…' 换成数字"
        case .expectedList(let key): return "\(q(key)) 应当是列表：写成 [甲, 乙]，或每行以 '- ' 开头"
        case .expectedText(let key): return "\(q(key)) 应当是单个值，而不是列表或多个字段"
        case .emptyValue(let key): return "\(q(key)) 是空的：请在冒号和一个空格后面写上内容"
        case .fileNameDateDiffers(let named, let date):
            return "文件名上的日期是 \(named)，'date' 却写的是 \(date)；会议按 \(date) 统计，请改正写错的一处"
        case .updateFileNameDateDiffers(let named, let date):
            return "文件名上的日期是 \(named)，'date' 却写的是 \(date)；这些进展按 \(date) 记入，请改正写错的一处"
        case .updateFromUnrelatedUnit(let item, let fileUnit, let itemUnit, let by):
            let whose = switch by {
            case .field: "\(q(fileUnit)) 的进展文件（'unit'）"
            case .fileName: "\(q(fileUnit)) 的进展文件（看文件名）"
            }
            return "这是 \(whose)，议题 \(q(item)) 却是 \(q(itemUnit)) 的会议提出的，也不由 \(q(fileUnit)) 承办：是不是议题编号写错了？（这一条会改动别的单位的议题）"
        case .sameItemsAsMeeting(let other):
            return "这份文件提出的议题和 \(other) 完全相同，编号一一对应，像是它的副本：如果是多余的，请删掉；如果是另一次会议，请给它的议题用新的编号"
        case .sameMinutesAsMeeting(let other):
            return "这份文件的召开单位、日期、时间、标题、参会人数和纪要正文都和 \(other) 相同：同一次会议存了两份，会被算成两次会议。如果是多余的，请删掉；如果是另一次会议，请写明它自己的标题或纪要"
        case .unknownIDRepeated(let kind, let id, let count):
            let file = kind.listFile(.zhHans)
            return "其中 \(count) 个错误是同一个原因：\(kind.word(.zhHans)) \(q(id)) 不在 \(file) 里。是不是把它从 \(file) 删掉了，或者改了编号？把它加回去（或改回原来的编号），这些错误就都没有了"
        case .yearFolderDiffers(let folder, let year):
            return "这份文件的日期在 \(year) 年，却放在 \(folder) 里：统计照样按日期算，但请把它移到 \(year) 文件夹，以后才找得到（如果是年份写错了，请改正日期）"
        case .fileNameUnitDiffers(let named, let unit):
            return "文件名上的单位是 \(q(named))，'unit' 却写的是 \(q(unit))；会议算在 \(q(unit)) 名下，请改正写错的一处"
        case .baseURLWithoutScheme(let value):
            return "'base_url' 写的是 \(q(value))；请写完整的网址，以 https:// 开头（订阅、网站地图和公示二维码都要用到）"
        case .unknownTimezone(let value):
            return "'timezone' 写的是 \(q(value))，不是时区名称；中国请写 'Asia/Shanghai'"
        case .ambiguousTimezone(let value):
            return "'timezone' 写的是 \(q(value))，这个缩写对应不止一个时区（CST 也是美国中部时间，比北京时间晚 14 小时）：请写时区的全称，中国请写 'Asia/Shanghai'"
        case .placeholderLeft("---", let value):
            return "信息块下面的会议记录还没有填写：请把 \(q(value)) 这一行换成实际的会议记录（谁以什么身份说了什么，会议议定了什么）"
        case .placeholderLeft(let key, let value) where Message.blankToFill.contains(key):
            return "\(q(key)) 还没有填写：请把 \(q(value)) 换成实际内容（这一项必须填写，不能删掉）"
        case .placeholderLeft(let key, let value):
            return "\(q(key)) 还没有填写：请把 \(q(value)) 换成实际内容，用不上的行可以删掉"
        case .invalidDate(let key, let value, let suggestion):
            if let suggestion { return "\(q(key)) 写的是 \(q(value))；日期请写成 年-月-日 的格式：\(q(suggestion))" }
            return "\(q(key)) 写的是 \(q(value))，不是日期：日期请写成 年-月-日 的格式，如 2023-07-14"
        case .nonexistentDate(let key, let value): return "\(q(key)) 写的是 \(q(value))，没有这一天"
        case .invalidNumber(let key, let value, let suggestion):
            return "\(q(key)) 写的是 \(q(value))，不是整数：请只写阿拉伯数字，\(suggestion.map { "这里写 \(q($0))" } ?? "如 30")"
        case .numberTooLarge(let key, let value):
            return "\(q(key)) 写的是 \(q(value))，超过 12 位数：是不是多打了几个 0？"
        case .negativeNumber(let key, let value): return "\(q(key)) 写的是 \(q(value))，不能是负数"
        case .settingBelowOne(let key, let value, let fallback): return "\(q(key)) 写的是 \(q(value))，要写大于 0 的整数（阿拉伯数字），或者删掉这一行，使用默认值 \(fallback)"
        case .invalidBoolean(let key, let value): return "\(q(key)) 写的是 \(q(value))；请写 true（是）或 false（否）"
        case .invalidTime(let value):
            return "时间 \(q(value)) 格式不对：请写成 \"19:30\" 或 \"19:30-21:00\"，并加上英文引号"
        case .unitUnderItsLevel(let unit, let parent, let level):
            return "\(q(unit))（\(level)）写在了 \(q(parent))（也是\(level)）下面：如果是多缩进了两格，\(q(parent)) 就不再按村（社区）计入覆盖率和议事频次，它开的会也不算任何村的。请把它和 \(q(parent)) 的 '- id:' 对齐"
        case .meetingsAboveQuietUnits(let unit, let meetings, let below):
            return "\(q(unit)) 下面有 \(below) 个下级单位，都还没有开过会，它自己却开了 \(meetings) 次：覆盖率和议事频次只算没有下级的单位，所以这些会不会让任何单位算作已开会。如果它的 'children:' 本该写在别的单位下面，请移过去"
        case .timeEndsBeforeStart(let start, let end, let example):
            return "会议的结束时间 \(end) 不晚于开始时间 \(start)：请先写开始时间，用 24 小时制，如 \"\(example ?? "19:30-21:00")\""
        case .unknownWord(let key, let value, let accepted, let suggestion):
            // The first Chinese word of each value, then the value the open data uses; the
            // other spellings are in the README's table.
            let values = accepted.map { $0.count == 1 ? q($0[0]) : "\(q($0[1]))（\($0[0])）" }
            return "\(q(key)) 写的是 \(q(value))\(Message.mean(suggestion, zh: true))，不在可用的值之中。可以写：\(values.joined(separator: "、"))"
        case .invalidID(let value):
            return "\(q(value)) 不能用作编号：编号只能用英文字母、数字、'.'、'_' 和 '-'，并以字母或数字开头"
        case .idTooLong(let value, let limit): return "编号 \(q(String(value.prefix(20))))… 超过 \(limit) 个字符"
        case .fullWidthCommaInList(let key, let mark):
            return "\(q(key)) 的各项之间用了 \(q(mark))：写在 [ ] 里的各项之间要用英文逗号 ','，写成 '- ' 列表的每项单独写一行。这次先按分开的几项检查，改好以后才能发布"
        case .notInSiteList(let key, let value, let suggestion):
            let name = ["category": "议题类别", "platform": "议事平台", "format": "议事形式"][key] ?? key
            let sug = suggestion.map { "（是不是 \(q($0))？）" } ?? ""
            return "\(q(key)) 写的是 \(q(value))，不在 site.yml 的\(name)列表中\(sug)"
        case .duplicateID(let kind, let id, let first):
            return "\(kind.word(.zhHans))编号 \(q(id)) 用了两次（第一次在 \(first)）"
        case .caseCollision(let kind, let id, let other, let first):
            return "\(kind.word(.zhHans))编号 \(q(id)) 与 \(q(other))（在 \(first)）只差大小写，在有些磁盘上会互相覆盖"
        case .fullWidthInID(let kind, let id, let meant, let marks):
            return "\(kind.word(.zhHans))编号 \(q(id)) 里有全角字符（\(marks)），看起来一样，却不是这个编号：请把输入法切换到半角（英文）重新输入：\(q(meant))"
        case .unknownReference(let kind, let id, let suggestion):
            return "未知的\(kind.word(.zhHans)) \(q(id))\(Message.mean(suggestion, zh: true))"
        case .nameInsteadOfID(let kind, let name, let id):
            let what = kind == .item ? "议题的标题" : "\(kind.word(.zhHans))的名称"
            return "\(q(name)) 是\(what)；这里要写它的编号：\(q(id))"
        case .unknownItemWhileUnread(let id, let file):
            return "议题 \(q(id)) 所在的会议纪要 \(file) 有错误，没能读取；请先改正那些错误"
        case .unknownItemSomeUnread(let id, let file):
            return "没有哪次会议提出过议题 \(q(id))；会议纪要 \(file) 有错误，没能完整读取：如果议题是在那里提出的，请先改正那些错误，否则请核对议题编号"
        case .unknownItemRaisedTwiceNearby(let id, let twice, let file):
            return "没有哪次会议提出过议题 \(q(id))，而议题 \(q(twice)) 被提出了两次（第二次在 \(file)）：其中一个是不是应该写成 \(q(id))？"
        case .noUnits:
            return "units.yml 里还没有任何单位；每次会议都要从这里写明召开单位（可参照 'yishi init' 生成的示例）"
        case .ownerNotAnID(let written, let unit, let name):
            let own = unit.map { "；由本村（社区）自己负责的，写本次会议的单位 \(q($0))\(name.map { "（\($0)）" } ?? "")" } ?? ""
            return "\(q(written)) 不是编号：责任单位要写 departments.yml 里部门的编号，或 units.yml 里单位的编号\(own)"
        case .ambiguousOwner(let id):
            return "\(q(id)) 既是单位编号又是部门编号，写作责任单位时分不清是哪一个；请改掉其中一个"
        case .itemRaisedTwice(let id, let first):
            return "议题 \(q(id)) 又被提出了一次，它第一次是在 \(first) 提出的；如果是汇报进展，请写在 'updates:' 下"
        case .meetingIDTwice(let id, let first, let fromFileName):
            let why = fromFileName ? "：会议编号就是文件名（不含 .md），放在不同年份的文件夹里也不能同名" : ""
            let fix = fromFileName ? "请给这个文件改个名字" : "请改掉其中一个 'id:'"
            return "会议编号 \(q(id)) 用了两次（第一次在 \(first)）\(why)。同一次会议存了两份的，删掉一份；是另一次会议的，\(fix)"
        case .updateBeforeRaised(let item, let date, let raised):
            return "议题 \(q(item)) 的这条进展日期是 \(date)，早于议题提出的日期 \(raised)"
        case .unitEndsBeforeItBegins(let since, let until):
            return "撤销日期 'until'（\(until)，这个单位存在的最后一天）早于设立日期 'since'（\(since)）：是不是其中一个日期写错了？"
        case .mergedWithoutUntil(let unit):
            return "\(q(unit)) 写了并入哪个单位，但没有写哪天撤并：请加上 'until:'，写它存在的最后一天，例如 until: 2024-06-30"
        case .mergedIntoItself(let unit):
            return "\(q(unit)) 不能并入它自己：'merged_into' 写并入后所属单位的编号"
        case .mergedIntoNotVillage(let into):
            return "\(n(into.name))（\(q(into.id))）下面还有单位：'merged_into' 写这个单位并入的那个村（社区）的编号"
        case .mergedIntoNotThere(let into, let day):
            let life = into.until.flatMap { day > $0 ? "只存在到 \($0)" : nil } ?? "是 \(into.since?.description ?? "") 才设立的"
            return "\(n(into.name))（\(q(into.id))）\(life)，这个单位不能在 \(day)（'until' 的后一天）并入它：是 'until' 还是 'merged_into' 写错了？"
        case .lifeDatesOnlyForVillages(let key, let unit):
            return "\(q(key)) 只写在村（社区）下面（没有下级的单位），覆盖率和议事频次统计的是它们；请写到 \(q(unit)) 下面相应的各个村（社区）"
        case .ownerOutsideUnitLife(let u, let date, let intoName):
            let into = u.mergedInto.map { "；合并之后请写 \(q($0.value))（\(n(intoName ?? $0.value))）" } ?? ""
            if let until = u.until, date > until {
                return "\(date) 时\(n(u.name))（\(q(u.id))）已经不存在了（units.yml：只存在到 \(until)），这件事就没有人负责：请交给现有的单位或部门承办\(into)"
            }
            return "\(date) 时\(n(u.name))（\(q(u.id))）还没有设立（units.yml：\(u.since?.description ?? "") 才设立），这件事就没有人负责：是日期写错了，还是承办单位写错了？"
        case .meetingOutsideUnitLife(let u, let date, let intoName, let today):
            let into = u.mergedInto.map { (name: n(intoName ?? $0.value), id: q($0.value), bare: n($0.value)) }
            let life: String
            if let until = u.until, date > until {
                life = "只存在到 \(until)" + (into.map { "，之后并入了\($0.name)（\($0.id)）" } ?? "")
            } else {
                life = "是 \(u.since?.description ?? "") 才设立的"
            }
            if today {
                let other = into.map { "；若是\($0.name)的会议，请写 --unit \($0.bare)" } ?? ""
                return "今天是 \(date)，但 units.yml 里\(n(u.name))（\(q(u.id))）\(life)：会议若不是今天开的，请用 --date 写它的日期\(other)"
            }
            let fix = into.map { "是日期写错了，还是这其实是\($0.name)的会议？" } ?? "是日期写错了，还是召开单位写错了？"
            return "这次会议的日期是 \(date)，但 units.yml 里\(n(u.name))（\(q(u.id))）\(life)：\(fix)"
        case .dueBeforeDate(let due, let date):
            return "办理期限 'due'（\(due)）早于写下它的日期（\(date)），议题一开始就算超期：是不是年份或月份写错了？"
        case .statusBackToProposed(let item, let from):
            return "这里把议题 \(q(item)) 从“\(from.chineseWord)”改回了“征集”，而“征集”是刚收集、还没审核的状态；如果是重新开始办理，请写“办理中”"
        case .sameDayStatuses(let item, let date, let other, let otherStatus, let status):
            return "\(other) 也在 \(date) 这一天报了议题 \(q(item)) 的进展，写的是“\(otherStatus.chineseWord)”，这里写的是“\(status.chineseWord)”；同一天的进展按文件名的顺序计入，以排在最后的为准：请改正写错的日期或状态"
        case .itemTwiceInFile(let item, let line):
            return "这份文件第 \(line) 行已经报过议题 \(q(item)) 的进展，同一份文件里两条不一致的地方以最后一条为准：是不是从那里复制了编号，忘了改成这一条要报的议题？"
        case .fundsLowered(let item, let before, let now):
            return "议题 \(q(item)) 的 'funds' 写的是 \(now.grouped)，比之前记录的 \(before.grouped) 少，说明里却说是增加的资金：后写的 funds 会替换之前的数，不是加在上面。请写落实资金的合计（如果这笔是另外增加的，就是 \((before + now).grouped)）"
        case .reopenedWithoutNote(let item, let from, let to):
            return "这里把议题 \(q(item)) 从“\(from.chineseWord)”改为“\(to.chineseWord)”，已公布的统计数字会随之改变；请在 note 里写明原因"
        case .reopenedAfterResolved(let item, let resolvedOn, let to):
            return "议题 \(q(item)) 已于 \(resolvedOn) 改为“\(ItemStatus.resolved.chineseWord)”，这里又改为“\(to.chineseWord)”，已公布的统计数字会随之改变：确实重新办理的，可以不管这条提示；如果是日期或议题编号写错了，请改正"
        case .entryRepeated(let item, let earlier):
            return "议题 \(q(item)) 的这条进展和 \(earlier) 的那条一字不差（状态和 note 都一样）：是不是从上次的纪要复制过来，忘了改或删？"
        case .ratedWhileOpen(let item, let status):
            return "议题 \(q(item)) 还是“\(status.chineseWord)”，就有了满意度评价；满意度是群众对办理结果的评价，请写在办结的那条进展里，或在办结之后"
        case .updateDatedAhead(let date, let today):
            return "这条进展的日期 \(date) 还没到（今天是 \(today)）：到那天之前，它既不计入统计，也不在网站上显示。是不是年份或月份写错了？"
        case .upcomingWithResults(let date, let today):
            return "这次会议的日期 \(date) 还没到（今天是 \(today)），纪要里却已经有参会人数、表决，或已经在办理、办结、暂缓、不予受理或转办的议题：是不是日期写错了？到那天之前，它只作为会议预告公布，不计入任何统计"
        case .heldMeetingEmpty:
            return "这次会议没有参会人数、议题和纪要正文，却仍会计入会议次数：请补上会上的情况；如果会议还没开，请写上将要召开的日期"
        case .meetingYearMistyped(let date, let today, let earlier):
            return "这次会议的日期写的是 \(date)，比今天（\(today)）晚了一年多，可它的议题早在 \(earlier) 就有了日期（办理期限、公示日期或后来报的进展）：是不是年份写错了？请改正这个日期"
        case .meetingDatedFarAhead(let date, let today):
            return "这次会议的日期是 \(date)，比今天（\(today)）晚了一年多：到那天之前，它一直作为即将召开的会议列出，里面的议题也都不计入统计。是不是年份写错了？"
        case .updateToDraftItem(let item):
            return "议题 \(q(item)) 属于一份草稿会议纪要；这条进展在那次会议发布之前不计入"
        case .attendanceTotalMissing(let written?):
            return "'attendance' 下面缺少 'total'（参会总人次，统计要用到）：\(q(written)) 是不是 'total'？请改成 'total'（写成别的，会被当作一类参会人员来统计）"
        case .attendanceTotalMissing(nil):
            return "'attendance' 下面缺少 'total'（参会总人次，统计要用到）：请在 'attendance:' 下面加一行 '  total: 人次数'"
        case .attendanceExceedsTotal(let sum, let total): return "参会各类人员合计 \(sum) 人次，超过总数 \(total)"
        case .attendanceCategoryNearMiss(let written, let meant):
            return "参会类别 \(q(written)) 不是常用的类别名，是不是 \(q(meant))？不改的话，它会单独算作一类"
        case .votesExceedAttendance(let votes, let total): return "表决票数合计 \(votes)，超过参会人次 \(total)"
        case .voteAllZero:
            return "'vote' 的票数都是 0：请写上实际计的票数；没有表决的话，请删去 'vote' 这一行"
        case .voteWithoutCounts:
            return "'vote' 没有写票数：请写上计了的票数，如 {赞成: 24, 反对: 0, 弃权: 2}（没有计的一项可以不写）；没有表决的话，请删去 'vote' 这一行"
        case .noteExpected(let status):
            return "状态为“\(status.chineseWord)”的议题需要填写 'note'，公开说明理由\(status == .referred ? "和转往何处" : "")"
        case .deferredWithoutDue: return "暂缓的议题需要填写新的办理期限 'due'"
        case .ownerExpected(let status): return "状态为“\(status.chineseWord)”的议题需要填写责任单位 'owner'（部门或单位编号）"
        case .publicizedBeforeMeeting(let p, let d): return "公示日期 'publicized'（\(p)）早于会议日期（\(d)）"
        case .aliasTaken(let alias, let first): return "旧编号 \(q(alias)) 已被其他会议使用（在 \(first)）；如果那是会议改名前留下的旧文件，请删掉它"
        case .idIsFormerID(let id, let meeting, let first):
            return "会议编号 \(q(id)) 是会议 \(q(meeting)) 的旧编号（写在它的 'aliases' 里，在 \(first)）：会议改名后，改名前的旧文件要删掉；如果这是另一次会议，请换一个编号"
        case .noUpdatesListed:
            return "'updates' 下面一条进展也没有，这份文件什么也不会公布：请在下面逐条写上 '- item: 议题编号' 和这次的进展；如果还没有进展，可以先写 'draft: true'"
        case .emptyUpdate: return "这条进展什么也没有改变：请至少填写 status、owner、due、funds、satisfaction、note 中的一项"
        case .doubledLineEnds:
            return "这个文件的换行符被转换了两次（每行结尾是 CR CR LF）：照常读取，但有的编辑器会把每一行显示成两行，这里给出的行号就对不上了；请在编辑器里把换行符设为 CRLF 或 LF 后再保存"
        case .updateFiledAsMeeting:
            return "这份文件放在 meetings/ 里，却只有办理进展（updates），没有议题、参会人次、时间和地点，会被算作开了一次会。如果它是两次会议之间的进展记录，请移到 content/updates/（或写上 'kind: update'）；如果确实开了会，请补上参会人次等信息"
        case .updateFileInMeetings:
            return "这份文件放在 meetings/ 里，却只有两次会议之间进展记录的内容（date 和 updates），没有会议的名称和召开单位：请移到 content/updates/（或写上 'kind: update'）；这里已按进展记录检查了它"
        case .noticeIncomplete(let missing):
            var lost: [String] = []
            if missing.contains("base_url") { lost.append("没有可扫的二维码，sitemap.xml 里也不是完整的网址") }
            if missing.contains("notice.hotline") { lost.append("没有监督电话") }
            return "site.yml 没有写 \(missing.map { q($0) }.joined(separator: "和"))：打印出来的公示上\(lost.joined(separator: "，也"))。请补上\(missing.contains("base_url") ? "：'base_url:' 写网站发布后的网址（https://…/）" : "")\(missing.count == 2 ? "；" : "")\(missing.contains("notice.hotline") ? (missing.count == 2 ? "" : "：") + "'notice:' 下面的 'hotline:' 写监督电话" : "")"
        case .starterSettingsLeft(let keys):
            var lost: [String] = []
            if keys.contains("base_url") { lost.append("二维码会指向 example.org，而不是本站") }
            if keys.contains("notice.hotline") { lost.append("监督电话是个没人接听的示例号码") }
            return "site.yml 里的 \(keys.map { q($0) }.joined(separator: " 和 ")) 还是 yishi init 写的示例：打印出来的每张公示上，\(lost.joined(separator: "；"))。请改成\(keys.contains("base_url") ? "网站发布后的网址（https://…/）" : "")\(keys.count == 2 ? "和" : "")\(keys.contains("notice.hotline") ? "本地的监督电话" : "")"
        case .entryCommentedOut(let key):
            return "这一行以 '#' 开头，这一项的 '- \(key):' 成了注释，但它下面的几行没有，会被并到上一项里（上一项已经有这些字段）：请删掉开头的 '#'（如果这一项不要了，就在它的每一行前面都加上 '#'）。这里已按删掉 '#' 检查"
        case .parentCommentedOut(let key):
            return "这一行以 '#' 开头，\(q(key + ":")) 成了注释，但它下面缩进的几行没有，会被当成上面那一项的内容：请删掉开头的 '#'（如果整段都不要，就在下面那几行前面也都加上 '#'）。这里已按删掉 '#' 检查"
        case .updateWrittenFlat(let further):
            return "这条进展直接写在了文件最上层：请在第一个 'item:' 上面单独写一行 'updates:'，在每个 'item:' 前面加上 '  - '，每条进展的其他各行（'status:'、'note:' 等）前面各加 4 个空格。\(Message.checkedAsFirstChinese(further))"
        case .updatesNotIndented(let further):
            return "'updates:' 下面的进展没有缩进，会被当成整个文件的字段：请在每个 'item:' 前面加上 '  - '，每条进展的其他各行（'status:'、'note:' 等）前面各加 4 个空格。\(Message.checkedAsFirstChinese(further))"
        case .updatesWrittenAsItems:
            return "进展文件里的各条进展要写在 'updates:' 下面，不是 'items:'（那是会议新提出的议题）：请把这一行改成 'updates:'；每条以 '- item: 议题编号' 开头。这里已按进展检查了它们"
        case .meetingFiledAsUpdate:
            return "这份文件放在 updates/ 里，却是一次会议的纪要（有议题或参会人次）：请移到 content/meetings/（或写上 'kind: meeting'）；这里已按会议纪要检查了它"
        case .personalData(let kind, let masked):
            if kind == .mobile {
                return "这里有手机号码（\(masked)），会被公开发布；请删除，如果是单位对外公开的号码（如服务热线），请加到 site.yml 的 privacy.allow 中"
            }
            return "这里有居民身份证号码（\(masked)），会被公开发布：请删除。只有当这串数字其实不是身份证号码（如合同编号、项目编号）时，才可以加到 site.yml 的 privacy.allow 中"
        case .identityNumberMistyped(let masked):
            return "这里像是居民身份证号码（\(masked)），只是校验位对不上，可能有一位写错了；写错了也还是个人信息，会被公开发布：请删除；如果不是身份证号码，请加到 site.yml 的 privacy.allow 中"
        case .identityNumberOldForm(let masked):
            return "这里像是旧版 15 位的居民身份证号码（\(masked)）；旧号码同样能认出本人，会被公开发布：请删除；如果不是身份证号码，请加到 site.yml 的 privacy.allow 中"
        case .personalDataInFileName(let kind, let masked):
            let what = kind == .mobile ? "手机号码" : "居民身份证号码"
            return "文件名里有\(what)（\(masked)）；没写 'id:' 的文件以文件名作网址公开发布，会出现在每个链接和公示二维码里：请给文件改名，如用日期加单位编号"
        case .templateSyntax(let problem): return "模板无法读取：\(problem.text(zh: true))"
        case .missingString(let key, let locale): return "templates/\(locale) 中没有 \(q(key)) 的文字，这里会什么也不显示"
        case .unknownPartial(let name): return "没有名为 \(q(name)) 的模板（templates/\(name).mustache），这里会什么也不显示"
        }
    }
}

extension Message.Body {
    /// As a message names it: "the minutes hold", "the update's text holds".
    fileprivate var en: String { self == .minutes ? "the minutes" : "the update's text" }
    /// What the lines would be published as.
    fileprivate var enShown: String { self == .minutes ? "minutes" : "the update's text" }
    fileprivate var zh: String { self == .minutes ? "纪要" : "进展正文" }
}
