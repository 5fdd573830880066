/// Turns personal-data findings in a file's text into diagnostics at their line and column.
public enum PrivacyCheck {
    /// - Parameter firstLine: the file line `text` starts on (a body scanned on its own).
    public static func scan(_ text: String, file: String, allowed: [String], skipping: [ClosedRange<Int>] = [],
                            firstLine: Int = 1) -> [Diagnostic] {
        let findings = PersonalData.scan(text, allowed: allowed)
        guard !findings.isEmpty else { return [] }
        // Line starts, in Unicode scalars, to place each finding.
        var starts = [0]
        for (i, c) in text.unicodeScalars.enumerated() where c == "\n" { starts.append(i + 1) }
        return findings.compactMap { f in
            var lo = 0, hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= f.offset { lo = mid } else { hi = mid - 1 }
            }
            let line = lo + firstLine
            if skipping.contains(where: { $0.contains(line) }) { return nil }
            let at = SourceLocation(file: file, line: line, column: f.offset - starts[lo] + 1)
            switch f.kind {
            case .mistypedIdentity: return .warning(.identityNumberMistyped(masked: f.masked), at: at)
            case .oldIdentity: return .warning(.identityNumberOldForm(masked: f.masked), at: at)
            case .mobile, .identity: return .error(.personalData(kind: f.kind, masked: f.masked), at: at)
            }
        }
    }
}
