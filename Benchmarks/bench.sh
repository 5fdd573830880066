#!/usr/bin/env bash
# yishi's performance benchmark: yishi against Hugo on the same generated corpus.
#
#   bash Benchmarks/bench.sh [--runs R] [--no-hugo] [--hugo-max M] [--seed S] [N ...]   (default N: 10000)
#
# For each N: generate N meetings (Benchmarks/gen-corpus.py) into a scratch folder.
# Then R runs, each a full build of every N with `yishi build` and with Hugo
# (Benchmarks/hugo-site), alternating, each under /usr/bin/time -v for wall time and peak
# memory. Then for each N: R yishi rebuilds with nothing changed, R rebuilds each after appending a line to
# one meeting's minutes, R after changing the venue in another meeting's front matter,
# and R after changing a third meeting's attendance (a figure the reports count); then a
# fresh full build of the edited content, compared with `diff -r` to the output of the
# incremental rebuilds. Prints medians, ratios and the
# targets with pass/fail; with several N, time per meeting and the growth factor.
#
# Scratch space: $BENCH_DIR (default /tmp/yishi-bench), one folder per N, replaced on
# every run; what a run replaces is set aside and deleted when the script ends (see
# set_aside: up to a few outputs at a time, 0.5 GB each at 10 000 meetings, 5 GB at
# 100 000). Nothing is written inside the repository except what
# `swift build -c release --product yishi` writes under .build/.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
RUNS=5
HUGO=1
HUGO_MAX=0
SEED=1
NS=()

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --runs=*) RUNS=${1#--runs=}; shift ;;
        --no-hugo) HUGO=0; shift ;;
        # Hugo needs about 13 GiB at 100 000 meetings: --hugo-max 10000 runs it only up to there.
        --hugo-max) HUGO_MAX=${2:?--hugo-max needs a number}; shift 2 ;;
        --seed) SEED=${2:?--seed needs a number}; shift 2 ;;
        --seed=*) SEED=${1#--seed=}; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "bench.sh: N must be a number, not '$1'" >&2; exit 2; }
           NS+=("$1"); shift ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs must be a positive number" >&2; exit 2; }
[ ${#NS[@]} -gt 0 ] || NS=(10000)

ROOT=${BENCH_DIR:-/tmp/yishi-bench}
AS_OF=2026-11-21
mkdir -p "$ROOT"
ROOT=$(cd "$ROOT" && pwd)
RESULTS="$ROOT/results.tsv"
# See settle, below.
if [ -w /proc/sys/vm/drop_caches ]; then CACHE_NOTE="page cache emptied and the inputs read back before each full build"
else CACHE_NOTE="page cache NOT emptied before full builds (not root): figures depend on what ran before"; fi

say() { printf '\n== %s\n' "$*"; }

# ---- tools ------------------------------------------------------------------------
apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y "$@" >/dev/null 2>&1 \
        || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "$@" >/dev/null; }
}
if [ ! -x /usr/bin/time ]; then say "installing time (apt)"; apt_install time; fi
if [ "$HUGO" = 1 ] && ! command -v hugo >/dev/null; then say "installing hugo (apt)"; apt_install hugo; fi
command -v python3 >/dev/null || { echo "bench.sh: python3 is needed" >&2; exit 2; }

say "building yishi (swift build -c release --product yishi)"
(cd "$REPO" && swift build -c release --product yishi 2>&1 | tail -n 3)
# A copy, so that a rebuild in the repository during the benchmark cannot swap the
# binary under it (the default theme is compiled into the binary).
mkdir -p "$ROOT/bin"
cp "$REPO/.build/release/yishi" "$ROOT/bin/yishi"
YISHI="$ROOT/bin/yishi"
COMMIT=$(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(cd "$REPO" && git status --porcelain -- Sources templates Package.swift 2>/dev/null | grep -c . || true)

{
    printf '# yishi bench %s  commit %s%s  seed %s  runs %s  cpus %s\n' "$(date -u +%FT%TZ)" "$COMMIT" \
        "$([ "$DIRTY" -gt 0 ] && echo " (+$DIRTY uncommitted files in Sources/templates)")" "$SEED" "$RUNS" "$(nproc)"
    printf '# %s\n' "$CACHE_NOTE"
    [ "$HUGO" = 1 ] && printf '# %s\n' "$(hugo version)"
    printf 'n\tmeasure\trun\twall_s\tpeak_kib\trc\tuser_s\tsys_s\n'
} > "$RESULTS"

# measure N LABEL RUN LOG -- command...: runs the command under /usr/bin/time -v and
# appends wall seconds, peak RSS and the CPU seconds spent in the program (user) and in the
# kernel on its behalf (system) to the results.
measure() {
    local n=$1 label=$2 run=$3 log=$4; shift 5
    local tfile="$log.time" rc=0
    # The last run's files are flushed to the disk first, so that their writing-back (a
    # kernel thread's work, half a gigabyte after a full build) is not timed in this run.
    sync
    /usr/bin/time -v -o "$tfile" "$@" >"$log" 2>&1 || rc=$?
    local wall rss user sys
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
              n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tfile")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tfile")
    user=$(awk -F': ' '/User time \(seconds\)/ { print $2 }' "$tfile")
    sys=$(awk -F': ' '/System time \(seconds\)/ { print $2 }' "$tfile")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$label" "$run" "${wall:-nan}" "${rss:-0}" "$rc" \
        "${user:-nan}" "${sys:-nan}" >> "$RESULTS"
    printf '   %-22s run %s: %7.2f s  %7.0f MiB%s\n' "$label" "$run" "${wall:-0}" "$(( ${rss:-0} / 1024 ))" \
        "$([ $rc -ne 0 ] && echo "  FAILED (exit $rc, see $log)")"
    if [ $rc -ne 0 ]; then tail -n 5 "$log" | sed 's/^/      | /'; fi
    return 0
}

CN=(十 一 二 三 四 五 六 七 八 九)
# What a run leaves is moved aside, not deleted, until the script ends. On these disks (ext4
# without a journal) a file created within minutes of a mass deletion lands among the freed
# inodes, which the kernel will not reuse yet and checks one by one: deleting 20 000 files
# just before a timed build added 2–6 s of kernel time to some of the builds, yishi's and
# Hugo's alike, at random. Moved aside, nothing is freed while builds are timed.
# With less than 12 GB left on the disk the outputs set aside so far are deleted after all
# (said on the output), so that a long run cannot fill the disk.
GRAVE="$ROOT/.set-aside"
set_aside() {
    mkdir -p "$GRAVE"
    if [ "$(df --output=avail -k "$ROOT" | tail -n 1)" -lt $((12 * 1024 * 1024)) ] && [ -n "$(ls -A "$GRAVE")" ]; then
        echo "   (less than 12 GB free: deleting the outputs set aside so far; the next timings may be high)"
        rm -rf "${GRAVE:?}"/*
    fi
    for f in "$@"; do
        [ -e "$f" ] && mv "$f" "$GRAVE/$(date +%s%N)-$(basename "$f")"
    done
    return 0
}
trap 'rm -rf "$GRAVE"' EXIT
if [ -e "$GRAVE" ]; then
    echo "bench.sh: deleting what an interrupted run set aside; the disk is slow to create files for a few" >&2
    echo "          minutes after a large deletion, so this run's first timings may be high" >&2
    rm -rf "$GRAVE"
fi
clean_yishi() { set_aside "$1/output" "$1"/.yishi-staging* "$1/.yishi-cache" "$1/.yishi-previous"; }

# Before each full build, yishi's or Hugo's, the kernel's page cache is emptied and the corpus,
# the Hugo site and both programs with their libraries are read back into it: every full build starts from the
# same memory, whatever the runs before it left. Without this, a run at 100 000 meetings
# found memory full of earlier runs' outputs (5 GB each) and the kernel reclaiming it while
# the build wrote its own: 50.8 s with 45 s of system time, against 32.4 s and 11 s for the
# same build and binary after emptying it. Needs root; otherwise said in the results'
# header, and the figures then depend on what ran before. The rebuilds are not preceded by
# this: they read the output the build before them left, which a user's machine has in memory.
settle() {
    sync
    [ -w /proc/sys/vm/drop_caches ] && echo 1 > /proc/sys/vm/drop_caches
    find "$1/content" "$HERE/hugo-site" -type f -print0 | xargs -0 cat > /dev/null
    # Each program with the shared libraries it loads: yishi's are 85 MB (Swift's runtime and
    # Foundation), and left on the disk they cost its build 0.1-0.2 s at 10 000 meetings.
    local prog
    for prog in "$YISHI" $([ "$HUGO" = 1 ] && command -v hugo); do
        cat "$prog" > /dev/null
        ldd "$prog" 2>/dev/null | awk '$3 ~ /^\// { print $3 }' | xargs -r cat > /dev/null
    done
    return 0
}

for N in "${NS[@]}"; do
    DIR="$ROOT/$N"
    LOGS="$DIR/logs"
    say "N = $N: generating the corpus in $DIR"
    set_aside "$DIR" "$ROOT/$N-fresh"
    mkdir -p "$LOGS"
    gen_start=$(date +%s%N)
    python3 "$HERE/gen-corpus.py" "$N" "$DIR" --seed "$SEED"
    gen_ns=$(( $(date +%s%N) - gen_start ))
    printf '%s\tgenerate\t1\t%s\t0\t0\n' "$N" "$(awk -v ns="$gen_ns" 'BEGIN { printf "%.2f", ns / 1e9 }')" >> "$RESULTS"
    # Hugo reads units.yml and departments.yml as data files (for unit and department
    # names); .yaml, because its ignoreFiles keeps the .yml files of content/ out.
    mkdir -p "$DIR/hugo-data"
    cp "$DIR/content/units.yml" "$DIR/hugo-data/units.yaml"
    cp "$DIR/content/departments.yml" "$DIR/hugo-data/departments.yaml"
done

# The full builds of every size in turn, run by run: a run's builds of 10 000 and of 100 000
# meetings are minutes apart, so the growth between them compares builds made on the same
# machine in the same hour. (Made one size after the other, the sizes were half an hour apart,
# and the growth read 0.86 in one run and 1.30 in the next on the same commit.)
for r in $(seq 1 "$RUNS"); do
    for N in "${NS[@]}"; do
        DIR="$ROOT/$N"
        LOGS="$DIR/logs"
        HOUT="$DIR/hugo-public"
        say "N = $N: full builds, run $r of $RUNS, yishi then Hugo"
        clean_yishi "$DIR"
        settle "$DIR"
        measure "$N" yishi-full "$r" "$LOGS/yishi-full-$r.log" -- \
            "$YISHI" build --site "$DIR" --as-of "$AS_OF"
        if [ "$HUGO" = 1 ] && { [ "$HUGO_MAX" = 0 ] || [ "$N" -le "$HUGO_MAX" ]; }; then
            set_aside "$HOUT" "$DIR/hugo-cache" "$DIR/hugo-resources"
            settle "$DIR"
            measure "$N" hugo-full "$r" "$LOGS/hugo-full-$r.log" -- \
                env HUGO_DATADIR="$DIR/hugo-data" HUGO_RESOURCEDIR="$DIR/hugo-resources" \
                hugo --source "$HERE/hugo-site" --contentDir "$DIR/content" --destination "$HOUT" \
                     --cacheDir "$DIR/hugo-cache" --noBuildLock
        fi
    done
done

for N in "${NS[@]}"; do
    DIR="$ROOT/$N"
    LOGS="$DIR/logs"
    # The rebuilds start from the output of this size's last full build.
    say "N = $N: yishi rebuilds with nothing changed, $RUNS runs"
    for r in $(seq 1 "$RUNS"); do
        measure "$N" yishi-nochange "$r" "$LOGS/yishi-nochange-$r.log" -- \
            "$YISHI" build --site "$DIR" --as-of "$AS_OF"
    done

    EDIT=$(find "$DIR/content/meetings" -name '*.md' | sort | sed -n "$(( (N + 1) / 2 ))p")
    say "N = $N: yishi rebuilds after editing one meeting (${EDIT#$DIR/}), $RUNS runs"
    for r in $(seq 1 "$RUNS"); do
        printf '\n补记：会后第%s次补充说明，群众代表对议定事项无异议。\n' "${CN[$(( r % 10 ))]}" >> "$EDIT"
        measure "$N" yishi-oneedit "$r" "$LOGS/yishi-oneedit-$r.log" -- \
            "$YISHI" build --site "$DIR" --as-of "$AS_OF"
    done

    # An edit to the front matter changes what the figures count: the rebuild after it has to
    # be judged too, not only the minutes-only edit above.
    FM_EDIT=$(find "$DIR/content/meetings" -name '*.md' | sort | sed -n "$(( (N + 3) / 4 ))p")
    say "N = $N: yishi rebuilds after editing the front matter of one meeting (${FM_EDIT#$DIR/}), $RUNS runs"
    for r in $(seq 1 "$RUNS"); do
        if grep -q '^venue:' "$FM_EDIT"; then
            sed -i "s/^venue: .*/venue: 村委会议室${CN[$(( r % 10 ))]}/" "$FM_EDIT"
        else
            sed -i "0,/^date:/s//venue: 村委会议室${CN[$(( r % 10 ))]}\ndate:/" "$FM_EDIT"
        fi
        measure "$N" yishi-fmedit "$r" "$LOGS/yishi-fmedit-$r.log" -- \
            "$YISHI" build --site "$DIR" --as-of "$AS_OF"
    done

    # An edit to what the figures count (a meeting's attendance) reaches reports, unit pages,
    # the home page and the open data: measured apart from the venue edit above.
    # (A loop rather than `grep -l | head`, whose early exit would fail the pipeline under pipefail.)
    CT_EDIT=""
    while IFS= read -r f; do
        if grep -q '^  total: [0-9]*$' "$f"; then CT_EDIT=$f; break; fi
    done < <(find "$DIR/content/meetings" -name '*.md' | sort | tail -n +"$(( (N + 5) / 6 ))")
    [ -n "$CT_EDIT" ] || { echo "bench.sh: no meeting with an attendance total to edit" >&2; exit 1; }
    say "N = $N: yishi rebuilds after editing a counted field (attendance) of one meeting (${CT_EDIT#$DIR/}), $RUNS runs"
    for r in $(seq 1 "$RUNS"); do
        sed -i "s/^  total: [0-9]*$/  total: $(( 300 + r ))/" "$CT_EDIT"
        measure "$N" yishi-countedit "$r" "$LOGS/yishi-countedit-$r.log" -- \
            "$YISHI" build --site "$DIR" --as-of "$AS_OF"
    done

    say "N = $N: fresh full build of the edited content, compared with the rebuilt output"
    FRESH="$ROOT/$N-fresh"
    mkdir -p "$FRESH"
    cp -a "$DIR/content" "$FRESH/content"
    settle "$FRESH"
    measure "$N" yishi-fresh 1 "$LOGS/yishi-fresh.log" -- "$YISHI" build --site "$FRESH" --as-of "$AS_OF"
    if diff -r "$DIR/output" "$FRESH/output" > "$LOGS/identity.diff" 2>&1; then
        printf '%s\tidentical\t1\t1\t0\t0\n' "$N" >> "$RESULTS"
        echo "   identical: yes"
    else
        printf '%s\tidentical\t1\t0\t0\t0\n' "$N" >> "$RESULTS"
        echo "   identical: no ($(grep -c '^diff \|^Only in' "$LOGS/identity.diff" || true) differing files; see $LOGS/identity.diff)"
    fi
    set_aside "$FRESH"
done

# What fresh memory costs this machine (Benchmarks/memprobe.py), with the page cache emptied as
# before a full build and half a minute's pause. On these virtual machines the host backs
# memory only when it is first touched and takes back what the guest frees, so a build that
# needs more memory than a moment ago was freed pays several times more kernel time per
# byte: one reason the system time of a build grows faster than its user time. Printed
# beside the figures, not folded into them.
say "fresh memory on this machine (Benchmarks/memprobe.py)"
settle "$ROOT/${NS[0]}"
sleep 30
PROBE=$(python3 "$HERE/memprobe.py" --pause 30 0.5 1 2 4)
echo "   $PROBE"
REPORTING=/sys/module/page_reporting/parameters
if [ -r "$REPORTING/page_reporting_order" ]; then
    WAITING=""
    # Up to this much freed memory may wait unreported, still backed: the cheap part.
    [ -r "$REPORTING/max_waiting_mib" ] && WAITING=", up to $(cat "$REPORTING/max_waiting_mib") MiB left waiting"
    PROBE="$PROBE (free page reporting on: freed memory is given back to the host in blocks of $((4 << $(cat "$REPORTING/page_reporting_order"))) KiB$WAITING)"
fi
printf '# %s\n' "$PROBE" >> "$RESULTS"

say "summary (results in $RESULTS, logs in $ROOT/<N>/logs)"
python3 "$HERE/summarize.py" "$RESULTS" "$ROOT"
