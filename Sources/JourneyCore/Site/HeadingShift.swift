/// Moves the headings of rendered notes below the page's own, so that headings stay in
/// order (a note's `# Title` under a tactic's `<h3>` becomes `<h4>`).
public enum HeadingShift {
    /// `html` with every `<hN>` moved down so the highest becomes `top` (never up;
    /// levels beyond 6 stay 6). Works on cmark output, where a literal `<` in text is
    /// always escaped, so every `<h` followed by a digit is a tag.
    public static func demote(_ html: String, top: Int) -> String {
        var bytes = Array(html.utf8)
        var highest = 7
        forEachLevel(bytes) { i in highest = min(highest, Int(bytes[i] - 0x30)) }
        guard highest < 7, top > highest else { return html }
        let shift = top - highest
        forEachLevel(bytes) { i in bytes[i] = UInt8(0x30 + min(6, Int(bytes[i] - 0x30) + shift)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the index of the level digit of every `<hN` and `</hN` tag.
    private static func forEachLevel(_ bytes: [UInt8], _ body: (Int) -> Void) {
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == 0x3C {
                let h = bytes[i + 1] == 0x2F ? i + 2 : i + 1
                if h + 2 < bytes.count, bytes[h] == 0x68, (0x31...0x36).contains(bytes[h + 1]),
                   bytes[h + 2] == 0x3E || bytes[h + 2] == 0x20 {
                    body(h + 1)
                    i = h + 2
                    continue
                }
            }
            i += 1
        }
    }
}
