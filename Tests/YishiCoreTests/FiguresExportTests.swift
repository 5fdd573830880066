import Testing
@testable import YishiCore

/// The report exports are written straight to text, with the cadence rows taken from the
/// scope's `CadenceText`; they must give the bytes the general writers give.
@Suite struct FiguresExportTests {
    let site = StatisticsFixture.site()

    func all(asOf: String) -> [Figures] {
        let stats = Statistics(site: site, asOf: Day(iso: asOf)!)
        let periods = [Period.all] + stats.periodsWithData + [Period("2023")!]
        let scopes: [Scope] = [.site, .unit("townA"), .unit("v1"), .unit("nowhere"), .department("d1")]
        return scopes.flatMap { scope in periods.map { stats.figures(period: $0, scope: scope) } }
    }

    @Test func sameBytesAsTheGeneralWriters() {
        for asOf in ["2024-04-15", "2024-06-30", "2025-01-01"] {
            for f in all(asOf: asOf) {
                #expect(f.cadenceText != nil)
                #expect(f.csv == CSV.document(header: Figures.csvHeader, rows: f.csvRows), "\(f.period) \(f.scope)")
                #expect(f.serializedJSON() == f.json.serializedUTF8(), "\(f.period) \(f.scope)")
                #expect(f.serializedJSON(indent: 2) == f.json.serializedUTF8(indent: 2))
                #expect(f.serializedJSON(indent: nil) == f.json.serializedUTF8(indent: nil))
            }
        }
    }

    /// Figures whose cadence was changed after they were computed no longer match the scope's
    /// texts, and are written from their own rows.
    @Test func changedCadenceIsWrittenFromItsRows() {
        var f = all(asOf: "2024-06-30")[0]
        #expect(!f.cadence.isEmpty)
        f.cadence[0].flagged.toggle()
        f.cadence.append(CadenceRow(unit: "x,\"y\"", lastMeeting: nil, daysSince: nil, flagged: true))
        #expect(f.csv == CSV.document(header: Figures.csvHeader, rows: f.csvRows))
        #expect(f.csv.contains("\"cadence.x,\"\"y\"\".flagged\",true,,"))
        #expect(f.serializedJSON() == f.json.serializedUTF8())
        #expect(f.serializedJSON(indent: nil) == f.json.serializedUTF8(indent: nil))
        f.cadence = []
        #expect(f.csv == CSV.document(header: Figures.csvHeader, rows: f.csvRows))
        #expect(f.serializedJSON() == f.json.serializedUTF8())
    }
}
