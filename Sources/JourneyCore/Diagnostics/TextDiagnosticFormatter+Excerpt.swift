extension TextDiagnosticFormatter {
    /// The gutter is at least this wide so that short line numbers indent as in the contract.
    static let minimumGutterWidth = 5

    /// The source line and its caret line, or nothing when the line is not available.
    ///
    /// The caret line repeats the tabs of the source line before and inside the range,
    /// so the caret lines up whatever the terminal's tab width.
    func excerpt(_ diagnostic: Diagnostic) -> [String] {
        let number = diagnostic.line
        guard number >= 1, let lines = sourceLines(diagnostic.file), number <= lines.count else {
            return []
        }
        let characters = Array(TerminalText.sanitized(Self.withoutTerminator(lines[number - 1])))
        let digits = String(number)
        let width = max(Self.minimumGutterWidth, digits.count)
        let gutter = String(repeating: " ", count: width - digits.count) + digits + " |"
        let sourceLine = characters.isEmpty ? gutter : gutter + " " + String(characters)
        guard diagnostic.column >= 1 else { return [sourceLine] }

        let (padding, marker) = Self.caret(for: diagnostic.range, in: characters)
        let caretLine = String(repeating: " ", count: width) + " | " + padding
            + ANSIStyle.green.apply(marker, enabled: colour)
        return [sourceLine, caretLine]
    }

    /// Whitespace up to the start column, then `^` and `~` to the end of the range on
    /// this line (to the end of the line for ranges that run on).
    static func caret(for range: SourceRange, in characters: [Character]) -> (padding: String, marker: String) {
        let start = range.start.column
        let lineEnd = max(start, characters.count)
        let end: Int
        if range.end.line == range.start.line {
            end = min(max(start, range.end.column), lineEnd)
        } else if range.end.line > range.start.line {
            end = lineEnd
        } else {
            end = start
        }
        func character(_ column: Int) -> Character {
            column <= characters.count ? characters[column - 1] : " "
        }

        var padding = ""
        for column in 1..<start {
            let c = character(column)
            padding += c == "\t" ? "\t" : String(repeating: " ", count: TerminalText.cells(c))
        }
        var marker = ""
        for column in start...end {
            let c = character(column)
            if column == start {
                marker += "^" + String(repeating: "~", count: c == "\t" ? 0 : TerminalText.cells(c) - 1)
            } else if c == "\t" {
                marker += "\t"
            } else {
                marker += String(repeating: "~", count: TerminalText.cells(c))
            }
        }
        while marker.last == "\t" { marker.removeLast() }
        return (padding, marker)
    }

    /// Callers may hand over lines that still carry `\r` or `\n`.
    static func withoutTerminator(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last.isNewline { line.removeLast() }
        return line
    }
}
