extension Int {
    /// The number in groups of three digits (5,437,000), as pages and the command line show
    /// sums of money: read at a glance, and still the exact figure the open data holds.
    public var grouped: String {
        let digits = Array(String(magnitude))
        var out = self < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
