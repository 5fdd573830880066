#!/usr/bin/env python3
"""Re-counts a built site's published figures from its Markdown minutes.

    python3 checks/recount.py SITE      # SITE holds content/ and output/

A second, independent count of DESIGN §4's figures, written from DESIGN's text and not
from yishi's code: it reads every meeting and update file's front matter with PyYAML,
folds each item's timeline, computes every published report (reports/**/*.json, for its
own period, scope and as-of date) and each item's row in data/items.csv, and says where
the two counts differ. data/stats.json must hold the same reports as the report files.

Prints one line per difference and a summary; exit 0 when everything agrees, 1 when
something differs, 2 when SITE has no content/ or no built output/.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# DESIGN §3's words for each value, simplified and traditional alike.
STATUS = {
    "proposed": ("征集", "待审核", "徵集", "待審核"),
    "accepted": ("已受理", "立项", "立項"),
    "in_progress": ("办理中", "处置中", "辦理中", "處置中"),
    "resolved": ("已办结", "已解决", "已辦結", "已解決"),
    "rejected": ("不予受理",),
    "referred": ("转办", "轉辦"),
    "deferred": ("暂缓", "暫緩"),
}
KIND = {
    "problem": ("问题诉求", "问题", "問題訴求", "問題"),
    "suggestion": ("意见建议", "建议", "意見建議", "建議"),
    "dispute": ("矛盾纠纷", "纠纷", "矛盾糾紛", "糾紛"),
}
RATING = {
    "satisfied": ("满意", "滿意"),
    "basically_satisfied": ("基本满意", "基本滿意"),
    "dissatisfied": ("不满意", "不滿意"),
}
OPEN = ("accepted", "in_progress", "deferred")


def vocabulary(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    words = {v: v for v in table}
    words.update({w: v for v, ws in table.items() for w in ws})
    return words


STATUS_WORDS, KIND_WORDS, RATING_WORDS = vocabulary(STATUS), vocabulary(KIND), vocabulary(RATING)


def word(words: dict[str, str], text) -> str:
    return words[unicodedata.normalize("NFC", str(text).strip())]


def day(text) -> dt.date:
    return dt.date.fromisoformat(str(text).strip())


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8-sig")
    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", text, re.S)
    # BaseLoader keeps every value as written (DESIGN §3: values are strings until read).
    return (yaml.load(m.group(1), Loader=yaml.BaseLoader) or {}) if m else {}


def is_true(value) -> bool:
    return str(value).strip().lower() == "true"


@dataclass
class Item:
    id: str
    meeting: str
    raised: dt.date
    unit: str
    kind: str
    entries: list[tuple[dt.date, dict]] = field(default_factory=list)
    status: str = "proposed"
    owner: str | None = None
    due: dt.date | None = None
    first_due: dt.date | None = None
    funds: int | None = None
    rating: str | None = None
    resolved: dt.date | None = None


@dataclass
class Site:
    as_of: dt.date
    parent: dict[str, str | None]
    children: dict[str, list[str]]
    departments: list[str]
    cadence_days: int
    meetings: list[dict]
    items: dict[str, Item]
    # units.yml's since: and until: (first and last day a unit existed), where given
    life: dict[str, tuple[dt.date, dt.date]]

    def under(self, unit: str) -> set[str]:
        out, todo = set(), [unit]
        while todo:
            u = todo.pop()
            out.add(u)
            todo += self.children[u]
        return out


def markdown_files(content: Path) -> list[Path]:
    """The files yishi reads, in DESIGN's order for one date: by path under content/."""
    found = []
    for p in content.rglob("*"):
        rel = p.relative_to(content)
        if not p.is_file() or any(part.startswith((".", "~$")) for part in rel.parts):
            continue
        if p.suffix.lower() in (".md", ".markdown"):
            found.append(p)
    # Folder by folder, each in name order, as the walk goes ("2025/…" before "2025-old/…").
    return sorted(found, key=lambda p: p.relative_to(content).parts)


def read_site(content: Path, as_of: dt.date) -> Site:
    settings = yaml.load((content / "site.yml").read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader) or {}
    rules = settings.get("rules") or {}
    parent: dict[str, str | None] = {}
    children: dict[str, list[str]] = {}
    life: dict[str, tuple[dt.date, dt.date]] = {}

    def walk(nodes, up):
        for n in nodes or []:
            parent[n["id"]] = up
            life[n["id"]] = (day(n["since"]) if n.get("since") else dt.date.min,
                             day(n["until"]) if n.get("until") else dt.date.max)
            children[n["id"]] = [c["id"] for c in n.get("children") or []]
            walk(n.get("children"), n["id"])

    walk(yaml.load((content / "units.yml").read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader), None)
    departments_file = content / "departments.yml"
    departments = [d["id"] for d in yaml.load(departments_file.read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader) or []] \
        if departments_file.exists() else []

    meetings, items, updates = [], {}, []
    for path in markdown_files(content):
        rel = path.relative_to(content)
        fm = front_matter(path)
        kind = fm.get("kind") or {"meetings": "meeting", "updates": "update"}.get(rel.parts[0])
        if is_true(fm.get("draft", "false")) or "date" not in fm:
            continue
        date = day(fm["date"])
        if date > as_of:
            continue  # upcoming: announced, never counted
        if kind == "meeting":
            mid = fm.get("id") or path.name.rsplit(".", 1)[0]
            attendance = {k: int(v) for k, v in (fm.get("attendance") or {}).items()}
            meetings.append({"id": mid, "date": date, "unit": fm["unit"], "attendance": attendance,
                             "departments": list(fm.get("departments") or []),
                             "leaders": list(fm.get("leaders") or [])})
            for raw in fm.get("items") or []:
                items[raw["id"]] = Item(raw["id"], mid, date, fm["unit"], word(KIND_WORDS, raw["kind"]),
                                        [(date, raw)])
        for entry in fm.get("updates") or []:
            updates.append((date, entry))
    # A stable sort on the date keeps each date's entries in file and list order.
    for date, entry in sorted(updates, key=lambda u: u[0]):
        items[entry["item"]].entries.append((date, entry))

    default_due = int(rules.get("default_due_days", 30))
    for it in items.values():
        status = None
        for i, (date, e) in enumerate(it.entries):
            new = word(STATUS_WORDS, e["status"]) if e.get("status") else ("proposed" if i == 0 else None)
            if new:
                if new == "resolved" and status != "resolved":
                    it.resolved = date
                status = new
            if e.get("owner"):
                it.owner = e["owner"]
            if e.get("due"):
                it.due = day(e["due"])
                it.first_due = it.first_due or it.due
            if e.get("funds") not in (None, ""):
                it.funds = int(e["funds"])
            if e.get("satisfaction"):
                it.rating = word(RATING_WORDS, e["satisfaction"])
        it.status = status
        default = it.raised + dt.timedelta(days=default_due)
        it.due, it.first_due = it.due or default, it.first_due or default
        if status != "resolved":
            it.resolved = None
    return Site(as_of, parent, children, departments, int(rules.get("cadence_days", 61)), meetings, items, life)


def period_days(period: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    if period == "all":
        return dt.date.min, as_of
    if m := re.fullmatch(r"(\d{4})-q([1-4])", period):
        y, q = int(m[1]), int(m[2])
        end = dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)
        return dt.date(y, 3 * q - 2, 1), end - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
        y, mo = int(m[1]), int(m[2])
        end = dt.date(y + 1, 1, 1) if mo == 12 else dt.date(y, mo + 1, 1)
        return dt.date(y, mo, 1), end - dt.timedelta(days=1)
    y = int(period)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def rate(n: int, d: int) -> dict:
    return {"numerator": n, "denominator": d, "value": n / d if d else None}


def median(xs: list[int]):
    xs, n = sorted(xs), len(xs)
    if not n:
        return None
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def p90(xs: list[int]):
    return sorted(xs)[math.ceil(0.9 * len(xs)) - 1] if xs else None


def is_overdue(it: Item, as_of: dt.date) -> bool:
    return it.status in OPEN and it.due < as_of


def report(site: Site, period: str, unit: str | None = None, department: str | None = None) -> dict:
    """DESIGN §4's report for a period and a scope (the site, a unit and every unit under
    it, or a department), with the contract's keys in its order."""
    first, last = period_days(period, site.as_of)
    last = min(last, site.as_of)

    def within(d):
        return d is not None and first <= d <= last

    if department:
        meetings = [m for m in site.meetings if department in m["departments"]]
        items = [i for i in site.items.values() if i.owner == department]
        leaves, all_leaves, scope = [], [], {"kind": "department", "id": department}
    else:
        units = site.under(unit) if unit else set(site.children)
        meetings = [m for m in site.meetings if m["unit"] in units]
        items = [i for i in site.items.values() if i.unit in units]
        # The villages that existed at some time in the period: one merged away before it, or
        # set up after it, is no gap in its coverage.
        all_leaves = sorted(u for u in units if not site.children[u])
        leaves = [u for u in all_leaves if site.life[u][0] <= last and first <= site.life[u][1]]
        scope = {"kind": "unit", "id": unit} if unit else {"kind": "site"}
    held = [m for m in meetings if within(m["date"])]
    raised = [i for i in items if within(i.raised)]
    resolved = [i for i in items if within(i.resolved)]
    rated = [i for i in resolved if i.rating]

    def resolution(group):
        closed_elsewhere = sum(1 for i in group if i.status in ("rejected", "referred"))
        return rate(sum(1 for i in group if i.status == "resolved"), len(group) - closed_elsewhere)

    categories: dict[str, int] = {}
    for m in held:
        for k, v in m["attendance"].items():
            if k != "total":
                categories[k] = categories.get(k, 0) + v
    days = [(i.resolved - i.raised).days for i in resolved]
    cadence = []
    for u in all_leaves:
        since_day, until_day = site.life[u]
        if not since_day <= site.as_of <= until_day:
            continue  # not there on the as-of date: not watched
        last_meeting = max((m["date"] for m in site.meetings if m["unit"] == u), default=None)
        since = (site.as_of - last_meeting).days if last_meeting else None
        cadence.append({"unit": u, "last_meeting": str(last_meeting) if last_meeting else None,
                        "days_since": since,
                        "flagged": since > site.cadence_days if last_meeting else (site.as_of - since_day).days > site.cadence_days})
    departments = []
    for d in sorted({i.owner for i in items if i.owner in site.departments}):
        owned = [i for i in items if i.owner == d]
        done = [i for i in owned if within(i.resolved)]
        departments.append({
            "department": d,
            "assigned": sum(1 for i in owned if within(i.raised)),
            "resolved": len(done),
            "on_time_rate": rate(sum(1 for i in done if i.resolved <= i.due), len(done)),
            "overdue": sum(1 for i in owned if is_overdue(i, site.as_of)),
            "median_days": median([(i.resolved - i.raised).days for i in done]),
        })
    return {
        "period": period, "scope": scope, "as_of": str(site.as_of),
        "meetings": len(held),
        "attendances": sum(m["attendance"].get("total", 0) for m in held),
        "attendance_by_category": dict(sorted(categories.items())),
        "leaders_present": sum(len(m["leaders"]) for m in held),
        "coverage": rate(len({m["unit"] for m in held} & set(leaves)), len(leaves)),
        "departments_involved": len({d for m in held for d in m["departments"]}),
        "items_raised": {"total": len(raised), **{k: sum(1 for i in raised if i.kind == k) for k in KIND}},
        "items_resolved": len(resolved),
        "response_rate": rate(sum(1 for i in raised if i.status != "proposed"), len(raised)),
        "resolution_rate": resolution(raised),
        "dispute_resolution_rate": resolution([i for i in raised if i.kind == "dispute"]),
        "on_time_rate": rate(sum(1 for i in resolved if i.resolved <= i.due), len(resolved)),
        "on_time_rate_original": rate(sum(1 for i in resolved if i.resolved <= i.first_due), len(resolved)),
        "overdue": sum(1 for i in items if is_overdue(i, site.as_of)),
        "days_to_resolve": {"median": median(days), "p90": p90(days)},
        "satisfaction_rate": rate(sum(1 for i in rated if i.rating != "dissatisfied"), len(rated)),
        "funds_secured": sum(i.funds or 0 for i in raised),
        "cadence": cadence,
        "departments": departments,
    }


def leaves(value, path: str = ""):
    """Every number, string and null in a report, by a path that names list rows by their
    unit or department."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            key = (v.get("unit") or v.get("department")) if isinstance(v, dict) else None
            yield from leaves(v, f"{path}[{key or i}]")
    else:
        yield path, value


def same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def differences(mine: dict, published: dict) -> list[str]:
    a, b = dict(leaves(mine)), dict(leaves(published))
    out = [f"{k}: re-counted {a.get(k, '(none)')}, published {b.get(k, '(none)')}"
           for k in a.keys() | b.keys() if not same(a.get(k, "(none)"), b.get(k, "(none)"))]
    if not out and list(mine) != list(published):
        out.append(f"keys in another order: {', '.join(published)}")
    return sorted(out)


ITEM_COLUMNS = ("meeting", "raised", "unit", "kind", "owner", "due", "first_due", "status", "resolved", "overdue",
                "funds", "satisfaction")


def item_row(it: Item, as_of: dt.date) -> dict[str, str]:
    return {"meeting": it.meeting, "raised": str(it.raised), "unit": it.unit, "kind": it.kind, "owner": it.owner or "",
            "due": str(it.due), "first_due": str(it.first_due), "status": it.status,
            "resolved": str(it.resolved or ""), "overdue": "true" if is_overdue(it, as_of) else "false",
            "funds": "" if it.funds is None else str(it.funds), "satisfaction": it.rating or ""}


@dataclass
class Outcome:
    problems: list[str] = field(default_factory=list)
    reports: int = 0
    values: int = 0
    items: int = 0


def recount(content: Path, output: Path) -> Outcome:
    """Compares every figure the built site `output` publishes with a count from `content`."""
    out = Outcome()
    files = sorted((output / "reports").rglob("*.json"))
    if not files:
        out.problems.append("reports/: no report published")
        return out
    sites: dict[str, Site] = {}
    published = {}
    for f in files:
        rel = f.relative_to(output).as_posix()
        theirs = json.loads(f.read_text(encoding="utf-8-sig"))
        published[(theirs["period"], json.dumps(theirs["scope"], sort_keys=True))] = theirs
        as_of = theirs["as_of"]
        site = sites.get(as_of) or sites.setdefault(as_of, read_site(content, day(as_of)))
        scope = theirs["scope"]
        unit = scope.get("id") if scope.get("kind") == "unit" else None
        if unit is not None and unit not in site.children:
            out.problems.append(f"{rel}: unit {unit} is not in units.yml")
            continue
        mine = report(site, theirs["period"], unit=unit)
        out.reports += 1
        out.values += sum(1 for _ in leaves(mine))
        out.problems += [f"{rel}: {d}" for d in differences(mine, theirs)]

    stats = output / "data" / "stats.json"
    if stats.exists():
        combined = json.loads(stats.read_text(encoding="utf-8-sig"))
        for r in combined["reports"]:
            key = (r["period"], json.dumps(r["scope"], sort_keys=True))
            if published.get(key) != r:
                out.problems.append(f"data/stats.json: the report for {key[0]} {key[1]} is not the one in reports/")
        if len(combined["reports"]) != len(published):
            out.problems.append(f"data/stats.json: {len(combined['reports'])} reports, reports/ has {len(published)}")

    table = output / "data" / "items.csv"
    if table.exists() and sites:
        site = next(iter(sites.values()))
        with table.open(encoding="utf-8-sig", newline="") as f:
            rows = {r["id"]: r for r in csv.DictReader(f)}
        for missing in sorted(site.items.keys() - rows.keys()):
            out.problems.append(f"data/items.csv: item {missing} is missing")
        for extra in sorted(rows.keys() - site.items.keys()):
            out.problems.append(f"data/items.csv: item {extra} is not in the minutes")
        for iid in sorted(site.items.keys() & rows.keys()):
            mine = item_row(site.items[iid], site.as_of)
            for col in ITEM_COLUMNS:
                if mine[col] != rows[iid].get(col, "(none)"):
                    out.problems.append(f"data/items.csv: {iid} {col}: re-counted {mine[col] or '(empty)'}, "
                                        f"published {rows[iid].get(col) or '(empty)'}")
            out.items += 1
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    site_dir = Path(argv[0])
    if not (site_dir / "content").is_dir() or not (site_dir / "output").is_dir():
        print(f"recount: {site_dir} needs content/ and a built output/", file=sys.stderr)
        return 2
    out = recount(site_dir / "content", site_dir / "output")
    for p in out.problems:
        print(p)
    print(f"{out.reports} reports ({out.values} values) and {out.items} items re-counted: "
          + ("all agree" if not out.problems else f"{len(out.problems)} differences"))
    return 1 if out.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
