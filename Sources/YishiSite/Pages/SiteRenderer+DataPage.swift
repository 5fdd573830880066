import YishiCore

extension SiteRenderer {
    /// The open data's front page: each file with what one row is and what every column means,
    /// the English codes the coded columns hold with the words the pages show for them, and
    /// stats.json's keys with the figures' own names and definitions. Someone who downloads the
    /// files to check a figure should not have to guess that `in_progress` is 办理中 or that
    /// `due` is the deadline as of the as-of date.
    ///
    /// The columns come from `OpenData`'s lists, the same ones the CSV headers are written
    /// from, so this page cannot describe a column the files do not have.
    func dataPage() -> String {
        func columns(_ file: String, _ names: [String]) -> Context {
            ["anchor": "\(file)-csv", "name": "\(file).csv", "title": theme.string("data.\(file)"),
             "rows": theme.string("data.rows.\(file)"),
             "columns": names.map { ["name": $0, "meaning": theme.string("data.columns.\(file).\($0)")] as Context }]
        }
        let files = [columns("meetings", OpenData.meetingColumns), columns("items", OpenData.itemColumns),
                     columns("updates", OpenData.updateColumns), columns("units", OpenData.unitColumns),
                     columns("departments", OpenData.departmentColumns)]
        // The coded columns; status and satisfaction hold the same codes in items.csv and updates.csv.
        // meetings.csv's attendance_by_category names the usual categories by code too (a site's
        // own names are its own words, as written); the page lists the usual ones, not what the
        // minutes hold, so that an edit to one meeting's attendance leaves it as it is.
        let coded: [Context] = [("kind", "kind", ItemKind.allCases.map(\.rawValue)), ("urgency", "urgency", Urgency.allCases.map(\.rawValue)),
                                ("status", "status", ItemStatus.allCases.map(\.rawValue)),
                                ("satisfaction", "satisfaction", Satisfaction.allCases.map(\.rawValue)),
                                ("attendance_by_category", "attendance", AttendanceCategory.allCases.map(\.rawValue))]
            .map { column, group, codes in
                ["column": column, "codes": codes.map { ["code": $0, "meaning": label(group, $0)] as Context }]
            }
        let frame: [String] = ["period", "scope", "as_of"]
        let keys: [Context] = frame.map { key in ["key": key, "name": theme.string("data.stats_keys." + key), "definition": false] }
            + Figures.jsonKeys.map { key in
                ["key": key, "name": figureText(key, "name", .site), "definition": figureText(key, "definition", .site),
                 "has_row_keys": Figures.rowKeys[key] != nil,
                 "row_keys": (Figures.rowKeys[key] ?? []).map { ["key": $0, "meaning": theme.string("data.row_keys.\(key).\($0)")] as Context }]
            }
        return theme.render("data", base(root: "../", title: theme.string("data.title"))
            .adding(["files": files, "coded": coded, "stats_keys": keys]))
    }
}
