import ArgumentParser
import Foundation
import YishiCore
import YishiSite

/// `yishi init DIR`: a new site to start from — settings, a small unit tree, two sample
/// meetings and the default theme.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site folder with settings, a small unit tree, two sample meetings and the default theme.")

    @Argument(help: ArgumentHelp("The folder to create (it must not hold a content/ folder already).", valueName: "DIR"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("Language of messages: zh-Hans, zh-Hant or en.", valueName: "LANG"))
    var lang: String = "zh-Hans"

    func validate() throws {
        if Language(rawValue: lang) == nil { throw ValidationError("--lang must be zh-Hans, zh-Hant or en, not '\(lang)'") }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .zhHans
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        let fm = FileManager.default
        if fm.fileExists(atPath: root.appendingPathComponent("content").path) {
            fail(CommandFailure(message: language.pick(zh: "\(root.path) 里已经有 content/，不会覆盖",
                                                        en: "\(root.path) already holds a content/ folder; nothing was written")))
        }
        var files = StarterSite.files
        for (path, text) in DefaultTheme.files { files["templates/" + path] = text }
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = root.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
            try fm.createDirectory(at: root.appendingPathComponent("output"), withIntermediateDirectories: true)
            try Data(".yishi-cache/\n.yishi-staging*/\noutput/\nreports/\n".utf8)
                .write(to: root.appendingPathComponent(".gitignore"), options: .withoutOverwriting)
        } catch {
            fail(CommandFailure(message: "\(root.path): \(error.localizedDescription)"))
        }
        print(language.pick(zh: "已新建网站 \(root.path)。下一步：cd \(directory) && yishi check",
                            en: "Created a new site in \(root.path). Next: cd \(directory) && yishi check"))
    }
}
