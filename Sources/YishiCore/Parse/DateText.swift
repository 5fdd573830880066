import Foundation

/// Reads a date as secretaries write it, and names the fix when it is not `YYYY-MM-DD`.
public enum DateText {
    enum Parsed {
        case day(Day)
        case problem(Message)
    }

    /// nil for an empty text; otherwise the day, or the message to report.
    static func parse(_ text: String, key: String) -> Parsed? {
        let t = text.trimming(.spaces)
        if t.isEmpty { return nil }
        if let d = Day(iso: t) { return .day(d) }
        guard let (y, m, d) = yearMonthDay(t) else {
            return .problem(.invalidDate(key: key, value: t, suggestion: nil))
        }
        guard let day = Day(year: y, month: m, day: d) else {
            return .problem(.nonexistentDate(key: key, value: t))
        }
        return .problem(.invalidDate(key: key, value: t, suggestion: day.description))
    }

    /// The numbers of a date written year first, whatever separates them: 2023/7/14,
    /// 2023.7.14, 2023年7月14日, 2023-7-14. Day-first and month-first dates (14/7/2023) are
    /// not read: 5/7/2023 could be either. The day may not exist on the calendar.
    public static func yearMonthDay(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let numbers = text.split { !($0.isASCII && $0.isNumber) }.map(String.init)
        guard numbers.count == 3, numbers[0].count == 4, numbers[1].count <= 2, numbers[2].count <= 2,
              let y = Int(numbers[0]), let m = Int(numbers[1]), let d = Int(numbers[2]) else { return nil }
        return (y, m, d)
    }
}
