@testable import YishiCore

/// A small site written for the statistics tests. Every figure asserted in
/// StatisticsTests is computed by hand from this timeline:
///
///     units: dist → townA → {v1, v2}; dist → townB → {v3}     (leaves v1, v2, v3)
///     departments: d1, d2; cadence_days 61, default_due_days 30
///
///     M1 2024-04-10 v1  total 20 (officials 5, residents 15)  departments [d1]  leaders [区委书记]
///        A problem    d1 due 04-30 accepted funds 1000
///        B suggestion proposed, no owner (default due 05-10)
///        C dispute    d2 resolved on the spot, satisfied (default due 05-10)
///     M2 2024-05-20 v2  total 10 (residents 10)               departments [d1, d2]
///        D problem    d1 due 06-10 accepted
///        E dispute    d2 accepted, no due (default 06-19)
///        F problem    rejected, note
///     M3 2024-06-05 townA  total 8 (officials 8)              (a town: covers no leaf)
///        G suggestion d2 due 06-20 accepted funds 500
///     M4 2024-07-15 v1  total 12 (residents 12)  departments [d2]   updates: G resolved
///     M5 2025-01-10 v3  upcoming for every as-of below: H problem
///
///     u1 2024-04-25  A in_progress
///     u2 2024-05-01  A deferred, due 06-30, note            (first due stays 04-30)
///     u3 2024-06-10  G owner d1                              (reassignment)
///     u4 2024-06-15  A resolved, basically_satisfied
///     u5 2024-06-15  D resolved, dissatisfied; E in_progress; E resolved   (same date, list order)
///     u6 2024-06-20  F accepted, owner d1, due 07-31         (rejected, then re-accepted)
///     u7 2024-07-10  B accepted, owner d1                    (still default due 05-10)
enum StatisticsFixture {
    static func site() -> LoadedSite {
        var s = SiteFixture()
        s["content/site.yml"] = "title: 统计测试\nrules:\n  cadence_days: 61\n  default_due_days: 30\n"
        s["content/units.yml"] = """
            - id: dist
              name: 区
              children:
                - id: townA
                  name: 甲镇
                  children:
                    - id: v1
                      name: 一村
                    - id: v2
                      name: 二村
                - id: townB
                  name: 乙镇
                  children:
                    - id: v3
                      name: 三村

            """
        s["content/departments.yml"] = "- id: d1\n  name: 一局\n- id: d2\n  name: 二局\n"
        s["content/meetings/2024/m1.md"] = """
            ---
            title: M1
            date: 2024-04-10
            unit: v1
            attendance: {total: 20, officials: 5, residents: 15}
            departments: [d1]
            leaders: [区委书记]
            items:
              - {id: A, title: A, kind: problem, owner: d1, due: 2024-04-30, status: accepted, funds: 1000}
              - {id: B, title: B, kind: suggestion}
              - {id: C, title: C, kind: dispute, owner: d2, status: resolved, satisfaction: satisfied}
            ---

            """
        s["content/meetings/2024/m2.md"] = """
            ---
            title: M2
            date: 2024-05-20
            unit: v2
            attendance: {total: 10, residents: 10}
            departments: [d1, d2]
            items:
              - {id: D, title: D, kind: problem, owner: d1, due: 2024-06-10, status: accepted}
              - {id: E, title: E, kind: dispute, owner: d2, status: accepted}
              - {id: F, title: F, kind: problem, status: rejected, note: 不属于本村事务}
            ---

            """
        s["content/meetings/2024/m3.md"] = """
            ---
            title: M3
            date: 2024-06-05
            unit: townA
            attendance: {total: 8, officials: 8}
            items:
              - {id: G, title: G, kind: suggestion, owner: d2, due: 2024-06-20, status: accepted, funds: 500}
            ---

            """
        s["content/meetings/2024/m4.md"] = """
            ---
            title: M4
            date: 2024-07-15
            unit: v1
            attendance: {total: 12, residents: 12}
            departments: [d2]
            updates:
              - {item: G, status: resolved}
            ---

            """
        s["content/meetings/2025/m5.md"] = """
            ---
            title: M5
            date: 2025-01-10
            unit: v3
            items:
              - {id: H, title: H, kind: problem}
            ---

            """
        func update(_ name: String, _ date: String, _ entries: String) {
            s["content/updates/2024/\(name).md"] = "---\ndate: \(date)\nupdates:\n\(entries)---\n"
        }
        update("u1", "2024-04-25", "  - {item: A, status: in_progress}\n")
        update("u2", "2024-05-01", "  - {item: A, status: deferred, due: 2024-06-30, note: 等待资金}\n")
        update("u3", "2024-06-10", "  - {item: G, owner: d1}\n")
        update("u4", "2024-06-15", "  - {item: A, status: resolved, satisfaction: basically_satisfied}\n")
        update("u5", "2024-06-15", "  - {item: D, status: resolved, satisfaction: dissatisfied}\n  - {item: E, status: in_progress}\n  - {item: E, status: resolved}\n")
        update("u6", "2024-06-20", "  - {item: F, status: accepted, owner: d1, due: 2024-07-31, note: 复议后受理}\n")
        update("u7", "2024-07-10", "  - {item: B, status: accepted, owner: d1}\n")
        return s.load()
    }
}

extension Figures {
    /// Every figure as one line, `name value` or `name n/d`, for readable comparisons: the rows
    /// after the rows saying what they are of (period, scope, as-of date),
    /// which `StatisticsTests.csvRowsSayWhatTheFiguresAreOf` holds.
    var lines: [String] {
        csvRows.drop { ["period", "scope.kind", "scope.id", "as_of"].contains($0[0]) }.map { r in
            r[2].isEmpty ? "\(r[0]) \(r[1].isEmpty ? "null" : r[1])" : "\(r[0]) \(r[2])/\(r[3])"
        }
    }
}
