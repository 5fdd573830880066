#!/usr/bin/env bash
# Runs every test: installs what is missing, then the Swift suites, then the checks of the
# built demo site in a real browser and validators (checks/), then the checks' own tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
bash checks/install.sh
python3 -m pytest --version >/dev/null 2>&1 || python3 -m pip install -q --root-user-action=ignore pytest

# The built-in theme must match templates/ (scripts/embed-theme.py regenerates it).
python3 scripts/embed-theme.py --check || { echo "test: Sources/YishiSite/Theme/DefaultTheme+Files.swift is stale: run python3 scripts/embed-theme.py" >&2; exit 1; }

swift build --build-tests
swift test --skip-build

# Build the demo site into a scratch folder and check it as residents and validators see it.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content "$work/content"
.build/debug/yishi build --site "$work" --as-of 2026-11-21
# The demo has search on: without its index the search check would only be skipped.
[ -f "$work/output/pagefind/pagefind.js" ] || { echo "test: the demo was built without its search index: Pagefind is missing (scripts/setup.sh installs it)" >&2; exit 1; }
base_url=$(sed -n 's/^base_url: *//p' content/site.yml | tr -d '"' | sed 's|/*$|/|')
shots=${YISHI_SHOTS:-$PWD/.build/site-checks}
echo "site checks: screenshots and the printed notice go to $shots"
python3 checks/site_checks.py "$work/output" --base-url "$base_url" --shots "$shots"
python3 -m pytest -q checks/test_site_checks.py

# A minute of coverage-guided fuzzing of the content pipeline, with a fixed seed.
bash scripts/fuzz.sh 60 1
