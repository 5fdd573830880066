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

from gen_demo_data import (DEPARTMENTS, DISTRICT, FORMAT_WEIGHTS, GENERIC_DEFER, GENERIC_DONE,
                           GENERIC_PROGRESS, GENERIC_REFER, GENERIC_REJECT, LEADERS_DISTRICT,
                           LEADERS_TOWN, SCRIPTED, SITE_YML, TEMPLATES, TOWNS)

D = dt.date
AS_OF = D(2026, 11, 21)          # the "today" of the demo: builds use --as-of 2026-11-21
LAST_UPDATE = AS_OF - dt.timedelta(days=1)
START = D(2025, 5, 1)
END = D(2026, 10, 31)
CADENCE = 61
DEFAULT_DUE = 30
HOTLINE = "0000-88886666"

rng = Random(20240101)


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
        self.role = kw.get("role", "regular")          # regular | lapsed | never | town | district
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
                 venues=v["venues"], hosts=v["hosts"], note=v.get("note"))
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
        self.m = rng.randint(2, 12)


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
        if u.role == "lapsed":
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
    return text.format(place=item.place, estate=item.estate, road=item.road, n=item.n, m=item.m,
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
        it.title_fmt = rng.choice(tpl["titles"])
        it.owner = pick_owner(tpl, unit)
        title = fill(it.title_fmt, it)
        if title not in used:
            break
    used.add(title)
    it.title = title
    it.id = next_item_id(unit, meeting.date.year)
    it.kind = tpl["kind"]
    it.category = tpl["cat"]
    it.urgency = rng.choice(tpl["urg"])
    it.raised_by = rng.choice(tpl.get("raised", ["居民代表", "村民代表" if unit.rural else "楼栋长"]))
    it.decision = fill(rng.choice(tpl["decision"]), it)
    return it


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
        it.decision = fill(rng.choice(tpl.get("onspot_decision", tpl["decision"])), it)
        it.note = fill(rng.choice(tpl.get("onspot_note", tpl.get("done", GENERIC_DONE))), it)
        if rng.random() < 0.55:
            it.satisfaction = weighted([("satisfied", 75), ("basically_satisfied", 25)])
        return
    if fate == "rejected":
        it.status, it.owner, it.funds = "rejected", None, None
        it.note = rng.choice(tpl["reject"])
        it.decision = None
        return
    if fate == "referred":
        it.status, it.funds = "referred", None
        it.note = rng.choice(tpl["refer"])
        if rng.random() < 0.5:
            it.owner = None
        return
    if fate == "deferred":
        it.status = "deferred"
        it.note = rng.choice(tpl["defer"])
        it.due = raised + days(rng.randint(90, 240))
        if it.due < AS_OF and rng.random() < 0.8:
            start = it.due - days(rng.randint(10, 40))
            it.events.append(Event(start, status="in_progress", note=fill(rng.choice(tpl.get("progress", GENERIC_PROGRESS)), it)))
            resolve(it, it.due + days(rng.randint(-20, 10)))
        elif it.due < AS_OF:
            it.due = D(2027, rng.randint(1, 6), rng.randint(1, 28))
        return
    if fate == "proposed":
        it.owner = None if rng.random() < 0.7 else it.owner
        it.decision = None if rng.random() < 0.6 else it.decision
        if late_raise and rng.random() < 0.7:
            return                                           # still being screened
        screen = raised + days(rng.randint(4, 15))
        if rng.random() < 0.18:
            it.events.append(Event(screen, status="rejected", note=rng.choice(tpl.get("reject", GENERIC_REJECT))))
            return
        owner = it.owner or pick_owner(tpl, it.unit)
        due = screen + days(span)
        it.events.append(Event(screen, status="accepted", owner=owner, due=due,
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
    it.events.append(Event(t, status="resolved", note=fill(rng.choice(tpl.get("done", GENERIC_DONE)), it),
                           satisfaction=sat, split=split and sat is not None))


def life(it, start, due, span, owner):
    """Work after a decision: progress, sometimes a new owner or a deferral, then (usually) done."""
    tpl = it.tpl
    raised = it.meeting.date
    stuck = raised < D(2026, 6, 1) and (tpl.get("stuck") and rng.random() < 0.35 or rng.random() < 0.025)
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
    if it.status == "accepted" and rng.random() < 0.6 or rng.random() < 0.2:
        ev = dict(status="in_progress", note=fill(rng.choice(tpl.get("progress", GENERIC_PROGRESS)), it))
        if "funds" in tpl and rng.random() < 0.3:
            ev["funds"] = money(*tpl["funds"])
        it.events.append(Event(t, **ev))
    if stuck:
        it.events.append(Event(end - days(dur // 3), status="in_progress",
                               note=rng.choice(tpl.get("stuck_note", ["资金尚未落实，仍在协调", "涉及多个部门，方案仍在会商"]))))
        return
    if rng.random() < 0.05:
        new_due = due + days(rng.randint(30, 90))
        it.events.append(Event(start + days(max(4, dur // 2)), status="deferred", due=new_due,
                               note=rng.choice(tpl.get("defer", GENERIC_DEFER))))
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
    it.private = spec.get("private", False)
    if "vote" in spec:
        it.vote = tuple(spec["vote"])
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


def grid_date(t, day):
    g = D(t.year, t.month, min(day, 28))
    if g < t:
        y, mth = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
        g = D(y, mth, min(day, 28))
    return g


def place_events(items, meetings_by_unit):
    for it in items:
        prev = it.meeting.date
        owner = it.owner
        kept = []
        for ev in it.events:
            t = max(ev.t, prev + days(1))
            if t > LAST_UPDATE:
                break
            where = None
            unit_meetings = [m for m in meetings_by_unit[it.unit.id] if m.counted() and t <= m.date <= t + days(35)
                             and m.date > prev]
            if ev.channel == "meeting" or (ev.channel is None and unit_meetings and rng.random() < 0.35):
                if unit_meetings:
                    where = ("meeting", unit_meetings[0])
            if where is None:
                cur_owner = ev.fields.get("owner") or owner
                by_dept = ev.channel == "dept" or (ev.channel is None and cur_owner in DEPTS and rng.random() < 0.45)
                if ev.channel == "dept" and cur_owner not in DEPTS:
                    by_dept = False
                oid = cur_owner if by_dept else it.unit.id
                if ev.channel in ("dept", "unit", "meeting"):
                    d = t                                    # scripted events keep their date
                else:
                    d = grid_date(t, DEPTS[oid]["grid_day"] if by_dept else UNITS[oid].grid_day)
                    if d > LAST_UPDATE:
                        d = t
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
    officials = rng.randint(3, min(12, total // 3))
    party = rng.randint(2, max(2, total // 5))
    reps = rng.randint(1, 4) if u.platform == "宅上议" or rng.random() < 0.15 else 0
    vols = rng.randint(1, 5) if rng.random() < 0.25 else 0
    other = rng.randint(0, 3)
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
    forms = [f"{u.name}{short}{m.platform}", f"{u.name}第{m.serial}期{m.platform}",
             f"{u.name}{m.date.month}月{m.platform}", f"{u.name}关于{short}的{m.format}",
             f"{u.name}“{m.platform}”{m.format}（{m.date.month}月）"]
    if m.format in ("专题座谈",):
        forms.append(f"{u.name}{short}专题座谈会")
    return rng.choice(forms)


def generate():
    meetings = schedule()
    by_unit = defaultdict(list)
    for m in meetings:
        by_unit[m.unit.id].append(m)
    for u in by_unit:
        by_unit[u].sort(key=lambda m: (m.date, m.id))
    serials = Counter()
    used_titles = defaultdict(set)
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
            tpl = rng.choice(tpls)
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
    for m_or_f, entry, idx, path, date in it.placed:
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

def trim_to(parts, lo=520, hi=2000, pad=()):
    body = "\n".join(parts)
    pads = list(pad)
    while len(body.encode()) < lo and pads:
        parts.insert(len(parts) - 1, pads.pop(0))
        body = "\n".join(parts)
    return body


def meeting_body(m):
    from gen_demo_data import (AGENDA_OPEN, CLOSINGS, PADDING, REPLY_ROLES)
    u = m.unit
    a = m.attendance
    if m.upcoming:
        lines = [f"## 会议预告", "",
                 f"{u.name}定于{cn_date(m.date)}{m.time.split('-')[0]}在{m.venue}召开{m.platform}，"
                 f"欢迎居民群众带着问题和建议参加。", "", "## 拟议事项", ""]
        lines += [f"{i}. {x}" for i, x in enumerate(m.agenda, 1)]
        lines += ["", "## 参会须知", "",
                  "- 会前可向网格员或楼栋长提交议题，也可在议事群里留言；",
                  "- 涉及个人隐私的事项请会后单独反映，由调解委员会另行处理；",
                  "- 相关部门将派员到会现场答复。", "",
                  f"监督电话：{HOTLINE}。", ""]
        return "\n".join(lines)
    hour = int(m.time[:2])
    when = "晚" if hour >= 18 else ("下午" if hour >= 12 else "上午")
    parts = []
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
    if m.spec.get("intro"):
        intro += m.spec["intro"]
    parts += [intro, ""]
    if m.draft:
        parts = ["> 本纪要为初稿，尚待参会代表核对签字，核对后再行公示。", ""] + parts
    public = [it for it in m.items if not it.private]
    parts += ["## 议程", ""]
    agenda = []
    if m.updates:
        agenda.append("通报前期议定事项办理情况")
    agenda.append(rng.choice(AGENDA_OPEN))
    agenda += [f"议题：{it.title}" for it in public]
    if any(it.vote for it in m.items):
        agenda.append("对议定事项进行表决")
    agenda.append("明确责任单位和完成时限")
    parts += [f"{i}. {x}" for i, x in enumerate(agenda, 1)] + [""]
    if m.updates:
        parts += ["## 前期事项办理情况", ""]
        shown = set()
        for it, e in m.updates:
            if it.id in shown or it.private:
                continue
            shown.add(it.id)
            what = e.get("note") or STATUS_CN.get(e.get("status"), "有新进展")
            parts.append(f"- {it.title}（{it.id}）：{what}。" if not what.endswith("。") else f"- {it.title}（{it.id}）：{what}")
        parts.append("")
    parts += ["## 发言摘要", ""]
    for it in public:
        say = fill(rng.choice(it.tpl["speech"]), it)
        parts.append(f"- **{it.raised_by}**：{say}")
        if it.owner and it.status != "rejected":
            role = owner_name(it.owner) + ("负责人" if it.owner in DEPTS else "")
            if it.owner not in DEPTS:
                role = rng.choice(REPLY_ROLES["rural" if u.rural else "urban"])
            reply = fill(rng.choice(it.tpl.get("reply", ["将尽快到现场核实，拿出解决办法。"])), it)
            parts.append(f"- **{role}**：{reply}")
        elif it.status == "rejected":
            parts.append(f"- **{rng.choice(u.hosts)}**：{it.note}。")
    if m.leaders and rng.random() < 0.7:
        parts.append(f"- **{m.leaders[0]}**：{rng.choice(['群众的事再小也是大事，能当场解决的当场解决，解决不了的要讲清楚原因和时限。', '各部门要把议定事项列入台账，按时反馈办理结果，办没办好由群众说了算。', '今晚提的问题都要有回音，下次夜话先通报办理情况。'])}")
    parts.append("")
    parts += ["## 议定事项", ""]
    if public and rng.random() < 0.5:
        parts += ["| 编号 | 事项 | 责任单位 | 时限 | 状态 |", "|---|---|---|---|---|"]
        for it in public:
            due = it.due.isoformat() if it.due else "—"
            parts.append(f"| {it.id} | {it.title} | {owner_name(it.owner) if it.owner else '—'} | {due} | {STATUS_CN[it.status]} |")
        parts.append("")
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
                line += f"{it.decision}"
                if it.due:
                    line += f"，{cn_date(it.due)}前完成"
                line += "。"
            parts.append(line)
        parts.append("")
    for it in m.items:
        if it.vote:
            f, ag, ab = it.vote
            parts.append(f"“{it.title}”一事经参会代表举手表决：赞成{f}票、反对{ag}票、弃权{ab}票，表决通过。")
            parts.append("")
    if any(it.private for it in m.items):
        parts += ["另有1项涉及当事人隐私的矛盾纠纷，已由调解委员会另行调解，按规定不公开具体内容。", ""]
    closing = rng.choice(CLOSINGS).format(unit=u.name, days=7, hotline=HOTLINE)
    parts += [closing, ""]
    body = trim_to(parts, pad=[p + "\n" for p in rng.sample(PADDING, len(PADDING))])
    while len(body.encode()) > 2000:
        # long minutes: drop speech lines from the end of the summary, then the table
        idx = [i for i, p in enumerate(parts) if p.startswith("- **")]
        if not idx:
            break
        parts.pop(idx[-1])
        body = "\n".join(parts)
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
    lines += ["", rng.choice(["未办结事项将继续跟踪督办，办理结果在下次议事会上通报。",
                              "已办结事项已组织群众代表现场查看，并入户回访。",
                              "对群众不满意的事项，将重新研究办理方案。"]), ""]
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
        out.append("updates:" + ("  # 前期事项的办理进展，日期按本次会议计" if not comments else ""))
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
        planned = [e.get("status") for _, e, _, _, _ in it.placed if e.get("status")]
        last = planned[-1] if planned else it.status
        assert fold(it)["status"] == last, it.id
    # cadence: every village keeps the two-month rule except the two the demo is about
    for u in LEAVES:
        ds = sorted(m.date for m in counted if m.unit.id == u.id)
        if u.role == "never":
            assert not ds
            continue
        gaps = [(b - a).days for a, b in zip([START] + ds, ds + [AS_OF])]
        if u.role == "lapsed":
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
    assert sum(1 for it in live if it.status == "resolved") >= 10
    assert sum(1 for m in counted if m.updates) >= 5
    same_day = [it.id for it in live if len({d for *_, d in it.placed}) < len(it.placed)]
    assert len(same_day) >= 2, same_day
    assert sum(1 for it in items if it.private) == 1
    assert sum(1 for m in meetings if m.draft) == 1 and sum(1 for m in meetings if m.aliases) == 1
    assert sum(1 for m in meetings if m.upcoming) == 1
    assert any(m.unit.role == "town" for m in counted)
    rated = sum(1 for f in final.values() if f["status"] == "resolved")
    assert rated > 100
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
    meetings, items, by_unit = generate()

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
            for o in [it.owner] + [e.fields.get("owner") for e in it.events]:
                if o in DEPTS and o not in m.departments and len(m.departments) < 5:
                    m.departments.append(o)
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
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
