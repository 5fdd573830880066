import Foundation
import Testing
import YishiSite

/// The theme compiled into the binary must be exactly `templates/`, or `yishi init` would
/// hand out a theme that differs from the one in the repository.
@Suite struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        let fm = FileManager.default
        let onDisk = try fm.subpathsOfDirectory(atPath: Self.templates.path)
            .filter { path in
                var isDir: ObjCBool = false
                _ = fm.fileExists(atPath: Self.templates.appendingPathComponent(path).path, isDirectory: &isDir)
                return !isDir.boolValue && !(path.split(separator: "/").last?.hasPrefix(".") ?? false)
            }.sorted()
        #expect(DefaultTheme.paths == onDisk)
        for path in onDisk {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(path), encoding: .utf8)
            #expect(DefaultTheme.files[path] == text, "\(path) differs: run python3 scripts/embed-theme.py")
        }
    }
}
