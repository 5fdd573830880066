import CQRencode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code of a page's public URL, drawn as inline SVG for the printed notice.
public enum QRCode {
    /// An SVG of the code with a four-module quiet zone, or nil if libqrencode refuses the text.
    public static func svg(for text: String, label: String) -> String? {
        guard let code = matrix(for: text) else { return nil }
        let width = code.width
        let size = width + 8
        // Every page has one, so the path is short and written as bytes straight into its
        // buffer. Each row's runs of dark modules are strokes one module wide along the row's
        // middle: "M" x " " y ".5h" n for the first, "m" gap " 0h" n for the next — half the
        // bytes of a closed rectangle per run. With three-digit numbers a row's first run takes
        // at most 14 bytes and each other one 10: a row of r ≤ R = (width + 1) / 2 runs takes at
        // most 10R + 4 ≤ 13R bytes (R ≥ 11). The buffer is not bounds-checked, so this must hold.
        let capacity = width * ((width + 1) / 2) * 13
        let path = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var at = 0
            func byte(_ b: UInt8) { buffer[at] = b; at += 1 }
            func number(_ n: Int) {
                if n >= 100 { byte(UInt8(ascii: "0") + UInt8(n / 100)) }
                if n >= 10 { byte(UInt8(ascii: "0") + UInt8(n / 10 % 10)) }
                byte(UInt8(ascii: "0") + UInt8(n % 10))
            }
            for y in 0..<width {
                var end: Int?   // where the last stroke of this row ended
                var runs = code.runs(inRow: y)
                while let (x, run) = runs.next() {
                    if let end {
                        byte(UInt8(ascii: "m")); number(x - end)
                        for b in " 0h".utf8 { byte(b) }
                    } else {
                        byte(UInt8(ascii: "M")); number(x + 4)
                        byte(UInt8(ascii: " ")); number(y + 4)
                        for b in ".5h".utf8 { byte(b) }
                    }
                    number(run)
                    end = x + run
                }
            }
            count = at
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(HTML.escape(label))\" shape-rendering=\"crispEdges\"><rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"none\" stroke=\"#000\" d=\"\(String(writtenUTF8: path))\"/></svg>"
    }

    /// The modules of a code, a bit each (set when dark), row after row, each row starting a word.
    struct Matrix: Equatable {
        var width: Int
        var words: [UInt64]
        var wordsPerRow: Int { (width + 63) / 64 }

        init(width: Int, words: [UInt64]) {
            self.width = width
            self.words = words
        }

        init(width: Int, dark: (Int, Int) -> Bool) {
            self.width = width
            words = []
            let perRow = wordsPerRow
            words = Array(repeating: 0, count: width * perRow)
            for y in 0..<width {
                for x in 0..<width where dark(x, y) { words[y * perRow + x >> 6] |= 1 << UInt64(x & 63) }
            }
        }

        func isDark(_ x: Int, _ y: Int) -> Bool {
            words[y * wordsPerRow + x >> 6] >> UInt64(x & 63) & 1 == 1
        }

        /// The runs of dark modules in row `y`, left to right, as (x, length): found a word at
        /// a time (bit scans), not module by module.
        func runs(inRow y: Int) -> Runs { Runs(matrix: self, y: y) }

        struct Runs: IteratorProtocol {
            let matrix: Matrix
            let y: Int
            var word = 0, at = 0

            mutating func next() -> (x: Int, length: Int)? {
                let perRow = matrix.wordsPerRow
                var start: Int?   // where the run started, once found
                while word < perRow {
                    let bits = matrix.words[y * perRow + word], base = word << 6
                    if start == nil {
                        let rest = at < 64 ? bits >> UInt64(at) : 0
                        if rest == 0 { word += 1; at = 0; continue }
                        at += rest.trailingZeroBitCount
                        start = base + at
                    }
                    // The dark modules from `at` on; shifted-in zeros end the count at the word's end.
                    at += (~(bits >> UInt64(at))).trailingZeroBitCount
                    if at < 64 { return (start!, base + at - start!) }
                    word += 1; at = 0
                }
                // Past the last module the bits are clear, so a run gets here only when a row
                // fills its words exactly.
                return start.map { ($0, matrix.width - $0) }
            }
        }
    }

    /// The code libqrencode makes of `text` (error correction M, 8-bit mode, case-sensitive).
    ///
    /// libqrencode picks the mask by building and scoring all eight, which was a tenth of a
    /// 10 000-meeting build. Where its own mask-free entry points are there (version 4, as
    /// Debian builds it), the code is encoded once with mask 0 and the eight candidates are
    /// scored here on 64-bit rows by libqrencode's rules, so the modules are the ones it would
    /// have chosen; elsewhere libqrencode does it all. `chooseMask: false` is for the test that
    /// compares the two.
    static func matrix(for text: String, chooseMask: Bool = true) -> Matrix? {
        if chooseMask, let fast = Entry.points, let matrix = fast.matrix(for: text) { return matrix }
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        return Matrix(width: width) { x, y in code.pointee.data[y * width + x] & 1 == 1 }
    }

    /// libqrencode's entry points below `QRcode_encodeString`, looked up at run time: they
    /// are exported only by builds made with its tests, so they may be missing.
    struct Entry: @unchecked Sendable {
        typealias Split = @convention(c) (UnsafePointer<CChar>?, OpaquePointer?, QRencodeMode, Int32) -> Int32
        typealias EncodeMask = @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<QRcode>?
        let split: Split
        let encodeMask: EncodeMask

        static let points: Entry? = {
            // The scoring below is libqrencode 4's (mask.c has not changed its rules since 4.0).
            var major: Int32 = 0, minor: Int32 = 0, micro: Int32 = 0
            QRcode_APIVersion(&major, &minor, &micro)
            guard major == 4, let handle = dlopen(nil, RTLD_NOW),
                  let split = dlsym(handle, "Split_splitStringToQRinput"),
                  let encodeMask = dlsym(handle, "QRcode_encodeMask") else { return nil }
            return Entry(split: unsafeBitCast(split, to: Split.self), encodeMask: unsafeBitCast(encodeMask, to: EncodeMask.self))
        }()

        func matrix(for text: String) -> Matrix? {
            guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
            defer { QRinput_free(input) }
            guard split(text, input, QR_MODE_8, 1) >= 0, let code = encodeMask(input, 0) else { return nil }
            defer { QRcode_free(code) }
            let width = Int(code.pointee.width)
            // Scoring works on one word a line: longer addresses (version 12 and up) take the slow way.
            guard width <= 64 else { return nil }
            return Masking(width: width, masked0: code.pointee.data).best()
        }
    }
}

/// The eight masks scored as libqrencode 4 scores them (Mask_mask): N1 and N3 over the runs
/// of each row and column, N2 over 2×2 blocks, N4 over the share of dark modules; the first
/// lowest score wins. Rows and columns are kept as bit words so that a mask is an XOR.
struct Masking {
    let width: Int
    let full: UInt64
    /// The modules with the data unmasked and the format information cleared, by row and by column.
    let darkRows: [UInt64], darkColumns: [UInt64]
    /// The data modules (the ones masks change), by row and by column.
    let dataRows: [UInt64], dataColumns: [UInt64]
    /// Where the 15 format bits go, each twice: (row, column) for bit k at 2k and 2k + 1.
    var formatAt: [(Int, Int)] = []

    init(width: Int, masked0 data: UnsafeMutablePointer<UInt8>) {
        self.width = width
        full = width == 64 ? ~0 : (1 << UInt64(width)) - 1
        for k in 0..<8 {
            formatAt.append((8, width - 1 - k))
            formatAt.append((k < 6 ? k : k + 1, 8))
        }
        for k in 0..<7 {
            formatAt.append((width - 7 + k, 8))
            formatAt.append((8, k == 0 ? 7 : 6 - k))
        }
        // Rows a word at a time, then the columns by transposing them: module by module into
        // four arrays was a quarter of a page's QR code.
        var dark = [UInt64](repeating: 0, count: 64), isData = dark
        let mask0 = Self.patterns[0]
        for y in 0..<width {
            let row = data + y * width
            var d: UInt64 = 0, f: UInt64 = 0
            for x in 0..<width {
                let module = UInt64(row[x])
                d |= (module & 1) << UInt64(x)
                // Bit 7 marks function patterns, which masks leave alone.
                f |= (~module >> 7 & 1) << UInt64(x)
            }
            // Mask 0 is undone here.
            dark[y] = d ^ (f & mask0[y % 12] & full)
            isData[y] = f
        }
        for (y, x) in formatAt { dark[y] &= ~(1 << UInt64(x)) }
        darkRows = Array(dark[..<width]); dataRows = Array(isData[..<width])
        Self.transpose(&dark); Self.transpose(&isData)
        darkColumns = Array(dark[..<width]); dataColumns = Array(isData[..<width])
    }

    /// Transposes a 64 × 64 bit matrix in place (bit x of word y becomes bit y of word x) by
    /// swapping ever smaller blocks across the diagonal: six rounds of 32 swaps.
    static func transpose(_ words: inout [UInt64]) {
        precondition(words.count == 64)
        words.withUnsafeMutableBufferPointer { a in
            var j = 32
            var m: UInt64 = 0x0000_0000_FFFF_FFFF
            while j != 0 {
                var k = 0
                while k < 64 {
                    let t = ((a[k] >> UInt64(j)) ^ a[k + j]) & m
                    a[k + j] ^= t
                    a[k] ^= t << UInt64(j)
                    k = (k + j + 1) & ~j
                }
                j >>= 1
                m ^= m << UInt64(j)
            }
        }
    }

    /// Whether mask `m` inverts the data module at (x, y): the conditions of the QR standard.
    static func inverts(_ m: Int, _ x: Int, _ y: Int) -> Bool {
        switch m {
        case 0: return (x + y) & 1 == 0
        case 1: return y & 1 == 0
        case 2: return x % 3 == 0
        case 3: return (x + y) % 3 == 0
        case 4: return ((y / 2) + (x / 3)) & 1 == 0
        case 5: return ((x * y) & 1) + (x * y) % 3 == 0
        case 6: return (((x * y) & 1) + (x * y) % 3) & 1 == 0
        default: return (((x * y) % 3) + ((x + y) & 1)) & 1 == 0
        }
    }

    /// Each mask repeats every 12 modules both ways: `patterns[m][y % 12]` has bit x set where
    /// mask m inverts (x, y); `columnPatterns[m][x % 12]` has bit y set.
    static let patterns: [[UInt64]] = table { m, x, y in inverts(m, x, y) }
    static let columnPatterns: [[UInt64]] = table { m, x, y in inverts(m, y, x) }

    static func table(_ inverts: (Int, Int, Int) -> Bool) -> [[UInt64]] {
        (0..<8).map { m in
            (0..<12).map { y in
                (0..<64).reduce(UInt64(0)) { word, x in inverts(m, x, y) ? word | 1 << UInt64(x) : word }
            }
        }
    }

    /// The format information for error correction M and mask `m`: BCH(15,5) then the XOR mask.
    static func format(_ m: Int) -> Int {
        let data = m   // M is 00 in the two level bits
        var remainder = data << 10
        for bit in stride(from: 14, through: 10, by: -1) where remainder & (1 << bit) != 0 {
            remainder ^= 0x537 << (bit - 10)
        }
        return ((data << 10) | remainder) ^ 0x5412
    }

    func best() -> QRCode.Matrix {
        var rows = darkRows, columns = darkColumns
        var bestRows = rows
        var bestScore = Int.max
        for m in 0..<8 {
            let rowPattern = Self.patterns[m], columnPattern = Self.columnPatterns[m]
            for k in 0..<width {
                rows[k] = darkRows[k] ^ (rowPattern[k % 12] & dataRows[k] & full)
                columns[k] = darkColumns[k] ^ (columnPattern[k % 12] & dataColumns[k] & full)
            }
            let format = Self.format(m)
            for (n, (y, x)) in formatAt.enumerated() where format >> (n / 2) & 1 == 1 {
                rows[y] |= 1 << UInt64(x)
                columns[x] |= 1 << UInt64(y)
            }
            let demerit = score(rows, columns, unless: bestScore)
            if demerit < bestScore {
                bestScore = demerit
                bestRows = rows
            }
        }
        return QRCode.Matrix(width: width, words: bestRows)
    }

    /// The mask's demerit, or any number not below `best` once it is sure to be (every part
    /// adds, and a tie keeps the earlier mask).
    func score(_ rows: [UInt64], _ columns: [UInt64], unless best: Int) -> Int {
        let area = width * width
        var dark = 0
        for row in rows { dark += row.nonzeroBitCount }
        let ratio = (200 * dark + area) / area / 2
        var demerit = (abs(ratio - 50) / 5) * 10
        // N2: 2×2 blocks of one colour, counted where they overlap too.
        let pairs = full >> 1
        for y in 1..<width {
            let a = rows[y - 1], b = rows[y]
            let black = a & b, white = ~(a | b) & full
            demerit += 3 * ((black & (black >> 1) & pairs).nonzeroBitCount + (white & (white >> 1) & pairs).nonzeroBitCount)
        }
        // Every part adds, so a mask is dropped as soon as it reaches the best so far.
        for row in rows {
            demerit += runScore(row)
            if demerit >= best { return demerit }
        }
        for column in columns {
            demerit += runScore(column)
            if demerit >= best { return demerit }
        }
        return demerit
    }

    /// N1 and N3 of one line, as `runScoreByRuns` counts them, with shifts instead of a list
    /// of runs (which was half the time of a page's QR code).
    ///
    /// N1 gives each run of five or more modules of one colour 3 + (length − 5): that is one
    /// point per place where five modules in a row agree, plus two per such run. N3 looks for
    /// runs dark, light, dark, light, dark of k, k, 3k, k and k modules with light or the edge
    /// on either side, for each k while the line has a dark run of 3k.
    func runScore(_ line: UInt64) -> Int {
        let dark = line & full, light = ~line & full
        func fives(_ x: UInt64) -> Int {
            let five = x & x >> 1 & x >> 2 & x >> 3 & x >> 4
            return five.nonzeroBitCount + 2 * (five & ~(five << 1)).nonzeroBitCount
        }
        var demerit = fives(dark) + fives(light)
        // Bit p of darkFrom / lightFrom: the k modules from p on are dark / light.
        var darkFrom = dark, lightFrom = light
        var k = 1
        while 7 * k <= width {
            let k64 = UInt64(k)
            let centre = darkFrom & darkFrom >> k64 & darkFrom >> (2 * k64)
            if centre == 0 { break }
            var found = darkFrom & lightFrom >> k64 & centre >> (2 * k64) & lightFrom >> (5 * k64) & darkFrom >> (6 * k64)
            found &= (light << 1 | 1) & (light >> (7 * k64) | 1 << UInt64(width - 7 * k))
            while found != 0 {
                let p = found.trailingZeroBitCount
                found &= found - 1
                // libqrencode's test: the first dark run of the line, or 4k light modules before
                // it; else nothing dark after it, or 4k light modules after it.
                let span: UInt64 = (1 << (4 * k64)) - 1
                let before = dark & ((1 << UInt64(p)) - 1) == 0 || (p >= 4 * k && dark >> UInt64(p - 4 * k) & span == 0)
                let end = p + 7 * k
                let after = dark >> UInt64(end) == 0 || (end + 4 * k <= width && dark >> UInt64(end) & span == 0)
                if before || after { demerit += 40 }
            }
            darkFrom &= dark >> k64
            lightFrom &= light >> k64
            k += 1
        }
        return demerit
    }

    /// N1 and N3 of one line, run by run, as libqrencode counts them: the reference `runScore`
    /// is tested against. The runs are listed as libqrencode lists them: a line that starts
    /// dark gets a first run of -1, so that dark runs are always at odd places.
    func runScoreByRuns(_ line: UInt64, _ run: UnsafeMutableBufferPointer<Int>) -> Int {
        var count = 0
        if line & 1 == 1 { run[0] = -1; count = 1 }
        var boundaries = (line ^ (line >> 1)) & (full >> 1)
        var start = 0
        while boundaries != 0 {
            let end = boundaries.trailingZeroBitCount + 1
            run[count] = end - start
            count += 1
            start = end
            boundaries &= boundaries - 1
        }
        run[count] = width - start
        count += 1

        var demerit = 0
        for i in 0..<count {
            let length = run[i]
            if length >= 5 { demerit += 3 + (length - 5) }
            guard i & 1 == 1, i >= 3, i < count - 2, length % 3 == 0 else { continue }
            let fact = length / 3
            guard run[i - 2] == fact, run[i - 1] == fact, run[i + 1] == fact, run[i + 2] == fact else { continue }
            if i == 3 || run[i - 3] >= 4 * fact { demerit += 40 }
            else if i + 4 >= count || run[i + 3] >= 4 * fact { demerit += 40 }
        }
        return demerit
    }
}
