import Foundation
import YishiCore
import YishiSite

/// The figures as a terminal table: labels in the user's language, columns aligned with
/// Chinese characters counted two columns wide.
enum FiguresTable {
    /// The theme whose locale names periods and attendance categories in `language`: the
    /// site's own where it has one that loads, else the built-in one.
    static func theme(site: URL, language: Language) -> Theme {
        // A site without templates/ has the built-in theme here too.
        if let own = Theme.load(siteTemplates: site.appendingPathComponent("templates"), locale: language.rawValue).0 { return own }
        // The built-in theme always loads (ThemeCheckTests hold it to that).
        return Theme.load(siteTemplates: nil, locale: language.rawValue).0!
    }

    static func render(_ f: Figures, content: Content, language l: Language, theme: Theme) -> String {
        func rate(_ r: Rate) -> String {
            let v = r.value.map { String(format1: $0 * 100) + "%" } ?? "—"
            return "\(v)  (\(r.numerator)/\(r.denominator))"
        }
        let scopeName: String
        switch f.scope {
        case .site: scopeName = l.pick(zh: "全站", en: "whole site")
        case .unit(let id): scopeName = (content.units[id]?.name ?? id) + " (\(id))"
        case .department(let id): scopeName = (content.department(id)?.name ?? id) + " (\(id))"
        }
        // A period still under way says so, as the report index does: its figures will change.
        let period = theme.periodName(f.period) + (f.period == .all ? "" : " (\(f.period))")
            + (f.period != .all && f.period.isUnderWay(asOf: f.asOf) ? theme.string("report.partial_mark") : "")
        var out = l.pick(zh: "统计 \(period) · \(scopeName) · 截至 \(f.asOf)", en: "Statistics \(period) · \(scopeName) · as of \(f.asOf)") + "\n"
        if case .unit(let id) = f.scope, let u = content.units[id] { out += life(of: u, in: f.period, content: content, language: l) }
        out += "\n"
        var rows: [[String]] = [
            [l.pick(zh: "会议次数", en: "meetings"), String(f.meetings.value)],
            [l.pick(zh: "参会人次", en: "attendances"), String(f.attendances)],
        ]
        for c in f.attendanceByCategory { rows.append(["  " + theme.attendanceLabel(c.name), String(c.count)]) }
        // The rest, as the pages show it: the parts add up to the total above them.
        if let rest = Figures.uncategorized(f.attendanceByCategory, total: f.attendances) {
            rows.append(["  " + theme.string("meeting.uncategorized"), String(rest)])
        }
        rows += [
            [l.pick(zh: "领导到会人次", en: "leaders present"), String(f.leadersPresent)],
            [l.pick(zh: "村（社区）覆盖率", en: "coverage"), rate(f.coverage)],
            [l.pick(zh: "参与部门数", en: "departments involved"), String(f.departmentsInvolved.value)],
            [l.pick(zh: "提出议题", en: "items raised"), String(f.itemsRaised.value)],
            ["  " + l.pick(zh: "问题诉求", en: "problems"), String(f.itemsRaisedByKind[.problem]?.value ?? 0)],
            ["  " + l.pick(zh: "意见建议", en: "suggestions"), String(f.itemsRaisedByKind[.suggestion]?.value ?? 0)],
            ["  " + l.pick(zh: "矛盾纠纷", en: "disputes"), String(f.itemsRaisedByKind[.dispute]?.value ?? 0)],
            [l.pick(zh: "办结议题", en: "items resolved"), String(f.itemsResolved.value)],
            [l.pick(zh: "回应率", en: "response rate"), rate(f.responseRate)],
            [l.pick(zh: "办结率", en: "resolution rate"), rate(f.resolutionRate)],
            [l.pick(zh: "矛盾纠纷化解率", en: "dispute resolution rate"), rate(f.disputeResolutionRate)],
            [l.pick(zh: "按期办结率", en: "on-time rate"), rate(f.onTimeRate)],
            [l.pick(zh: "按原定期限办结率", en: "on-time rate (first due date)"), rate(f.onTimeRateOriginal)],
            [l.pick(zh: "超期未办结", en: "overdue"), String(f.overdue.value)],
            [l.pick(zh: "办结用时中位数（天）", en: "days to resolve, median"), f.daysToResolve.median.map(Self.days) ?? "—"],
            [l.pick(zh: "办结用时90分位（天）", en: "days to resolve, p90"), f.daysToResolve.p90.map(String.init) ?? "—"],
            [l.pick(zh: "满意率", en: "satisfaction rate"), rate(f.satisfactionRate)],
            [l.pick(zh: "落实资金（元）", en: "funds secured (yuan)"), f.fundsSecured.grouped],
        ]
        out += table(rows)
        if !f.cadence.isEmpty {
            out += "\n" + l.pick(zh: "议事频次（超过 \(content.settings.cadenceDays) 天未开会的标 ！）", en: "Cadence (! = no meeting for over \(content.settings.cadenceDays) days)") + "\n"
            out += table([[l.pick(zh: "单位", en: "unit"), l.pick(zh: "最近一次会议", en: "last meeting"), l.pick(zh: "距统计日天数", en: "days before the as-of date"), ""]]
                // As the site's report lists them; a unit that has not met counts its days from
                // when it was set up.
                + f.cadence.inReadingOrder(content.units).map { c in
                    let setUp = c.daysSinceSetUp(in: content.units, asOf: f.asOf).map {
                        l.pick(zh: "\($0)（自设立日起）", en: "\($0) (since it was set up)")
                    }
                    return [content.units[c.unit]?.name ?? c.unit, c.lastMeeting?.description ?? l.pick(zh: "从未开会", en: "never"),
                            c.daysSince.map(String.init) ?? setUp ?? "—", c.flagged ? "！" : ""]
                })
        }
        if !f.departments.isEmpty {
            out += "\n" + l.pick(zh: "部门办理情况", en: "Departments") + "\n"
            out += table([[l.pick(zh: "部门", en: "department"), l.pick(zh: "交办", en: "assigned"), l.pick(zh: "办结", en: "resolved"),
                           l.pick(zh: "按期办结率", en: "on-time rate"), l.pick(zh: "超期", en: "overdue"), l.pick(zh: "用时中位数", en: "median days")]]
                + f.departments.map { d in
                    [content.department(d.department)?.name ?? d.department, String(d.assigned.value), String(d.resolved.value),
                     rate(d.onTimeRate), String(d.overdue.value), d.medianDays.map(Self.days) ?? "—"]
                })
        }
        return out
    }

    /// A line saying the unit was set up or merged away within or before the period, so that
    /// figures of nothing after a merger read as the merger, not as a village that stopped meeting.
    static func life(of u: YishiCore.Unit, in period: Period, content: Content, language l: Language) -> String {
        let days = period.days
        var lines: [String] = []
        if let since = u.since, days.map({ $0.lowerBound < since }) ?? true {
            lines.append(l.pick(zh: "\(u.name) \(since) 设立，之前的日子不计入它的覆盖率和议事频次。",
                                en: "\(u.name) was set up on \(since); the days before do not count towards its coverage or cadence."))
        }
        if let until = u.until, days.map({ until < $0.upperBound }) ?? true {
            let into = u.mergedInto.map { m in (content.units[m.value]?.name ?? m.value) + " (\(m.value))" }
            lines.append(into.map { l.pick(zh: "\(u.name) 存续至 \(until)，之后并入 \($0)，此后的会议记在那里。",
                                           en: "\(u.name) existed until \(until), then became part of \($0), where later meetings are recorded.") }
                ?? l.pick(zh: "\(u.name) 存续至 \(until)，之后的日子不计入它的覆盖率和议事频次。",
                          en: "\(u.name) existed until \(until); the days after do not count towards its coverage or cadence."))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Days as the pages show them: 30, or 30.5 for a median between two.
    static func days(_ d: Double) -> String { JSONValue.double(d).serialized() }

    /// Left-aligned columns, two spaces apart, padded by display width.
    static func table(_ rows: [[String]]) -> String {
        let n = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: n)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], TerminalText.width(c)) } }
        return rows.map { r in
            r.enumerated().map { i, c in i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - TerminalText.width(c) + 2) }
                .joined().trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// One decimal, as pages show rates: 83.3.
    init(format1 value: Double) {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let frac = Int(abs(tenths).truncatingRemainder(dividingBy: 10))
        self = (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(frac)"
    }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
