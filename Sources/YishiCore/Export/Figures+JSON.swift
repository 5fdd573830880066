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
            ("cadence", .array(cadence.map { row in
                .object([("unit", .string(row.unit)),
                         ("last_meeting", row.lastMeeting.map { .string($0.description) } ?? .null),
                         ("days_since", row.daysSince.map(JSONValue.int) ?? .null),
                         ("flagged", .bool(row.flagged))])
            })),
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
}

extension Figures {
    /// One row per figure: `figure,value,numerator,denominator`; rates fill all three.
    public var csvRows: [[String]] {
        var rows: [[String]] = []
        func add(_ name: String, _ value: String) { rows.append([name, value, "", ""]) }
        func add(_ name: String, _ r: Rate) {
            rows.append([name, r.value.map { JSONValue.double($0).serialized() } ?? "", String(r.numerator), String(r.denominator)])
        }
        func num(_ d: Double?) -> String { d.map { JSONValue.double($0).serialized() } ?? "" }
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
        for c in cadence {
            add("cadence.\(c.unit).last_meeting", c.lastMeeting?.description ?? "")
            add("cadence.\(c.unit).days_since", c.daysSince.map(String.init) ?? "")
            add("cadence.\(c.unit).flagged", c.flagged ? "true" : "false")
        }
        for d in departments {
            add("departments.\(d.department).assigned", String(d.assigned.value))
            add("departments.\(d.department).resolved", String(d.resolved.value))
            add("departments.\(d.department).on_time_rate", d.onTimeRate)
            add("departments.\(d.department).overdue", String(d.overdue.value))
            add("departments.\(d.department).median_days", num(d.medianDays))
        }
        return rows
    }

    public static let csvHeader = ["figure", "value", "numerator", "denominator"]

    public var csv: String { CSV.document(header: Figures.csvHeader, rows: csvRows) }
}
