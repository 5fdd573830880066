#!/usr/bin/env python3
"""Prints the table of a bench.sh run: python3 Benchmarks/summarize.py RESULTS.tsv [BENCH_ROOT]

RESULTS.tsv holds one line per measured run (n, measure, run, wall_s, peak_kib, rc, and for a
timed build user_s and sys_s: CPU seconds in the program and in the kernel);
BENCH_ROOT/<N>/ holds the corpus, the outputs and the logs, used to count the meeting
pages each tool wrote. Python 3.11 standard library only.
"""

import glob
import os
import re
import statistics
import sys

# The targets of the issue: (measure, what, limit, N it is set at).
TARGET_N = 10000
BIG_N = 100000


def fmt_n(n):
    return f"{n:,}".replace(",", " ")


def load(path):
    header, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "n":
                continue
            n, measure, run, wall, rss, rc = parts[:6]
            user, sys_ = (parts[6:8] + ["nan", "nan"])[:2]
            rows.append({"n": int(n), "m": measure, "run": int(run), "wall": float(wall) if wall != "nan" else None,
                         "mib": int(rss) / 1024, "rc": int(rc),
                         "user": float(user) if user != "nan" else None, "sys": float(sys_) if sys_ != "nan" else None})
    return header, rows


def stats(rows, n, m):
    ok = [r for r in rows if r["n"] == n and r["m"] == m and r["rc"] == 0 and r["wall"] is not None]
    bad = [r for r in rows if r["n"] == n and r["m"] == m and r["rc"] != 0]
    if not ok:
        return None, len(bad)
    w = [r["wall"] for r in ok]
    mem = [r["mib"] for r in ok]
    user = [r["user"] for r in ok if r["user"] is not None]
    sys_ = [r["sys"] for r in ok if r["sys"] is not None]
    return {"wall": statistics.median(w), "wmin": min(w), "wmax": max(w), "mib": statistics.median(mem),
            "user": statistics.median(user) if user else None, "sys": statistics.median(sys_) if sys_ else None,
            "runs": len(ok)}, len(bad)


def verdict(ok, n, at):
    if ok is None:
        return "n/a"
    word = "pass" if ok else "FAIL"
    return word if n == at else word + "*"


def meeting_pages(root, n):
    """(meetings in the corpus, yishi pages found, Hugo pages found, Hugo's own "Pages" figure)."""
    d = os.path.join(root, str(n))
    ids = [os.path.relpath(p, os.path.join(d, "content", "meetings"))[:-3]
           for p in glob.glob(os.path.join(d, "content", "meetings", "*", "*.md"))]
    if not ids:
        return None
    yishi = sum(os.path.exists(os.path.join(d, "output", "meetings", os.path.basename(i) + ".html")) for i in ids)
    hugo_dir = os.path.join(d, "hugo-public")
    hugo = sum(os.path.exists(os.path.join(hugo_dir, "meetings", i + ".html")) for i in ids) \
        if os.path.isdir(hugo_dir) else None
    hugo_pages = None
    logs = sorted(glob.glob(os.path.join(d, "logs", "hugo-full-*.log")))
    if logs:
        m = re.search(r"^\s*Pages\s*\|\s*(\d+)", open(logs[-1], encoding="utf-8", errors="replace").read(), re.M)
        hugo_pages = int(m.group(1)) if m else None
    return len(ids), yishi, hugo, hugo_pages


def last_line(root, n, measure):
    logs = glob.glob(os.path.join(root, str(n), "logs", f"{measure}-*.log"))
    if not logs:
        return None
    logs.sort(key=lambda p: int(re.search(r"-(\d+)\.log$", p).group(1)))
    lines = [l.strip() for l in open(logs[-1], encoding="utf-8", errors="replace") if l.strip()]
    return lines[-1] if lines else None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    header, rows = load(sys.argv[1])
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(sys.argv[1]))
    for h in header:
        print(h)
    ns = sorted({r["n"] for r in rows})
    fulls = {}
    for n in ns:
        s = {m: stats(rows, n, m) for m in ("yishi-full", "hugo-full", "yishi-nochange", "yishi-oneedit", "yishi-fmedit",
                                    "yishi-countedit", "yishi-fresh")}
        gen = [r for r in rows if r["n"] == n and r["m"] == "generate"]
        ident = [r for r in rows if r["n"] == n and r["m"] == "identical"]
        print()
        print(f"N = {fmt_n(n)} meetings" + (f" (corpus generated in {gen[0]['wall']:.1f} s)" if gen else ""))
        pages = meeting_pages(root, n)
        if pages:
            total, y, h, hp = pages
            line = f"  meeting pages written: yishi {y}/{total}"
            if h is not None:
                line += f", Hugo {h}/{total}" + (f" (Hugo's own count of all pages: {hp})" if hp is not None else "")
            print(line)
        print()
        print(f"  {'measure':<34} {'median s':>9} {'(min-max)':>15} {'peak MiB':>9}   {'target':<28} result")
        print("  " + "-" * 108)

        def row(label, st, target="", result=""):
            if st[0] is None:
                txt = "failed in every run" if st[1] else "not measured"
                print(f"  {label:<34} {txt:>35}   {target:<28} {result}")
                return
            x = st[0]
            spread = f"({x['wmin']:.2f}-{x['wmax']:.2f})"
            fails = f"  [{st[1]} run(s) failed]" if st[1] else ""
            print(f"  {label:<34} {x['wall']:>9.2f} {spread:>15} {x['mib']:>9.1f}   {target:<28} {result}{fails}")

        yf, hf, nc, oe = s["yishi-full"][0], s["hugo-full"][0], s["yishi-nochange"][0], s["yishi-oneedit"][0]
        big = n >= BIG_N
        if big:
            row("yishi full build", s["yishi-full"], "< 180 s and < 6 GiB",
                verdict(yf and yf["wall"] < 180 and yf["mib"] < 6144, n, n))
        else:
            row("yishi full build", s["yishi-full"])
        row("Hugo full build", s["hugo-full"])
        at = f" (at N={fmt_n(TARGET_N)})"
        if yf and hf:
            tr, mr = yf["wall"] / hf["wall"], yf["mib"] / hf["mib"]
            print(f"  {'ratio yishi/Hugo: time':<34} {tr:>8.2f}x {'':>15} {'':>9}   {'<= 0.5x' + at:<28} "
                  f"{verdict(tr <= 0.5, n, TARGET_N)}")
            print(f"  {'ratio yishi/Hugo: peak memory':<34} {'':>9} {'':>15} {mr:>8.2f}x   {'<= 1.0x' + at:<28} "
                  f"{verdict(mr <= 1.0, n, TARGET_N)}")
        else:
            print(f"  {'ratio yishi/Hugo':<34} {'n/a (no Hugo run)':>35}")
        row("yishi rebuild, nothing changed", s["yishi-nochange"], "<= 0.3 s" + at,
            verdict(nc["wall"] <= 0.3, n, TARGET_N) if nc else "n/a")
        row("yishi rebuild, minutes edited", s["yishi-oneedit"], "<= 0.5 s" + at,
            verdict(oe["wall"] <= 0.5, n, TARGET_N) if oe else "n/a")
        fe = s["yishi-fmedit"][0]
        row("yishi rebuild, venue edited", s["yishi-fmedit"], "<= 0.5 s" + at,
            verdict(fe["wall"] <= 0.5, n, TARGET_N) if fe else "n/a")
        ce = s["yishi-countedit"][0]
        row("yishi rebuild, counted field edited", s["yishi-countedit"], "<= 0.5 s" + at,
            verdict(ce["wall"] <= 0.5, n, TARGET_N) if ce else "n/a")
        row("yishi fresh build of edited site", s["yishi-fresh"])
        if ident:
            print(f"  rebuilt output after all the edits identical to a fresh full build (diff -r): "
                  f"{'yes' if ident[0]['wall'] == 1 else 'no'}")
        if yf:
            per = f"  time per meeting: yishi {1000 * yf['wall'] / n:.2f} ms"
            if hf:
                per += f", Hugo {1000 * hf['wall'] / n:.2f} ms"
            print(per)
        for m, what in (("yishi-full", "full"), ("yishi-nochange", "no-change"), ("yishi-oneedit", "minutes edit"),
                        ("yishi-fmedit", "front-matter edit"), ("yishi-countedit", "counted-field edit")):
            l = last_line(root, n, m)
            if l:
                print(f"  yishi says ({what}, last run): {l}")
        if n != TARGET_N:
            print(f"  * marked targets are set at N = {fmt_n(TARGET_N)}; judged here at N = {fmt_n(n)} for reference only")
        fulls[n] = (yf, hf)

    if len(ns) > 1:
        print()
        print("Scaling (median full build)")
        print(f"  {'N':>8} {'yishi s':>9} {'ms/meeting':>11} {'peak MiB':>9} {'user s':>7} {'sys s':>7}"
              f" {'Hugo s':>9} {'ms/meeting':>11} {'peak MiB':>9} {'user s':>7} {'sys s':>7}")

        def cpu(x, k):
            return f"{x[k]:>7.1f}" if x and x.get(k) is not None else f"{'-':>7}"
        for n in ns:
            yf, hf = fulls[n]
            yt = f"{yf['wall']:>9.2f} {1000 * yf['wall'] / n:>11.3f} {yf['mib']:>9.1f}" if yf else f"{'-':>9} {'-':>11} {'-':>9}"
            ht = f"{hf['wall']:>9.2f} {1000 * hf['wall'] / n:>11.3f} {hf['mib']:>9.1f}" if hf else f"{'-':>9} {'-':>11} {'-':>9}"
            print(f"  {n:>8} {yt} {cpu(yf, 'user')} {cpu(yf, 'sys')} {ht} {cpu(hf, 'user')} {cpu(hf, 'sys')}")
        for a, b in zip(ns, ns[1:]):
            for tool, k in (("yishi", 0), ("Hugo", 1)):
                x, y = fulls[a][k], fulls[b][k]
                if not (x and y):
                    continue
                g = (y["wall"] / x["wall"]) / (b / a)
                judged = (a, b) == (TARGET_N, BIG_N) and tool == "yishi"
                tail = f"   target <= 1.0 (no worse than linear): {verdict(g <= 1.0, 0, 0)}" if judged else ""
                print(f"  growth {tool}: time({fmt_n(b)}) / time({fmt_n(a)}) / {b / a:g} = {g:.2f}{tail}")
                # Run by run: each run builds every size in turn, minutes apart, so a run's own
                # ratio compares builds made in the same hour of a shared machine.
                label = "yishi-full" if tool == "yishi" else "hugo-full"
                walls = {(r["n"], r["run"]): r["wall"] for r in rows
                         if r["m"] == label and r["rc"] == 0 and r["wall"] is not None}
                paired = [(walls[(b, run)] / walls[(a, run)]) / (b / a) for run in sorted({run for _, run in walls})
                          if (a, run) in walls and (b, run) in walls]
                if len(paired) > 1:
                    print(f"    run by run: {' '.join(f'{p:.2f}' for p in paired)} (median {statistics.median(paired):.2f})")
                # The CPU each side spent, split: what the program's own code did (user) and what
                # the kernel did for it (system: writing files, giving it memory). Context for
                # the wall-time verdict above, not a second verdict.
                parts = [f"{name} {(y[k] / x[k]) / (b / a):.2f}" for k, name in (("user", "user"), ("sys", "system"))
                         if x.get(k) and y.get(k) is not None]
                if parts:
                    print("    the same for its CPU time: " + ", ".join(parts))


if __name__ == "__main__":
    main()
