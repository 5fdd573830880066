import YishiCore

/// What to say about a unit or department id on the command line that the site does not
/// know: the id, when a name was written (`--unit 龙江村`); the other option, when it names the
/// other kind (`--unit zhujian`, a department); else the closest id or the one name it is part
/// of, as `check` answers the same slips in the content.
enum ScopeNames {
    enum Kind { case unit, department }

    /// `pointsToOther`: whether the command has the other option to point to.
    static func unknown(_ written: String, as kind: Kind, in content: Content, language: Language, pointsToOther: Bool = true) -> String {
        let units = content.units.units, departments = content.departments
        let (ids, names): ([String], [String: String]) = kind == .unit
            ? (units.map(\.id), Dictionary(units.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a }))
            : (departments.map(\.id), Dictionary(departments.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a }))
        let idKind: Message.IDKind = kind == .unit ? .unit : .department
        if let id = names[written] {
            return Message.nameInsteadOfID(kind: idKind, name: written, id: id).text(in: language)
        }
        let otherIsKnown = kind == .unit ? content.department(written) != nil : content.units.contains(written)
        if pointsToOther, otherIsKnown {
            return kind == .unit
                ? language.pick(zh: "'\(written)' 是部门，不是单位：请用 --department \(written)", en: "'\(written)' is a department, not a unit: use --department \(written)")
                : language.pick(zh: "'\(written)' 是单位，不是部门：请用 --unit \(written)", en: "'\(written)' is a unit, not a department: use --unit \(written)")
        }
        let suggestion = Suggestion.closest(to: written, in: ids) ?? Suggestion.byPartOfName(written, in: names)
        let sug = suggestion.map { language.pick(zh: "（是不是 '\($0)'？）", en: " (did you mean '\($0)'?)") } ?? ""
        return kind == .unit
            ? language.pick(zh: "未知的单位 '\(written)'\(sug)；单位编号见 content/units.yml", en: "unknown unit '\(written)'\(sug); unit ids are in content/units.yml")
            : language.pick(zh: "未知的部门 '\(written)'\(sug)；部门编号见 content/departments.yml", en: "unknown department '\(written)'\(sug); department ids are in content/departments.yml")
    }
}
