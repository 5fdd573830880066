#!/usr/bin/env bash
# Builds yishi and publishes the bundled demo site (content/) into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product yishi
# A fixed as-of date keeps the demo's figures reproducible: the demo's last month is October 2026.
.build/release/yishi build --site . --as-of "${YISHI_AS_OF:-2026-11-21}"
