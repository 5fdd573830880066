import Foundation
import Testing
@testable import YishiCore

/// Every figure of DESIGN §4 on the hand-computed fixture (see StatisticsFixture for the
/// timeline); each expectation's comment shows the working.
@Suite struct StatisticsTests {
    let site = StatisticsFixture.site()

    func figures(_ period: String, _ scope: Scope, asOf: String) -> Figures {
        Statistics(site: site, asOf: Day(iso: asOf)!).figures(period: Period(period)!, scope: scope)
    }

    /// The charts count each month by binary search rather than from the month's figures: the
    /// same three numbers for every period and scope, in and out of the months with data.
    @Test func countsAreTheFiguresCounts() {
        let stats = Statistics(site: site, asOf: Day(iso: "2024-06-30")!)
        let scopes: [Scope] = [.site] + site.content.units.units.map { .unit($0.id) } + site.content.departments.map { .department($0.id) }
        let periods = [Period.all, Period("2023")!, Period("2024-07")!] + stats.periodsWithData
            + (1...12).map { Period.month(2024, $0) }
        for scope in scopes {
            for period in periods {
                let f = stats.figures(period: period, scope: scope), c = stats.counts(period: period, scope: scope)
                #expect(c.meetings == f.meetings.value && c.raised == f.itemsRaised.value && c.resolved == f.itemsResolved.value,
                        "\(scope) \(period)")
            }
        }
    }

    @Test func fixtureIsClean() {
        #expect(site.diagnostics.all.isEmpty, "\(site.rendered)")
    }

    /// As of 06-30: A resolved 06-15 (due 06-30, first due 04-30), C resolved 04-10,
    /// D resolved 06-15 (due 06-10), E resolved 06-15 (due 06-19), F re-accepted (due 07-31),
    /// G accepted, owner d1 since 06-10, due 06-20: overdue. B proposed. u7, M4, M5 not yet.
    @Test func quarterSiteWide() {
        #expect(figures("2024-q2", .site, asOf: "2024-06-30").lines == [
            "meetings 3",                               // M1, M2, M3
            "attendances 38",                           // 20 + 10 + 8
            "attendance_by_category.officials 13",      // 5 + 8
            "attendance_by_category.residents 25",      // 15 + 10
            "leaders_present 1",
            "coverage 2/3",                             // v1, v2 met; v3 not; M3 is a town's
            "departments_involved 2",
            "items_raised.total 7",                     // A–G
            "items_raised.problem 3",                   // A, D, F
            "items_raised.suggestion 2",                // B, G
            "items_raised.dispute 2",                   // C, E
            "items_resolved 4",                         // A, C, D, E
            "response_rate 6/7",                        // all but B
            "resolution_rate 4/7",                      // F is accepted again, so stays in the denominator
            "dispute_resolution_rate 2/2",
            "on_time_rate 3/4",                         // A 06-15≤06-30, C, E 06-15≤06-19; D 06-15>06-10
            "on_time_rate_original 2/4",                // A now late against 04-30
            "overdue 1",                                // G
            "days_to_resolve.median 26",                // [0, 26, 26, 66]: (26+26)/2
            "days_to_resolve.p90 66",                   // ⌈3.6⌉ = 4th
            "satisfaction_rate 2/3",                    // A basically, C satisfied, D dissatisfied; E unrated
            "funds_secured 1500",                       // A 1000 + G 500
            "cadence.v1.last_meeting 2024-04-10",
            "cadence.v1.days_since 81",
            "cadence.v1.flagged true",                  // 81 > 61
            "cadence.v2.last_meeting 2024-05-20",
            "cadence.v2.days_since 41",
            "cadence.v2.flagged false",
            "cadence.v3.last_meeting null",
            "cadence.v3.days_since null",
            "cadence.v3.flagged true",                  // never met
            "departments.d1.assigned 4",                // A, D, F, G (G reassigned to d1)
            "departments.d1.resolved 2",                // A, D
            "departments.d1.on_time_rate 1/2",
            "departments.d1.overdue 1",                 // G
            "departments.d1.median_days 46",            // (26 + 66) / 2
            "departments.d2.assigned 2",                // C, E
            "departments.d2.resolved 2",
            "departments.d2.on_time_rate 2/2",
            "departments.d2.overdue 0",
            "departments.d2.median_days 13",            // (0 + 26) / 2
        ])
    }

    @Test func monthWithNothingResolvedHasNullRates() {
        let f = figures("2024-05", .site, asOf: "2024-06-30")
        #expect(f.lines.prefix(22) == [
            "meetings 1",                               // M2
            "attendances 10",
            "attendance_by_category.residents 10",
            "leaders_present 0",
            "coverage 1/3",
            "departments_involved 2",
            "items_raised.total 3",                     // D, E, F
            "items_raised.problem 2",
            "items_raised.suggestion 0",
            "items_raised.dispute 1",
            "items_resolved 0",                         // D and E were resolved in June
            "response_rate 3/3",
            "resolution_rate 2/3",                      // D, E of D, E, F
            "dispute_resolution_rate 1/1",
            "on_time_rate 0/0",
            "on_time_rate_original 0/0",
            "overdue 1",                                // G, whatever the period
            "days_to_resolve.median null",
            "days_to_resolve.p90 null",
            "satisfaction_rate 0/0",
            "funds_secured 0",
            "cadence.v1.last_meeting 2024-04-10",
        ])
        #expect(f.onTimeRate.value == nil)
        #expect(f.lines.suffix(10) == [
            "departments.d1.assigned 2", "departments.d1.resolved 0", "departments.d1.on_time_rate 0/0",
            "departments.d1.overdue 1", "departments.d1.median_days null",
            "departments.d2.assigned 1", "departments.d2.resolved 0", "departments.d2.on_time_rate 0/0",
            "departments.d2.overdue 0", "departments.d2.median_days null",
        ])
    }

    @Test func leafUnitScope() {
        #expect(figures("2024-04", .unit("v1"), asOf: "2024-06-30").lines == [
            "meetings 1", "attendances 20",
            "attendance_by_category.officials 5", "attendance_by_category.residents 15",
            "leaders_present 1",
            "coverage 1/1",                             // v1 is its own only leaf
            "departments_involved 1",
            "items_raised.total 3", "items_raised.problem 1", "items_raised.suggestion 1", "items_raised.dispute 1",
            "items_resolved 1",                         // C, on the spot
            "response_rate 2/3",                        // B still proposed
            "resolution_rate 2/3",                      // A (in June) and C
            "dispute_resolution_rate 1/1",
            "on_time_rate 1/1", "on_time_rate_original 1/1",
            "overdue 0",
            "days_to_resolve.median 0", "days_to_resolve.p90 0",
            "satisfaction_rate 1/1",
            "funds_secured 1000",
            "cadence.v1.last_meeting 2024-04-10", "cadence.v1.days_since 81", "cadence.v1.flagged true",
            "departments.d1.assigned 1", "departments.d1.resolved 0", "departments.d1.on_time_rate 0/0",
            "departments.d1.overdue 0", "departments.d1.median_days null",
            "departments.d2.assigned 1", "departments.d2.resolved 1", "departments.d2.on_time_rate 1/1",
            "departments.d2.overdue 0", "departments.d2.median_days 0",
        ])
    }

    @Test func unitSubtreeScopeCountsTheTownAndItsVillages() {
        let town = figures("2024-q2", .unit("townA"), asOf: "2024-06-30")
        let site = figures("2024-q2", .site, asOf: "2024-06-30")
        // Everything happened in townA's subtree, so only coverage and cadence differ: v3 is not in it.
        #expect(town.coverage == Rate(numerator: ["v1", "v2"], denominator: ["v1", "v2"]))
        #expect(town.cadence.map(\.unit) == ["v1", "v2"])
        #expect(town.lines.filter { !$0.hasPrefix("coverage") && !$0.hasPrefix("cadence") }
                == site.lines.filter { !$0.hasPrefix("coverage") && !$0.hasPrefix("cadence") })
        #expect(town.meetings.ids == ["m1", "m2", "m3"])
        let south = figures("2024-q2", .unit("townB"), asOf: "2024-06-30")
        #expect(south.meetings.value == 0 && south.itemsRaised.value == 0 && south.coverage.denominator == 1)
    }

    /// A CSV forwarded on its own says what its figures are of, as the JSON does.
    @Test func csvRowsSayWhatTheFiguresAreOf() {
        let site = figures("2024-q2", .site, asOf: "2024-06-30").csvRows.prefix(4).map { $0.joined(separator: ",") }
        #expect(site == ["period,2024-q2,,", "scope.kind,site,,", "as_of,2024-06-30,,", "meetings,3,,"])
        let unit = figures("2024-04", .unit("v1"), asOf: "2024-06-30").csvRows.prefix(4).map { $0.joined(separator: ",") }
        #expect(unit == ["period,2024-04,,", "scope.kind,unit,,", "scope.id,v1,,", "as_of,2024-06-30,,"])
    }

    @Test func departmentScope() {
        #expect(figures("2024-q2", .department("d1"), asOf: "2024-06-30").lines == [
            "meetings 2",                               // M1 and M2 list d1
            "attendances 30",
            "attendance_by_category.officials 5", "attendance_by_category.residents 25",
            "leaders_present 1",
            "coverage 0/0",                             // no leaf units in a department scope
            "departments_involved 2",
            "items_raised.total 4",                     // owned by d1 as of 06-30: A, D, F, G
            "items_raised.problem 3", "items_raised.suggestion 1", "items_raised.dispute 0",
            "items_resolved 2",                         // A, D
            "response_rate 4/4",
            "resolution_rate 2/4",
            "dispute_resolution_rate 0/0",
            "on_time_rate 1/2",                         // A yes, D no
            "on_time_rate_original 0/2",                // A late against its first due date
            "overdue 1",                                // G
            "days_to_resolve.median 46", "days_to_resolve.p90 66",
            "satisfaction_rate 1/2",
            "funds_secured 1500",
            "departments.d1.assigned 4", "departments.d1.resolved 2", "departments.d1.on_time_rate 1/2",
            "departments.d1.overdue 1", "departments.d1.median_days 46",
        ])
    }

    @Test func emptyPeriod() {
        let f = figures("2024-03", .site, asOf: "2024-06-30")
        #expect(f.meetings.value == 0 && f.attendances == 0 && f.attendanceByCategory.isEmpty)
        #expect(f.coverage.numerator == 0 && f.coverage.denominator == 3 && f.coverage.value == 0)
        #expect(f.itemsRaised.value == 0 && f.itemsResolved.value == 0)
        #expect(f.responseRate.value == nil && f.resolutionRate.value == nil && f.satisfactionRate.value == nil)
        #expect(f.daysToResolve == DayStatistics([]))
        #expect(f.overdue.ids == ["G"])
        #expect(f.departments.map(\.department) == ["d1", "d2"])
    }

    /// As of 12-31: u7 accepted B (due still the default 05-10), M4 resolved G on 07-15.
    @Test func yearAsOfItsEndWithAnOddMedian() {
        let f = figures("2024", .site, asOf: "2024-12-31")
        #expect(f.lines == [
            "meetings 4",                               // M1–M4; M5 is in 2025
            "attendances 50",
            "attendance_by_category.officials 13", "attendance_by_category.residents 37",
            "leaders_present 1",
            "coverage 2/3",
            "departments_involved 2",
            "items_raised.total 7", "items_raised.problem 3", "items_raised.suggestion 2", "items_raised.dispute 2",
            "items_resolved 5",                         // A, C, D, E, G
            "response_rate 7/7",
            "resolution_rate 5/7",
            "dispute_resolution_rate 2/2",
            "on_time_rate 3/5",                         // G 07-15 > 06-20
            "on_time_rate_original 2/5",
            "overdue 2",                                // B (due 05-10), F (due 07-31)
            "days_to_resolve.median 26",                // [0, 26, 26, 40, 66]
            "days_to_resolve.p90 66",                   // ⌈4.5⌉ = 5th
            "satisfaction_rate 2/3",
            "funds_secured 1500",
            "cadence.v1.last_meeting 2024-07-15", "cadence.v1.days_since 169", "cadence.v1.flagged true",
            "cadence.v2.last_meeting 2024-05-20", "cadence.v2.days_since 225", "cadence.v2.flagged true",
            "cadence.v3.last_meeting null", "cadence.v3.days_since null", "cadence.v3.flagged true",  // M5 is after the as-of date
            "departments.d1.assigned 5",                // A, B, D, F, G
            "departments.d1.resolved 3",                // A, D, G
            "departments.d1.on_time_rate 1/3",
            "departments.d1.overdue 2",
            "departments.d1.median_days 40",            // [26, 40, 66]
            "departments.d2.assigned 2", "departments.d2.resolved 2", "departments.d2.on_time_rate 2/2",
            "departments.d2.overdue 0", "departments.d2.median_days 13",
        ])
        #expect(f.itemsResolved.ids == ["A", "C", "D", "E", "G"])
        #expect(f.overdue.ids == ["B", "F"])
    }

    /// As of 05-31: A deferred to 06-30 (not overdue though its first due date passed),
    /// F rejected (out of the resolution denominator), M3 and later not yet held.
    @Test func earlierAsOfDate() {
        #expect(figures("2024-q2", .site, asOf: "2024-05-31").lines == [
            "meetings 2", "attendances 30",
            "attendance_by_category.officials 5", "attendance_by_category.residents 25",
            "leaders_present 1",
            "coverage 2/3",
            "departments_involved 2",
            "items_raised.total 6", "items_raised.problem 3", "items_raised.suggestion 1", "items_raised.dispute 2",
            "items_resolved 1",                         // C
            "response_rate 5/6",
            "resolution_rate 1/5",                      // F rejected: 6 − 1
            "dispute_resolution_rate 1/2",
            "on_time_rate 1/1", "on_time_rate_original 1/1",
            "overdue 0",                                // A's deferral moved its due date to 06-30
            "days_to_resolve.median 0", "days_to_resolve.p90 0",
            "satisfaction_rate 1/1",
            "funds_secured 1000",                       // G not raised yet
            "cadence.v1.last_meeting 2024-04-10", "cadence.v1.days_since 51", "cadence.v1.flagged false",
            "cadence.v2.last_meeting 2024-05-20", "cadence.v2.days_since 11", "cadence.v2.flagged false",
            "cadence.v3.last_meeting null", "cadence.v3.days_since null", "cadence.v3.flagged true",
            "departments.d1.assigned 2", "departments.d1.resolved 0", "departments.d1.on_time_rate 0/0",
            "departments.d1.overdue 0", "departments.d1.median_days null",
            "departments.d2.assigned 2", "departments.d2.resolved 1", "departments.d2.on_time_rate 1/1",
            "departments.d2.overdue 0", "departments.d2.median_days 0",
        ])
    }

    @Test func allTimeForADepartmentWithAnEvenMedian() {
        let f = figures("all", .department("d2"), asOf: "2024-06-30")
        #expect(f.meetings.ids == ["m2"])                // M4 lists d2 but is after the as-of date
        #expect(f.itemsRaised.ids == ["C", "E"])         // G moved to d1 on 06-10
        #expect(f.daysToResolve == DayStatistics([0, 26]))
        #expect(f.daysToResolve.median == 13 && f.daysToResolve.p90 == 26)
        #expect(f.satisfactionRate == Rate(numerator: ["C"], denominator: ["C"]))
        #expect(f.coverage.value == nil && f.cadence.isEmpty)
        #expect(f.departments.map(\.department) == ["d2"])
    }

    @Test func upcomingMeetingIsNotCountedUntilItsDate() {
        #expect(figures("all", .unit("v3"), asOf: "2024-12-31").meetings.value == 0)
        let after = figures("all", .unit("v3"), asOf: "2025-01-10")
        #expect(after.meetings.ids == ["m5"] && after.itemsRaised.ids == ["H"])
        #expect(after.cadence == [CadenceRow(unit: "v3", lastMeeting: Day(iso: "2025-01-10"), daysSince: 0, flagged: false)])
    }

    @Test func p90OnTenValuesIsTheNinthSmallest() {
        let d = DayStatistics([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])
        #expect(d.p90 == 9)        // ⌈0.9 · 10⌉ = 9
        #expect(d.median == 5.5)
        #expect(DayStatistics([4]).p90 == 4)
        #expect(DayStatistics(Array(1...11)).p90 == 10)  // ⌈9.9⌉ = 10
    }

    @Test func jsonMatchesTheContractKeyForKey() throws {
        let json = figures("2024-05", .unit("townA"), asOf: "2024-06-30").json.serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let keys = ["period", "scope", "as_of", "meetings", "attendances", "attendance_by_category", "leaders_present",
                    "coverage", "departments_involved", "items_raised", "items_resolved", "response_rate", "resolution_rate",
                    "dispute_resolution_rate", "on_time_rate", "on_time_rate_original", "overdue", "days_to_resolve",
                    "satisfaction_rate", "funds_secured", "cadence", "departments"]
        #expect(Set(object.keys) == Set(keys))
        #expect(Figures.jsonKeys == Array(keys.dropFirst(3)))
        for (key, names) in Figures.rowKeys {
            let rows = try #require(object[key] as? [[String: Any]], "\(key)")
            #expect(!rows.isEmpty && rows.allSatisfy { Set($0.keys) == Set(names) }, "\(key)")
            let row = try #require(json.range(of: "\"\(key)\": [\n    {\n")).upperBound
            let positions = names.map { json[row...].range(of: "      \"\($0)\":")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil } && positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(key)")
        }
        // Order as in the contract: each key appears after the one before it.
        let positions = keys.map { json.range(of: "\n  \"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"scope\": {\n    \"kind\": \"unit\",\n    \"id\": \"townA\"\n  }"))
        #expect(json.contains("\"as_of\": \"2024-06-30\""))
        #expect(json.contains("\"coverage\": {\n    \"numerator\": 1,\n    \"denominator\": 2,\n    \"value\": 0.5\n  }"))
        #expect(json.contains("\"on_time_rate\": {\n    \"numerator\": 0,\n    \"denominator\": 0,\n    \"value\": null\n  }"))
        #expect(json.contains("\"days_to_resolve\": {\n    \"median\": null,\n    \"p90\": null\n  }"))
        #expect(json.contains("\"resolution_rate\": {\n    \"numerator\": 2,\n    \"denominator\": 3,\n    \"value\": 0.6666666666666666\n  }"))
        #expect(json.contains("{\n      \"unit\": \"v3\"") == false)
    }

    @Test func wholeNumbersHaveNoFraction() {
        #expect(JSONValue.double(46).serialized() == "46")
        #expect(JSONValue.double(12.5).serialized() == "12.5")
        #expect(JSONValue.double(0.8333333333333334).serialized() == "0.8333333333333334")
    }

    @Test(arguments: [("2024", "2024"), ("2024-q2", "2024-q2"), ("2024-Q2", "2024-q2"), ("2024-05", "2024-05"), ("all", "all")])
    func periodsParse(text: String, canonical: String) {
        #expect(Period(text)?.description == canonical)
    }

    @Test func periodBoundsIncludeBothEnds() {
        #expect(Period("2024-q2")!.days == Day(iso: "2024-04-01")!...Day(iso: "2024-06-30")!)
        #expect(Period("2024-02")!.days == Day(iso: "2024-02-01")!...Day(iso: "2024-02-29")!)
        #expect(Period("2024-13") == nil && Period("2024-q5") == nil && Period("24") == nil)
    }
}
