/// A site read, parsed, validated and linked: what every command starts from.
public struct LoadedSite: Sendable {
    public var content: Content
    public var ledger: Ledger
    public var diagnostics: DiagnosticList
}

/// Runs the stages up to the ledger: read → parse → validate → link, and the checks of each
/// item's linked timeline.
public enum SiteLoader {
    public static func load(from source: ContentSource, cache: RecordCache? = nil) -> LoadedSite {
        var (content, diagnostics) = ContentReader.read(from: source, cache: cache)
        // Both only read the content: side by side.
        let (problems, ledger) = both({ Validator.validate(content) }, { Ledger(content) })
        diagnostics.append(contentsOf: ListedValuePlaces.refine(problems, source: source))
        diagnostics.append(contentsOf: TimelineCheck.check(ledger))
        return LoadedSite(content: content, ledger: ledger, diagnostics: diagnostics)
    }
}
