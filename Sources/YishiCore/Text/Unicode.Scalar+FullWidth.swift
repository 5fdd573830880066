extension Unicode.Scalar {
    /// The ASCII letter, digit or mark a full-width form (U+FF01…U+FF5E) stands for, as a
    /// Chinese input method in full-width mode types it (`ｎ` → `n`, `－` → `-`); nil for any
    /// other scalar.
    public var fullWidthASCII: Unicode.Scalar? {
        (0xFF01...0xFF5E).contains(value) ? Unicode.Scalar(value - 0xFEE0) : nil
    }
}
