import Testing
@testable import JourneyCore

@Suite struct TextDiagnosticFormatterTests {
    typealias F = DiagnosticFixtures

    @Test func contractExample() {
        let formatter = TextDiagnosticFormatter(colour: false) { $0 == "maps/cart.md" ? F.cartLines : nil }
        let others = [
            F.diagnostic(.badValue, file: "maps/other.md", from: (3, 9), message: "'lots' is not a number"),
            F.diagnostic(.stageEmpty, file: "maps/other.md", from: (7, 1), message: "Stage 'Buy' is empty"),
        ]
        let output = formatter.format([F.cartUnknownKey] + others, documentsRead: 3)
        #expect(output == """
            maps/cart.md:14:3: error: unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'? [unknown-key]
               14 | - chanel: web
                  |   ^~~~~~
            maps/other.md:3:9: error: 'lots' is not a number [bad-value]
            maps/other.md:7:1: warning: Stage 'Buy' is empty [stage-empty]
            2 errors, 1 warning in 3 files

            """)
    }

    @Test func sourceTextConvenienceFindsLinesByPath() {
        let text = SourceText(String(repeating: "\r\n", count: 13) + "- chanel: web\r\n")
        let formatter = TextDiagnosticFormatter(colour: false, sources: ["maps/cart.md": text])
        #expect(formatter.format([F.cartUnknownKey], documentsRead: 1) == """
            maps/cart.md:14:3: error: \(F.cartMessage) [unknown-key]
               14 | - chanel: web
                  |   ^~~~~~
            1 error, 0 warnings in 1 file

            """)
    }

    @Test(arguments: [
        (0, 0, 0, "0 errors, 0 warnings in 0 files"),
        (1, 0, 1, "1 error, 0 warnings in 1 file"),
        (2, 1, 3, "2 errors, 1 warning in 3 files"),
        (0, 2, 2, "0 errors, 2 warnings in 2 files"),
        (11, 21, 101, "11 errors, 21 warnings in 101 files"),
    ])
    func summaryCountsWithPlurals(errors: Int, warnings: Int, files: Int, expected: String) {
        let diagnostics = Array(repeating: F.diagnostic(.badValue, from: (1, 1)), count: errors)
            + Array(repeating: F.diagnostic(.stageEmpty, from: (1, 1)), count: warnings)
        #expect(TextDiagnosticFormatter.summary(diagnostics, documentsRead: files) == expected)
        let output = TextDiagnosticFormatter(colour: false) { _ in nil }.format(diagnostics, documentsRead: files)
        #expect(output.hasSuffix("\n" + expected + "\n") || output == expected + "\n")
    }

    @Test func severityFollowsTheDiagnosticNotTheCheck() {
        var strict = F.diagnostic(.stageEmpty, from: (2, 1), message: "Stage 'Buy' is empty")
        strict.severity = .error
        let formatter = TextDiagnosticFormatter(colour: false) { _ in nil }
        #expect(formatter.headline(strict) == "maps/x.md:2:1: error: Stage 'Buy' is empty [stage-empty]")
        #expect(formatter.format([strict], documentsRead: 1).hasSuffix("1 error, 0 warnings in 1 file\n"))
    }

    @Test func colourOffNeverWritesEscape() {
        let hostile = F.diagnostic(.badValue, file: "maps/\u{1B}]0;pwned\u{07}.md", from: (1, 3), to: (1, 8),
                                   message: "bad \u{1B}[2J value\nnext line \u{9B}")
        let formatter = F.formatter(file: hostile.file, lines: ["- \u{1B}[31mred: web"])
        let output = formatter.format([hostile, F.diagnostic(.stageEmpty, from: (1, 1))], documentsRead: 2)
        #expect(!output.utf8.contains(0x1B))
        #expect(!output.unicodeScalars.contains("\u{9B}"))
        #expect(output.contains("bad \u{FFFD}[2J value\u{FFFD}next line \u{FFFD}"))
        // One replacement character per control keeps the caret under the same column.
        #expect(output.contains("    1 | - \u{FFFD}[31mred: web\n      |   ^~~~~~\n"))
    }

    @Test func colourOnStylesEachPart() {
        let formatter = TextDiagnosticFormatter(colour: true) { $0 == "maps/cart.md" ? F.cartLines : nil }
        let warning = F.diagnostic(.stageEmpty, file: "maps/z.md", from: (7, 1), message: "empty")
        let output = formatter.format([F.cartUnknownKey, warning], documentsRead: 3)
        #expect(output == """
            \u{1B}[1mmaps/cart.md:14:3:\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m: \(F.cartMessage) [unknown-key]
               14 | - chanel: web
                  |   \u{1B}[32m^~~~~~\u{1B}[0m
            \u{1B}[1mmaps/z.md:7:1:\u{1B}[0m \u{1B}[1;35mwarning\u{1B}[0m: empty [stage-empty]
            \u{1B}[1m1 error, 1 warning in 3 files\u{1B}[0m

            """)
    }
}
