import Testing
@testable import JourneyCore

@Suite struct GitHubDiagnosticFormatterTests {
    typealias F = DiagnosticFixtures

    @Test func contractShape() {
        let warning = F.diagnostic(.stageEmpty, file: "maps/z.md", from: (7, 1), message: "Stage 'Buy' is empty")
        #expect(GitHubDiagnosticFormatter().format([F.cartUnknownKey, warning]) == """
            ::error file=maps/cart.md,line=14,col=3,title=unknown-key::\(F.cartMessage)
            ::warning file=maps/z.md,line=7,col=1,title=stage-empty::Stage 'Buy' is empty

            """)
    }

    @Test func emptyIsNothing() {
        #expect(GitHubDiagnosticFormatter().format([]) == "")
    }

    @Test(arguments: [
        ("100% sure", "100%25 sure"),
        ("%0A stays literal", "%250A stays literal"),
        ("two\nlines\r\nhere", "two%0Alines%0D%0Ahere"),
        ("a, b: c :: d", "a, b: c :: d"),
    ])
    func messageEscaping(message: String, expected: String) {
        #expect(GitHubDiagnosticFormatter.escapeData(message) == expected)
    }

    @Test(arguments: [
        ("maps/a,b.md", "maps/a%2Cb.md"),
        ("C:/maps/x.md", "C%3A/maps/x.md"),
        ("maps/100%.md", "maps/100%25.md"),
        ("maps/odd\nname\r.md", "maps/odd%0Aname%0D.md"),
        ("maps/::,%.md", "maps/%3A%3A%2C%25.md"),
    ])
    func fileEscaping(file: String, expected: String) {
        #expect(GitHubDiagnosticFormatter.escapeProperty(file) == expected)
    }

    /// Escaping in a whole command, where there are no control characters left to escape.
    @Test func commandEscapesMessageAndFile() {
        let diagnostic = F.diagnostic(.badValue, file: "maps/::,%.md", from: (2, 4), message: "100% sure, a: b")
        #expect(GitHubDiagnosticFormatter().command(diagnostic)
            == "::error file=maps/%3A%3A%2C%25.md,line=2,col=4,title=bad-value::100%25 sure, a: b")
    }

    /// Control characters from map text never reach the runner's log: they are replaced
    /// by U+FFFD as in the text format (CR LF is one character), tabs kept.
    @Test(arguments: [
        ("bell\u{7} and escape \u{1B}[2J", "bell\u{FFFD} and escape \u{FFFD}[2J"),
        ("two\nlines\r\nhere\rend", "two\u{FFFD}lines\u{FFFD}here\u{FFFD}end"),
        ("NUL \u{0} DEL \u{7F} C1 \u{9B}31m", "NUL \u{FFFD} DEL \u{FFFD} C1 \u{FFFD}31m"),
        ("tab\tkept, 100%\u{1B}", "tab\tkept, 100%25\u{FFFD}"),
    ])
    func controlCharactersAreReplaced(message: String, expected: String) {
        let diagnostic = F.diagnostic(.badValue, file: "maps/\u{1B}]0;title\u{7}\n.md", from: (1, 1), message: message)
        #expect(GitHubDiagnosticFormatter().command(diagnostic)
            == "::error file=maps/\u{FFFD}]0;title\u{FFFD}\u{FFFD}.md,line=1,col=1,title=bad-value::" + expected)
    }

    @Test func noPositionLeavesLineAndColumnOut() {
        let unreadable = F.diagnostic(.file, file: "maps/locked.md", from: (0, 0), message: "cannot read the file")
        let lineOnly = F.diagnostic(.file, file: "maps/x.md", from: (3, 0), message: "m")
        #expect(GitHubDiagnosticFormatter().command(unreadable)
            == "::error file=maps/locked.md,title=file::cannot read the file")
        #expect(GitHubDiagnosticFormatter().command(lineOnly) == "::error file=maps/x.md,line=3,title=file::m")
    }
}
