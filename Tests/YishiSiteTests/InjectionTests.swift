import Foundation
import Testing
@testable import YishiCore
@testable import YishiSite

/// Hostile text in every field and in the minutes never reaches a page, the feed or the
/// sitemap as markup (DESIGN §6).
@Suite struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let svg = "\"><svg onload=alert(1)>"
    static let hostile = "\(script)\(image)\(svg)"

    static func yaml(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    let output: [String: String]

    init() throws {
        let h = Self.yaml(Self.hostile)
        let files: [String: String] = [
            "content/site.yml": "title: \(h)\nbase_url: https://example.org/x/\ncategories: [\(h)]\nnotice:\n  hotline: \(h)\n",
            "content/units.yml": "- id: dist\n  name: \(h)\n  level: \(h)\n  children:\n    - id: v1\n      name: \(h)\n",
            "content/departments.yml": "- id: d1\n  name: \(h)\n",
            "content/meetings/2024/m1.md": """
                ---
                title: \(h)
                date: 2024-04-10
                time: "19:30"
                unit: v1
                platform: \(h)
                format: \(h)
                venue: \(h)
                host: \(h)
                attendance: {total: 20, \(h): 5}
                departments: [d1]
                leaders: [\(h)]
                items:
                  - {id: A, title: \(h), kind: problem, category: \(h), raised_by: \(h), decision: \(h), owner: d1, status: accepted, note: \(h)}
                ---
                # \(Self.hostile)

                \(Self.script)

                <iframe src="https://evil.example/"></iframe>

                [点我](javascript:alert(1)) [再点](JaVaScRiPt:alert(2)) [文件](file:///etc/passwd) [vb](vbscript:msgbox)

                ![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) <a href="javascript:alert(3)">raw</a>

                """,
            "content/meetings/2024/m2.md": "---\ntitle: \(h)\ndate: 2024-08-10\nunit: v1\nagenda: [\(h)]\n---\n",
            "content/updates/2024/u1.md": "---\ntitle: \(h)\ndate: 2024-05-01\nupdates:\n  - {item: A, status: resolved, note: \(h), owner: d1}\n---\n\(Self.script)\n",
        ]
        let site = SiteLoader.load(from: MemorySource(files))
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.errors.map { $0.rendered(in: .en) })")
        let (theme, _) = Theme.load(siteTemplates: nil, locale: "zh-Hans")
        let renderer = SiteRenderer(site: site, statistics: Statistics(site: site, asOf: Day(iso: "2024-06-30")!), theme: try #require(theme))
        renderer.searchEnabled = true
        output = renderer.render()
    }

    @Test func noPayloadReachesAnyPageFeedOrSitemapAsMarkup() {
        #expect(output.count > 20)
        for (path, text) in output where !path.hasSuffix(".csv") && !path.hasSuffix(".json") {
            let lower = text.lowercased()
            #expect(!lower.contains("<script>alert"), "\(path)")
            #expect(!lower.contains("<img src=x"), "\(path)")
            #expect(!lower.contains("<svg onload"), "\(path)")
            #expect(!lower.contains("<iframe"), "\(path)")
            #expect(!lower.contains("href=\"javascript:") && !lower.contains("href=\"vbscript:") && !lower.contains("href=\"file:"), "\(path)")
            #expect(!lower.contains("src=\"data:image/svg"), "\(path)")
        }
    }

    @Test func thePayloadIsShownAsTextWhereItWasWritten() throws {
        let page = try #require(output["meetings/m1.html"])
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(output["feed.xml"]!.contains("&lt;script&gt;"))
    }

    @Test func pagesHaveOnlyOurOwnScripts() {
        // The print button on meeting pages, the search page's loader, and on pages with
        // figures the one that opens a figure's records: nothing else.
        let withFigures = { (p: String) in
            p == "index.html" || p.hasPrefix("reports/") && p != "reports/index.html"
                || (p.hasPrefix("units/") || p.hasPrefix("departments/")) && !p.hasSuffix("/index.html")
        }
        for (path, text) in output where path.hasSuffix(".html") {
            let scripts = text.components(separatedBy: "<script").count - 1
            let allowed = path.hasPrefix("meetings/") && !path.contains("old") ? 1 : path == "search.html" ? 2 : withFigures(path) ? 1 : 0
            #expect(scripts <= allowed, "\(path) has \(scripts) scripts")
        }
    }
}
