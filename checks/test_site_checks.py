"""Tests of checks/site_checks.py on checks/fixture/ and broken copies of it.

    bash checks/install.sh && python3 -m pytest checks/test_site_checks.py -q

The intact fixture must pass every check; each broken copy breaks one thing and
the check that should catch it must fail, naming the problem. One Chromium is
started for the whole module and reused.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture"
BASE = "https://example.org/yishi/"
sys.path.insert(0, str(HERE))
import site_checks  # noqa: E402

# a 1×1 PNG, for an <img> that has a source but no alt
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5f6"
    "e7e00000000049454e44ae426082")


@pytest.fixture(scope="module")
def browser():
    b = site_checks.Browser()
    yield b
    b.close()


@pytest.fixture
def site(tmp_path):
    dst = tmp_path / "site"
    shutil.copytree(FIXTURE, dst)
    return dst


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check(site: Path, browser, only: str, *extra: str):
    code, results = site_checks.main(
        [str(site), "--base-url", BASE, "--shots", str(site.parent / "shots"), "--only", only, *extra],
        browser=browser)
    return code, results[only]


def assert_fails(site, browser, only, expect, *extra):
    code, c = check(site, browser, only, *extra)
    assert code == 1 and not c.ok, f"{only} should have failed"
    joined = "\n".join(c.failures)
    assert expect in joined, f"{only} failed, but not with {expect!r}:\n{joined}"
    return c


# ---------------------------------------------------------------- intact

FIXTURE_FILES = ("index.html", "meetings/m1.html", "items/index.html", "units/u1.html",
                 "reports/2025-05.html", "reports/2025-05.csv", "reports/2025-05.json",
                 "feed.xml", "sitemap.xml", "assets/site.css", "data/meetings.csv")


def test_fixture_is_complete():
    # the root .gitignore ignores reports/: checks/.gitignore must let the fixture's in
    missing = [f for f in FIXTURE_FILES if not (FIXTURE / f).is_file()]
    assert not missing, f"checks/fixture lacks {missing}"


def test_intact_fixture_passes_every_check(tmp_path):
    """The command line as a person runs it: its own Chromium, every check."""
    shots = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, str(HERE / "site_checks.py"), str(FIXTURE), "--base-url", BASE,
         "--shots", str(shots)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1] == f"{len(site_checks.CHECKS)} passed, 0 failed"
    for name in site_checks.CHECKS:
        assert f"\n{name}: ok" in proc.stdout
    for png in ("index-360.png", "index-1280.png", "meetings_m1-360.png", "items_index-1280.png",
                "reports_2025-05-360.png", "units_u1-360.png", "meetings_m1-print.pdf",
                "meetings_m1-print-1.png"):
        assert (shots / png).stat().st_size > 1000, png
    assert "axe-core 4." in proc.stdout


def test_intact_copy_passes_with_shared_browser(site, browser):
    for name in ("axe", "shots", "print", "feeds"):
        code, c = check(site, browser, name)
        assert code == 0 and c.ok, c.failures


def test_qr_checked_against_sitemap_without_base_url(site, browser):
    code, results = site_checks.main(
        [str(site), "--shots", str(site.parent / "shots"), "--only", "print"], browser=browser)
    assert code == 0, results["print"].failures
    assert "from sitemap.xml" in results["print"].summary


# ---------------------------------------------------------------- html

def test_invalid_element_fails_html(site):
    edit(site / "items/index.html", "<h1>议定事项</h1>", "<h1>议定事项</h1>\n<blink>闪烁</blink>")
    assert_fails(site, None, "html", "items/index.html:")
    assert_fails(site, None, "html", "“blink”")


# ---------------------------------------------------------------- links

def test_broken_link_fails_links(site):
    edit(site / "index.html", 'href="items/index.html"', 'href="items/indx.html"')
    assert_fails(site, None, "links", "items/indx.html")


def test_missing_anchor_fails_links(site):
    edit(site / "units/u1.html", 'href="../meetings/m1.html#i2"', 'href="../meetings/m1.html#i9"')
    assert_fails(site, None, "links", "missing anchor")


def test_orphan_page_with_broken_link_fails_links(site):
    (site / "units/orphan.html").write_text(
        (site / "units/u1.html").read_text(encoding="utf-8").replace(
            'href="../index.html">返回首页', 'href="../nowhere.html">返回首页'), encoding="utf-8")
    c = assert_fails(site, None, "links", "nowhere.html")
    assert any(f.startswith("units/orphan.html:") for f in c.failures), c.failures


# ---------------------------------------------------------------- feeds

def test_malformed_feed_fails_feeds(site):
    edit(site / "feed.xml", "</feed>", "")
    assert_fails(site, None, "feeds", "feed.xml: not well-formed")


def test_feed_without_entry_fails_feeds(site):
    text = (site / "feed.xml").read_text(encoding="utf-8")
    start, end = text.index("<entry>"), text.index("</entry>") + len("</entry>")
    (site / "feed.xml").write_text(text[:start] + text[end:], encoding="utf-8")
    assert_fails(site, None, "feeds", "no <entry>")


def test_feed_entry_without_link_or_updated_fails_feeds(site):
    edit(site / "feed.xml",
         '<link rel="alternate" type="text/html" href="https://example.org/yishi/meetings/m1.html"/>', "")
    edit(site / "feed.xml", "<updated>2025-05-12T00:00:00+08:00</updated>", "")
    c = assert_fails(site, None, "feeds", "has no <link")
    assert any("has no <updated>" in f for f in c.failures), c.failures


def test_feed_not_atom_fails_feeds(site):
    edit(site / "feed.xml", 'xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://example.org/not-atom"')
    assert_fails(site, None, "feeds", "not <feed> in the Atom namespace")


def test_sitemap_wrong_root_and_missing_page_fail_feeds(site):
    edit(site / "sitemap.xml", "units/u1.html", "units/u2.html")
    assert_fails(site, None, "feeds", "names a page the site lacks")
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    (site / "sitemap.xml").write_text(text.replace("urlset", "urls"), encoding="utf-8")
    assert_fails(site, None, "feeds", "not <urlset>")


# ---------------------------------------------------------------- axe

def test_image_without_alt_fails_axe(site, browser):
    (site / "assets/dot.png").write_bytes(PNG_1PX)
    edit(site / "units/u1.html", "<h1>桃源村村民委员会</h1>",
         '<h1>桃源村村民委员会</h1>\n<img src="../assets/dot.png" width="40" height="40">')
    assert_fails(site, browser, "axe", "units/u1.html @1280px: image-alt (critical)")


def test_low_contrast_text_fails_axe(site, browser):
    edit(site / "index.html", "<h2 id=\"latest\">最新会议</h2>",
         '<h2 id="latest">最新会议</h2>\n<p style="color:#bbbbbb">浅灰色的说明文字</p>')
    assert_fails(site, browser, "axe", "index.html @1280px: color-contrast (serious)")


def test_low_contrast_in_folded_records_fails_axe_on_a_phone(site, browser):
    """Folded records are not audited on a laptop as the page opens; on a phone they are opened."""
    edit(site / "index.html", "<h2 id=\"latest\">最新会议</h2>",
         '<h2 id="latest">最新会议</h2>\n<details><summary>记录</summary><p style="color:#bbbbbb">浅灰色的说明文字</p></details>')
    c = assert_fails(site, browser, "axe", "index.html @360px: color-contrast (serious)")
    assert not any("@1280px" in f for f in c.failures), c.failures


def test_axe_page_option(site, browser):
    edit(site / "index.html", "<h2 id=\"latest\">最新会议</h2>",
         '<h2 id="latest">最新会议</h2>\n<p style="color:#bbbbbb">浅灰色的说明文字</p>')
    code, c = check(site, browser, "axe", "--axe", "items/index.html")
    assert code == 0 and c.ok, c.failures  # index.html not checked when --axe names pages
    assert_fails(site, browser, "axe", "no such page", "--axe", "nope.html")


@pytest.mark.parametrize("page", ["reports/2025-05.html", "units/u1.html", "departments/d1.html"])
def test_records_running_off_the_paper_fail_print(site, browser, page):
    """A records table opened and printed keeps every column on the paper: on a report, a unit
    page and a department page alike."""
    edit(site / page, "</main>",
         '<details class="records" id="records-wide"><summary>记录</summary>'
         '<table style="display:block;overflow-x:auto"><tr><td style="white-space:nowrap">' + "很长的记录" * 40 +
         '</td></tr></table></details>\n</main>')
    assert_fails(site, browser, "print", f"{page}: printed with its records opened, the table in #records-wide runs")


def test_each_browser_check_starts_from_a_laptop_screen(site, browser):
    """axe ends on a phone's screen and the print check on paper's: the next check must not
    inherit either, whatever order the checks run in."""
    check(site, browser, "axe")
    browser.driver.get((site / "index.html").resolve().as_uri())
    assert browser.driver.execute_script("return innerWidth") == 360
    browser.reset()
    browser.driver.get((site / "index.html").resolve().as_uri())
    assert browser.driver.execute_script("return [innerWidth, matchMedia('print').matches]") == [1280, False]


# ---------------------------------------------------------------- shots

def test_wide_table_overflows_at_360(site, browser):
    edit(site / "items/index.html", "<h2>逾期</h2>",
         '<table style="width:600px" class="wide"><tr><td>很宽的表格</td></tr></table>\n<h2>逾期</h2>')
    c = assert_fails(site, browser, "shots", "items/index.html @360px: overflows horizontally")
    assert "table.wide" in "\n".join(c.failures)
    assert not any("@1280px" in f for f in c.failures), c.failures


def test_table_scrolling_sideways_fails_shots(site, browser):
    """A records table that scrolls inside its box passes the overflow check, yet its last
    columns are out of sight until the reader scrolls it: on a laptop, and on a phone, where
    the theme lays each record out as a block instead."""
    edit(site / "items/index.html", "<h2>逾期</h2>",
         '<details id="records-wide"><summary>记录</summary><div style="overflow-x:auto">'
         '<table style="width:1600px"><tr><td>很宽的表格</td></tr></table></div></details>\n<h2>逾期</h2>')
    c = assert_fails(site, browser, "shots", "items/index.html @1280px: div in #records-wide scrolls sideways on a laptop")
    assert any("items/index.html @360px: div in #records-wide scrolls sideways on a phone" in f for f in c.failures), c.failures


def test_folded_records_wider_than_a_phone_fail_shots(site, browser):
    """Folded, a records table too wide for a phone does not widen the page; opened, it does."""
    edit(site / "items/index.html", "<h2>逾期</h2>",
         '<details id="records-wide"><summary>记录</summary>'
         '<table style="width:600px"><tr><td>很宽的表格</td></tr></table></details>\n<h2>逾期</h2>')
    c = assert_fails(site, browser, "shots", "items/index.html @360px: the page, its records opened, scrolls sideways on a phone")
    assert not any("@1280px" in f for f in c.failures), c.failures


def test_chart_scrolling_on_a_phone_passes_shots(site, browser):
    """A chart keeps its labels readable and scrolls sideways on a phone, on purpose."""
    edit(site / "items/index.html", "<h2>逾期</h2>",
         '<figure class="chart"><figcaption>图表</figcaption><div class="chart-scroll" style="overflow-x:auto">'
         '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="图表" '
         'style="display:block;width:700px;height:50px"></svg></div></figure>\n<h2>逾期</h2>')
    code, c = check(site, browser, "shots")
    assert code == 0 and c.ok, c.failures


def test_wide_minutes_table_passes_shots(site, browser):
    edit(site / "items/index.html", "<h2>逾期</h2>",
         '<div class="minutes"><div style="overflow-x:auto">'
         '<table style="width:1600px"><tr><td>纪要里的宽表格</td></tr></table></div></div>\n<h2>逾期</h2>')
    code, c = check(site, browser, "shots")
    assert code == 0 and c.ok, c.failures


def test_blank_page_fails_shots(site, browser):
    text = (site / "units/u1.html").read_text(encoding="utf-8")
    body_start = text.index("<body>") + len("<body>")
    (site / "units/u1.html").write_text(
        text[:body_start] + "\n</body>\n</html>\n", encoding="utf-8")
    assert_fails(site, browser, "shots", "units/u1.html @360px: blank")


def test_invisible_page_fails_shots(site, browser):
    edit(site / "reports/2025-05.html", "</head>", "<style>body { visibility: hidden; }</style>\n</head>")
    assert_fails(site, browser, "shots", "reports/2025-05.html @1280px: blank")


def test_one_colour_page_fails_shots(site, browser):
    """Text is there but drawn white on white: the screenshot is one colour."""
    edit(site / "units/u1.html", "</head>",
         "<style>* { color: #fff !important; border-color: #fff !important; }</style>\n</head>")
    assert_fails(site, browser, "shots", "units/u1.html @1280px: blank: the screenshot is a single colour")


def test_missing_viewport_meta_fails_shots(site, browser):
    edit(site / "units/u1.html", '<meta name="viewport" content="width=device-width, initial-scale=1">\n', "")
    assert_fails(site, browser, "shots", "(no <meta name=viewport>)")


# ---------------------------------------------------------------- print

def test_two_page_print_fails_print(site, browser):
    filler = "\n".join(f"<p>第{i}条补充说明：村民代表对本事项提出意见，村委会逐条答复并记录在案。</p>"
                       for i in range(25))
    edit(site / "meetings/m1.html", '<section class="item" id="i2"', filler + '\n<section class="item" id="i2"')
    assert_fails(site, browser, "print", "pages, the notice must fit on one A4 page")


def test_a_long_notice_without_margins_on_its_later_pages_fails_print(site, browser):
    """The fixture's print margins are its first page's padding: a notice run over a page prints
    its second page from the paper's very top, where printers cut it off."""
    filler = "\n".join(f"<p>第{i}条补充说明：村民代表对本事项提出意见，村委会逐条答复并记录在案。</p>"
                       for i in range(25))
    edit(site / "meetings/m1.html", '<section class="item" id="i2"', filler + '\n<section class="item" id="i2"')
    assert_fails(site, browser, "print", "meetings/m1.html: printed, page 2 of 2 has print within 8 mm of the paper's top edge")


def test_a_notice_whose_last_page_lacks_its_qr_code_fails_print(site, browser):
    """A notice's end and its QR code kept apart: the last sheet on the board carries neither the
    QR code nor what stands beside it."""
    filler = "\n".join(f"<p>第{i}条补充说明：村民代表对本事项提出意见，村委会逐条答复并记录在案。</p>"
                       for i in range(12))
    edit(site / "meetings/m1.html", "</main>", filler + "\n</main>")
    edit(site / "assets/site.css", "  @page { size: A4; margin: 0; }", "  @page { size: A4; margin: 15mm 18mm; }\n  main { padding: 0 !important; }")
    assert_fails(site, browser, "print", "its last page has no QR code")


def test_browser_header_and_footer_on_the_notice_fails_print(site, browser):
    edit(site / "assets/site.css", "@page { size: A4; margin: 0; }", "@page { size: A4; margin: 15mm 18mm; }")
    assert_fails(site, browser, "print", "the notice shows the file's address")


def test_notice_without_qr_fails_print(site, browser):
    text = (site / "meetings/m1.html").read_text(encoding="utf-8")
    start, end = text.index("<svg"), text.index("</svg>") + len("</svg>")
    (site / "meetings/m1.html").write_text(text[:start] + text[end:], encoding="utf-8")
    assert_fails(site, browser, "print", "no QR code could be decoded")


def test_qr_of_another_url_fails_print(site, browser):
    code, results = site_checks.main(
        [str(site), "--base-url", "https://other.example/", "--shots", str(site.parent / "shots"),
         "--only", "print"], browser=browser)
    assert code == 1
    assert "not the page's public URL 'https://other.example/meetings/m1.html'" in results["print"].failures[0]


def test_letter_paper_fails_print(site, browser):
    edit(site / "assets/site.css", "size: A4;", "size: letter;")
    assert_fails(site, browser, "print", "not A4")


# ---------------------------------------------------------------- search

REPO = HERE.parent


def yishi_binary() -> Path | None:
    for b in (REPO / ".build/debug/yishi", REPO / ".build/release/yishi"):
        if b.is_file():
            return b
    return None


def pagefind_binary() -> str | None:
    probe = subprocess.run([sys.executable, "-c", "import os, pagefind_bin_extended as p; print(os.path.dirname(p.__file__))"],
                           capture_output=True, text=True)
    path = Path(probe.stdout.strip()) / "pagefind_extended"
    return str(path) if probe.returncode == 0 and path.is_file() else None


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory):
    """The bundled demo minutes built by yishi, with its search index: the real thing."""
    yishi = yishi_binary()
    if yishi is None or pagefind_binary() is None:
        pytest.skip("needs yishi built (swift build) and Pagefind (scripts/setup.sh); scripts/test.sh has both")
    root = tmp_path_factory.mktemp("demo")
    shutil.copytree(REPO / "content", root / "content")
    subprocess.run([str(yishi), "build", "--site", str(root), "--as-of", "2026-11-21"],
                   check=True, capture_output=True, timeout=600)
    assert (root / "output/pagefind/pagefind.js").is_file()
    return root / "output"


@pytest.fixture
def searchable(demo_build, tmp_path):
    dst = tmp_path / "site"
    shutil.copytree(demo_build, dst)
    return dst


def test_built_site_passes_search(searchable, browser):
    code, c = check(searchable, browser, "search")
    assert code == 0 and c.ok, c.failures
    assert re.search(r"\d+ titles and \d+ words searched", c.summary), c.summary


def test_index_with_pagefinds_own_segmentation_fails_search(searchable, browser):
    # What yishi did before: Pagefind indexes the pages as they are and splits the Chinese itself.
    shutil.rmtree(searchable / "pagefind")
    subprocess.run([pagefind_binary(), "--site", str(searchable), "--output-subdir", "pagefind", "--silent"],
                   check=True, capture_output=True, timeout=600)
    assert_fails(searchable, browser, "search", "pages that hold it found")


def test_search_page_without_index_fails_search(searchable, browser):
    shutil.rmtree(searchable / "pagefind")
    assert_fails(searchable, browser, "search", "has no search index")


def test_results_shown_with_the_index_spaces_fail_search(searchable, browser):
    edit(searchable / "search.html", "function plain(s) {", "function plain(s) { return s;")
    assert_fails(searchable, browser, "search", "shows spaces between Chinese characters")


# ---------------------------------------------------------------- figures

@pytest.fixture
def recountable(demo_build, tmp_path):
    """A copy of the built demo with its minutes beside it, as the figures check finds them."""
    dst = tmp_path / "demo"
    shutil.copytree(demo_build.parent / "content", dst / "content")
    shutil.copytree(demo_build, dst / "output", ignore=shutil.ignore_patterns("pagefind"))
    return dst / "output"


# The small fixture has no search page and no minutes beside it: both checks say they skipped.
@pytest.mark.parametrize("only", ["search", "figures"])
def test_fixture_skips_what_it_cannot_check(site, browser, only):
    code, c = check(site, browser, only)
    assert code == 0 and "skipped" in c.summary, c.summary


def test_built_demo_figures_agree_with_the_recount(recountable, browser):
    code, c = check(recountable, browser, "figures")
    assert code == 0 and c.ok, c.failures
    reports = len(list((recountable / "reports").rglob("*.json")))
    assert re.match(rf"{reports} reports \(\d+ values\) and \d+ items", c.summary), c.summary


def test_a_published_figure_that_differs_fails_figures(recountable, browser):
    report = recountable / "reports/2026.json"
    text = report.read_text(encoding="utf-8")
    published = int(re.search(r'"items_resolved": (\d+)', text)[1])
    edit(report, f'"items_resolved": {published}', f'"items_resolved": {published + 1}')
    c = assert_fails(recountable, browser, "figures",
                     f"reports/2026.json: items_resolved: re-counted {published}, published {published + 1}")
    assert any("data/stats.json: the report for 2026" in f for f in c.failures), c.failures


def test_an_item_row_that_differs_fails_figures(recountable, browser):
    rows = (recountable / "data/items.csv").read_text(encoding="utf-8-sig").splitlines()
    row = next(r for r in rows[1:] if ",resolved," in r)
    edit(recountable / "data/items.csv", row, row.replace(",resolved,", ",in_progress,", 1))
    assert_fails(recountable, browser, "figures", f"{row.split(',')[0]} status: re-counted resolved, published in_progress")


def test_minutes_changed_since_the_build_fail_figures(recountable, browser):
    # The count is made from the minutes, not from what the site says: a meeting's attendance
    # changed after the build makes every report that counts it differ.
    meeting = next((recountable.parent / "content/meetings").rglob("*.md"))
    text = meeting.read_text(encoding="utf-8")
    total = re.search(r"\n  total: (\d+)", text)
    meeting.write_text(text.replace(total[0], f"\n  total: {int(total[1]) + 1000}", 1), encoding="utf-8")
    c = assert_fails(recountable, browser, "figures", "reports/all.json: attendances: re-counted")
    line = next(f for f in c.failures if f.startswith("reports/all.json: attendances:"))
    recounted, published = map(int, re.findall(r"\d+", line.split("attendances:")[1]))
    assert recounted == published + 1000, line


# ---------------------------------------------------------------- command line

def test_command_line_failure_exit_code_and_summary(site):
    edit(site / "feed.xml", "</feed>", "")
    proc = subprocess.run([sys.executable, str(HERE / "site_checks.py"), str(site), "--only", "feeds,links"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[-1] == "1 passed, 1 failed"
    assert "failed checks: feeds" in lines
    assert any(ln.startswith("  FAIL feeds: feed.xml: not well-formed") for ln in lines)
