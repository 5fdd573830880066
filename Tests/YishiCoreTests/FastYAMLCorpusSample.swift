// Generated once from a 10 000-meeting corpus made by Benchmarks/gen-corpus.py: the front
// matter of every 500th meeting and every 200th update, and the settings files, as the
// differential test of FastYAML reads them.

/// Front matter as the benchmark corpus writes it, for `FastYAMLTests`.
enum FastYAMLCorpusSample {
    static let texts: [(file: String, yaml: String)] = [
        ("meetings/2022/2022-01-01-baijing-2.md", #"""
title: 柏荆社区2022年第二次月月恳谈会
date: 2022-01-01
time: "19:00-20:30"
unit: baijing
platform: 月月恳谈会
format: 入户访谈
venue: 榕树下
host: 社区党支部书记
attendance:
  total: 90
  residents: 67
  party_members: 8
  officials: 5
departments: [jiaoyu, chengguan, gongdian]
leaders: [镇长]
items:
  - id: BJ-2022-004
    title: 柏荆二组承包地流转租金纠纷
    kind: 纠纷
    category: 矛盾纠纷
    urgency: normal
    raised_by: 村民代表
    decision: 由区司法局会同人民调解员上门调处
    vote: {for: 51, against: 7, abstain: 27}
    owner: sifa
    due: 2022-06-06
    status: 已受理
  - id: BJ-2022-005
    title: 西片农田灌溉设施老化
    kind: suggestion
    category: 产业发展
    urgency: 一般
    raised_by: 返乡创业青年
    decision: 由区人社局申报项目资金，改造配套设施
    vote: {for: 70, against: 1, abstain: 5}
    owner: renshe
    due: 2022-06-18
    status: 已解决
    note: 当场答复，已办结，结果在公开栏公示
    satisfaction: satisfied
  - id: BJ-2022-006
    title: 后山红白喜事大操大办
    kind: problem
    category: 其他
    urgency: 一般
    raised_by: 个体工商户代表
    status: proposed
  - id: BJ-2022-007
    title: 七组公厕年久失修
    kind: problem
    category: 基础设施
    urgency: major
    raised_by: 村民小组长
    decision: 由区供电所牵头维修，1月底前完成
    owner: gongdian
    due: 2022-04-27
    status: deferred
    note: 需进一步征求相邻住户意见，暂缓实施
  - id: BJ-2022-008
    title: 柏荆三组监控探头损坏
    kind: 意见建议
    category: 平安建设
    urgency: normal
    raised_by: 妇女代表
    decision: 由区供电所组织排查，建立隐患台账
    vote: {for: 58, against: 8, abstain: 23}
    owner: gongdian
    due: 2022-01-24
    status: 处置中
  - id: BJ-2022-009
    title: 七栋物业费收取引发矛盾
    kind: dispute
    category: 矛盾纠纷
    urgency: 一般
    raised_by: 退休教师
    status: 不予受理
    note: 不属于本级议事范围，已向群众说明政策依据
publicized: 2022-01-02
"""#),
        ("meetings/2022/2022-03-30-yangqiu.md", #"""
title: 杨秋村3月月月恳谈会
date: 2022-03-30
time: "09:30-11:30"
unit: yangqiu
platform: 月月恳谈会
format: 专题座谈
venue: 小区广场
host: 驻村第一书记
agenda:
  - 小区南门青苗补偿标准不清楚
  - 八组排水沟堵塞
  - 文化广场垃圾清运不及时
attendance:
  total: 105
  residents: 71
  party_members: 3
  officials: 9
departments: [ziran, jiaoyu, minzheng, sifa]
leaders: [镇长]
items:
  - id: YQ4-2022-003
    title: 小区南门青苗补偿标准不清楚
    kind: 问题
    category: 征地拆迁
    urgency: urgent
    raised_by: 家长代表
    decision: 由区自然资源局召开专题说明会，逐户解释政策
    vote: {for: 98, against: 1, abstain: 3}
    owner: ziran
    status: 已解决
    note: 当场答复，问题已解决，网格员入户回访
  - id: YQ4-2022-004
    title: 八组排水沟堵塞，暴雨后倒灌
    kind: problem
    category: 基础设施
    urgency: 一般
    raised_by: 返乡创业青年
    status: 不予受理
    note: 所提事项已有生效判决，不再作为议事事项
  - id: YQ4-2022-005
    title: 文化广场垃圾清运不及时，异味扰民
    kind: 建议
    category: 人居环境
    urgency: 一般
    raised_by: 退休教师
    decision: 由区城管局组织清淤整治，建立长效管护机制
    owner: chengguan
    due: 2022-07-21
    status: resolved
    note: 当场答复，已按期完成，群众代表现场验收
    satisfaction: 满意
publicized: 2022-04-01
"""#),
        ("meetings/2022/2022-06-27-yinfu.md", #"""
title: 银芙村宅上议·入户访谈
date: 2022-06-27
time: "19:00-20:30"
unit: yinfu
platform: 宅上议
format: 入户访谈
venue: 村民小组会议室
host: 村委会主任
attendance:
  total: 29
  residents: 16
  party_members: 2
  officials: 1
  representatives: 3
departments: [ziran, gongdian, chengguan, zhujian]
items:
  - id: YF2-2022-008
    title: 老屋场老旧房屋存在倒塌风险
    kind: 问题诉求
    category: 平安建设
    urgency: 急事
    raised_by: 楼栋长
    decision: 由区城管局修复监控设备，纳入网格化管理
    owner: chengguan
    due: 2022-12-22
    status: 已受理
  - id: YF2-2022-009
    title: 银芙新村安置房分配方案有疑问
    kind: 问题诉求
    category: 征地拆迁
    urgency: 小事
    raised_by: 青年代表
    decision: 由区自然资源局召开专题说明会，逐户解释政策
    owner: ziran
    status: resolved
    note: 当场答复，已按期完成，群众代表现场验收
    satisfaction: satisfied
  - id: YF2-2022-010
    title: 老街电动车飞线充电
    kind: suggestion
    category: 平安建设
    urgency: 一般
    raised_by: 外来务工人员代表
    decision: 由区供电所增设安全设施，加强日常巡查
    vote: {for: 22, against: 0, abstain: 3}
    owner: gongdian
    due: 2022-09-26
    status: 已受理
updates:
  - item: YF2-2022-006
    status: resolved
    satisfaction: satisfied
    note: 已按期完成，群众代表现场验收
  - item: YF2-2022-005
    status: resolved
    satisfaction: 满意
    note: 整改到位，已恢复正常使用
publicized: 2022-06-30
"""#),
        ("meetings/2022/2022-09-23-dagao.md", #"""
title: 大高村关于小区南门夜间治安巡逻不足的板凳会
date: 2022-09-23
time: "19:00-21:00"
unit: dagao
platform: 宅上议
format: 板凳会
venue: 文化广场
host: 驻村第一书记
attendance:
  total: 106
  residents: 71
  party_members: 11
  officials: 7
departments: [wenlv, minzheng, shichang]
items:
  - id: DG-2022-026
    title: 小区南门夜间治安巡逻不足
    kind: 问题
    category: 平安建设
    urgency: normal
    raised_by: 志愿者代表
    decision: 由大高村组织排查，建立隐患台账
    owner: dagao
    due: 2023-03-03
    status: 办理中
  - id: DG-2022-027
    title: 三号楼楼上漏水引发邻里纠纷
    kind: 矛盾纠纷
    category: 矛盾纠纷
    urgency: normal
    raised_by: 网格员
    decision: 由大高村组织双方调解，签订调解协议
    vote: {for: 61, against: 9, abstain: 7}
    owner: dagao
    due: 2022-12-07
    status: 立项
  - id: DG-2022-028
    title: 七组河边缺少防溺水警示牌
    kind: 问题
    category: 平安建设
    urgency: major
    raised_by: 退休教师
    decision: 由区司法局开展专项整治，限期清理隐患
    vote: {for: 82, against: 6, abstain: 18}
    owner: sifa
    due: 2023-03-16
    status: 立项
  - id: DG-2022-029
    title: 建议大高发展乡村民宿
    kind: suggestion
    category: 产业发展
    urgency: 一般
    raised_by: 退休教师
    decision: 由区市场监管局制定扶持方案，村集体参与运营
    vote: {for: 99, against: 0, abstain: 3}
    owner: shichang
    due: 2022-12-15
    status: 立项
    funds: 1688000
  - id: DG-2022-030
    title: 三组燃气管道老化
    kind: problem
    category: 平安建设
    urgency: minor
    raised_by: 老党员
    decision: 由区供电所增设安全设施，加强日常巡查
    vote: {for: 56, against: 4, abstain: 17}
    owner: gongdian
    status: 已办结
    note: 当场答复，已按期完成，群众代表现场验收
    satisfaction: 基本满意
publicized: 2022-09-25
"""#),
        ("meetings/2022/2022-12-18-baidong.md", #"""
title: 白东村2022年第五次云溪夜话
date: 2022-12-18
time: "09:30-11:00"
unit: baidong
platform: 云溪夜话
format: 定点接谈
venue: 新时代文明实践站
host: 村委会主任
attendance:
  total: 52
  residents: 37
  party_members: 2
  officials: 5
  representatives: 1
departments: [ziran, nongye]
leaders: [镇长, 镇党委书记]
items:
  - id: BD-2022-014
    title: 祠堂边道路坑洼积水，雨天难走
    kind: problem
    category: 基础设施
    urgency: 一般
    raised_by: 老年协会会长
    decision: 由区供电所牵头维修，1月底前完成
    vote: {for: 48, against: 1, abstain: 1}
    owner: gongdian
    due: 2023-06-15
    status: accepted
  - id: BD-2022-015
    title: 小区北门茶园缺少机耕道
    kind: 问题
    category: 产业发展
    urgency: normal
    raised_by: 返乡创业青年
    decision: 由区农业农村局申报项目资金，改造配套设施
    owner: nongye
    due: 2023-04-12
    status: 已办结
    note: 当场答复，已按期完成，群众代表现场验收
    satisfaction: 满意
  - id: BD-2022-016
    title: 五组集体土地收益分配不公开
    kind: 问题诉求
    category: 征地拆迁
    urgency: minor
    raised_by: 返乡创业青年
    decision: 由区自然资源局复核标准，按程序报批后执行
    vote: {for: 27, against: 0, abstain: 7}
    owner: ziran
    due: 2023-01-29
    status: 已受理
  - id: BD-2022-017
    title: 白东九栋安置房分配方案有疑问
    kind: 建议
    category: 征地拆迁
    urgency: normal
    raised_by: 居民代表
    decision: 由区自然资源局召开专题说明会，逐户解释政策
    vote: {for: 36, against: 4, abstain: 2}
    owner: ziran
    due: 2023-01-09
    status: accepted
  - id: BD-2022-018
    title: 安置区流浪犬只增多
    kind: 问题
    category: 人居环境
    urgency: minor
    raised_by: 个体工商户代表
    decision: 由区农业农村局组织清淤整治，建立长效管护机制
    owner: nongye
    due: 2023-03-30
    status: 已受理
updates:
  - item: BD-2022-011
    status: 已解决
    satisfaction: 满意
    note: 整改到位，已恢复正常使用
publicized: 2022-12-21
"""#),
        ("meetings/2023/2023-03-15-jiangping.md", #"""
title: 江平村3月月月恳谈会
date: 2023-03-15
time: "19:00-21:00"
unit: jiangping
platform: 月月恳谈会
format: 定点接谈
venue: 社区议事厅
host: 村党总支书记
attendance:
  total: 34
  residents: 22
  party_members: 4
  officials: 3
  representatives: 5
departments: [ziran, zhujian]
leaders: [街道党工委书记]
items:
  - id: JP3-2023-001
    title: 江平老年食堂选址建议
    kind: 意见建议
    category: 公共服务
    urgency: 一般
    raised_by: 老党员
    decision: 由区教育局评估需求，纳入明年民生实事项目
    vote: {for: 29, against: 0, abstain: 4}
    owner: jiaoyu
    due: 2023-06-13
    status: 已受理
  - id: JP3-2023-002
    title: 江平公开栏信息更新不及时
    kind: problem
    category: 其他
    urgency: 大事
    raised_by: 志愿者代表
    decision: 由区市场监管局组织志愿者落实，定期反馈
    owner: shichang
    due: 2023-05-12
    status: 已解决
    note: 当场答复，整改到位，已恢复正常使用
    satisfaction: satisfied
  - id: JP3-2023-003
    title: 江平九栋安置房分配方案有疑问
    kind: 建议
    category: 征地拆迁
    urgency: minor
    raised_by: 养殖户代表
    decision: 由区住建局核对补偿清单，张榜公示后发放
    vote: {for: 29, against: 0, abstain: 1}
    owner: zhujian
    due: 2023-03-24
    status: 立项
    funds: 1957000
  - id: JP3-2023-004
    title: 六组电动车飞线充电
    kind: problem
    category: 平安建设
    urgency: normal
    raised_by: 村民代表
    decision: 由区司法局增设安全设施，加强日常巡查
    vote: {for: 26, against: 1, abstain: 2}
    owner: sifa
    due: 2023-07-01
    status: 立项
  - id: JP3-2023-005
    title: 江平后山养殖污水直排
    kind: 问题诉求
    category: 人居环境
    urgency: major
    raised_by: 物业业主代表
    decision: 由江平村督促整改，限期拆除违规设施
    owner: jiangping
    due: 2023-07-09
    status: 处置中
publicized: 2023-03-19
"""#),
        ("meetings/2023/2023-06-06-xixiao.md", #"""
title: 溪小社区2023年第一次月月恳谈会
date: 2023-06-06
time: "19:00-21:00"
unit: xixiao
platform: 月月恳谈会
format: 板凳会
venue: 新时代文明实践站
host: 社区居委会主任
attendance:
  total: 44
  residents: 32
  party_members: 2
  officials: 3
departments: [caizheng, nongye]
leaders: [镇长]
items:
  - id: XX2-2023-001
    title: 西片垃圾清运不及时，异味扰民
    kind: 意见建议
    category: 人居环境
    urgency: normal
    raised_by: 志愿者代表
    decision: 由区农业农村局督促整改，限期拆除违规设施
    owner: nongye
    due: 2023-11-28
    status: 立项
  - id: XX2-2023-002
    title: 菜市场路灯长期不亮，夜间出行不便
    kind: problem
    category: 基础设施
    urgency: 小事
    raised_by: 网格员
    owner: shuiwu
    status: 征集
  - id: XX2-2023-003
    title: 老屋场安置房质量问题反映
    kind: 问题诉求
    category: 征地拆迁
    urgency: 一般
    raised_by: 返乡创业青年
    decision: 由溪小社区复核标准，按程序报批后执行
    vote: {for: 43, against: 0, abstain: 0}
    owner: xixiao
    due: 2023-10-24
    status: 立项
    funds: 73000
  - id: XX2-2023-004
    title: 南片夜间施工噪音扰民
    kind: 意见建议
    category: 人居环境
    urgency: 小事
    raised_by: 村民代表
    decision: 由区农业农村局牵头开展环境整治，村民投工投劳
    vote: {for: 33, against: 2, abstain: 4}
    owner: nongye
    due: 2023-11-06
    status: resolved
    note: 当场答复，问题已解决，网格员入户回访
    satisfaction: basically_satisfied
publicized: 2023-06-09
"""#),
        ("meetings/2023/2023-09-08-shangping2.md", #"""
title: 上坪村关于后山快递无处收取的专题座谈
date: 2023-09-08
time: "14:00-15:30"
unit: shangping2
platform: 居民夜谈会
format: 专题座谈
venue: 新时代文明实践站
host: 村委会主任
agenda:
  - 后山快递无处收取
  - 三号楼征地补偿款发放进度慢
  - 上坪电商服务站建设建议
attendance:
  total: 107
  residents: 66
  party_members: 2
  officials: 3
departments: [zhujian, shichang, weijian]
items:
  - id: SP3-2023-021
    title: 后山快递无处收取
    kind: 问题诉求
    category: 公共服务
    urgency: normal
    raised_by: 楼栋长
    decision: 由上坪村协调运营单位优化服务
    vote: {for: 93, against: 2, abstain: 8}
    owner: shangping2
    due: 2023-12-14
    status: 处置中
    funds: 860000
  - id: SP3-2023-022
    title: 三号楼征地补偿款发放进度慢
    kind: problem
    category: 征地拆迁
    urgency: 一般
    raised_by: 青年代表
    decision: 由区住建局召开专题说明会，逐户解释政策
    vote: {for: 92, against: 2, abstain: 10}
    owner: zhujian
    due: 2023-09-15
    status: 立项
    funds: 1599000
  - id: SP3-2023-023
    title: 上坪电商服务站建设建议
    kind: 问题诉求
    category: 产业发展
    urgency: minor
    raised_by: 青年代表
    status: 不予受理
    note: 所提事项已有生效判决，不再作为议事事项
publicized: 2023-09-10
"""#),
        ("meetings/2023/2023-12-05-xiren.md", #"""
title: 西仁村月月恳谈会·定点接谈
date: 2023-12-05
time: "19:00-20:00"
unit: xiren
platform: 月月恳谈会
format: 定点接谈
venue: 村委会门口
host: 村委会主任
attendance:
  total: 27
  residents: 20
  party_members: 2
  officials: 2
  representatives: 0
departments: [gongdian, jiaoyu]
leaders: [镇党委书记]
items:
  - id: XR-2023-016
    title: 河堤垃圾清运不及时，异味扰民
    kind: 问题
    category: 人居环境
    urgency: 一般
    raised_by: 物业业主代表
    decision: 由西仁村增加清运频次，落实专人管护
    owner: xiren
    status: 已办结
    note: 当场答复，已办结，结果在公开栏公示
    satisfaction: 满意
  - id: XR-2023-017
    title: 西仁六组电线杂乱，存在安全隐患
    kind: suggestion
    category: 基础设施
    urgency: major
    raised_by: 楼栋长
    decision: 由区供电所列入年度建设计划，先行临时处置
    vote: {for: 24, against: 0, abstain: 3}
    owner: gongdian
    due: 2024-01-27
    status: deferred
    note: 资金暂未落实，待下一年度预算安排后实施
  - id: XR-2023-018
    title: 菜市场电动车飞线充电
    kind: problem
    category: 平安建设
    urgency: 一般
    raised_by: 家长代表
    decision: 由区供电所增设安全设施，加强日常巡查
    vote: {for: 18, against: 0, abstain: 4}
    owner: gongdian
    due: 2024-02-27
    status: 处置中
    funds: 808000
  - id: XR-2023-019
    title: 五组快递无处收取
    kind: problem
    category: 公共服务
    urgency: normal
    raised_by: 居民代表
    status: 待审核
publicized: 2023-12-08
"""#),
        ("meetings/2024/2024-02-29-mingjia.md", #"""
title: 明家社区2024年第四次宅上议
date: 2024-02-29
time: "20:00-21:00"
unit: mingjia
platform: 宅上议
format: 集中畅谈
venue: 小区广场
host: 社区党委书记
attendance:
  total: 41
  residents: 25
  party_members: 1
  officials: 3
  representatives: 12
departments: [shuiwu, sifa, jiaotong, chengguan]
items:
  - id: MJ-2024-011
    title: 明家村规民约修订建议
    kind: 意见建议
    category: 其他
    urgency: 一般
    raised_by: 个体工商户代表
    decision: 由明家社区完善制度，按月公开
    vote: {for: 24, against: 0, abstain: 16}
    owner: mingjia
    due: 2024-07-05
    status: accepted
  - id: MJ-2024-012
    title: 五号楼儿童课后无人看护
    kind: suggestion
    category: 公共服务
    urgency: minor
    raised_by: 养殖户代表
    decision: 由区人社局评估需求，纳入明年民生实事项目
    vote: {for: 24, against: 3, abstain: 7}
    owner: renshe
    status: resolved
    note: 当场答复，整改到位，已恢复正常使用
  - id: MJ-2024-013
    title: 明家公开栏信息更新不及时
    kind: problem
    category: 其他
    urgency: 急事
    raised_by: 志愿者代表
    decision: 由明家社区组织志愿者落实，定期反馈
    vote: {for: 30, against: 2, abstain: 0}
    owner: mingjia
    due: 2024-04-29
    status: accepted
  - id: MJ-2024-014
    title: 西片农田灌溉设施老化
    kind: 问题
    category: 产业发展
    urgency: major
    raised_by: 返乡创业青年
    status: 不予受理
    note: 不符合相关规划要求，不予受理，已当面解释
  - id: MJ-2024-015
    title: 菜市场集体土地收益分配不公开
    kind: 建议
    category: 征地拆迁
    urgency: 一般
    raised_by: 老年协会会长
    decision: 由区住建局核对补偿清单，张榜公示后发放
    vote: {for: 40, against: 0, abstain: 0}
    owner: zhujian
    due: 2024-08-21
    status: 办理中
    funds: 1055000
updates:
  - item: MJ-2023-024
    status: resolved
    satisfaction: 满意
    note: 已按期完成，群众代表现场验收
  - item: MJ-2023-020
    status: 已办结
    satisfaction: 满意
    note: 问题已解决，网格员入户回访
publicized: 2024-03-02
"""#),
        ("meetings/2024/2024-06-01-shouyun.md", #"""
title: 寿云村2024年第二次宅上议
date: 2024-06-01
time: "20:00-21:30"
unit: shouyun
platform: 宅上议
format: 随机e谈
venue: 田间地头
host: 村党总支书记
agenda:
  - 寿云志愿服务积分兑换建议
  - 建议寿云组织技能培训
  - 寿云志愿服务积分兑换建议
attendance:
  total: 111
  residents: 81
  party_members: 9
  officials: 6
departments: [minzheng, shuiwu]
items:
  - id: SY-2024-003
    title: 寿云志愿服务积分兑换建议
    kind: 建议
    category: 其他
    urgency: 一般
    raised_by: 老党员
    decision: 由区民政局组织志愿者落实，定期反馈
    vote: {for: 80, against: 2, abstain: 0}
    owner: minzheng
    status: 已解决
    note: 当场答复，已按期完成，群众代表现场验收
    satisfaction: 基本满意
  - id: SY-2024-004
    title: 建议寿云组织技能培训
    kind: 建议
    category: 产业发展
    urgency: 一般
    raised_by: 老党员
    decision: 由区文体旅游局申报项目资金，改造配套设施
    vote: {for: 64, against: 10, abstain: 37}
    owner: wenlv
    due: 2024-08-07
    status: 暂缓
    note: 汛期施工存在风险，待汛期结束后再开工
  - id: SY-2024-005
    title: 寿云志愿服务积分兑换建议
    kind: problem
    category: 其他
    urgency: 小事
    raised_by: 退休教师
    decision: 由区民政局组织志愿者落实，定期反馈
    owner: minzheng
    due: 2024-07-22
    status: 立项
publicized: 2024-06-02
"""#),
        ("meetings/2024/2024-08-28-chenyin.md", #"""
title: 晨银村2024年第五次云溪夜话
date: 2024-08-28
time: "09:30-11:30"
unit: chenyin
platform: 云溪夜话
format: 板凳会
venue: 老祠堂
host: 村党总支书记
attendance:
  total: 65
  residents: 46
  party_members: 5
  officials: 6
  representatives: 4
departments: [jiaoyu, weijian, chengguan]
leaders: [街道办事处主任]
items:
  - id: CY-2024-014
    title: 八组青苗补偿标准不清楚
    kind: 建议
    category: 征地拆迁
    urgency: normal
    raised_by: 种植大户
    decision: 由区住建局核对补偿清单，张榜公示后发放
    vote: {for: 50, against: 0, abstain: 10}
    owner: zhujian
    due: 2025-02-18
    status: 立项
  - id: CY-2024-015
    title: 河堤路灯长期不亮，夜间出行不便
    kind: 问题
    category: 基础设施
    urgency: 小事
    raised_by: 网格员
    decision: 由区住建局现场勘查，制定整改方案并组织施工
    vote: {for: 59, against: 1, abstain: 3}
    owner: zhujian
    due: 2025-01-03
    status: in_progress
  - id: CY-2024-016
    title: 五号楼快递无处收取
    kind: problem
    category: 公共服务
    urgency: normal
    raised_by: 退休教师
    decision: 由区教育局调整服务时间，增加便民窗口
    vote: {for: 47, against: 2, abstain: 4}
    owner: jiaoyu
    due: 2025-02-14
    status: 已办结
    note: 当场答复，已按期完成，群众代表现场验收
  - id: CY-2024-017
    title: 晨银便民服务点办事时间短
    kind: problem
    category: 公共服务
    urgency: 小事
    raised_by: 村民小组长
    decision: 由区卫健委协调运营单位优化服务
    vote: {for: 47, against: 4, abstain: 0}
    owner: weijian
    due: 2024-10-13
    status: 立项
  - id: CY-2024-018
    title: 晨银老年食堂选址建议
    kind: suggestion
    category: 公共服务
    urgency: 一般
    raised_by: 家长代表
    decision: 由区卫健委调整服务时间，增加便民窗口
    vote: {for: 45, against: 0, abstain: 20}
    owner: weijian
    due: 2024-11-18
    status: accepted
  - id: CY-2024-019
    title: 四组公厕年久失修
    kind: 意见建议
    category: 基础设施
    urgency: 急事
    raised_by: 外来务工人员代表
    decision: 由区住建局现场勘查，制定整改方案并组织施工
    vote: {for: 59, against: 1, abstain: 2}
    owner: zhujian
    due: 2024-12-21
    status: 已受理
publicized: 2024-08-30
"""#),
        ("meetings/2024/2024-11-21-hailin-zhen.md", #"""
title: 海林镇关于东片通组道路未硬化的专题座谈
date: 2024-11-21
time: "19:00-20:30"
unit: hailin-zhen
platform: 月月恳谈会
format: 专题座谈
venue: 文化广场
host: 街道党工委书记
attendance:
  total: 92
  residents: 55
  party_members: 8
  officials: 5
  representatives: 2
departments: [caizheng]
leaders: [区委书记]
items:
  - id: HL-2024-021
    title: 东片通组道路未硬化
    kind: problem
    category: 基础设施
    urgency: 一般
    raised_by: 村民小组长
    decision: 由区交通运输局现场勘查，制定整改方案并组织施工
    vote: {for: 71, against: 2, abstain: 15}
    owner: jiaotong
    due: 2025-05-15
    status: 处置中
  - id: HL-2024-022
    title: 桥头绿化带杂草丛生
    kind: 问题
    category: 人居环境
    urgency: normal
    raised_by: 家长代表
    decision: 由区水务局增加清运频次，落实专人管护
    vote: {for: 49, against: 1, abstain: 31}
    owner: shuiwu
    due: 2025-03-23
    status: deferred
    note: 资金暂未落实，待下一年度预算安排后实施
  - id: HL-2024-023
    title: 海林卫生室看病排队久
    kind: problem
    category: 公共服务
    urgency: 大事
    raised_by: 网格员
    decision: 由区教育局评估需求，纳入明年民生实事项目
    vote: {for: 88, against: 0, abstain: 4}
    owner: jiaoyu
    due: 2025-04-19
    status: 暂缓
    note: 汛期施工存在风险，待汛期结束后再开工
  - id: HL-2024-024
    title: 七栋农田灌溉设施老化
    kind: problem
    category: 产业发展
    urgency: major
    raised_by: 外来务工人员代表
    decision: 由区市场监管局组织专题培训，提供技术指导
    owner: shichang
    due: 2024-12-12
    status: deferred
    note: 需进一步征求相邻住户意见，暂缓实施
  - id: HL-2024-025
    title: 一组集体土地收益分配不公开
    kind: 问题诉求
    category: 征地拆迁
    urgency: normal
    raised_by: 个体工商户代表
    decision: 由区财政局核对补偿清单，张榜公示后发放
    vote: {for: 72, against: 0, abstain: 0}
    owner: caizheng
    due: 2025-03-08
    status: 已受理
publicized: 2024-11-23
"""#),
        ("meetings/2025/2025-02-23-koujiang.md", #"""
title: 口江村2月月月恳谈会
date: 2025-02-23
time: "20:00-21:30"
unit: koujiang
platform: 月月恳谈会
format: 板凳会
venue: 社区议事厅
host: 村党支部书记
attendance:
  total: 88
  residents: 64
  party_members: 8
  officials: 8
departments: [wenlv]
items:
  - id: KJ-2025-003
    title: 东片农机作业损坏庄稼赔偿纠纷
    kind: 纠纷
    category: 矛盾纠纷
    urgency: normal
    raised_by: 老党员
    decision: 由区民政局会同人民调解员上门调处
    vote: {for: 48, against: 8, abstain: 30}
    owner: minzheng
    status: 已办结
    note: 当场答复，调解成功，双方签订协议并履行完毕
    satisfaction: dissatisfied
  - id: KJ-2025-004
    title: 小区北门路灯长期不亮，夜间出行不便
    kind: 意见建议
    category: 基础设施
    urgency: 大事
    raised_by: 物业业主代表
    decision: 由区住建局列入年度建设计划，先行临时处置
    vote: {for: 76, against: 0, abstain: 9}
    owner: zhujian
    due: 2025-03-07
    status: in_progress
  - id: KJ-2025-005
    title: 三号楼路灯长期不亮，夜间出行不便
    kind: 问题诉求
    category: 基础设施
    urgency: 小事
    raised_by: 返乡创业青年
    decision: 由区住建局现场勘查，制定整改方案并组织施工
    vote: {for: 44, against: 8, abstain: 8}
    owner: zhujian
    due: 2025-06-17
    status: 已受理
  - id: KJ-2025-006
    title: 口江七栋承包地流转租金纠纷
    kind: 矛盾纠纷
    category: 矛盾纠纷
    urgency: normal
    raised_by: 家长代表
    decision: 由区司法局组织双方调解，签订调解协议
    vote: {for: 56, against: 4, abstain: 28}
    owner: sifa
    due: 2025-06-22
    status: 已办结
    note: 当场答复，整改到位，已恢复正常使用
    satisfaction: 基本满意
  - id: KJ-2025-007
    title: 菜市场拆迁过渡费标准偏低
    kind: suggestion
    category: 征地拆迁
    urgency: normal
    raised_by: 村民代表
    decision: 由区财政局召开专题说明会，逐户解释政策
    vote: {for: 52, against: 8, abstain: 5}
    owner: caizheng
    due: 2025-05-09
    status: 处置中
  - id: KJ-2025-008
    title: 五组儿童课后无人看护
    kind: 问题
    category: 公共服务
    urgency: minor
    raised_by: 村民代表
    decision: 由区文体旅游局调整服务时间，增加便民窗口
    vote: {for: 87, against: 0, abstain: 0}
    owner: wenlv
    due: 2025-05-29
    status: 办理中
    funds: 1069000
publicized: 2025-02-26
"""#),
        ("meetings/2025/2025-05-24-lingnan.md", #"""
title: 岭南社区2025年第三次云溪夜话
date: 2025-05-24
time: "20:00-21:00"
unit: lingnan
platform: 云溪夜话
format: 专题座谈
venue: 榕树下
host: 社区党委书记
attendance:
  total: 37
  residents: 26
  party_members: 2
  officials: 3
departments: [gongdian, jiaotong]
items:
  - id: LN-2025-011
    title: 岭南特色农产品销路不畅
    kind: 意见建议
    category: 产业发展
    urgency: minor
    raised_by: 网格员
    decision: 由岭南社区申报项目资金，改造配套设施
    vote: {for: 19, against: 0, abstain: 4}
    owner: lingnan
    due: 2025-11-01
    status: accepted
  - id: LN-2025-012
    title: 岭南志愿服务积分兑换建议
    kind: 建议
    category: 其他
    urgency: 一般
    raised_by: 志愿者代表
    decision: 由区财政局组织志愿者落实，定期反馈
    owner: caizheng
    status: 已解决
    note: 当场答复，问题已解决，网格员入户回访
    satisfaction: 满意
  - id: LN-2025-013
    title: 岭南三号楼承包地流转租金纠纷
    kind: dispute
    category: 矛盾纠纷
    urgency: minor
    raised_by: 妇女代表
    decision: 由区民政局依法出具调处意见，双方同意后执行
    vote: {for: 28, against: 2, abstain: 6}
    owner: minzheng
    due: 2025-10-10
    status: in_progress
  - id: LN-2025-014
    title: 菜市场红白喜事大操大办
    kind: 问题诉求
    category: 其他
    urgency: major
    raised_by: 老年协会会长
    decision: 由区财政局完善制度，按月公开
    vote: {for: 36, against: 0, abstain: 1}
    owner: caizheng
    due: 2025-10-02
    status: 已受理
    private: true
  - id: LN-2025-015
    title: 南片幼儿园学位紧张
    kind: 意见建议
    category: 公共服务
    urgency: major
    raised_by: 居民代表
    decision: 由区教育局协调运营单位优化服务
    vote: {for: 26, against: 2, abstain: 7}
    owner: jiaoyu
    due: 2025-08-02
    status: resolved
    note: 当场答复，已办结，结果在公开栏公示
    satisfaction: 基本满意
  - id: LN-2025-016
    title: 老街老旧房屋存在倒塌风险
    kind: 问题
    category: 平安建设
    urgency: 一般
    raised_by: 老党员
    decision: 由区供电所增设安全设施，加强日常巡查
    owner: gongdian
    due: 2025-09-07
    status: 处置中
    funds: 1721000
publicized: 2025-05-27
"""#),
        ("meetings/2025/2025-08-22-guangshou.md", #"""
title: 光寿村2025年第三次宅上议
date: 2025-08-22
time: "15:00-16:30"
unit: guangshou
platform: 宅上议
format: 入户访谈
venue: 村民小组会议室
host: 村党支部书记
agenda:
  - 祠堂边集体土地收益分配不公开
  - 北片集市摊位规划混乱
  - 南片青苗补偿标准不清楚
attendance:
  total: 34
  residents: 20
  party_members: 2
  officials: 3
  representatives: 6
departments: [renshe, gongdian]
items:
  - id: GS-2025-007
    title: 祠堂边集体土地收益分配不公开
    kind: suggestion
    category: 征地拆迁
    urgency: 一般
    raised_by: 返乡创业青年
    decision: 由光寿村召开专题说明会，逐户解释政策
    vote: {for: 20, against: 3, abstain: 2}
    owner: guangshou
    due: 2025-09-22
    status: in_progress
  - id: GS-2025-008
    title: 北片集市摊位规划混乱
    kind: 问题诉求
    category: 产业发展
    urgency: major
    raised_by: 老党员
    decision: 由区人社局对接销售渠道，组织产销对接会
    vote: {for: 22, against: 3, abstain: 0}
    owner: renshe
    due: 2025-12-03
    status: 已解决
    note: 当场答复，已办结，结果在公开栏公示
  - id: GS-2025-009
    title: 南片青苗补偿标准不清楚
    kind: 问题
    category: 征地拆迁
    urgency: 一般
    raised_by: 村民小组长
    decision: 由区住建局复核标准，按程序报批后执行
    vote: {for: 33, against: 0, abstain: 0}
    owner: zhujian
    due: 2025-11-23
    status: 已受理
publicized: 2025-08-24
"""#),
        ("meetings/2025/2025-11-25-baishui.md", #"""
title: 白水村关于五组安置房质量问题反映的随机e谈
date: 2025-11-25
time: "19:00-20:00"
unit: baishui
platform: 居民夜谈会
format: 随机e谈
venue: 党群服务中心
host: 村党支部书记
attendance:
  total: 114
  residents: 64
  party_members: 12
  officials: 3
  representatives: 1
departments: [gongdian, ziran, shuiwu]
leaders: [镇长]
items:
  - id: BS-2025-011
    title: 五组安置房质量问题反映
    kind: 建议
    category: 征地拆迁
    urgency: 一般
    raised_by: 志愿者代表
    decision: 由区自然资源局核对补偿清单，张榜公示后发放
    vote: {for: 85, against: 7, abstain: 1}
    owner: ziran
    due: 2026-01-23
    status: 立项
    funds: 1829000
  - id: BS-2025-012
    title: 白水便民服务点办事时间短
    kind: problem
    category: 公共服务
    urgency: normal
    raised_by: 种植大户
    decision: 由区民政局评估需求，纳入明年民生实事项目
    vote: {for: 91, against: 5, abstain: 16}
    owner: minzheng
    due: 2025-12-10
    status: 立项
  - id: BS-2025-013
    title: 河堤邻里排水引发矛盾
    kind: dispute
    category: 矛盾纠纷
    urgency: 大事
    raised_by: 青年代表
    decision: 由区司法局组织双方调解，签订调解协议
    vote: {for: 78, against: 5, abstain: 11}
    owner: sifa
    due: 2026-04-08
    status: in_progress
  - id: BS-2025-014
    title: 白水西片安置房分配方案有疑问
    kind: suggestion
    category: 征地拆迁
    urgency: 大事
    raised_by: 青年代表
    status: proposed
publicized: 2025-11-26
"""#),
        ("meetings/2026/2026-02-26-tianfu.md", #"""
title: 田福社区关于田福志愿服务积分兑换建议的随机e谈
date: 2026-02-26
time: "15:00-16:30"
unit: tianfu
platform: 宅上议
format: 随机e谈
venue: 村民小组会议室
host: 社区党支部书记
agenda:
  - 田福志愿服务积分兑换建议
  - 小区北门农机作业损坏庄稼赔偿纠纷
  - 七栋池塘淤积发臭
attendance:
  total: 117
  residents: 86
  party_members: 13
  officials: 1
departments: [minzheng, jiaoyu]
items:
  - id: TF-2026-004
    title: 田福志愿服务积分兑换建议
    kind: problem
    category: 其他
    urgency: 急事
    raised_by: 家长代表
    decision: 由区民政局完善制度，按月公开
    vote: {for: 102, against: 2, abstain: 0}
    owner: minzheng
    due: 2026-05-28
    status: 立项
  - id: TF-2026-005
    title: 小区北门农机作业损坏庄稼赔偿纠纷
    kind: dispute
    category: 矛盾纠纷
    urgency: 大事
    raised_by: 物业业主代表
    decision: 由区民政局会同人民调解员上门调处
    owner: minzheng
    due: 2026-04-12
    status: 处置中
    funds: 1135000
  - id: TF-2026-006
    title: 七栋池塘淤积发臭
    kind: suggestion
    category: 人居环境
    urgency: normal
    raised_by: 养殖户代表
    decision: 由区住建局督促整改，限期拆除违规设施
    vote: {for: 71, against: 6, abstain: 7}
    owner: zhujian
    due: 2026-04-17
    status: accepted
  - id: TF-2026-007
    title: 田福公开栏信息更新不及时
    kind: 意见建议
    category: 其他
    urgency: urgent
    raised_by: 退休教师
    decision: 由区民政局组织志愿者落实，定期反馈
    owner: minzheng
    due: 2026-07-05
    status: 已受理
    funds: 418000
  - id: TF-2026-008
    title: 五号楼幼儿园学位紧张
    kind: 问题
    category: 公共服务
    urgency: 一般
    raised_by: 村民小组长
    decision: 由区民政局协调运营单位优化服务
    vote: {for: 65, against: 3, abstain: 11}
    owner: minzheng
    status: 已办结
    note: 当场答复，已办结，结果在公开栏公示
    satisfaction: 满意
updates:
  - item: TF-2023-005
    status: resolved
    satisfaction: 不满意
    note: 整改到位，已恢复正常使用
publicized: 2026-03-02
"""#),
        ("meetings/2026/2026-05-29-qiaorong.md", #"""
title: 桥蓉社区2026年第四次云溪夜话
date: 2026-05-29
time: "09:30-11:30"
unit: qiaorong
platform: 云溪夜话
format: 专题座谈
venue: 文化广场
host: 社区党委书记
agenda:
  - 桥蓉医保缴费渠道不方便
  - 桥蓉特色农产品销路不畅
  - 建议桥蓉组织技能培训
attendance:
  total: 29
  residents: 16
  party_members: 1
  officials: 1
departments: [chengguan, zhujian, gongdian]
items:
  - id: QR2-2026-017
    title: 桥蓉医保缴费渠道不方便
    kind: 建议
    category: 公共服务
    urgency: 小事
    raised_by: 老党员
    decision: 由区卫健委增设服务设施，完善运行管理
    vote: {for: 29, against: 0, abstain: 0}
    owner: weijian
    due: 2026-06-09
    status: 已受理
    funds: 1261000
  - id: QR2-2026-018
    title: 桥蓉特色农产品销路不畅
    kind: problem
    category: 产业发展
    urgency: 一般
    raised_by: 妇女代表
    status: 转办
    note: 涉及信访事项，已转区信访局依法办理
  - id: QR2-2026-019
    title: 建议桥蓉组织技能培训
    kind: 意见建议
    category: 产业发展
    urgency: 小事
    raised_by: 楼栋长
    decision: 由区人社局制定扶持方案，村集体参与运营
    vote: {for: 15, against: 1, abstain: 13}
    owner: renshe
    due: 2026-11-14
    status: accepted
  - id: QR2-2026-020
    title: 五号楼闲置厂房盘活建议
    kind: 问题诉求
    category: 产业发展
    urgency: 一般
    raised_by: 退休教师
    decision: 由桥蓉社区申报项目资金，改造配套设施
    vote: {for: 22, against: 0, abstain: 4}
    owner: qiaorong
    due: 2026-11-20
    status: 处置中
  - id: QR2-2026-021
    title: 七组违规搭建影响通风采光
    kind: suggestion
    category: 人居环境
    urgency: 一般
    raised_by: 志愿者代表
    decision: 由区城管局组织清淤整治，建立长效管护机制
    vote: {for: 29, against: 0, abstain: 0}
    owner: chengguan
    due: 2026-07-30
    status: in_progress
    funds: 416000
publicized: 2026-06-01
"""#),
        ("meetings/2026/2026-08-24-shoude-jd.md", #"""
title: 寿德街道2026年第三次月月恳谈会
date: 2026-08-24
time: "19:00-20:00"
unit: shoude-jd
platform: 月月恳谈会
format: 集中畅谈
venue: 老年活动中心
host: 镇党委书记
attendance:
  total: 76
  residents: 50
  party_members: 3
  officials: 5
departments: [caizheng, shichang, renshe, sifa]
items:
  - id: SD-2026-008
    title: 后山征地补偿款发放进度慢
    kind: 问题
    category: 征地拆迁
    urgency: normal
    raised_by: 村民代表
    owner: caizheng
    status: 待审核
  - id: SD-2026-009
    title: 寿德公开栏信息更新不及时
    kind: 意见建议
    category: 其他
    urgency: 大事
    raised_by: 志愿者代表
    decision: 由区财政局完善制度，按月公开
    vote: {for: 69, against: 0, abstain: 3}
    owner: caizheng
    due: 2026-12-05
    status: 已受理
    funds: 910000
  - id: SD-2026-010
    title: 小区北门文化活动室开放时间少
    kind: suggestion
    category: 公共服务
    urgency: 一般
    raised_by: 楼栋长
    decision: 由区人社局评估需求，纳入明年民生实事项目
    vote: {for: 67, against: 1, abstain: 3}
    owner: renshe
    due: 2026-09-09
    status: 已受理
  - id: SD-2026-011
    title: 东片红白喜事大操大办
    kind: suggestion
    category: 其他
    urgency: 大事
    raised_by: 物业业主代表
    decision: 由区财政局完善制度，按月公开
    vote: {for: 73, against: 0, abstain: 3}
    owner: caizheng
    due: 2026-10-04
    status: 暂缓
    note: 汛期施工存在风险，待汛期结束后再开工
publicized: 2026-08-27
"""#),
        ("updates/2022/2022-01-17-minzheng.md", #"""
title: 区民政局2022年1月议事事项办理进展
date: 2022-01-17
unit: shishan
updates:
  - item: SS-2022-001
    status: 办理中
    note: 方案已公示，正在组织实施
"""#),
        ("updates/2022/2022-09-25-jiaoyu.md", #"""
title: 区教育局2022年9月议事事项办理进展
date: 2022-09-25
updates:
  - item: HL-2022-019
    status: 办理中
    note: 施工队已进场，预计按期完成
  - item: TX2-2022-007
    status: 已解决
    satisfaction: satisfied
    note: 已办结，结果在公开栏公示
"""#),
        ("updates/2023/2023-04-13-chengguan.md", #"""
title: 区城管局2023年4月议事事项办理进展
date: 2023-04-13
unit: dahai
updates:
  - item: DH3-2022-025
    status: resolved
    satisfaction: satisfied
    note: 已按期完成，群众代表现场验收
"""#),
        ("updates/2023/2023-10-11-shuiping.md", #"""
title: 水屏村2023年10月议事事项办理进展
date: 2023-10-11
unit: shuiping
updates:
  - item: SP2-2022-010
    status: resolved
    satisfaction: 基本满意
    note: 已办结，结果在公开栏公示
  - item: SP2-2023-010
    status: 已解决
    satisfaction: basically_satisfied
    note: 问题已解决，网格员入户回访
  - item: SP2-2022-009
    status: resolved
    satisfaction: satisfied
    note: 已办结，结果在公开栏公示
"""#),
        ("updates/2024/2024-03-30-lanbai.md", #"""
title: 兰柏村2024年3月议事事项办理进展
date: 2024-03-30
unit: lanbai
updates:
  - item: LB2-2024-003
    status: 转办
    note: 涉及信访事项，已转区信访局依法办理
  - item: LB2-2023-021
    status: in_progress
    note: 施工队已进场，预计按期完成
  - item: LB2-2022-002
    status: 已办结
    satisfaction: 满意
    note: 整改到位，已恢复正常使用
"""#),
        ("updates/2024/2024-09-17-shuiwu.md", #"""
title: 区水务局2024年9月议事事项办理进展
date: 2024-09-17
unit: lanbai
updates:
  - item: LB2-2024-013
    status: 处置中
    funds: 631000
    note: 方案已公示，正在组织实施
"""#),
        ("updates/2025/2025-02-26-weijian.md", #"""
title: 区卫健委2025年2月议事事项办理进展
date: 2025-02-26
updates:
  - item: JJ-2025-001
    status: in_progress
    funds: 592000
    note: 已完成一半工程量
  - item: QD-2022-024
    status: 已解决
    satisfaction: 基本满意
    note: 已按期完成，群众代表现场验收
  - item: GQ-2024-028
    status: 已受理
    due: 2025-04-13
"""#),
        ("updates/2025/2025-08-03-wenlv.md", #"""
title: 区文体旅游局2025年8月议事事项办理进展
date: 2025-08-03
unit: songgao
updates:
  - item: SG-2025-002
    status: 已解决
    satisfaction: 不满意
    note: 整改到位，已恢复正常使用
"""#),
        ("updates/2026/2026-01-14-taohuang.md", #"""
title: 桃凰社区2026年1月议事事项办理进展
date: 2026-01-14
unit: taohuang
updates:
  - item: TH-2025-007
    status: in_progress
    note: 已完成一半工程量
"""#),
        ("updates/2026/2026-06-17-jiaotong-2.md", #"""
title: 区交通运输局2026年6月议事事项办理进展
date: 2026-06-17
updates:
  - item: YC-2026-001
    status: in_progress
    note: 已完成现场勘查，正在编制实施方案
  - item: TT-2024-013
    status: 已解决
    satisfaction: 基本满意
    note: 已办结，结果在公开栏公示
"""#),
        ("site.yml", #"""
# 基准测试用的虚构站点：由 Benchmarks/gen-corpus.py 生成
title: 云溪区协商议事公开栏（基准测试）
locale: zh-Hans
base_url: https://example.org/yishi-bench/
timezone: Asia/Shanghai
rules:
  cadence_days: 61
  default_due_days: 30
privacy:
  allow: ["0000-88886666"]
notice:
  days: 7
  hotline: "0000-88886666"
categories: [基础设施, 人居环境, 征地拆迁, 矛盾纠纷, 公共服务, 产业发展, 平安建设, 其他]
platforms: [云溪夜话, 宅上议, 居民夜谈会, 月月恳谈会]
formats: [集中畅谈, 专题座谈, 入户访谈, 定点接谈, 随机e谈, 板凳会, 云议事]
search: false
extra:
  organizer: 中共云溪区委社会工作部
"""#),
        ("departments.yml", #"""
# 可以承办议事事项的部门
- id: zhujian
  name: 区住建局
- id: caizheng
  name: 区财政局
- id: chengguan
  name: 区城管局
- id: weijian
  name: 区卫健委
- id: shuiwu
  name: 区水务局
- id: minzheng
  name: 区民政局
- id: wenlv
  name: 区文体旅游局
- id: sifa
  name: 区司法局
- id: ziran
  name: 区自然资源局
- id: jiaotong
  name: 区交通运输局
- id: nongye
  name: 区农业农村局
- id: renshe
  name: 区人社局
- id: shichang
  name: 区市场监管局
- id: jiaoyu
  name: 区教育局
- id: gongdian
  name: 区供电所
"""#),
        ("units.yml (first 90 lines)", #"""
# 云溪区（虚构）的单位树：区 → 镇/街道 → 村/社区。由 Benchmarks/gen-corpus.py 生成。
- id: yunxi
  name: 云溪区
  level: 区
  children:
    - id: rongren-zhen
      name: 蓉仁镇
      level: 镇
      children:
        - id: dongle
          name: 东乐村
          level: 村
        - id: changxiang
          name: 长祥村
          level: 村
        - id: pinghe2
          name: 坪和村
          level: 村
        - id: xinghai
          name: 兴海村
          level: 村
        - id: huabi
          name: 花碧村
          level: 村
        - id: shuisheng
          name: 水盛村
          level: 村
        - id: yuanwan
          name: 源湾村
          level: 村
        - id: qiutian
          name: 秋田村
          level: 村
        - id: jiangshui
          name: 江水村
          level: 村
        - id: huyun
          name: 湖云村
          level: 村
        - id: jiale
          name: 嘉乐村
          level: 村
        - id: songming
          name: 松明村
          level: 村
    - id: hailin-zhen
      name: 海林镇
      level: 镇
      children:
        - id: shouyun
          name: 寿云村
          level: 村
        - id: yunqing
          name: 云清村
          level: 村
        - id: yizhu
          name: 义竹村
          level: 村
        - id: kounan
          name: 口南村
          level: 村
        - id: xingqiao
          name: 兴桥村
          level: 村
        - id: dagao
          name: 大高村
          level: 村
        - id: darong
          name: 大蓉村
          level: 村
        - id: linrui
          name: 林瑞村
          level: 村
        - id: yinhe
          name: 银鹤村
          level: 村
        - id: fengcha
          name: 丰茶村
          level: 村
        - id: meining
          name: 梅宁村
          level: 村
        - id: xiaojing
          name: 小荆村
          level: 村
    - id: ximing-jd
      name: 西明街道
      level: 街道
      children:
        - id: lingqing
"""#),
    ]
}
