#!/usr/bin/env python3
"""Generate a synthetic yishi site of N meetings for the benchmarks.

    python3 Benchmarks/gen-corpus.py N OUTDIR [--seed S] [--check-privacy]

Writes OUTDIR/content/ in the format of DESIGN §3:

    site.yml, units.yml, departments.yml
    meetings/YYYY/YYYY-MM-DD-<unit>[-k].md      N meetings, 2-6 items each
    updates/YYYY/YYYY-MM-DD-<owner>[-k].md      N/5 update files

The same files are the Hugo comparison's content: Benchmarks/hugo-site is pointed at
OUTDIR/content with `hugo --contentDir` and renders the meetings, while a cascade keeps
the update files from becoming pages. The front matter is therefore plain YAML that both
yishi's strict parser and Hugo's YAML (gopkg.in/yaml.v2) read the same way: no anchors,
no YAML 1.1 booleans, times quoted, no ': ' inside values.

Everything comes from one random.Random(seed): the same N and seed give the same bytes.
Python 3.11 standard library only.
"""

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import time

FIRST_DAY = dt.date(2022, 1, 1)
LAST_DAY = dt.date(2026, 11, 20)   # build with --as-of 2026-11-21: nothing is upcoming
HOTLINE = "0000-88886666"

# --------------------------------------------------------------------------------------
# Vocabulary

# Characters for place names, with their pinyin (ids are pinyin, as in the demo).
PLACE_CHARS = [
    ("龙", "long"), ("江", "jiang"), ("上", "shang"), ("坪", "ping"), ("溪", "xi"), ("口", "kou"),
    ("桃", "tao"), ("源", "yuan"), ("海", "hai"), ("丰", "feng"), ("南", "nan"), ("田", "tian"),
    ("罗", "luo"), ("家", "jia"), ("荆", "jing"), ("西", "xi"), ("芙", "fu"), ("蓉", "rong"),
    ("藤", "teng"), ("新", "xin"), ("桥", "qiao"), ("碧", "bi"), ("云", "yun"), ("青", "qing"),
    ("石", "shi"), ("白", "bai"), ("沙", "sha"), ("翠", "cui"), ("屏", "ping"), ("长", "chang"),
    ("兴", "xing"), ("东", "dong"), ("林", "lin"), ("山", "shan"), ("湖", "hu"), ("塘", "tang"),
    ("金", "jin"), ("银", "yin"), ("凤", "feng"), ("凰", "huang"), ("梅", "mei"), ("竹", "zhu"),
    ("松", "song"), ("柏", "bai"), ("河", "he"), ("湾", "wan"), ("岭", "ling"), ("峰", "feng"),
    ("安", "an"), ("平", "ping"), ("和", "he"), ("乐", "le"), ("福", "fu"), ("寿", "shou"),
    ("永", "yong"), ("宁", "ning"), ("兰", "lan"), ("花", "hua"), ("杨", "yang"), ("柳", "liu"),
    ("红", "hong"), ("星", "xing"), ("光", "guang"), ("明", "ming"), ("华", "hua"), ("阳", "yang"),
    ("春", "chun"), ("秋", "qiu"), ("泉", "quan"), ("水", "shui"), ("清", "qing"), ("德", "de"),
    ("仁", "ren"), ("义", "yi"), ("大", "da"), ("小", "xiao"), ("高", "gao"), ("茶", "cha"),
    ("盛", "sheng"), ("嘉", "jia"), ("瑞", "rui"), ("祥", "xiang"), ("晨", "chen"), ("鹤", "he"),
]

DEPARTMENTS = [
    ("zhujian", "区住建局"), ("caizheng", "区财政局"), ("chengguan", "区城管局"),
    ("weijian", "区卫健委"), ("shuiwu", "区水务局"), ("minzheng", "区民政局"),
    ("wenlv", "区文体旅游局"), ("sifa", "区司法局"), ("ziran", "区自然资源局"),
    ("jiaotong", "区交通运输局"), ("nongye", "区农业农村局"), ("renshe", "区人社局"),
    ("shichang", "区市场监管局"), ("jiaoyu", "区教育局"), ("gongdian", "区供电所"),
]

CATEGORIES = ["基础设施", "人居环境", "征地拆迁", "矛盾纠纷", "公共服务", "产业发展", "平安建设", "其他"]
PLATFORMS = ["云溪夜话", "宅上议", "居民夜谈会", "月月恳谈会"]
FORMATS = ["集中畅谈", "专题座谈", "入户访谈", "定点接谈", "随机e谈", "板凳会", "云议事"]

# Which departments usually own which category.
CATEGORY_DEPTS = {
    "基础设施": ["zhujian", "jiaotong", "shuiwu", "gongdian"],
    "人居环境": ["chengguan", "zhujian", "nongye", "shuiwu"],
    "征地拆迁": ["ziran", "zhujian", "caizheng"],
    "矛盾纠纷": ["sifa", "minzheng"],
    "公共服务": ["weijian", "jiaoyu", "minzheng", "wenlv", "renshe"],
    "产业发展": ["nongye", "shichang", "renshe", "wenlv"],
    "平安建设": ["chengguan", "jiaotong", "sifa", "gongdian"],
    "其他": ["minzheng", "caizheng", "shichang"],
}

SPOTS = ["东片", "西片", "南片", "北片", "一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组",
         "老街", "安置区", "新村", "村口", "祠堂边", "学校旁", "菜市场", "文化广场", "河堤", "后山",
         "老屋场", "桥头", "小区南门", "小区北门", "三号楼", "五号楼", "七栋", "九栋"]

# Item titles per category; {s} is a spot, {u} the unit's short name.
TITLES = {
    "基础设施": ["{s}路灯长期不亮，夜间出行不便", "{s}道路坑洼积水，雨天难走", "{u}{s}自来水水压不足",
             "{s}排水沟堵塞，暴雨后倒灌", "{s}便民桥护栏锈蚀松动", "{s}停车位不足，车辆乱停",
             "{u}{s}电线杂乱，存在安全隐患", "{s}通组道路未硬化", "{s}公厕年久失修", "{s}供电电压不稳"],
    "人居环境": ["{s}垃圾清运不及时，异味扰民", "{s}池塘淤积发臭", "{u}{s}养殖污水直排",
             "{s}绿化带杂草丛生", "{s}违规搭建影响通风采光", "{s}餐饮油烟扰民",
             "{s}旱厕改造后无人管护", "{s}河道漂浮物多", "{s}夜间施工噪音扰民", "{s}流浪犬只增多"],
    "征地拆迁": ["{s}征地补偿款发放进度慢", "{u}{s}安置房分配方案有疑问", "{s}青苗补偿标准不清楚",
             "{s}拆迁过渡费标准偏低", "{s}安置房质量问题反映", "{s}集体土地收益分配不公开"],
    "矛盾纠纷": ["{s}宅基地边界纠纷", "{s}邻里排水引发矛盾", "{u}{s}承包地流转租金纠纷",
             "{s}楼上漏水引发邻里纠纷", "{s}山林权属争议", "{s}物业费收取引发矛盾",
             "{s}共用道路通行纠纷", "{s}农机作业损坏庄稼赔偿纠纷"],
    "公共服务": ["{s}缺少适合老年人的健身器材", "{u}卫生室看病排队久", "{s}公交班次少，进城不便",
             "{s}幼儿园学位紧张", "{u}老年食堂选址建议", "{s}快递无处收取",
             "{u}便民服务点办事时间短", "{s}儿童课后无人看护", "{s}文化活动室开放时间少",
             "{u}医保缴费渠道不方便"],
    "产业发展": ["{u}特色农产品销路不畅", "{s}农田灌溉设施老化", "建议{u}发展乡村民宿",
             "{s}茶园缺少机耕道", "{u}电商服务站建设建议", "{s}闲置厂房盘活建议",
             "建议{u}组织技能培训", "{s}集市摊位规划混乱"],
    "平安建设": ["{s}路口缺少减速带", "{s}消防通道被占用", "{u}{s}监控探头损坏",
             "{s}电动车飞线充电", "{s}河边缺少防溺水警示牌", "{s}老旧房屋存在倒塌风险",
             "{s}夜间治安巡逻不足", "{s}燃气管道老化"],
    "其他": ["{u}公开栏信息更新不及时", "{s}门牌号码缺失", "建议{u}议事会改在晚上召开",
             "{u}村规民约修订建议", "{s}红白喜事大操大办", "{u}志愿服务积分兑换建议"],
}

DECISIONS = {
    "基础设施": ["由{o}牵头维修，{d}前完成", "由{o}现场勘查，制定整改方案并组织施工",
             "由{o}列入年度建设计划，先行临时处置", "由{o}协调资金，分段实施改造"],
    "人居环境": ["由{o}增加清运频次，落实专人管护", "由{o}组织清淤整治，建立长效管护机制",
             "由{o}督促整改，限期拆除违规设施", "由{o}牵头开展环境整治，村民投工投劳"],
    "征地拆迁": ["由{o}核对补偿清单，张榜公示后发放", "由{o}召开专题说明会，逐户解释政策",
             "由{o}复核标准，按程序报批后执行"],
    "矛盾纠纷": ["由{o}组织双方调解，签订调解协议", "由{o}会同人民调解员上门调处",
             "由{o}依法出具调处意见，双方同意后执行"],
    "公共服务": ["由{o}增设服务设施，完善运行管理", "由{o}调整服务时间，增加便民窗口",
             "由{o}评估需求，纳入明年民生实事项目", "由{o}协调运营单位优化服务"],
    "产业发展": ["由{o}对接销售渠道，组织产销对接会", "由{o}申报项目资金，改造配套设施",
             "由{o}组织专题培训，提供技术指导", "由{o}制定扶持方案，村集体参与运营"],
    "平安建设": ["由{o}增设安全设施，加强日常巡查", "由{o}开展专项整治，限期清理隐患",
             "由{o}修复监控设备，纳入网格化管理", "由{o}组织排查，建立隐患台账"],
    "其他": ["由{o}完善制度，按月公开", "由{o}征求意见后修订，提交村民代表会议表决",
           "由{o}组织志愿者落实，定期反馈"],
}

NOTES = {
    "rejected": ["不属于本级议事范围，已向群众说明政策依据", "诉求涉及个人私利，不符合公共议事原则，不予受理",
                 "不符合相关规划要求，不予受理，已当面解释", "所提事项已有生效判决，不再作为议事事项"],
    "referred": ["涉及信访事项，已转区信访局依法办理", "属于司法程序范围，已引导当事人向人民法院起诉",
                 "涉及跨区域协调，已转市级主管部门办理", "属于劳动争议，已转劳动人事争议仲裁院"],
    "deferred": ["资金暂未落实，待下一年度预算安排后实施", "需与规划调整同步推进，暂缓实施",
                 "汛期施工存在风险，待汛期结束后再开工", "需进一步征求相邻住户意见，暂缓实施"],
    "progress": ["已完成现场勘查，正在编制实施方案", "资金已落实，正在采购材料", "施工队已进场，预计按期完成",
                 "已召开协调会，双方达成初步意见", "方案已公示，正在组织实施", "已完成一半工程量"],
    "resolved": ["已按期完成，群众代表现场验收", "问题已解决，网格员入户回访", "整改到位，已恢复正常使用",
                 "调解成功，双方签订协议并履行完毕", "已办结，结果在公开栏公示"],
}

RAISERS = ["村民代表", "居民代表", "老党员", "村民小组长", "网格员", "楼栋长", "妇女代表", "青年代表",
           "返乡创业青年", "退休教师", "家长代表", "养殖户代表", "种植大户", "个体工商户代表", "志愿者代表",
           "物业业主代表", "老年协会会长", "外来务工人员代表"]

HOSTS_VILLAGE = ["村党总支书记", "村委会主任", "村党支部书记", "驻村第一书记"]
HOSTS_COMMUNITY = ["社区党委书记", "社区居委会主任", "社区党支部书记"]
HOSTS_TOWN = ["镇党委书记", "镇长", "街道党工委书记", "街道办事处主任"]
HOSTS_DISTRICT = ["区委社会工作部部长", "区委副书记"]
LEADERS = ["区委书记", "区长", "区委副书记", "副区长", "镇党委书记", "镇长", "街道党工委书记", "街道办事处主任",
           "区人大常委会副主任", "区政协副主席"]
VENUES = ["村委会门口", "党群服务中心", "文化广场", "老祠堂", "榕树下", "村民小组会议室", "小区广场", "社区议事厅",
          "田间地头", "新时代文明实践站", "老年活动中心", "码头边", "学校操场", "农家书屋"]

CN_DIGITS = "〇一二三四五六七八九"

# Body phrase banks. Sentences are combined per meeting so that pages differ.
OPENING_EXTRA = [
    "会前，网格员通过入户走访和微信群收集了群众关心的问题，并提前三天在公开栏张贴会议通知。",
    "会议按照“收集议题、协商讨论、表决议定、公示反馈”的程序进行，群众发言踊跃。",
    "本次会议采取“群众点题、部门答题、现场解题”的方式，能当场答复的当场答复。",
    "会议邀请了部分在外务工人员通过视频连线参加，线上线下同步讨论。",
    "为方便群众参会，会议安排在晚饭后召开，现场准备了茶水和座椅。",
    "会前对上次议定事项的办理情况进行了梳理，逐项向群众通报。",
    "会议设置了“有话直说”环节，鼓励群众把平时不方便说的意见讲出来。",
    "主持人首先介绍了议事规则，提醒大家发言讲事实、提建议，不搞人身攻击。",
]
COMPLAINTS = [
    "这个问题拖了好几年，大家意见很大，希望这次能有个说法。", "晚上出门黑灯瞎火的，老人小孩都不敢出来。",
    "一下雨就积水，电动车过不去，孩子上学要绕远路。", "我们反映过几次，每次都说研究研究，没有下文。",
    "希望能先派人来看看现场，听听住在边上的人怎么说。", "钱的事情要讲清楚，账目要公开，大家才放心。",
    "这不是哪一家的事，是整个组的事，希望一碗水端平。", "年轻人都出去打工了，留下的都是老人，办事不方便。",
    "问题不大，但天天遇到，影响生活。", "我们愿意出力，投工投劳都可以，就怕没人牵头。",
    "去年答应的事，到现在还没落实。", "能不能先搞个临时的办法，等正式方案出来再说。",
    "希望部门的人多下来走走，看看实际情况。", "这个事情涉及好几户，最好大家当面把话说开。",
    "建议把标准张贴出来，让每一户都看得明白。", "群众不是要求特殊照顾，只是希望公平公正。",
]
RESPONSES = [
    "情况已经掌握，我们会尽快安排人员到现场勘查。", "这个事情我们记下了，回去马上研究，按时反馈。",
    "资金方面需要走程序，我们先把方案做出来，请大家监督。", "政策有明确规定，会后把政策原文发到群里。",
    "能当场解决的我们当场解决，解决不了的讲清楚原因和时限。", "先做临时处置，长期方案纳入明年计划。",
    "我们会同村里一起上门，一户一户把工作做细。", "办理进度每个月在公开栏更新一次，欢迎大家来看。",
    "这件事涉及几个部门，我们牵头协调，不推诿。", "请村里先摸清底数，我们按实际需要安排。",
    "施工期间会影响通行，请大家理解，我们尽量缩短工期。", "办完之后请群众代表来验收，大家满意才算办结。",
]
CHAIR_CLOSINGS = [
    "各部门要把议定事项列入台账，按时反馈办理结果，办没办好由群众说了算。",
    "群众的事再小也是大事，今天议定的事项要件件有落实、事事有回音。",
    "议事会不是开完就完，下次会议第一项就是通报今天这些事项的办理情况。",
    "请网格员会后把议定结果逐户告知，没来参会的群众也要知道。",
    "大家提的意见都很实在，我们照单全收，办理情况接受大家监督。",
]
ENDINGS = [
    "会议议定事项将在{u}公开栏公示{days}天，监督电话：{hotline}。",
    "议定结果会后由网格员逐户告知，并在{u}公开栏张贴公示，接受群众监督。",
    "会议记录经参会代表签字确认后归档，议定事项办理情况将在下次会议上通报。",
    "会后，{u}将议定事项录入议事台账，明确专人跟踪督办。",
]
OTHER_MATTERS = [
    "有群众反映村里的文化活动少，希望春节前组织一次文艺汇演，主持人表示会后与文体协会商量。",
    "有老人问到高龄津贴的申领办法，民政专干现场作了解答，并约定上门帮助办理。",
    "有居民建议在公开栏旁边设置意见箱，方便不愿当面发言的群众反映问题，会议表示采纳。",
    "有群众询问医保缴费时间，网格员现场说明了缴费渠道，并承诺帮助不会用手机的老人代办。",
    "有村民提出希望多组织几次农技培训，特别是果树修剪和病虫害防治，会议记录在案。",
    "有家长反映放学时段校门口车辆拥堵，建议安排志愿者疏导，会议请青年志愿队研究。",
    "有群众建议把议事会的时间固定下来，方便大家提前安排，主持人表示下次会议一并商定。",
    "有居民反映楼道堆放杂物，存在消防隐患，网格员表示会后逐栋检查并督促清理。",
    "有村民询问集体经济收益分配情况，村务监督委员会表示年底前张榜公布账目。",
    "有群众建议为独居老人安装紧急呼叫设备，会议请民政专干摸底后提出方案。",
    "有居民提出小区健身器材损坏，希望尽快修复，物业负责人表示一周内处理。",
    "有群众反映山塘水库周边钓鱼人多，担心安全，会议请村里增设警示标志。",
    "有村民希望村里统一联系收购商，避免各家各户压价，会议请合作社研究对接。",
    "有群众建议组织一次防诈骗宣传，特别是针对老年人，会议请派出所社区民警支持。",
    "有居民反映夜市收摊后垃圾较多，建议增加夜间保洁，会议记录在案，转城管部门研究。",
    "有群众希望议事结果能发到微信群里，方便在外务工的家人了解，会议表示采纳。",
]
SITUATION = [
    "据统计，该问题涉及{n}户群众，其中大部分为老年人和留守儿童家庭。",
    "经初步测算，整改需要资金约{m}万元，拟通过财政补助和村集体自筹解决。",
    "会前，工作人员已到现场查看，拍摄了照片并听取了周边住户的意见。",
    "该问题已在上次会议上提出，经过一段时间的调查核实，本次会议进行专题协商。",
    "参会群众对方案进行了充分讨论，提出了修改意见{k}条，均已记录在案。",
    "有群众担心施工影响生产生活，相关部门表示将合理安排工期，尽量减少影响。",
]
STATUS_CN = {"proposed": "征集", "accepted": "已受理", "in_progress": "办理中", "resolved": "已办结",
             "rejected": "不予受理", "referred": "转办", "deferred": "暂缓"}
STATUS_WORDS = {"proposed": ["proposed", "征集", "待审核"], "accepted": ["accepted", "已受理", "立项"],
                "in_progress": ["in_progress", "办理中", "处置中"], "resolved": ["resolved", "已办结", "已解决"],
                "rejected": ["rejected", "不予受理"], "referred": ["referred", "转办"], "deferred": ["deferred", "暂缓"]}
KIND_WORDS = {"problem": ["problem", "问题", "问题诉求"], "suggestion": ["suggestion", "建议", "意见建议"],
              "dispute": ["dispute", "纠纷", "矛盾纠纷"]}
URGENCY_WORDS = {"minor": ["minor", "小事"], "normal": ["normal", "一般"], "major": ["major", "大事"],
                 "urgent": ["urgent", "急事"]}
SATISFACTION_WORDS = {"satisfied": ["satisfied", "满意"], "basically_satisfied": ["basically_satisfied", "基本满意"],
                      "dissatisfied": ["dissatisfied", "不满意"]}
OPEN = {"proposed", "accepted", "in_progress", "deferred"}


# --------------------------------------------------------------------------------------
# Model


class Unit:
    __slots__ = ("id", "name", "short", "level", "prefix", "children", "parent", "counters")

    def __init__(self, id, name, short, level, prefix, parent=None):
        self.id, self.name, self.short, self.level, self.prefix = id, name, short, level, prefix
        self.children, self.parent, self.counters = [], parent, {}


class Item:
    __slots__ = ("id", "title", "category", "unit", "date", "status", "owner", "last", "private")


def cn_number(n):
    """Chinese numerals for small numbers (keeps digit runs out of the text)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def build_units(rng, n_meetings):
    """District → towns/streets → villages/communities: one village per 25 meetings, ~12 per town."""
    n_villages = max(4, round(n_meetings / 25))
    n_towns = max(1, -(-n_villages // 12))
    used_ids = {d for d, _ in DEPARTMENTS} | {"yunxi"}
    used_names, used_prefixes = set(), set()

    def fresh():
        while True:
            (c1, p1), (c2, p2) = rng.sample(PLACE_CHARS, 2)
            short = c1 + c2
            if short in used_names:
                continue
            used_names.add(short)
            base = p1 + p2
            uid, k = base, 2
            while uid in used_ids:
                uid, k = f"{base}{k}", k + 1
            used_ids.add(uid)
            prefix = (p1[0] + p2[0]).upper()
            pre, k = prefix, 2
            while pre in used_prefixes:
                pre, k = f"{prefix}{k}", k + 1
            used_prefixes.add(pre)
            return uid, short, pre

    district = Unit("yunxi", "云溪区", "云溪", "区", "YX")
    used_prefixes.add("YX")
    villages, towns = [], []
    for t in range(n_towns):
        street = t % 3 == 2  # every third is a 街道 with 社区 under it
        uid, short, pre = fresh()
        town = Unit(uid + ("-jd" if street else "-zhen"), short + ("街道" if street else "镇"), short,
                    "街道" if street else "镇", pre, district)
        district.children.append(town)
        towns.append(town)
    for v in range(n_villages):
        town = towns[v % n_towns]
        street = town.level == "街道"
        uid, short, pre = fresh()
        village = Unit(uid, short + ("社区" if street else "村"), short, "社区" if street else "村", pre, town)
        town.children.append(village)
        villages.append(village)
    return district, towns, villages


def units_yaml(district):
    out = ["# 云溪区（虚构）的单位树：区 → 镇/街道 → 村/社区。由 Benchmarks/gen-corpus.py 生成。"]

    def walk(u, indent):
        pad = " " * indent
        out.append(f"{pad}- id: {u.id}")
        out.append(f"{pad}  name: {u.name}")
        out.append(f"{pad}  level: {u.level}")
        if u.children:
            out.append(f"{pad}  children:")
            for c in u.children:
                walk(c, indent + 4)

    walk(district, 0)
    return "\n".join(out) + "\n"


SITE_YML = f"""# 基准测试用的虚构站点：由 Benchmarks/gen-corpus.py 生成
title: 云溪区协商议事公开栏（基准测试）
locale: zh-Hans
base_url: https://example.org/yishi-bench/
timezone: Asia/Shanghai
rules:
  cadence_days: 61
  default_due_days: 30
privacy:
  allow: ["{HOTLINE}"]
notice:
  days: 7
  hotline: "{HOTLINE}"
categories: [{", ".join(CATEGORIES)}]
platforms: [{", ".join(PLATFORMS)}]
formats: [{", ".join(FORMATS)}]
search: false
extra:
  organizer: 中共云溪区委社会工作部
"""


def departments_yaml():
    lines = ["# 可以承办议事事项的部门"]
    for d, name in DEPARTMENTS:
        lines += [f"- id: {d}", f"  name: {name}"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Generation


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.district, self.towns, self.villages = build_units(self.rng, n)
        self.units = {u.id: u for u in [self.district] + self.towns + self.villages}
        self.dept_name = dict(DEPARTMENTS)
        self.items = []                 # every Item, in raising order
        self.by_owner = {}              # owner id -> [Item]
        self.open_by_unit = {}          # unit id -> [Item] (may hold closed ones; filtered lazily)
        self.span = (LAST_DAY - FIRST_DAY).days

    def owner_name(self, o):
        return self.dept_name.get(o) or self.units[o].name

    def word(self, table, value):
        return self.rng.choice(table[value])

    # ---- meetings

    def plan_meetings(self):
        rng = self.rng
        plan = []
        for _ in range(self.n):
            r = rng.random()
            if r < 0.02:
                unit = self.district
            elif r < 0.10:
                unit = rng.choice(self.towns)
            else:
                unit = rng.choice(self.villages)
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(self.span + 1))
            plan.append((day, unit.id))
        plan.sort()
        names, seen = [], {}
        for day, uid in plan:
            base = f"{day.isoformat()}-{uid}"
            k = seen.get(base, 0) + 1
            seen[base] = k
            names.append((day, self.units[uid], base if k == 1 else f"{base}-{k}"))
        return names

    def new_item_id(self, unit, year):
        n = unit.counters.get(year, 0) + 1
        unit.counters[year] = n
        return f"{unit.prefix}-{year}-{n:03d}"

    def meeting(self, day, unit, mid):
        rng = self.rng
        if unit.level == "区":
            host, pool = rng.choice(HOSTS_DISTRICT), LEADERS[:4]
        elif unit.level in ("镇", "街道"):
            host, pool = rng.choice(HOSTS_TOWN), LEADERS[:6]
        else:
            host = rng.choice(HOSTS_COMMUNITY if unit.level == "社区" else HOSTS_VILLAGE)
            pool = LEADERS[4:8]
        platform, fmt = rng.choice(PLATFORMS), rng.choice(FORMATS)
        venue = rng.choice(VENUES)
        start = rng.choice([9, 14, 15, 19, 19, 19, 20, 20])
        length = rng.choice([60, 90, 120])
        end_min = start * 60 + (0 if start >= 14 else 30) + length
        begin = f"{start:02d}:{'00' if start >= 14 else '30'}"
        time_text = f"{begin}-{end_min // 60:02d}:{end_min % 60:02d}"
        self.time_text = time_text
        total = rng.randint(18, 120)
        residents = int(total * rng.uniform(0.55, 0.75))
        party = rng.randint(1, max(1, total // 8))
        officials = rng.randint(1, max(1, min(total // 10, total - residents - party)))
        attendance = [("residents", residents), ("party_members", party), ("officials", officials)]
        if rng.random() < 0.4:
            rest = total - residents - party - officials
            if rest > 0:
                attendance.append(("representatives", rng.randint(0, rest)))
        n_items = rng.randint(2, 6)
        depts = rng.sample([d for d, _ in DEPARTMENTS], rng.randint(1, 4))
        leaders = rng.sample(pool, rng.randint(0, 2))
        items = []
        for _ in range(n_items):
            items.append(self.raise_item(unit, day, depts, total))
        # Reports on earlier items of this unit (a later meeting's updates: list).
        reports = []
        if rng.random() < 0.25:
            reports = self.take_open(unit.id, day, rng.randint(1, 2))
        report_entries = [self.advance(it, day) for it in reports]
        publicized = day + dt.timedelta(days=rng.randint(1, 4))
        if publicized > LAST_DAY:
            publicized = None

        title_item = items[0]
        title = rng.choice([
            f"{unit.name}{day.month}月{platform}",
            f"{unit.name}关于{title_item['title'].split('，')[0]}的{fmt}",
            f"{unit.name}{day.year}年第{cn_number(unit.counters.get(-day.year, 0) + 1)}次{platform}",
            f"{unit.name}{platform}·{fmt}",
        ])
        unit.counters[-day.year] = unit.counters.get(-day.year, 0) + 1

        fm = ["---", f"title: {title}", f"date: {day.isoformat()}", f'time: "{time_text}"', f"unit: {unit.id}",
              f"platform: {platform}", f"format: {fmt}", f"venue: {venue}", f"host: {host}"]
        if rng.random() < 0.3:
            fm.append("agenda:")
            # List entries must not hold a full-width comma: yishi reads that as a slip for ','.
            fm += [f"  - {it['title'].split('，')[0]}" for it in items[:3] if not it["_item"].private]
        fm.append("attendance:")
        fm.append(f"  total: {total}")
        fm += [f"  {k}: {v}" for k, v in attendance]
        fm.append(f"departments: [{', '.join(depts)}]")
        if leaders:
            fm.append(f"leaders: [{', '.join(leaders)}]")
        fm.append("items:")
        for it in items:
            fm.append(f"  - id: {it['id']}")
            for key in ("title", "kind", "category", "urgency", "raised_by", "decision", "vote", "owner", "due",
                        "status", "funds", "note", "satisfaction", "private"):
                if key in it:
                    fm.append(f"    {key}: {it[key]}")
        if report_entries:
            fm.append("updates:")
            for e in report_entries:
                fm += self.entry_lines(e, "  ")
        if publicized:
            fm.append(f"publicized: {publicized.isoformat()}")
        if rng.random() < 0.01:
            fm.append(f"aliases: [{mid}-old]")
        fm.append("---")
        body = self.meeting_body(day, unit, host, platform, fmt, venue, total, attendance, depts, leaders,
                                 items, reports)
        return "\n".join(fm) + "\n" + body

    def raise_item(self, unit, day, depts, total):
        rng = self.rng
        category = rng.choice(CATEGORIES)
        spot = rng.choice(SPOTS)
        title = rng.choice(TITLES[category]).format(s=spot, u=unit.short)
        kind = "dispute" if category == "矛盾纠纷" else rng.choice(["problem", "problem", "suggestion"])
        if title.startswith("建议"):
            kind = "suggestion"
        status = rng.choices(["proposed", "accepted", "in_progress", "resolved", "rejected", "referred", "deferred"],
                             [10, 35, 20, 20, 5, 5, 5])[0]
        it = Item()
        it.id = self.new_item_id(unit, day.year)
        it.title, it.category, it.unit, it.date, it.status, it.last = title, category, unit.id, day, status, day
        it.private = rng.random() < 0.01
        owners = [d for d in CATEGORY_DEPTS[category] if d in depts] or CATEGORY_DEPTS[category]
        owner = unit.id if rng.random() < 0.2 else rng.choice(owners)
        fields = {"id": it.id, "title": title, "kind": self.word(KIND_WORDS, kind), "category": category,
                  "urgency": self.word(URGENCY_WORDS, rng.choices(list(URGENCY_WORDS), [25, 50, 15, 10])[0]),
                  "raised_by": rng.choice(RAISERS)}
        it.owner = None
        if status in ("accepted", "in_progress", "resolved", "deferred"):
            fields["decision"] = rng.choice(DECISIONS[category]).format(
                o=self.owner_name(owner), d=f"{(day + dt.timedelta(days=30)).month}月底")
            if rng.random() < 0.7:
                f_ = rng.randint(total // 2, total)
                a = rng.randint(0, (total - f_) // 4)
                ab = rng.randint(0, total - f_ - a)
                fields["vote"] = f"{{for: {f_}, against: {a}, abstain: {ab}}}"
            fields["owner"] = owner
            it.owner = owner
            if status != "resolved" or rng.random() < 0.5:
                fields["due"] = (day + dt.timedelta(days=rng.randint(7, 180))).isoformat()
        elif status == "proposed" and rng.random() < 0.4:
            fields["owner"] = owner
            it.owner = owner
        fields["status"] = self.word(STATUS_WORDS, status)
        if status in ("accepted", "in_progress") and rng.random() < 0.3:
            fields["funds"] = rng.randrange(1000, 2000000, 1000)
        if status in ("rejected", "referred", "deferred"):
            fields["note"] = rng.choice(NOTES[status])
        if status == "resolved":
            fields["note"] = "当场答复，" + self.resolved_note(category)
            if rng.random() < 0.6:
                fields["satisfaction"] = self.word(SATISFACTION_WORDS, rng.choices(list(SATISFACTION_WORDS), [60, 30, 10])[0])
        if it.private:
            fields["private"] = "true"
        self.items.append(it)
        if it.owner:
            self.by_owner.setdefault(it.owner, []).append(it)
        if status in OPEN:
            self.open_by_unit.setdefault(unit.id, []).append(it)
        fields["_item"] = it
        return fields

    def take_open(self, uid, day, k):
        pool = self.open_by_unit.get(uid, [])
        pool[:] = [it for it in pool if it.status in OPEN]
        cands = [it for it in pool if it.last < day and not it.private]
        return self.rng.sample(cands, min(k, len(cands)))

    def advance(self, it, day):
        """Moves an open item one step along its lifecycle on `day`; returns the update entry."""
        rng = self.rng
        e = {"item": it.id}
        nxt = {"proposed": ["accepted", "rejected", "referred"], "accepted": ["in_progress", "resolved"],
               "in_progress": ["in_progress", "resolved", "resolved"], "deferred": ["in_progress", "accepted"]}
        status = rng.choice(nxt[it.status])
        if status in ("accepted", "in_progress") and not it.owner:
            it.owner = rng.choice(CATEGORY_DEPTS[it.category])
            e["owner"] = it.owner
            self.by_owner.setdefault(it.owner, []).append(it)
        e["status"] = self.word(STATUS_WORDS, status)
        if status == "accepted":
            e["due"] = (day + dt.timedelta(days=rng.randint(15, 120))).isoformat()
        if status == "in_progress":
            e["note"] = rng.choice(NOTES["progress"])
            if rng.random() < 0.3:
                e["funds"] = rng.randrange(1000, 900000, 1000)
        elif status == "resolved":
            e["note"] = self.resolved_note(it.category)
            e["satisfaction"] = self.word(SATISFACTION_WORDS, rng.choices(list(SATISFACTION_WORDS), [60, 30, 10])[0])
        elif status in ("rejected", "referred"):
            e["note"] = rng.choice(NOTES[status])
        it.status, it.last = status, day
        return e

    def resolved_note(self, category):
        notes = NOTES["resolved"] if category == "矛盾纠纷" else [n for n in NOTES["resolved"] if "调解" not in n]
        return self.rng.choice(notes)

    @staticmethod
    def entry_lines(e, pad):
        keys = [k for k in ("status", "owner", "due", "funds", "satisfaction", "note") if k in e]
        return [f"{pad}- item: {e['item']}"] + [f"{pad}  {k}: {e[k]}" for k in keys]

    def meeting_body(self, day, unit, host, platform, fmt, venue, total, attendance, depts, leaders, items, reports):
        rng = self.rng
        hour = int(self.time_text.split(":")[0])
        part = "上午" if hour < 12 else "下午" if hour < 18 else "晚"
        att = dict(attendance)
        dept_names = "、".join(self.dept_name[d] for d in depts)
        s = [f"{day.year}年{day.month}月{day.day}日{part}，{unit.name}在{venue}召开{platform}{fmt}，由{host}主持，"
             f"参会{total}人次，其中居民群众{att['residents']}人次、党员{att['party_members']}人次。"
             + (f"{'、'.join(leaders)}到会听取意见。" if leaders else "")
             + f"{dept_names}派员参加，现场答复群众关切。" + rng.choice(OPENING_EXTRA)]
        s.append("")
        s.append("## 议程")
        s.append("")
        agenda = ["通报上次议定事项办理情况"] if reports else [rng.choice(["收集议题并现场协商", "听取群众反映的问题和建议"])]
        public = [it for it in items if not it["_item"].private]
        agenda += [f"议题：{it['title']}" for it in public]
        agenda += ["对议定事项进行表决", "明确责任单位和完成时限"]
        s += [f"{i}. {a}" for i, a in enumerate(agenda, 1)]
        s.append("")
        if reports:
            s.append("## 上次议定事项办理情况")
            s.append("")
            for it in reports:
                s.append(f"- {it.title}（{it.id}）：{STATUS_CN[it.status]}。")
            s.append("")
        s.append("## 发言摘要")
        s.append("")
        # Meetings with many items get answers to the first few only, to stay within 3 KB.
        answered = 6 - len(public) if len(public) >= 4 else len(public)
        for k, it in enumerate(public):
            s.append(f"- **{it['raised_by']}**：{rng.choice(COMPLAINTS)}")
            if k < answered:
                owner = it.get("owner")
                who = (self.dept_name.get(owner, "村（居）委会") + "负责人") if owner else host
                s.append(f"- **{who}**：{rng.choice(RESPONSES)}")
        s.append(f"- **{leaders[0] if leaders else host}**：{rng.choice(CHAIR_CLOSINGS)}")
        s.append("")
        s.append("## 议定事项")
        s.append("")
        s.append("| 编号 | 事项 | 责任单位 | 时限 | 状态 |")
        s.append("|---|---|---|---|---|")
        for it in public:
            owner = it.get("owner")
            s.append(f"| {it['id']} | {it['title']} | {self.owner_name(owner) if owner else '—'} | "
                     f"{it.get('due', '—')} | {STATUS_CN[self.raised_status(it)]} |")
        if len(public) < len(items):
            s.append("")
            s.append(f"另有{cn_number(len(items) - len(public))}项涉及个人隐私的事项，按规定不予公开。")
        s.append("")
        voted = [it for it in public if "vote" in it]
        if voted:
            it = voted[0]
            v = it["vote"].strip("{}").replace(",", "").split()
            s.append(f"经参会代表举手表决，“{it['title']}”赞成{v[1]}票、反对{v[3]}票、弃权{v[5]}票，表决通过。")
            s.append("")
        body = "\n".join(s)
        tail = rng.choice(ENDINGS).format(u=unit.name, days=cn_number(7), hotline=HOTLINE)
        # Pad with varied paragraphs to a 2-3 KB body.
        target = rng.randint(2100, 2900)
        extra = []
        size = len(body.encode()) + len(tail.encode()) + 40
        others = rng.sample(OTHER_MATTERS, len(OTHER_MATTERS))
        situ = rng.sample(SITUATION, len(SITUATION))
        while size < target and (others or situ):
            if situ and (not others or rng.random() < 0.3):
                line = situ.pop().format(n=cn_number(rng.randint(3, 60)), m=cn_number(rng.randint(2, 90)),
                                         k=cn_number(rng.randint(2, 12)))
            else:
                line = "- " + others.pop()
            if size + len(line.encode()) > 3000 and size >= 2048:
                break
            extra.append(line)
            size += len(line.encode()) + 2
        if extra:
            paras = [x for x in extra if not x.startswith("- ")]
            bullets = [x for x in extra if x.startswith("- ")]
            if paras:
                body += "\n" + "\n\n".join(paras) + "\n"
            if bullets:
                body += "\n## 其他意见\n\n" + "\n".join(bullets) + "\n"
        return body + "\n" + tail + "\n"

    @staticmethod
    def raised_status(fields):
        w = fields["status"]
        for k, words in STATUS_WORDS.items():
            if w in words:
                return k
        return "proposed"

    # ---- update files

    def update_file(self, used):
        """One update file: an owner reports on 1-3 of its open items. None when nothing fits."""
        rng = self.rng
        for _ in range(50):
            it = rng.choice(self.items)
            if it.status not in OPEN or not it.owner or it.private:
                continue
            day = it.last + dt.timedelta(days=rng.randint(7, 90))
            if day > LAST_DAY:
                continue
            owner = it.owner
            chosen = [it]
            mates = self.by_owner.get(owner, [])
            for _ in range(rng.randint(0, 2) * 3):
                m = rng.choice(mates)
                if m not in chosen and m.status in OPEN and m.last < day and m.owner == owner and not m.private:
                    chosen.append(m)
                if len(chosen) >= 3:
                    break
            entries = [self.advance(m, day) for m in chosen]
            base = f"{day.isoformat()}-{owner}"
            k = used.get(base, 0) + 1
            used[base] = k
            name = base if k == 1 else f"{base}-{k}"
            units = {m.unit for m in chosen}
            fm = ["---", f"title: {self.owner_name(owner)}{day.year}年{day.month}月议事事项办理进展", f"date: {day.isoformat()}"]
            if len(units) == 1:
                fm.append(f"unit: {units.pop()}")
            fm.append("updates:")
            for e in entries:
                fm += self.entry_lines(e, "  ")
            fm.append("---")
            lines = [f"本期反馈{cn_number(len(chosen))}项议事事项办理情况：", ""]
            for m in chosen:
                lines.append(f"- {self.units[m.unit].name}“{m.title}”（{m.id}）：{STATUS_CN[m.status]}。")
            lines += ["", rng.choice(["已办结事项已组织群众代表现场查看，并入户回访。", "办理情况已在公开栏同步公示。",
                                      "未办结事项将继续跟踪督办，按月反馈进展。"])]
            return day, name, "\n".join(fm) + "\n" + "\n".join(lines) + "\n"
        return None


# --------------------------------------------------------------------------------------
# The personal-data scan of yishi (Sources/YishiCore/Privacy/PersonalData.swift), ported,
# to prove the generated text never trips it (--check-privacy).

_SEP = set(" -\u2010\u2011\u2012\u2013\u2014\uff0d\u3000\u00a0*_~`\n.\u00b7()（）+")


def _digit(ch, allow_x):
    o = ord(ch)
    if 0x30 <= o <= 0x39:
        return ch
    if 0xFF10 <= o <= 0xFF19:
        return chr(o - 0xFF10 + 0x30)
    if allow_x and ch in "XxＸｘ":
        return "X"
    return None


def _checksum(c):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not all(x.isdigit() for x in c[:17]):
        return False
    return c[17] == "10X98765432"[sum(int(c[k]) * w[k] for k in range(17)) % 11]


def _classify(s):
    if len(s) == 11 and s[0] == "1" and s[1] in "3456789" and "X" not in s:
        return "mobile"
    if len(s) == 13 and s[:2] == "86" and s[2] == "1" and s[3] in "3456789" and "X" not in s:
        return "mobile"
    if len(s) == 18 and "X" not in s[:-1] and _checksum(s):
        return "identity"
    return None


def personal_data(text, allowed=(HOTLINE,)):
    allowed = {"".join(d for d in (_digit(c, True) for c in a) if d) for a in allowed}
    groups, i, gap, n = [], 0, None, len(text)
    while i < n:
        d = _digit(text[i], False)
        if d:
            digits, start = [d], i
            i += 1
            while i < n:
                d = _digit(text[i], True)
                if not d:
                    break
                digits.append(d)
                i += 1
                if d == "X":
                    break
            groups.append((digits, start, gap))
            gap = 0
            continue
        gap = gap + 1 if (text[i] in _SEP and gap is not None) else None
        if gap is not None and gap > 4:
            gap = None
        i += 1
    found = []
    for first in range(len(groups)):
        digits = []
        for last in range(first, len(groups)):
            if last > first and groups[last][2] is None:
                break
            digits += groups[last][0]
            if len(digits) > 20:
                break
            cand = "".join(digits)
            kind = _classify(cand)
            if kind and cand not in allowed:
                found.append((kind, cand, groups[first][1]))
                break
    return found


# --------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of meetings")
    ap.add_argument("outdir", help="site folder to write (OUTDIR/content/ is replaced)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--check-privacy", action="store_true",
                    help="scan every written file with a port of yishi's phone/ID-number check")
    a = ap.parse_args()
    if a.n < 1:
        ap.error("N must be at least 1")
    t0 = time.monotonic()
    content = os.path.join(a.outdir, "content")
    if os.path.isdir(content):
        shutil.rmtree(content)
    os.makedirs(content)
    g = Generator(a.n, a.seed)
    files = {"site.yml": SITE_YML, "units.yml": units_yaml(g.district), "departments.yml": departments_yaml()}
    for name, text in files.items():
        with open(os.path.join(content, name), "w", encoding="utf-8") as f:
            f.write(text)
    made_dirs = set()

    def write(rel, text):
        path = os.path.join(content, rel)
        d = os.path.dirname(path)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if a.check_privacy:
            hits = personal_data(text)
            if hits:
                sys.exit(f"gen-corpus: {rel}: would be refused as personal data: {hits}")
        return len(text.encode())

    nbytes = 0
    # Meetings first, in date order (a later meeting's updates: report on earlier items);
    # then the update files, each dated after the last event of every item it reports on.
    plan = g.plan_meetings()
    n_updates = a.n // 5
    used = {}
    body_sizes = []
    for day, unit, mid in plan:
        text = g.meeting(day, unit, mid)
        body_sizes.append(len(text.split("\n---\n", 1)[1].encode()))
        nbytes += write(f"meetings/{day.year}/{mid}.md", text)
    made = 0
    tries = 0
    while made < n_updates and tries < n_updates * 20:
        tries += 1
        r = g.update_file(used)
        if r is None:
            continue
        day, name, text = r
        nbytes += write(f"updates/{day.year}/{name}.md", text)
        made += 1
    dt_s = time.monotonic() - t0
    body_sizes.sort()
    print(f"gen-corpus: {a.n} meetings, {made} update files, {len(g.items)} items, "
          f"{len(g.villages)} villages/communities in {len(g.towns)} towns/streets, "
          f"{nbytes / 1048576:.1f} MiB, bodies {body_sizes[0]}-{body_sizes[-1]} B (median {body_sizes[len(body_sizes) // 2]}), "
          f"seed {a.seed}, {dt_s:.1f} s -> {content}")


if __name__ == "__main__":
    main()
