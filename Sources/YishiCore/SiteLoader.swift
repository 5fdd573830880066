/// A site read, parsed, validated and linked: what every command starts from.
public struct LoadedSite: Sendable {
    public var content: Content
    public var ledger: Ledger
    public var diagnostics: DiagnosticList
}

/// Runs the stages up to the ledger: read → parse → validate → link, and the checks of each
/// item's linked timeline.
public enum SiteLoader {
    /// `today` gives the clock's date in the site's time zone (site.yml's `timezone`), for
    /// the checks of what is dated ahead; without it they are not made.
    public static func load(from source: ContentSource, cache: RecordCache? = nil, today: (@Sendable (String) -> Day)? = nil) -> LoadedSite {
        var (content, diagnostics) = ContentReader.read(from: source, cache: cache)
        // Both only read the content: side by side.
        var (problems, ledger) = both({ Validator.validate(content) }, { Ledger(content) })
        problems += TimelineCheck.check(ledger)
        if let today {
            let day = today(content.settings.timezone)
            problems += TimelineCheck.datedAhead(of: day, in: content, ledger)
            let failed = Set(diagnostics.all.lazy.filter { $0.severity == .error }.map(\.location.file))
            problems += TimelineCheck.meetingsAsOf(today: day, in: content, failed: failed)
            TimelineCheck.mistypedYears(today: day, in: content, found: &problems, read: &diagnostics)
        }
        diagnostics.append(contentsOf: FieldPlaces.refine(problems, source: source))
        return LoadedSite(content: content, ledger: ledger, diagnostics: diagnostics)
    }
}
