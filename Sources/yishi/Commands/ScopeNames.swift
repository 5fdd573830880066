import YishiCore

/// What to say about a unit or department id on the command line that the site does not
/// know: what `check` says of the same slip in the content (a name answered with its id, else
/// the closest id), or, when it names the other kind (`--unit zhujian`, a department), the
/// other option.
enum ScopeNames {
    /// `kind`: `.unit` or `.department`. `pointsToOther`: whether the command has the other
    /// option to point to.
    static func unknown(_ written: String, as kind: Message.IDKind, in content: Content, language: Language,
                        pointsToOther: Bool = true) -> String {
        let isUnit = kind == .unit
        if pointsToOther, isUnit ? content.department(written) != nil : content.units.contains(written) {
            return isUnit
                ? language.pick(zh: "'\(written)' 是部门，不是单位：请用 --department \(written)", en: "'\(written)' is a department, not a unit: use --department \(written)")
                : language.pick(zh: "'\(written)' 是单位，不是部门：请用 --unit \(written)", en: "'\(written)' is a unit, not a department: use --unit \(written)")
        }
        let names = isUnit ? content.units.units.map { ($0.name, $0.id) } : content.departments.map { ($0.name, $0.id) }
        let byName = Dictionary(names, uniquingKeysWith: { a, _ in a })
        let message = Validator.unknownReference(written, kind, byName: { byName[written] }, ids: { names.map(\.1) }, names: { byName })
        guard case .unknownReference = message else { return message.text(in: language) }
        return message.text(in: language) + (isUnit
            ? language.pick(zh: "；单位编号见 content/units.yml", en: "; unit ids are in content/units.yml")
            : language.pick(zh: "；部门编号见 content/departments.yml", en: "; department ids are in content/departments.yml"))
    }
}
