import ArgumentParser
import Foundation
import YishiCore

/// A command's help screen in the user's language.
///
/// argument-parser draws help screens. Their texts are already the user's (`Speaking.help`),
/// but the frame around them — OVERVIEW, USAGE, "(default: …)", "Show help information." — is
/// English whatever the texts are, and lines are wrapped by counting characters, where a
/// Chinese character takes two columns. So for Chinese the screen is drawn unwrapped, its
/// frame is put into Chinese, and its lines are wrapped by display width.
enum HelpScreen {
    /// Where argument-parser starts an entry's text: two spaces, then the name padded to 24.
    static let textColumn = 26

    static func text(for command: ParsableCommand.Type, language: Language, width: Int = 80) -> String {
        guard language != .en else { return Yishi.helpMessage(for: command, columns: width) }
        let drawn = Yishi.helpMessage(for: command, columns: 1_000_000)
        var out: [String] = []
        for line in drawn.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            out += chinese(line, language: language, width: width)
        }
        return out.joined(separator: "\n")
    }

    /// One line of the drawn screen, with its frame in Chinese, as wrapped lines.
    static func chinese(_ line: String, language: Language, width: Int) -> [String] {
        let headings = [("OVERVIEW: ", "说明："), ("USAGE: ", "用法：")]
        for (english, chinese) in headings where line.hasPrefix(english) {
            let rest = String(line.dropFirst(english.count))
            let head = language.pick(zh: chinese, en: english)
            // The usage line is a command to copy: left whole, as argument-parser leaves it.
            if english == "USAGE: " { return [head + rest.replacingOccurrences(of: "<subcommand>", with: language.pick(zh: "<命令>", en: "<subcommand>"))] }
            return TerminalText.wrap(rest, width: width, first: TerminalText.width(head), indent: 0).enumerated()
                .map { $0.offset == 0 ? head + $0.element : $0.element }
        }
        let sections = ["ARGUMENTS:": "参数：", "OPTIONS:": "选项：", "SUBCOMMANDS:": "命令："]
        if let chinese = sections[line] { return [language.pick(zh: chinese, en: line)] }
        if line.trimmingCharacters(in: .whitespaces) == "See 'yishi help <subcommand>' for detailed help." {
            return ["  " + language.pick(zh: "用 yishi help 命令名 看一个命令的详细说明，例如 yishi help build。", en: line)]
        }
        guard line.hasPrefix("  ") else {
            return TerminalText.wrap(line, width: width, first: 0, indent: 0)
        }
        // An entry: its name in the first columns, its text from `textColumn` on (on a line
        // of its own, under the name, when the name is too long to leave room).
        let name = String(line.prefix(textColumn))
        let entry = String(line.dropFirst(textColumn))
        if entry.isEmpty { return [line] }
        let text = frameWords(entry, language: language)
        return TerminalText.wrap(text, width: width, first: TerminalText.width(name), indent: textColumn)
            .enumerated().map { $0.offset == 0 ? name + $0.element : $0.element }
    }

    /// argument-parser's own words inside an entry: its two built-in options and the default
    /// value it appends.
    static func frameWords(_ entry: String, language: Language) -> String {
        switch entry {
        case "Show the version.": return language.pick(zh: "显示版本号。", en: entry)
        case "Show help information.": return language.pick(zh: "显示这份帮助。", en: entry)
        default: break
        }
        guard entry.hasSuffix(")"), let open = entry.range(of: " (default: ", options: .backwards) else { return entry }
        var text = String(entry[..<open.lowerBound])
        let value = entry[open.upperBound...].dropLast()
        let stop = text.hasSuffix("。") ? "。" : ""
        if !stop.isEmpty { text.removeLast() }
        let shown = value == "." ? language.pick(zh: "当前文件夹 .", en: ".") : String(value)
        return text + language.pick(zh: "（默认：\(shown)）", en: " (default: \(value))") + stop
    }
}
