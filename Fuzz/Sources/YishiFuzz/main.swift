import Foundation
import CFuzzer
import YishiCore
import YishiSite

// Arbitrary bytes as one content file, through split → decode → validate → render.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let (record, diagnostics) = DocumentParser.parse(bytes, file: "content/meetings/2024/fuzz.md", folderKind: .meeting,
                                                     privacyAllow: ["0898-88889999"])
    for d in diagnostics { _ = d.rendered(in: .zhHans) }
    if case .meeting(let m)? = record {
        var content = Content()
        content.units = UnitTree([Unit(id: "longjiang", name: "龙江村", level: "村", parent: nil,
                                       location: SourceLocation(file: "content/units.yml"))])
        content.meetings = [m]
        _ = Validator.validate(content)
        let ledger = Ledger(content)
        _ = ledger.items.map { $0.state(asOf: Day(iso: "2030-01-01")!, defaultDueDays: 30) }
        _ = Markdown.standard.html(m.body)
    }
    return 0
}
exit(status)
