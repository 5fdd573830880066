#!/usr/bin/env bash
# Runs every test: installs what is missing, then the Swift test suites.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
# The built-in theme must match templates/ (scripts/embed-theme.py regenerates it).
python3 scripts/embed-theme.py --check || { echo "test: Sources/YishiSite/Theme/DefaultTheme+Files.swift is stale: run python3 scripts/embed-theme.py" >&2; exit 1; }
swift build --build-tests
swift test --skip-build
