#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site's own lists in site.yml that a meeting's `platform` and `format` and an item's
/// `category` are meant to come from. A value outside its list is probably a typo that would
/// split a figure in two (海棠夜谈 beside 海棠夜话): the validator names it, as a warning, and
/// `ListedValuePlaces` puts that at the value's line. An empty list checks nothing.
public struct SiteLists: Sendable, Equatable {
    public enum Kind: Int, Sendable { case platforms, formats, categories }

    public let platforms: [String]
    public let formats: [String]
    public let categories: [String]
    /// The same, as bytes: Swift's == on two different Chinese strings checks them for
    /// canonical equivalence, and forty thousand items each passed most of a list that way.
    private let bytes: [[[UInt8]]]

    public init(platforms: [String] = [], formats: [String] = [], categories: [String] = []) {
        self.platforms = platforms
        self.formats = formats
        self.categories = categories
        bytes = [platforms, formats, categories].map { $0.map { Array($0.utf8) } }
    }

    /// The warning for `value` of `key`, or nil when it is listed or there is no list.
    func notListed(_ key: String, _ value: String?, in kind: Kind) -> Message? {
        let list: [String]
        switch kind {
        case .platforms: list = platforms
        case .formats: list = formats
        case .categories: list = categories
        }
        guard let value, !list.isEmpty else { return nil }
        let listed = value.utf8.withContiguousStorageIfAvailable { v in
            bytes[kind.rawValue].contains { b in b.count == v.count && b.withUnsafeBufferPointer { memcmp($0.baseAddress!, v.baseAddress!, v.count) == 0 } }
        }
        guard listed != true, !list.contains(value) else { return nil }
        return .notInSiteList(key: key, value: value, suggestion: Suggestion.closest(to: value, in: list))
    }
}

extension SiteSettings {
    /// site.yml's lists, to check values against.
    public var lists: SiteLists { SiteLists(platforms: platforms, formats: formats, categories: categories) }
}
