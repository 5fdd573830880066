import Testing
@testable import YishiSite

/// The digits charts and pages write numbers with, against Swift's own.
@Suite struct MarkupTests {
    @Test func numbersAreWrittenAsSwiftWritesThem() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, 1_000_000, Int.max, Int.min, -1, -10, -12_345]
        var power = 1
        while power <= Int.max / 10 { power *= 10; values += [power - 1, power, power + 1] }
        for n in values {
            var out: [UInt8] = Array("x".utf8)
            Markup.append(n, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "x" + String(n))
        }
    }
}
