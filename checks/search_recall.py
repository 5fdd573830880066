#!/usr/bin/env python3
"""Measures how many of the pages that hold a word the site's search finds, in a real browser.

    python3 checks/search_recall.py output/ 路灯 加装电梯 积水 …

Serves the built site on a free local port, asks Pagefind's own search API in headless
Chromium for each word, through the search page's own rewriting of the query
(`yishiSearch.term`), and compares its results with the pages whose indexed part
(`data-pagefind-body`) holds the word as written. Prints one line per word and the totals.
A measurement for any words; the `search` site check asserts the same on words it picks.
"""
import functools
import http.server
import re
import sys
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options

sys.path.insert(0, str(Path(__file__).resolve().parent))
import site_checks  # noqa: E402  the text Pagefind indexes, read as the search check reads it

SEARCH = """
const q = arguments[0], done = arguments[arguments.length - 1];
(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  // The search page's own rewriting of the query, as a resident's search goes through it.
  const term = window.yishiSearch ? window.yishiSearch.term(q) : q;
  const found = await pagefind.search(term, {sort: {date: 'desc'}});
  const data = await Promise.all(found.results.map(r => r.data()));
  done(data.map(d => d.url));
})().catch(e => done({error: String(e)}));
"""


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).resolve()
    if not (root / "pagefind" / "pagefind.js").exists():
        print(f"{root} has no search index: build with search on and Pagefind installed", file=sys.stderr)
        return 2
    texts = {url: text for url, (text, _) in site_checks.indexed_pages(root).items()}
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
            have = {path for path, text in texts.items() if re.sub(r"\s+", "", word) in text}
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
