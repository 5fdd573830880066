import YishiCore

/// The pre-filled files `yishi new` writes: every field a secretary may need, each with a
/// comment in Chinese saying what goes there. Apart from the blanks (请填写…), which `check`
/// names until they are filled in, they pass `yishi check` as written. Nothing that would be
/// published unfilled is written as a value: what only the secretary knows (the time, the
/// venue, who raised a matter, who answers for it, where it stands) is a blank, not a likely
/// answer that would go out as fact; counts a meeting may not have taken (the vote, attendance
/// by category) and a due date are commented out, not zeros or a date nobody set.
enum FileTemplates {
    /// - Parameter openItems: the unit's matters still open, listed under a commented-out
    ///   `updates:` so that the progress the meeting hears on them (its agenda's first point)
    ///   is recorded where the figures count it, not only in the minutes' text.
    static func meeting(date: Day, unit: String, unitName: String, firstItemID: String, settings: SiteSettings,
                        openItems: [(id: String, title: String)] = []) -> String {
        let category = settings.categories.first ?? "其他"
        return """
        ---
        \(whenAndWhere(date: date, unit: unit, unitName: unitName, settings: settings, announced: false))
        # 参会人次：total 是总数；分类人次可以自己命名，合计不能超过 total
        # （要写分类时去掉行首的 #，如居民 residents、党员 party_members、干部 officials）
        attendance:
          total: 请填写参会总人次
          # residents: 0
          # party_members: 0
          # officials: 0
        # 到会的部门编号（见 content/departments.yml），用英文逗号分开，如 [zhujian, caizheng]
        departments: []
        # 到会领导，只写职务，如 [区委书记]
        leaders: []
        # 议题：一事一议一决，每个议题一段，以 "- id:" 开头
        items:
          - id: \(firstItemID)
            # 议题名称
            title: 请填写议题
            # 类型：问题诉求 / 意见建议 / 矛盾纠纷
            kind: 请填写类型
            # 类别（见 site.yml 中的 categories，如“\(category)”）；不分类就删掉这一行
            category: 请填写类别
            # 缓急：小事 / 一般 / 大事 / 急事
            urgency: 一般
            # 提出人：写身份，如“安置区居民代表”，不写个人姓名和电话
            raised_by: 请填写提出人的身份
            # 会议决定：采取什么措施
            decision: 请填写会议决定
            # 表决结果：有表决时去掉下一行行首的 #，填上赞成、反对、弃权票数
            # vote: {for: 0, against: 0, abstain: 0}
            # 责任部门或单位的编号（见 content/departments.yml 和 units.yml）；本村（社区）自己负责的写 \(unit)
            owner: 请填写责任单位编号
            # 办理期限，格式 年-月-日：会上定了期限就去掉下一行行首的 #，改成定下的日期；
            # 不写则按本站规定，提出后 \(settings.defaultDueDays) 天内办结，网页上标明“默认”
            # due: \(date.adding(days: settings.defaultDueDays))
            # 状态：征集 / 已受理 / 办理中 / 已办结 / 不予受理 / 转办 / 暂缓
            status: 请填写状态
        \(reported(openItems))
        # 结果公示日期（公示后再填，格式 年-月-日）
        # publicized: \(date.adding(days: 2))
        ---
        ## 议程

        请填写议程：会上依次议了哪些事，如 1. 通报上次会议议题办理情况 2. 听取居民意见 3. 议定事项。

        ## 会议记录

        请填写会议记录：谁以什么身份说了什么，会议议定了什么。不要写个人电话和身份证号。

        """
    }

    /// The fields a meeting held and one announced both begin with: its title, date and time,
    /// unit, platform and format, venue and host. The site's lists are offered, none chosen:
    /// the first of them, written in, would be published as this meeting's own whether it was
    /// or not. `announced`: a time is asked for, not offered to be left out.
    static func whenAndWhere(date: Day, unit: String, unitName: String, settings: SiteSettings, announced: Bool) -> String {
        let platforms = settings.platforms.isEmpty ? "" : "（\(settings.platforms.joined(separator: "、"))）"
        let formats = settings.formats.isEmpty ? "" : "（\(settings.formats.joined(separator: "、"))）"
        return """
        # 会议标题：写清楚地点和主题
        title: \(unitName)协商议事会
        # 会议日期，格式 年-月-日
        date: \(date)
        # 开始和结束时间，如 "19:30-21:00"，请保留英文引号\(announced ? "" : "；不写时间就删掉这一行")
        time: "请填写时间"
        # 召开会议的单位编号（见 content/units.yml）
        unit: \(unit)
        # 议事平台和形式：从 content/site.yml 的 platforms\(platforms)和 formats\(formats)中各选一个；不写就删掉那一行
        platform: 请填写议事平台
        format: 请填写议事形式
        # 会议地点和主持人（主持人写职务，\(announced ? "" : "如“村党支部书记”，")不写个人姓名）
        venue: 请填写会议地点
        host: 请填写主持人的职务
        """
    }

    /// A meeting still to come: what the home page and the unit's page announce (time, place,
    /// agenda), so that residents can come and bring their matters; nothing that only a
    /// meeting held has (attendance, decisions, minutes), which `check` would warn of.
    static func announcement(date: Day, unit: String, unitName: String, settings: SiteSettings) -> String {
        """
        ---
        # 会议预告：这次会议还没有开。网站首页和本单位的页面会公布时间、地点和议程，请群众带着问题来。
        # 开完会后，在这份文件里补上参会人次（attendance）、议题（items）和会议记录（写法见说明中“A meeting”一节）
        \(whenAndWhere(date: date, unit: unit, unitName: unitName, settings: settings, announced: true))
        # 议程：准备议的事，每项一行，以 "- " 开头
        agenda:
          - 请填写议程
        ---

        """
    }

    /// The commented-out `updates:` of a meeting's file: one entry per open matter (at most
    /// 30), each ready to be switched on by deleting the `# ` at the start of its lines.
    static func reported(_ openItems: [(id: String, title: String)]) -> String {
        guard !openItems.isEmpty else {
            return "# （本单位目前没有未办结的议题。会上通报以前议题的进展时，在这里顶格写一行 updates:，" +
                "下面每条以 \"  - item: 议题编号\" 开头，再写 status 和 note，各比 - 多缩进 2 格）"
        }
        let entries = openItems.prefix(30).map { "#   - item: \($0.id)    # \($0.title)\n#     status: 办理中\n#     note: 请填写办理情况" }
        return """
        # 会上通报的以前议题的办理进展：通报了哪一条，就去掉那一条三行行首的 #，改写状态和情况说明；
        # 也去掉 updates: 行首的 #。没有通报的条目不用管
        # updates:
        """ + "\n" + entries.joined(separator: "\n")
    }

    static func update(date: Day, unit: String, openItems: [(id: String, title: String)]) -> String {
        let list = openItems.prefix(30).map { "#   \($0.id)  \($0.title)" }.joined(separator: "\n")
        let open = openItems.isEmpty ? "# （本单位目前没有未办结的议题）" : "# 本单位未办结的议题：\n" + list
        let first = openItems.first?.id ?? "请填写议题编号"
        return """
        ---
        # 文件类型：办理进展（不是会议纪要；放错文件夹也不会被算作一次会议）
        kind: update
        # 进展标题
        title: 议题办理进展
        # 进展日期，格式 年-月-日；不能早于议题提出的日期
        date: \(date)
        # 报送进展的单位或部门编号
        unit: \(unit)
        # 每条进展一段，以 "- item:" 开头，item 写议题编号
        \(open)
        updates:
          - item: \(first)
            # 状态：办理中 / 已办结 / 暂缓 / 转办 / 不予受理
            status: 请填写状态
            # 情况说明（暂缓、转办、不予受理必须写明理由）
            note: 请填写办理情况
            # 新的办理期限：改为暂缓（或延期）时去掉下一行行首的 #，改成定下的日期，格式 年-月-日
            # due: \(date.adding(days: 30))
            # 群众评价（办结后回访再填）：满意 / 基本满意 / 不满意
            # satisfaction: 满意
        # 下面一行 --- 之后可以补充说明办理经过（会公开发布），不需要可以空着
        ---

        """
    }
}
