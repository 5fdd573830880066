#!/usr/bin/env python3
"""Generate the demo content of yishi: a fictional district, 云溪区.

    python3 scripts/gen-demo.py [CONTENT_DIR]      (default: content/ at the repo root)

Writes site.yml, units.yml and departments.yml into CONTENT_DIR, and deletes and
recreates its meetings/ and updates/ folders. Standard library only, and
deterministic: one fixed random seed, no clock; the reference date is AS_OF below.

The generator models every item's whole life (raised at a meeting, then updated in
update files or in later meetings' `updates:` lists), folds it the way DESIGN §4
says the tool will, and asserts the invariants the demo promises before it writes a
byte: the counts, sums, dates, ids, the cadence story and every required feature.
"""

import datetime as dt
import json
import os
import re
import shutil
import sys
from collections import Counter, defaultdict
from random import Random


D = dt.date
AS_OF = D(2026, 11, 21)          # the "today" of the demo: builds use --as-of 2026-11-21
LAST_UPDATE = AS_OF - dt.timedelta(days=1)
START = D(2025, 5, 1)
END = D(2026, 10, 31)
CADENCE = 61
DEFAULT_DUE = 30
HOTLINE = "0000-88886666"

rng = Random(20240101)


# ---------------------------------------------------------------------------
# The district: fictional names, real-sounding places

DISTRICT = {"id": "yunxi", "name": "云溪区"}

TOWNS = [
    {"id": "qingshi-zhen", "name": "青石镇", "level": "镇", "prefix": "QS", "style": "zh", "platform": "云溪夜话",
     "rural": True, "places": ["镇区", "青石大道沿线", "高速连接线沿线"],
     "venues": ["镇政府三楼会议室", "镇党群服务中心"], "hosts": ["镇党委书记", "镇长"],
     "villages": [
         {"id": "longjiang", "name": "龙江村", "level": "村", "prefix": "LJ", "style": "en",
          "places": ["安置区东侧", "安置区西门", "一组", "三组", "村小学门口", "河堤路", "晒谷场"],
          "roads": ["环村路", "安置区主干道", "河堤路"],
          "venues": ["村委会门口", "村文化广场", "安置区凉亭", "村党群服务中心"],
          "hosts": ["村党总支书记", "村委会主任", "驻村第一书记"]},
         {"id": "shangping", "name": "上坪村", "level": "村", "prefix": "SP", "style": "zh",
          "places": ["上坪组", "下坪组", "村口老樟树下", "茶园片区", "村卫生室旁", "新村点"],
          "roads": ["通组公路", "茶园便道", "上坪至镇区村道"],
          "venues": ["村口老樟树下", "村委会会议室", "祠堂前空地", "下坪组晒谷场"],
          "hosts": ["村党支部书记", "村委会主任"]},
         {"id": "xikou", "name": "溪口村", "level": "村", "prefix": "XK", "style": "mix",
          "places": ["溪口桥头", "二组", "四组", "老街巷", "渡口", "村小学门口"],
          "roads": ["沿溪路", "渡口便道", "溪口大桥引道"],
          "venues": ["村委会门口", "溪口桥头凉亭", "村文化礼堂"],
          "hosts": ["村党总支书记", "村委会主任", "包村干部"]},
         {"id": "taoyuan", "name": "桃源村", "level": "村", "prefix": "TY", "style": "en",
          "places": ["桃源新村", "果园片区", "五组", "六组", "村口广场", "桥头"],
          "roads": ["桃源大道", "果园机耕路", "桥头路段"],
          "venues": ["村口广场", "村党群服务中心", "果园合作社院坝"],
          "hosts": ["村党支部书记", "村委会主任"]},
         {"id": "shixi", "name": "石溪村", "level": "村", "prefix": "SX", "style": "zh", "role": "merged",
          "until": "2026-03-31", "merged_into": "xikou", "note": "2026年4月并入溪口村",
          "places": ["石溪老村", "一组", "三组", "石拱桥头", "老村部", "后山茶园"],
          "roads": ["石溪村道", "茶园便道", "石拱桥路段"],
          "venues": ["老村部院坝", "石拱桥头"],
          "hosts": ["村党支部书记", "村委会主任"]},
     ]},
    {"id": "baisha-zhen", "name": "白沙镇", "level": "镇", "prefix": "BS", "style": "en", "platform": "宅上议",
     "rural": True, "places": ["镇区", "白沙圩集", "滨海路沿线"],
     "venues": ["镇政府会议室", "镇文化站"], "hosts": ["镇党委书记", "镇党委副书记"],
     "villages": [
         {"id": "haifeng", "name": "海丰村", "level": "村", "prefix": "HF", "style": "zh",
          "places": ["民宿集中区", "海丰新村", "码头片区", "一组", "沿海防护林旁", "村小学门口"],
          "roads": ["滨海村道", "码头路", "民宿区环路"],
          "venues": ["村文化广场", "码头榕树下", "村委会会议室", "民宿区停车场"],
          "hosts": ["村党总支书记", "村委会主任"]},
         {"id": "nantian", "name": "南田村", "level": "村", "prefix": "NT", "style": "zh",
          "places": ["南田洋", "三组", "七组", "村部周边", "山脚片区", "水库下游"],
          "roads": ["南田机耕路", "村部至水库道路", "山脚村道"],
          "venues": ["村部院坝", "三组晒谷场", "老祠堂"],
          "hosts": ["村党支部书记", "村委会主任", "村民小组长"]},
         {"id": "luojia", "name": "罗家村", "level": "村", "prefix": "LUO", "style": "mix",
          "places": ["罗家垄", "灌溉渠沿线", "二组", "五组", "老村部", "田间道路口"],
          "roads": ["罗家垄机耕路", "渠边便道", "老村部村道"],
          "venues": ["灌溉渠旁田埂", "村委会会议室", "老村部门口"],
          "hosts": ["村党支部书记", "村委会主任", "驻村第一书记"]},
         {"id": "wuyi", "name": "五一村", "level": "村", "prefix": "WY", "style": "en",
          "places": ["古戏台周边", "游客服务点", "一组", "四组", "竹林片区", "停车场"],
          "roads": ["旅游环线", "古戏台巷", "竹林步道"],
          "venues": ["古戏台前", "村民活动中心", "游客服务点"],
          "hosts": ["村党总支书记", "村委会主任"]},
     ]},
    {"id": "cuiping-jd", "name": "翠屏街道", "level": "街道", "prefix": "CP", "style": "en",
     "platform": "居民夜谈会", "rural": False, "places": ["街道辖区", "翠屏路沿线", "夜市片区"],
     "venues": ["街道党群服务中心", "街道议事厅"], "hosts": ["街道党工委书记", "街道办事处主任"],
     "villages": [
         {"id": "jingxi", "name": "荆西社区", "level": "社区", "prefix": "JX", "style": "en",
          "places": ["社区文化广场", "荆西路口", "3号楼", "菜市场后巷", "社区南门", "老年活动中心"],
          "estates": ["荆西花园", "纺织厂宿舍区", "桂花苑"], "roads": ["荆西路", "菜市场后巷", "南门支路"],
          "venues": ["社区文化广场", "社区议事厅", "小区凉亭"],
          "hosts": ["社区党委书记", "社区居委会主任"]},
         {"id": "furong", "name": "芙蓉社区", "level": "社区", "prefix": "FR", "style": "zh",
          "places": ["芙蓉新村", "5号楼", "社区北门", "幼儿园门口", "老旧小区", "公交站台"],
          "estates": ["芙蓉新村", "建设新村", "锦绣家园"], "roads": ["芙蓉二路", "北门支路", "学府巷"],
          "venues": ["社区党群服务中心", "芙蓉新村架空层", "社区北门小广场"],
          "hosts": ["社区党委书记", "社区居委会主任", "网格长"]},
         {"id": "tenghai", "name": "藤海社区", "level": "社区", "prefix": "TH", "style": "mix",
          "places": ["夜市街", "藤海商业街", "2号楼", "滨河步道", "社区东门", "农贸市场"],
          "estates": ["藤海小区", "滨河花园", "幸福里"], "roads": ["藤海路", "夜市街", "滨河步道"],
          "venues": ["社区议事厅", "夜市街口", "滨河花园凉亭"],
          "hosts": ["社区党委书记", "社区居委会主任"]},
         {"id": "xinqiao", "name": "新桥社区", "level": "社区", "prefix": "XQ", "style": "zh",
          "places": ["新桥小区", "桥西片区", "1号楼", "社区菜场", "老桥头", "社区东门"],
          "estates": ["新桥小区", "桥西公寓", "供销社宿舍"], "roads": ["新桥路", "桥西巷", "老桥头路"],
          "venues": ["社区议事厅", "新桥小区广场"],
          "hosts": ["社区党支部书记", "社区居委会主任"]},
     ]},
    {"id": "changxing-jd", "name": "长兴街道", "level": "街道", "prefix": "CX", "style": "zh",
     "platform": "月月恳谈会", "rural": False, "places": ["街道辖区", "长兴老街", "长兴大道沿线"],
     "venues": ["街道会议室", "长兴老街口"], "hosts": ["街道党工委书记", "街道办事处主任"],
     "villages": [
         {"id": "laojie", "name": "长兴老街社区", "level": "社区", "prefix": "LX", "style": "en",
          "places": ["老街北段", "老街南段", "米市巷", "戏院旧址", "7号院", "老街口"],
          "estates": ["米市巷民居", "老街7号院", "供电所宿舍"], "roads": ["长兴老街", "米市巷", "戏院巷"],
          "venues": ["老街口", "社区议事厅", "戏院旧址前"],
          "hosts": ["社区党委书记", "社区居委会主任"]},
         {"id": "yuanqiao", "name": "袁桥社区", "level": "社区", "prefix": "YQ", "style": "zh",
          "places": ["后巷", "袁桥小区", "4号楼", "社区西门", "菜场路口", "小学门口"],
          "estates": ["袁桥小区", "西门花园", "建材厂宿舍"], "roads": ["袁桥路", "后巷", "西门路"],
          "venues": ["社区党群服务中心", "袁桥小区广场", "后巷口"],
          "hosts": ["社区党委书记", "社区居委会主任"]},
         {"id": "bixi", "name": "碧溪社区", "level": "社区", "prefix": "BX", "style": "mix",
          "places": ["碧溪花园", "中心广场", "6号楼", "社区北门", "老年食堂", "滨溪绿道"],
          "estates": ["碧溪花园", "碧溪雅苑", "电机厂宿舍"], "roads": ["碧溪路", "滨溪绿道", "北门路"],
          "venues": ["中心广场", "社区议事厅", "碧溪花园凉亭"],
          "hosts": ["社区党委书记", "社区居委会主任", "网格长"]},
         {"id": "nanhu", "name": "南湖社区", "level": "社区", "prefix": "NH", "style": "zh", "role": "never",
          "note": "2026年新设社区，居委会尚在组建", "since": "2026-07-01",
          "places": ["南湖安置小区"], "estates": ["南湖安置小区"], "roads": ["南湖路"],
          "venues": ["社区临时办公点"], "hosts": ["社区党支部书记"]},
     ]},
]
for _t in TOWNS:
    for _v in _t["villages"]:
        if _v["id"] == "xinqiao":
            _v["role"] = "lapsed"

DEPARTMENTS = [
    {"id": "zhujian", "name": "区住建局"},
    {"id": "caizheng", "name": "区财政局"},
    {"id": "chengguan", "name": "区城管局"},
    {"id": "weijian", "name": "区卫健委"},
    {"id": "jikong", "name": "区疾控中心"},
    {"id": "shuiwu", "name": "区水务局"},
    {"id": "minzheng", "name": "区民政局"},
    {"id": "wenlv", "name": "区文体旅游局"},
    {"id": "sifa", "name": "区司法局"},
    {"id": "ziran", "name": "区自然资源局"},
    {"id": "jiaotong", "name": "区交通运输局"},
    {"id": "nongye", "name": "区农业农村局"},
    {"id": "renshe", "name": "区人社局"},
    {"id": "shichang", "name": "区市场监管局"},
    {"id": "jiaoyu", "name": "区教育局"},
    {"id": "xiaofang", "name": "区消防救援大队"},
    {"id": "gongdian", "name": "云溪供电所"},
]

FORMAT_WEIGHTS = [("集中畅谈", 26), ("板凳会", 22), ("专题座谈", 14), ("定点接谈", 10), ("入户访谈", 8),
                  ("随机e谈", 5), ("云议事", 4)]
LEADERS_TOWN = {"镇": ["镇党委书记", "镇长", "镇党委副书记", "镇人大主席", "包村镇领导"],
                "街道": ["街道党工委书记", "街道办事处主任", "街道党工委副书记", "街道人大工委主任"]}
LEADERS_DISTRICT = ["区委书记", "区长", "区委副书记", "副区长", "区人大常委会副主任", "区政协副主席"]

REPLY_ROLES = {"rural": ["村党总支书记", "村委会主任", "驻村第一书记", "村民小组长"],
               "urban": ["社区党委书记", "社区居委会主任", "网格员", "物业负责人"]}
AGENDA_OPEN = ["听取群众反映的问题和建议", "群众代表发言", "部门现场答复", "收集议题并现场协商"]
CLOSINGS = [
    "会议议定事项将在{unit}公开栏公示{days}天，监督电话：{hotline}。",
    "议定结果会后由网格员逐户告知，并在{unit}公开栏张贴公示，接受群众监督。",
    "会议结果于会后在公开栏和议事微信群同步公示。对办理结果有意见的，可拨打监督电话{hotline}反映。",
    "下次议事会将首先通报本次议定事项的办理情况，办没办好请群众评议。",
]
PADDING = [
    "会前，网格员通过入户走访和议事微信群收集议题，经两委会初步梳理后列入本次议程。",
    "会上，参会群众对照上次会议的议定事项逐项询问进度，部门负责同志现场作答，气氛热烈。",
    "对群众提出但不属于本级职责范围的事项，会议明确由专人向上级部门反映，并在下次会议上答复。",
    "会议还就近期防汛防火、反诈骗和燃气安全作了提醒，志愿者向参会群众发放了宣传资料。",
    "会议全程做了文字记录，纪要经参会代表核对后公示。",
]

GENERIC_PROGRESS = ["已完成现场勘查，正在编制实施方案", "施工队已进场施工", "资金已落实，正在采购材料",
                    "方案已征求群众代表意见，正在组织实施"]
GENERIC_DONE = ["已按议定方案办结，经群众代表现场验收", "整改完成，已向反映群众反馈结果"]
GENERIC_REJECT = ["经审核，该事项属个人诉求，不属于村（社区）公共事务，不予受理，已向反映人解释说明",
                  "经现场核查，反映的情况已由相关单位在日常工作中处理，不再单独立项，已向群众说明",
                  "该事项已有明确的政策规定和办理渠道，不纳入议事范围，已告知办理途径"]
GENERIC_DEFER = ["需纳入下年度区级财政预算统筹安排", "涉及多个部门职责，需提请区联席会议研究后实施",
                 "需先完成群众意见征集和方案论证"]

# ---------------------------------------------------------------------------
# Matters raised at meetings, drawn from the cases in CASES.md.
# Placeholders: {place} {estate} {road} {n} {m} {unit} {town} {owner}. Notes carry no final 。

TEMPLATES = [
    # 基础设施
    dict(key="streetlight", cat="基础设施", kind="problem", urg=["normal", "normal", "minor"],
         titles=["{place}路灯长期不亮", "{place}路灯损坏，夜间出行不便", "{road}没有路灯，晚上一片漆黑"],
         raised=["安置区居民代表", "村民小组长", "老党员", "楼栋长", "居民代表"],
         owners=["zhujian", "gongdian", "zhujian"], n=(6, 40), funds=(8000, 60000),
         decision=["由{owner}牵头排查线路，更换损坏灯具", "由{owner}牵头安装太阳能路灯，{unit}配合选点"],
         progress=["已完成线路排查，灯具已采购到位", "施工队已进场，正在浇筑灯杆基础"],
         done=["新装太阳能路灯{n}盏，已全部亮灯", "更换LED灯具{n}盏，线路故障已排除"],
         speech=["天一黑{place}就看不清路，老人孩子晚上出门都要打手电，去年还有人摔过跤。",
                 "{road}一到晚上黑灯瞎火，跟村里反映过两次了。"],
         reply=["已安排人员夜间实地查看，先修复可修的灯具，缺灯路段增设太阳能路灯。",
                "这段线路老化严重，准备整体更换，一个月内让路灯亮起来。"]),
    dict(key="pothole", cat="基础设施", kind="problem", urg=["normal", "minor"],
         titles=["{road}路面坑洼，雨天积水", "{road}路面破损严重", "{place}路面塌陷，车辆通行危险"],
         raised=["村民代表", "居民代表", "出租车司机代表", "村民小组长"],
         owners=["jiaotong", "zhujian"], n=(40, 600), funds=(10000, 120000),
         decision=["由{owner}对破损路段进行修补", "由{owner}组织路面修复，{unit}做好施工期间交通疏导"],
         progress=["破损路段已围挡，等待沥青混合料进场"], done=["修补破损路面{n}平方米，已恢复通行"],
         speech=["{road}坑坑洼洼，一下雨全是水坑，电动车都不敢骑。", "每天送孩子上学都要绕路，{place}那段实在太烂了。"],
         reply=["路面修补已列入本月养护计划，先做应急修补，再安排整段罩面。"],
         reject=["该路段已纳入{town}道路提升工程统一改造，不再单独立项，已向群众说明施工计划"]),
    dict(key="drain", cat="基础设施", kind="problem", urg=["normal", "major", "urgent"],
         titles=["{place}排水沟堵塞，雨天积水倒灌", "{place}地势低洼，一下雨就积水", "{road}雨水井盖板缺失，积水成片"],
         raised=["居民代表", "临街商户代表", "村民代表", "楼栋长"],
         owners=["shuiwu", "zhujian", "UNIT"], n=(50, 400), funds=(20000, 200000),
         decision=["由{owner}牵头疏通排水沟，改造排水管网", "由{owner}先行清淤，汛前完成雨污管网改造"],
         progress=["已完成管网探测，确定改造方案", "清淤工作已完成，正在铺设管道"],
         done=["疏通排水沟{n}米，新建雨水井{m}座，经降雨检验不再积水", "改造排水管网{n}米，积水问题已解决"],
         speech=["去年汛期水都漫到家门口了，{place}的排水沟早就堵死了。", "一下大雨，{place}的积水能没过脚踝，老人出不了门。"],
         reply=["汛期前必须解决，先清淤应急，再做管网改造。"]),
    dict(key="manhole", cat="基础设施", kind="problem", urg=["urgent", "normal"],
         titles=["{place}井盖破损，存在安全隐患", "{road}窨井盖松动，车辆经过响声大",
                 dict(t="{place}雨水篦子缺失", speech=["{place}的雨水篦子被压坏了好几个，晚上骑车一不小心就掉进去。"],
                      decision=["由{owner}立即设置警示标志并补装雨水篦子"], done=["补装雨水篦子{n}个"])],
         raised=["居民代表", "网格员", "楼栋长"], owners=["chengguan", "shuiwu"], n=(2, 12), due=(3, 15),
         decision=["由{owner}立即设置警示标志并更换井盖"], done=["更换破损井盖{n}个，加装防坠网"],
         speech=["{place}那个井盖都裂了，车一压就哐当响，晚上小孩跑过去太危险。"], reply=["今晚先设围挡警示，三天内换上新的。"]),
    dict(key="hydrant", cat="平安建设", kind="problem", urg=["urgent", "normal"],
         titles=["{place}消防栓损坏无法出水", "{estate}消防栓被圈占，锈蚀漏水"], raised=["楼栋长", "物业负责人", "居民代表", "微型消防站队员"],
         owners=["xiaofang", "UNIT"], n=(1, 6), due=(5, 20),
         decision=["由{owner}检测管网，更换损坏的消防栓"], done=["更换室外消防栓{n}个，试水正常"],
         speech=["上次{estate}着火，消防栓拧开没有水，吓得大家不轻。"], reply=["马上组织检测，坏的一律更换，每季度试水一次。"]),
    dict(key="roadsign", cat="基础设施", kind="problem", urg=["minor", "normal"], env="urban",
         titles=["{road}没有路名牌，快递外卖找不到地址",
                 dict(t="{estate}楼栋号牌缺失", speech=["{estate}的楼栋号牌掉了一大半，来走亲戚的都找不到是哪栋。"],
                      decision=["由社区统一制作安装楼栋号牌，{owner}指导规范编号"], done=["补装楼栋号牌{n}块、单元牌{m}块"])],
         raised=["快递员代表", "居民代表", "网格员"],
         owners=["chengguan", "minzheng"], n=(3, 16), due=(10, 30),
         decision=["由{owner}设置路名牌，社区补钉门牌"], done=["设置路名牌{n}块，补钉门牌{m}块"],
         speech=["外卖小哥天天打电话问路，{road}连个路名牌都没有。"], reply=["路名已有批复，两周内把路牌立起来。"]),
    dict(key="lift_new", cat="基础设施", kind="suggestion", urg=["major"], env="urban",
         titles=["{estate}老旧小区加装电梯", "{estate}多层住宅加装电梯意愿征集"], raised=["老年居民代表", "楼栋长", "业委会代表"],
         owners=["zhujian"], funds=(300000, 800000), due=(120, 240),
         decision=["由{owner}指导办理加装电梯审批，按政策给予补助，社区组织业主协商出资分摊"],
         progress=["已有{m}个单元达成加装协议，正在办理规划审批", "首批电梯井道已开工"],
         done=["首批{m}部电梯已完成安装并通过验收投入使用"],
         speech=["我们{estate}住的大多是老人，六楼爬一趟要歇三回。", "一楼住户担心采光，二楼以上想装，得有个说法。"],
         reply=["加装电梯有政策补助，社区牵头一户一户做工作，先易后难。"],
         defer=["低层住户意见尚未统一，待业主协商一致后再推进"], stuck=True,
         stuck_note=["低层住户仍有异议，协商仍在进行"]),
    dict(key="lift_broken", cat="基础设施", kind="problem", urg=["urgent", "normal"], env="urban",
         titles=["{estate}电梯频繁停运", "{estate}电梯困人，存在安全隐患"], raised=["楼栋长", "老年居民代表", "业委会代表"],
         owners=["shichang", "zhujian"], due=(7, 30),
         decision=["由{owner}督促物业和维保单位检修电梯，消除安全隐患"],
         done=["电梯主机和控制柜已更换，经特种设备检验合格", "维保单位已更换老化部件，一个月内未再停运"],
         speech=["电梯一个月停了四五次，上周还关了人，老人都不敢坐了。"], reply=["已约谈维保单位，限期检修，检验合格前不得使用。"]),
    dict(key="irrigation", cat="产业发展", kind="problem", urg=["major", "normal"], env="rural",
         titles=["{place}灌溉渠淤塞破损，农田灌溉困难", "{place}水渠年久失修，漏水严重"], raised=["种粮大户", "村民小组长", "村民代表"],
         owners=["shuiwu", "nongye"], n=(300, 2000), funds=(80000, 300000), due=(45, 120),
         decision=["由{owner}争取项目资金，对灌溉渠进行清淤修复"], progress=["项目资金已批复，施工单位已进场清淤"],
         done=["清淤{n}米，修复渠身{m}处，已恢复通水"],
         speech=["渠里全是淤泥，水放不下来，下游十几亩田只能抽水浇。"], reply=["春耕前先清淤，渠身修复争取纳入农田水利项目。"],
         defer=["需纳入下年度农田水利项目统筹，待项目批复后实施"]),
    dict(key="road_quality", cat="基础设施", kind="problem", urg=["normal", "major"], env="rural",
         titles=["{road}重铺路面质量差，出现开裂", "{road}新修路面不到一年就起砂"], raised=["村民代表", "人大代表", "村民小组长"],
         owners=["jiaotong"], due=(30, 90),
         decision=["委托第三方开展技术鉴定，根据鉴定结论责成施工单位返修"],
         progress=["检测机构已取芯检测，报告显示面层厚度不足"], done=["施工单位已返修完毕，经群众代表验收合格"],
         speech=["这路才铺半年就裂了，是不是偷工减料，大家心里有疑问。"], reply=["先做质量检测，用数据说话，有问题的一律返工。"]),
    dict(key="bridge", cat="基础设施", kind="problem", urg=["major", "urgent"], env="rural",
         titles=["{place}桥梁改建施工，群众绕行困难", "{place}便桥被冲毁，学生上学绕远"], raised=["村民代表", "家长代表", "政协委员"],
         owners=["jiaotong"], due=(10, 60),
         decision=["由{owner}督促施工单位加快进度，先行开通临时便道"],
         done=["临时便道已开通，新桥提前半个月通行", "新桥已通车，学生不用再绕行"],
         speech=["桥一封就要绕四五公里，孩子上学天不亮就得走。"], reply=["今天就和施工单位对接，一周内开通临时便道。"]),
    dict(key="pavilion", cat="公共服务", kind="problem", urg=["minor"],
         titles=["{place}凉亭遮不住太阳和雨",
                 dict(t="{place}凉亭座椅损坏", speech=["凉亭的木椅子烂了好几张，老人坐下去差点摔倒。"],
                      decision=["由{unit}更换损坏座椅"], done=["更换凉亭座椅{n}张"])],
         raised=["老年居民代表", "居民代表"],
         owners=["UNIT"], n=(2, 8), due=(5, 20), onspot=True,
         decision=["由{unit}加装挡雨设施"], onspot_decision=["{unit}当场安排维修"],
         done=["凉亭挂设文化帘并加装挡雨板"], onspot_note=["现场安排人员当晚完成维修"],
         speech=["凉亭四面透风，太阳一晒、雨一飘，老人根本坐不住。"]),
    dict(key="voltage", cat="基础设施", kind="problem", urg=["normal", "urgent"], env="rural",
         titles=["{place}电压不稳，用电高峰频繁跳闸", "{place}变压器容量不足"], raised=["村民代表", "养殖户代表", "民宿经营户代表"],
         owners=["gongdian"], n=(200, 1500), due=(20, 90),
         decision=["由{owner}对台区进行增容改造"], progress=["新变压器已到货，正在办理停电计划"],
         done=["新增变压器1台，改造低压线路{n}米，电压恢复正常"],
         speech=["一到晚上空调一开就跳闸，冰箱里的东西都坏了。"], reply=["这个台区负荷确实超了，马上安排增容。"]),
    dict(key="water_pressure", cat="公共服务", kind="problem", urg=["normal"], env="urban",
         titles=["{estate}高层水压低，用水困难",
                 dict(t="{estate}自来水浑浊", speech=["早上一开水龙头流出来都是黄水，要放好久才清。"],
                      decision=["由{owner}检测水质，冲洗更换老旧管道"], done=["更换老旧供水管道{n}米，水质检测合格"])],
         raised=["楼栋长", "居民代表"], n=(80, 400),
         owners=["shuiwu"], funds=(30000, 150000), due=(20, 60),
         decision=["由{owner}检测管网，加装二次供水设施"], done=["加装二次供水加压泵组，高层用水恢复正常"],
         speech=["晚上七八点六楼以上就没水，洗澡要等到半夜。"], reply=["先查管网压力，必要时加装加压泵。"]),
    dict(key="road_widen", cat="基础设施", kind="suggestion", urg=["normal", "major"], env="rural",
         titles=["{road}路窄会车难，建议拓宽", "建议{road}增设错车道"], raised=["村民代表", "货车司机代表", "返乡创业青年"],
         owners=["jiaotong"], funds=(100000, 600000), n=(2, 8), due=(60, 180),
         decision=["由{owner}勘测论证，先增设错车道"], done=["增设错车道{n}处，会车难问题缓解"],
         speech=["{road}只有三米五宽，两车一对面就得倒老远。"], reply=["整体拓宽涉及用地，先在弯道处增设错车道。"],
         defer=["涉及占用基本农田，需纳入下年度农村公路提升计划统筹"], stuck=True,
         stuck_note=["用地手续仍在办理"]),
    # 人居环境
    dict(key="garbage", cat="人居环境", kind="problem", urg=["normal", "minor"],
         titles=["{place}垃圾清运不及时，夏天异味大", "{place}垃圾桶不够，垃圾堆在路边"], raised=["居民代表", "临街商户代表", "村民代表"],
         owners=["chengguan", "UNIT"], n=(4, 20), due=(7, 20),
         decision=["由{owner}增设垃圾桶，调整清运频次"], done=["增设垃圾桶{n}个，清运调整为每日两次"],
         speech=["垃圾两三天才拉一次，{place}一到夏天臭得没法走。"], reply=["清运频次马上调整，再加几组分类桶。"]),
    dict(key="mosquito", cat="人居环境", kind="problem", urg=["urgent", "major"],
         titles=["{place}蚊虫多，担心登革热", "{place}积水容器多，蚊虫滋生"], raised=["民宿经营户代表", "居民代表", "村医", "村民代表"],
         owners=["jikong", "weijian", "UNIT"], n=(2, 6), due=(7, 21),
         decision=["由{owner}指导开展灭蚊消杀，发动群众清理积水容器"],
         progress=["已完成第一轮灭蚊消杀，正在入户清理积水"],
         done=["开展灭蚊消杀{n}轮，清理积水容器{h}余处，入户发放防蚊宣传单"],
         speech=["晚上坐在门口一会儿腿上就是好几个包，游客也在网上投诉。", "听说邻县有登革热病例，大家心里不踏实。"],
         reply=["关键是清积水，花盆、轮胎、废桶都要翻一遍，消杀队明天进村。"]),
    dict(key="clutter", cat="人居环境", kind="problem", urg=["minor"],
         titles=["{place}杂物乱堆乱放", "{place}楼道堆放杂物，影响通行"], raised=["网格员", "楼栋长", "妇联执委", "村民小组长"],
         owners=["UNIT"], n=(10, 80), due=(7, 20), onspot=True,
         decision=["由{unit}组织志愿者清理，纳入积分制管理"], onspot_decision=["现场约定清理时间，由党员志愿者带头清理"],
         done=["组织志愿者清理杂物{n}处，清理户纳入积分奖励"], onspot_note=["会后当晚组织党员志愿者完成清理"],
         speech=["{place}堆了好多旧家具和纸箱，消防通道都堵了。"]),
    dict(key="backlane", cat="人居环境", kind="problem", urg=["normal"],
         titles=["{road}背街小巷卫生差", "{place}墙面破旧、乱贴小广告"], raised=["居民代表", "老党员"],
         owners=["chengguan", "UNIT"], n=(200, 1200), due=(15, 45),
         decision=["由{owner}开展背街小巷环境整治"], done=["清理小广告{h}余处，粉刷墙面{n}平方米"],
         speech=["主街干净了，背街小巷还是老样子，乱贴乱画、污水横流。"], reply=["背街小巷纳入本季度整治计划，保洁责任落实到人。"]),
    dict(key="toilet", cat="人居环境", kind="problem", urg=["normal"],
         titles=["{place}公厕年久失修",
                 dict(t="{place}缺少公共厕所", speech=["{place}人来人往，附近连个厕所都没有，外地人来了到处找。"],
                      decision=["由{owner}选址新建公厕"], done=["新建公厕1座，已投入使用，落实专人保洁"])],
         raised=["村民代表", "游客服务点工作人员", "居民代表"],
         owners=["nongye", "chengguan"], funds=(50000, 180000), due=(45, 120),
         decision=["由{owner}纳入公厕改造计划"], done=["公厕改造完成，落实专人保洁"],
         speech=["{place}那个公厕又脏又破，门都关不上。"], reply=["今年公厕改造还有指标，优先安排。"],
         defer=["改造资金需纳入区级年度预算，待预算下达后施工"]),
    dict(key="odour", cat="人居环境", kind="dispute", urg=["normal", "major"], env="rural",
         titles=["{place}养殖场异味扰民", "{place}养猪场污水直排引发矛盾"], raised=["村民代表", "养殖户代表"],
         owners=["nongye", "UNIT"], due=(20, 60),
         decision=["由{owner}督促养殖户建设粪污处理设施，{unit}组织双方协商"],
         done=["养殖场已建成粪污处理池，异味明显减轻，双方达成谅解"],
         speech=["一到夏天养殖场的味道飘过来，窗户都不敢开。", "（养殖户代表）我们也想改，就是缺钱，希望给点时间。"],
         reply=["既要保障群众生活环境，也要给养殖户出路，粪污处理有补助政策。"]),
    dict(key="river", cat="人居环境", kind="problem", urg=["normal"],
         titles=["{place}河道漂浮物多", "{place}河岸垃圾堆积"], raised=["河长制志愿者", "居民代表", "村民代表"],
         owners=["shuiwu", "UNIT"], due=(10, 30),
         decision=["由{owner}组织河道清理，落实保洁责任"], done=["清理河道{n}米，落实专人每日巡河"], n=(300, 1500),
         speech=["河里漂着塑料瓶和泡沫箱，气味也不好。"], reply=["河长马上巡河，保洁承包要考核到位。"]),
    dict(key="greening", cat="人居环境", kind="suggestion", urg=["minor"],
         titles=["{place}绿化带杂草丛生，建议补种", "建议在{place}增加绿化"], raised=["居民代表", "退休教师代表"],
         owners=["chengguan", "UNIT"], n=(100, 600), due=(15, 45),
         decision=["由{owner}清理杂草，补植绿化"], done=["清除杂草并补植苗木{n}株"],
         speech=["绿化带荒了好久，草比人高，还招蚊子。"]),
    # 征地拆迁
    dict(key="compensation", cat="征地拆迁", kind="problem", urg=["major"], env="rural",
         titles=["{town}重点项目征地补偿款未足额发放", "{place}征地补偿款发放进度慢"], raised=["被征地村民代表", "村民小组长"],
         owners=["ziran", "caizheng"], funds=(500000, 3000000), due=(60, 150),
         decision=["由{owner}核对补偿台账，按程序拨付剩余款项"],
         progress=["已完成补偿台账核对，差额部分待拨付"], done=["剩余补偿款已全部发放到户"],
         speech=["地已经交了一年多，补偿款还差一部分，大家心里没底。"], reply=["台账逐户核对，一个月内给出拨付时间表。"],
         refer=["涉及个案补偿标准异议，已引导当事人申请行政复议"], stuck=True,
         stuck_note=["部分补偿款已发放，剩余款项资金仍在协调"]),
    dict(key="deed", cat="征地拆迁", kind="problem", urg=["normal", "major"],
         titles=["安置房不动产证办理进度慢", "安置区房屋迟迟办不了产权证"], raised=["安置区居民代表", "楼栋长"],
         owners=["ziran", "zhujian"], due=(60, 150),
         decision=["由{owner}梳理历史遗留问题，分批办理不动产登记"], progress=["首批{k}户材料已受理"],
         done=["首批安置房不动产证已发放"],
         speech=["房子住了五年了还没有证，孩子上学落户都麻烦。"], reply=["卡在消防验收上，正在补手续，分批办证。"],
         stuck=True, stuck_note=["消防验收手续仍在补办"]),
    dict(key="crop_comp", cat="征地拆迁", kind="dispute", urg=["normal"], env="rural",
         titles=["青苗补偿标准有争议",
                 dict(t="{place}临时用地复垦不到位引发纠纷", speech=["工程用完的地坑坑洼洼还给我们，种不了庄稼。"],
                      decision=["由{owner}督促施工单位按方案复垦，复垦前按标准补偿"], done=["临时用地已复垦并通过验收，交还村民耕种"])],
         raised=["村民代表", "村民小组长"],
         owners=["ziran", "TOWN"], due=(20, 60),
         decision=["由{owner}组织现场复核，按标准补偿"], done=["经现场复核补足补偿款，双方签订协议"],
         speech=["同样是果树，两家补得不一样，大家不服气。"], reply=["补偿标准公开上墙，一棵一棵重新核。"],
         refer=["当事人对复核结果仍有异议，已转{town}信访办按程序处理"]),
    dict(key="school", cat="公共服务", kind="suggestion", urg=["major"],
         titles=["建议安置区配套建设幼儿园", "建议{place}增设公办幼儿园学位"], raised=["家长代表", "安置区居民代表"],
         owners=["jiaoyu"], funds=(1000000, 3000000), due=(180, 360),
         decision=["由{owner}评估学位需求，纳入学校布局规划"], done=["新增公办幼儿园学位{n}个，秋季学期已招生"], n=(60, 180),
         speech=["安置区几百户人家，孩子上幼儿园要跑三公里。"], reply=["学位需求正在测算，会纳入明年建设计划。"],
         defer=["需纳入全区学校布局专项规划，待规划批复后建设"]),
    # 矛盾纠纷
    dict(key="boundary", cat="矛盾纠纷", kind="dispute", urg=["normal", "minor"],
         titles=["邻里宅基地界址纠纷", "两户之间排水沟归属纠纷"], raised=["村民小组长", "调解员"],
         owners=["UNIT", "sifa"], due=(7, 30), onspot=True,
         decision=["由{unit}调解委员会组织调解"], onspot_decision=["村调解委员会现场调解，双方签订调解协议"],
         done=["双方达成调解协议，已签字履行"], onspot_note=["当场达成调解协议"],
         speech=["两家为这事吵了半年，再不管要出事。"], refer=["调解未成，已引导当事人向区人民法院起诉，司法所提供法律援助"]),
    dict(key="wages", cat="矛盾纠纷", kind="dispute", urg=["urgent", "major"],
         titles=["务工人员工资被拖欠", "{place}工地拖欠农民工工资"], raised=["务工人员代表", "调解员"],
         owners=["renshe"], due=(7, 30),
         decision=["由{owner}约谈用工单位，督促限期支付"], done=["拖欠工资已全部支付到位"],
         speech=["干了三个月活，老板一分钱没给，快过年了。"], reply=["马上约谈施工方，必要时启用工资保证金。"],
         refer=["已转区人社局劳动保障监察大队立案处理，村里协助收集用工证据",
                "涉及劳务分包合同纠纷，已引导当事人申请劳动仲裁"]),
    dict(key="leak", cat="矛盾纠纷", kind="dispute", urg=["minor", "normal"], env="urban",
         titles=["{estate}楼上漏水引发邻里矛盾",
                 dict(t="{estate}空调外机滴水扰邻", speech=["楼上空调外机的水整夜滴在我家雨棚上，吵得睡不着。"],
                      onspot_decision=["社区现场调解，楼上住户同意加装冷凝水管"], done=["已加装冷凝水管，滴水问题解决"])],
         raised=["楼栋长", "调解员"],
         owners=["UNIT"], due=(5, 20), onspot=True,
         decision=["由社区组织双方协商，物业上门检测"], onspot_decision=["社区现场调解，楼上住户同意维修并赔偿"],
         done=["漏水点已修复，双方握手言和"], onspot_note=["双方当场达成协议"],
         speech=["楼上卫生间漏水，我家天花板都发霉了，去敲门也不理。"]),
    dict(key="property_fee", cat="矛盾纠纷", kind="dispute", urg=["normal"], env="urban",
         titles=["{estate}物业费与服务质量争议",
                 dict(t="{estate}物业撤场后无人管理", speech=["物业一走，垃圾没人清，门卫也没了，大家心里慌。"],
                      decision=["由{owner}引入临时托管物业，组织业主选聘新物业"], done=["新物业已进驻，签订物业服务合同"])],
         raised=["业委会代表", "楼栋长"],
         owners=["zhujian", "UNIT"], due=(20, 60),
         decision=["由{owner}召集业委会和物业公司协商服务标准"], done=["签订物业服务补充协议，服务标准公示上墙"],
         speech=["物业费年年收，楼道灯坏了没人修，门禁也是坏的。"], reply=["服务标准和收费要对等，社区来组织三方协商。"],
         refer=["物业服务合同纠纷已进入诉讼程序，社区配合法院做好调解"]),
    dict(key="land_rent", cat="矛盾纠纷", kind="dispute", urg=["normal"], env="rural",
         titles=["土地流转租金支付纠纷",
                 dict(t="{place}承包地流转合同到期续租纠纷", speech=["合同到期了，租金怎么涨、续不续，双方谈不拢。"],
                      decision=["由{owner}组织双方按市场价协商续租"], done=["双方按新租金标准续签流转合同"])],
         raised=["村民代表", "合作社负责人"],
         owners=["nongye", "UNIT"], due=(15, 45),
         decision=["由{owner}组织承租方与村民协商，按合同支付租金"], done=["承租方已补付租金，双方续签合同"],
         speech=["租金拖了一年没给，合作社说收成不好。"], reply=["合同怎么签就怎么办，村里来组织协商。"],
         refer=["属民事合同纠纷，已引导当事人向区人民法院起诉，司法所提供法律援助"]),
    dict(key="parking", cat="矛盾纠纷", kind="dispute", urg=["minor", "normal"], env="urban",
         titles=["{estate}停车位被长期占用", "{estate}僵尸车占用车位"], raised=["业委会代表", "居民代表"],
         owners=["UNIT", "chengguan"], due=(7, 30), onspot=True,
         decision=["由{owner}清理僵尸车，重新划定车位"], onspot_decision=["现场协商，约定车位轮换使用规则"],
         done=["清理僵尸车{n}辆，施划停车位{k}个"], onspot_note=["当场达成车位使用约定"],
         speech=["好几辆车半年没动过，车位就这么几个。"]),
    dict(key="dance_noise", cat="矛盾纠纷", kind="dispute", urg=["minor"], env="urban",
         titles=["广场舞音响噪声扰民", "{place}夜间健身音响声音太大"], raised=["居民代表", "广场舞队负责人"],
         owners=["UNIT"], due=(3, 10), onspot=True,
         decision=["社区组织双方约定时间和音量"], onspot_decision=["现场约定每晚21点前结束，音量控制在限值内"],
         done=["双方约定活动时间和音量，已执行"], onspot_note=["双方当场达成约定"],
         speech=["晚上九点多还在放，孩子没法写作业。", "我们跳舞也是锻炼身体，可以商量时间。"]),
    # 公共服务
    dict(key="fitness", cat="公共服务", kind="problem", urg=["minor", "normal"],
         titles=["{place}健身器材老旧损坏", "{place}缺少适合老年人的健身器材"], raised=["老年居民代表", "居民代表", "退休职工代表"],
         owners=["wenlv"], n=(4, 14), funds=(20000, 90000), due=(20, 60),
         decision=["由{owner}更换损坏器材，增设适老化健身设施"], done=["新增健身器材{n}件，已安装并投入使用"],
         speech=["器材锈得不能用了，老人想锻炼都没地方。"], reply=["适老化器材今年有指标，配送后一周内安装。"]),
    dict(key="canteen", cat="公共服务", kind="suggestion", urg=["normal"],
         titles=["建议设立老年助餐点", "建议为高龄独居老人送餐"], raised=["老年居民代表", "老党员", "妇联执委"],
         owners=["minzheng", "UNIT"], funds=(30000, 150000), due=(45, 120),
         decision=["由{owner}建设老年助餐点，对高龄老人给予就餐补贴"], done=["老年助餐点已开业，每天供餐{k}余份"],
         speech=["子女都在外面打工，老人一个人做饭不方便，经常凑合一顿。"], reply=["助餐点场地已有着落，先试运行三个月。"]),
    dict(key="clinic", cat="公共服务", kind="problem", urg=["normal"], env="rural",
         titles=["村卫生室常用药品不足",
                 dict(t="村卫生室缺少医生值守", speech=["卫生室经常关门，晚上孩子发烧只能往镇上跑。"],
                      decision=["由{owner}安排乡镇卫生院医生轮流坐诊"], done=["乡镇卫生院医生每周坐诊三天，开通夜间电话问诊"])],
         raised=["老年村民代表", "村医"],
         owners=["weijian"], due=(15, 45),
         decision=["由{owner}调整药品配送目录，安排乡镇卫生院医生定期坐诊"],
         done=["补充常用药品{n}种，乡镇卫生院医生每周坐诊两天"], n=(20, 60),
         speech=["降压药经常断货，要跑到镇上去拿。"], reply=["配送目录可以调整，卫生院医生也安排下沉坐诊。"]),
    dict(key="summer_care", cat="公共服务", kind="suggestion", urg=["minor", "normal"],
         titles=["建议开设暑期托管班", "建议开设四点半课堂"], raised=["家长代表", "妇联执委"],
         owners=["jiaoyu", "UNIT"], due=(20, 50),
         decision=["由{owner}联合志愿者开设托管班"], done=["托管班已开班，招收学生{n}人"], n=(20, 60),
         speech=["放暑假孩子没人管，天天在河边玩，太危险。"], reply=["可以请大学生志愿者和退休教师来带。"]),
    dict(key="insurance", cat="公共服务", kind="problem", urg=["minor"],
         titles=["老人不会线上缴纳医保",
                 dict(t="老人不会用手机办理社保认证", done=["网格员上门帮助{n}位老人完成认证"],
                      onspot_note=["网格员现场帮助{n}位老人完成认证"])],
         raised=["老年居民代表", "网格员"],
         owners=["UNIT"], due=(5, 15), onspot=True,
         decision=["由网格员上门协助办理"], onspot_decision=["网格员现场帮助办理"],
         done=["网格员上门帮助{n}位老人完成缴费"], onspot_note=["网格员现场帮助{n}位老人完成办理"], n=(8, 40),
         speech=["手机上点来点去弄不明白，怕错过缴费时间。"]),
    dict(key="bus", cat="公共服务", kind="problem", urg=["normal"],
         titles=["公交班次少，进城不便",
                 dict(t="{place}公交站台没有雨棚", speech=["站台就一根杆子，下雨天等车全身淋湿。"],
                      decision=["由{owner}新建候车亭"], done=["新建候车亭1座，加装座椅和线路牌"])],
         raised=["村民代表", "学生家长代表", "居民代表"], m=(2, 6),
         owners=["jiaotong"], due=(30, 90),
         decision=["由{owner}优化线路班次"], done=["早晚高峰各增加班次{m}趟"],
         speech=["一天就几趟车，错过了就得等两个钟头。"], reply=["客流数据已在调，先加早晚高峰班次。"],
         reject=["该线路已由城乡公交一体化项目统一调整，本级不再单独立项，已说明调整计划"]),
    dict(key="playground", cat="公共服务", kind="suggestion", urg=["minor"],
         titles=["建议在{place}增设儿童游乐设施"], raised=["家长代表", "居民代表"],
         owners=["wenlv", "UNIT"], funds=(20000, 80000), due=(30, 90),
         decision=["由{owner}选址增设儿童游乐设施"], done=["儿童游乐设施已安装，铺设塑胶地面"],
         speech=["小孩子放学没地方玩，只能在路边跑。"]),
    # 产业发展
    dict(key="tourism", cat="产业发展", kind="suggestion", urg=["major"], env="rural",
         titles=["乡村旅游项目申报和政策扶持", "建议开发{unit}乡村旅游线路"], raised=["返乡创业青年", "民宿经营户代表", "乡贤代表"],
         owners=["wenlv", "nongye"], funds=(100000, 500000), due=(60, 150),
         decision=["由{owner}指导项目备案，争取乡村旅游扶持资金"], progress=["项目已完成备案，资金申报材料已上报"],
         done=["争取乡村旅游项目补助资金，游客服务点已建成"],
         speech=["来村里的游客多了，可是没有停车场，也没地方吃饭。"], reply=["项目先备案，扶持资金按程序申报。"]),
    dict(key="nightmarket", cat="产业发展", kind="suggestion", urg=["normal"],
         titles=["规范发展{place}夜市经济", "建议在{place}设立夜间摊点疏导区"], raised=["商户代表", "居民代表", "返乡创业青年"],
         owners=["shichang", "chengguan"], due=(30, 90),
         decision=["由{owner}划定夜市经营区域，统一管理油烟和噪声"], progress=["摊位规划已公示征求意见"],
         done=["夜市摊位统一规划{k}个，配套油烟净化和垃圾收集设施"],
         speech=["夜市热闹是好事，但油烟和垃圾也得有人管。"], reply=["划定区域、错时经营，既要烟火气也要秩序。"],
         reject=["在人行道摆摊影响通行安全，不符合市容管理规定，不予受理，已引导到夜市规范点位经营"]),
    dict(key="produce", cat="产业发展", kind="suggestion", urg=["normal", "minor"], env="rural",
         titles=["农产品销路难，希望开展电商培训",
                 dict(t="建议建设{place}农产品冷库", speech=["果子摘下来放不住，只能贱卖，有个冷库就好了。"],
                      decision=["由{owner}指导申报冷链设施项目"], done=["农产品冷库已建成，库容{n}吨"])],
         raised=["种植大户", "合作社负责人", "返乡创业青年"],
         owners=["nongye", "shichang"], funds=(20000, 200000), due=(30, 90),
         decision=["由{owner}组织电商直播培训，对接销售渠道"], done=["举办电商直播培训{m}期，培训村民{n}人次"], n=(40, 200),
         speech=["今年橘子大丰收，价格却上不去，只能烂在地里。"], reply=["电商培训下月开班，也帮大家对接超市和食堂。"]),
    dict(key="opera", cat="产业发展", kind="suggestion", urg=["minor", "normal"], env="rural",
         titles=["传统戏曲传承缺少场地和经费", "建议修缮{place}古戏台"], raised=["戏曲传承人代表", "乡贤代表"],
         owners=["wenlv"], funds=(30000, 200000), due=(60, 150),
         decision=["由{owner}将戏曲传承纳入非遗保护项目，争取修缮资金"], done=["古戏台修缮完成，每月固定演出一场"],
         speech=["老戏班子的人越来越老了，再不传下去就没了。"], reply=["非遗项目申报我们来指导，戏台修缮争取专项资金。"]),
    # 平安建设
    dict(key="speed_bump", cat="平安建设", kind="suggestion", urg=["normal", "urgent"],
         titles=["{place}路口车速快，建议设减速带", "建议在{place}设置交通标志"], raised=["家长代表", "老年居民代表", "居民代表"],
         owners=["jiaotong"], n=(2, 8), due=(10, 30),
         decision=["由{owner}设置减速带和警示标志"], done=["设置减速带{n}条、警示标志{m}块"],
         speech=["路口车开得飞快，孩子上学过马路太吓人。"], reply=["先装减速带，再评估要不要设信号灯。"]),
    dict(key="ebike", cat="平安建设", kind="problem", urg=["urgent", "normal"],
         titles=["电动车楼道飞线充电隐患", "{estate}缺少电动车集中充电点"], raised=["楼栋长", "微型消防站队员", "居民代表"],
         owners=["xiaofang", "UNIT"], n=(10, 60), funds=(10000, 60000), due=(10, 45),
         decision=["由{owner}建设集中充电设施，开展飞线充电整治"], done=["建成集中充电桩{n}个，清理飞线充电{k}余处"],
         speech=["楼道里一排电动车在充电，真着火了跑都跑不出去。"], reply=["充电桩选址今天就定，同步开展入户宣传。"]),
    dict(key="school_gate", cat="平安建设", kind="problem", urg=["normal"],
         titles=["学校门口上下学时段拥堵", "{place}接送学生车辆乱停"], raised=["家长代表", "老师代表"],
         owners=["jiaotong", "UNIT"], due=(15, 40),
         decision=["由{owner}施划临时停车区，组织护学岗"], done=["施划临时停车位{k}个，护学岗每天上岗"],
         speech=["放学时门口堵成一锅粥，孩子在车缝里钻。"], reply=["护学岗下周一上岗，临停车位同步施划。"]),
    # 其他
    dict(key="columbarium", cat="其他", kind="suggestion", urg=["major"], env="rural",
         titles=["建设公益性骨灰堂", "公益性公墓选址"], raised=["村民代表", "老党员"],
         owners=["minzheng"], funds=(300000, 900000), due=(120, 300),
         decision=["由{owner}指导选址论证，不突破国土空间规划"], done=["公益性骨灰堂已建成投入使用"],
         speech=["山上乱葬的问题要解决，大家希望建一个规范的骨灰堂。"], reply=["选址必须符合规划，民政部门全程指导。"],
         defer=["需与国土空间规划衔接，待选址论证通过后再议"]),
    dict(key="village_rules", cat="其他", kind="suggestion", urg=["normal"],
         titles=["修订村规民约，推行积分制管理", "建议推行文明积分兑换"], raised=["村民代表", "老党员", "妇联执委"],
         owners=["UNIT"], due=(15, 40), onspot=True,
         decision=["由{unit}起草积分制实施细则，经村民代表会议表决后实施"], onspot_decision=["经现场表决通过积分制实施细则"],
         done=["积分制实施细则已公布，首批积分兑换完成"], onspot_note=["表决通过，细则张榜公布"],
         speech=["搞积分制好，家里干净的、参加志愿服务的都能加分换东西。"]),
]

# ---------------------------------------------------------------------------
# Meetings written out by hand: the cases of CASES.md, and the features the demo must show.

SCRIPTED = [
    # The model file for secretaries (the example in DESIGN.md), with a few comments.
    dict(unit="longjiang", date="2025-07-14", title="龙江村安置区路灯问题夜话", format="板凳会", venue="村委会门口",
         host="村党总支书记", time="19:30-21:00", attendance={"total": 38, "residents": 22, "party_members": 6, "officials": 10},
         departments=["zhujian", "caizheng"], leaders=["区委书记"], random_items=1, publicized="2025-07-16",
         comments={"unit": "单位编号（见 units.yml）", "attendance": "参会人次；分项之和不超过 total",
                   "departments": "到会部门编号（见 departments.yml）", "leaders": "只写职务",
                   "kind": "problem 问题诉求 / suggestion 意见建议 / dispute 矛盾纠纷",
                   "urgency": "minor 小事 / normal 一般 / major 大事 / urgent 急事",
                   "raised_by": "只写身份，不写姓名和电话", "vote": "赞成 / 反对 / 弃权",
                   "owner": "责任部门或单位的编号", "status": "办结后另写进展，不改这里", "publicized": "结果公示日期"},
         items=[dict(tpl="streetlight", title="安置区东侧路灯长期不亮", kind="problem", category="基础设施", urgency="normal",
                     raised_by="安置区居民代表", decision="由区住建局牵头安装太阳能路灯", vote=[30, 0, 2], owner="zhujian",
                     due="2025-08-15", status="accepted",
                     events=[dict(date="2025-08-14", channel="unit", status="resolved", note="小区东侧40盏太阳能路灯已亮",
                                  satisfaction="satisfied")])]),
    # 海丰村蚊虫: themed meeting with the district party secretary and disease control; the whole town followed.
    dict(unit="baisha-zhen", date="2025-09-03", title="白沙镇蚊媒防控动员暨宅上议专题会", format="专题座谈",
         venue="镇政府会议室", host="镇党委书记", leaders=["副区长", "镇党委书记"], departments=["jikong", "weijian", "chengguan"],
         random_items=0, intro="会议部署9月在全镇各村召开蚊虫防控专题会。",
         items=[dict(tpl="mosquito", title="全镇蚊媒密度偏高，村级消杀力量不足", urgency="urgent", raised_by="村医代表",
                     decision="由区疾控中心培训各村消杀队伍，统一配发药械", owner="jikong", due=21, status="accepted",
                     speech=["各村消杀队伍人手少、药械不够，蚊子一多就顾不过来。"],
                     reply=["疾控中心负责培训和配发药械，各村要把消杀队伍建起来。"],
                     events=[dict(date="2025-09-12", channel="dept", status="in_progress", note="已培训各村消杀队员46人，配发药械一批"),
                             dict(date="2025-09-30", channel="dept", status="resolved", note="各村消杀队伍已组建到位，完成两轮集中消杀",
                                  satisfaction="satisfied")]),
                dict(tpl="garbage", plan="random", title="镇区圩集垃圾积水点多", urgency="normal", raised_by="商户代表")]),
    dict(unit="haifeng", date="2025-09-09", title="海丰村蚊虫防控专题宅上议", format="专题座谈", venue="村文化广场",
         host="村党总支书记", leaders=["区委书记", "镇党委书记"], departments=["jikong", "weijian"], random_items=1,
         intro="会后，全镇各村陆续召开蚊虫防控专题会，志愿者逐户发放防蚊宣传单。",
         items=[dict(tpl="mosquito", title="村里蚊虫多，游客投诉、村民担心登革热", urgency="urgent", raised_by="民宿经营户代表",
                     decision="由区疾控中心指导开展灭蚊消杀，村两委组织清理积水容器，入户发放宣传单", owner="jikong",
                     due="2025-09-30", status="in_progress", vote=[41, 0, 1],
                     events=[dict(date="2025-09-19", channel="dept", status="in_progress", note="已完成全村两轮灭蚊消杀，清理积水容器300余处"),
                             dict(date="2025-09-29", channel="unit", status="resolved",
                                  note="蚊媒密度降至控制标准以内，防蚊宣传单已逐户发放", satisfaction="basically_satisfied")])]),
    dict(unit="nantian", date="2025-09-12", replace=False, title="南田村蚊虫防控专题会", format="专题座谈", random_items=0,
         items=[dict(tpl="mosquito", plan="random")]),
    dict(unit="luojia", date="2025-09-15", replace=False, title="罗家村蚊虫防控专题会", format="板凳会", random_items=0,
         items=[dict(tpl="mosquito", plan="random")]),
    dict(unit="wuyi", date="2025-09-17", replace=False, title="五一村蚊虫防控专题会", format="专题座谈", random_items=1,
         items=[dict(tpl="mosquito", plan="random")]),
    dict(unit="longjiang", date="2025-09-18", replace=False, title="龙江村蚊虫防控板凳会", format="板凳会", random_items=0,
         items=[dict(tpl="mosquito", plan="random")]),
    dict(unit="xikou", date="2025-09-22", replace=False, title="溪口村蚊虫防控专题夜话", format="集中畅谈", random_items=0,
         items=[dict(tpl="mosquito", plan="random")]),
    # 袁桥社区: standing water in the back lanes, a notable and a firm helped, done in 15 days.
    dict(unit="yuanqiao", date="2025-06-18", title="袁桥社区后巷积水月月恳谈会", format="定点接谈", venue="后巷口", random_items=1,
         items=[dict(tpl="drain", title="后巷地势低洼，雨天积水没过脚踝", urgency="major", raised_by="后巷居民代表",
                     decision="由社区牵头改造后巷排水，乡贤代表协调施工方让利，爱心企业捐资", owner="UNIT", due=15,
                     status="accepted", funds=30000,
                     events=[dict(date="2025-07-03", channel="unit", status="resolved",
                                  note="后巷排水管网改造完成，施工方让利两成，爱心企业捐资3万元", satisfaction="satisfied")])]),
    # 荆西社区: a city leader attended; the problems raised were solved within a week.
    dict(unit="jingxi", date="2026-05-10", title="荆西社区居民夜谈会（集中畅谈）", format="集中畅谈", venue="社区文化广场",
         host="社区党委书记", leaders=["市委副书记", "区委书记", "街道党工委书记"],
         departments=["chengguan", "xiaofang", "jiaotong", "shuiwu"], random_items=0,
         intro="会上共收集问题和建议11条，其中5项列入议定事项，其余由社区和部门现场答复。",
         items=[dict(tpl="pavilion", title="社区文化广场凉亭遮不住太阳和雨", urgency="minor", raised_by="老年居民代表",
                     decision="由社区加装挡雨设施", owner="UNIT", due=7, status="accepted",
                     events=[dict(date="2026-05-16", channel="unit", status="resolved", note="凉亭挂设“文化帘”并加装挡雨板",
                                  satisfaction="satisfied", split=True)]),
                dict(tpl="hydrant", title="荆西花园消防栓损坏无法出水", urgency="urgent", raised_by="微型消防站队员",
                     decision="由区消防救援大队检测管网，更换损坏的消防栓", owner="xiaofang", due=7, status="accepted",
                     events=[dict(date="2026-05-16", channel="unit", status="resolved", note="更换室外消防栓2个，试水正常",
                                  satisfaction="satisfied")]),
                dict(tpl="pothole", title="荆西路路面坑洼，雨天积水", urgency="normal", raised_by="出租车司机代表",
                     decision="由区交通运输局对破损路段进行修补", owner="jiaotong", due=7, status="accepted",
                     events=[dict(date="2026-05-16", channel="unit", status="resolved", note="修补破损路面180平方米，已恢复通行",
                                  satisfaction="basically_satisfied")]),
                dict(tpl="manhole", title="菜市场后巷雨水篦子缺失", urgency="urgent", raised_by="临街商户代表",
                     decision="由区城管局立即设置警示标志并更换篦子", owner="chengguan", due=7, status="in_progress",
                     speech=["后巷的雨水篦子被货车压坏了好几个，晚上骑车一不小心就掉进去。"],
                     events=[dict(date="2026-05-16", channel="unit", status="resolved", note="更换雨水篦子9个",
                                  satisfaction="satisfied")]),
                dict(tpl="garbage", plan="random", urgency="minor")]),
    # 芙蓉社区: no road-name sign.
    dict(unit="furong", date="2026-05-10", title="芙蓉社区路名牌问题居民夜谈会", format="定点接谈", venue="社区北门小广场",
         departments=["chengguan"], random_items=1,
         items=[dict(tpl="roadsign", title="学府巷没有路名牌，快递外卖找不到地址", urgency="minor", raised_by="快递员代表",
                     decision="由区城管局设置路名牌，社区补钉门牌", owner="chengguan", due="2026-05-31", status="accepted",
                     events=[dict(date="2026-05-28", channel="dept", status="resolved", note="设置路名牌6块，补钉门牌40块",
                                  satisfaction="satisfied")])]),
    # 五一村: rural tourism and opera heritage, project subsidy secured.
    dict(unit="wuyi", date="2026-04-22", title="五一村乡村旅游发展专题宅上议", format="专题座谈", venue="古戏台前",
         departments=["wenlv", "nongye"], leaders=["副区长"], random_items=0,
         items=[dict(tpl="tourism", title="乡村旅游项目备案和政策扶持", urgency="major", raised_by="返乡创业青年",
                     decision="由区文体旅游局指导项目备案，协调争取乡村旅游项目补助资金", owner="wenlv", due="2026-08-31",
                     status="accepted", vote=[36, 1, 2],
                     events=[dict(date="2026-05-20", channel="dept", status="in_progress", note="项目已完成备案，资金申报材料已上报"),
                             dict(date="2026-08-14", channel="unit", status="resolved", funds=500000,
                                  note="争取项目补助资金50万元，游客服务点开工建设", satisfaction="satisfied")]),
                dict(tpl="opera", plan="random", title="传统戏曲传承缺少场地和经费")]),
    # 罗家村: irrigation channel silted and broken; 200 000 yuan secured; points rules adopted.
    dict(unit="luojia", date="2026-05-18", title="罗家村灌溉渠修复田间板凳会", format="板凳会", venue="灌溉渠旁田埂",
         departments=["shuiwu", "nongye"], random_items=0,
         items=[dict(tpl="irrigation", title="罗家垄灌溉渠淤塞破损，农田灌溉困难", urgency="major", raised_by="种粮大户",
                     decision="由区水务局争取农田水利资金，对灌溉渠清淤修复，6月底前完工", owner="shuiwu",
                     due="2026-06-30", status="accepted", funds=200000,
                     events=[dict(date="2026-06-02", channel="dept", status="in_progress", note="施工单位已进场清淤"),
                             dict(date="2026-06-27", channel="unit", status="resolved", note="清淤1800米，修复渠身12处，已恢复通水",
                                  satisfaction="satisfied")]),
                dict(tpl="village_rules", title="修订村规民约，推行积分制管理", urgency="normal", raised_by="村民代表",
                     decision="经现场表决通过积分制实施细则", owner="UNIT", status="resolved", vote=[33, 2, 3],
                     note="表决通过，细则张榜公布")]),
    # 上坪村: a repaved road of poor quality; technical review, remedy.
    dict(unit="shangping", date="2025-10-16", title="上坪村通组公路质量问题夜话", format="集中畅谈", venue="村委会会议室",
         departments=["jiaotong"], random_items=1,
         items=[dict(tpl="road_quality", title="通组公路重铺路面质量差，出现开裂", urgency="major", raised_by="人大代表",
                     decision="委托第三方开展技术鉴定，根据鉴定结论责成施工单位返修", owner="jiaotong", due=60,
                     status="accepted",
                     events=[dict(date="2025-11-05", channel="dept", status="in_progress", note="检测机构已取芯检测，报告显示面层厚度不足"),
                             dict(date="2025-12-12", channel="unit", status="resolved", note="施工单位已返修完毕，经群众代表验收合格",
                                  satisfaction="basically_satisfied")])]),
    # 南田村: a public columbarium, voted with 赞成/反对/弃权, deferred for the plan.
    dict(unit="nantian", date="2025-12-11", title="南田村公益性骨灰堂建设宅上议", format="专题座谈", venue="村部院坝",
         departments=["minzheng", "ziran"], random_items=1,
         items=[dict(tpl="columbarium", title="建设公益性骨灰堂", kind="suggestion", urgency="major", raised_by="村民代表",
                     decision="原则同意建设，由区民政局指导选址论证", owner="minzheng", vote=[41, 6, 3],
                     status="deferred", note="需与国土空间规划衔接，待选址论证通过后再议", due="2026-12-31")]),
    # 青石镇: land compensation, still not fully paid (overdue).
    dict(unit="qingshi-zhen", date="2025-11-20", title="青石镇高速连接线征地补偿协调会", format="专题座谈",
         venue="镇政府三楼会议室", host="镇党委书记", leaders=["区长", "镇党委书记"],
         departments=["ziran", "caizheng"], random_items=0,
         items=[dict(tpl="compensation", title="高速连接线征地补偿款未足额发放", urgency="major", raised_by="被征地村民代表",
                     decision="由区自然资源局核对补偿台账，区财政局按程序拨付剩余款项", owner="ziran", due="2026-03-31",
                     status="accepted", funds=2800000,
                     events=[dict(date="2026-01-20", channel="dept", status="in_progress", note="已完成补偿台账核对，差额部分待区财政局拨付"),
                             dict(date="2026-04-10", channel="dept", status="in_progress",
                                  note="已发放补偿款180万元，剩余款项资金仍在协调")]),
                dict(tpl="crop_comp", plan="random", title="青苗补偿标准有争议")]),
    # 长兴街道: old-street renovation, started and late (overdue).
    dict(unit="changxing-jd", date="2026-03-18", title="长兴老街改造提升专题恳谈会", format="专题座谈", venue="长兴老街口",
         host="街道党工委书记", leaders=["区长", "街道党工委书记"], departments=["zhujian", "chengguan", "ziran", "wenlv"],
         random_items=0,
         items=[dict(tpl="backlane", title="长兴老街房屋老旧、管线杂乱，居住条件差", urgency="major", raised_by="老街居民代表",
                     decision="由区住建局编制老街改造提升方案，分段实施", owner="zhujian", due="2026-10-31",
                     speech=["老街的房子都是几十年的老屋，电线像蜘蛛网，一下雨就漏。"],
                     reply=["老街改造要留住老街的味道，方案先征求每一户的意见。"],
                     status="accepted", funds=1200000,
                     events=[dict(date="2026-04-20", channel="dept", status="in_progress", note="改造方案已完成入户征求意见"),
                             dict(date="2026-07-10", channel="dept", status="in_progress", funds=1500000,
                                  note="一期管线入地工程开工，追加资金30万元")]),
                dict(tpl="nightmarket", plan="random", title="老街口夜间摊点油烟扰民")]),
    # 翠屏街道: benefits for micro-grid leaders.
    dict(unit="cuiping-jd", date="2026-04-16", title="翠屏街道微网格建设居民夜谈会", format="专题座谈", venue="街道议事厅",
         host="街道办事处主任", departments=["minzheng", "caizheng"], random_items=1,
         items=[dict(tpl="canteen", title="提高微网格长补贴和工作保障", kind="suggestion", category="公共服务", urgency="normal",
                     raised_by="微网格长代表", decision="每月补贴300元并提供免费停车证，由区民政局会同区财政局落实",
                     owner="minzheng", due="2026-06-30", status="accepted", funds=360000,
                     speech=["微网格长天天跑楼道、做登记，没有补贴，停车还要自己掏钱。"],
                     reply=["补贴标准和停车证，民政局和财政局一起研究，月底前给答复。"],
                     events=[dict(date="2026-06-25", channel="dept", status="resolved",
                                  note="每月补贴300元和4张免费停车证已落实，新招募微网格长120名", satisfaction="satisfied")])]),
    # 碧溪社区: fitness equipment, paired with the sports bureau (揭榜共建).
    dict(unit="bixi", date="2025-10-22", title="碧溪社区“揭榜共建”健身器材恳谈会", format="集中畅谈", venue="中心广场",
         departments=["wenlv"], random_items=0,
         items=[dict(tpl="fitness", title="中心广场缺少适合老年人的健身器材", urgency="normal", raised_by="老年居民代表",
                     decision="由区文体旅游局揭榜认领，增设适老化健身器材", owner="wenlv", due=45, status="accepted",
                     funds=68000,
                     events=[dict(date="2025-11-28", channel="meeting", status="resolved", note="新增适老化健身器材12件，已投入使用",
                                  satisfaction="satisfied")]),
                dict(tpl="property_fee", title="碧溪雅苑物业费与服务质量争议", urgency="normal", raised_by="业委会代表",
                     status="referred", owner=None,
                     note="物业公司已就欠缴物业费向区人民法院起诉，社区配合法院开展诉前调解")]),
    # 桃源村: an owner reassigned.
    dict(unit="taoyuan", date="2025-11-06", title="桃源村桥头路段问题夜话", format="板凳会", venue="村口广场", random_items=1,
         items=[dict(tpl="pothole", title="桥头路段路面塌陷，车辆通行危险", urgency="urgent", raised_by="村民小组长",
                     decision="由区住建局组织抢修", owner="zhujian", due=20, status="accepted",
                     events=[dict(date="2025-11-12", channel="unit", owner="jiaotong", status="in_progress",
                                  note="该路段属农村公路养护范围，经协调改由区交通运输局承办"),
                             dict(date="2025-12-02", channel="dept", status="resolved", note="塌陷路段已修复并加设警示桩",
                                  satisfaction="satisfied")])]),
    # 海丰村: a deferral with a new date, then done.
    dict(unit="haifeng", date="2026-01-14", title="海丰村公厕改造宅上议", format="集中畅谈", venue="码头榕树下",
         departments=["nongye"], random_items=1,
         items=[dict(tpl="toilet", title="码头片区缺少公共厕所", urgency="normal", raised_by="渔民代表",
                     decision="由区农业农村局纳入农村公厕改造计划", owner="nongye", due="2026-03-31", status="accepted",
                     speech=["码头每天几百人上下船，附近连个厕所都没有。"],
                     events=[dict(date="2026-02-25", channel="unit", status="deferred", due="2026-06-30",
                                  note="改造资金需纳入区级年度预算，待预算下达后施工"),
                             dict(date="2026-06-18", channel="dept", status="resolved", funds=120000,
                                  note="新建公厕1座，已投入使用", satisfaction="satisfied")])]),
    # 溪口村: a private dispute (withheld), and unpaid wages referred.
    dict(unit="xikou", date="2026-01-27", title="溪口村春节前矛盾纠纷排查板凳会", format="板凳会", venue="溪口桥头凉亭",
         departments=["renshe", "sifa"], random_items=1,
         items=[dict(tpl="boundary", title="两户宅基地界址纠纷", kind="dispute", urgency="normal", raised_by="调解员",
                     decision="村调解委员会现场调解，双方签订调解协议", owner="UNIT", status="resolved",
                     note="当场达成调解协议", private=True),
                dict(tpl="wages", title="外出务工人员工资被拖欠", urgency="urgent", raised_by="务工人员代表",
                     status="referred", owner=None, note="已转区人社局劳动保障监察大队立案处理，村里协助收集用工证据")]),
    # 藤海社区: a rejected request, with the reason.
    dict(unit="tenghai", date="2026-03-12", title="藤海社区夜市管理居民夜谈会", format="定点接谈", venue="夜市街口",
         departments=["chengguan", "shichang"], random_items=1,
         items=[dict(tpl="nightmarket", title="商户要求在人行道上摆摊经营", urgency="minor", raised_by="商户代表",
                     status="rejected", owner=None, speech=["人行道上摆摊生意最好，希望社区允许我们摆。"],
                     note="占用人行道经营影响通行安全，不符合市容管理规定，不予受理，已引导到夜市规范点位经营")]),
    # 长兴老街社区: a request screened out at the meeting, and a matter handed to 信访.
    dict(unit="laojie", date="2026-06-11", title="长兴老街社区停车秩序月月恳谈会", format="定点接谈", venue="老街口",
         departments=["chengguan", "ziran"], random_items=1,
         items=[dict(tpl="parking", title="要求把自家门前人行道划为私人停车位", urgency="minor", raised_by="临街住户代表",
                     status="rejected", owner=None, speech=["门口这块地方一直是我家停车，能不能划给我们固定用。"],
                     note="人行道属公共通行空间，不得划为私人车位，不予受理，已建议申请老街口公共停车场月租车位"),
                dict(tpl="deed", title="老街7号院历史遗留房屋产权争议", kind="dispute", category="矛盾纠纷", urgency="normal",
                     raised_by="老街居民代表", status="referred", owner=None,
                     speech=["这房子祖上传下来的，几户人家各说各的理，争了十几年。"],
                     note="涉及历史遗留产权争议，已转区信访局按信访程序办理，并告知当事人可申请不动产登记复查")]),
    # 荆西社区: a meeting whose file was renamed (the date was first entered wrong).
    dict(unit="jingxi", date="2025-08-21", aliases=["2025-08-20-jingxi"], title="荆西社区8月居民夜谈会",
         intro="（本纪要最初按8月20日录入，现已更正日期，原公示二维码地址继续有效。）"),
    # 藤海社区: minutes not yet checked (draft, not published or counted).
    dict(unit="tenghai", date="2026-10-29", replace=False, draft=True, title="藤海社区10月居民夜谈会（初稿）",
         format="集中畅谈", random_items=2),
    # 龙江村: the next meeting, announced.
    dict(unit="longjiang", date="2026-12-05", replace=False, title="龙江村安置区二期配套设施夜话（预告）", format="板凳会",
         venue="村委会门口", host="村党总支书记", time="19:30-21:00", departments=["zhujian", "jiaotong"], random_items=0,
         agenda=["安置区二期道路和排水配套", "村道沿线路灯维护", "冬季防火和电动车充电安全"]),
]

SITE_YML = {"categories": ["基础设施", "人居环境", "征地拆迁", "矛盾纠纷", "公共服务", "产业发展", "平安建设", "其他"]}
SITE_YML["text"] = """\
# 云溪区协商议事公开栏：演示站点，区、镇、村和事项均为虚构
title: 云溪区协商议事公开栏
locale: zh-Hans
base_url: https://example.org/yunxi/
timezone: Asia/Shanghai
rules:
  cadence_days: 61          # 每个村（社区）至少每2个月召开1次议事会
  default_due_days: 30      # 没写完成时限的事项，按提出后30天计
privacy:
  allow: ["0000-88886666"]  # 可以公开的号码：官方监督电话
notice:
  days: 7                   # 公示期
  hotline: "0000-88886666"  # 印在公示上的监督电话
categories: [基础设施, 人居环境, 征地拆迁, 矛盾纠纷, 公共服务, 产业发展, 平安建设, 其他]
platforms: [云溪夜话, 宅上议, 居民夜谈会, 月月恳谈会]
formats: [集中畅谈, 专题座谈, 入户访谈, 定点接谈, 随机e谈, 板凳会, 云议事]
search: true
extra:
  organizer: 中共云溪区委社会工作部
"""


def days(n):
    return dt.timedelta(days=n)


def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------
# Units and departments

class Unit:
    def __init__(self, uid, name, level, prefix, parent=None, **kw):
        self.id, self.name, self.level, self.prefix, self.parent = uid, name, level, prefix, parent
        self.children = []
        self.rural = kw.get("rural", True)
        self.places = kw.get("places", [])
        self.estates = kw.get("estates", [])
        self.roads = kw.get("roads", [])
        self.style = kw.get("style", "en")
        self.role = kw.get("role", "regular")          # regular | lapsed | never | merged | town | district
        self.since = kw.get("since")                     # the dates of units.yml's since: and until:
        self.until = kw.get("until")
        self.merged_into = kw.get("merged_into")
        self.platform = kw.get("platform")
        self.venues = kw.get("venues", [])
        self.hosts = kw.get("hosts", [])
        self.note = kw.get("note")
        self.grid_day = 0                                # day of month of its progress reports
        self.variant = 0                                 # which Chinese spelling the secretary uses

    @property
    def town(self):
        return self if self.role == "town" else UNITS.get(self.parent)


UNITS = {}
district = Unit(DISTRICT["id"], DISTRICT["name"], "区", "YX", role="district")
UNITS[district.id] = district
for t in TOWNS:
    town = Unit(t["id"], t["name"], t["level"], t["prefix"], district.id, role="town", style=t["style"],
                platform=t["platform"], venues=t["venues"], hosts=t["hosts"], rural=t["rural"],
                places=t["places"])
    UNITS[town.id] = town
    district.children.append(town.id)
    for v in t["villages"]:
        u = Unit(v["id"], v["name"], v["level"], v["prefix"], town.id, rural=v["level"] == "村",
                 places=v["places"], estates=v.get("estates", []), roads=v.get("roads", []),
                 style=v["style"], role=v.get("role", "regular"), platform=t["platform"],
                 venues=v["venues"], hosts=v["hosts"], note=v.get("note"),
                 since=v.get("since"), until=v.get("until"), merged_into=v.get("merged_into"))
        UNITS[u.id] = u
        town.children.append(u.id)

LEAVES = [u for u in UNITS.values() if not u.children]
DEPTS = {d["id"]: d for d in DEPARTMENTS}
for i, u in enumerate(UNITS.values()):
    u.grid_day = 20 + (i * 3) % 9
    u.variant = i % 2
for i, d in enumerate(DEPARTMENTS):
    d["grid_day"] = 5 + (i * 4) % 11
    d["style"] = "zh" if i % 3 else "en"
    d["variant"] = (i // 2) % 2


def owner_name(oid):
    if oid in DEPTS:
        return DEPTS[oid]["name"]
    return UNITS[oid].name + ("村委会" if UNITS[oid].level == "村" else
                              "居委会" if UNITS[oid].level == "社区" else "")


# ---------------------------------------------------------------------------
# Words: English values, or the Chinese words a secretary writes

ZH = {
    "status": {"proposed": ["征集", "待审核"], "accepted": ["立项", "已受理"], "in_progress": ["办理中", "处置中"],
               "resolved": ["已办结", "已解决"], "rejected": ["不予受理"] * 2, "referred": ["转办"] * 2,
               "deferred": ["暂缓"] * 2},
    "kind": {"problem": ["问题诉求", "问题"], "suggestion": ["意见建议", "建议"], "dispute": ["矛盾纠纷", "纠纷"]},
    "urgency": {"minor": ["小事"] * 2, "normal": ["一般"] * 2, "major": ["大事"] * 2, "urgent": ["急事"] * 2},
    "satisfaction": {"satisfied": ["满意"] * 2, "basically_satisfied": ["基本满意"] * 2,
                     "dissatisfied": ["不满意"] * 2},
}
STATUS_CN = {"proposed": "待审核", "accepted": "已立项", "in_progress": "办理中", "resolved": "已办结",
             "rejected": "不予受理", "referred": "已转办", "deferred": "暂缓办理"}
SAT_CN = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}


def word(field, value, zh, variant):
    return ZH[field][value][variant] if zh else value


# ---------------------------------------------------------------------------
# YAML output: plain scalars where safe, double quotes otherwise

NUMBERISH = re.compile(r"^[-+.]?[0-9][0-9_.:eE+-]*$|^(true|false|yes|no|on|off|y|n|null|~)$", re.I)


def scalar(s, flow=False):
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    if isinstance(s, dt.date):
        return s.isoformat()
    s = str(s)
    plain = (s and s == s.strip() and s[0] not in "-?:,[]{}#&*!|>'\"%@`" and ": " not in s and " #" not in s
             and not s.endswith(":") and "\n" not in s and "\t" not in s and not NUMBERISH.match(s))
    if plain and flow and any(c in s for c in ",[]{}"):
        plain = False
    return s if plain else json.dumps(s, ensure_ascii=False)


def flow_list(xs):
    return "[" + ", ".join(scalar(x, flow=True) for x in xs) + "]"


# ---------------------------------------------------------------------------
# Records

class Meeting:
    def __init__(self, unit, date, kind="regular", spec=None):
        self.unit, self.date, self.kind, self.spec = unit, date, kind, spec or {}
        self.items, self.updates = [], []            # updates: [(item, entry dict)]
        self.draft = self.spec.get("draft", False)
        self.upcoming = date > AS_OF
        self.id = None
        self.path = None
        self.aliases = []

    def counted(self):
        return not self.draft and not self.upcoming


class Item:
    def __init__(self, meeting, tpl):
        self.meeting, self.tpl = meeting, tpl
        self.unit = meeting.unit
        self.events = []                 # planned changes after raising, in order
        self.private = False
        self.vote = None
        self.funds = None
        self.note = None
        self.satisfaction = None
        self.due = None
        self.owner = None
        self.status = "proposed"
        self.n = rng.randint(*tpl.get("n", (4, 30)))
        self.m = rng.randint(*tpl.get("m", (2, 12)))
        self.k = rng.randint(2, 9) * 10           # 二三十个, in round tens
        self.h = rng.randint(2, 9) * 100


class Event:
    def __init__(self, t, **fields):
        self.t = t                       # tentative date
        self.fields = fields             # status, owner, due, funds, satisfaction, note
        self.channel = fields.pop("channel", None)
        self.split = fields.pop("split", False)   # write as two entries on the same date
        self.date = None
        self.where = None                # ("meeting", Meeting) or ("file", key)


# ---------------------------------------------------------------------------
# Meeting schedule

def weighted(pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def regular_dates(first, last, lo=22, hi=48):
    out, d = [], first
    while d <= last:
        out.append(d)
        d += days(rng.randint(lo, hi))
    return out


def schedule():
    scripted = defaultdict(list)
    for s in SCRIPTED:
        scripted[s["unit"]].append(s)
    meetings = []
    for u in UNITS.values():
        fixed = sorted(scripted[u.id], key=lambda s: s["date"])
        if u.role == "never" or u.role == "district":
            assert not fixed
            continue
        if u.role == "town":
            for s in fixed:
                meetings.append(Meeting(u, D.fromisoformat(s["date"]), "scripted", s))
            continue
        first = START + days(rng.randint(3, 24))
        if u.role == "merged":
            dates = regular_dates(first, D.fromisoformat(u.until) - days(20), 25, 45)
        elif u.role == "lapsed":
            dates = regular_dates(first, D(2026, 2, 20), 25, 45)
            dates.append(dates[-1] + days(76))            # the gap that breaks the rule
            dates.append(dates[-1] + days(43))            # and the last meeting, in the summer
        else:
            dates = regular_dates(first, END)
        replacing = [D.fromisoformat(s["date"]) for s in fixed if s.get("replace", True)]
        dates = [d for d in dates if all(abs((d - f).days) > 12 for f in replacing)] + replacing
        dates.sort()
        if u.role == "regular":
            # the two-month rule, kept: no gap over 55 days, and a meeting in the last weeks
            i = 0
            while i + 1 < len(dates):
                if (dates[i + 1] - dates[i]).days > 55:
                    dates.insert(i + 1, dates[i] + days((dates[i + 1] - dates[i]).days // 2))
                i += 1
            if dates[-1] < D(2026, 9, 25):
                dates.append(D(2026, 10, rng.randint(8, 30)))
        specs = {s["date"]: s for s in fixed}
        for d in dates:
            s = specs.pop(d.isoformat(), None)
            meetings.append(Meeting(u, d, "scripted" if s else "regular", s))
        for s in specs.values():                      # extras that do not replace a regular one
            meetings.append(Meeting(u, D.fromisoformat(s["date"]), "scripted", s))
    meetings.sort(key=lambda m: (m.date, m.unit.id))
    seen = Counter()
    for m in meetings:
        base = f"{m.date.isoformat()}-{m.unit.id}"
        seen[base] += 1
        m.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        m.path = f"content/meetings/{m.date.year}/{m.id}.md"
        m.aliases = list(m.spec.get("aliases", []))
    return meetings


# ---------------------------------------------------------------------------
# Items: raising entry and planned life

ID_COUNTER = Counter()


def next_item_id(unit, year):
    ID_COUNTER[(unit.prefix, year)] += 1
    return f"{unit.prefix}-{year}-{ID_COUNTER[(unit.prefix, year)]:03d}"


def fill(text, item):
    u = item.unit
    return text.format(place=item.place, estate=item.estate, road=item.road, n=item.n, m=item.m, k=item.k, h=item.h,
                       unit=u.name, town=(u.town.name if u.town else u.name),
                       owner=owner_name(item.owner) if item.owner else "责任单位")


def pick_owner(tpl, unit):
    o = rng.choice(tpl["owners"])
    if o == "UNIT":
        return unit.id
    if o == "TOWN":
        return unit.town.id
    return o


def templates_for(unit):
    env = "rural" if unit.rural else "urban"
    return [t for t in TEMPLATES if t.get("env", "any") in ("any", env)]


def due_span(tpl, urg):
    if "due" in tpl:
        return rng.randint(*tpl["due"])
    return {"minor": rng.randint(7, 20), "normal": rng.randint(15, 45), "major": rng.randint(45, 150),
            "urgent": rng.randint(3, 12)}[urg]


def new_item(meeting, tpl, used):
    unit = meeting.unit
    it = Item(meeting, tpl)
    for _ in range(8):
        it.place = rng.choice(unit.places)
        it.estate = rng.choice(unit.estates) if unit.estates else rng.choice(unit.places)
        it.road = rng.choice(unit.roads) if unit.roads else rng.choice(unit.places)
        v = rng.choice(tpl["titles"])
        it.v = dict(v) if isinstance(v, dict) else {"t": v}
        it.owner = pick_owner(tpl, unit)
        title = fill(it.v["t"], it)
        if title not in used:
            break
    used.add(title)
    it.title = title
    it.id = next_item_id(unit, meeting.date.year)
    it.kind = tpl["kind"]
    it.category = tpl["cat"]
    it.urgency = rng.choice(tpl["urg"])
    it.raised_by = local_role(rng.choice(tpl.get("raised", ["居民代表"])), unit)
    it.decision = fill(rng.choice(tv(it, "decision")), it)
    return it


def tv(it, key, default=None):
    """A template's list for key, as the item's title variant (or hand-written spec) overrides it."""
    if key in it.v:
        return it.v[key]
    return it.tpl.get(key, default)


RURAL_ROLES = {"楼栋长": "村民小组长", "居民代表": "村民代表", "老年居民代表": "老年村民代表", "物业负责人": "村民小组长",
               "业委会代表": "村民代表", "临街商户代表": "沿街商户代表", "退休职工代表": "老党员"}
URBAN_ROLES = {"村民代表": "居民代表", "村民小组长": "楼栋长", "老年村民代表": "老年居民代表", "被征地村民代表": "安置区居民代表"}


def local_role(role, unit):
    """Villages have 村民小组长 and 村民代表; communities have 楼栋长 and 居民代表."""
    return (RURAL_ROLES if unit.rural else URBAN_ROLES).get(role, role)


def money(lo, hi):
    v = rng.randint(lo, hi)
    step = 1000 if v >= 20000 else 100
    return max(step, v // step * step)


def plan_random(it):
    """Chooses what becomes of a generated item, as a raising entry plus later events."""
    tpl, raised = it.tpl, it.meeting.date
    late_raise = raised >= D(2026, 8, 20)
    span = due_span(tpl, it.urgency)
    choices = [("normal", 78), ("proposed", 7 if not late_raise else 16)]
    if tpl.get("onspot"):
        choices.append(("onspot", 40))
    elif it.urgency == "minor":
        choices.append(("onspot", 6))
    if tpl.get("reject"):
        choices.append(("rejected", 4))
    if tpl.get("refer"):
        choices.append(("referred", 6))
    if tpl.get("defer"):
        choices.append(("deferred", 5))
    fate = weighted(choices)
    funds_ok = "funds" in tpl and rng.random() < 0.55
    if funds_ok:
        it.funds = money(*tpl["funds"])
    if fate == "onspot":
        it.status = "resolved"
        it.decision = fill(rng.choice(tv(it, "onspot_decision") or tv(it, "decision")), it)
        it.note = fill(rng.choice(tv(it, "onspot_note") or tv(it, "done", GENERIC_DONE)), it)
        if rng.random() < 0.55:
            it.satisfaction = weighted([("satisfied", 75), ("basically_satisfied", 25)])
        return
    if fate == "rejected":
        it.status, it.owner, it.funds = "rejected", None, None
        it.note = fill(rng.choice(tpl["reject"]), it)
        it.decision = None
        return
    if fate == "referred":
        it.status, it.funds = "referred", None
        it.note = fill(rng.choice(tpl["refer"]), it)
        if rng.random() < 0.5:
            it.owner = None
        return
    if fate == "deferred":
        it.status = "deferred"
        it.note = fill(rng.choice(tpl["defer"]), it)
        it.due = raised + days(rng.randint(90, 240))
        if it.due < AS_OF and rng.random() < 0.8:
            start = it.due - days(rng.randint(10, 40))
            it.events.append(Event(start, status="in_progress", note=fill(rng.choice(tv(it, "progress", GENERIC_PROGRESS)), it)))
            resolve(it, it.due + days(rng.randint(-20, 10)))
        elif it.due < AS_OF:
            it.due = D(2027, rng.randint(1, 6), rng.randint(1, 28))
        return
    if fate == "proposed":
        it.funds = None
        it.owner = None if rng.random() < 0.7 else it.owner
        it.decision = None if rng.random() < 0.6 else it.decision
        if late_raise and rng.random() < 0.7:
            return                                           # still being screened
        screen = raised + days(rng.randint(4, 15))
        if rng.random() < 0.18:
            it.events.append(Event(screen, status="rejected", note=fill(rng.choice(tpl.get("reject", GENERIC_REJECT)), it)))
            return
        owner = it.owner or pick_owner(tpl, it.unit)
        due = screen + days(span)
        it.events.append(Event(screen, status="accepted", owner=owner if it.owner is None else None, due=due,
                               note="经村（居）民代表审核，列入本期议定事项" if it.unit.rural else "经社区协商议事会审核立项"))
        it.owner = it.owner or None
        life(it, screen, due, span, owner)
        return
    # normal: decision taken, owner named
    it.status = "accepted" if rng.random() < 0.8 else "in_progress"
    it.due = raised + days(span)
    if rng.random() < 0.12 and it.urgency != "major":
        it.due = None                                        # due by the site's default
    if it.kind != "dispute" and (it.urgency == "major" or rng.random() < 0.12):
        total = it.meeting.total
        voters = rng.randint(max(5, total * 2 // 3), total)
        against = rng.randint(0, max(0, voters // 12))
        abstain = rng.randint(0, max(0, voters // 10))
        it.vote = (voters - against - abstain, against, abstain)
    life(it, raised, it.due or raised + days(DEFAULT_DUE), span, it.owner)


def resolve(it, t, split=False):
    tpl = it.tpl
    sat = None
    if rng.random() < 0.78:
        sat = weighted([("satisfied", 62), ("basically_satisfied", 30), ("dissatisfied", 8)])
    it.events.append(Event(t, status="resolved", note=fill(rng.choice(tv(it, "done", GENERIC_DONE)), it),
                           satisfaction=sat, split=split and sat is not None))


def life(it, start, due, span, owner):
    """Work after a decision: progress, sometimes a new owner or a deferral, then (usually) done."""
    tpl = it.tpl
    raised = it.meeting.date
    slow_kind = tpl["cat"] in ("基础设施", "征地拆迁", "产业发展", "公共服务") and it.urgency in ("normal", "major")
    stuck = raised < D(2026, 6, 1) and (tpl.get("stuck") and rng.random() < 0.35 or slow_kind and rng.random() < 0.03)
    late = rng.random() < 0.22
    dur = rng.randint(max(3, span * 3 // 10), span) if not late else span + rng.randint(3, 45)
    end = start + days(dur)
    t = start + days(max(2, dur // 4))
    if rng.random() < 0.05 and len(tpl["owners"]) > 1:
        others = [o for o in tpl["owners"] if o not in ("UNIT", "TOWN") and o != owner]
        if others:
            new = rng.choice(others)
            it.events.append(Event(t, owner=new, status="in_progress",
                                   note=f"经联席会议协调，改由{DEPTS[new]['name']}牵头办理"))
            owner = new
            t += days(3)
    if it.status == "accepted" and rng.random() < 0.45 or rng.random() < 0.15:
        ev = dict(status="in_progress", note=fill(rng.choice(tv(it, "progress", GENERIC_PROGRESS)), it))
        if "funds" in tpl and rng.random() < 0.3:
            ev["funds"] = money(*tpl["funds"])
        it.events.append(Event(t, **ev))
    if stuck:
        it.events.append(Event(end - days(dur // 3), status="in_progress",
                               note=fill(rng.choice(tpl.get("stuck_note", ["资金尚未落实，仍在协调", "涉及多个部门，方案仍在会商"])), it)))
        return
    if rng.random() < 0.05:
        new_due = due + days(rng.randint(30, 90))
        it.events.append(Event(start + days(max(4, dur // 2)), status="deferred", due=new_due,
                               note=fill(rng.choice(tpl.get("defer", GENERIC_DEFER)), it)))
        end = new_due - days(rng.randint(0, 20))
    resolve(it, end, split=rng.random() < 0.03)


def plan_scripted(it, spec):
    """An item written out by hand in SCRIPTED: fields as given, events at their dates."""
    for k in ("title", "kind", "category", "urgency", "raised_by", "decision", "note", "satisfaction", "funds"):
        if k in spec:
            setattr(it, k, fill(spec[k], it) if isinstance(spec[k], str) else spec[k])
    it.status = spec.get("status", "accepted")
    it.owner = spec.get("owner", it.owner) if spec.get("owner", "") != "UNIT" else it.unit.id
    if spec.get("owner") is None and "owner" in spec:
        it.owner = None
    if "due" in spec:
        it.due = it.meeting.date + days(spec["due"]) if isinstance(spec["due"], int) else D.fromisoformat(spec["due"])
    for k in ("speech", "reply", "done", "progress"):
        if k in spec:
            it.v[k] = spec[k]
    it.private = spec.get("private", False)
    if "vote" in spec:
        it.vote = tuple(spec["vote"])
        a = it.meeting.attendance
        if sum(it.vote) > a["total"]:              # the hall was fuller than the dice said
            more = sum(it.vote) - a["total"] + rng.randint(2, 9)
            a["total"] += more
            a["residents"] += more
            it.meeting.total = a["total"]
    for e in spec.get("events", []):
        e = dict(e)
        t = D.fromisoformat(e.pop("date"))
        if "due" in e:
            e["due"] = D.fromisoformat(e["due"])
        if "note" in e:
            e["note"] = fill(e["note"], it)
        it.events.append(Event(t, **e))


# ---------------------------------------------------------------------------
# Placing events: in a later meeting's `updates:`, or in a unit's or department's update file

UPDATE_FILES = {}        # key (date, owner id) -> {"date", "oid", "entries": [(item, entry)]}
ALIASES = set()          # former meeting ids: no update file may take one


def grid_date(t, day):
    g = D(t.year, t.month, min(day, 28))
    if g < t:
        y, mth = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
        g = D(y, mth, min(day, 28))
    return g


def place_events(items, meetings_by_unit):
    ALIASES.update(a for ms in meetings_by_unit.values() for m in ms for a in m.aliases)
    for it in items:
        prev = it.meeting.date
        owner = it.owner
        kept = []
        for ev in it.events:
            t = max(ev.t, prev + days(1))
            if t > LAST_UPDATE:
                break
            where = None
            # A result is reported when it happens (its date is the resolved date the figures use);
            # progress may wait for the next meeting or the owner's monthly report.
            done = ev.fields.get("status") == "resolved"
            window = days(3) if done else days(40)
            unit_meetings = [m for m in meetings_by_unit[it.unit.id] if m.counted() and t <= m.date <= t + window
                             and m.date > prev]
            if ev.channel == "meeting" or (ev.channel is None and unit_meetings and rng.random() < 0.55):
                if unit_meetings:
                    where = ("meeting", unit_meetings[0])
            # An entry that sets a due date is reported by then: written down later, the date
            # would be overdue from the day it was set (yishi warns of that). Such an entry goes
            # to the unit's file on its own date, drawing no random number, so that the rest of
            # the demo stays as it was.
            due = ev.fields.get("due")
            late = where is not None and isinstance(due, D) and where[1].date > due
            if late:
                where = None
            if where is None:
                cur_owner = ev.fields.get("owner") or owner
                by_dept = not late and (ev.channel == "dept" or (ev.channel is None and cur_owner in DEPTS and rng.random() < 0.3))
                if ev.channel == "dept" and cur_owner not in DEPTS:
                    by_dept = False
                oid = cur_owner if by_dept else it.unit.id
                if ev.channel in ("dept", "unit", "meeting") or done or late:
                    d = t                                    # scripted events and results keep their date
                else:
                    d = grid_date(t, DEPTS[oid]["grid_day"] if by_dept else UNITS[oid].grid_day)
                    if d > LAST_UPDATE or (isinstance(due, D) and d > due):
                        d = t
                while f"{d.isoformat()}-{oid}" in ALIASES:   # a meeting's former id stays its own
                    d += days(1)
                same_day = [m for m in meetings_by_unit.get(oid, []) if m.date == d]
                if same_day and same_day[0].counted():
                    where = ("meeting", same_day[0])         # report it at that meeting, not in a file of the same id
                elif same_day:
                    d += days(1)
                if where is None:
                    where = ("file", (d, oid))
            if where[0] == "meeting":
                d = where[1].date
            ev.date, ev.where = d, where
            prev = d
            if "owner" in ev.fields:
                owner = ev.fields["owner"]
            kept.append(ev)
        it.events = kept
        for ev in it.events:
            entries = entries_for(it, ev)
            if ev.where[0] == "meeting":
                ev.where[1].updates.extend((it, e) for e in entries)
            else:
                f = UPDATE_FILES.setdefault(ev.where[1], {"date": ev.where[1][0], "oid": ev.where[1][1], "entries": []})
                f["entries"].extend((it, e) for e in entries)


def entries_for(it, ev):
    e = {k: v for k, v in ev.fields.items() if v is not None}
    if not ev.split:
        return [e]
    follow = {"satisfaction": e.pop("satisfaction"), "note": "当天组织居民代表现场验收并入户回访"}
    return [e, follow]


# ---------------------------------------------------------------------------
# Generation

def attendance_for(m):
    spec = m.spec.get("attendance")
    if spec:
        return dict(spec)
    u = m.unit
    big = m.kind == "scripted" or u.role == "town"
    total = rng.randint(30, 90) if big else rng.randint(14, 60)
    if m.format in ("入户访谈", "随机e谈"):
        total = rng.randint(8, 20)
    officials = rng.randint(2, max(2, min(12, total // 4)))
    party = rng.randint(1, max(2, total // 6))
    reps = rng.randint(1, 3 if total < 30 else 5) if u.platform == "宅上议" or rng.random() < 0.15 else 0
    vols = rng.randint(1, 4) if rng.random() < 0.25 else 0
    other = rng.randint(0, 2)
    residents = total - officials - party - reps - vols - other
    if residents < 1:
        residents, total = 1, officials + party + reps + vols + other + 1
    a = {"total": total, "residents": residents, "party_members": party, "officials": officials}
    if reps:
        a["representatives"] = reps
    if vols:
        a["volunteers"] = vols
    return a


def meeting_frame(m, serial):
    """Format, time, venue, host, leaders, title: the things a meeting's front matter opens with."""
    u, s = m.unit, m.spec
    m.platform = s.get("platform", u.platform)
    fw = [(f, w) for f, w in FORMAT_WEIGHTS if not (f == "板凳会" and not u.rural)]
    m.format = s.get("format") or weighted(fw)
    if m.format in ("入户访谈", "定点接谈"):
        m.time = rng.choice(["09:00-11:00", "15:00-17:00", "14:30-16:30"])
    elif m.format == "云议事":
        m.time = rng.choice(["20:00-21:00", "19:30-20:30"])
    else:
        m.time = rng.choice(["19:30-21:00", "19:00-20:30", "20:00-21:30", "19:30-21:30", "19:00-21:00"])
    m.time = s.get("time", m.time)
    m.venue = s.get("venue") or ("线上议事群" if m.format == "云议事" else rng.choice(u.venues))
    m.host = s.get("host") or rng.choice(u.hosts)
    m.leaders = list(s.get("leaders", []))
    if not m.leaders and "leaders" not in s and rng.random() < 0.35:
        pool = LEADERS_TOWN[u.town.level]
        m.leaders = [rng.choice(pool)]
        if rng.random() < 0.2:
            m.leaders.append(rng.choice(LEADERS_DISTRICT))
    m.serial = serial
    m.attendance = attendance_for(m)
    m.total = m.attendance["total"]


def make_title(m):
    if "title" in m.spec:
        return m.spec["title"]
    u = m.unit
    topic = m.items[0].title if m.items else "群众诉求"
    short = re.split(r"[，,]", topic)[0]
    # A platform's name is said whole and the topic after it: 月月恳谈会 after 10月 read
    # 10月月月恳谈会, and a topic run into the name (…助餐点云溪夜话) read as one long word.
    forms = [f"{u.name}{m.platform}：{short}", f"{u.name}第{m.serial}期{m.platform}",
             f"{u.name}{m.platform}（{m.date.month}月）", f"{u.name}关于{short}的{m.format}",
             f"{u.name}“{m.platform}”{m.format}（{m.date.month}月）"]
    if m.format in ("专题座谈",):
        forms.append(f"{u.name}{short}专题座谈会")
    return rng.choice(forms)


class _Probe:
    """Stands in for an item when a fixed title is filled only to compare it."""
    def __init__(self, unit):
        self.unit, self.owner = unit, None
        self.place = self.estate = self.road = ""
        self.n = self.m = self.k = self.h = 0


def generate():
    meetings = schedule()
    by_unit = defaultdict(list)
    for m in meetings:
        by_unit[m.unit.id].append(m)
    for u in by_unit:
        by_unit[u].sort(key=lambda m: (m.date, m.id))
    serials = Counter()
    used_titles = defaultdict(set)
    scripted_keys = defaultdict(set)       # a case told by hand is not told again at random
    for spec in SCRIPTED:
        for ispec in spec.get("items", []):
            if ispec.get("plan") != "random":
                scripted_keys[spec["unit"]].add(ispec["tpl"])
    items = []
    for m in meetings:
        serials[m.unit.id] += 1
        meeting_frame(m, serials[m.unit.id])
        if m.upcoming:
            continue
        s = m.spec
        tpls = templates_for(m.unit)
        for ispec in s.get("items", []):
            tpl = next(t for t in TEMPLATES if t["key"] == ispec["tpl"])
            it = new_item(m, tpl, used_titles[m.unit.id])
            if ispec.get("plan") == "random":
                for k in ("title", "urgency", "raised_by"):
                    if k in ispec:
                        setattr(it, k, ispec[k])
                plan_random(it)
            else:
                plan_scripted(it, ispec)
            m.items.append(it)
        n_random = s.get("random_items")
        if n_random is None:
            n_random = weighted([(1, 28), (2, 42), (3, 24), (4, 6)])
        for _ in range(n_random):
            taken = {it.tpl["key"] for it in m.items} | scripted_keys[m.unit.id]
            for _ in range(10):      # one matter once per meeting, and not the same title again soon
                tpl = rng.choice([t for t in tpls if t["key"] not in taken])
                recent = [it.title for it in items if it.unit is m.unit][-8:]
                if not any(fill(v if isinstance(v, str) else v["t"], _Probe(m.unit)) in recent
                           for v in tpl["titles"] if "{" not in (v if isinstance(v, str) else v["t"])):
                    break
            it = new_item(m, tpl, used_titles[m.unit.id])
            plan_random(it)
            m.items.append(it)
        if m.draft:
            for it in m.items:
                it.events = []
        items.extend(m.items)
    for m in meetings:
        m.title = make_title(m)
    live = [it for it in items if not it.meeting.draft]
    place_events(live, by_unit)
    return meetings, items, by_unit


# ---------------------------------------------------------------------------
# The fold DESIGN §4 describes, to check what the tool will compute

def fold(it, as_of=AS_OF):
    """Status, owner, due, first due, resolved date of an item as of a date."""
    entries = [(it.meeting.date, 0, "", 0, {"status": it.status, "owner": it.owner, "due": it.due})]
    for _, entry, idx, path, date in it.placed:
        entries.append((date, 1, path, idx, entry))
    entries.sort(key=lambda e: e[:4])
    status, owner, due, first_due, resolved = None, None, None, None, None
    for date, _, _, _, e in entries:
        if date > as_of:
            break
        if e.get("due") and first_due is None:
            first_due = e["due"]
        if e.get("status"):
            if e["status"] == "resolved" and status != "resolved":
                resolved = date
            status = e["status"]
        owner = e.get("owner") or owner
        due = e.get("due") or due
    default = it.meeting.date + days(DEFAULT_DUE)
    return dict(status=status, owner=owner, due=due or default, first_due=first_due or default,
                resolved=resolved if status == "resolved" else None)


# ---------------------------------------------------------------------------
# Markdown bodies

def meeting_body(m):
    """The minutes: an opening paragraph, 议程, 前期事项, 发言摘要, 议定事项, and how results are posted."""
    u = m.unit
    a = m.attendance
    if m.upcoming:
        # The page heads this 会议预告 and lists the agenda from the front matter: the text
        # says what those do not.
        lines = [f"{u.name}定于{cn_date(m.date)}{m.time.split('-')[0]}在{m.venue}召开{m.platform}，"
                 f"欢迎居民群众带着问题和建议参加。", "",
                 "会上将先通报上次议事以来各事项的办理进展，再按议程逐项听取居民意见；"
                 "当场能答复的当场答复，不能当场答复的明确责任单位和办理期限，会后在公开栏公示。"]
        lines += ["", "## 参会须知", "",
                  "- 会前可向网格员或楼栋长提交议题，也可在议事群里留言；",
                  "- 涉及个人隐私的事项请会后单独反映，由调解委员会另行处理；",
                  "- 相关部门将派员到会现场答复。", "",
                  f"监督电话：{HOTLINE}。", ""]
        return "\n".join(lines)
    hour = int(m.time[:2])
    when = "晚" if hour >= 18 else ("下午" if hour >= 12 else "上午")
    intro = (f"{cn_date(m.date)}{when}，{u.name}在{m.venue}召开{m.platform}{m.format}，由{m.host}主持，"
             f"参会{a['total']}人次，其中居民群众{a['residents']}人次、党员{a['party_members']}人次")
    if a.get("representatives"):
        intro += f"，人大代表和政协委员{a['representatives']}人次"
    intro += "。"
    if m.leaders:
        intro += "、".join(m.leaders) + "到会听取意见。"
    if m.departments:
        names = [DEPTS[d]["name"] for d in m.departments]
        intro += "、".join(names[:4]) + ("等部门" if len(names) > 4 else "") + "派员参加，现场答复群众关切。"
    intro += m.spec.get("intro", "")
    head = (["> 本纪要为初稿，尚待参会代表核对签字，核对后再行公示。", ""] if m.draft else []) + [intro, ""]
    public = [it for it in m.items if not it.private]

    agenda = ["通报前期议定事项办理情况"] if m.updates else []
    agenda.append(rng.choice(AGENDA_OPEN))
    topics = [f"议题：{it.title}" for it in public]
    closing_agenda = (["对议定事项进行表决"] if any(it.vote for it in m.items) else []) + ["明确责任单位和完成时限"]

    progress = []
    for it, e in m.updates:
        if it.private or any(f"（{it.id}）" in p for p in progress):
            continue
        what = (e.get("note") or STATUS_CN.get(e.get("status"), "有新进展")).rstrip("。")
        progress.append(f"- {it.title}（{it.id}）：{what}。")

    speech = []
    for it in public:
        pair = [f"- **{it.raised_by}**：{fill(rng.choice(tv(it, 'speech')), it)}"]
        if it.owner and it.status != "rejected":
            role = owner_name(it.owner) + "负责人" if it.owner in DEPTS else rng.choice(REPLY_ROLES["rural" if u.rural else "urban"])
            pair.append(f"- **{role}**：{fill(rng.choice(tv(it, 'reply', ['将尽快到现场核实，拿出解决办法。'])), it)}")
        elif it.status in ("rejected", "referred"):
            pair.append(f"- **{m.host}**：{it.note}。")
        speech.append(pair)
    if m.leaders and rng.random() < 0.7:
        speech.append([f"- **{m.leaders[0]}**：" + rng.choice([
            "群众的事再小也是大事，能当场解决的当场解决，解决不了的要讲清楚原因和时限。",
            "各部门要把议定事项列入台账，按时反馈办理结果，办没办好由群众说了算。",
            "今晚提的问题都要有回音，下次议事会先通报办理情况。"])])

    table = bool(public) and rng.random() < 0.5
    decided = []

    def as_table(short=False):
        rows = ["| 事项 | 责任单位 | 状态 |", "|---|---|---|"] if short else \
            ["| 编号 | 事项 | 责任单位 | 时限 | 状态 |", "|---|---|---|---|---|"]
        for it in public:
            due = it.due.isoformat() if it.due else "—"
            who = owner_name(it.owner) if it.owner else "—"
            rows.append(f"| {it.title} | {who} | {STATUS_CN[it.status]} |" if short else
                        f"| {it.id} | {it.title} | {who} | {due} | {STATUS_CN[it.status]} |")
        return rows
    if table:
        decided = as_table()
    else:
        for i, it in enumerate(public, 1):
            line = f"{i}. **{it.title}**："
            if it.status == "rejected":
                line += f"不予受理。{it.note}。"
            elif it.status == "referred":
                line += f"{it.note}。"
            elif it.status == "resolved":
                line += f"{it.decision or '现场答复'}，已当场解决。"
            elif it.status == "deferred":
                line += f"暂缓办理，{it.note}，预计{cn_date(it.due)}前重新研究。"
            elif it.status == "proposed":
                line += "列入议题库，待审核后确定是否立项。"
            else:
                line += it.decision or "明确责任单位办理"
                line += f"，{cn_date(it.due)}前完成。" if it.due else "。"
            decided.append(line)
    tail = []
    votes = [f"“{it.title}”赞成{it.vote[0]}票、反对{it.vote[1]}票、弃权{it.vote[2]}票" for it in m.items if it.vote]
    if len(votes) == 1:
        tail += [f"经参会代表举手表决，{votes[0]}，表决通过。", ""]
    elif votes:
        tail += ["经参会代表举手表决，" + "；".join(votes) + "，均表决通过。", ""]
    if any(it.private for it in m.items):
        tail += ["另有1项涉及当事人隐私的矛盾纠纷，已由调解委员会另行调解，按规定不公开具体内容。", ""]
    tail += [rng.choice(CLOSINGS).format(unit=u.name, days=7, hotline=HOTLINE), ""]
    padding = [p for p in rng.sample(PADDING, len(PADDING))]

    def render(pad):
        out = list(head)
        out += ["## 议程", ""] + [f"{i}. {x}" for i, x in enumerate(agenda + topics + closing_agenda, 1)] + [""]
        if progress:
            out += ["## 前期事项办理情况", ""] + progress + [""]
        if speech:
            out += ["## 发言摘要", ""] + [line for pair in speech for line in pair] + [""]
        if decided:
            out += ["## 议定事项", ""] + decided + [""]
        for p in padding[:pad]:
            out += [p, ""]
        out += tail
        return "\n".join(out)

    body, pad = render(0), 0
    while len(body.encode()) < 520 and pad < len(padding):
        pad += 1
        body = render(pad)
    # long minutes: shorten the summary first, then the progress list, then the agenda
    while len(body.encode()) > 2000:
        if len(speech) > 2:
            speech.pop()
        elif len(progress) > 3:
            rest = len(progress) - 2
            progress[2:] = [f"- 另有{rest}项事项的办理进展已逐项通报，详见各事项的办理记录。"]
        elif len(topics) > 1:
            topics = [f"逐项协商本次提出的{len(public)}个议题"]
        elif len(speech) > 1:
            speech.pop()
        elif table and decided[0].startswith("| 编号"):
            decided = as_table(short=True)
        elif not table and any("由" in d for d in decided):
            decided = [f"{i}. **{it.title}**：{STATUS_CN[it.status]}" + (f"，{owner_name(it.owner)}负责" if it.owner else "")
                       + (f"，{cn_date(it.due)}前完成。" if it.due and it.status in ("accepted", "in_progress") else "。")
                       for i, it in enumerate(public, 1)]
        else:
            break
        body = render(pad)
    return body


def update_body(f):
    if rng.random() < 0.25:
        return ""
    lines = [f"本期反馈{len({it.id for it, _ in f['entries']})}项议事事项办理情况：", ""]
    seen = set()
    for it, e in f["entries"]:
        if it.id in seen or it.private:
            continue
        seen.add(it.id)
        st = STATUS_CN.get(e.get("status"), "有新进展")
        lines.append(f"- {it.unit.name}“{it.title}”（{it.id}）：{st}。")
    entries = [e for _, e in f["entries"]]
    if any(e.get("satisfaction") == "dissatisfied" for e in entries):
        end = "对群众不满意的事项，将重新研究办理方案，并在下次议事会上说明。"
    elif all(e.get("status") in ("resolved", None) for e in entries):
        end = rng.choice(["已办结事项已组织群众代表现场查看，并入户回访。", "以上事项均已办结，结果在公开栏同步公示。"])
    else:
        end = "未办结事项将继续跟踪督办，办理结果在下次议事会上通报。"
    lines += ["", end, ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Writing files

def file_style(unit_or_dept):
    style = unit_or_dept["style"] if isinstance(unit_or_dept, dict) else unit_or_dept.style
    if style == "mix":
        return rng.random() < 0.5
    return style == "zh"


def emit_item(it, zh, var, out, comments):
    def c(key):
        return f"  # {comments[key]}" if key in comments else ""
    out.append(f"  - id: {it.id}")
    out.append(f"    title: {scalar(it.title)}")
    out.append(f"    kind: {word('kind', it.kind, zh, var)}{c('kind')}")
    out.append(f"    category: {scalar(it.category)}")
    out.append(f"    urgency: {word('urgency', it.urgency, zh, var)}{c('urgency')}")
    out.append(f"    raised_by: {scalar(it.raised_by)}{c('raised_by')}")
    if it.decision:
        out.append(f"    decision: {scalar(it.decision)}")
    if it.vote:
        out.append(f"    vote: {{for: {it.vote[0]}, against: {it.vote[1]}, abstain: {it.vote[2]}}}{c('vote')}")
    if it.owner:
        out.append(f"    owner: {it.owner}{c('owner')}")
    if it.due:
        out.append(f"    due: {it.due.isoformat()}")
    out.append(f"    status: {word('status', it.status, zh, var)}{c('status')}")
    if it.funds is not None:
        out.append(f"    funds: {it.funds}")
    if it.note:
        out.append(f"    note: {scalar(it.note)}")
    if it.satisfaction:
        out.append(f"    satisfaction: {word('satisfaction', it.satisfaction, zh, var)}")
    if it.private:
        out.append("    private: true")


def emit_entry(it, e, zh, var, out):
    out.append(f"  - item: {it.id}")
    if "status" in e:
        out.append(f"    status: {word('status', e['status'], zh, var)}")
    if "owner" in e:
        out.append(f"    owner: {e['owner']}")
    if "due" in e:
        out.append(f"    due: {e['due'].isoformat()}")
    if "funds" in e:
        out.append(f"    funds: {e['funds']}")
    if "satisfaction" in e:
        out.append(f"    satisfaction: {word('satisfaction', e['satisfaction'], zh, var)}")
    if "note" in e:
        out.append(f"    note: {scalar(e['note'])}")


def meeting_text(m):
    u = m.unit
    zh = file_style(u)
    var = u.variant
    comments = m.spec.get("comments", {})

    def c(key):
        return f"  # {comments[key]}" if key in comments else ""
    out = ["---", f"title: {scalar(m.title)}", f"date: {m.date.isoformat()}", f"time: \"{m.time}\"",
           f"unit: {u.id}{c('unit')}", f"platform: {scalar(m.platform)}", f"format: {scalar(m.format)}",
           f"venue: {scalar(m.venue)}", f"host: {scalar(m.host)}"]
    if m.agenda:
        out.append("agenda:")
        out += [f"  - {scalar(x)}" for x in m.agenda]
    if not m.upcoming:
        out.append(f"attendance:{c('attendance')}")
        for k, v in m.attendance.items():
            out.append(f"  {k}: {v}")
    if m.departments:
        out.append(f"departments: {flow_list(m.departments)}{c('departments')}")
    if m.leaders:
        out.append(f"leaders: {flow_list(m.leaders)}{c('leaders')}")
    if m.items:
        out.append("items:")
        for i, it in enumerate(m.items):
            emit_item(it, zh, var, out, comments if i == 0 else {})
    if m.updates:
        out.append("updates:")
        for it, e in m.updates:
            emit_entry(it, e, zh, var, out)
    if m.publicized:
        out.append(f"publicized: {m.publicized.isoformat()}{c('publicized')}")
    if m.aliases:
        out.append(f"aliases: {flow_list(m.aliases)}")
    if m.draft:
        out.append("draft: true")
    out.append("---")
    return "\n".join(out) + "\n" + m.body


def update_title(f):
    d, oid = f["date"], f["oid"]
    if oid in DEPTS:
        return rng.choice([f"{DEPTS[oid]['name']}承办议事事项办理情况反馈（{d.year}年{d.month}月）",
                           f"{DEPTS[oid]['name']}关于议定事项办理进展的报告"])
    return rng.choice([f"{UNITS[oid].name}{d.year}年{d.month}月议事事项办理进展",
                       f"{UNITS[oid].name}议定事项办理结果公示", f"{UNITS[oid].name}议事事项跟踪反馈"])


def update_text(f):
    oid = f["oid"]
    owner = DEPTS.get(oid) or UNITS[oid]
    zh = file_style(owner)
    var = owner["variant"] if isinstance(owner, dict) else owner.variant
    out = ["---", f"title: {scalar(f['title'])}", f"date: {f['date'].isoformat()}"]
    if oid in UNITS:
        out.append(f"unit: {oid}")
    out.append("updates:")
    for it, e in f["entries"]:
        emit_entry(it, e, zh, var, out)
    out.append("---")
    return "\n".join(out) + "\n" + f["body"]


def units_yml():
    out = ["# 云溪区（虚构）的单位树：区 → 镇/街道 → 村/社区。没有下级的单位是村或社区。"]

    def walk(u, ind):
        out.append(f"{ind}- id: {u.id}")
        out.append(f"{ind}  name: {u.name}")
        out.append(f"{ind}  level: {u.level}")
        if u.note:
            out[-3] += f"  # {u.note}"
        if u.since:
            out.append(f"{ind}  since: {u.since}            # 设立日期：这一天起计入统计")
        if u.until:
            out.append(f"{ind}  until: {u.until}            # 存续的最后一天：此后不再计入覆盖率和议事频次")
        if u.merged_into:
            out.append(f"{ind}  merged_into: {u.merged_into}")
        if u.children:
            out.append(f"{ind}  children:")
            for cid in u.children:
                walk(UNITS[cid], ind + "    ")
    walk(district, "")
    return "\n".join(out) + "\n"


def departments_yml():
    out = ["# 可以承办议事事项的部门：编号不能与 units.yml 中的单位编号相同"]
    for d in DEPARTMENTS:
        out += [f"- id: {d['id']}", f"  name: {d['name']}"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Invariants

MOBILE = re.compile(r"(?<!\d)1[3-9]\d(?:[\s-]?\d){8}(?!\d)")
IDNUM = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def check(meetings, items, texts):
    counted = [m for m in meetings if m.counted()]
    live = [it for it in items if not it.meeting.draft]
    ufiles = list(UPDATE_FILES.values())
    towns = [u for u in UNITS.values() if u.role == "town"]
    assert len(towns) >= 3, towns
    met = {m.unit.id for m in counted}
    assert len([u for u in LEAVES if u.id in met]) >= 13
    assert len(counted) >= 150, len(counted)
    assert len(live) >= 400, len(live)
    assert len(ufiles) >= 30, len(ufiles)
    assert all(START <= m.date <= END for m in counted)
    # ids: unique ignoring case, valid, departments apart from units
    idre = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    groups = {"unit/department": list(UNITS) + list(DEPTS),
              "meeting/alias/update": [m.id for m in meetings] + [a for m in meetings for a in m.aliases]
              + [f["id"] for f in ufiles],
              "item": [it.id for it in items]}
    for g, ids in groups.items():
        low = Counter(i.lower() for i in ids)
        assert all(n == 1 for n in low.values()), (g, [i for i, n in low.items() if n > 1])
        assert all(idre.match(i) and len(i) <= 100 for i in ids), g
    for m in meetings:
        a = m.attendance
        if not m.upcoming:
            assert sum(v for k, v in a.items() if k != "total") <= a["total"], m.id
        assert m.publicized is None or m.publicized >= m.date
        for x in m.agenda + m.leaders:
            assert "，" not in x and "、" not in x, x
        for it in m.items:
            if it.vote:
                assert sum(it.vote) <= a["total"] and min(it.vote) >= 0, it.id
            if it.status in ("accepted", "in_progress"):
                assert it.owner, it.id
            if it.status in ("rejected", "referred", "deferred"):
                assert it.note, it.id
            if it.status == "deferred":
                assert it.due, it.id
            assert it.owner is None or it.owner in UNITS or it.owner in DEPTS
            assert it.category in SITE_YML["categories"], it.category
        if m.upcoming:
            assert m.agenda and not m.items and not m.updates
    for it in live:
        for _, e, _, _, date in it.placed:
            assert it.meeting.date <= date <= LAST_UPDATE, it.id
            if e.get("status") in ("rejected", "referred", "deferred"):
                assert e.get("note"), it.id
            if e.get("status") == "deferred":
                assert e.get("due"), it.id
            assert any(k in e for k in ("status", "owner", "due", "funds", "satisfaction", "note"))
    # events fold in the order planned
    for it in live:
        planned = [ev.fields["status"] for ev in it.events if ev.fields.get("status")]
        last = planned[-1] if planned else it.status
        assert fold(it)["status"] == last, it.id
    # cadence: every village keeps the two-month rule except the two the demo is about
    for u in LEAVES:
        ds = sorted(m.date for m in counted if m.unit.id == u.id)
        if u.role == "never":
            assert not ds
            continue
        gaps = [(b - a).days for a, b in zip([START] + ds, ds + [AS_OF])]
        if u.role == "merged":
            assert ds[-1] <= D.fromisoformat(u.until) and max(gaps[:-1]) <= CADENCE, (u.id, gaps)
        elif u.role == "lapsed":
            assert max(gaps[1:-1]) > CADENCE and (AS_OF - ds[-1]).days > 90, (u.id, gaps)
        else:
            assert max(gaps) <= CADENCE, (u.id, gaps)
    # features
    final = {it.id: fold(it) for it in live}
    statuses = Counter(final[i]["status"] for i in final)
    for s in ("proposed", "accepted", "in_progress", "resolved", "rejected", "referred", "deferred"):
        assert statuses[s] >= 2, (s, statuses)
    assert {it.kind for it in live} == {"problem", "suggestion", "dispute"}
    assert {it.urgency for it in live} == {"minor", "normal", "major", "urgent"}
    overdue = [i for i, f in final.items() if f["status"] in ("accepted", "in_progress", "deferred") and f["due"] < AS_OF]
    assert 5 <= len(overdue), len(overdue)
    assert any(it.vote for it in live) and any(it.funds for it in live)
    assert any(e.get("owner") for it in live for _, e, _, _, _ in it.placed)
    assert any(e.get("status") == "deferred" for it in live for _, e, _, _, _ in it.placed)
    assert sum(1 for it in live if it.status == "resolved") >= 10          # solved on the spot
    assert sum(1 for it in live if it.status == "rejected") >= 2
    assert sum(1 for it in live if it.status == "deferred") >= 2
    refer_notes = [it.note for it in live if it.status == "referred"]
    assert len(refer_notes) >= 2 and any("信访" in n for n in refer_notes) and any("法院" in n for n in refer_notes)
    words = "".join(texts.values())
    assert not re.search(r"\{[a-z]+\}", words), re.search(r".{20}\{[a-z]+\}.{20}", words).group()
    assert "status: resolved" in words and "status: 已办结" in words and "kind: 矛盾纠纷" in words
    assert sum(1 for m in counted if m.updates) >= 5
    same_day = [it.id for it in live if len({d for *_, d in it.placed}) < len(it.placed)]
    assert len(same_day) >= 2, same_day
    assert sum(1 for it in items if it.private) == 1
    assert sum(1 for m in meetings if m.draft) == 1 and sum(1 for m in meetings if m.aliases) == 1
    assert sum(1 for m in meetings if m.upcoming) == 1
    assert any(m.unit.role == "town" for m in counted)
    assert sum(1 for f in final.values() if f["status"] == "resolved") > 100
    # privacy and size of what is written
    for path, text in texts.items():
        body = text.split("\n---\n", 1)[-1]
        for pat in (MOBILE, IDNUM):
            hit = pat.search(text.replace(HOTLINE, ""))
            assert not hit, (path, hit.group())
        assert "\t" not in text, path
        if "/meetings/" in path:
            assert 500 <= len(body.encode()) <= 2048, (path, len(body.encode()))
    return final, overdue, statuses


# ---------------------------------------------------------------------------

def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "content")
    meetings, items, _ = generate()

    # update files get their ids, titles and bodies; items learn where their events were written
    for key in sorted(UPDATE_FILES, key=lambda k: (k[0], k[1])):
        f = UPDATE_FILES[key]
        f["id"] = f"{f['date'].isoformat()}-{f['oid']}"
        f["path"] = f"content/updates/{f['date'].year}/{f['id']}.md"
        f["title"] = update_title(f)
        f["body"] = update_body(f)
    for it in items:
        it.placed = []
    for m in meetings:
        for idx, (it, e) in enumerate(m.updates):
            it.placed.append((m, e, idx, m.path, m.date))
    for f in UPDATE_FILES.values():
        for idx, (it, e) in enumerate(f["entries"]):
            it.placed.append((f, e, idx, f["path"], f["date"]))

    for m in meetings:
        m.agenda = list(m.spec.get("agenda", []))
        m.departments = list(m.spec.get("departments", []))
        for it in m.items:
            if it.owner in DEPTS and it.owner not in m.departments and len(m.departments) < 5:
                m.departments.append(it.owner)           # the owner's people were there to answer
        if not m.upcoming and not m.draft and rng.random() < 0.3:
            extra = rng.choice(list(DEPTS))
            if extra not in m.departments:
                m.departments.append(extra)
        m.publicized = None
        if m.counted() and "publicized" not in m.spec:
            if m.date < D(2026, 10, 20) or rng.random() < 0.5:
                m.publicized = m.date + days(rng.randint(1, 5))
        elif m.spec.get("publicized"):
            m.publicized = D.fromisoformat(m.spec["publicized"])
        m.body = meeting_body(m)

    texts = {m.path: meeting_text(m) for m in meetings}
    for f in UPDATE_FILES.values():
        texts[f["path"]] = update_text(f)
    final, overdue, statuses = check(meetings, items, texts)

    os.makedirs(target, exist_ok=True)
    for sub in ("meetings", "updates"):
        shutil.rmtree(os.path.join(target, sub), ignore_errors=True)
    with open(os.path.join(target, "site.yml"), "w", encoding="utf-8") as fh:
        fh.write(SITE_YML["text"])
    with open(os.path.join(target, "units.yml"), "w", encoding="utf-8") as fh:
        fh.write(units_yml())
    with open(os.path.join(target, "departments.yml"), "w", encoding="utf-8") as fh:
        fh.write(departments_yml())
    for path, text in sorted(texts.items()):
        full = os.path.join(target, path[len("content/"):])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)

    counted = [m for m in meetings if m.counted()]
    live = [it for it in items if not it.meeting.draft]
    entries = sum(len(it.placed) for it in live)
    print(f"wrote {target}")
    print(f"units: {len(UNITS)} ({len([u for u in UNITS.values() if u.role == 'town'])} towns/streets, "
          f"{len(LEAVES)} villages/communities); departments: {len(DEPTS)}")
    print(f"meetings: {len(meetings)} files ({len(counted)} counted, 1 draft, 1 upcoming, "
          f"{sum(1 for m in counted if m.unit.role == 'town')} town-level)")
    print(f"items: {len(live)} counted (+{len(items) - len(live)} in the draft); "
          f"kinds {dict(sorted(Counter(it.kind for it in live).items()))}; "
          f"urgencies {dict(sorted(Counter(it.urgency for it in live).items()))}")
    print(f"update files: {len(UPDATE_FILES)}; update entries: {entries} "
          f"({sum(len(m.updates) for m in meetings)} in meetings' updates lists)")
    print(f"status as of {AS_OF}: {dict(sorted(statuses.items()))}")
    print(f"raised as: {dict(sorted(Counter(it.status for it in live).items()))}")
    print(f"overdue as of {AS_OF}: {len(overdue)}")
    print(f"resolved with a rating: {sum(1 for it in live if final[it.id]['status'] == 'resolved' and rating(it))}")
    print(f"funds secured: {sum(latest_funds(it) for it in live)} yuan")
    return meetings, items, final


def rating(it):
    r = it.satisfaction
    for _, e, *_ in it.placed:
        r = e.get("satisfaction") or r
    return r


def latest_funds(it):
    f = it.funds or 0
    for _, e, *_ in sorted(it.placed, key=lambda p: (p[4], p[3], p[2])):
        if "funds" in e:
            f = e["funds"]
    return f


if __name__ == "__main__":
    main()
