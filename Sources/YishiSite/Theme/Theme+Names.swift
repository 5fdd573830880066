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

    /// Words put together as the language writes them: a space between words, none where Han
    /// characters meet each other or a number (云溪区2026年10月统计报告, 2026年办结的议题; Yunxi
    /// October 2026 report), as Chinese official writing does.
    public static func joined(_ parts: [String]) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if let last = out.unicodeScalars.last, let first = part.unicodeScalars.first {
                let han = { (s: Unicode.Scalar) in SearchText.isHan(s.value) }
                let digit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
                if !((han(last) && (han(first) || digit(first))) || (digit(last) && han(first))) { out += " " }
            }
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
