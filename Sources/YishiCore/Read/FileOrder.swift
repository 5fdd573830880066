/// The order in which files of one day count: a meeting's items, and the entries of a day in the
/// ledger, go in this order, and the last entry of a day stands.
///
/// By name, as a secretary reads the folder, except that a file's numbered sequels follow it in
/// number order: `2026-05-01-dept.md`, then `…-dept-2.md`, then `…-dept-10.md` (the names `yishi
/// new` gives a second and later file of a day). Compared as plain bytes, `-` sorts before `.`
/// and `1` before `2`, and the sequel written later would count first.
public enum FileOrder {
    /// Whether `a` comes before `b`: their paths without the Markdown extension, runs of digits
    /// compared as numbers; the whole paths as bytes where those tie.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        // Read in place: meetings of one day are compared this way in every sort of a build.
        let order = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in compare(stem(x), stem(y)) }
        }.flatMap { $0 } ?? Array(a.utf8).withUnsafeBufferPointer { x in Array(b.utf8).withUnsafeBufferPointer { y in compare(stem(x), stem(y)) } }
        return order != 0 ? order < 0 : a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Whether what `a` records comes before what `b` records: the earlier day first, the files
    /// of one day in this order.
    public static func precedes(_ a: (day: Day, file: String), _ b: (day: Day, file: String)) -> Bool {
        a.day != b.day ? a.day < b.day : precedes(a.file, b.file)
    }

    /// The path's bytes without its Markdown extension.
    private static func stem(_ path: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let dot = path.lastIndex(of: 0x2E) else { return path }
        // Its letters in either case: .md, .MD, .markdown.
        let ext = path[(dot + 1)...].lazy.map { $0 | 0x20 }
        return ext.elementsEqual("md".utf8) || ext.elementsEqual("markdown".utf8) ? UnsafeBufferPointer(rebasing: path[..<dot]) : path
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// -1, 0 or 1: byte by byte up to where they differ, a path that is the other's beginning
    /// first; where that is inside a run of digits, the runs by value (fewer significant digits
    /// first).
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var m = 0
        let n = min(a.count, b.count)
        while m < n, a[m] == b[m] { m += 1 }
        if m == n { return a.count == b.count ? 0 : a.count < b.count ? -1 : 1 }
        var start = m
        while start > 0, isDigit(a[start - 1]) { start -= 1 }
        guard start < m || (isDigit(a[m]) && isDigit(b[m])) else { return a[m] < b[m] ? -1 : 1 }
        var i = start, j = start
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                var ei = i, ej = j
                while ei < a.count, isDigit(a[ei]) { ei += 1 }
                while ej < b.count, isDigit(b[ej]) { ej += 1 }
                var si = i, sj = j
                while si < ei - 1, a[si] == 0x30 { si += 1 }
                while sj < ej - 1, b[sj] == 0x30 { sj += 1 }
                if ei - si != ej - sj { return ei - si < ej - sj ? -1 : 1 }
                for (x, y) in zip(a[si..<ei], b[sj..<ej]) where x != y { return x < y ? -1 : 1 }
                // Equal in value: 007 and 7 are still not the same name.
                if ei - i != ej - j { return ei - i < ej - j ? -1 : 1 }
                i = ei; j = ej
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1; j += 1
            }
        }
        return i < a.count ? 1 : j < b.count ? -1 : 0
    }
}
