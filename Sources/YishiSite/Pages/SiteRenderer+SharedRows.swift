import Foundation
import YishiCore

extension SiteRenderer {
    /// What the pages of one build that list records share (their rows, the overdue list of
    /// each scope), alive as long as the renderer.
    final class SharedRows: @unchecked Sendable {
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

    /// A records-table cell: text kept on one line, or a list that wraps between its parts,
    /// so that a meeting's attendance by category does not push the table past a laptop's width.
    /// `marked`: a value with a word under it (a resolution date and 超期), on a line of its
    /// own so that the column keeps its width.
    enum RecordCell { case text(String), list([String]), marked(String, mark: String) }

    /// One records row without its page depth: a report at any depth reuses it.
    struct RecordRow: Sendable {
        /// Whether the row opens with a link, whose address starts with the page's root.
        var linked: Bool
        /// The row's UTF-8, minus `<tr><td><a href="` and the root when linked: a table is put
        /// together as bytes, since a hundred rows were three hundred appends to a String.
        var bytes: [UInt8]
        /// Where in `bytes` a second link's address starts, which the root goes before; -1
        /// for none. A row has at most one link besides its record's own.
        var rootAt: Int32 = -1

        static let linkOpening = Array("<tr><td><a href=\"".utf8)

        func append(to html: inout [UInt8], root rootHTML: [UInt8]) {
            bytes.withUnsafeBufferPointer { Self.append($0, linked: linked, rootAt: Int(rootAt), to: &html, root: rootHTML) }
        }

        /// A row's bytes into `html` at the page depth `rootHTML`, wherever they are kept.
        static func append(_ bytes: UnsafeBufferPointer<UInt8>, linked: Bool, rootAt: Int, to html: inout [UInt8],
                           root rootHTML: [UInt8]) {
            if linked {
                html += linkOpening
                html += rootHTML
            }
            guard rootAt >= 0 else { html += bytes; return }
            html += UnsafeBufferPointer(rebasing: bytes[..<rootAt])
            html += rootHTML
            html += UnsafeBufferPointer(rebasing: bytes[rootAt...])
        }
    }

    /// The rows of one records table, by record, looked up a table's worth at a time under one
    /// lock: a report lists up to a hundred rows per table, and a build thousands of reports.
    /// (The generic `Memo` is not specialised across the module boundary, so each of its
    /// look-ups also paid for generic dictionary code.)
    ///
    /// The rows' bytes are kept end to end in blocks of a megabyte, not as an array each: a row
    /// is about 150 bytes, and as its own array it took 320 with the allocator's rounding
    /// (at 100 000 meetings, 108 MiB more at the build's peak).
    final class RowCache: @unchecked Sendable {
        /// Where a row's bytes are; `count` -1 for a record that has no row.
        private struct Stored {
            var block: Int32
            var offset: Int32
            var count: Int32
            var rootAt: Int32
            var linked: Bool
        }

        private static let blockSize = 1 << 20
        private let lock = NSLock()
        private var rows: [String: Stored] = [:]
        private var blocks: [[UInt8]] = []

        /// Appends the rows of `records` to `html`, in order, at the page depth `rootHTML`;
        /// `make` builds a row the first time its key is asked for (nil: the record has none).
        /// `key` maps a record to its key; by default the record is its own key. Rows are
        /// built outside the lock; two threads may both build one, and both get the same text.
        func append(_ records: ArraySlice<String>, key: ((String) -> String)?, make: (String) -> RecordRow?,
                    to html: inout [UInt8], root rootHTML: [UInt8]) {
            lock.lock()
            for record in records {
                let k = key?(record) ?? record
                if let known = rows[k] {
                    append(known, to: &html, root: rootHTML)
                    continue
                }
                lock.unlock()
                let row = make(record)
                row?.append(to: &html, root: rootHTML)
                lock.lock()
                if rows[k] == nil { rows[k] = keep(row) }
            }
            lock.unlock()
        }

        /// Copies `row` into the blocks (under the lock).
        private func keep(_ row: RecordRow?) -> Stored {
            guard let row else { return Stored(block: 0, offset: 0, count: -1, rootAt: -1, linked: false) }
            let n = row.bytes.count
            // A block is never grown past what it reserved: the rows in it stay where they are.
            if blocks.isEmpty || blocks[blocks.count - 1].count + n > blocks[blocks.count - 1].capacity {
                var block: [UInt8] = []
                block.reserveCapacity(max(Self.blockSize, n))
                blocks.append(block)
            }
            let b = blocks.count - 1
            let at = blocks[b].count
            blocks[b] += row.bytes
            return Stored(block: Int32(b), offset: Int32(at), count: Int32(n), rootAt: row.rootAt, linked: row.linked)
        }

        /// A stored row into `html` (under the lock).
        private func append(_ s: Stored, to html: inout [UInt8], root rootHTML: [UInt8]) {
            guard s.count >= 0 else { return }
            blocks[Int(s.block)].withUnsafeBufferPointer {
                RecordRow.append(UnsafeBufferPointer(rebasing: $0[Int(s.offset) ..< Int(s.offset) + Int(s.count)]),
                                 linked: s.linked, rootAt: Int(s.rootAt), to: &html, root: rootHTML)
            }
        }
    }
}
