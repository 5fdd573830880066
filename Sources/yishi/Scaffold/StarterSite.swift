import YishiCore

/// The content `yishi init` writes: small, valid, and meant to be edited.
enum StarterSite {
    static let files: [String: String] = [
        "content/site.yml": """
        # 网站设置
        title: 示例社区协商议事公开栏
        locale: zh-Hans            # 界面语言：zh-Hans、zh-Hant 或 en
        base_url: \(SiteSettings.starterBaseURL)   # 改成本站发布后的网址：公示上的二维码指向这里
        timezone: Asia/Shanghai
        rules:
          cadence_days: 61         # 超过这么多天没有开会的村（社区）会被标出（每2个月至少1次）
          default_due_days: 30     # 没写办理期限的议题，默认提出后这么多天内办结
        privacy:
          allow: ["\(SiteSettings.starterHotline)"] # 可以公开的电话号码（官方热线）
        notice:
          days: 7                  # 公示期（天）
          hotline: "\(SiteSettings.starterHotline)" # 改成本地的监督电话，印在每张公示上
        categories: [基础设施, 人居环境, 公共服务, 矛盾纠纷, 其他]
        platforms: [协商议事]
        formats: [集中畅谈, 专题座谈, 入户访谈, 板凳会]

        """,
        "content/units.yml": """
        # 单位：区 → 街道/镇 → 村/社区。id 只用英文字母、数字和 - 。
        - id: demo-district
          name: 示例区
          level: 区
          children:
            - id: demo-town
              name: 示例镇
              level: 镇
              children:
                - id: east-village
                  name: 东村
                  level: 村
                - id: west-village
                  name: 西村
                  level: 村
                - id: garden-community
                  name: 花园社区
                  level: 社区
                  # 新设或撤并的单位可写：since: 设立日期；until: 存续的最后一天；merged_into: 并入的单位 id

        """,
        "content/departments.yml": """
        # 可以承办议题的部门
        - id: housing
          name: 区住建局
        - id: water
          name: 区水务局
        - id: civil-affairs
          name: 区民政局

        """,
        "content/meetings/2026/2026-03-12-east-village.md": """
        ---
        title: 东村村道路灯问题议事会
        date: 2026-03-12
        time: "19:30-21:00"
        unit: east-village
        platform: 协商议事
        format: 板凳会
        venue: 村委会门口
        host: 村党支部书记
        attendance:
          total: 26
          residents: 18
          party_members: 4
          officials: 4
        departments: [housing]
        leaders: []
        items:
          - id: EV-2026-001
            title: 村东主干道路灯不亮
            kind: 问题诉求
            category: 基础设施
            urgency: 一般
            raised_by: 村东片区居民代表
            decision: 由区住建局牵头更换路灯
            vote: {for: 24, against: 0, abstain: 2}
            owner: housing
            due: 2026-04-15
            status: 已受理
          - id: EV-2026-002
            title: 垃圾收集点位置调整
            kind: 意见建议
            category: 人居环境
            urgency: 小事
            raised_by: 村民小组长
            decision: 当场商定移至村口空地
            owner: east-village
            status: 已办结
            satisfaction: 满意
        publicized: 2026-03-14
        ---
        ## 议程

        1. 听取居民对村东路灯的意见
        2. 商议垃圾收集点位置

        ## 会议记录

        村东片区居民代表反映主干道路灯已有两个月不亮，夜间出行不便。区住建局到会同志表示一个月内更换。

        """,
        "content/meetings/2026/2026-04-20-east-village.md": """
        ---
        title: 东村议事会（四月）
        date: 2026-04-20
        time: "19:30-20:30"
        unit: east-village
        platform: 协商议事
        format: 集中畅谈
        venue: 村委会会议室
        host: 村委会主任
        attendance:
          total: 20
          residents: 15
          officials: 5
        departments: [housing]
        items: []
        updates:
          - item: EV-2026-001
            status: 已办结
            note: 村东主干道12盏路灯已全部更换
            satisfaction: 满意
        publicized: 2026-04-22
        ---
        ## 上次议题办理情况

        区住建局通报：村东主干道路灯已于4月10日全部更换完毕，经回访居民表示满意。

        """,
    ]
}
