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

extension Language {
    /// The text for this language, given in English and simplified Chinese; zh-Hant gets the
    /// Chinese in traditional characters.
    public func pick(zh: String, en: String) -> String {
        switch self {
        case .en: return en
        case .zhHans: return zh
        case .zhHant: return TraditionalChinese.convert(zh)
        }
    }
}
