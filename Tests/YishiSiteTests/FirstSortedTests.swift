import Testing
@testable import YishiSite

/// `firstSorted` is what `sorted(by:).prefix(k)` gives, ties in the order they came, without
/// the sort: the unit pages' and the home page's overdue lists depend on it.
struct FirstSortedTests {
    /// A small deterministic generator, so that a failure names lists that can be made again.
    struct Numbers {
        var state: UInt64
        mutating func next(below n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func itIsTheSortedListsPrefixWithTiesInTheirOrder() {
        var numbers = Numbers(state: 7)
        for round in 0..<400 {
            let count = numbers.next(below: 300)
            // Few distinct keys, so that ties are many; the second field tells equal keys apart.
            let keys = numbers.next(below: 12) + 1
            let list = (0..<count).map { (key: numbers.next(below: keys), order: $0) }
            let k = numbers.next(below: 120)
            let expected = list.sorted { $0.key < $1.key }.prefix(k).map(\.order)
            let got = list.firstSorted(k) { $0.key < $1.key }.map(\.order)
            #expect(got == expected, "round \(round): \(count) elements, \(keys) keys, first \(k)")
        }
    }

    @Test func noneAskedForOrNoneThereGivesNone() {
        #expect([3, 1, 2].firstSorted(0, by: <).isEmpty)
        #expect([Int]().firstSorted(5, by: <).isEmpty)
        #expect([3, 1, 2].firstSorted(5, by: <) == [1, 2, 3])
        #expect([5, 4, 3, 2, 1].firstSorted(2, by: <) == [1, 2])
    }
}
