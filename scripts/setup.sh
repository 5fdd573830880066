#!/usr/bin/env bash
# Installs what yishi needs to build, when it is missing. Sourced by demo.sh and test.sh.
set -euo pipefail

apt_packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libjemalloc-dev pkg-config)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: swift is not on PATH (install Swift 6 from swift.org)" >&2; exit 2; }

# Search is optional; the demo site switches it on, so install Pagefind's extended build
# (Chinese word segmentation) from PyPI when it is missing.
python3 -c "import pagefind_bin_extended" 2>/dev/null || python3 -m pip install -q --root-user-action=ignore "pagefind[extended]==1.5.2" \
  || echo "setup: could not install pagefind[extended]; builds will warn that search was not built" >&2
