/// Fits the headings of rendered notes under the page's own, so that the page's outline
/// has no skipped levels (a note's `#### Deep` under a journey's `<h1>` becomes `<h2>`).
public enum HeadingShift {
    /// `html` with its headings renumbered so that the fragment's outline starts at `top`
    /// and never skips a level.
    ///
    /// Each heading nests under the nearest earlier heading of the fragment with a lower
    /// Markdown level, one level deeper than it; a heading with none starts at `top`.
    /// So the distinct levels of a simple outline become `top`, `top + 1`, ..., a heading
    /// is at most one level below the heading before it, and siblings stay siblings.
    /// Levels stop at 6: HTML has no `<h7>`. Works on cmark output, where a literal `<`
    /// in text is always escaped, so every `<h` followed by a digit is a tag.
    public static func renumber(_ html: String, top: Int) -> String {
        var bytes = Array(html.utf8)
        let first = min(max(top, 1), 6)
        // The open outline: (Markdown level, page level) of each enclosing heading.
        var open: [(source: Int, page: Int)] = []
        var current = first
        var changed = false
        forEachLevel(bytes) { i, isClosing in
            let level = Int(bytes[i] - 0x30)
            if !isClosing {
                while let last = open.last, last.source >= level { open.removeLast() }
                current = min(6, (open.last?.page ?? first - 1) + 1)
                open.append((level, current))
            }
            // A closing tag follows its own opening tag: headings do not nest.
            if level != current {
                bytes[i] = UInt8(0x30 + current)
                changed = true
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : html
    }

    /// Calls `body` with the index of the level digit of every `<hN` and `</hN` tag.
    private static func forEachLevel(_ bytes: [UInt8], _ body: (Int, Bool) -> Void) {
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == 0x3C {
                let isClosing = bytes[i + 1] == 0x2F
                let h = isClosing ? i + 2 : i + 1
                if h + 2 < bytes.count, bytes[h] == 0x68, (0x31...0x36).contains(bytes[h + 1]),
                   bytes[h + 2] == 0x3E || bytes[h + 2] == 0x20 {
                    body(h + 1, isClosing)
                    i = h + 2
                    continue
                }
            }
            i += 1
        }
    }
}
