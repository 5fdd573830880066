import Foundation
import YishiCore

/// The rendered minutes inside a meeting page, between two HTML comments, so that an edit to
/// the minutes alone can be replaced in the page without rendering the site again.
enum Minutes {
    static let open = "<!--minutes-->", close = "<!--/minutes-->"

    static func marked(_ html: String) -> String { open + html + close }

    /// Minutes rendered for their place on the page: one heading level down, so that a
    /// secretary's `## 议程` sits under the page's own 会议纪要 (h2) rather than beside it,
    /// and a `#` under the page's h1. h6 stays h6. A table can take the keyboard's focus: one
    /// wider than a phone scrolls sideways in its box, which a keyboard reaches only so.
    static func html(_ markdown: String) -> String {
        var html = Markdown.standard.html(markdown)
        // One pass over the bytes, a tag at a time: Foundation's contains and
        // replacingOccurrences on the Chinese text folded it character by character, a tenth of
        // a full build's CPU, and a byte-by-byte copy was still a hundredth.
        return html.withUTF8 { b -> String in
            guard let base = b.baseAddress else { return "" }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 64)
            let h = UInt8(ascii: "h"), slash = UInt8(ascii: "/")
            let table = Array("<table>".utf8), focusable = Array("<table tabindex=\"0\"".utf8)
            var done = 0
            while done < b.count, let hit = memchr(base + done, Int32(UInt8(ascii: "<")), b.count - done) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[done..<i]))
                done = i + 1
                out.append(UInt8(ascii: "<"))
                guard i + 3 < b.count else { continue }
                // cmark-gfm writes a table's tag bare, and passes no raw HTML: each one is a table.
                if b[i + 1] == UInt8(ascii: "t"), b[i...].starts(with: table) {
                    out.removeLast()
                    out += focusable
                    out += columnStyle(b, from: i + table.count)
                    out.append(UInt8(ascii: ">"))
                    done = i + table.count
                    continue
                }
                let j = b[i + 1] == slash ? i + 2 : i + 1
                if j + 2 < b.count, b[j] == h, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(b[j + 1]),
                   b[j + 2] == UInt8(ascii: ">") || b[j + 2] == UInt8(ascii: " ") {
                    if j == i + 2 { out.append(slash) }
                    out += [h, b[j + 1] + 1]
                    done = j + 2
                }
            }
            if done < b.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[done...])) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A table's column names as the style the phone layout reads (` style="--c1:"编号";…"`),
    /// from its header row, which starts at `start`: a table of three columns or more is laid
    /// out there a row to a block, each cell after its column's name, rather than scrolled
    /// sideways a column at a time. Empty for a narrower table, which fits a phone as it is.
    static func columnStyle(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        let headEnd = Array("</thead>".utf8), cellEnd = Array("</th>".utf8)
        var names: [String] = []
        var i = start
        // cmark-gfm writes each header cell as <th> or <th align="…">, its text escaped.
        while i + 3 < b.count, !b[i...].starts(with: headEnd) {
            guard b[i] == UInt8(ascii: "<"), b[i + 1] == UInt8(ascii: "t"), b[i + 2] == UInt8(ascii: "h"),
                  b[i + 3] == UInt8(ascii: ">") || b[i + 3] == UInt8(ascii: " ") else { i += 1; continue }
            var j = i + 3
            while j < b.count, b[j] != UInt8(ascii: ">") { j += 1 }
            var k = j + 1
            while k < b.count, !b[k...].starts(with: cellEnd) { k += 1 }
            names.append(plainText(UnsafeBufferPointer(rebasing: b[min(j + 1, k)..<k])))
            i = k
        }
        guard names.count >= 3 else { return [] }
        let labels = names.enumerated().filter { !$0.element.isEmpty }
            .map { SiteRenderer.columnLabels([$0.element], first: $0.offset + 1) }.joined(separator: ";")
        return Array(" style=\"\(HTML.escape(labels))\"".utf8)
    }

    /// A header cell's text: its tags dropped (a **bold** name) and cmark's entities read back.
    private static func plainText(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        var inTag = false
        for c in b {
            if c == UInt8(ascii: "<") { inTag = true } else if c == UInt8(ascii: ">") { inTag = false } else if !inTag { bytes.append(c) }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether a body has any minutes at all (Foundation's trimming copies the whole body twice).
    static func present(in body: String) -> Bool { BodyText.text(body).hasVisibleText }

    /// The page with its minutes replaced, or nil when the page has none marked.
    static func replace(in page: String, with html: String) -> String? {
        guard let a = page.range(of: open), let b = page.range(of: close, range: a.upperBound..<page.endIndex) else { return nil }
        return String(page[..<a.upperBound]) + html + String(page[b.lowerBound...])
    }
}

/// The fast path for the most common edit: the minutes of one meeting corrected, its front
/// matter untouched. Nothing any figure, list or other page shows can have changed, so the
/// meeting's page gets its new minutes and everything else stays. Any other change — another
/// file, the front matter, a template, a setting, search switched on — takes the full build.
enum QuickRebuild {
    /// One table per output folder, beside its build stamp: the preview's builds must not
    /// vouch for what `output/` holds.
    static func file(_ root: URL, _ output: URL) -> URL {
        let stamp = BuildStamp.file(root, output).lastPathComponent
        return root.appendingPathComponent(".yishi-cache/" + stamp.replacingOccurrences(of: "build-stamp", with: "minutes")
            .replacingOccurrences(of: ".txt", with: ".tsv"))
    }

    /// After a build: for each meeting file, its front-matter digest and its page.
    static func record(site root: URL, output: URL, meetings: [Meeting]) {
        // Bytes appended, not strings interpolated: a line per meeting, saved after every build.
        var text: [UInt8] = []
        text.reserveCapacity(meetings.count * 80)
        for m in meetings where !m.draft {
            text += m.file.utf8
            text.append(UInt8(ascii: "\t"))
            text += String(m.frontMatterDigest).utf8
            text += "\tmeetings/".utf8
            text += m.id.utf8
            text += ".html\n".utf8
        }
        try? Data(text).write(to: file(root, output), options: .atomic)
    }

    static func forget(site root: URL, output: URL) { try? FileManager.default.removeItem(at: file(root, output)) }

    enum Result {
        /// Not a minutes-only edit: build everything.
        case notApplicable
        /// The new minutes hold personal data: nothing was written.
        case refused([Diagnostic])
        case done(page: String)
    }

    static func attempt(site root: URL, output: URL, previous: String?, current: BuildStamp, settings: SiteSettings) -> Result {
        guard let previous, let changed = onlyChangedFile(previous: previous, current: current.text),
              changed.hasPrefix("content/meetings/"), changed.hasSuffix(".md"),
              let table = try? String(contentsOf: file(root, output), encoding: .utf8),
              let line = line(of: changed, in: table) else { return .notApplicable }
        let fields = line.split(separator: "\t")
        guard fields.count == 3, let digest = UInt64(fields[1]),
              let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(changed).path),
              case .success(let text) = SourceText.decode([UInt8](bytes)),
              case .success(let fm) = FrontMatter.split(text), fm.digest == digest,
              Minutes.present(in: fm.body),
              // Minutes with a control character, or with fields, pictures or tags the parser
              // would name, take the full build, which names each one.
              !SlipDetector.hasControlCharacter(fm.body), DocumentParser.bodyRaisesNothing(fm) else { return .notApplicable }
        let pagePath = output.appendingPathComponent(String(fields[2])).path
        guard let old = try? String(contentsOfFile: pagePath, encoding: .utf8),
              let page = Minutes.replace(in: old, with: Minutes.html(fm.body)) else { return .notApplicable }
        // The front matter passed the last build; the new minutes must pass the same guard.
        let problems = PrivacyCheck.scan(fm.body, file: changed, allowed: settings.privacyAllow, firstLine: fm.bodyLine)
        // A warning (a mistyped identity number) does not stop a build: the full build says it.
        if problems.contains(where: { $0.severity == .error }) { return .refused(problems) }
        if !problems.isEmpty { return .notApplicable }
        // One file: replacing it with rename(2) is as atomic as swapping the whole site.
        guard SiteWriter(output: output).replace([(String(fields[2]), page)]) != nil else { return .notApplicable }
        if let stamp = stamp(of: changed, in: current.text) {
            RecordCache.note(changed, bytes: [UInt8](bytes), stamp: stamp, kind: .meeting,
                             settings: settings, cache: root.appendingPathComponent(".yishi-cache/records.bin"),
                             tool: BuildStamp.executableStamp())
        }
        return .done(page: String(fields[2]))
    }

    /// The table's line for a file (a site has one per meeting: found without splitting them all).
    /// Searched as bytes, line by line: Foundation's `range(of:)` took 40 million instructions
    /// on a stamp of 12 000 lines.
    static func line(of path: String, in table: String) -> Substring? {
        let key = Array((path + "\t").utf8)
        var table = table
        let found = table.withUTF8 { t -> Range<Int>? in
            guard let base = t.baseAddress else { return nil }
            // Line by line: the key must start one.
            var at = 0
            while at < t.count {
                let end = memchr(base + at, 0x0A, t.count - at).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? t.count
                if end - at >= key.count, memcmp(base + at, key, key.count) == 0 { return at..<end }
                at = end + 1
            }
            return nil
        }
        guard let found else { return nil }
        let u = table.utf8
        return table[u.index(u.startIndex, offsetBy: found.lowerBound)..<u.index(u.startIndex, offsetBy: found.upperBound)]
    }

    /// Each changed meeting as it is now and as this output was built from it, when every
    /// changed input is a meeting file; nil otherwise. The old record must carry this output's
    /// stamp: not one a build of another output (the preview) read since.
    static func editedMeetings(previous: String, current: BuildStamp, records: RecordCache,
                               content: Content) -> [(new: Meeting, old: Meeting)]? {
        guard let changed = changedFiles(previous: previous, current: current.text), !changed.isEmpty else { return nil }
        let paths = Set(changed)
        var now: [String: Meeting] = [:]
        for m in content.meetings where paths.contains(m.file) { now[m.file] = m }
        var pairs: [(new: Meeting, old: Meeting)] = []
        for path in changed {
            guard let new = now[path], let stamp = stamp(of: path, in: previous),
                  case .meeting(let old)? = records.previousRecord(path, stamp: stamp) else { return nil }
            pairs.append((new, old))
        }
        return pairs
    }

    /// A file's stat data as a build stamp records it (what follows its path on its line).
    static func stamp(of path: String, in stampText: String) -> String? {
        guard let entry = line(of: path, in: stampText), let tab = entry.firstIndex(of: "\t") else { return nil }
        return String(entry[entry.index(after: tab)...])
    }

    /// The one input file whose stat changed, when the build's settings lines are all the same.
    static func onlyChangedFile(previous: String, current: String) -> String? {
        guard let changed = changedFiles(previous: previous, current: current), changed.count == 1 else { return nil }
        return changed[0]
    }

    /// The input files whose stat changed, when only files under `content/` changed and none
    /// was added or removed (every other line — options, binary, templates — is the same).
    /// Compared as bytes: a stamp has a line per file, tens of thousands of them.
    static func changedFiles(previous: String, current: String) -> [String]? {
        var previous = previous, current = current
        return previous.withUTF8 { a in current.withUTF8 { b in changedFiles(a, b) } }
    }

    private static func changedFiles(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        var changed: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            guard i < a.count, j < b.count else { return nil }
            var ei = i, ej = j
            while ei < a.count, a[ei] != newline { ei += 1 }
            while ej < b.count, b[ej] != newline { ej += 1 }
            let x = UnsafeBufferPointer(rebasing: a[i..<ei]), y = UnsafeBufferPointer(rebasing: b[j..<ej])
            if x.count != y.count || memcmp(x.baseAddress!, y.baseAddress!, x.count) != 0 {
                let px = x.prefix { $0 != tab }, py = y.prefix { $0 != tab }
                guard px.elementsEqual(py), px.count < x.count else { return nil }
                let path = String(decoding: px, as: UTF8.self)
                guard path.hasPrefix("content/") else { return nil }
                changed.append(path)
            }
            i = ei + 1
            j = ej + 1
        }
        return changed
    }
}
