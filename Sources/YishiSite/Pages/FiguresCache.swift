import Foundation
import YishiCore

/// Figures computed once per (period, scope) and shared by every page that shows them:
/// a report, its charts and the home page read the same values.
final class FiguresCache: @unchecked Sendable {
    private struct Key: Hashable { var period: Period; var scope: Scope }
    private let lock = NSLock()
    private var values: [Key: Figures] = [:]
    let stats: Statistics

    init(_ stats: Statistics) { self.stats = stats }

    func figures(_ period: Period, _ scope: Scope) -> Figures {
        let key = Key(period: period, scope: scope)
        lock.lock()
        if let f = values[key] { lock.unlock(); return f }
        lock.unlock()
        let f = stats.figures(period: period, scope: scope)
        lock.lock()
        values[key] = f
        lock.unlock()
        return f
    }
}

/// Rendered table rows by key, shared across pages and threads.
final class RowCache: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [String: String] = [:]

    func row(_ key: String, _ make: () -> String?) -> String? {
        lock.lock()
        if let r = rows[key] { lock.unlock(); return r }
        lock.unlock()
        guard let r = make() else { return nil }
        lock.lock()
        rows[key] = r
        lock.unlock()
        return r
    }
}
