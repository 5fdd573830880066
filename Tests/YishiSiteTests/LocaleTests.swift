import Foundation
import Testing
import Yams
import YishiCore
@testable import YishiSite

/// Every UI string a page needs is in each of the theme's three locale files.
@Suite struct LocaleTests {
    static let figureKeys = Figures.jsonKeys

    @Test(arguments: ["zh-Hans", "zh-Hant", "en"])
    func localeDefinesEveryLabelAndFigure(locale: String) throws {
        let text = try #require(DefaultTheme.files["locales/\(locale).yml"])
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        let figures = try #require(root["figures"] as? [String: [String: String]])
        #expect(Set(figures.keys) == Set(Self.figureKeys))
        for (key, f) in figures {
            #expect(!(f["name"] ?? "").isEmpty, "\(locale) \(key) name")
            #expect((f["definition"] ?? "").count > 8, "\(locale) \(key) definition")
        }
        let statuses = try #require(root["status"] as? [String: String])
        #expect(Set(statuses.keys) == Set(ItemStatus.allCases.map(\.rawValue)))
        #expect(Set((root["kind"] as? [String: String] ?? [:]).keys) == Set(ItemKind.allCases.map(\.rawValue)))
        #expect(Set((root["urgency"] as? [String: String] ?? [:]).keys) == Set(Urgency.allCases.map(\.rawValue)))
        #expect(Set((root["satisfaction"] as? [String: String] ?? [:]).keys) == Set(Satisfaction.allCases.map(\.rawValue)))
        // The open data's page: every column of every file, each file's rows, stats.json's frame.
        let data = try #require(root["data"] as? [String: Any])
        let columns = try #require(data["columns"] as? [String: [String: String]])
        for (file, names) in [("meetings", OpenData.meetingColumns), ("items", OpenData.itemColumns), ("updates", OpenData.updateColumns),
                              ("units", OpenData.unitColumns), ("departments", OpenData.departmentColumns)] {
            #expect(Set(columns[file]?.keys.map { $0 } ?? []) == Set(names), "\(locale) data.columns.\(file)")
            #expect(columns[file]?.values.allSatisfy { $0.count >= 2 } == true, "\(locale) data.columns.\(file)")
        }
        #expect(Set((data["rows"] as? [String: String] ?? [:]).keys) == ["meetings", "items", "updates", "units", "departments", "stats"])
        // The usual attendance categories, which the open data's page lists by code.
        #expect(Set((root["attendance"] as? [String: String] ?? [:]).keys).isSuperset(of: AttendanceCategory.allCases.map(\.rawValue)))
        #expect(Set((data["stats_keys"] as? [String: String] ?? [:]).keys) == ["period", "scope", "as_of"])
        let rowKeys = try #require(data["row_keys"] as? [String: Any])
        for (key, names) in Figures.rowKeys {
            #expect(Set((rowKeys[key] as? [String: String] ?? [:]).keys) == Set(names), "\(locale) data.row_keys.\(key)")
        }
    }
}

/// A site's own templates are checked for what would silently render as nothing.
@Suite struct ThemeCheckTests {
    @Test(arguments: ["zh-Hans", "zh-Hant", "en"])
    func theBuiltInThemeIsCompleteInEveryLocale(locale: String) {
        let (theme, problems) = Theme.load(siteTemplates: nil, locale: locale)
        #expect(theme != nil)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(in: .en) })")
    }

    @Test func missingPartialsStringsAndSyntaxErrorsAreNamedWithFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{<layout}}\n{{$main}}\n{{> sidebar}}\n<p>{{t.home.nonsense}}</p>\n{{/main}}\n{{/layout}}\n".utf8)
            .write(to: folder.appendingPathComponent("home.mustache"))
        try Data("{{#unclosed}}\n".utf8).write(to: folder.appendingPathComponent("data.mustache"))
        let (theme, problems) = Theme.load(siteTemplates: folder, locale: "zh-Hans")
        #expect(theme == nil)
        let rendered = problems.map { $0.rendered(in: .en) }
        #expect(rendered.contains("templates/home.mustache:3:1: error: there is no template 'sidebar' (templates/sidebar.mustache) for this reference; it would render as nothing"))
        #expect(rendered.contains("templates/home.mustache:4:4: error: templates/locales/zh-Hans.yml has no text for 'home.nonsense'; it would render as nothing"))
        #expect(rendered.contains { $0.hasPrefix("templates/data.mustache:") && $0.contains("cannot be read") }, "\(rendered)")
    }

    @Test func aSiteTemplateOverridesTheBuiltInOneFileByFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("body { color: green }\n".utf8).write(to: folder.appendingPathComponent("assets/style.css"))
        let (theme, problems) = Theme.load(siteTemplates: folder, locale: "en")
        #expect(problems.isEmpty)
        #expect(theme?.files["assets/style.css"] == "body { color: green }\n")
        #expect(theme?.files["layout.mustache"] == DefaultTheme.files["layout.mustache"])
        #expect(theme?.overridden == ["assets/style.css"])
    }

    /// A site's own figures.mustache from an earlier `yishi init` names the records' summary
    /// string as it was (`report.records`): the built-in locale still has it, so the site builds.
    @Test func anOlderFiguresTemplateStillFindsItsStrings() throws {
        var files = DefaultTheme.files
        let current = try #require(files["figures.mustache"])
        let older = current.replacingOccurrences(of: "{{t.report.records_count}}{{#has_rows}}<span class=\"open-hint\">{{t.report.records_hint}}</span>{{/has_rows}}",
                                                 with: "{{t.report.records}}")
        #expect(older != current)
        files["figures.mustache"] = older
        for locale in ["zh-Hans", "zh-Hant", "en"] {
            let (theme, problems) = Theme.build(files: files, overridden: ["figures.mustache"], locale: locale)
            #expect(theme != nil && problems.isEmpty, "\(locale): \(problems.map { $0.rendered(in: .en) })")
        }
    }

    /// `yishi init` copies the locale file into the site; a later yishi's new strings must
    /// not be missing from such a copy (a report title read "period.quarter").
    @Test func aSitesOwnLocaleFileIsFilledInFromTheBuiltInOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        let builtIn = try #require(DefaultTheme.files["locales/zh-Hans.yml"])
        // An older copy: no `period` patterns, and one string of its own.
        let old = builtIn.replacingOccurrences(of: "period:\n  year: \"{y}年\"\n  quarter: \"{y}年第{q}季度\"\n  month: \"{y}年{m}月\"\n", with: "")
            .replacingOccurrences(of: "  title: 统计报告\n", with: "  title: 议事统计\n")
        #expect(old != builtIn && !old.contains("quarter:"))
        try Data(old.utf8).write(to: folder.appendingPathComponent("locales/zh-Hans.yml"))
        let (theme, problems) = Theme.load(siteTemplates: folder, locale: "zh-Hans")
        #expect(problems.isEmpty)
        #expect(theme?.string("period.quarter") == "{y}年第{q}季度")
        #expect(theme?.string("report.title") == "议事统计")
    }
}

/// A locale's `{name}` places, filled as the pages fill them.
@Suite struct LocaleFillingTests {
    @Test func everyPlaceIsFilledAndOtherBracesAreKept() throws {
        let zh = try #require(Theme.load(siteTemplates: nil, locale: "zh-Hans").0)
        let en = try #require(Theme.load(siteTemplates: nil, locale: "en").0)
        #expect(zh.periodName(.month(2026, 3)) == "2026年3月")
        #expect(en.periodName(.month(2026, 3)) == "2026-03")
        #expect(zh.periodName(.quarter(2025, 4)) == "2025年第4季度")
        #expect(en.periodName(.quarter(2025, 4)) == "2025 Q4")
        #expect(zh.string("items.page_of", filling: ["{n}": "2", "{total}": "12"]) == "第 2 页，共 12 页")
        // `{mm}` is not mistaken for `{m}` followed by text, a place at either end is filled,
        // a value holding a place's name is not filled again, and unknown braces stay.
        #expect(Theme.fill("{m}{mm}月{x}", ["{mm}": "03", "{m}": "{mm}"]) == "{mm}03月{x}")
        #expect(Theme.fill("{", ["{n}": "1"]) == "{")
        #expect(Theme.fill("另有 {n} 条", ["{n}": "3"]) == "另有 3 条")
    }
}
