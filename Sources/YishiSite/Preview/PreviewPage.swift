import Foundation

/// What the preview adds to pages: the reload script, and the status page its banner shows.
public enum PreviewPage {
    /// Marks the script, so that tests (and people) can tell a preview page from a published one.
    public static let marker = "yishi-preview"

    /// Inserted before `</body>` of every preview page (never of a published one).
    ///
    /// It reads `/__yishi/version` when the page loads and every 500 ms after; when the number
    /// changes (a rebuild finished, good or failed) it reloads the page. When the page loads it
    /// also reads `/__yishi/status` and, when that holds a failed build's diagnostics, shows them
    /// in a fixed banner: the page itself is then the last good build. Diagnostics go in as
    /// text, never as markup. While the server is down it keeps trying, quietly.
    public static let script = """
        <script id="\(marker)">
        (function () {
          var seen = null;
          function get(path) { return fetch(path, { cache: 'no-store' }).then(function (r) { return r.text(); }); }
          function banner(html) {
            if (!html) return;
            var doc = new DOMParser().parseFromString(html, 'text/html');
            var box = document.createElement('div');
            box.id = '\(marker)-banner';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:45vh;overflow:auto;' +
              'margin:0;padding:.6em 1em;background:#fff3f3;color:#7f1010;border-top:3px solid #c62828;' +
              'font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;text-align:left';
            var title = doc.querySelector('h1'), list = doc.querySelector('pre');
            var strong = document.createElement('strong');
            strong.textContent = title ? title.textContent : 'yishi';
            box.appendChild(strong);
            box.appendChild(document.createTextNode('\\n' + (list ? list.textContent : '')));
            document.body.appendChild(box);
          }
          function poll() {
            get('/__yishi/version').then(function (v) {
              if (seen === null) { seen = v; get('/__yishi/status').then(banner, function () {}); }
              else if (v !== seen) { location.reload(); return; }
              setTimeout(poll, 500);
            }, function () { setTimeout(poll, 500); });
          }
          poll();
        })();
        </script>

        """

    /// The page `/__yishi/status` serves after a failed build: a heading and the diagnostics,
    /// one a line, as the command line prints them.
    public static func status(title: String, lines: [String]) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(HTML.escape(title))</title></head>
        <body><h1>\(HTML.escape(title))</h1>
        <pre>\(lines.map(HTML.escape).joined(separator: "\n"))</pre>
        </body></html>

        """
    }
}
