/// The language diagnostics and command output are written in.
public enum Language: String, Sendable, CaseIterable {
    case en
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"

    /// The language for a site's `locale`: Chinese for zh-Hans and zh-Hant, English otherwise.
    public init(locale: String?) {
        switch locale?.lowercased() {
        case "zh-hans", "zh-cn", "zh", nil: self = .zhHans
        case "zh-hant", "zh-tw", "zh-hk": self = .zhHant
        default: self = .en
        }
    }

    var isChinese: Bool { self != .en }
}
