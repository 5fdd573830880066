extension Rate {
    public var json: JSONValue {
        .object([("numerator", .int(numerator)), ("denominator", .int(denominator)), ("value", .number(value))])
    }
}

extension Scope {
    public var json: JSONValue {
        switch self {
        case .site: return .object([("kind", .string("site"))])
        case .unit(let id): return .object([("kind", .string("unit")), ("id", .string(id))])
        case .department(let id): return .object([("kind", .string("department")), ("id", .string(id))])
        }
    }
}

extension Figures {
    /// The figures' keys in the statistics contract (DESIGN §4), in its order, after `period`,
    /// `scope` and `as_of`: for whatever describes them (the open data's page), held to `json`'s
    /// own keys by a test.
    public static let jsonKeys = ["meetings", "attendances", "attendance_by_category", "leaders_present", "coverage",
                                  "departments_involved", "items_raised", "items_resolved", "response_rate",
                                  "resolution_rate", "dispute_resolution_rate", "on_time_rate", "on_time_rate_original",
                                  "overdue", "days_to_resolve", "satisfaction_rate", "funds_secured", "cadence", "departments"]

    /// The keys of each row of `cadence` and of `departments`, in the contract's order: held to
    /// the JSON by the same test.
    public static let rowKeys = ["cadence": ["unit", "last_meeting", "days_since", "flagged"],
                                 "departments": ["department", "assigned", "resolved", "on_time_rate", "overdue", "median_days"]]

    /// The statistics contract of DESIGN §4: exactly these keys, in this order.
    public var json: JSONValue {
        .object([
            ("period", .string(period.description)),
            ("scope", scope.json),
            ("as_of", .string(asOf.description)),
            ("meetings", .int(meetings.value)),
            ("attendances", .int(attendances)),
            ("attendance_by_category", .object(attendanceByCategory.map { ($0.name, .int($0.count)) })),
            ("leaders_present", .int(leadersPresent)),
            ("coverage", coverage.json),
            ("departments_involved", .int(departmentsInvolved.value)),
            ("items_raised", .object([("total", .int(itemsRaised.value))]
                + ItemKind.allCases.map { ($0.rawValue, .int(itemsRaisedByKind[$0]?.value ?? 0)) })),
            ("items_resolved", .int(itemsResolved.value)),
            ("response_rate", responseRate.json),
            ("resolution_rate", resolutionRate.json),
            ("dispute_resolution_rate", disputeResolutionRate.json),
            ("on_time_rate", onTimeRate.json),
            ("on_time_rate_original", onTimeRateOriginal.json),
            ("overdue", .int(overdue.value)),
            ("days_to_resolve", .object([("median", .number(daysToResolve.median)),
                                         ("p90", daysToResolve.p90.map(JSONValue.int) ?? .null)])),
            ("satisfaction_rate", satisfactionRate.json),
            ("funds_secured", .int(fundsSecured)),
            ("cadence", sharedCadence?.value ?? Figures.cadenceJSON(cadence)),
            ("departments", .array(departments.map { row in
                .object([("department", .string(row.department)),
                         ("assigned", .int(row.assigned.value)),
                         ("resolved", .int(row.resolved.value)),
                         ("on_time_rate", row.onTimeRate.json),
                         ("overdue", .int(row.overdue.value)),
                         ("median_days", .number(row.medianDays))])
            })),
        ])
    }

    /// `json.serializedUTF8(indent:)`, the same bytes, written as they come rather than built
    /// as a tree first (a build writes thousands of reports), with the cadence rows (as many
    /// as the scope has villages, and most of a large scope's report) copied from the
    /// scope's `CadenceText`. `indent` nil: on one line.
    public func serializedJSON(indent: Int? = 0) -> [UInt8] {
        var j = JSONStream(indent: indent)
        j.out.reserveCapacity((sharedCadence?.json.count ?? 0) + 4096)
        func rate(_ r: Rate) {
            j.open("{")
            j.key("numerator"); j.int(r.numerator)
            j.key("denominator"); j.int(r.denominator)
            j.key("value"); j.number(r.value)
            j.close("}")
        }
        j.open("{")
        j.key("period"); j.string(period.description)
        j.key("scope")
        j.open("{")
        j.key("kind"); j.string(scope.kind)
        if let id = scope.id { j.key("id"); j.string(id) }
        j.close("}")
        j.key("as_of"); j.string(asOf.description)
        j.key("meetings"); j.int(meetings.value)
        j.key("attendances"); j.int(attendances)
        j.key("attendance_by_category")
        j.open("{")
        for c in attendanceByCategory { j.key(c.name); j.int(c.count) }
        j.close("}")
        j.key("leaders_present"); j.int(leadersPresent)
        j.key("coverage"); rate(coverage)
        j.key("departments_involved"); j.int(departmentsInvolved.value)
        j.key("items_raised")
        j.open("{")
        j.key("total"); j.int(itemsRaised.value)
        for k in ItemKind.allCases { j.key(k.rawValue); j.int(itemsRaisedByKind[k]?.value ?? 0) }
        j.close("}")
        j.key("items_resolved"); j.int(itemsResolved.value)
        j.key("response_rate"); rate(responseRate)
        j.key("resolution_rate"); rate(resolutionRate)
        j.key("dispute_resolution_rate"); rate(disputeResolutionRate)
        j.key("on_time_rate"); rate(onTimeRate)
        j.key("on_time_rate_original"); rate(onTimeRateOriginal)
        j.key("overdue"); j.int(overdue.value)
        j.key("days_to_resolve")
        j.open("{")
        j.key("median"); j.number(daysToResolve.median)
        j.key("p90")
        if let p90 = daysToResolve.p90 { j.int(p90) } else { j.null() }
        j.close("}")
        j.key("satisfaction_rate"); rate(satisfactionRate)
        j.key("funds_secured"); j.int(fundsSecured)
        j.key("cadence")
        if let shared = sharedCadence, j.depth == nil {
            j.out += shared.compactJSON
        } else if let shared = sharedCadence, j.depth == 1 {
            j.out += shared.json
        } else {
            j.value(sharedCadence?.value ?? Figures.cadenceJSON(cadence))
        }
        j.key("departments")
        j.open("[")
        for row in departments {
            j.element()
            j.open("{")
            j.key("department"); j.string(row.department)
            j.key("assigned"); j.int(row.assigned.value)
            j.key("resolved"); j.int(row.resolved.value)
            j.key("on_time_rate"); rate(row.onTimeRate)
            j.key("overdue"); j.int(row.overdue.value)
            j.key("median_days"); j.number(row.medianDays)
            j.close("}")
        }
        j.close("]")
        j.close("}")
        return j.out
    }

    /// The scope's `CadenceText` while `cadence` still holds the rows it was made from.
    var sharedCadence: CadenceText? {
        guard let text = cadenceText, text.rows == cadence else { return nil }
        return text
    }

    static func cadenceJSON(_ cadence: [CadenceRow]) -> JSONValue {
        .array(cadence.map { row in
            .object([("unit", .string(row.unit)),
                     ("last_meeting", row.lastMeeting.map { .string($0.description) } ?? .null),
                     ("days_since", row.daysSince.map(JSONValue.int) ?? .null),
                     ("flagged", .bool(row.flagged))])
        })
    }
}

extension Figures {
    /// One row per figure: `figure,value,numerator,denominator`; rates fill all three. The
    /// period, the scope and the as-of date come first, as in the JSON.
    public var csvRows: [[String]] {
        var rows: [[String]] = []
        eachCSVRow { rows.append([$0, $1, $2, $3]) }
        return rows
    }

    /// Hands over the rows of `csvRows` one at a time. `cadence` may write the cadence rows
    /// itself, returning true, in which case they are not handed over.
    func eachCSVRow(_ row: (String, String, String, String) -> Void, cadence: () -> Bool = { false }) {
        func add(_ name: String, _ value: String) { row(name, value, "", "") }
        func add(_ name: String, _ r: Rate) {
            row(name, r.value.map { JSONValue.double($0).serialized() } ?? "", String(r.numerator), String(r.denominator))
        }
        func num(_ d: Double?) -> String { d.map { JSONValue.double($0).serialized() } ?? "" }
        // What the figures are of, as the JSON says it: a CSV forwarded on its own is still dated.
        add("period", period.description)
        switch scope {
        case .site: add("scope.kind", "site")
        case .unit(let id): add("scope.kind", "unit"); add("scope.id", id)
        case .department(let id): add("scope.kind", "department"); add("scope.id", id)
        }
        add("as_of", asOf.description)
        add("meetings", String(meetings.value))
        add("attendances", String(attendances))
        for c in attendanceByCategory { add("attendance_by_category.\(c.name)", String(c.count)) }
        add("leaders_present", String(leadersPresent))
        add("coverage", coverage)
        add("departments_involved", String(departmentsInvolved.value))
        add("items_raised.total", String(itemsRaised.value))
        for k in ItemKind.allCases { add("items_raised.\(k.rawValue)", String(itemsRaisedByKind[k]?.value ?? 0)) }
        add("items_resolved", String(itemsResolved.value))
        add("response_rate", responseRate)
        add("resolution_rate", resolutionRate)
        add("dispute_resolution_rate", disputeResolutionRate)
        add("on_time_rate", onTimeRate)
        add("on_time_rate_original", onTimeRateOriginal)
        add("overdue", String(overdue.value))
        add("days_to_resolve.median", num(daysToResolve.median))
        add("days_to_resolve.p90", daysToResolve.p90.map(String.init) ?? "")
        add("satisfaction_rate", satisfactionRate)
        add("funds_secured", String(fundsSecured))
        if !cadence() { Figures.eachCadenceRow(self.cadence, row) }
        for d in departments {
            add("departments.\(d.department).assigned", String(d.assigned.value))
            add("departments.\(d.department).resolved", String(d.resolved.value))
            add("departments.\(d.department).on_time_rate", d.onTimeRate)
            add("departments.\(d.department).overdue", String(d.overdue.value))
            add("departments.\(d.department).median_days", num(d.medianDays))
        }
    }

    static func eachCadenceRow(_ cadence: [CadenceRow], _ row: (String, String, String, String) -> Void) {
        for c in cadence {
            row("cadence.\(c.unit).last_meeting", c.lastMeeting?.description ?? "", "", "")
            row("cadence.\(c.unit).days_since", c.daysSince.map(String.init) ?? "", "", "")
            row("cadence.\(c.unit).flagged", c.flagged ? "true" : "false", "", "")
        }
    }

    public static let csvHeader = ["figure", "value", "numerator", "denominator"]

    /// `CSV.document(header: csvHeader, rows: csvRows)`, written straight into one byte buffer:
    /// a build writes thousands of these, and the cadence rows come ready from the scope's
    /// `CadenceText`.
    public var csv: String {
        var out = CSV.Writer(header: Figures.csvHeader, capacity: (cadenceText?.csv.utf8.count ?? 0) + 4096)
        eachCSVRow({ a, b, c, d in
            out.field(a); out.field(b); out.field(c); out.field(d)
            out.endRow()
        }, cadence: {
            guard let shared = sharedCadence else { return false }
            out.appendLines(shared.csv)
            return true
        })
        return out.text
    }
}

/// A scope's cadence rows as the exports write them, made once per scope: every report of the
/// scope lists the same rows (they depend on the as-of date only), and on a large scope they
/// are most of the report's CSV and JSON.
public final class CadenceText: Sendable {
    /// The rows the texts were made from; a report uses the texts only for these same rows.
    let rows: [CadenceRow]
    /// The CSV lines, CRLF included.
    let csv: String
    /// The JSON array, and as written at depth 1, the depth it has in a report, and on one
    /// line (stats.json).
    let value: JSONValue
    let json: [UInt8]
    let compactJSON: [UInt8]

    init(_ rows: [CadenceRow]) {
        self.rows = rows
        var csv = ""
        Figures.eachCadenceRow(rows) { CSV.appendLine($0, $1, $2, $3, to: &csv) }
        self.csv = csv
        value = Figures.cadenceJSON(rows)
        json = value.serializedUTF8(indent: 1)
        compactJSON = value.serializedUTF8(indent: nil)
    }
}
