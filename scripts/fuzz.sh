#!/usr/bin/env bash
# Fuzzes the content pipeline (split → decode → validate → render) with libFuzzer.
#   bash scripts/fuzz.sh [SECONDS] [SEED]      default: 60 seconds, seed 1
# The demo's files are the seed corpus; inputs that crashed once are kept in
# Fuzz/corpus-regressions/ and replayed first, so every fixed crash stays fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
seed=${2:-1}
rt=$(ls /opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1 || true)
[ -z "$rt" ] && rt=$(find / -name 'libclang_rt.fuzzer_no_main-x86_64.a' -print -quit 2>/dev/null || true)
[ -n "$rt" ] || { echo "fuzz: libclang_rt.fuzzer_no_main not found (it ships with the Swift toolchain)" >&2; exit 2; }

build() {
  mkdir -p .build-fuzz
  swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xlinker "$rt" -Xlinker -lstdc++ > .build-fuzz/build.log 2>&1
}
# SwiftPM does not always notice a source file added to the parent package (a path
# dependency) and compiles with the old file list: once, start from a clean folder.
build || { rm -rf .build-fuzz; build; } || { cat .build-fuzz/build.log >&2; exit 1; }
bin=.build-fuzz/debug/YishiFuzz

# Every crash found before must still pass.
regressions=$(find Fuzz/corpus-regressions -type f ! -name README.md | sort)
if [ -n "$regressions" ]; then
  # shellcheck disable=SC2086
  "$bin" -runs=0 $regressions 2>&1 | tail -1
fi

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# Read whole, then cut: `sort | head` under pipefail fails the script whenever head exits
# while sort is still writing (SIGPIPE, exit 141), which a loaded machine makes happen.
mapfile -t seeds < <(find content -name '*.md' | sort)
for f in "${seeds[@]:0:400}"; do cp "$f" "$corpus/$(echo "$f" | tr '/' '_')"; done
for f in $regressions; do cp "$f" "$corpus/"; done
mkdir -p .build-fuzz/artifacts
# A fixed seed and time: a new finding is reproducible, and cannot block a landing at random.
"$bin" "$corpus" -seed="$seed" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 2>&1 | tail -15
