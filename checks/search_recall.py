#!/usr/bin/env python3
"""Measures how many of the pages that hold a word the site's search finds, in a real browser.

    python3 checks/search_recall.py output/ 路灯 加装电梯 积水 …

Serves the built site on a free local port, asks Pagefind's own search API in headless
Chromium for each word, and compares its results with the pages whose indexed part
(`data-pagefind-body`) holds the word as written. Prints one line per word and the totals.
A measurement, not a test: Pagefind segments Chinese with one dictionary when it indexes
and with the browser's when it searches, and the two disagree (Pagefind issue #1237).
"""
import functools
import glob
import html
import http.server
import re
import sys
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options

SEARCH = """
const q = arguments[0], done = arguments[arguments.length - 1];
(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const found = await pagefind.search(q);
  const data = await Promise.all(found.results.map(r => r.data()));
  done(data.map(d => d.url));
})().catch(e => done({error: String(e)}));
"""


def indexed_text(root: Path) -> dict:
    """Site path → the text Pagefind indexes, tags left out."""
    texts = {}
    for f in glob.glob(str(root / "**" / "*.html"), recursive=True):
        page = Path(f).read_text(encoding="utf-8")
        body = re.search(r"data-pagefind-body[^>]*>(.*)", page, re.S)
        if body:
            texts["/" + str(Path(f).relative_to(root))] = html.unescape(re.sub(r"<[^>]+>", "", body.group(1)))
    return texts


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).resolve()
    if not (root / "pagefind" / "pagefind.js").exists():
        print(f"{root} has no search index: build with search on and Pagefind installed", file=sys.stderr)
        return 2
    texts = indexed_text(root)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.binary_location = "/usr/bin/chromium"
    browser = webdriver.Chrome(options=options)
    try:
        browser.get(f"http://127.0.0.1:{server.server_port}/search.html")
        time.sleep(1)
        holding = found = returned = 0
        print("word\tpages holding it\tresults\tof them holding it")
        for word in sys.argv[2:]:
            urls = browser.execute_async_script(SEARCH, word)
            if isinstance(urls, dict):
                print(f"{word}\t{urls['error']}")
                continue
            have = {path for path, text in texts.items() if word in text}
            got = set(urls)
            holding += len(have)
            found += len(have & got)
            returned += len(got)
            print(f"{word}\t{len(have)}\t{len(got)}\t{len(have & got)}")
        share = f"{100 * found / holding:.0f} %" if holding else "-"
        print(f"found {found} of {holding} pages that hold the words ({share}); {returned} results in all")
    finally:
        browser.quit()
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
