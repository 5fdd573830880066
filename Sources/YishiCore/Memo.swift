import Foundation

/// Values worked out once per key and shared across threads: the figures of a (period, scope),
/// the members of a scope, a rendered table row. Two threads may both compute a missing value;
/// both get a correct one, and the computation runs outside the lock.
public final class Memo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    public func value(_ key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let v = values[key] { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock()
        values[key] = v
        lock.unlock()
        return v
    }
}
