import ArgumentParser
import Foundation
import YishiCore

/// Options every command that works on a site takes.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "网站文件夹，里面有 content/、templates/ 和 output/。", en: "The site folder, holding content/, templates/ and output/."), valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "提示信息的语言：zh-Hans 简体、zh-Hant 繁体或 en 英文（默认：网站设置的语言）。", en: "Language of messages: zh-Hans, zh-Hant or en (default: the site's locale)."), valueName: "LANG"))
    var lang: String?

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }

    func validate() throws {
        if let lang, CommandValues.language(lang) == nil {
            throw CommandValues.refuse(messageLanguage, zh: "--lang 只能是 zh-Hans、zh-Hant 或 en，不能是 '\(lang)'",
                                       en: "--lang must be zh-Hans, zh-Hant or en, not '\(lang)'")
        }
    }

    /// The language to speak: `--lang`, or the site's locale.
    func language(for settings: SiteSettings?) -> Language {
        if let lang, let l = CommandValues.language(lang) { return l }
        return settings?.language ?? .zhHans
    }

    /// The language for a message before the site is loaded (a mistake on the command line):
    /// `--lang`, or the `locale:` line of the site's site.yml, or simplified Chinese — as
    /// `Speaking` settled it from these same arguments before they were parsed.
    var messageLanguage: Language { Speaking.language }

    /// The site folder, which must hold `content/`; otherwise exit 2 with a hint.
    func requireSite() throws -> URL {
        let url = siteURL
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("content").path, isDirectory: &isDir),
              isDir.boolValue else {
            // `--site` naming a folder that is not there: said as such.
            if !FileManager.default.fileExists(atPath: url.path) {
                throw CommandFailure(message: language(for: nil).pick(
                    zh: "没有 \(url.path) 这个文件夹；用 --site 指定网站文件夹，或用 'yishi init 文件夹' 新建一个",
                    en: "there is no folder \(url.path); name the site folder with --site, or make one with 'yishi init DIR'"))
            }
            // Run from inside the site (content/meetings/2026, say): name the folder meant.
            if let site = Self.enclosingSite(of: url) {
                throw CommandFailure(message: language(for: nil).pick(
                    zh: "\(url.path) 不是 yishi 网站文件夹，它在网站文件夹 \(site.path) 里面；先 cd \(site.path)，或加上 --site \(site.path)",
                    en: "\(url.path) is not a yishi site folder but inside the site folder \(site.path); cd \(site.path) first, or add --site \(site.path)"))
            }
            throw CommandFailure(message: language(for: nil).pick(
                zh: "\(url.path) 不是 yishi 网站文件夹（里面没有 content/）；用 --site 指定网站文件夹，或用 'yishi init 文件夹' 新建一个",
                en: "\(url.path) is not a yishi site folder (it has no content/); name one with --site, or make one with 'yishi init DIR'"))
        }
        return url
    }

    /// The nearest folder above `url` that holds `content/site.yml`.
    static func enclosingSite(of url: URL) -> URL? {
        var folder = url.deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/site.yml").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}

/// Prints diagnostics compiler-style on stderr, with a closing count.
enum DiagnosticPrinter {
    /// `always: false` stays silent when there is nothing to say (a clean build).
    static func print(_ list: DiagnosticList, language: Language, always: Bool = true) {
        if !always && list.all.isEmpty { return }
        var out = ""
        for d in list.sorted { out += d.rendered(in: language) + "\n" }
        out += language.pick(zh: "共 ", en: "") + count(errors: list.errors.count, warnings: list.warnings.count, language) + "\n"
        for cause in list.repeatedUnknownIDs() {
            out += Message.unknownIDRepeated(kind: cause.kind, id: cause.id, count: cause.count).text(in: language) + "\n"
        }
        FileHandle.standardError.put(Data(out.utf8))
    }

    /// "3 个错误，1 个警告", "3 errors, 1 warning".
    static func count(errors e: Int, warnings w: Int, _ language: Language) -> String {
        language.pick(zh: "\(e) 个错误，\(w) 个警告", en: "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")")
    }
}
