/// A value kept in one box that copies share until one of them is changed.
///
/// Records with many strings and arrays (a meeting, an item's record) are handed around by
/// the ten thousand — the site's lists, the held meetings, tuples with their states — and
/// copying them field by field, a retain and a release for each, showed in every profile.
/// Boxed, a copy is one retain; a change to a shared box copies it first, so they stay values.
struct CopyOnWrite<Value> {
    private final class Box {
        /// Not checked for overlapping access at run time: every field of every record is read
        /// through here (half a million times when a rebuild decodes its cache), a box is only
        /// changed after `isKnownUniquelyReferenced`, and a record is never changed while read.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

/// The box is shared only between copies, and changed only when not shared.
extension CopyOnWrite: @unchecked Sendable where Value: Sendable {}
