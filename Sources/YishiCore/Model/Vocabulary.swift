import Foundation

/// A closed set of values that secretaries may also write in Chinese words.
///
/// `accepted` lists every spelling that means each value, so that parsing and the
/// "accepted values are …" message come from one table.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// Chinese words (simplified and traditional) accepted as the same value.
    static var words: [Self: [String]] { get }
    /// Words secretaries write for a value that are not accepted as it, because the figures
    /// must come from one plain set of words, but are answered with its spelling: `已完成`
    /// is far in spelling from `已办结`, and `已处理` is close in spelling to `已受理`, which
    /// means the opposite.
    static var meanings: [String: Self] { get }
}

extension Vocabulary {
    /// The value for a word as written: the English value or one of its Chinese words.
    public init?(word: String) {
        let w = word.trimming(.spaces)
        // Byte for byte first: the spellings as listed, as nearly every file writes them,
        // without the canonical-equivalence comparison `==` makes of Chinese text (a
        // quarter of reading an item). `==` then still accepts any equivalent spelling.
        let n = w.utf8.count
        func same(_ s: String) -> Bool { s.utf8.count == n && s.utf8.elementsEqual(w.utf8) }
        for c in Self.allCases where same(c.rawValue) { self = c; return }
        for (value, words) in Self.words where words.contains(where: same) { self = value; return }
        if let v = Self(rawValue: w) { self = v; return }
        for (value, words) in Self.words where words.contains(w) { self = value; return }
        return nil
    }

    /// Every accepted spelling, for the error message: each value, then its Chinese words
    /// (`["resolved", "已办结", "已解决", …]`).
    public static var acceptedSpellings: [[String]] {
        allCases.map { [$0.rawValue] + (words[$0] ?? []) }
    }

    /// The accepted spelling a misspelt word is closest to (`办结` → `已办结`, `处理中` →
    /// `办理中`, `Resolved` → `resolved`), or nil when none is close, or when spellings of two
    /// values are equally close: `很满意` is one character from 满意 and from 不满意, and a
    /// guess there could turn a rating into its opposite.
    public static func closestSpelling(to word: String) -> String? {
        // `“已受理”`: quotes from a Chinese keyboard, which YAML keeps as part of the value.
        let w = String(word.trimming(.spaces).drop(while: quoteMarks.contains).reversed().drop(while: quoteMarks.contains).reversed())
        if w != word.trimming(.spaces), Self(word: w) != nil { return w }
        let lowered = Array(w.lowercased())
        if let meant = meanings[w] { return meant.chineseWord }
        // `办结了`, `满意的`: the word with a sentence's particle after it, two slips from 已办结
        // as written but none once the particle goes.
        let bare = String(w.reversed().drop(while: particles.contains).reversed())
        if !bare.isEmpty, bare != w { return Self(word: bare) != nil ? bare : closestSpelling(to: bare) }
        let spellings = allCases.flatMap { c in ([c.rawValue] + (words[c] ?? [])).map { (value: c, spelling: $0) } }
        guard let best = Suggestion.closest(to: w, in: spellings.map(\.spelling)) else { return nil }
        let distance = { (s: String) in Suggestion.distance(lowered, Array(s.lowercased())) }
        let closest = distance(best)
        let values = Set(spellings.filter { distance($0.spelling) == closest }.map(\.value))
        return values.count == 1 ? best : nil
    }

    public static var meanings: [String: Self] { [:] }

    private static var particles: Set<Character> { ["了", "啦", "的", "。", "！", "!", "."] }

    private static var quoteMarks: Set<Character> { ["“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'"] }

    /// The look-up `meanings` is: each word to the value it means.
    static func invert(_ meant: [Self: [String]]) -> [String: Self] {
        var out: [String: Self] = [:]
        for (value, words) in meant { for w in words { out[w] = value } }
        return out
    }

    /// The first Chinese word for the value, for Chinese messages.
    public var chineseWord: String { Self.words[self]?.first ?? rawValue }
}

/// What kind of matter an item is; problems (问题诉求) are counted apart from suggestions.
public enum ItemKind: String, Vocabulary {
    case problem, suggestion, dispute
    public static let words: [ItemKind: [String]] = [
        .problem: ["问题诉求", "问题", "問題訴求", "問題"],
        .suggestion: ["意见建议", "建议", "意見建議", "建議"],
        .dispute: ["矛盾纠纷", "纠纷", "矛盾糾紛", "糾紛"],
    ]
    public static let meanings: [String: ItemKind] = invert([
        .problem: ["诉求", "訴求", "问题反映", "問題反映", "困难", "困難"],
        .suggestion: ["意见", "意見", "提议", "提議", "建言"],
        .dispute: ["矛盾", "争议", "爭議", "调解", "調解"],
    ])
}

/// 小事小议、大事大议、急事速议.
public enum Urgency: String, Vocabulary {
    case minor, normal, major, urgent
    public static let words: [Urgency: [String]] = [
        .minor: ["小事"], .normal: ["一般"], .major: ["大事"], .urgent: ["急事"],
    ]
    public static let meanings: [String: Urgency] = invert([
        .minor: ["小", "轻微", "輕微", "较小", "較小", "琐事", "瑣事"],
        .normal: ["普通", "常规", "常規", "一般性", "中"],
        .major: ["大", "重大", "重要"],
        .urgent: ["急", "紧急", "緊急", "加急", "特急", "很急"],
    ])
}

/// Where an item stands in its lifecycle (DESIGN §3).
public enum ItemStatus: String, Vocabulary {
    case proposed, accepted, in_progress, resolved, rejected, referred, deferred
    public static let words: [ItemStatus: [String]] = [
        // 待受理 is what the pages show: a secretary may write what she reads there.
        .proposed: ["征集", "待审核", "徵集", "待審核", "待受理"],
        .accepted: ["已受理", "立项", "立項"],
        .in_progress: ["办理中", "处置中", "辦理中", "處置中"],
        .resolved: ["已办结", "已解决", "已辦結", "已解決"],
        .rejected: ["不予受理"],
        .referred: ["转办", "轉辦"],
        .deferred: ["暂缓", "暫緩"],
    ]
    public static let meanings: [String: ItemStatus] = invert([
        .accepted: ["受理", "已立项", "已立項"],
        .in_progress: ["进行中", "進行中", "推进中", "推進中", "正在办理", "正在辦理", "在办", "在辦"],
        .resolved: ["已完成", "完成", "已办完", "已辦完", "办完", "辦完", "已处理", "已處理", "处理完毕", "處理完畢",
                    "已落实", "已落實"],
        .rejected: ["不受理", "驳回", "駁回", "已驳回", "已駁回"],
        .deferred: ["缓办", "緩辦", "搁置", "擱置"],
    ])

    /// Work was promised and is not finished: these count as overdue once past due.
    public var isOpenCommitment: Bool { self == .accepted || self == .in_progress || self == .deferred }

    /// Done with, resolved or not: nothing more is owed on it.
    public var isClosed: Bool { self == .resolved || isClosedWithoutResolution }

    /// Closed without being resolved: left out of the resolution rate's denominator.
    public var isClosedWithoutResolution: Bool { self == .rejected || self == .referred }
}

/// How residents rated the result.
public enum Satisfaction: String, Vocabulary {
    case satisfied, basically_satisfied, dissatisfied
    public static let words: [Satisfaction: [String]] = [
        .satisfied: ["满意", "滿意"],
        .basically_satisfied: ["基本满意", "基本滿意"],
        .dissatisfied: ["不满意", "不滿意"],
    ]

    public static let meanings: [String: Satisfaction] = invert([
        .satisfied: ["很满意", "很滿意", "非常满意", "非常滿意", "十分满意", "十分滿意"],
        .basically_satisfied: ["比较满意", "比較滿意", "较满意", "較滿意", "还算满意", "還算滿意"],
        .dissatisfied: ["不太满意", "不太滿意", "很不满意", "很不滿意", "非常不满意", "非常不滿意"],
    ])

    public var counts: Bool { self != .dissatisfied }
}

/// The usual kinds of attendee under `attendance:`. A site may count by any other names
/// (DESIGN §3); these are the ones the default theme names, and a meeting that writes one in
/// Chinese (`居民群众: 15`, the word the published page shows) counts it under the same key as
/// the meetings that write `residents`, instead of as a category of its own with the same label.
public enum AttendanceCategory: String, Vocabulary {
    case residents, party_members, officials, representatives, volunteers
    public static let words: [AttendanceCategory: [String]] = [
        .residents: ["居民群众", "居民", "群众", "村民", "居民群眾", "群眾"],
        .party_members: ["党员", "黨員"],
        .officials: ["干部", "幹部"],
        .representatives: ["人大代表和政协委员", "人大代表和政協委員", "人大代表", "政协委员", "政協委員"],
        .volunteers: ["志愿者", "志願者"],
    ]
}
