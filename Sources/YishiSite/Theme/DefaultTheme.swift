/// The built-in theme, compiled into the binary from `templates/` so that `yishi` works
/// from wherever it is copied (see scripts/embed-theme.py).
public enum DefaultTheme {
    /// The theme's file paths, relative to `templates/`, sorted.
    public static var paths: [String] { files.keys.sorted() }
}
