import ArgumentParser
import CSystem
import Foundation
import YishiCore
import YishiSite
#if canImport(Glibc)
import Glibc
#endif

/// `yishi init DIR`: a new site to start from — settings, a small unit tree, two sample
/// meetings and the default theme.
///
/// All or nothing: every path it would write is looked at first, and if one is already there
/// nothing is written. The files are then written into a scratch folder (inside DIR when DIR
/// exists, beside it otherwise) and moved into place with renames that never replace anything;
/// should any step fail, what was moved is moved back and the scratch folder removed, so a
/// failed init never leaves a half-made site that the next init would refuse.
struct Init: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: Speaking.help(zh: "新建一个网站文件夹：网站设置、一个小的单位树、两份示例会议记录和默认主题。", en: "Create a new site folder with settings, a small unit tree, two sample meetings and the default theme.")) }

    @Argument(help: ArgumentHelp(Speaking.help(zh: "要新建的文件夹（空文件夹，或者还不存在）。", en: "The folder to create (empty, or not there yet)."), valueName: "DIR"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp(Speaking.help(zh: "新网站的语言（网页和提示信息）：zh-Hans 简体、zh-Hant 繁体或 en 英文。", en: "Language of the new site (its pages and messages): zh-Hans, zh-Hant or en."), valueName: "LANG"))
    var lang: String = "zh-Hans"

    func validate() throws {
        if CommandValues.language(lang) == nil {
            throw CommandValues.refuse(.zhHans, zh: "--lang 只能是 zh-Hans、zh-Hant 或 en，不能是 '\(lang)'",
                                       en: "--lang must be zh-Hans, zh-Hant or en, not '\(lang)'")
        }
    }

    /// Every file `init` writes (relative path → text), and the empty folders it makes.
    static var files: [String: String] {
        var files = StarterSite.files
        for (path, text) in DefaultTheme.files { files["templates/" + path] = text }
        files[".gitignore"] = ignoredLines.map { $0 + "\n" }.joined()
        return files
    }
    static let emptyFolders = ["output"]

    /// What a site's .gitignore must hold: what builds write into the site folder.
    static let ignoredLines = [".yishi-cache/", ".yishi-staging*/", "output/", "reports/"]

    /// Those of `ignoredLines` that an existing .gitignore does not already have, line for line.
    static func ignoredLines(missingFrom text: String) -> [String] {
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        return ignoredLines.filter { !present.contains($0) && !present.contains("/" + $0) }
    }

    func run() throws {
        let language = CommandValues.language(lang) ?? .zhHans
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isFolder: ObjCBool = true
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            fail(CommandFailure(message: language.pick(
                zh: "没有新建网站：\(root.path) 是一个文件，不是文件夹。请换一个名字，例如 yishi init 新文件夹名",
                en: "no site was created: \(root.path) is a file, not a folder. Choose another name, for example yishi init NEW-FOLDER")))
        }
        var files = Init.files
        // The new site speaks the language asked for: its pages, as well as these messages.
        files["content/site.yml"] = files["content/site.yml"]?.replacingOccurrences(of: "locale: zh-Hans ", with: "locale: \(language.rawValue) ")
        // A traditional-character site starts from sample minutes in traditional characters.
        if language == .zhHant {
            for (path, text) in files where path.hasPrefix("content/") { files[path] = language.pick(zh: text, en: text) }
        }
        // A folder kept in git may have its own .gitignore: init adds the lines it needs to it
        // (after the site is made) rather than refusing the folder.
        let ignoreFile = root.appendingPathComponent(".gitignore").path
        var st = stat()
        let ownIgnore = lstat(ignoreFile, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
            ? (try? String(contentsOfFile: ignoreFile, encoding: .utf8)) : nil
        if ownIgnore != nil { files[".gitignore"] = nil }
        let clashes = Init.clashes(root: root.path, files: Array(files.keys))
        if !clashes.isEmpty {
            let shown = clashes.prefix(10).map { "  " + $0 }.joined(separator: "\n")
            let more = clashes.count > 10 ? "\n" + language.pick(zh: "  ……还有 \(clashes.count - 10) 个", en: "  … and \(clashes.count - 10) more") : ""
            fail(CommandFailure(message: language.pick(
                zh: "没有新建网站：\(root.path) 里已经有下面这些，yishi init 不会覆盖它们：\n\(shown)\(more)\n没有写入任何文件。请换一个空文件夹（例如 yishi init 新文件夹名），或先把上面这些移到别处再运行一次。",
                en: "no site was created: \(root.path) already holds the following, which yishi init never overwrites:\n\(shown)\(more)\nNothing was written. Choose an empty folder (for example yishi init NEW-FOLDER), or move these elsewhere and run it again.")))
        }
        do {
            try InitWriter(root: root.path).write(files, emptyFolders: Init.emptyFolders)
        } catch let e as InitWriter.Failure {
            let what = e.path.isEmpty ? root.path : e.path
            let reason = SystemWords.reason(e.code, language)
            fail(CommandFailure(message: language.pick(
                zh: "没有新建网站 \(root.path)：\(e.step.zh) \(what) 时出错：\(reason)。没有留下任何文件；解决之后再运行一次 yishi init。",
                en: "no site was created in \(root.path): could not \(e.step.en) \(what): \(reason). Nothing was left behind; run yishi init again once this is fixed.")))
        }
        if let ownIgnore {
            let missing = Init.ignoredLines(missingFrom: ownIgnore)
            if !missing.isEmpty {
                let added = (ownIgnore.isEmpty || ownIgnore.hasSuffix("\n") ? "" : "\n") + missing.map { $0 + "\n" }.joined()
                let handle = FileHandle(forWritingAtPath: ignoreFile)
                if let handle, (try? handle.seekToEnd()) != nil, (try? handle.write(contentsOf: Data(added.utf8))) != nil {
                    try? handle.close()
                } else {
                    try? handle?.close()
                    FileHandle.standardError.put(Data(("yishi: " + language.pick(
                        zh: "警告：网站已新建，但没能把下面几行加进 .gitignore，请自己加上，免得把生成的文件提交进 git：\n" + missing.joined(separator: "\n"),
                        en: "warning: the site was created, but these lines could not be added to .gitignore; add them yourself, so that built files stay out of git:\n" + missing.joined(separator: "\n")) + "\n").utf8))
                }
            }
        }
        // A folder named with a space (我的 网站) or a shell's own characters is quoted, so that
        // the command shown can be pasted as it is.
        let plain = directory.unicodeScalars.allSatisfy { !" \t'\"\\$`&|;<>()*?!#~".unicodeScalars.contains($0) }
        let folder = plain ? directory : "'" + directory.replacingOccurrences(of: "'", with: "'\\''") + "'"
        print(language.pick(zh: "已新建网站 \(root.path)。下一步：cd \(folder) && yishi check",
                            en: "Created a new site in \(root.path). Next: cd \(folder) && yishi check"))
    }

    /// What is already where init would write, relative to `root`, sorted: `content/` (a site
    /// is here already), files it would overwrite, files where it needs a folder, and an
    /// `output/` that holds something (the first build would replace it).
    static func clashes(root: String, files: [String]) -> [String] {
        var st = stat()
        guard stat(root, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return [] }
        var out: [String] = []
        var blocked: [String] = []
        func exists(_ rel: String) -> Bool { lstat(root + "/" + rel, &st) == 0 }
        func isFolder(_ rel: String) -> Bool { stat(root + "/" + rel, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR }
        if exists("content") {
            out.append(isFolder("content") ? "content/" : "content")
            blocked.append("content/")
        }
        // Folders init needs, parents first.
        var folders = Set<String>()
        for path in files + emptyFolders.map({ $0 + "/x" }) {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted() where !blocked.contains(where: { (folder + "/").hasPrefix($0) }) {
            if exists(folder) && !isFolder(folder) {
                out.append(folder)
                blocked.append(folder + "/")
            }
        }
        for path in files.sorted() where !blocked.contains(where: { path.hasPrefix($0) }) && exists(path) {
            out.append(path)
        }
        for folder in emptyFolders where !blocked.contains(where: { (folder + "/").hasPrefix($0) }) && isFolder(folder) {
            if let entries = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder), !entries.isEmpty {
                out.append(folder + "/")
            }
        }
        return out.sorted()
    }
}

/// Writes a set of files into a folder all at once or not at all (see `Init`).
struct InitWriter {
    let root: String

    enum Step {
        case makeFolder, write, move, remove
        var zh: String {
            switch self {
            case .makeFolder: return "新建文件夹"
            case .write: return "写入"
            case .move: return "移动"
            case .remove: return "删除"
            }
        }
        var en: String {
            switch self {
            case .makeFolder: return "make the folder"
            case .write: return "write"
            case .move: return "move"
            case .remove: return "remove"
            }
        }
    }

    /// A step that failed, on `path` (relative to the site folder where it is inside it), and errno.
    struct Failure: Error {
        var step: Step
        var path: String
        var code: Int32
    }

    func write(_ files: [String: String], emptyFolders: [String]) throws {
        var st = stat()
        let rootExists = stat(root, &st) == 0
        let parent = (root as NSString).deletingLastPathComponent
        // Folders above a new site folder that are not there yet: made now, removed again on failure.
        var madeAbove: [String] = []
        var scratch = ""
        var moved: [(from: String, to: String)] = []
        do {
            if !rootExists {
                var missing: [String] = []
                var p = parent
                while !p.isEmpty, p != "/", stat(p, &st) != 0 {
                    missing.append(p)
                    p = (p as NSString).deletingLastPathComponent
                }
                for folder in missing.reversed() {
                    guard mkdir(folder, 0o777) == 0 || errno == EEXIST else { throw Failure(step: .makeFolder, path: folder, code: errno) }
                    madeAbove.append(folder)
                }
            }
            var random = SystemRandomNumberGenerator()
            let tag = String(random.next(), radix: 36)
            scratch = rootExists ? root + "/.yishi-init-" + tag
                : parent + "/." + (root as NSString).lastPathComponent + ".yishi-init-" + tag
            guard mkdir(scratch, 0o777) == 0 else {
                let code = errno
                scratch = ""
                throw Failure(step: .makeFolder, path: rootExists ? "" : parent, code: code)
            }
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                try makeFolders(scratch, (path as NSString).deletingLastPathComponent)
                try create(scratch + "/" + path, text, shown: path)
            }
            for folder in emptyFolders { try makeFolders(scratch, folder) }
            if rootExists {
                try merge(scratch, root, "", &moved)
                // Only folders that were there already remain, emptied: the site is in place
                // even should this fail.
                try? removeTree(scratch)
            } else {
                guard yishi_rename_noreplace(scratch, root) == 0 else { throw Failure(step: .move, path: "", code: errno) }
            }
        } catch let failure as Failure {
            for m in moved.reversed() { _ = rename(m.to, m.from) }
            if !scratch.isEmpty { try? removeTree(scratch) }
            for folder in madeAbove.reversed() { rmdir(folder) }
            throw failure
        }
    }

    /// Makes `rel` and its parents inside `base`.
    private func makeFolders(_ base: String, _ rel: String) throws {
        guard !rel.isEmpty else { return }
        var path = base
        for part in rel.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o777) != 0, errno != EEXIST { throw Failure(step: .makeFolder, path: rel, code: errno) }
        }
    }

    private func create(_ path: String, _ text: String, shown: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(step: .write, path: shown, code: errno) }
        var failed: Int32 = 0
        var text = text
        text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failed = errno; return }
                if n == 0 { failed = EIO; return }
                done += n
            }
        }
        if close(fd) != 0, failed == 0 { failed = errno }
        if failed != 0 { throw Failure(step: .write, path: shown, code: failed) }
    }

    /// Moves every entry of `from` (the scratch folder) that `to` lacks into `to`, going into
    /// folders both have; records each move so that it can be undone.
    private func merge(_ from: String, _ to: String, _ rel: String, _ moved: inout [(from: String, to: String)]) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: from))?.sorted() ?? []
        for name in names {
            let a = from + "/" + name, b = to + "/" + name, shown = rel.isEmpty ? name : rel + "/" + name
            var st = stat()
            if lstat(b, &st) != 0 {
                if yishi_rename_noreplace(a, b) != 0 {
                    // Kernels or file systems without RENAME_NOREPLACE: it was looked for just now.
                    guard errno == EINVAL || errno == ENOSYS, rename(a, b) == 0 else { throw Failure(step: .move, path: shown, code: errno) }
                }
                moved.append((a, b))
            } else if stat(b, &st) == 0, st.st_mode & S_IFMT == S_IFDIR, stat(a, &st) == 0, st.st_mode & S_IFMT == S_IFDIR {
                try merge(a, b, shown, &moved)
            } else {
                throw Failure(step: .move, path: shown, code: EEXIST)
            }
        }
    }

    private func removeTree(_ path: String) throws {
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw Failure(step: .remove, path: path, code: (error as NSError).underlyingPOSIXCode ?? EIO)
        }
    }
}

extension NSError {
    /// The errno behind a Foundation file error, when it carries one.
    var underlyingPOSIXCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.underlyingPOSIXCode
    }
}
