import ArgumentParser
import Foundation
import YishiCore

/// The `yishi` command: a thin layer over YishiCore and YishiSite.
@main
struct Yishi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yishi",
        abstract: "议事 — publish consultation meeting minutes, follow every item until it is closed.",
        discussion: """
            Exit status: 0 success; 1 the content has errors; 2 the command line is wrong or \
            something the command needs is missing.
            """,
        version: "0.1.0",
        subcommands: [Init.self, New.self, Check.self, Build.self, Stats.self, Report.self, Serve.self]
    )

    /// swift-argument-parser exits 64 on a usage error; yishi promises 2 (DESIGN §7).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
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
        FileHandle.standardError.write(Data(("yishi: " + failure.message + "\n").utf8))
        Foundation.exit(failure.status)
    }
}
