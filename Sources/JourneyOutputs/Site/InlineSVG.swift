import JourneyCore

/// Graphviz SVG made fit to sit inside an HTML page.
///
/// The XML prolog, doctype and comments go (HTML has no place for them), and so do
/// the `<title>` elements Graphviz gives the graph and every node, edge and cluster:
/// they hold DOT names (`tp0`, `tp0&#45;&gt;tp2`), which screen readers would read as
/// the names of the groups. The root `<svg>` gets a role, a label and a class. The markup itself is trusted: Graphviz
/// made it from DOT whose every map text was escaped. Works on UTF-8 bytes, as the
/// diagrams of large journeys run to megabytes.
public enum InlineSVG {
    /// A journey's flow diagram, shown on its journey page: links stay as they are
    /// (`<journey-id>.html#tp-...` resolves within `journeys/`).
    public static func flow(_ svg: String, labelledBy label: String) -> String {
        inline(svg, labelledBy: label, className: "flow-diagram", linkPrefix: nil)
    }

    /// The lifecycle overview, shown on the index at the site root: the build draws it
    /// with `DiagramOptions.pagePrefix` `journeys/`, so its links stay as they are and
    /// also work in the standalone `overview.svg` beside the index.
    public static func overview(_ svg: String, labelledBy label: String) -> String {
        inline(svg, labelledBy: label, className: "overview-diagram", linkPrefix: nil)
    }

    static func inline(_ svg: String, labelledBy label: String, className: String, linkPrefix: String?) -> String {
        var text = svg
        guard let runs = text.withUTF8({ keptRuns($0, rewritingLinks: linkPrefix != nil) }) else { return "" }
        // The runs are copied from `svg` as text: cut only at ASCII bytes, they need no
        // new UTF-8 check, as a copy through bytes would.
        var out = "<svg role=\"group\" aria-labelledby=\"" + HTMLText.escape(label) + "\" class=\"\(className)\""
        out.reserveCapacity(svg.utf8.count + 128)
        let utf8 = svg.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        for run in runs {
            out += svg[index(run.bytes.lowerBound)..<index(run.bytes.upperBound)]
            if run.thenPrefix, let linkPrefix { out += linkPrefix }
        }
        return out + "</svg>"
    }

    /// The byte ranges kept between `<svg` and `</svg>` (comments and `<title>`
    /// elements dropped, with the line break Graphviz puts after them), each marked when
    /// `linkPrefix` follows it (a relative link target starts there); nil when there is
    /// no `<svg>` element.
    private static func keptRuns(_ bytes: UnsafeBufferPointer<UInt8>, rewritingLinks: Bool)
        -> [(bytes: Range<Int>, thenPrefix: Bool)]? {
        guard let start = find(Array("<svg".utf8), in: bytes, from: 0),
              let end = findLast(Array("</svg>".utf8), in: bytes), start + 4 <= end
        else { return nil }
        var runs: [(bytes: Range<Int>, thenPrefix: Bool)] = []
        let dropped = [(Array("<!--".utf8), Array("-->".utf8)), (Array("<title>".utf8), Array("</title>".utf8))]
        let anchors = [Array("<a xlink:href=\"".utf8), Array("<a href=\"".utf8)]
        var copied = start + 4
        var i = copied
        while i < end {
            i = next(0x3C, in: bytes, from: i, end: end)
            guard i < end else { break }
            if let (open, close) = dropped.first(where: { matches($0.0, bytes, at: i) }) {
                runs.append((copied..<i, false))
                guard let closing = find(close, in: bytes, from: i + open.count), closing < end else { return runs }
                i = closing + close.count
                if i < end, bytes[i] == 0x0A { i += 1 }
                copied = i
                continue
            }
            if rewritingLinks, let anchor = anchors.first(where: { matches($0, bytes, at: i) }) {
                i += anchor.count
                if isRelativePath(bytes, from: i) {
                    runs.append((copied..<i, true))
                    copied = i
                }
                continue
            }
            i += 1
        }
        if copied < end { runs.append((copied..<end, false)) }
        return runs
    }

    /// The index of the first `byte` in `bytes[from..<end]`, or `end`. Tests eight
    /// bytes at a time, as diagrams run to megabytes with a tag every few dozen bytes.
    static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = UInt64(byte) &* ones
        var i = from
        while i + 8 <= end {
            // Bytes equal to `byte` are zero in `word`; the lowest high bit of `zeros`
            // marks the first of them (higher ones may be false alarms).
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ pattern
            let zeros = (word &- ones) & ~word & (ones << 7)
            if zeros != 0 { return i + zeros.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end, bytes[i] != byte { i += 1 }
        return i
    }

    static func matches(_ pattern: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + pattern.count <= bytes.count else { return false }
        for k in pattern.indices where bytes[i + k] != pattern[k] { return false }
        return true
    }

    static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], matches(pattern, bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    static func findLast(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0], matches(pattern, bytes, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// Whether the attribute value starting at `i` is a relative path (no scheme, not a
    /// fragment, not absolute).
    private static func isRelativePath(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        guard i < bytes.count, bytes[i] != 0x23, bytes[i] != 0x2F, bytes[i] != 0x22 else { return false }
        var k = i
        while k < bytes.count {
            switch bytes[k] {
            case 0x3A: return false  // ':' before any '/', '#', '?': a scheme
            case 0x2F, 0x23, 0x3F, 0x22: return true
            default: k += 1
            }
        }
        return true
    }
}
