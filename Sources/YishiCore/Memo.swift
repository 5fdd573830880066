import Foundation

/// Values worked out once per key and shared across threads: the figures of a (period, scope),
/// the members of a scope, a rendered table row.
///
/// A thread that asks for a value another thread is making waits for it rather than making it
/// too: the reports of one scope are made side by side, and each would otherwise sort the
/// scope's forty thousand items again. The making runs outside the lock.
public final class Memo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Key: Value] = [:]
    private var making = Set<Key>()

    public init() {}

    public func value(_ key: Key, _ make: () -> Value) -> Value {
        condition.lock()
        while true {
            if let v = values[key] { condition.unlock(); return v }
            guard making.contains(key) else { break }
            condition.wait()
        }
        making.insert(key)
        condition.unlock()
        let v = make()
        condition.lock()
        values[key] = v
        making.remove(key)
        condition.broadcast()
        condition.unlock()
        return v
    }
}
