import Foundation

/// Reads `site.yml`, `units.yml` and `departments.yml`: plain YAML files, no body.
public enum SettingsParser {
    static let siteKeys = ["title", "locale", "base_url", "timezone", "rules", "privacy", "notice",
                           "categories", "platforms", "formats", "search", "limits", "extra"]

    /// Composes a whole-file YAML document, reporting slips and syntax errors.
    static func compose(_ text: String, file: String, reader: FieldReader) -> YAMLNode? {
        let (slips, mended) = SlipDetector.scan(text)
        // A setting commented out without a space (`#search: true`) is as often meant as not.
        reader.diagnostics += slips.filter { if case .fieldCommentedOut = $0.message { false } else { true } }
            .map { $0.diagnostic(file: file, lineOffset: reader.lineOffset) }
        let (composed, repeated) = YAMLComposer.composeReportingRepeats(mended)
        for f in repeated where !slips.contains(where: { $0.isError && $0.line == f.line }) {
            reader.diagnostics.append(.error(f.message, at: SourceLocation(file: file, line: f.line + reader.lineOffset, column: f.column)))
        }
        switch composed {
        case .success(let node): return SlipDetector.removingInvisibles(node, after: slips)
        case .failure(let f):
            if !slips.contains(where: { $0.isError && $0.line == f.line }) {
                reader.diagnostics.append(.error(f.message, at: SourceLocation(file: file, line: f.line + reader.lineOffset, column: f.column)))
            }
            return nil
        }
    }

    public static func site(_ text: String, file: String) -> (SiteSettings, [Diagnostic]) {
        let r = FieldReader(file: file, yamlLine: 1)
        var s = SiteSettings()
        guard let root = compose(text, file: file, reader: r) else { return (s, r.diagnostics) }
        guard let f = r.fields(root, context: .site, known: siteKeys) else { return (s, r.diagnostics) }
        if let v = f.text("title") { s.title = v }
        if let v = f.text("locale") {
            if ["zh-Hans", "zh-Hant", "en"].contains(v) { s.locale = v } else {
                r.error(.unknownWord(key: "locale", value: v, accepted: [["zh-Hans"], ["zh-Hant"], ["en"]], suggestion: Suggestion.closest(to: v, in: ["zh-Hans", "zh-Hant", "en"])), f.node("locale"))
            }
        }
        if let v = f.text("base_url") {
            // The feed, the sitemap and the QR codes of printed notices need a whole address.
            if v.hasPrefix("https://") || v.hasPrefix("http://") { s.baseURL = v.hasSuffix("/") ? v : v + "/" } else {
                r.error(.baseURLWithoutScheme(value: v), f.node("base_url"))
            }
        }
        if let v = f.text("timezone") {
            // CST, IST, BST … each name more than one zone, and Foundation takes CST for US
            // Central time, 14 hours from China's: a secretary who wrote it meant 中国标准时间.
            let abbreviation = (2...5).contains(v.count) && v.allSatisfy { $0.isASCII && $0.isUppercase } && !["UTC", "GMT", "PRC"].contains(v)
            if abbreviation { r.error(.ambiguousTimezone(value: v), f.node("timezone")) }
            else if TimeZone(identifier: v) != nil { s.timezone = v } else { r.error(.unknownTimezone(value: v), f.node("timezone")) }
        }
        if let n = f.node("rules"), let rules = r.fields(n, context: .rules, known: ["cadence_days", "default_due_days"], key: "rules") {
            if let v = rules.positive("cadence_days", else: s.cadenceDays) { s.cadenceDays = v }
            if let v = rules.positive("default_due_days", else: s.defaultDueDays) { s.defaultDueDays = v }
        }
        if let n = f.node("privacy"), let p = r.fields(n, context: .privacy, known: ["allow"], key: "privacy") {
            s.privacyAllow = p.list("allow").map(\.value)
        }
        if let n = f.node("notice"), let p = r.fields(n, context: .notice, known: ["days", "hotline"], key: "notice") {
            if let v = p.positive("days", shown: "notice.days", else: s.noticeDays) { s.noticeDays = v }
            if let v = p.text("hotline") { s.noticeHotline = v }
        }
        if let n = f.node("limits"), let p = r.fields(n, context: .limits, known: ["max_file_size"], key: "limits") {
            if let v = p.positive("max_file_size", else: s.maxFileSize) { s.maxFileSize = v }
        }
        // `[基础设施 人居环境, 其他]`: two Chinese names with a space for the comma were one
        // name, and every item of either category a warning (213 in the demo). An error, read
        // as the names it holds; English names keep their spaces.
        func names(_ key: String) -> [String] {
            f.list(key).flatMap { e -> [String] in
                let parts = Fields.partsApartBySpace(e.value)
                guard parts.count > 1, parts.allSatisfy({ ($0.unicodeScalars.first?.value ?? 0) >= 0x2E80 }) else { return [e.value] }
                r.diagnostics.append(.error(.entriesJoinedBySpace(key: key, entry: e.value, parts: parts), at: e.location))
                return parts
            }
        }
        s.categories = names("categories")
        s.platforms = names("platforms")
        s.formats = names("formats")
        if let v = f.bool("search") { s.search = v }
        s.extra = f.extra()
        return (s, r.diagnostics)
    }

    /// The entries of a file that holds one top-level list (units.yml, departments.yml).
    private static func topLevelList(_ text: String, file: String, reader r: FieldReader) -> [YAMLNode] {
        guard let root = compose(text, file: file, reader: r) else { return [] }
        guard case .sequence(let top) = root else {
            r.error(.expectedList(key: String(file.split(separator: "/").last ?? "")), root)
            return []
        }
        return top.items
    }

    /// Reads an entry's `id`, which must be valid.
    private static func entryID(_ f: Fields, reader r: FieldReader) -> String? {
        guard let id = f.text("id", required: true) else { return nil }
        if let p = Identifier.problem(id) { r.error(p, f.node("id")); return nil }
        return id
    }

    static func units(_ text: String, file: String) -> ([Unit], [Diagnostic]) {
        let r = FieldReader(file: file, yamlLine: 1)
        let top = topLevelList(text, file: file, reader: r)
        var out: [Unit] = []
        func walk(_ nodes: [YAMLNode], parent: String?) -> [String] {
            var ids: [String] = []
            for n in nodes {
                guard let f = r.fields(n, context: .unit, known: ["id", "name", "level", "children", "since", "until", "merged_into", "extra"]),
                      let id = entryID(f, reader: r) else { continue }
                let name = f.text("name", required: true) ?? id
                let level = f.text("level") ?? ""
                let since = f.day("since"), until = f.day("until")
                if let since, let until, until < since { r.error(.unitEndsBeforeItBegins(since: since, until: until), f.node("until")) }
                let mergedInto = f.located("merged_into")
                if let mergedInto {
                    if mergedInto.value == id { r.error(.mergedIntoItself(unit: id), f.node("merged_into")) }
                    // Written but not a date is named above, as what it is.
                    if f.node("until") == nil { r.error(.mergedWithoutUntil(unit: id), f.node("merged_into")) }
                }
                let index = out.count
                out.append(Unit(id: id, name: name, level: level, parent: parent, since: since, until: until,
                                mergedInto: mergedInto, location: r.location(f.node("id"))))
                out[index].children = walk(f.sequence("children"), parent: id)
                // Coverage and the cadence count villages and communities: a town's dates would
                // say nothing of its villages, which a merger moves elsewhere rather than ends.
                if !out[index].children.isEmpty {
                    for key in ["since", "until", "merged_into"] where f.node(key) != nil {
                        r.error(.lifeDatesOnlyForVillages(key: key, unit: id), f.node(key))
                    }
                }
                ids.append(id)
            }
            return ids
        }
        _ = walk(top, parent: nil)
        return (out, r.diagnostics)
    }

    static func departments(_ text: String, file: String) -> ([Department], [Diagnostic]) {
        let r = FieldReader(file: file, yamlLine: 1)
        var out: [Department] = []
        for n in topLevelList(text, file: file, reader: r) {
            guard let f = r.fields(n, context: .department, known: ["id", "name", "extra"]),
                  let id = entryID(f, reader: r) else { continue }
            out.append(Department(id: id, name: f.text("name", required: true) ?? id, location: r.location(f.node("id"))))
        }
        return (out, r.diagnostics)
    }
}
