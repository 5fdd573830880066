import Foundation
import YishiCore

/// `stats.json` written while a full build's reports are rendered: each report hands over its
/// line as it is made, on whichever core made it, and the line goes to the file as soon as
/// every report before it in the file has gone.
///
/// Why: the lines of a province's reports are 170 MB (250 MB of memory as byte arrays at
/// 100 000 meetings), and kept until the last report they were the biggest single part of
/// the build's peak memory. The reports are rendered in the file's order, a few at a time
/// per core, so only the lines of the reports under way wait here.
///
/// The bytes are exactly `OpenData.statsJSON`'s: the same head, line breaks and end
/// (`OpenData.StatsFrame`).
public final class StatsJSONStream: @unchecked Sendable {
    private let keys: [(Scope, Period)]
    private let position: [SiteRenderer.FiguresKey: Int]
    private let write: (UnsafeRawBufferPointer) -> Void
    private let lock = NSLock()
    /// Lines made ahead of their turn, by position.
    private var waiting: [Int: [UInt8]] = [:]
    /// The position of the next line to write.
    private var next = 0

    /// `write` is called in the file's order, one call at a time.
    public init(_ s: Statistics, write: @escaping (UnsafeRawBufferPointer) -> Void) {
        keys = OpenData.reportKeys(s)
        position = Dictionary(keys.enumerated().map { (SiteRenderer.FiguresKey(period: $0.element.1, scope: $0.element.0), $0.offset) },
                              uniquingKeysWith: { a, _ in a })
        self.write = write
        OpenData.StatsFrame.head(asOf: s.asOf).withUnsafeBytes(write)
    }

    /// A report's line. Reports the file does not list (a period of the as-of date with no
    /// data) are let go.
    public func add(period: Period, scope: Scope, line: [UInt8]) {
        guard let n = position[SiteRenderer.FiguresKey(period: period, scope: scope)] else { return }
        lock.withLock {
            guard n >= next, waiting[n] == nil else { return }
            waiting[n] = line
            while let ready = waiting.removeValue(forKey: next) {
                emit(next, ready)
                next += 1
            }
        }
    }

    /// Writes what no report handed over, from `figures`, and the file's end.
    public func finish(figures: (Period, Scope) -> Figures) {
        lock.withLock {
            while next < keys.count {
                let line = waiting.removeValue(forKey: next) ?? figures(keys[next].1, keys[next].0).serializedJSON(indent: nil)
                emit(next, line)
                next += 1
            }
            OpenData.StatsFrame.tail(reports: keys.count).withUnsafeBytes(write)
        }
    }

    /// Called with the lock held.
    private func emit(_ n: Int, _ line: [UInt8]) {
        OpenData.StatsFrame.before(n).withUnsafeBytes(write)
        line.withUnsafeBytes(write)
    }
}

extension OpenData {
    /// What stats.json holds around its reports' lines, for the two ways it is written: whole
    /// from pieces (`statsJSONPieces`) and as the reports are made (`StatsJSONStream`).
    enum StatsFrame {
        static func head(asOf: Day) -> [UInt8] {
            Array("{\"as_of\":".utf8) + JSONValue.string(asOf.description).serializedUTF8() + Array(",\"reports\":[".utf8)
        }

        /// What comes before report `n`: a line break, after a comma but for the first.
        static func before(_ n: Int) -> [UInt8] { n == 0 ? newline : between }

        static func tail(reports: Int) -> [UInt8] { Array((reports == 0 ? "]}\n" : "\n]}\n").utf8) }

        private static let newline = Array("\n".utf8)
        private static let between = Array(",\n".utf8)
    }
}
