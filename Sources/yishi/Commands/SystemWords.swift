import Foundation
import YishiCore
import YishiSite
#if canImport(Glibc)
import Glibc
#endif

/// What the system's error numbers mean, in plain words for a secretary: Foundation's own
/// texts are English only ("The operation could not be completed…").
enum SystemWords {
    /// Why a build with content errors published nothing, and what residents see meanwhile.
    static func notPublished(outputKept: Bool, language: Language) -> String {
        outputKept
            ? language.pick(zh: "内容有错误，这次没有发布：output/ 里仍是上次发布的网站，一个字没改。改正上面的错误后，再运行 yishi build",
                            en: "the content has errors, so nothing was published: output/ still holds the last published site, untouched. Fix the errors above and run yishi build again")
            : language.pick(zh: "内容有错误，这次没有发布，还没有生成网站。改正上面的错误后，再运行 yishi build",
                            en: "the content has errors, so nothing was published and there is no site yet. Fix the errors above and run yishi build again")
    }

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
        case EADDRINUSE:
            return language.pick(zh: "这个端口已经被别的程序占用", en: "another program is using this port")
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

    /// Why a build published nothing, and what to do about it.
    static func publishFailure(_ f: PublishFailure, output: String, language: Language) -> String {
        /// What to do once the cause is known: room for both sites when the disk is full.
        func next(_ code: Int32) -> String {
            code == ENOSPC || code == EDQUOT
                ? language.pick(zh: "请腾出磁盘空间后再运行一次（新网站写好之前，旧网站还在，磁盘要能同时放下两个）。",
                                en: "Free some disk space and run this again (the new site is written beside the old one, so the disk must hold both).")
                : language.pick(zh: "解决之后再运行一次。", en: "Run this again once that is fixed.")
        }
        /// A file of the new site is named by its place in the site, not in the staging folder.
        func place(_ path: String) -> String {
            guard let r = path.range(of: "/.yishi-staging/") else { return shown(path) }
            return language.pick(zh: "新网站的 ", en: "the new site's ") + path[r.upperBound...]
        }
        func failed(_ zh: String, _ en: String, _ path: String, _ code: Int32) -> String {
            language.pick(zh: "没有发布：\(zh)\(place(path)) 时出错：\(reason(code, language))。\(output) 保持原样。\(next(code))",
                          en: "nothing was published: could not \(en) \(place(path)): \(reason(code, language)). \(output) is as it was. \(next(code))")
        }
        switch f {
        case .obstacle(let o):
            return obstacle(o, output: output, language: language)
        case .write(.cannotWrite(let path, let code)):
            return failed("写入", "write", path, code)
        case .write(.cannotRemove(let path, let code)):
            return failed("删除", "remove", path, code)
        case .write(.unsafePath(let path)):
            return language.pick(zh: "没有发布：有一个页面要写到网站文件夹以外（\(path)），已拒绝。\(output) 保持原样。",
                                 en: "nothing was published: a page was to be written outside the site folder (\(path)) and was refused. \(output) is as it was.")
        case .searchIndex(let problem):
            return language.pick(
                zh: "没有发布：Pagefind 建立搜索索引时出错。\(output) 保持原样。一时解决不了的话，可以在 content/site.yml 里写 search: false，先发布不带搜索的网站。Pagefind 的输出：\n\(problem)",
                en: "nothing was published: Pagefind failed to build the search index. \(output) is as it was. To publish without search meanwhile, set search: false in content/site.yml. Pagefind said:\n\(problem)")
        case .other(let error):
            // Foundation's errors carry the system's number; their own text is English only.
            let ns = error as NSError
            let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError
            let posix = ns.domain == NSPOSIXErrorDomain ? ns : underlying?.domain == NSPOSIXErrorDomain ? underlying : nil
            let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? output
            if let code = posix?.code { return failed("写入", "write", path, Int32(code)) }
            return language.pick(zh: "没有发布：\(error)。\(output) 保持原样。", en: "nothing was published: \(error). \(output) is as it was.")
        }
    }

    /// Whose a folder this user cannot change is, and the command that gives it back.
    static func ownership(_ o: SiteWriter.Obstacle, language: Language) -> (whose: String, fix: String) {
        let user = userName(geteuid())
        let here = shown(o.path)
        // What to hand back to this user: the top folder under the site folder, or the site folder.
        let top: String
        if o.path.hasPrefix(o.siteFolder + "/") {
            top = shown(o.siteFolder + "/" + (o.path.dropFirst(o.siteFolder.count + 1).split(separator: "/").first ?? ""))
        } else {
            top = here
        }
        let recursive = top == here && o.path == o.siteFolder ? "" : "-R "
        let fix = o.owner == geteuid() ? "chmod \(recursive)u+rwX \(top)" : "sudo chown \(recursive)\(user) \(top)"
        let owner = userName(o.owner)
        let whose = o.owner == geteuid()
            ? language.pick(zh: "它被设成了只读", en: "it is set read-only")
            : language.pick(zh: "它属于 \(owner)\(o.owner == 0 ? "，多半是以前用 sudo 运行过 yishi" : "")",
                            en: "it belongs to \(owner)\(o.owner == 0 ? ", most likely from an earlier 'sudo yishi …'" : "")")
        return (whose, fix)
    }

    /// What stops a build before it publishes anything, and how to fix it.
    static func obstacle(_ o: SiteWriter.Obstacle, output: String, language: Language) -> String {
        let user = userName(geteuid())
        let here = shown(o.path)
        if o.code == EROFS {
            return language.pick(zh: "没有发布：\(here) 所在的磁盘是只读的。\(output) 保持原样。",
                                 en: "nothing was published: \(here) is on a read-only disk. \(output) is as it was.")
        }
        let (whose, fix) = ownership(o, language: language)
        return language.pick(
            zh: "没有发布：当前用户 \(user) 不能改动 \(here)（\(whose)），新网站无法替换旧网站。\(output) 保持原样。请运行：\(fix)，然后再运行一次。",
            en: "nothing was published: this user (\(user)) cannot change \(here) (\(whose)), so the new site could not replace the old one. \(output) is as it was. Run: \(fix), then run this again.")
    }

    /// The warning for a `.yishi-cache/` this user cannot change: the site is published, but
    /// nothing is remembered for the next build, which starts from nothing again.
    static func cacheNotSaved(_ o: SiteWriter.Obstacle, language: Language) -> String {
        let here = shown(o.path)
        if o.code == EROFS {
            return language.pick(zh: "警告：\(here) 所在的磁盘是只读的，构建缓存存不下来，每次构建都要从头做起。",
                                 en: "warning: \(here) is on a read-only disk: the build cache cannot be saved, and every build starts from nothing.")
        }
        let (whose, fix) = ownership(o, language: language)
        return language.pick(
            zh: "警告：网站已经发布，但当前用户 \(userName(geteuid())) 不能改动 \(here)（\(whose)），构建缓存存不下来，以后每次构建都要从头做起，会慢很多。请运行：\(fix)",
            en: "warning: the site was published, but this user (\(userName(geteuid()))) cannot change \(here) (\(whose)): the build cache cannot be saved, and every build will start from nothing, much slower. Run: \(fix)")
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
