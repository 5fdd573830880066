import Testing
@testable import YishiCore

/// No mobile number or resident identity number reaches the site, however it is written.
@Suite struct PersonalDataTests {
    // 11010519491231002X is the standard's worked example: a valid checksum.
    @Test(arguments: [
        ("电话13912345678", "139****5678"),
        ("电话 139 1234 5678", "139****5678"),
        ("电话139-1234-5678。", "139****5678"),
        ("电话１３９１２３４５６７８", "139****5678"),
        ("电话139**1234**5678", "139****5678"),
        ("电话 `139` _1234_ ~~5678~~", "139****5678"),
        ("请拨\n139 1234\n5678", "139****5678"),
        // With the country code, shown with it: '861****5678' was a number nobody wrote.
        ("+86 139 1234 5678", "+86 139****5678"),
        ("联系电话+8613912345678", "+86 139****5678"),
        ("身份证11010519491231002X", "110105********002X"),
        ("身份证11010519491231002x", "110105********002X"),
        ("身份证 110105 19491231 002X", "110105********002X"),
    ])
    func found(text: String, masked: String) throws {
        let f = PersonalData.scan(text)
        #expect(f.count == 1, "\(f)")
        #expect(f.first?.masked == masked)
    }

    @Test(arguments: [
        "热线 0898-88889999",                 // a landline
        "会议于 2025-07-14 19:30 召开",
        "资金 1500000 元，面积 13912345 平方米",
        "110105194913310022",                // 18 digits, wrong checksum, no 13th month
        "010105194912310021",                // no region starts with 0
        "202511230000123456",                // an order number: no birth year 2300
        "110105190002290021",                // 1900 was not a leap year
        "编号 LJ-2025-007",
        "12345678901",                       // not a mobile prefix
        "139123456789",                      // twelve digits
    ])
    func notFound(text: String) {
        #expect(PersonalData.scan(text).isEmpty, "\(PersonalData.scan(text))")
    }

    /// One digit of an identity number mistyped breaks its checksum, but the number is still
    /// a person's: found, as a mistyped one (a warning; DESIGN §6 fails only a valid checksum).
    @Test(arguments: [
        ("身份证110105194912310021", "110105********0021"),   // the worked example, its check character wrong
        ("身份证 110105 19491231 0012", "110105********0012"),
        ("身份证11010520000229002X", "110105********002X"),    // 2000 was a leap year
    ])
    func mistypedIdentityNumbersAreFound(text: String, masked: String) throws {
        let f = try #require(PersonalData.scan(text).first)
        #expect(f.kind == .mistypedIdentity && f.masked == masked)
        #expect(PersonalData.scan(text, allowed: [String(text.filter { $0.isNumber || $0 == "X" })]).isEmpty)
    }

    /// A first-generation number (15 digits: a province, a birth date 19YYMMDD, three digits)
    /// has no check character, but names its holder as surely: found, as a warning, unless a
    /// longer run of the same digits makes an 18-character number.
    @Test(arguments: [
        ("身份证110105491231002", "110105******002", PersonalData.Kind.oldIdentity),
        ("身份证 110105 491231 002", "110105******002", .oldIdentity),
        ("身份证４４０３０１７２０２２９１２３", "440301******123", .oldIdentity),     // 1972 was a leap year
        // Its first fifteen read as an old number (1919-08-05): the 18-character one is taken.
        ("身份证 110105 190805120 02X", "110105********002X", .identity),
    ])
    func oldIdentityNumbersAreFound(text: String, masked: String, kind: PersonalData.Kind) throws {
        let f = PersonalData.scan(text)
        #expect(f.count == 1 && f.first?.kind == kind && f.first?.masked == masked, "\(f)")
    }

    @Test(arguments: [
        "订单号 991234567890123",             // no province 99
        "账号 110105491331002",               // no 13th month
        "110105490229002",                   // 1949 was not a leap year
        "6222 0212 3456 789",                // fifteen digits of a bank card: 62 is a province, but no 34th month
    ])
    func fifteenDigitsThatAreNoIdentityNumber(text: String) {
        #expect(PersonalData.scan(text).isEmpty, "\(PersonalData.scan(text))")
    }

    @Test func anOldIdentityNumberIsAWarningAtItsPlace() {
        var site = SiteFixture()
        site["content/meetings/2023/m.md"] = "---\ntitle: 夜话\ndate: 2023-07-14\nunit: longjiang\n---\n困难户身份证 110105491231002。\n"
        #expect(site.load().rendered == [
            "content/meetings/2023/m.md:6:8: warning: this looks like an old 15-digit resident identity number (110105******002): the old form names its holder as surely as the new one, and it would be published: remove it, or if it is not an identity number add it to privacy.allow in site.yml",
        ])
    }

    @Test func aMistypedIdentityNumberIsAWarningAtItsPlace() {
        var site = SiteFixture()
        site["content/meetings/2023/m.md"] = "---\ntitle: 夜话\ndate: 2023-07-14\nunit: longjiang\n---\n低保申请人身份证 110105194912310021。\n"
        #expect(site.load().rendered == [
            "content/meetings/2023/m.md:6:10: warning: this looks like a resident identity number (110105********0021) with a character mistyped (its check digit does not match); mistyped, it is still someone's number, and it would be published: remove it, or if it is not an identity number add it to privacy.allow in site.yml",
        ])
    }

    /// Text between numbers is passed eight bytes at a time: numbers must still be found at
    /// their offset in Unicode scalars after any mix of one- to four-byte characters (full-width
    /// punctuation shares its first byte with full-width digits), wherever the eight-byte
    /// steps happen to fall.
    @Test func numbersAreFoundAtTheirOffsetAfterAnyText() {
        let pool = Array("议事公开，。（）：！😀aé\u{3000}Z \n-*")
        let numbers = [("13912345678", "139****5678"), ("１３９１２３４５６７８", "139****5678"),
                       ("110105 19491231 002x", "110105********002X")]
        var state: UInt64 = 20261121
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var checked = 0
        for _ in 0..<2000 {
            let before = String((0..<next(40)).map { _ in pool[next(pool.count)] })
            let between = "议" + String((0..<next(20)).map { _ in pool[next(pool.count)] })
            let (first, firstMasked) = numbers[next(numbers.count)]
            let (second, secondMasked) = numbers[next(numbers.count)]
            let text = before + first + between + second
            let found = PersonalData.scan(text)
            let at = before.unicodeScalars.count, secondAt = at + (first + between).unicodeScalars.count
            #expect(found.map(\.offset) == [at, secondAt] && found.map(\.masked) == [firstMasked, secondMasked],
                    "\(text.debugDescription): \(found)")
            checked += 1
        }
        #expect(checked == 2000)
    }

    @Test func twoNumbersInARowAreBothFound() {
        #expect(PersonalData.scan("13912345678 13812345678").map(\.masked) == ["139****5678", "138****5678"])
        #expect(PersonalData.scan("139 1234 5678 138 1234 5678").count == 2)
    }

    @Test func allowedNumbersPassInAnySpelling() {
        #expect(PersonalData.scan("监督电话 139-1234-5678", allowed: ["13912345678"]).isEmpty)
        #expect(PersonalData.scan("监督电话 13912345678", allowed: ["139 1234 5678"]).isEmpty)
    }

    @Test func aMeetingWithANumberFailsWithFileLineAndMaskedNumber() {
        var site = SiteFixture()
        site["content/meetings/2023/m.md"] = """
            ---
            title: 夜话
            date: 2023-07-14
            unit: longjiang
            host: 村主任（电话 13912345678）
            ---
            居民代表留下联系方式：139**1234**5678。

            """
        let loaded = site.load()
        #expect(loaded.rendered == [
            "content/meetings/2023/m.md:5:14: error: a mobile phone number (139****5678) would be published here; remove it, or if it is an office's published number (a hotline) add it to privacy.allow in site.yml",
            "content/meetings/2023/m.md:7:12: error: a mobile phone number (139****5678) would be published here; remove it, or if it is an office's published number (a hotline) add it to privacy.allow in site.yml",
        ])
    }

    /// An identity number that passes its checksum is someone's: the advice is to remove it,
    /// and privacy.allow is offered only for digits that are not one, never as "official".
    @Test func anIdentityNumberIsToBeRemovedNotAllowed() throws {
        var site = SiteFixture()
        site["content/meetings/2023/m.md"] = "---\ntitle: 夜话\ndate: 2023-07-14\nunit: longjiang\n---\n申请人身份证11010519491231002X。\n"
        let loaded = site.load()
        let line = try #require(loaded.rendered.first)
        #expect(loaded.rendered.count == 1)
        #expect(line.contains("resident identity number (110105********002X) would be published here: remove it. Only if these digits are not an identity number"))
        #expect(!line.contains("official"))
        let zh = try #require(loaded.diagnostics.sorted.first).rendered(in: .zhHans)
        #expect(zh.contains("请删除。只有当这串数字其实不是身份证号码") && !zh.contains("官方"))
    }

    @Test func draftsAndPrivateItemsAreNotPublishedSoNotFlagged() {
        var site = SiteFixture()
        site["content/meetings/2023/d.md"] = "---\ntitle: 草稿\ndate: 2023-07-14\nunit: longjiang\ndraft: true\n---\n13912345678\n"
        site["content/meetings/2023/p.md"] = """
            ---
            title: 夜话
            date: 2023-07-15
            unit: longjiang
            items:
              - id: A
                title: 公开议题
                kind: problem
              - id: B
                title: 家事
                kind: dispute
                private: true
                raised_by: 当事人（13912345678）
            ---

            """
        #expect(site.load().diagnostics.all.isEmpty)
    }

    /// The file name is the page's address when no `id:` is given: published like the text.
    @Test func aNumberInTheFileNameIsFoundWhenTheNameIsTheAddress() {
        var site = SiteFixture()
        let meeting = "---\ntitle: 夜话\ndate: 2023-07-14\nunit: longjiang\n---\n"
        site["content/meetings/2023/2023-07-14-13912345678.md"] = meeting
        site["content/updates/2023/139-1234-5678.md"] = "---\ndate: 2023-07-20\nupdates: []\n---\n"
        #expect(site.load().rendered == [
            "content/meetings/2023/2023-07-14-13912345678.md:1:1: error: the file name holds a mobile phone number (139****5678), and a file without 'id:' is published under its name, in every link and on the printed QR code: rename the file, e.g. after the date and the unit",
            "content/updates/2023/139-1234-5678.md:1:1: error: the file name holds a mobile phone number (139****5678), and a file without 'id:' is published under its name, in every link and on the printed QR code: rename the file, e.g. after the date and the unit",
            "content/updates/2023/139-1234-5678.md:3:10: warning: 'updates' lists no progress, so this file publishes nothing: under it, write '- item: <item id>' and what changed, one entry per item; if there is no progress yet, write 'draft: true' for now",
        ])
        // Named by `id:`, the file's own name is never published; a draft is not published at all.
        site["content/meetings/2023/2023-07-14-13912345678.md"] = meeting.replacingOccurrences(of: "title:", with: "id: 2023-07-14-longjiang\ntitle:")
        site["content/updates/2023/139-1234-5678.md"] = "---\ndate: 2023-07-20\ndraft: true\nupdates: []\n---\n"
        #expect(site.load().rendered == [])
    }
}
