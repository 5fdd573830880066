import Foundation
import YishiCore

/// The language the command line speaks before a command has run: its help screens and the
/// mistakes argument-parser finds in what was typed.
///
/// Settled from the raw arguments before they are parsed, in the order `SiteOptions` uses once
/// they are: `--lang`, else the `locale:` of the site `--site` names (the current folder when
/// none is named), else simplified Chinese. A secretary in a Chinese site folder who types
/// `yishi build --help` reads Chinese, as every other message of that site is.
enum Speaking {
    /// Set once, by `Yishi.main`, before any command type is asked for its help.
    nonisolated(unsafe) static var language: Language = .zhHans

    /// A help text in the language settled. Every command's and option's help is written
    /// through this, so argument-parser draws its screens and messages with the user's words.
    static func help(zh: String, en: String) -> String { language.pick(zh: zh, en: en) }

    /// The language for these arguments, run from `folder`.
    static func settle(_ arguments: [String], folder: URL) -> Language {
        if let lang = lastValue(of: "--lang", in: arguments), let language = CommandValues.language(lang) { return language }
        let site = lastValue(of: "--site", in: arguments).map { URL(fileURLWithPath: $0, relativeTo: folder) } ?? folder
        return CommandValues.siteLanguage(of: site)
    }

    /// The value given to `option` (`--lang en` or `--lang=en`), the last one when it is given
    /// twice, as argument-parser keeps the last; nothing after `--`, which ends the options.
    static func lastValue(of option: String, in arguments: [String]) -> String? {
        var found: String?
        var i = 0
        while i < arguments.count, arguments[i] != "--" {
            let a = arguments[i]
            if a == option, i + 1 < arguments.count {
                found = arguments[i + 1]
                i += 1
            } else if a.hasPrefix(option + "=") {
                found = String(a.dropFirst(option.count + 1))
            }
            i += 1
        }
        return found
    }
}
