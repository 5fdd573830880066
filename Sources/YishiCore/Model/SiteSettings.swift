/// The settings and rules of one site, from `content/site.yml`.
public struct SiteSettings: Sendable, Equatable {
    public var title: String = "协商议事公开栏"
    public var locale: String = "zh-Hans"
    public var baseURL: String = ""
    public var timezone: String = "Asia/Shanghai"
    /// A unit with no meeting for longer than this many days is flagged (每2个月至少1次).
    public var cadenceDays: Int = 61
    /// An item given no due date is due this many days after it was raised.
    public var defaultDueDays: Int = 30
    /// Numbers that may be published: official hotlines.
    public var privacyAllow: [String] = []
    /// 公示期: how many days a notice stays posted.
    public var noticeDays: Int = 7
    /// 监督电话 printed on every notice.
    public var noticeHotline: String = ""
    public var categories: [String] = []
    public var platforms: [String] = []
    public var formats: [String] = []
    /// Whether the build indexes the site for search (when Pagefind is installed).
    public var search: Bool = false
    /// Largest content file read, in bytes.
    public var maxFileSize: Int = 10 * 1024 * 1024
    /// A site's own fields, kept as written.
    public var extra: [String: String] = [:]

    public init() {}

    /// What `yishi init` writes for the site's address and hotline, to be replaced: a site
    /// that keeps them prints notices whose QR code leads nowhere and whose hotline nobody
    /// answers, so `check` and `build` warn of them (`NoticeCheck`).
    public static let starterBaseURL = "https://example.org/yishi/"
    public static let starterHotline = "0000-00000000"

    public var language: Language { Language(locale: locale) }
}
