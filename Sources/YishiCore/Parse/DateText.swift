import Foundation

/// Reads a date as secretaries write it, and names the fix when it is not `YYYY-MM-DD`.
public enum DateText {
    enum Parsed {
        case day(Day)
        case problem(Message)
    }

    /// nil for an empty text; otherwise the day, or the message to report.
    /// - Parameter near: the day of the meeting or update the date belongs to: a date written
    ///   without its year (`11月30日`) is answered with the first such day on or after it.
    static func parse(_ text: String, key: String, near: Day? = nil) -> Parsed? {
        let t = text.trimming(.spaces)
        if t.isEmpty { return nil }
        if let d = Day(iso: t) { return .day(d) }
        guard let (y, m, d) = yearMonthDay(t) else {
            let meant = near.flatMap { near in monthDay(t).flatMap { Self.day(month: $0.month, day: $0.day, onOrAfter: near) } }
            return .problem(.invalidDate(key: key, value: t, suggestion: meant?.description))
        }
        guard let day = Day(year: y, month: m, day: d) else {
            return .problem(.nonexistentDate(key: key, value: t))
        }
        return .problem(.invalidDate(key: key, value: t, suggestion: day.description))
    }

    /// A month and a day without a year (`11月30日`, `11-30`, `11/30`), when that is all the text is.
    static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let digits = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
        }))
        guard !digits.contains(":"), !digits.contains("："), digits.allSatisfy({ $0.isASCII ? ($0.isNumber || "-/. ".contains($0)) : "月日号號".contains($0) })
        else { return nil }
        let numbers = digits.split { !($0.isASCII && $0.isNumber) }
        guard numbers.count == 2, numbers.allSatisfy({ $0.count <= 2 }), let m = Int(numbers[0]), let d = Int(numbers[1]) else { return nil }
        return (m, d)
    }

    /// The first `month`/`day` on or after `near` that is on the calendar (29 February waits for a leap year, up to four).
    static func day(month: Int, day: Int, onOrAfter near: Day) -> Day? {
        for year in near.year...(near.year + 4) {
            if let d = Day(year: year, month: month, day: day), !(d < near) { return d }
        }
        return nil
    }

    /// The numbers of a date written year first, whatever separates them: 2023/7/14,
    /// 2023.7.14, 2023年7月14日, 2023-7-14, in full-width digits too (２０２３-０７-１４), run
    /// together (20230714) or with the time after it (2023-07-14 19:30). Day-first and
    /// month-first dates (14/7/2023) are not read: 5/7/2023 could be either. The day may not
    /// exist on the calendar.
    public static func yearMonthDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        // A Chinese keyboard's digits, as the ASCII ones.
        let digits = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
        }))
        var numbers = digits.split { !($0.isASCII && $0.isNumber) }.map(String.init)
        if numbers.count == 1, numbers[0].count == 8 {
            let n = numbers[0]
            numbers = [String(n.prefix(4)), String(n.dropFirst(4).prefix(2)), String(n.suffix(2))]
        }
        // A time after the date (19:30, 19：30) belongs in `time:`.
        if numbers.count == 5, digits.contains(":") || digits.contains("：") { numbers.removeLast(2) }
        guard numbers.count == 3, numbers[0].count == 4, numbers[1].count <= 2, numbers[2].count <= 2,
              let y = Int(numbers[0]), let m = Int(numbers[1]), let d = Int(numbers[2]) else { return nil }
        return (y, m, d)
    }
}
