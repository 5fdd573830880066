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

    /// The SVG draws exactly the dark modules, four modules in, for short and long addresses
    /// (three-digit coordinates past version 22).
    @Test(arguments: ["a", "https://example.org/site/meetings/2024-05-01-haitang.html",
                      String(repeating: "https://example.org/long/", count: 30)])
    func theSVGDrawsTheDarkModules(text: String) throws {
        let code = try #require(QRCode.matrix(for: text))
        let svg = try #require(QRCode.svg(for: text, label: "扫码"))
        let d = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        // Each row: "M x y.5h n" starts it, "m gap 0h n" goes on along it; strokes one module wide.
        var drawn = Set<[Int]>()
        var x = 0, y = 0
        var scanner = Substring(d)
        func number() throws -> Int {
            let digits = scanner.prefix(while: \.isNumber)
            scanner = scanner.dropFirst(digits.count)
            return try #require(Int(digits))
        }
        func expect(_ text: String) throws {
            try #require(scanner.hasPrefix(text), "expected \(text) at \(scanner.prefix(12))")
            scanner = scanner.dropFirst(text.count)
        }
        while let command = scanner.first {
            scanner = scanner.dropFirst()
            switch command {
            case "M":
                x = try number(); try expect(" "); y = try number(); try expect(".5h")
            case "m":
                x += try number(); try expect(" 0h")
            default:
                Issue.record("unexpected \(command) in the path"); return
            }
            let run = try number()
            try #require(run > 0)
            for dx in 0..<run { drawn.insert([x + dx - 4, y - 4]) }
            x += run
        }
        var dark = Set<[Int]>()
        for y in 0..<code.width { for x in 0..<code.width where code.isDark(x, y) { dark.insert([x, y]) } }
        #expect(code.width > 0 && drawn == dark)
        #expect(svg.contains("viewBox=\"0 0 \(code.width + 8) \(code.width + 8)\""))
    }

    /// The line score made with shifts agrees with the one made run by run, on random lines
    /// of every width a code can have here, with finder-like patterns put in at every scale.
    @Test func lineScoreAgreesWithTheRunByRunScore() {
        var generator = Seeded(state: 7)
        var runs = [Int](repeating: 0, count: 66)
        var checked = 0, differing: [String] = []
        for width in 21...64 {
            var modules = [UInt8](repeating: 0, count: width * width)
            let masking = modules.withUnsafeMutableBufferPointer { Masking(width: width, masked0: $0.baseAddress!) }
            let full: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
            for n in 0..<2000 {
                var line = generator.next() & full
                if n % 2 == 0 {
                    // 1:1:3:1:1 at scale k, with light or dark around it.
                    let k = 1 + n / 2 % 9, at = Int(generator.next() % UInt64(max(1, width - 7 * k + 1)))
                    guard 7 * k <= width else { continue }
                    var pattern: UInt64 = 0
                    for (i, dark) in [true, false, true, true, true, false, true].enumerated() where dark {
                        pattern |= ((1 << UInt64(k)) - 1) << UInt64(i * k)
                    }
                    let span: UInt64 = 7 * k == 64 ? ~0 : (1 << UInt64(7 * k)) - 1
                    line = (line & ~(span << UInt64(at)) | pattern << UInt64(at)) & full
                    if n % 4 == 0 { line &= ~(0xF << UInt64(at + 7 * k)) & ~((1 << UInt64(at)) - 1) & full }
                }
                let fast = masking.runScore(line)
                let slow = runs.withUnsafeMutableBufferPointer { masking.runScoreByRuns(line, $0) }
                checked += 1
                if fast != slow { differing.append("width \(width) line \(String(line, radix: 2)): \(fast) ≠ \(slow)") }
            }
            modules.removeAll()
        }
        let count = differing.count
        #expect(checked > 60_000)
        #expect(count == 0, "first: \(differing.prefix(3))")
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
