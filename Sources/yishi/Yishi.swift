import ArgumentParser
import Foundation
import YishiCore

/// The `yishi` command: a thin layer over YishiCore and YishiSite.
@main
struct Yishi: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "yishi",
        abstract: Speaking.help(zh: "议事 — 公开协商议事会议的记录，跟踪每个议题直到办结。", en: "议事 — publish consultation meeting minutes, follow every item until it is closed."),
        discussion: Speaking.help(zh: "退出状态：0 成功；1 内容有错误；2 命令写得不对，或命令要用的东西不在。",
                                  en: "Exit status: 0 success; 1 the content has errors; 2 the command line is wrong or something the command needs is missing."),
        version: "0.1.0",
        subcommands: [Init.self, New.self, Check.self, Build.self, Stats.self, Report.self, Serve.self]
    ) }

    /// swift-argument-parser exits 64 on a usage error; yishi promises 2 (DESIGN §7).
    /// Help screens and command-line mistakes are said in the user's language (`Speaking`).
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        Speaking.language = Speaking.settle(arguments, folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
        let names = configuration.subcommands.map { $0._commandName }
        // `yishi help buidl` asks for help on a command there is none of: the same mistake as
        // `yishi buidl`, named as such, not answered with the general help and success.
        if arguments.first == "help", arguments.count > 1, !arguments[1].hasPrefix("-"), !names.contains(arguments[1]) {
            arguments.removeFirst()
        }
        if Speaking.language != .en, let command = helpWanted(arguments) {
            print(HelpScreen.text(for: command, language: Speaking.language))
            Foundation.exit(ExitStatus.ok)
        }
        // `yishi buidl --lang zh-Hant`: argument-parser names the option yishi itself does not
        // take, not the command mistyped before it, which is the mistake to fix.
        let mistyped = arguments.first.map { !$0.hasPrefix("-") && $0 != "help" && !names.contains($0) } ?? false
        do {
            var command = try parseAsRoot(mistyped ? [arguments[0]] : arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let words = ParserWords.message(fullMessage(for: error), language: Speaking.language, commands: names)
                FileHandle.standardError.put(Data((words + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }

    /// The command whose help these arguments ask for, as argument-parser reads them: no
    /// arguments at all, `-h` or `--help` anywhere before `--`, or `help` first; the first
    /// subcommand named, else yishi itself.
    static func helpWanted(_ arguments: [String]) -> ParsableCommand.Type? {
        let options = arguments.prefix { $0 != "--" }
        guard arguments.isEmpty || options.contains("-h") || options.contains(where: { $0 == "--help" || $0.hasPrefix("--help=") }) || arguments.first == "help" else { return nil }
        let named = options.dropFirst(arguments.first == "help" ? 1 : 0).first
        return configuration.subcommands.first { $0._commandName == named } ?? Yishi.self
    }
}

/// The exit statuses DESIGN §7 promises.
enum ExitStatus {
    static let ok: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}

/// An error that stops a command: a message for the user, and the exit status.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32 = ExitStatus.usage
    var description: String { message }
}

extension ParsableCommand {
    /// Prints a failure in the user's language and exits with its status.
    func fail(_ failure: CommandFailure) -> Never {
        FileHandle.standardError.put(Data(("yishi: " + failure.message + "\n").utf8))
        Foundation.exit(failure.status)
    }
}
