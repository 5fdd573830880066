import Foundation
import YishiCore
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
}
