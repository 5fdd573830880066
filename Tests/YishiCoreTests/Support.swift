import Foundation
import Testing
@testable import YishiCore

/// A small valid site in memory; tests add or replace files to make one problem at a time.
struct SiteFixture {
    var files: [String: String] = [
        "content/site.yml": """
        title: 测试公开栏
        locale: zh-Hans
        rules:
          cadence_days: 61
          default_due_days: 30
        categories: [基础设施, 人居环境, 其他]
        platforms: [海棠夜话]
        formats: [板凳会, 集中畅谈]

        """,
        "content/units.yml": """
        - id: haitang
          name: 海棠区
          level: 区
          children:
            - id: longhai
              name: 龙海镇
              level: 镇
              children:
                - id: longjiang
                  name: 龙江村
                  level: 村
                - id: haifeng
                  name: 海丰村
                  level: 村

        """,
        "content/departments.yml": """
        - id: zhujian
          name: 区住建局
        - id: caizheng
          name: 区财政局

        """,
    ]

    subscript(path: String) -> String? {
        get { files[path] }
        set { files[path] = newValue }
    }

    func load() -> LoadedSite { SiteLoader.load(from: MemorySource(files)) }
    /// With the checks of what is dated ahead of `today`, as `check` and `build` make them.
    func load(today: Day) -> LoadedSite { SiteLoader.load(from: MemorySource(files), today: { _ in today }) }
}

/// A meeting file with the given extra front-matter lines and items.
func meetingFile(date: String = "2023-07-14", unit: String = "longjiang", extra: String = "", items: String = "") -> String {
    """
    ---
    title: 龙江村安置区路灯问题夜话
    date: \(date)
    unit: \(unit)
    \(extra)
    \(items.isEmpty ? "" : "items:\n" + items)
    ---
    纪要正文。

    """
}

extension LoadedSite {
    /// Diagnostics as `file:line: severity: english`, for readable failures.
    var rendered: [String] { diagnostics.sorted.map { $0.rendered(in: .en) } }
}

/// Parses one meeting file's bytes as `content/meetings/2023/x.md`.
func parseMeeting(_ text: String, file: String = "content/meetings/2023/x.md") -> (Meeting?, [Diagnostic]) {
    let (record, ds) = DocumentParser.parse(Array(text.utf8), file: file, folderKind: .meeting)
    if case .meeting(let m)? = record { return (m, ds) }
    return (nil, ds)
}

/// The one diagnostic expected, with a clear failure when there are none or several.
func only(_ ds: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    #expect(ds.count == 1, "expected one diagnostic, got: \(ds.map { $0.rendered(in: .en) })", sourceLocation: sourceLocation)
    return ds.first
}
