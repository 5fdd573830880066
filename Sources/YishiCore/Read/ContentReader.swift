import Dispatch
import Foundation

/// The read and parse stages: every file of `content/` into a `Content` value and the
/// diagnostics found on the way. No file is dropped without a word.
public enum ContentReader {
    public static let siteFile = "content/site.yml"
    public static let unitsFile = "content/units.yml"
    public static let departmentsFile = "content/departments.yml"

    /// With a `cache`, files it holds unchanged are not parsed again, and what was parsed is
    /// added to it.
    public static func read(from source: ContentSource, cache: RecordCache? = nil) -> (Content, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var content = Content()

        let listed = source.files(under: "content")
        /// Settings files saved under a name of their own, each said once, not also as "not
        /// Markdown", whose advice (rename it to .md) would lose the file.
        var misnamed: [String: String] = [:]
        func yamlFile(_ path: String, required: Bool) -> String? {
            guard source.exists(path) else {
                if let other = misnamedSettings(path, among: listed) {
                    diagnostics.error(.settingsFileMisnamed(name: String(other.lastPathPart), expected: String(path.lastPathPart)),
                                      at: SourceLocation(file: other))
                    misnamed[path] = other
                } else if required {
                    diagnostics.error(.missingFile(name: path), at: SourceLocation(file: path))
                }
                return nil
            }
            do {
                let (text, found) = SourceText.read(try source.read(path), file: path)
                diagnostics.append(contentsOf: found)
                return text
            } catch {
                diagnostics.error(error.unreadable, at: SourceLocation(file: path))
                return nil
            }
        }

        if let text = yamlFile(siteFile, required: true) {
            let (s, d) = SettingsParser.site(text, file: siteFile)
            content.settings = s
            diagnostics.append(contentsOf: d)
            // Scanned once the allow list is known: the hotline there is published on purpose.
            diagnostics.append(contentsOf: PrivacyCheck.scan(text, file: siteFile, allowed: s.privacyAllow))
        }
        content.unread.units = true
        if let text = yamlFile(unitsFile, required: true) {
            diagnostics.append(contentsOf: PrivacyCheck.scan(text, file: unitsFile, allowed: content.settings.privacyAllow))
            let (u, d) = SettingsParser.units(text, file: unitsFile)
            content.units = UnitTree(u)
            diagnostics.append(contentsOf: d)
            content.unread.units = d.contains { $0.severity == .error }
            if !content.unread.units, u.isEmpty {
                diagnostics.error(.noUnits, at: SourceLocation(file: unitsFile, line: 1, column: 1))
                content.unread.units = true
            }
        }
        if let text = yamlFile(departmentsFile, required: false) {
            diagnostics.append(contentsOf: PrivacyCheck.scan(text, file: departmentsFile, allowed: content.settings.privacyAllow))
            let (ds, d) = SettingsParser.departments(text, file: departmentsFile)
            content.departments = ds
            diagnostics.append(contentsOf: d)
            content.unread.departments = d.contains { $0.severity == .error }
            // Emptied (every line deleted, or only comments left): as good as missing.
            if ds.isEmpty, !content.unread.departments { content.unread.departmentsFileMissing = .empty }
        } else if source.exists(departmentsFile) || misnamed[departmentsFile] != nil {
            content.unread.departments = true
        } else {
            content.unread.departmentsFileMissing = .missing
        }

        /// Minutes at `path` whose items may not all have been read: `written`, the ids their `id:`
        /// lines name (nil: the file could not be read at all); `read`, those read all the same.
        /// An update naming one of the others is told of the file, not of another item; and
        /// while any is unread (`龙江2026-004` left out), no other item is suggested at all.
        /// Minutes left out that raise nothing leave nothing unread.
        func unread(_ path: String, written: [String]?, read: Set<String> = []) {
            for id in written ?? [] where content.unread.itemFiles[id] == nil { content.unread.itemFiles[id] = path }
            if written?.contains(where: { !read.contains($0) }) ?? true { content.unread.meetingFiles.insert(path) }
        }
        var toParse: [(path: String, kind: ContentKind?, stamp: String?)] = []
        let settingsFiles: Set<String> = [siteFile, unitsFile, departmentsFile]
        let saidMisnamed = Set(misnamed.values)
        for f in listed where !saidMisnamed.contains(f.path) {
            let name = f.path.lastPathPart
            if name == ".md" {
                // Hidden by its dot like an editor's dropping, but surely minutes saved without a name.
                diagnostics.warning(.namelessFile, at: SourceLocation(file: f.path))
                continue
            }
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }  // editor and system droppings
            switch f.problem {
            case .unreadableFolder(let reason)?:
                diagnostics.error(.unreadableFolder(reason: reason), at: SourceLocation(file: f.path))
                unread(f.path, written: nil)
                continue
            case .leadsNowhere(let target)?:
                diagnostics.error(.symlinkToNothing(target: target), at: SourceLocation(file: f.path))
                unread(f.path, written: nil)
                continue
            case .escapes(let target)?:
                diagnostics.warning(.symlinkOutside(target: target), at: SourceLocation(file: f.path))
                continue
            case nil: break
            }
            if settingsFiles.contains(f.path) { continue }
            guard name.markdownStem != nil else {
                // Minutes saved by Notepad as .txt (or .md.txt, its extension hidden) are a
                // meeting left out of the figures: an error, not a warning a build passes by.
                if let minutes = minutesSavedAsText(f.path, source: source) {
                    diagnostics.error(.minutesSavedAsText(name: String(name), rename: minutes.rename), at: SourceLocation(file: f.path))
                    unread(f.path, written: minutes.ids)
                } else if let rename = minutesInWordFile(f.path, source: source) {
                    diagnostics.error(.minutesInWordFile(name: String(name), rename: rename), at: SourceLocation(file: f.path))
                    unread(f.path, written: nil)
                } else {
                    diagnostics.warning(.notMarkdown(name: String(name)), at: SourceLocation(file: f.path))
                }
                continue
            }
            let kind: ContentKind? = f.path.hasPrefix("content/meetings/") ? .meeting
                : f.path.hasPrefix("content/updates/") ? .update : nil
            toParse.append((f.path, kind, f.stamp))
        }

        let limit = content.settings.maxFileSize
        let allowed = content.settings.privacyAllow
        cache?.use(settings: RecordCache.settingsKey(content.settings), files: toParse.count)
        /// `unreadIDs`: a meeting file with an error, the ids its `id:` lines name; `unreadable`: one
        /// that could not be read at all.
        typealias Parsed = (record: ContentRecord?, problems: [Diagnostic], unchanged: Bool, unreadIDs: [String]?, unreadable: Bool)
        // A file's record, what its parse said, and whether the cache had it by its stat data.
        func parse(_ entry: (path: String, kind: ContentKind?, stamp: String?), waiting: Bool) -> Parsed? {
            if let hit = cache?.unchangedRecord(entry.path, stamp: entry.stamp) { return (hit, [], true, nil, false) }
            do {
                // A file not in memory is parsed after the others of its range, which gives the
                // disk time to load it while they are parsed.
                guard let bytes = waiting ? try source.read(entry.path) : try source.readIfInMemory(entry.path) else { return nil }
                // Hashed only for a cache: the bytes may be unchanged though the stat is not.
                let digest = cache.map { _ in SHA256.digest(bytes) }
                if let cache, let digest, let hit = cache.record(entry.path, digest: digest, stamp: entry.stamp) { return (hit, [], false, nil, false) }
                let (record, ds) = DocumentParser.parse(bytes, file: entry.path, folderKind: entry.kind, maxFileSize: limit, privacyAllow: allowed)
                if let cache, let digest { cache.parsed(entry.path, stamp: entry.stamp, digest: digest, record: record, clean: ds.isEmpty) }
                // An item left out for an error is still named by its `id:` line.
                let failed = entry.kind != .update && ds.contains { $0.severity == .error }
                return (record, ds, false, failed ? DocumentParser.writtenIDs(bytes) : nil, false)
            } catch {
                return (nil, [.error(error.unreadable, at: SourceLocation(file: entry.path))], false, nil, entry.kind != .update)
            }
        }
        let results = parallelMap(toParse, first: { parse($0, waiting: false) }, then: { parse($0, waiting: true)! })
        cache?.keepUnchanged(zip(toParse, results).compactMap { file, result in result.unchanged ? file.path : nil })
        for ((path, _, _), (record, ds, _, unreadIDs, unreadable)) in zip(toParse, results) {
            diagnostics.append(contentsOf: ds)
            if unreadable {
                unread(path, written: nil)
            } else if let unreadIDs {
                let read: Set<String> = if case .meeting(let m)? = record { Set(m.items.map(\.id) + [m.id]) } else { [] }
                unread(path, written: unreadIDs, read: read)
            }
            switch record {
            case .meeting(let m)?: content.meetings.append(m)
            case .update(let u)?: content.updateFiles.append(u)
            case nil: break
            }
        }
        return (content, diagnostics)
    }
}

extension ContentReader {
    /// The file in `content/` that is the settings file `expected` under another name: another
    /// extension (`departments.yaml`), one added by Notepad (`units.yml.txt`), the singular
    /// (`department.yml`) or capitals (`Site.yml`). Looked for only while `expected` is missing.
    fileprivate static func misnamedSettings(_ expected: String, among files: [SourceFile]) -> String? {
        let stem = expected.lastPathPart.prefix { $0 != "." }.lowercased()
        var stems: Set<String> = stem.hasSuffix("s") ? [stem, String(stem.dropLast())] : [stem]
        stems.formUnion(chineseNames[stem] ?? [])
        /// The name without its extensions and what a copy adds (`units (1).yml.yml` → `units`).
        func bare(_ name: Substring) -> String {
            var n = name.lowercased()
            for copy in [" - 副本", "- 副本", "副本", " - copy", " copy"] { n = n.replacingOccurrences(of: copy, with: "") }
            if let open = n.lastIndex(of: "("), n[open...].contains(")") { n = String(n[..<open]) + String(n[n.index(after: n[open...].firstIndex(of: ")")!)...]) }
            while let dot = n.lastIndex(of: "."), [".yml", ".yaml", ".txt"].contains(String(n[dot...])) { n = String(n[..<dot]) }
            return n.trimmingCharacters(in: .whitespaces)
        }
        // At the top of content/ first; then in a folder of its own (content/设置/units.yml),
        // outside the minutes' folders.
        let candidates = files.filter { f in
            guard f.problem == nil, f.path.hasPrefix("content/"), !f.path.hasPrefix("content/meetings/"), !f.path.hasPrefix("content/updates/"),
                  f.path.lastPathPart.markdownStem == nil else { return false }
            return stems.contains(bare(f.path.lastPathPart))
        }
        return (candidates.first { !$0.path.dropFirst(8).contains("/") } ?? candidates.first)?.path
    }

    /// The settings files' names in Chinese, as a secretary may save them (单位.yml).
    private static let chineseNames: [String: [String]] = ["site": ["网站", "站点", "设置", "網站", "設定"],
                                                           "units": ["单位", "單位"], "departments": ["部门", "部門"]]

    /// The .md name for a Word or WPS file in meetings/ named as minutes are (a date first),
    /// when no .md of that name is beside it: kept beside the minutes copied out of it, it is
    /// the secretary's original, which the warning that it is not read will do for.
    fileprivate static func minutesInWordFile(_ path: String, source: ContentSource) -> String? {
        let name = path.lastPathPart
        guard path.hasPrefix("content/meetings/"), Message.isWordProcessorFile(String(name)),
              let dot = name.lastIndex(of: ".") else { return nil }
        let stem = name[..<dot]
        guard stem.count > 10, Day(iso: stem.prefix(10)) != nil else { return nil }
        let rename = String(stem) + ".md"
        return source.exists(String(path[..<name.startIndex]) + rename) ? nil : rename
    }

    /// A `.txt` file that opens with front matter: minutes under the wrong extension, with the
    /// name it should have and the ids it raises.
    fileprivate static func minutesSavedAsText(_ path: String, source: ContentSource) -> (rename: String, ids: [String])? {
        let name = path.lastPathPart
        guard name.lowercased().hasSuffix(".txt"), let bytes = try? source.read(path) else { return nil }
        let ascii = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard ascii.drop(while: { $0 == 0x20 || $0 == 0x0D || $0 == 0x0A }).starts(with: Array("---".utf8)) else { return nil }
        let stem = name.dropLast(4)
        let rename = stem.lowercased().hasSuffix(".md") ? String(stem) : stem + ".md"
        // Beside the .md of that name, it is a copy: the warning that it is not read will do.
        guard !source.exists(String(path[..<name.startIndex]) + rename) else { return nil }
        return (rename, DocumentParser.writtenIDs(bytes))
    }
}

extension Error {
    /// Why a file could not be read. The system's own words are English: the one reason a
    /// secretary meets, a file copied in as another user, is said in the site's language.
    var unreadable: Message {
        if let c = self as? CocoaError, c.code == .fileReadNoPermission { return .noPermission }
        if let p = self as? POSIXError, p.code == .EACCES { return .noPermission }
        return .unreadableFile(reason: localizedDescription)
    }
}
