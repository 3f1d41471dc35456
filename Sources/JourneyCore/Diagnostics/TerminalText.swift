/// Making map text safe and measurable for a terminal.
public enum TerminalText {
    /// `text` with every control character except tab replaced by U+FFFD.
    ///
    /// Map files are untrusted input: an ESC byte echoed from a file could drive the
    /// user's terminal, and a newline would break the one-finding-per-line shape.
    /// The replacement is one `Character` for one `Character`, so columns still line up.
    public static func sanitized<S: StringProtocol>(_ text: S) -> String {
        // Printable ASCII (and tabs) needs no work: the usual case for every finding.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            out.append(isControl(character) ? "\u{FFFD}" : character)
        }
        return out
    }

    static func isControl(_ character: Character) -> Bool {
        character != "\t" && character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// How many terminal cells `character` takes: 2 for wide East Asian characters and
    /// emoji shown as pictures, 1 for everything else (tabs are handled by the caller).
    ///
    /// Columns in diagnostics count characters; this only pads the caret line so that
    /// the caret lands under the right character in a terminal.
    static func cells(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 1 }
        // Fast path; a text-style symbol made emoji by U+FE0F (`©️`) has more scalars.
        if first.value < 0x1100, scalars.count == 1 { return 1 }
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarsely.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
