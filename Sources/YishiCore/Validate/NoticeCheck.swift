/// What the printed 公示 notice needs from site.yml that a site may leave out and still build:
/// the site's public address, for the QR code residents scan, and the supervision hotline.
/// Asked by `check` and `build`, which publish or are about to; not by `stats` or `report`.
public enum NoticeCheck {
    /// A warning naming what is missing, one naming what is still `yishi init`'s example, or
    /// nothing. Nothing either when site.yml has errors
    /// among `found`, or it is saved under another name: they say what is wrong with it.
    public static func settings(_ settings: SiteSettings, found: DiagnosticList) -> [Diagnostic] {
        guard !found.all.contains(where: { d in
            if case .settingsFileMisnamed(_, "site.yml") = d.message { return true }
            return d.severity == .error && d.location.file == ContentReader.siteFile
        }) else { return [] }
        var missing: [String] = []
        if settings.baseURL.isEmpty { missing.append("base_url") }
        if settings.noticeHotline.isEmpty { missing.append("notice.hotline") }
        var starter: [String] = []
        if settings.baseURL == SiteSettings.starterBaseURL { starter.append("base_url") }
        if settings.noticeHotline == SiteSettings.starterHotline { starter.append("notice.hotline") }
        let top = SourceLocation(file: ContentReader.siteFile, line: 1, column: 1)
        return (missing.isEmpty ? [] : [.warning(.noticeIncomplete(missing: missing), at: top)])
            + (starter.isEmpty ? [] : [.warning(.starterSettingsLeft(keys: starter), at: top)])
    }
}
