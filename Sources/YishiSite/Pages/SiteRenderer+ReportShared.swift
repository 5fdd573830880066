import Foundation
import YishiCore

extension SiteRenderer {
    /// What the thousands of reports of one build share, alive for one `reportPages` call.
    final class ReportShared: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [String: RowCache] = [:]
        private var whole: [String: (records: [String], html: String)] = [:]
        /// "report.more" with its count filled in, by count: the same few counts recur.
        let more = Memo<Int, String>()

        /// The rows of one records table, by record.
        func rows(_ table: String) -> RowCache {
            lock.lock()
            defer { lock.unlock() }
            if let known = tables[table] { return known }
            let made = RowCache()
            tables[table] = made
            return made
        }

        /// The rows of a table that lists the same records in every report of a scope (the
        /// overdue items, as of the as-of date whatever the period): made by the first report
        /// and kept while the records are the same. Statistics hands every period the same
        /// array, so the comparison is one of identity.
        func wholeTable(_ key: String, records: [String], make: () -> String) -> String {
            lock.lock()
            let known = whole[key]
            lock.unlock()
            if let known, known.records == records { return known.html }
            let html = make()
            lock.lock()
            whole[key] = (records, html)
            lock.unlock()
            return html
        }
    }

    /// One records row without its page depth: a report at any depth reuses it.
    struct RecordRow: Sendable {
        /// Whether the row opens with a link, whose address starts with the page's root.
        var linked: Bool
        /// The row, minus `<tr><td><a href="` and the root when linked.
        var text: String

        func append(to html: inout String, root rootHTML: String) {
            if linked {
                html += "<tr><td><a href=\""
                html += rootHTML
            }
            html += text
        }

        func html(root rootHTML: String) -> String {
            var out = ""
            append(to: &out, root: rootHTML)
            return out
        }
    }

    /// The rows of one records table, by record: looked up a table's worth at a time under one
    /// lock, since a report lists up to a hundred rows per table and thousands of reports do.
    /// (The generic `Memo` is not specialised across the module boundary, so each of its
    /// look-ups also paid for generic dictionary code.)
    final class RowCache: @unchecked Sendable {
        private let lock = NSLock()
        private var rows: [String: RecordRow?] = [:]

        /// The rows of `records`, in order (nil where a record has no row), each built by `make`
        /// the first time its key is asked for. `key` maps a record to its key; by default the
        /// record is its own key. Rows are built outside the lock; two threads may both build
        /// one, and both get the same text.
        func rows(_ records: ArraySlice<String>, key: ((String) -> String)?, make: (String) -> RecordRow?) -> [RecordRow?] {
            let keys = key.map { records.map($0) } ?? Array(records)
            var out: [RecordRow?] = []
            out.reserveCapacity(keys.count)
            var missing: [Int] = []
            lock.lock()
            for (n, k) in keys.enumerated() {
                if let known = rows[k] { out.append(known) } else { out.append(nil); missing.append(n) }
            }
            lock.unlock()
            guard !missing.isEmpty else { return out }
            let base = records.startIndex
            var made: [(String, RecordRow?)] = []
            made.reserveCapacity(missing.count)
            for n in missing {
                let row = make(records[base + n])
                out[n] = row
                made.append((keys[n], row))
            }
            lock.lock()
            for (k, row) in made { rows[k] = row }
            lock.unlock()
            return out
        }
    }
}
