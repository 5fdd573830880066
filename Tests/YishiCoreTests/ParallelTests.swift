import Foundation
import Testing
@testable import YishiCore

/// The build's parallel helpers: results in order, every element once, and no closure kept
/// past the call (a debug build stops the program when one escapes).
@Suite struct ParallelTests {
    @Test func alongsideReturnsBothResultsAndKeepsNoClosure() {
        // Many short calls: the side thread's closure outliving the call was a race that a
        // single call rarely loses.
        for n in 0..<2_000 {
            let list = Array(0..<n % 7)
            let (a, b) = alongside({ list.map { $0 * 2 } }, { list.reduce(0, +) })
            #expect(a == list.reduce(0, +) && b == list.map { $0 * 2 })
        }
    }

    @Test func parallelMapKeepsOrderAtEveryLength() {
        for n in [0, 1, 2, 3, 15, 16, 17, 1_000] {
            let xs = Array(0..<n)
            #expect(parallelMap(xs, serialBelow: 2) { $0 * $0 } == xs.map { $0 * $0 })
            #expect(parallelMap(xs) { String($0) } == xs.map { String($0) })
        }
    }

    /// Elements that `first` passes over are mapped by `then`, once each, and land in their
    /// own places among the others.
    @Test func parallelMapComesBackForWhatItPassedOver() {
        final class Calls: @unchecked Sendable {
            let lock = NSLock()
            var later: [Int] = []
            func add(_ n: Int) { lock.withLock { later.append(n) } }
        }
        for n in [0, 1, 5, 15, 16, 17, 1_000, 5_003] {
            let xs = Array(0..<n)
            let calls = Calls()
            let out = parallelMap(xs, first: { $0 % 3 == 1 ? nil : "now \($0)" },
                                  then: { calls.add($0); return "later \($0)" })
            #expect(out == xs.map { $0 % 3 == 1 ? "later \($0)" : "now \($0)" })
            #expect(calls.later.sorted() == xs.filter { $0 % 3 == 1 })
        }
    }

    /// A memo makes each key's value once however many threads ask; a forgotten key is made
    /// again when asked for, and the other keys are kept.
    @Test func memoMakesEachValueOnceAndAgainAfterForget() {
        let memo = Memo<Int, Int>()
        final class Made: @unchecked Sendable {
            let lock = NSLock()
            var keys: [Int] = []
            func add(_ k: Int) { lock.withLock { keys.append(k) } }
            var items: [Int] { lock.withLock { keys } }
        }
        let made = Made()
        parallelForEach(Array(0..<400), serialBelow: 2) { n in
            _ = memo.value(n % 20) { made.add(n % 20); return (n % 20) * 3 }
        }
        #expect(made.items.sorted() == Array(0..<20))
        memo.forget(7)
        #expect(memo.value(7) { made.add(7); return 21 } == 21)
        #expect(memo.value(8) { made.add(8); return -1 } == 24)
        #expect(made.items.sorted() == (Array(0..<20) + [7]).sorted())
    }
}
