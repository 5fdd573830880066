import Foundation
import Mustache
import Testing
@testable import YishiCore
@testable import YishiSite

/// yishi's Mustache engine against swift-mustache, the engine it replaced: the same
/// templates and contexts must give the same bytes.
@Suite struct TemplateEngineTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every page of the demo site, in each locale, rendered by both engines.
    @Test(arguments: ["zh-Hans", "zh-Hant", "en"])
    func everyDemoPageMatchesSwiftMustache(locale: String) throws {
        let site = SiteLoader.load(from: DiskSource(root: Self.repo))
        #expect(!site.diagnostics.hasErrors)
        let (loaded, problems) = Theme.load(siteTemplates: nil, locale: locale)
        #expect(problems.isEmpty)
        var theme = try #require(loaded)
        let recorder = RenderRecorder()
        theme.recorder = recorder
        _ = SiteRenderer(site: site, statistics: Statistics(site: site, asOf: Day(iso: "2026-11-21")!), theme: theme).render()

        let reference = try Self.reference(theme.files)
        #expect(recorder.renders.count > 400)   // 468 pages in the demo
        var differing: [String] = []
        for render in recorder.renders {
            let expected = reference.render(render.context.anyValue, withTemplate: render.template) ?? "(no template)"
            if expected != render.page { differing.append("\(render.template): \(Self.firstDifference(expected, render.page))") }
        }
        #expect(differing.isEmpty, "\(differing.count) pages differ, first: \(differing.prefix(3))")
    }

    /// The corners of the language the default theme does not use, against the reference.
    nonisolated(unsafe) static let corners: [(String, [String: Any])] = [
        ("plain {{a}} and {{{html}}} and {{&html}}", ["a": "<&\"'>", "html": "<b>x</b>"] as [String: Any]),
        ("{{#list}}{{.}}{{^last()}}, {{/last()}}{{/list}}", ["list": ["x", "y", "z"]]),
        ("{{#list}}{{index()}}{{#first()}}F{{/first()}}{{#even()}}e{{/even()}}{{/list}}", ["list": [1, 2, 3]]),
        ("{{#a}}\n  {{#b}}\n    {{c}}\n  {{/b}}\n{{/a}}\n", ["a": ["b": ["c": "deep"]]]),
        ("{{! a comment }}\n  {{! standalone }}\nx {{! inline }} y\n", [:]),
        ("{{=<% %>=}}\n<% a %> {{a}}\n<%={{ }}=%>{{a}}", ["a": "1"]),
        ("{{^missing}}none{{/missing}}{{^empty}}empty{{/empty}}{{^f}}false{{/f}}{{^s}}s{{/s}}", ["empty": [Any](), "f": false, "s": ""]),
        ("{{#s}}[{{.}}]{{/s}}{{#n}}<{{.}}>{{/n}}{{#d}}{{x}}{{/d}}", ["s": "", "n": 0, "d": ["x": "in"]]),
        ("{{x}} {{#inner}}{{x}} {{.x}} {{y.z}}{{/inner}}", ["x": "outer", "inner": ["y": ["z": "yz"]], "y": ["z": "top"]]),
        ("{{count(list)}} {{empty(list)}} {{first(list)}} {{last(list)}} {{#reversed(list)}}{{.}}{{/reversed(list)}}", ["list": ["a", "b"]]),
        ("{{uppercased(s)}} {{lowercased(s)}} {{reversed(s)}} {{plusone(n)}} {{minusone(n)}} {{#even(n)}}even{{/even(n)}}", ["s": "AbC", "n": 4]),
        ("{{#sorted(list)}}{{.}}{{/sorted(list)}} {{count(d)}}", ["list": ["b", "c", "a"], "d": ["k": 1]]),
        ("  {{> part}}\n", [:]),
        ("a\n  {{> part}}\nb\n", ["v": "x\ny"]),
        ("{{% CONTENT_TYPE: TEXT }}{{a}}", ["a": "<tag>"]),
        ("{{<parent}}{{$title}}Mine{{/title}}{{/parent}}", [:]),
        ("{{<parent}}\n{{$title}}\nMine\n{{/title}}\n{{/parent}}\n", [:]),
        ("{{<parent}}{{/parent}}", [:]),
        ("{{b}} {{i}} {{d}}", ["b": true, "i": 42, "d": 1.5]),
        ("line\r\n{{#a}}\r\nin\r\n{{/a}}\r\nend", ["a": true]),
        ("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", ["a": [["b": [["c": 1], ["c": 2]]], ["b": [String: Any]()]]]),
        // Names are matched by their first fifteen bytes and length first (KeyPrint): names
        // that agree that far, at the lengths around it, and down the stack.
        ("{{department_name_a}} {{department_name_b}} {{abcdefghijklmno}} {{abcdefghijklmnop}} "
            + "{{#inner}}{{department_name_a}} {{department_name_b}} {{abcdefghijklmnoq}}{{/inner}}",
         ["department_name_a": "A", "department_name_b": "B", "abcdefghijklmno": "15", "abcdefghijklmnop": "16",
          "abcdefghijklmnoq": "16q", "inner": ["department_name_b": "inner B"]]),
    ]

    @Test func cornersMatchSwiftMustache() throws {
        let partials = ["part": "[{{v}}]\n<{{v}}>\n", "parent": "<h1>{{$title}}Default{{/title}}</h1>\n"]
        let ours = try Dictionary(uniqueKeysWithValues: partials.map { ($0.key, try Template($0.value)) })
        for (template, context) in Self.corners {
            let reference = try Self.reference(partials.mapKeys { $0 + ".mustache" }.merging(["t.mustache": template]) { a, _ in a })
            let page = try Template(template).render(Context(any: context), partials: ours)
            #expect(page == reference.render(context, withTemplate: "t"), "template: \(template.debugDescription)")
        }
    }

    /// UI strings are put into the templates when the theme loads (Template+Strings): the
    /// pages must come out as a lookup at render time makes them, in indented partials,
    /// sections and parents' blocks, escaped or raw, and a missing string must stay a tag.
    @Test func uiStringsPutInAtLoadRenderAsLookedUp() throws {
        let strings: [String: Any] = ["a": ["b": "<AB>", "multi": "one\ntwo"], "sep": "、", "n": 3]
        let partials = [
            "part": "{{t.a.b}}\n{{#list}}{{.}}{{^last()}}{{t.sep}}{{/last()}}{{/list}}\n{{{t.a.b}}} {{t.a.missing}}{{t.n}}\n",
            "parent": "<h1>{{$title}}{{t.a.b}}{{/title}}</h1>\n",
            "page": "x\n  {{> part}}\n{{<parent}}{{$title}}{{t.sep}}{{/title}}{{/parent}}\n{{t.a.multi}}\n  {{> part}}\n",
        ]
        let raw = try partials.mapValues { try Template($0) }
        let resolved = raw.mapValues { $0.resolvingStrings(strings) }
        let context = Context(any: ["t": strings, "list": ["p", "q"]])
        let expected = try #require(raw["page"]).render(context, partials: raw)
        #expect(try #require(resolved["page"]).render(context, partials: resolved) == expected)
        #expect(expected.contains("&lt;AB&gt;") && expected.contains("  p、q"))
        // Nothing is left to look up but the missing string and the number, which stay tags.
        let tags = try #require(resolved["part"]).nodes.filter { if case .value = $0 { return true } else { return false } }
        #expect(tags.count == 2)
    }

    /// A blank or `~` in a locale file (`NSNull` from YAML) is nothing, as a nil is: it prints
    /// nothing and an inverted section shows.
    @Test func aBlankUIStringIsNothing() throws {
        let context = Context(any: ["t": ["x": NSNull(), "y": Optional<String>.none as Any, "z": [NSNull(), "b"]]])
        let page = try Template("{{t.x}}|{{^t.x}}none{{/t.x}}|{{#t.x}}some{{/t.x}}|{{t.y}}|{{#t.z}}[{{.}}]{{/t.z}}").render(context, partials: [:])
        #expect(page == "|none|||[][b]")
    }

    @Test(arguments: [
        ("{{#a}}x", 1, 1, Message.TemplateProblem.unclosedSection(name: "a")),
        ("ok\n{{#a}}\n{{/b}}", 3, 1, .mismatchedClose(name: "b", open: "a", line: 2)),
        ("x {{/a}}", 1, 3, .strayClose(name: "a")),
        ("议事 {{name", 1, 4, .unclosedTag),
        ("{{a b}}", 1, 1, .badName("a b")),
        ("{{=<%>=}}", 1, 1, .badDelimiters),
        ("{{<p}}{{x}}{{/p}}", 1, 1, .notABlockInParent(parent: "p")),
        ("{{% CONTENT_TYPE: PDF }}", 1, 1, .unknownSetting("CONTENT_TYPE: PDF")),
        ("{{last(}}", 1, 1, .badName("last(")),
    ] as [(String, Int, Int, Message.TemplateProblem)])
    func syntaxErrorsSayWhatAndWhere(template: String, line: Int, column: Int, problem: Message.TemplateProblem) {
        #expect(throws: Template.SyntaxError(problem: problem, line: line, column: column)) { try Template(template) }
    }

    static func reference(_ files: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (path, text) in files where path.hasSuffix(".mustache") {
            library.register(try MustacheTemplate(string: text), named: String(path.dropLast(".mustache".count)))
        }
        return library
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        let k = zip(a, b).prefix { $0 == $1 }.count
        func around(_ x: [UInt8]) -> String { String(decoding: x[max(0, k - 40)..<min(x.count, k + 40)], as: UTF8.self) }
        return "at byte \(k): expected …\(around(a))… got …\(around(b))…"
    }
}

private extension Dictionary {
    func mapKeys<K: Hashable>(_ f: (Key) -> K) -> [K: Value] { Dictionary<K, Value>(uniqueKeysWithValues: map { (f($0.key), $0.value) }) }
}
