import Foundation
import YishiCore

/// The whole build as one call, for the `build` command and the preview server:
/// read → parse → validate → link → compute → render → write.
public struct SiteBuilder {
    public struct Options: Sendable {
        /// Count as of this date; nil means today in the site's time zone.
        public var asOf: Day?
        /// Where to publish; `output/` in the site folder unless set (the preview uses its own).
        public var output: URL?
        /// Build the search index when the site asks for it and Pagefind is installed.
        public var search = true
        /// HTML inserted before `</body>` of every page: the preview's reload script. Never set
        /// for a published site.
        public var pageSuffix: String?
        /// Build the search index only when the output has none yet, and keep it afterwards: the
        /// preview, where Pagefind's seconds would come between an edit and seeing it (its
        /// search results then lag behind edits until it restarts). Never set for `build`.
        public var keepSearchIndex = false
        /// A one-shot command (`yishi build`): the records, figures and pages' tables are left
        /// for the process's exit to free rather than torn down object by object, which takes
        /// a tenth of a second at 10 000 meetings. Never set for the long-running preview.
        public var leaveToExit = false

        public init(asOf: Day? = nil, output: URL? = nil) {
            self.asOf = asOf
            self.output = output
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: DiagnosticList
        public var language: Language
        /// Set when the site was published.
        public var summary: SiteWriter.Summary?
        public var asOf: Day?
        public var meetings = 0
        public var items = 0
        /// The site asked for search and Pagefind was not found: the output has no search (also
        /// when it was up to date, or only minutes changed).
        public var searchUnavailable = false
        /// Set when the content was good but the site could not be published (the disk, Pagefind).
        public var failure: PublishFailure?

        public var published: Bool { summary != nil }
        /// Nothing changed since the last build: `output/` was left as it was.
        public var upToDate = false
        /// When up to date: the warnings the build that made `output/` gave, which still stand
        /// (`yishi check` lists them); 0 when there were none or it is not known.
        public var earlierWarnings = 0
        /// Only one meeting's minutes changed: this page was updated and nothing else.
        public var minutesOnly: String?
        /// Only details shown on their own pages changed (DisplayEdit): these files (a meeting's
        /// page and the few lists that show those details) were rewritten, nothing else.
        public var detailsOnly: [String]?
        /// A few meetings' records changed (ScopedEdit): only the pages they reach were rendered.
        public var editedOnly: EditedOnly?
    }

    /// What a rebuild after an edit to a few meetings' records did.
    public struct EditedOnly: Sendable {
        /// How many meeting files changed.
        public var meetings: Int
        /// How many files were rendered again (the rest of the site was not).
        public var rendered: Int
    }

    public static func build(site root: URL, options: Options, today: @escaping @Sendable (String) -> Day) -> Outcome {
        var clock = StageClock()
        defer { clock.report() }
        let output = options.output ?? root.appendingPathComponent("output")
        // The as-of date is needed before reading: take the time zone from site.yml cheaply.
        let stampDay = options.asOf ?? today(SiteBuilder.timezone(of: root))
        let env = ProcessInfo.processInfo.environment
        let stampOptions = "search=\(options.search) suffix=\(options.pageSuffix?.count ?? 0) path=\(env["PATH"] ?? "") pagefind=\(env["YISHI_PAGEFIND"] ?? "")"
        let cacheFolder = root.appendingPathComponent(".yishi-cache")
        SiteWriter(output: output).removeReplaced()
        let tool = BuildStamp.executableStamp()
        // The record cache is mapped while the stamp walks the site: a build that finds nothing
        // changed, or only minutes, does not use it, but then the other core had nothing to do.
        let (stamp, loadedRecords) = alongside({ RecordCache.load(from: cacheFolder.appendingPathComponent("records.bin"), tool: tool) }, {
            BuildStamp.current(site: root, asOf: stampDay, output: output, extra: stampOptions)
        })
        // Up to date, unless the output lacks the search the site asks for and Pagefind has
        // been installed since.
        if stamp.matchesLastBuild(site: root, output: output),
           case let searchMissing = BuildStamp.searchWasMissing(site: root, output: output), !searchMissing || SearchIndex.locate() == nil {
            var outcome = Outcome(diagnostics: DiagnosticList(), language: Language(locale: nil))
            outcome.upToDate = true
            outcome.searchUnavailable = searchMissing
            outcome.earlierWarnings = BuildStamp.lastWarnings(site: root, output: output) ?? 0
            outcome.asOf = stampDay
            clock.lap("stamp: up to date")
            return outcome
        }
        let previous = BuildStamp.previous(site: root, output: output)
        clock.lap("stamp")
        // site.yml as it is now, read once for the minutes-only path and the theme's language.
        let siteFile = SiteBuilder.siteSettings(of: root)
        if let quick = quickRebuild(root: root, output: output, previous: previous, stamp: stamp, site: siteFile, options: options) {
            var outcome = quick
            outcome.asOf = stampDay
            clock.lap("minutes-only rebuild")
            return outcome
        }
        BuildStamp.forget(site: root, output: output)
        QuickRebuild.forget(site: root, output: output)
        // (A minutes-only rebuild appends to the cache, but then the build stopped above.)
        let records = loadedRecords
        clock.lap("load record cache")
        // The rendered minutes' index and the theme are read beside the content: the pages need
        // them, the read stage does not. The theme's language is site.yml's as read here; should
        // the read stage find otherwise, the theme is loaded again below.
        let templates = root.appendingPathComponent("templates")
        let siteTemplates = FileManager.default.fileExists(atPath: templates.path) ? templates : nil
        let (loaded, (bodies, early)) = alongside({
            (RenderedBodies(loading: cacheFolder.appendingPathComponent("bodies.bin"), tool: tool, records: records),
             siteFile.map { ($0.0.locale, Theme.load(siteTemplates: siteTemplates, locale: $0.0.locale)) })
        }, {
            SiteLoader.load(from: stamp.source, cache: records, today: today)
        })
        clock.lap("read+parse+validate+link (\(records.parsed.count) files parsed)")
        // Saved even when the content has errors: the build after the fix parses only what it touched.
        // On its own thread: the stages below leave a core idle now and then (the home page,
        // the item lists, the feed), and a full build's cache is tens of megabytes to encode.
        let saving = DispatchGroup()
        if records.changed {
            DispatchQueue.global().async(group: saving) {
                records.save(to: cacheFolder.appendingPathComponent("records.bin"))
                records.evict()
            }
        } else {
            records.evict()
        }
        defer { saving.wait() }
        clock.lap("save record cache (started)")
        let settings = loaded.content.settings
        var outcome = Outcome(diagnostics: loaded.diagnostics, language: settings.language)
        let (theme, themeProblems) = early.flatMap { $0.0 == settings.locale ? $0.1 : nil }
            ?? Theme.load(siteTemplates: siteTemplates, locale: settings.locale)
        clock.lap("theme")
        outcome.diagnostics.append(contentsOf: NoticeCheck.settings(settings, found: loaded.diagnostics))
        // The templates' problems with the content's: every problem in one run.
        guard !loaded.diagnostics.hasErrors else {
            outcome.diagnostics.append(contentsOf: themeProblems)
            return outcome
        }
        let day = options.asOf ?? today(settings.timezone)
        let statistics = Statistics(site: loaded, asOf: day)
        outcome.diagnostics.append(contentsOf: themeProblems)
        guard let theme else { return outcome }
        clock.lap("item states")
        let pagefind = settings.search && options.search ? SearchIndex.locate() : nil
        outcome.searchUnavailable = settings.search && options.search && pagefind == nil
        let renderer = SiteRenderer(site: loaded, statistics: statistics, theme: theme)
        renderer.searchEnabled = pagefind != nil
        let oldIndex = output.appendingPathComponent("pagefind").path
        let reuseIndex = pagefind != nil && options.keepSearchIndex && SiteWriter.isFolder(oldIndex)
        @Sendable func withSuffix(_ path: String, _ text: String) -> String {
            guard let suffix = options.pageSuffix, path.hasSuffix(".html") else { return text }
            return text.replacingOccurrences(of: "</body>", with: suffix + "</body>")
        }
        /// Warnings of this build only, about what `output/` held before it: not among those a
        /// build that finds nothing changed says still stand.
        var aboutTheLastOutput = 0
        // What the next build trusts: saved once this output is what the content says.
        func saveStamp() {
            let warnings = outcome.diagnostics.warnings.count - aboutTheLastOutput
            // Two files, a megabyte each at 10 000 meetings: side by side.
            _ = alongside({ QuickRebuild.record(site: root, output: output, meetings: loaded.content.meetings) }, {
                stamp.save(site: root, output: output, warnings: warnings, searchMissing: outcome.searchUnavailable)
            })
        }
        func finished() -> Outcome {
            outcome.asOf = day
            outcome.meetings = statistics.heldMeetings.count
            outcome.items = statistics.itemCount
            if options.leaveToExit { LeftToExit.keep((loaded, statistics, renderer)) }
            return outcome
        }
        // What a shortcut below leaves, once it has replaced its files in place.
        func shortcutTaken(written: [String], reused: Int) -> Outcome {
            saveStamp()
            clock.lap("save build stamp")
            outcome.summary = SiteWriter.Summary(written: written.count, reused: reused)
            return finished()
        }
        // The meetings edited since this output was built, when only meetings were and a shortcut
        // may run: with search on a search index would go stale, so every edit takes the full build.
        let edits = previous.flatMap { previous in
            (pagefind == nil || reuseIndex) && day == stampDay
                ? QuickRebuild.editedMeetings(previous: previous, current: stamp, records: records, content: loaded.content) : nil
        }
        if let edits, let edited = DisplayEdit.meetings(edits) {
            let files = DisplayEdit.files(edited, renderer: renderer, statistics: statistics).map { ($0.path, withSuffix($0.path, $0.text)) }
            clock.lap("details-only pages")
            // Should a file fail to be replaced, the full build below puts everything right.
            if let written = SiteWriter(output: output).replace(files) {
                clock.lap("details-only write")
                outcome.detailsOnly = written
                return shortcutTaken(written: written, reused: 0)
            }
        }
        renderer.bodies = bodies
        if let edits, let selection = ScopedEdit.selection(edits, statistics: statistics, output: output),
           let files = ScopedEdit.files(selection, renderer: renderer, statistics: statistics, output: output, suffix: withSuffix) {
            clock.lap("edited meetings' pages (\(files.count) files)")
            if let written = SiteWriter(output: output).replace(files) {
                // The rendered-minutes cache is left as it was: saving keeps only the bodies a build
                // used, and this one used a few. The edited meetings' new minutes are rendered
                // again by the next full build — a few files — and every other body stays cached.
                clock.lap("edited meetings' write")
                outcome.editedOnly = SiteBuilder.EditedOnly(meetings: selection.edited, rendered: files.count)
                return shortcutTaken(written: written, reused: files.count - written.count)
            }
        }
        let gone = goneMeetingPages(site: root, output: output, content: loaded.content)
        outcome.diagnostics.append(contentsOf: gone)
        aboutTheLastOutput = gone.count
        // Pages go to the staging folder as they are rendered: render and write are one stage,
        // and no more of the site is in memory than the pages being made.
        do {
            let session = try SiteWriter(output: output).begin()
            // The rendered minutes' cache (tens of megabytes) is saved as soon as the meeting pages,
            // the only ones that use it, are done: beside the other pages rather than after them.
            // New minutes go into it as they are rendered, so that they are not all held until then.
            bodies.startSaving(to: cacheFolder.appendingPathComponent("bodies.bin"))
            renderer.meetingPagesDone = {
                DispatchQueue.global().async(group: saving) { bodies.finishSaving() }
            }
            // stats.json is written as the report pages make its lines (StatsJSONStream), and
            // ended once they are all made, beside the pages that come after them (feed and sitemap).
            // (`render` calls the hook whatever it renders; a build test fails if stats.json is missing.)
            let statsWritten = DispatchGroup()
            let statsFile = session.appending("data/stats.json")
            let stream = StatsJSONStream(statistics, write: statsFile.append)
            renderer.statsStream = stream
            renderer.reportPagesDone = {
                DispatchQueue.global().async(group: statsWritten) {
                    stream.finish(figures: renderer.figures)
                    session.finish(statsFile)
                }
            }
            // The open data's tables beside the pages, on a thread of their own: the pages'
            // loops leave a core idle now and then, and the tables (items.csv is one core's
            // work) would otherwise leave one idle after them.
            _ = alongside({
                for table in OpenData.tableMakers(statistics) { session.write(table.path, table.make()) }
            }, {
                renderer.render { path, text in session.write(path, withSuffix(path, text)) }
            })
            clock.lap("render+write pages, open data's tables, stats.json")
            statsWritten.wait()
            // The hooks write into this session, which ends here.
            renderer.meetingPagesDone = nil
            renderer.reportPagesDone = nil
            renderer.statsStream = nil
            clock.lap("stats.json (after the pages)")
            outcome.summary = try session.publish { staging in
                guard let pagefind else { return }
                if reuseIndex { return try SiteWriter.linkTree(oldIndex, staging.appendingPathComponent("pagefind").path) }
                if let problem = SearchIndex.index(site: staging, locale: settings.locale, with: pagefind) { throw PublishFailure.searchIndex(problem) }
            }
        } catch let obstacle as SiteWriter.Obstacle {
            outcome.failure = .obstacle(obstacle)
        } catch let error as SiteWriter.WriteError {
            outcome.failure = .write(error)
        } catch let failure as PublishFailure {
            outcome.failure = failure
        } catch {
            outcome.failure = .other(error)
        }
        clock.lap("search index+swap")
        if outcome.failure == nil, day == stampDay { saveStamp() }
        clock.lap("save build stamp")
        return finished()
    }

    /// The meeting pages in `output/` that this build would not write: a minutes file renamed
    /// (or saved as `….md.md`) moves its page, and the address on the notices already posted
    /// leads nowhere, unless the new file names the old one in its `aliases`. Only a full build
    /// can lose a page: the shortcuts replace pages of meetings still there.
    static func goneMeetingPages(site root: URL, output: URL, content: Content) -> [Diagnostic] {
        let folder = output.appendingPathComponent("meetings")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var kept = Set<String>()
        for m in content.meetings {
            kept.insert(m.id)
            for a in m.aliases { kept.insert(a.value) }
        }
        let gone = names.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.filter { !kept.contains($0) }.sorted()
        guard !gone.isEmpty else { return [] }
        let published = Set(names)
        // Named as the secretary knows the folder: from the site's, when it is in it.
        let (outPath, rootPath) = (output.standardizedFileURL.path, root.standardizedFileURL.path + "/")
        let shown = outPath.hasPrefix(rootPath) ? String(outPath.dropFirst(rootPath.count)) : outPath
        let new = content.meetings.filter { !published.contains($0.id + ".html") }
        return gone.map { id in
            // The one new minutes file of that date and unit (`2026-10-29-nantian` →
            // `2026-10-29-nantian-zhaishangyi`): most likely the same meeting renamed.
            let same = new.filter { id.hasPrefix($0.date.description) && id.contains($0.unit.value) }
            return .warning(.publishedPageGone(alias: id, renamedTo: same.count == 1 ? same[0].file : nil),
                            at: SourceLocation(file: shown + "/meetings/\(id).html"))
        }
    }

    /// `.yishi-cache/` when it is there and this user cannot change it (a folder left by `sudo
    /// yishi build`): builds still publish, but save nothing for the next one, which then starts
    /// from nothing, parsing and rendering everything again.
    public static func cacheObstacle(site root: URL) -> SiteWriter.Obstacle? {
        let path = root.standardizedFileURL.appendingPathComponent(".yishi-cache").path
        guard SiteWriter.isFolder(path) else { return nil }
        return SiteWriter.unchangeable(path, siteFolder: root.standardizedFileURL.path)
    }

    /// The minutes-only fast path, when it applies (see QuickRebuild).
    static func quickRebuild(root: URL, output: URL, previous: String?, stamp: BuildStamp,
                             site: (SiteSettings, [Diagnostic])?, options: Options) -> Outcome? {
        guard previous != nil, let (settings, problems) = site, !problems.contains(where: { $0.severity == .error }) else { return nil }
        // A search index would go stale: let the full build rebuild it.
        let wantsIndex = settings.search && options.search && !(options.keepSearchIndex && SiteWriter.isFolder(output.appendingPathComponent("pagefind").path))
        guard !(wantsIndex && SearchIndex.locate() != nil) else { return nil }
        switch QuickRebuild.attempt(site: root, output: output, previous: previous, current: stamp, settings: settings) {
        case .notApplicable:
            return nil
        case .refused(let diagnostics):
            return Outcome(diagnostics: DiagnosticList(diagnostics), language: settings.language)
        case .done(let page):
            stamp.save(site: root, output: output, warnings: nil, searchMissing: wantsIndex)
            var outcome = Outcome(diagnostics: DiagnosticList(), language: settings.language)
            outcome.searchUnavailable = wantsIndex
            outcome.minutesOnly = page
            outcome.summary = SiteWriter.Summary(written: 1, reused: 0)
            return outcome
        }
    }

    /// site.yml parsed apart from the read stage; nil when the file cannot be read.
    static func siteSettings(of root: URL) -> (SiteSettings, [Diagnostic])? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(ContentReader.siteFile), encoding: .utf8) else { return nil }
        return SettingsParser.site(text, file: ContentReader.siteFile)
    }

    /// The site's time zone from site.yml without parsing the whole site (for "today").
    public static func timezone(of root: URL) -> String {
        guard let text = try? String(contentsOf: root.appendingPathComponent("content/site.yml"), encoding: .utf8) else {
            return "Asia/Shanghai"
        }
        for line in text.split(separator: "\n") where line.hasPrefix("timezone:") {
            let value = line.dropFirst("timezone:".count).split(separator: "#").first ?? ""
            let zone = value.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if !zone.isEmpty { return zone }
        }
        return "Asia/Shanghai"
    }

    /// Stage timings on stderr when `YISHI_TIMINGS` is set: where a build's time goes.
    struct StageClock {
        let enabled = ProcessInfo.processInfo.environment["YISHI_TIMINGS"] != nil
        var last = DispatchTime.now()
        var lastCPU = StageClock.usage().cpu
        var laps: [(String, Double, Double, Int)] = []

        /// The process's CPU time so far (all threads, user and system): a stage's CPU over its
        /// wall time says how well it used the cores; and its peak resident memory so far, which
        /// says which stage makes the build's peak.
        static func usage() -> (cpu: Double, peakMiB: Int) {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
            return (seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss / 1024)
        }

        mutating func lap(_ name: String) {
            guard enabled else { return }
            let now = DispatchTime.now()
            let (cpu, peak) = StageClock.usage()
            laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, cpu - lastCPU, peak))
            last = now
            lastCPU = cpu
        }

        func report() {
            guard enabled else { return }
            let text = laps.map { "  \($0.0): \(String(format: "%.3f s (CPU %.3f s), peak %d MiB", $0.1, $0.2, $0.3))" }.joined(separator: "\n")
            FileHandle.standardError.put(Data(("timings:\n" + text + "\n").utf8))
        }
    }

}

/// Why a build whose content was good published nothing; `output/` is as it was. The command
/// line says it in the user's words (`SystemWords`); `description` is the developer's detail.
public enum PublishFailure: Error, Sendable, CustomStringConvertible {
    /// A folder of the site this user cannot change, found before anything was written.
    case obstacle(SiteWriter.Obstacle)
    /// A file could not be written or removed (the disk is full…).
    case write(SiteWriter.WriteError)
    /// Pagefind failed on the complete new site: what it printed.
    case searchIndex(String)
    /// Anything else (a folder that could not be made…).
    case other(any Error)

    public var description: String {
        switch self {
        case .obstacle(let o): return "\(o)"
        case .write(let e): return "\(e)"
        case .searchIndex(let problem): return "pagefind: \(problem)"
        case .other(let e): return "\(e)"
        }
    }
}

/// Values a one-shot process never frees itself (see `SiteBuilder.Options.leaveToExit`).
enum LeftToExit {
    nonisolated(unsafe) static var kept: [Any] = []
    static let lock = NSLock()

    static func keep(_ value: Any) { lock.withLock { kept.append(value) } }
}
