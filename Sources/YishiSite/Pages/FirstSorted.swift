extension Sequence {
    /// The first `k` elements in `areInIncreasingOrder`'s order, as `sorted(by:).prefix(k)` gives
    /// them (elements in a tie stay in the sequence's order), without sorting the rest: a county's
    /// page shows a hundred of its thousands of overdue items, and sorting them all to take a
    /// hundred was most of what a rebuild after one edit spent on that page.
    func firstSorted(_ k: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard k > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(k)
        for x in self {
            if kept.count == k {
                guard areInIncreasingOrder(x, kept[k - 1]) else { continue }
                kept.removeLast()
            }
            // After every element it does not come before: a tie keeps the sequence's order.
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if areInIncreasingOrder(x, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(x, at: low)
        }
        return kept
    }
}
