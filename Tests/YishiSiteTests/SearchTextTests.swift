import Foundation
import Testing
@testable import YishiSite

/// The copy of the pages Pagefind indexes: every Han character a word of its own, nothing
/// else changed, and only the pages Pagefind would index.
@Suite struct SearchTextTests {
    func spaced(_ html: String) -> String { String(decoding: SearchText.spaced(Array(html.utf8)), as: UTF8.self) }

    @Test func everyHanCharacterInTheTextIsSetApart() {
        #expect(spaced("<p>加装电梯</p>") == "<p> 加 装 电 梯</p>")
        // A number or a Latin word after a character is set apart too; punctuation stays on
        // the word before it, so that it is not a word of its own between two characters.
        #expect(spaced("5号楼，G312国道") == "5 号 楼， G312 国 道")
        #expect(spaced("墙面破旧、乱贴（集中畅谈）“夜话”") == " 墙 面 破 旧、 乱 贴（ 集 中 畅 谈）“ 夜 话”")
        #expect(spaced("第１０期 ２号") == " 第 １０ 期 ２ 号")
        #expect(spaced("板凳会（1月）") == " 板 凳 会（ 1 月）")
        // Across a tag, as Pagefind reads inline text as one run.
        #expect(spaced("路<b>5</b>号") == " 路<b> 5</b> 号")
        // Extension A, the compatibility ideographs and a four-byte character of Extension B.
        #expect(spaced("㐀丽𠀀") == " 㐀 丽 𠀀")
    }

    @Test func tagsAttributesAndEntitiesAreLeftAlone() {
        let html = #"<h1 data-pagefind-meta="title:村委会议" class="t">村委&amp;会&#x4E2D;&lt;</h1><img alt="路灯">"#
        #expect(spaced(html) == #"<h1 data-pagefind-meta="title:村委会议" class="t" data-pagefind-weight="1"> 村 委&amp; 会&#x4E2D;&lt;</h1><img alt="路灯">"#)
    }

    /// A result's excerpt runs a term into its description unless something parts them.
    @Test func aTermIsClosedWithAColon() {
        #expect(spaced("<dl><dt>责任单位</dt><dd>区住建局</dd><dt>Owner</dt><dd>x</dd></dl>")
                == "<dl><dt> 责 任 单 位：</dt><dd> 区 住 建 局</dd><dt> Owner:</dt><dd>x</dd></dl>")
        // Not a term's end: <dd>, <dtx>, an opening <dt>.
        #expect(spaced("<dt>a</DT><dd>b</dd><dtx>c</dtx>") == "<dt>a:</DT><dd>b</dd><dtx>c</dtx>")
    }

    /// Pagefind's exact search passes over words it weighs as a heading's: every heading is
    /// given the body's weight, after a weight of its own, which the browser's parser keeps.
    @Test func headingsAreGivenTheBodysWeight() {
        #expect(spaced("<h3 id=\"A\">路灯</h3><H2>会</H2><h6\n>x</h6>")
                == "<h3 id=\"A\" data-pagefind-weight=\"1\"> 路 灯</h3><H2 data-pagefind-weight=\"1\"> 会</H2><h6\n data-pagefind-weight=\"1\"> x</h6>")
        #expect(spaced("<h2 data-pagefind-weight=\"7\">会</h2>") == "<h2 data-pagefind-weight=\"7\" data-pagefind-weight=\"1\"> 会</h2>")
        // Not headings: <hr>, <header>, <h7>, <html>.
        let others = "<hr><header>x</header><h7>y</h7><html>"
        #expect(spaced(others) == others)
    }

    @Test func textWithoutHanIsByteForByteTheSame() {
        let html = "<p>Street lights — fixed “today”, café №5, ½ done, emoji 🙂 and ｆｕｌｌ width</p>"
        #expect(spaced(html) == html)
        // Bytes that are not UTF-8 go one by one: the '<' after a stray lead byte is still a tag.
        let stray: [UInt8] = [0xC3] + Array("<b>路</b>".utf8)
        #expect(SearchText.spaced(stray) == [0xC3] + Array("<b> 路</b>".utf8))
        // An '&' before non-ASCII text is not taken for a character reference.
        #expect(spaced("路&灯;") == " 路& 灯;")
        // A lead byte cut off at the end of the file is copied, not read past.
        let cut: [UInt8] = Array("<p>路".utf8).dropLast()
        #expect(SearchText.spaced(cut) == cut)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yishi-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, _ path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func onlyThePagesPagefindIndexesAreCopiedAtTheirOwnPaths() throws {
        let site = try folder(), source = try folder()
        defer { try? FileManager.default.removeItem(at: site); try? FileManager.default.removeItem(at: source) }
        try write("<article data-pagefind-body>路灯</article>", "meetings/a.html", in: site)
        try write("<article data-pagefind-body>积水</article>", "meetings/sub/b.html", in: site)
        try write("<p>首页</p>", "index.html", in: site)
        try write("<article data-pagefind-body>旧索引</article>", "pagefind/old.html", in: site)
        try write("路灯", "data/a.csv", in: site)
        let count = try SearchText.prepare(from: site, into: source, except: ["pagefind"])
        #expect(count == 2)
        let copied = try #require(SiteWriter.files(under: source.path))
        #expect(copied == ["meetings/a.html", "meetings/sub/b.html"])
        #expect(try String(contentsOf: source.appendingPathComponent("meetings/sub/b.html"), encoding: .utf8)
                == "<article data-pagefind-body> 积 水</article>")
    }

    @Test func whenNoPageIsMarkedEveryPageIsCopied() throws {
        let site = try folder(), source = try folder()
        defer { try? FileManager.default.removeItem(at: site); try? FileManager.default.removeItem(at: source) }
        try write("<p>首页</p>", "index.html", in: site)
        try write("<p>会议</p>", "meetings/a.html", in: site)
        #expect(try SearchText.prepare(from: site, into: source, except: []) == 2)
        #expect(SiteWriter.files(under: source.path) == ["index.html", "meetings/a.html"])
    }

    @Test func aSiteThatCannotBeReadIsAnError() throws {
        let source = try folder()
        defer { try? FileManager.default.removeItem(at: source) }
        #expect(throws: (any Error).self) {
            try SearchText.prepare(from: source.appendingPathComponent("missing"), into: source, except: [])
        }
    }
}
