import ArgumentParser
import Foundation
import YishiCore

/// The values a secretary types on the command line — dates, periods, formats, languages —
/// read the way they are commonly written, and refused in the site's own language.
///
/// Only forms that cannot mean two things are read: a date has its year first (2026/11/20,
/// 2026.11.20, 2026年11月20日); 20/11/2026 or 11/20/2026 could be either day or month first,
/// and is refused.
enum CommandValues {
    /// Prints a command-line mistake as yishi's own message (`yishi: …`) and returns the error
    /// that ends the command with status 2. Thrown from `validate()`: argument-parser passes
    /// an `ExitCode` through without adding its English usage text.
    static func refuse(_ language: Language, zh: String, en: String) -> ExitCode {
        FileHandle.standardError.put(Data(("yishi: " + language.pick(zh: zh, en: en) + "\n").utf8))
        return ExitCode(ExitStatus.usage)
    }

    /// `--lang`: zh-Hans, zh-Hant or en, in any case, with the usual regional spellings
    /// (zh, zh-CN, zh_TW, en-US…).
    static func language(_ text: String) -> Language? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        switch t {
        case "zh-hans", "zh", "zh-cn", "zh-sg", "zh-hans-cn", "简体", "简体中文", "中文": return .zhHans
        case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "繁體", "繁體中文", "繁体", "繁体中文": return .zhHant
        case "en", "en-us", "en-gb", "english", "英文", "英语": return .en
        default: return nil
        }
    }

    /// The language of a site's `locale:` line in content/site.yml, read without parsing the
    /// file (it may have mistakes of its own); simplified Chinese when there is none.
    static func siteLanguage(of root: URL) -> Language {
        let text = (try? String(contentsOf: root.appendingPathComponent("content/site.yml"), encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("locale:") {
            let value = (line.dropFirst("locale:".count).split(separator: "#").first ?? "")
                .trimmingCharacters(in: CharacterSet(charactersIn: " \"'\r"))
            return Language(locale: value.isEmpty ? nil : value)
        }
        return Language(locale: nil)
    }

    /// Full-width digits and punctuation as typed with a Chinese input method, made ASCII.
    static func halfWidth(_ text: String) -> String {
        var out = ""
        for scalar in text.trimmingCharacters(in: .whitespaces).unicodeScalars {
            if let ascii = scalar.fullWidthASCII { out.unicodeScalars.append(ascii) }
            else if scalar == "\u{3002}" { out.append(".") }  // 。
            else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A date: 2026-11-20, also 2026/11/20, 2026.11.20, 2026-5-1 and 2026年11月20日, read as
    /// the content's dates are (`DateText`), full-width digits too.
    static func day(_ text: String) -> Day? {
        if let d = Day(iso: text) { return d }
        return DateText.yearMonthDay(text).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// A period: 2026, 2026-q2, 2026-05 or all; also 2026年, 2026年5月, 2026-5, 2026/05,
    /// 2026Q2, 2026年第2季度, 2026年第二季度, 2026年二季度 and 全部.
    static func period(_ text: String) -> Period? {
        if let p = Period(text) { return p }
        var t = halfWidth(text).lowercased().replacingOccurrences(of: " ", with: "")
        if ["全部", "所有", "全部时间", "全部時間"].contains(t) { return .all }
        func year(_ s: Substring) -> Int? {
            guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(s), (1...9999).contains(y) else { return nil }
            return y
        }
        func small(_ s: Substring, _ range: ClosedRange<Int>) -> Int? {
            let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
            if let n = s.count <= 2 && s.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(s) : nil { return range.contains(n) ? n : nil }
            // 一 … 十二, for months and quarters written in Chinese numerals.
            let values = s.map { numerals[$0] }
            guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
            let v = values.map { $0! }
            let n: Int
            switch v.count {
            case 1: n = v[0]
            case 2 where v[0] == 10 && v[1] < 10: n = 10 + v[1]
            default: return nil
            }
            return range.contains(n) ? n : nil
        }
        if t.hasSuffix("年") { t.removeLast() }
        if let y = year(Substring(t)) { return .year(y) }
        guard t.count > 4 else { return nil }
        let head = t.prefix(4)
        var rest = t.dropFirst(4)
        guard let y = year(head) else { return nil }
        for separator in ["年", "-", "/", "."] where rest.hasPrefix(separator) { rest = rest.dropFirst(); break }
        // Quarters: q2, 第2季度, 第二季度, 二季度, 2季度, 第2季.
        var q = rest
        if q.hasPrefix("q") {
            return small(q.dropFirst(), 1...4).map { .quarter(y, $0) }
        }
        if q.hasPrefix("第") { q = q.dropFirst() }
        for suffix in ["季度", "季"] where q.hasSuffix(suffix) {
            return small(q.dropLast(suffix.count), 1...4).map { .quarter(y, $0) }
        }
        // Months: 05, 5, 5月, 五月.
        var m = rest
        if m.hasSuffix("月") { m = m.dropLast() } else if m.hasSuffix("月份") { m = m.dropLast(2) }
        return small(m, 1...12).map { .month(y, $0) }
    }

    /// The messages for a value that is not one of these forms.
    static func badDay(_ option: String, _ value: String, _ language: Language) -> ExitCode {
        refuse(language,
               zh: "\(option) 要写成 年-月-日，例如 2026-11-20，'\(value)' 不是这样的日期（也不能是日历上没有的日子）",
               en: "\(option) must be a date written year-month-day, such as 2026-11-20; '\(value)' is not one (or is not a day on the calendar)")
    }

    static func badPeriod(_ value: String, _ language: Language) -> ExitCode {
        refuse(language,
               zh: "--period 要写成 2026（一年）、2026-q2（第二季度）、2026-05（一个月）或 all（全部），也可以写 2026年、2026年第2季度、2026年5月、全部；'\(value)' 不是这样的时段",
               en: "--period must be 2026 (a year), 2026-q2 (a quarter), 2026-05 (a month) or all, not '\(value)'")
    }
}
