import Foundation
import Testing
import Yams
import YishiCore
import YishiSite

/// Every UI string a page needs is in each of the theme's three locale files.
@Suite struct LocaleTests {
    static let figureKeys = ["meetings", "attendances", "attendance_by_category", "leaders_present", "coverage",
                             "departments_involved", "items_raised", "items_resolved", "response_rate", "resolution_rate",
                             "dispute_resolution_rate", "on_time_rate", "on_time_rate_original", "overdue", "days_to_resolve",
                             "satisfaction_rate", "funds_secured", "cadence", "departments"]

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
    }
}
