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
}
