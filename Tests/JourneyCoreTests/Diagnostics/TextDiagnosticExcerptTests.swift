import Testing
@testable import JourneyCore

@Suite struct TextDiagnosticExcerptTests {
    typealias F = DiagnosticFixtures

    /// The excerpt lines of one finding on line 1 of `line`.
    func excerpt(_ line: Substring, from start: Int, to end: Int? = nil, endLine: Int = 1) -> [String] {
        let diagnostic = F.diagnostic(from: (1, start), to: (endLine, end ?? start))
        return F.formatter(lines: [line, "second line"]).excerpt(diagnostic)
    }

    @Test func tabsBeforeTheRangeAreRepeatedInTheCaretLine() {
        #expect(excerpt("\t- chanel:\tweb", from: 4, to: 9) == [
            "    1 | \t- chanel:\tweb",
            "      | \t  ^~~~~~",
        ])
        #expect(excerpt("\t- chanel:\tweb", from: 12, to: 14) == [
            "    1 | \t- chanel:\tweb",
            "      | \t         \t^~~",
        ])
    }

    @Test func tabsInsideTheRangeStayTabs() {
        #expect(excerpt("- key:\tvalue", from: 3, to: 12)[1] == "      |   ^~~~\t~~~~~")
        // A trailing tab would only be invisible whitespace.
        #expect(excerpt("- key:\t", from: 3, to: 7)[1] == "      |   ^~~~")
    }

    @Test(arguments: [
        // Precomposed é, decomposed é (one Character either way), and an astral emoji.
        ("- café: bon", 9, 11, "      |         ^~~"),
        ("- cafe\u{301}: bon", 9, 11, "      |         ^~~"),
        ("- caf\u{E9}: bon", 5, 6, "      |     ^~"),
        ("- x\u{1F1EB}\u{1F1F7}y: z", 5, 5, "      |      ^"),
        // Wide characters take two cells: padding and underline both count cells.
        ("- 名前: web", 7, 9, "      |         ^~~"),
        ("- 名前: web", 3, 4, "      |   ^~~~"),
        ("- 😀 x", 5, 5, "      |      ^"),
        ("- \u{A9}\u{FE0F} x", 5, 5, "      |      ^"),
        ("- \u{A9} x", 5, 5, "      |     ^"),
    ])
    func caretCountsCharactersAndLandsUnderThem(line: String, start: Int, end: Int, caretLine: String) {
        let lines = excerpt(Substring(line), from: start, to: end)
        #expect(lines == ["    1 | " + line, caretLine])
    }

    @Test func multiLineRangeUnderlinesToTheEndOfTheFirstLine() {
        #expect(excerpt("## Touchpoint: Cart", from: 4, to: 5, endLine: 2)[1] == "      |    ^~~~~~~~~~~~~~~~")
    }

    @Test func rangeEndPastTheLineIsClampedAndAStartPastItStillShows() {
        #expect(excerpt("- a: b", from: 6, to: 40)[1] == "      |      ^")
        #expect(excerpt("- a:", from: 5)[1] == "      |     ^")
        #expect(excerpt("", from: 1) == ["    1 |", "      | ^"])
    }

    @Test func endBeforeStartShowsOneCaret() {
        #expect(excerpt("- a: b", from: 4, to: 2)[1] == "      |    ^")
    }

    @Test func lineTerminatorsLeftByTheCallerAreDropped() {
        #expect(excerpt("- a: b\r", from: 3) == ["    1 | - a: b", "      |   ^"])
        #expect(excerpt("- a: b\r\n", from: 3) == ["    1 | - a: b", "      |   ^"])
    }

    @Test func columnZeroShowsTheLineWithoutCaret() {
        #expect(excerpt("- a: b", from: 0) == ["    1 | - a: b"])
    }

    @Test func gutterGrowsForLongLineNumbers() {
        let lines = Array(repeating: Substring("x"), count: 123_456)
        let diagnostic = F.diagnostic(from: (123_456, 1))
        #expect(F.formatter(lines: lines).excerpt(diagnostic) == ["123456 | x", "       | ^"])
    }

    @Test(arguments: [
        ("maps/x.md", 0, 0),   // a `file` error with no position
        ("maps/x.md", 3, 1),   // past the last line
        ("maps/x.md", -1, 1),
        ("maps/unreadable.md", 1, 1),  // the caller has no text for this file
    ])
    func noExcerptWithoutTheLine(file: String, line: Int, column: Int) {
        let diagnostic = F.diagnostic(.file, file: file, from: (line, column), message: "cannot read")
        let formatter = F.formatter(lines: ["one", "two"])
        #expect(formatter.excerpt(diagnostic).isEmpty)
        #expect(formatter.format([diagnostic], documentsRead: 0) == """
            \(file):\(line):\(column): error: cannot read [file]
            1 error, 0 warnings in 0 files

            """)
    }
}
