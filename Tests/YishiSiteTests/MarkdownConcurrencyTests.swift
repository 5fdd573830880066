import Dispatch
import Foundation
import Testing
@testable import YishiSite

/// cmark-gfm 0.29.0.gfm.6 switches a process-wide character table on every parse, so
/// unserialised concurrent renders come out wrong a few percent of the time (see
/// `CmarkLane`). Here 8 threads render thousands of documents that lean on exactly
/// those features — strikethrough, autolinks — interleaved with renders that attach
/// no extension at all, and every result must equal a single-threaded reference.
@Suite struct MarkdownConcurrencyTests {
    /// SplitMix64: the same documents on every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let phrases = [
        "村民代表会议讨论了~~旧方案~~新方案", "议题：修缮*村道*与**排水沟**", "网格员汇报~~三~~四户困难家庭",
        "详见 www.example.com/minutes/2024 的记录", "报名请访问 https://example.org/apply?id=42&x=1 。",
        "联系 secretary@example.com 或 ~~电话~~ 当面", "表决：同意 12 票，~反对~ 1 票", "见 `附件一` 与 [通知](/notices/3/)",
        "http://example.net/路径 ~~已撤销~~", "居民提出：~~~~ 不是删除线", "___下划线强调___ 与 ~~*嵌套*~~",
        "www.example.com.", "(https://example.com/a_(b))", "中文~~删除线~~紧邻文字~~再一次~~",
    ]

    static func document(_ seed: UInt64) -> String {
        var g = Generator(state: seed)
        var blocks: [String] = []
        for _ in 0..<(3 + Int(g.next() % 5)) {
            switch g.next() % 6 {
            case 0:
                blocks.append("## \(g.pick(phrases))")
            case 1:
                blocks.append((0..<3).map { _ in "- [\(g.next() % 2 == 0 ? " " : "x")] \(g.pick(phrases))" }.joined(separator: "\n"))
            case 2:
                let rows = (0..<(1 + Int(g.next() % 4))).map { _ in "| \(g.pick(phrases)) | \(g.next() % 100) | ~~\(g.next() % 9)~~ |" }
                blocks.append((["| 事项 | 票数 | 备注 |", "|:---|---:|:---:|"] + rows).joined(separator: "\n"))
            case 3:
                blocks.append("1. \(g.pick(phrases))\n2. \(g.pick(phrases))")
            case 4:
                blocks.append("> \(g.pick(phrases))")
            default:
                blocks.append((0..<(1 + Int(g.next() % 3))).map { _ in g.pick(phrases) }.joined(separator: "，"))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A lock-protected slot for results coming in from the workers.
    final class Mismatches: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        private var renders = 0
        func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
        func count(_ n: Int) { lock.lock(); renders += n; lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
        var total: Int { lock.lock(); defer { lock.unlock() }; return renders }
    }

    @Test func concurrentRendersMatchSingleThreadedReference() {
        let count = 3000
        let documents = (0..<count).map { Self.document(UInt64($0) &* 7919 &+ 1) }
        let site = Markdown.standard
        let plain = Markdown(extensions: [])
        let reference = documents.map(site.html)
        let plainReference = documents.map(plain.html)

        // The documents do exercise the racy features.
        #expect(reference.filter { $0.contains("<del>") }.count > count / 2)
        #expect(reference.filter { $0.contains("<a href=\"http://www.example.com") }.count > count / 10)
        #expect(reference.filter { $0.contains("<a href=\"https://example.org") }.count > count / 10)
        #expect(reference.filter { $0.contains("<table>") }.count > count / 10)
        #expect(reference.filter { $0.contains("type=\"checkbox\"") }.count > count / 10)

        let workers = 8
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker walks all documents from its own starting point; every third
            // render attaches no extension, so plain and extended parses interleave.
            var renders = 0
            for step in 0..<count {
                let i = (step + worker * count / workers) % count
                if (step + worker) % 3 == 0 {
                    let html = plain.html(documents[i])
                    if html != plainReference[i] { mismatches.add("worker \(worker), plain document \(i)") }
                } else {
                    let html = site.html(documents[i])
                    if html != reference[i] { mismatches.add("worker \(worker), document \(i)") }
                }
                renders += 1
            }
            mismatches.count(renders)
        }
        #expect(mismatches.total == workers * count)
        #expect(mismatches.all.isEmpty, "\(mismatches.all.count) of \(workers * count) renders differ: \(mismatches.all.prefix(10))")
    }

    /// Renderers created on many threads at once (extension lookup) and used at once.
    @Test func renderersCreatedConcurrently() {
        let document = "~~删~~ www.example.com\n\n| a |\n|:-:|\n| b |\n\n- [x] 完成\n"
        let optionSets: [Markdown.Options] = [[], [.tableStyleAttributes]]
        let expected = optionSets.map { Markdown(options: $0).html(document) }
        #expect(expected[0].contains("<del>删</del>") && expected[0].contains("<a href=\"http://www.example.com\">"))
        #expect(expected[1].contains("style=\"text-align: center\""))
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let html = Markdown(options: optionSets[i % 2]).html(document)
            if html != expected[i % 2] { mismatches.add("renderer \(i)") }
        }
        #expect(mismatches.all.isEmpty, "\(mismatches.all)")
    }
}
