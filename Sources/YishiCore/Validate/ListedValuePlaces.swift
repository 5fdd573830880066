/// Points the validator's "not in site.yml's list" warnings at the value itself.
///
/// The validator works on records, which keep where a meeting and an item start but not where
/// each of their fields is: enough for most of its findings, which name a whole record, not
/// for a `category:` four lines into an item. Such warnings are few (a list is usually kept
/// up to date), so the line is found again in the file's text, only for them, instead of
/// every record carrying the place of every field.
enum ListedValuePlaces {
    static func refine(_ diagnostics: [Diagnostic], source: ContentSource) -> [Diagnostic] {
        guard diagnostics.contains(where: { if case .notInSiteList = $0.message { true } else { false } }) else { return diagnostics }
        var lines: [String: [Substring]] = [:]
        return diagnostics.map { d in
            guard case .notInSiteList(let key, let value, _) = d.message, !d.location.file.isEmpty else { return d }
            if lines[d.location.file] == nil {
                let text = (try? source.read(d.location.file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                lines[d.location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            // A meeting's own field may stand anywhere in its front matter; an item's from its
            // `- id:` line on.
            let from = key == "category" ? max(d.location.line, 1) : 1
            guard let place = find(key: key, value: value, in: lines[d.location.file]!, from: from) else { return d }
            var moved = d
            moved.location = SourceLocation(file: d.location.file, line: place.line, column: place.column)
            return moved
        }
    }

    /// The line and column (in Unicode scalars, from 1) of `value` written after `key:` on a
    /// line from `from` on: in a block (`category: 基础设旅`) or a flow mapping
    /// (`{id: A, category: 基础设旅}`), quoted or not.
    static func find(key: String, value: String, in lines: [Substring], from: Int) -> (line: Int, column: Int)? {
        guard from <= lines.count else { return nil }
        for n in from...lines.count {
            let line = lines[n - 1]
            var search = line.startIndex
            while let found = line[search...].range(of: key + ":") {
                search = found.upperBound
                // The key itself, not the end of a longer one (`subcategory:`).
                if found.lowerBound > line.startIndex {
                    let before = line[line.index(before: found.lowerBound)]
                    guard before == " " || before == "{" || before == "," || before == "-" else { continue }
                }
                var v = found.upperBound
                while v < line.endIndex, line[v] == " " || line[v] == "\"" || line[v] == "'" { v = line.index(after: v) }
                guard line[v...].hasPrefix(value) else { continue }
                return (n, line.unicodeScalars[line.startIndex..<v].count + 1)
            }
        }
        return nil
    }
}
