import Foundation
import YishiCore
import YishiSite
#if canImport(Glibc)
import Glibc
#endif

/// What the system's error numbers mean, in plain words for a secretary: Foundation's own
/// texts are English only ("The operation could not be completed…").
enum SystemWords {
    static func reason(_ code: Int32, _ language: Language) -> String {
        switch code {
        case EACCES, EPERM:
            return language.pick(zh: "当前用户没有权限改动这里", en: "this user is not allowed to change it")
        case ENOSPC:
            return language.pick(zh: "磁盘已满", en: "the disk is full")
        case EDQUOT:
            return language.pick(zh: "已用完这个用户的磁盘配额", en: "this user's disk quota is used up")
        case EROFS:
            return language.pick(zh: "这个磁盘是只读的", en: "the disk is read-only")
        case EFBIG:
            return language.pick(zh: "文件超过了系统允许的大小", en: "the file is larger than the system allows")
        case ENAMETOOLONG:
            return language.pick(zh: "路径太长", en: "the path is too long")
        case ENOTDIR:
            return language.pick(zh: "路径中有一段是文件而不是文件夹", en: "part of the path is a file, not a folder")
        case EEXIST, ENOTEMPTY:
            return language.pick(zh: "那里已经有同名的文件或文件夹", en: "something of that name is already there")
        case ENOENT:
            return language.pick(zh: "上一级文件夹不存在", en: "a folder above it does not exist")
        case EIO:
            return language.pick(zh: "磁盘读写出错", en: "the disk reported an error")
        default:
            let text = String(cString: strerror(code))
            return language.pick(zh: "系统报告错误（\(text)）", en: "the system reported an error (\(text))")
        }
    }

    /// The name of the user with this id, or the number when it has none.
    static func userName(_ uid: uid_t) -> String {
        guard let pw = getpwuid(uid), let name = pw.pointee.pw_name else { return String(uid) }
        return String(cString: name)
    }

    /// `path` as the user can type it: relative to the current folder when it is under it.
    static func shown(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        if path == here { return "." }
        if here != "/", path.hasPrefix(here + "/") { return String(path.dropFirst(here.count + 1)) }
        return path
    }

    /// What stops a build before it publishes anything, and how to fix it.
    static func obstacle(_ o: SiteWriter.Obstacle, output: String, language: Language) -> String {
        let user = userName(geteuid())
        let owner = userName(o.owner)
        let here = shown(o.path)
        // What to hand back to this user: the top folder under the site folder, or the site folder.
        let top: String
        if o.path.hasPrefix(o.siteFolder + "/") {
            top = shown(o.siteFolder + "/" + (o.path.dropFirst(o.siteFolder.count + 1).split(separator: "/").first ?? ""))
        } else {
            top = here
        }
        let recursive = top == here && o.path == o.siteFolder ? "" : "-R "
        if o.code == EROFS {
            return language.pick(zh: "没有发布：\(here) 所在的磁盘是只读的。\(output) 保持原样。",
                                 en: "nothing was published: \(here) is on a read-only disk. \(output) is as it was.")
        }
        let fix = o.owner == geteuid() ? "chmod \(recursive)u+rwX \(top)" : "sudo chown \(recursive)\(user) \(top)"
        let whose = o.owner == geteuid()
            ? language.pick(zh: "它被设成了只读", en: "it is set read-only")
            : language.pick(zh: "它属于 \(owner)\(o.owner == 0 ? "，多半是以前用 sudo 运行过 yishi" : "")",
                            en: "it belongs to \(owner)\(o.owner == 0 ? ", most likely from an earlier 'sudo yishi …'" : "")")
        return language.pick(
            zh: "没有发布：当前用户 \(user) 不能改动 \(here)（\(whose)），新网站无法替换旧网站。\(output) 保持原样。请运行：\(fix)，然后再运行一次。",
            en: "nothing was published: this user (\(user)) cannot change \(here) (\(whose)), so the new site could not replace the old one. \(output) is as it was. Run: \(fix), then run this again.")
    }

    /// The warning for old copies of the site that could not be removed after publishing.
    static func leftBehind(_ names: [String], site: URL, language: Language) -> String {
        let paths = names.map { shown(site.appendingPathComponent($0).path) }
        let list = paths.joined(separator: " ")
        return language.pick(
            zh: "警告：网站已经发布，但旧网站的副本 \(list) 删不掉（里面有当前用户不能删除的文件）。它不会被发布，只占磁盘空间，以后的构建会再试着删除它；也可以运行：sudo rm -rf \(list)",
            en: "warning: the site was published, but the old copy \(list) could not be removed (it holds files this user cannot remove). It is not published and only takes disk space; later builds try again to remove it, or run: sudo rm -rf \(list)")
    }
}
