/// A site read, parsed, validated and linked: what every command starts from.
public struct LoadedSite: Sendable {
    public var content: Content
    public var ledger: Ledger
    public var diagnostics: DiagnosticList
}

/// Runs the stages up to the ledger: read → parse → validate → link.
public enum SiteLoader {
    public static func load(from source: ContentSource) -> LoadedSite {
        var (content, diagnostics) = ContentReader.read(from: source)
        diagnostics.append(contentsOf: Validator.validate(content))
        return LoadedSite(content: content, ledger: Ledger(content), diagnostics: diagnostics)
    }
}
