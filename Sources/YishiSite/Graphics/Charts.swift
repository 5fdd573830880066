/// Charts drawn at build time as inline SVG: readable without colour (every bar is labelled
/// with its number, the second series is hatched) and without JavaScript.
public enum Charts {
    public struct Bar: Sendable {
        public var label: String
        /// A second line under the label: a month's year, under its first month and each January.
        public var sublabel: String?
        public var values: [Int]
        public init(label: String, sublabel: String? = nil, values: [Int]) { self.label = label; self.sublabel = sublabel; self.values = values }
    }

    /// Vertical bars, one group per label; one or two series (the second hatched).
    /// `description`: the numbers in words, for a screen reader, to which the drawing is one image.
    public static func columns(_ bars: [Bar], series: [String], title: String, description: String, id: String) -> String {
        // Two bars of a pair are wide enough for their two-digit numbers side by side at 12 px.
        // Under the plot: the labels, a line of years below them, then the legend.
        let barWidth = series.count > 1 ? 16 : 22, top = 22, plot = 150, bottom = 48, left = 8, minWidth = 200
        // A few bars (a quarter's three months) spread over the narrowest chart instead of
        // crowding its left side.
        let groupWidth = max(barWidth * series.count + 8, 34, (minWidth - left * 2) / max(bars.count, 1))
        let width = max(bars.count * groupWidth + left * 2, minWidth)
        let height = top + plot + bottom + (series.count > 1 ? 20 : 0)
        let maxValue = max(bars.flatMap(\.values).max() ?? 0, 1)
        // A report's charts are drawn thousands of times a build: written as bytes, in one buffer.
        var s = Markup(capacity: 1024 + bars.count * (90 + 200 * max(series.count, 1)))
        s.add("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "); s.add(width); s.add(" "); s.add(height)
        s.add("\" width=\""); s.add(width); s.add("\" height=\""); s.add(height)
        s.add("\" style=\"--w:"); s.add(width)
        s.add("\" role=\"img\" aria-labelledby=\""); s.add(raw: id); s.add("-t\" aria-describedby=\""); s.add(raw: id); s.add("-d\" font-size=\"12\">")
        s.add("<title id=\""); s.add(raw: id); s.add("-t\">"); s.add(escaped: title); s.add("</title>")
        s.add("<desc id=\""); s.add(raw: id); s.add("-d\">"); s.add(escaped: description); s.add("</desc>")
        s.add("<defs><pattern id=\""); s.add(raw: id)
        s.add("-h\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#1f6f43\" stroke-width=\"3\"/></pattern></defs>")
        s.add("<line x1=\""); s.add(left); s.add("\" y1=\""); s.add(top + plot); s.add("\" x2=\""); s.add(width - left)
        s.add("\" y2=\""); s.add(top + plot); s.add("\" stroke=\"#545d68\"/>")
        for (i, bar) in bars.enumerated() {
            let gx = left + i * groupWidth + (groupWidth - barWidth * bar.values.count) / 2
            for (k, v) in bar.values.enumerated() {
                let h = v * plot / maxValue
                let x = gx + k * barWidth
                s.add("<rect x=\""); s.add(x)
                s.add("\" y=\""); s.add(top + plot - h)
                s.add("\" width=\""); s.add(barWidth - 2)
                s.add("\" height=\""); s.add(h)
                s.add("\" fill=\"")
                if k == 0 { s.add("#7a1515") } else { s.add("url(#"); s.add(raw: id); s.add("-h)") }
                s.add("\" stroke=\""); s.add(k == 0 ? "#7a1515" : "#1f6f43")
                s.add("\"/><text x=\""); s.add(x + (barWidth - 2) / 2)
                s.add("\" y=\""); s.add(top + plot - h - 4)
                s.add("\" text-anchor=\"middle\">"); s.add(v)
                s.add("</text>")
            }
            s.add("<text x=\""); s.add(left + i * groupWidth + groupWidth / 2)
            s.add("\" y=\""); s.add(top + plot + 16)
            s.add("\" text-anchor=\"middle\">"); s.add(escaped: bar.label)
            s.add("</text>")
            if let sublabel = bar.sublabel {
                s.add("<text x=\""); s.add(left + i * groupWidth + groupWidth / 2)
                s.add("\" y=\""); s.add(top + plot + 31)
                s.add("\" text-anchor=\"middle\" fill=\"#545d68\">"); s.add(escaped: sublabel)
                s.add("</text>")
            }
        }
        if series.count > 1 {
            // At the right end, which a phone shows first when the chart is wider than it.
            let y = top + plot + bottom, x = max(left, width - left - 175)
            s.add("<rect x=\""); s.add(x); s.add("\" y=\""); s.add(y - 10)
            s.add("\" width=\"12\" height=\"12\" fill=\"#7a1515\"/><text x=\""); s.add(x + 16); s.add("\" y=\""); s.add(y)
            s.add("\">"); s.add(escaped: series[0]); s.add("</text>")
            s.add("<rect x=\""); s.add(x + 110); s.add("\" y=\""); s.add(y - 10)
            s.add("\" width=\"12\" height=\"12\" fill=\"url(#"); s.add(raw: id); s.add("-h)\" stroke=\"#1f6f43\"/><text x=\"")
            s.add(x + 126); s.add("\" y=\""); s.add(y); s.add("\">"); s.add(escaped: series[1]); s.add("</text>")
        }
        s.add("</svg>")
        return s.text
    }

    /// Horizontal bars of a rate per row, labelled with the percentage and n/d in the
    /// language's brackets (`83.3%（5/6）`).
    public static func rates(_ rows: [(label: String, numerator: Int, denominator: Int)], title: String, description: String, id: String,
                             brackets: (open: String, close: String) = ("(", ")")) -> String {
        // 96 px after the bar: `66.7%（10/15）` in a CJK font at 12 px is 90. 320 in all, within
        // a 360 px phone's column (328), so that it does not scroll for nothing; a department's
        // name of eight characters is 96.
        let rowHeight = 26, labelWidth = 104, barMax = 120, width = labelWidth + barMax + 96
        let height = max(rows.count, 1) * rowHeight + 10
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" style=\"--w:\(width)\" role=\"img\" aria-labelledby=\"\(id)-t\" aria-describedby=\"\(id)-d\" font-size=\"12\">"
        s += "<title id=\"\(id)-t\">\(HTML.escape(title))</title><desc id=\"\(id)-d\">\(HTML.escape(description))</desc>"
        for (i, r) in rows.enumerated() {
            let y = 5 + i * rowHeight
            let w = r.denominator == 0 ? 0 : r.numerator * barMax / r.denominator
            let percent = r.denominator == 0 ? "—" : Charts.percent(r.numerator, r.denominator)
            s += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\">\(HTML.escape(r.label))</text>"
            s += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barMax)\" height=\"18\" fill=\"#f1efe9\"/>"
            s += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"18\" fill=\"#1f6f43\"/>"
            s += "<text x=\"\(labelWidth + barMax + 6)\" y=\"\(y + 16)\">\(percent)\(HTML.escape(brackets.open))\(r.numerator)/\(r.denominator)\(HTML.escape(brackets.close))</text>"
        }
        s += "</svg>"
        return s
    }

    /// One decimal: 83.3%.
    public static func percent(_ n: Int, _ d: Int) -> String {
        let tenths = (n * 1000 + d / 2) / d
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
