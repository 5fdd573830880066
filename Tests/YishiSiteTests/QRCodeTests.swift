import Testing
@testable import YishiSite

/// QRCode picks the mask itself when it can; the modules must be the ones libqrencode picks.
@Suite struct QRCodeTests {
    @Test func choosingTheMaskHereGivesLibqrencodesModules() {
        var texts = ["", "a", "HTTPS://EXAMPLE.ORG/", "0123456789", "https://example.org/yishi-bench/meetings/2024-0001.html",
                     "议事 https://例子.中国/会议/1.html", String(repeating: "https://example.org/long/", count: 12)]
        // Addresses as sites make them, and odd ones: digits, capitals and punctuation switch
        // libqrencode between its modes and versions.
        var generator = Seeded(state: 20261121)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./:%_?=#")
        for n in 0..<3000 {
            texts.append("https://example.org/site/meetings/\(2020 + n % 7)-\(String(n, radix: 10)).html")
            let length = Int.random(in: 1...120, using: &generator)
            texts.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        var differing: [String] = []
        for text in texts where QRCode.matrix(for: text) != QRCode.matrix(for: text, chooseMask: false) {
            differing.append(text)
        }
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(3))")
    }

    #if os(Linux)
    @Test func theMaskIsChosenHereOnThisPlatform() {
        // Debian's libqrencode exports the entry points; without them the build is correct, only slower.
        #expect(QRCode.Entry.points != nil)
    }
    #endif

    /// Reproducible texts: a failure names the same texts on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }
}
