import Foundation

/// Values worked out once per key and shared across threads: the figures of a (period, scope),
/// the members of a scope, a rendered table row.
///
/// A thread that asks for a value another thread is making waits for it rather than making it
/// too: the reports of one scope are made side by side, and each would otherwise sort the
/// scope's forty thousand items again. The making runs outside the lock.
public final class Memo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    /// Keys are spread over several locks by their hash: a page's table rows are looked up by
    /// the hundred on every core, and with one lock the threads queued for it (a tenth of the
    /// unit pages' time went to waking each other).
    private let shards: [Shard]

    private final class Shard {
        let condition = NSCondition()
        var values: [Key: Value] = [:]
        var making = Set<Key>()
    }

    public init() {
        shards = (0..<16).map { _ in Shard() }
    }

    public func value(_ key: Key, _ make: () -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        let condition = shard.condition
        condition.lock()
        while true {
            if let v = shard.values[key] { condition.unlock(); return v }
            guard shard.making.contains(key) else { break }
            condition.wait()
        }
        shard.making.insert(key)
        condition.unlock()
        let v = make()
        condition.lock()
        shard.values[key] = v
        shard.making.remove(key)
        condition.broadcast()
        condition.unlock()
        return v
    }

    /// Lets go of `key`'s value once no page will ask for it again (a full build's report
    /// figures, whose id lists are megabytes at a county's size); asked for again, it is made again.
    public func forget(_ key: Key) {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.condition.lock()
        shard.values[key] = nil
        shard.condition.unlock()
    }
}
