import Foundation
import YishiCore

/// The mistakes argument-parser finds on the command line — an unknown option, a missing
/// value, a command that does not exist — said in the user's language.
///
/// argument-parser keeps its errors' kinds to itself and gives only English sentences, so its
/// sentences are read here, one pattern per kind it has (the version is pinned in
/// Package.swift, and a test types each kind of mistake). A sentence not recognised is passed
/// on in English rather than lost.
enum ParserWords {
    /// argument-parser's whole message (`Error: …`, `Help: …`, `Usage: …`, `See …`) in
    /// `language`; unchanged for English. `commands`: the subcommands' names, for a mistyped one.
    static func message(_ english: String, language: Language, commands: [String]) -> String {
        guard language != .en else { return english }
        var out: [String] = []
        for line in english.split(separator: "\n").map(String.init) {
            if line.hasPrefix("Error: ") {
                let usage = english.components(separatedBy: "\n").first { $0.hasPrefix("Usage: ") } ?? ""
                let atRoot = usage == "Usage: yishi <subcommand>"
                out.append("yishi: " + mistake(String(line.dropFirst("Error: ".count)), atRoot: atRoot, language: language, commands: commands))
            } else if line.hasPrefix("Help:  ") {
                out.append(language.pick(zh: "说明：", en: "Help: ") + line.dropFirst("Help:  ".count))
            } else if line.hasPrefix("Usage: ") {
                out.append(language.pick(zh: "用法：", en: "Usage: ")
                           + line.dropFirst("Usage: ".count).replacingOccurrences(of: "<subcommand>", with: language.pick(zh: "<命令>", en: "<subcommand>")))
            } else if let command = between(line.trimmingCharacters(in: .whitespaces), "See '", "' for more information.") {
                out.append(language.pick(zh: "详见 \(command)", en: line))
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }

    /// One mistake, from argument-parser's sentence.
    static func mistake(_ s: String, atRoot: Bool, language: Language, commands: [String]) -> String {
        func say(_ zh: String) -> String { language.pick(zh: zh, en: s) }
        if let (option, suggestion) = two(s, "Unknown option '", "'. Did you mean '", "'?") {
            return say("没有 \(option) 这个选项，是不是想写 \(suggestion)？")
        }
        if let option = between(s, "Unknown option '", "'") { return say("没有 \(option) 这个选项") }
        if let option = between(s, "Missing value for '", "'") { return say("\(option) 后面要写上它的值") }
        if let wanted = between(s, "Missing expected argument '", "'") { return say("缺少 \(wanted)") }
        if let choices = between(s, "Missing one of: '", "'") { return say("缺少以下之一：\(choices)") }
        if let word = between(s, "Unexpected argument '", "'") {
            guard atRoot else { return say("多写了 '\(word)'，这个命令用不上它") }
            let list = commands.joined(separator: "、")
            if let near = Suggestion.closest(to: word.lowercased(), in: commands) {
                return say("没有 '\(word)' 这个命令，是不是想写 \(near)？可用的命令：\(list)")
            }
            return say("没有 '\(word)' 这个命令；可用的命令：\(list)")
        }
        if s.hasSuffix("'"), let colon = s.range(of: " unexpected arguments: '"), let n = Int(s[..<colon.lowerBound]) {
            return say("多写了 \(n) 个这个命令用不上的词：'\(s[colon.upperBound...])")
        }
        if let (option, value) = two(s, "The option '", "' does not take any value, but '", "' was specified.") {
            return say("\(option) 后面不能写值，却写了 '\(value)'")
        }
        if let (value, option) = two(s, "The value '", "' is invalid for '", "'") {
            return say("\(option) 不能是 '\(value)'")
        }
        if let option = s.hasPrefix("Invalid option: ") ? String(s.dropFirst("Invalid option: ".count)) : nil {
            return say("\(option) 不是一个有效的选项")
        }
        if s == "Missing required subcommand." {
            return say("要写一个命令：\(commands.joined(separator: "、"))")
        }
        return s
    }

    /// The text between `start` and `end` when `s` is exactly `start` + text + `end`.
    static func between(_ s: String, _ start: String, _ end: String) -> String? {
        guard s.hasPrefix(start), s.hasSuffix(end), s.count >= start.count + end.count else { return nil }
        return String(s.dropFirst(start.count).dropLast(end.count))
    }

    /// The two texts of `start` + a + `middle` + b + `end`.
    static func two(_ s: String, _ start: String, _ middle: String, _ end: String) -> (String, String)? {
        guard let inner = between(s, start, end), let cut = inner.range(of: middle) else { return nil }
        return (String(inner[..<cut.lowerBound]), String(inner[cut.upperBound...]))
    }
}
