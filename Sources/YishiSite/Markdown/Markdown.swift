import CCmarkGFM
import Foundation

/// Renders Markdown to HTML with cmark-gfm: table, strikethrough, autolink, tagfilter and tasklist extensions, safe mode.
///
/// Safe mode is cmark-gfm's default (no `CMARK_OPT_UNSAFE`): raw HTML blocks and inline
/// tags become `<!-- raw HTML omitted -->`, links and images whose URL starts with
/// `javascript:`, `vbscript:` or `file:` get an empty URL, and of the `data:` URLs only
/// `data:image/png`, `gif`, `jpeg` and `webp` survive. The tagfilter extension, on top,
/// escapes `<script>`, `<iframe>`, `<style>`, … even when raw HTML is let through.
///
/// `html(_:)` may be called from any thread: the part of cmark-gfm that is not thread-safe
/// (inline parsing) goes through one process-wide lock (see `CmarkLane`).
public struct Markdown: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// Pass raw HTML and `javascript:`-style URLs through (`CMARK_OPT_UNSAFE`).
        /// Only the conformance tests use it; the site never does.
        public static let unsafe = Options(rawValue: CMARK_OPT_UNSAFE)
        /// Footnotes (`[^1]`), which cmark-gfm turns on with an option, not an extension
        /// (`CMARK_OPT_FOOTNOTES`). The GFM extension examples are run with it.
        public static let footnotes = Options(rawValue: CMARK_OPT_FOOTNOTES)
        /// Align table cells with `style="text-align: …"` rather than the `align`
        /// attribute, which HTML5 makes obsolete (the Nu checker reports it as an error)
        /// (`CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES`). The site's renderer uses it.
        public static let tableStyleAttributes = Options(rawValue: CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES)
        /// A line break in a paragraph is kept as one (`<br />`, `CMARK_OPT_HARDBREAKS`). The
        /// site's renderer uses it.
        public static let hardBreaks = Options(rawValue: CMARK_OPT_HARDBREAKS)
    }

    /// The site's renderer: all five extensions, safe, HTML5-valid table alignment, and each
    /// line of a paragraph on its own line. Secretaries write minutes a speaker or a point to a
    /// line, as in Word, not knowing that Markdown joins such lines into one (with a space
    /// between Chinese characters); nobody wraps Chinese prose by hand, so nothing is lost.
    public static let standard = Markdown(options: [.tableStyleAttributes, .hardBreaks])

    let extensions: [String]
    let options: Options

    /// - Precondition: every name is an extension cmark-gfm knows
    ///   (`table`, `strikethrough`, `autolink`, `tagfilter`, `tasklist`).
    public init(extensions: [String] = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"], options: Options = []) {
        var seen = Set<String>()
        let unique = extensions.filter { seen.insert($0).inserted }
        CmarkLane.shared.run {
            for name in unique where cmark_find_syntax_extension(name) == nil {
                preconditionFailure("cmark-gfm has no extension named '\(name)'")
            }
        }
        self.extensions = unique
        self.options = options
    }

    /// The HTML for `markdown`. Thread-safe; invalid UTF-8 cannot occur in a `String`,
    /// and `CMARK_OPT_VALIDATE_UTF8` guards the C side anyway.
    public func html(_ markdown: String) -> String {
        // Not CMARK_OPT_GITHUB_PRE_LANG: `<pre lang="swift">` misuses the `lang`
        // attribute (a BCP 47 language tag), while the default
        // `<code class="language-swift">` is what HTML recommends.
        let cmarkOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | options.rawValue
        let lane = CmarkLane.shared   // registers the extensions, once, before any look-up
        let mem = cmark_get_default_mem_allocator()!
        guard let parser = cmark_parser_new_with_mem(cmarkOptions, mem) else {
            fatalError("cmark-gfm could not allocate a parser")
        }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            // Registered once, for the life of the process: the pointer stays valid.
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        var source = markdown
        source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cmark_parser_feed(parser, chars, bytes.count)
            }
        }
        // Only the inline parsing, inside `finish`, goes through the lane (see `CmarkLane`).
        guard let document = lane.run({ cmark_parser_finish(parser) }) else {
            fatalError("cmark-gfm could not finish parsing")
        }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html_with_mem(
            document, cmarkOptions, cmark_parser_get_syntax_extensions(parser), mem
        ) else {
            fatalError("cmark-gfm could not render HTML")
        }
        defer { mem.pointee.free(rendered) }
        // UTF-8 that cmark-gfm wrote from text it validated (CMARK_OPT_VALIDATE_UTF8 replaces
        // what is not): not checked a second time.
        let count = strlen(rendered)
        return rendered.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(writtenUTF8: UnsafeBufferPointer(start: $0, count: count))
        }
    }
}

/// The one lane through which all of this process's cmark-gfm inline parsing passes.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 keeps its inline "special character" tables
/// (`SPECIAL_CHARS`, `SKIP_CHARS` in inlines.c) in process-wide statics, and every parse
/// switches them on and off for the inline extensions attached to *that* parser
/// (`cmark_manage_extensions_special_characters`, around `process_inlines`, inside
/// `cmark_parser_finish`). Two such parses at once — even on separate parsers, even if
/// only one of them has strikethrough or autolink attached — race on those tables, and
/// about 3–4 % of documents come out silently wrong (`~~` left as text, a URL not
/// linked). The extension registry (`cmark_gfm_core_extensions_ensure_registered`, a
/// plain static list) is not thread-safe to fill either. So: register once, inside the
/// lazily and atomically initialised `shared` below, and run every `cmark_parser_finish`
/// under one lock.
///
/// In cmark-gfm's sources those tables and the registry are its only statics written after
/// start-up (the extensions' node types are numbered when they register). Block parsing
/// (`cmark_parser_feed`) and rendering keep their state in the parser, the document and
/// the renderer (the table extension's in `renderer->opaque`), and only read the registry,
/// so they run outside the lane: under one lock for the whole of a parse and render, the
/// pages' threads waited on each other for a tenth of the meeting pages' time.
/// `MarkdownConcurrencyTests` holds the library Debian ships to this.
///
/// Nothing else in the process may call `cmark_parser_finish` (or register extensions)
/// without going through here.
final class CmarkLane: @unchecked Sendable {  // all mutable state is behind `lock`
    static let shared = CmarkLane()

    private let lock = NSLock()

    private init() {
        // Swift runs a global's initialiser exactly once, under `swift_once`, so this
        // cannot race with itself or with any parse (which needs `shared` first).
        cmark_gfm_core_extensions_ensure_registered()
    }

    func run<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
