import YishiCore

/// Names the theme's locale gives to what the data holds as codes, for pages and for the
/// command line's tables alike.
extension Theme {
    /// A period as people say it (2026年第3季度, from the locale's `period` patterns); the code
    /// (2026-q3) stays in file names and the open data.
    public func periodName(_ p: Period) -> String {
        switch p {
        case .all: return string("report.period_all")
        case .year(let y): return string("period.year", filling: ["{y}": String(y)])
        case .quarter(let y, let q): return string("period.quarter", filling: ["{y}": String(y), "{q}": String(q)])
        case .month(let y, let m): return string("period.month", filling: ["{y}": String(y), "{mm}": Day.pad(m, 2), "{m}": String(m)])
        }
    }

    /// Words put together as the theme's language writes them: in Chinese with no space but
    /// between two Latin words or numbers (云溪区2026年10月统计报告, 2026年办结的议题), as
    /// official writing does; in other languages with a space between each (Yunxi 2026-03 Report).
    public func joined(_ parts: [String]) -> String {
        Theme.joined(parts, chinese: string("lang").hasPrefix("zh"))
    }

    static func joined(_ parts: [String], chinese: Bool) -> String {
        let latin = { (s: Unicode.Scalar?) in s.map { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false }
        var out = ""
        for part in parts where !part.isEmpty {
            if !out.isEmpty, !chinese || (latin(out.unicodeScalars.last) && latin(part.unicodeScalars.first)) { out += " " }
            out += part
        }
        return out
    }

    /// An attendance category as the locale names it (党员 for party_members), or its key
    /// where the locale has no name for it: a site may count categories of its own.
    public func attendanceLabel(_ key: String) -> String {
        string(ifAny: "attendance.\(key)") ?? key
    }
}
