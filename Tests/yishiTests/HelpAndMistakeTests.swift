import Foundation
import Testing

/// The command line's own words — help screens, and the mistakes argument-parser finds in what
/// was typed — in the language of the site, as every other message is.
@Suite struct HelpAndMistakeTests {
    static let commands = ["", "init", "new", "check", "build", "stats", "report", "serve"]

    /// Terminal columns, counting a CJK character as two.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    static func hasChinese(_ s: some StringProtocol) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// The options and arguments a screen lists: each entry line's first word.
    static func entries(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("yishi help"), let word = line.split(separator: " ").first else { return nil }
            return String(word)
        }
    }

    @Test func everyHelpScreenIsInTheSitesLanguageAndFitsEightyColumns() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try CLI.initSite(tmp.path("s"))
        let site = tmp.url.appendingPathComponent("s")
        for command in Self.commands {
            let args = (command.isEmpty ? [] : [command]) + ["--help"]
            let zh = try CLI.run(args, in: site)
            let en = try CLI.run(args + ["--lang", "en"], in: site)
            #expect(zh.status == 0 && en.status == 0, "\(args)")
            #expect(zh.stdout.hasPrefix("说明："), "\(args): \(zh.stdout)")
            #expect(zh.stdout.contains("\n用法：yishi"), "\(args)")
            for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "(default:", "Show help", "Show the version", "See 'yishi", "<subcommand>"] {
                #expect(!zh.stdout.contains(english), "\(args): \(english) in \(zh.stdout)")
            }
            // Every option and command the English screen lists is on the Chinese one, said in Chinese.
            let listed = Self.entries(en.stdout)
            #expect(!listed.isEmpty && listed == Self.entries(zh.stdout), "\(args)")
            let lines = zh.stdout.split(separator: "\n")
            for (i, line) in lines.enumerated() where line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.contains("yishi help") {
                // The text beside the name, or under it when the name is too long to leave room.
                let beside = line.dropFirst(2).range(of: "  ").map { line[$0.upperBound...] }
                let text = beside ?? (i + 1 < lines.count ? lines[i + 1] : "")
                #expect(Self.hasChinese(text), "\(args): \(line)")
            }
            // Wrapped by display width; the usage line is a command to copy, left whole.
            for line in lines where !line.hasPrefix("用法：") {
                #expect(Self.columns(line) <= 80, "\(args): \(line)")
            }
            #expect(en.stdout.contains("USAGE: yishi"), "\(args)")
            #expect(!Self.hasChinese(en.stdout.replacingOccurrences(of: "议事", with: "")), "\(args): \(en.stdout)")
        }
        // `yishi help build` is `yishi build --help`.
        #expect(try CLI.run(["help", "build"], in: site).stdout == CLI.run(["build", "--help"], in: site).stdout)
        // A traditional-Chinese site reads traditional characters.
        let yml = try tmp.read("s/content/site.yml")
        try tmp.write("s/content/site.yml", yml.replacingOccurrences(of: "locale: zh-Hans", with: "locale: zh-Hant"))
        let hant = try CLI.run(["build", "--help"], in: site)
        #expect(hant.stdout.hasPrefix("說明：檢查內容") && hant.stdout.contains("選項："), "\(hant.stdout)")
    }

    /// `--unit` of `yishi new`: an update may come from a unit as well as a department, as
    /// the update starter takes either; in every language the help is in.
    @Test func newSaysAnUpdatesUnitMayBeAUnitOrADepartment() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try CLI.run(["init", tmp.path("s")])
        let site = tmp.url.appendingPathComponent("s")
        // The screen's lines joined again, wherever they were wrapped.
        func help(_ extra: [String] = []) throws -> String {
            try CLI.run(["new", "--help"] + extra, in: site).stdout.filter { !$0.isWhitespace }
        }
        let zh = try help(), en = try help(["--lang", "en"]), hant = try help(["--lang", "zh-Hant"])
        #expect(zh.contains("召开会议的单位的id，见units.yml；办理进展可以是单位的id，也可以是部门的id（见departments.yml）。") && !zh.contains("办理进展则是部门的id"), "\(zh)")
        #expect(hant.contains("辦理進展可以是單位的id，也可以是部門的id") && !hant.contains("則是部門的id"), "\(hant)")
        #expect(en.contains("Theidoftheunitthatmet,fromunits.yml;foranupdate,aunit'soradepartment'sid(departments.yml).")
                && !en.contains("(or,foranupdate,thedepartment)"), "\(en)")
        // And so it is: an update for a village is started.
        let made = try CLI.run(["new", "update", "--unit", "east-village", "--date", "2026-05-01"], in: site)
        #expect(made.status == 0 && made.stdout == "content/updates/2026/2026-05-01-east-village.md\n", "\(made.stderr)")
    }

    @Test func argumentMistakesAreSaidInTheSitesLanguageWithExitTwo() throws {
        let tmp = try TempDir()
        defer { tmp.remove() }
        try CLI.initSite(tmp.path("s"))
        let site = tmp.url.appendingPathComponent("s")
        let mistakes: [([String], String)] = [
            (["biuld"], "yishi: 没有 'biuld' 这个命令，是不是想写 build？可用的命令：init、new、check、build、stats、report、serve"),
            (["frobnicate"], "yishi: 没有 'frobnicate' 这个命令；可用的命令："),
            (["help", "biuld"], "yishi: 没有 'biuld' 这个命令，是不是想写 build？"),
            (["build", "--sit", "x"], "yishi: 没有 --sit 这个选项，是不是想写 --site？"),
            (["check", "-x"], "yishi: 没有 -x 这个选项"),
            (["new"], "yishi: 缺少 <meeting|update>\n说明：<meeting|update>  要新建什么：meeting（会议记录）或 update（办理进展）。"),
            (["new", "meeting"], "yishi: 缺少 --unit <ID>"),
            (["stats", "--period"], "yishi: --period <PERIOD> 后面要写上它的值"),
            (["serve", "--port", "abc"], "yishi: --port <PORT> 不能是 'abc'"),
            (["build", "extra"], "yishi: 多写了 'extra'，这个命令用不上它"),
            (["build", "extra", "words"], "yishi: 多写了 2 个这个命令用不上的词：'extra', 'words'"),
        ]
        for (args, said) in mistakes {
            let r = try CLI.run(args, in: site)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.hasPrefix(said), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("\n用法：yishi") && r.stderr.contains("\n详见 yishi"), "\(args): \(r.stderr)")
            #expect(!["Error:", "Usage:", "Help:", "See '", "<subcommand>"].contains { r.stderr.contains($0) }, "\(args): \(r.stderr)")
            // In English, argument-parser's own sentence.
            let en = try CLI.run(args + ["--lang", "en"], in: site)
            #expect(en.status == 2 && en.stderr.hasPrefix("Error: ") && !Self.hasChinese(en.stderr), "\(args): \(en.stderr)")
        }
        // A mistyped command is the mistake named, not an option after it that only the commands take.
        let hant = try CLI.run(["biuld", "--lang", "zh-Hant"], in: site)
        #expect(hant.status == 2 && hant.stderr.hasPrefix("yishi: 沒有 'biuld' 這個命令，是不是想寫 build？"), "\(hant.stderr)")
        let en = try CLI.run(["biuld", "--site", "s", "--lang", "en"], in: site)
        #expect(en.status == 2 && en.stderr.hasPrefix("Error: Unexpected argument 'biuld'"), "\(en.stderr)")
    }
}
