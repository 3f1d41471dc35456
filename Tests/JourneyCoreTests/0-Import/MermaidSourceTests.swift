import Testing
@testable import JourneyCore

/// Scores read as JavaScript's `Number()` reads them, and the Mermaid blocks of Markdown.
@Suite struct MermaidSourceTests {
    @Test(arguments: [
        ("4", 4.0), (" 4 ", 4), ("+4", 4), ("-1", -1), ("4.5", 4.5), ("4.", 4), (".5e1", 5), ("5e0", 5), ("1E+0", 1),
        ("0x4", 4), ("0b101", 5), ("0o5", 5), ("\u{A0}3\t", 3),
    ])
    func numbersJavaScriptReads(text: String, value: Double) {
        #expect(MermaidNumber.read(Substring(text)) == value)
    }

    @Test(arguments: ["", "  ", "four", "4,5", "4 5", "1_000", "0x", "-0x4", "nan", "inf", "4e", ".", "0x1.8p1", "٤"])
    func textsThatAreNoNumber(text: String) {
        #expect(MermaidNumber.read(Substring(text)) == nil)
    }

    @Test func infinityIsANumber() {
        #expect(MermaidNumber.read("-Infinity") == -.infinity)
    }

    @Test func mermaidBlocksOfMarkdown() {
        let text = """
            # Docs

            ```mermaid
            journey
              title One
            ```

            ````markdown
            ```mermaid
            journey
              title Shown as an example, not a diagram
            ```
            ````

               ~~~ Mermaid {.wide}
            journey
              title Two
               ~~~

            ```js
            journey
            ```

            ```mermaid
            journey
              title Three, never closed
            """
        let chunks = MermaidSource.chunks(in: text, markdown: true)
        #expect(chunks.map(\.firstLine) == [4, 16, 25])
        #expect(chunks.map { $0.lines.joined(separator: "|") } == [
            "journey|  title One", "journey|  title Two", "journey|  title Three, never closed",
        ])
    }

    @Test func crlfLineEnds() {
        let chunks = MermaidSource.chunks(in: "# A\r\n\r\n```mermaid\r\njourney\r\n  title T\r\n```\r\n", markdown: true)
        #expect(chunks.count == 1)
        #expect(chunks.first?.lines == ["journey", "  title T"])
        #expect(chunks.first?.firstLine == 4)
    }

    @Test func markdownFilesByExtension() {
        #expect(MermaidSource.isMarkdown("docs/README.md"))
        #expect(MermaidSource.isMarkdown("a.MARKDOWN"))
        #expect(!MermaidSource.isMarkdown("journey.mmd"))
    }
}
