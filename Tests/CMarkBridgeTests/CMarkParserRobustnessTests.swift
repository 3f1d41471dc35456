import CMarkBridge
import JourneyCore
import Testing

/// Odd input must not crash and must give the right blocks. How long it takes is
/// measured by bench/odd_input_bench.py.
@Suite struct CMarkParserRobustnessTests {
    let parser = CMarkParser()

    @Test func tenThousandHeadings() {
        let source = (1...10_000).map { "## Touchpoint: Step \($0) é {#s\($0)}\n" }.joined()
        let blocks = parser.parseBlocks(source)
        #expect(blocks.count == 10_000)
        #expect(blocks.last?.text == "Touchpoint: Step 10000 é {#s10000}")
        #expect(blocks.last?.range.end == SourcePosition(line: 10_000, column: 37))
    }

    @Test func fiveHundredNestedQuotes() {
        let source = String(repeating: "> ", count: 500) + "déjà vu\n"
        let blocks = parser.parseBlocks(source)
        var depth = 0
        var level = blocks
        while let block = level.first, block.kind == .blockQuote {
            depth += 1
            level = block.children
        }
        #expect(depth == 500)
        #expect(level.first?.kind == .paragraph)
        #expect(level.first?.range == SourceRange(
            start: SourcePosition(line: 1, column: 1001), end: SourcePosition(line: 1, column: 1007)))
    }

    @Test func fiveHundredNestedLists() {
        // `+` because `- - -` and `* * *` are thematic breaks.
        let source = String(repeating: "+ ", count: 500) + "x\n"
        var depth = 0
        var level = parser.parseBlocks(source)
        while let list = level.first, list.kind == .bulletList, let item = list.children.first {
            depth += 1
            level = item.children
        }
        #expect(depth == 500)
    }

    @Test func fiveMegabytesOfMixedMarkdown() {
        let chunk = """
            ## Touchpoint: Checkout 🛒 {#c}

            - emotion: -1 frustrated
            - pain: Versandkosten erst an der Kasse
              - نص عربي
            > quoted *emphasis* and `code`

            Paragraph with a [link](https://example.com) and more text.\r

            """
        let source = String(repeating: chunk, count: 5_000_000 / chunk.utf8.count + 1)
        let blocks = parser.parseBlocks(source)
        #expect(blocks.count == 4 * (5_000_000 / chunk.utf8.count + 1))
    }

    @Test func fiveMegabytesOnOneNonASCIILine() {
        let source = "- " + String(repeating: "é😀", count: 5_000_000 / 6)
        let blocks = parser.parseBlocks(source)
        #expect(blocks.first?.range.end == SourcePosition(line: 1, column: 2 + 2 * (5_000_000 / 6)))
    }

    @Test func concurrentParsesAgreeWithSerialOnes() async {
        let sources = (0..<16).map { n in
            (0..<200).map { "## Stage: Ü \(n)-\($0)\n\n- k: v 😀\n\n" }.joined()
        }
        let serial = sources.map { parser.parseBlocks($0) }
        let shared = parser
        let concurrent = await withTaskGroup(of: (Int, [MarkdownBlock]).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, shared.parseBlocks(source)) }
            }
            var results = [[MarkdownBlock]](repeating: [], count: sources.count)
            for await (index, blocks) in group { results[index] = blocks }
            return results
        }
        #expect(concurrent == serial)
    }

    @Test(arguments: [
        "\0", "```", "> ", "- ", "1.", "#", "<!--", "[x]: <", "\r", "\r\n\r\n", "\t\t\tx",
        "***\n___\n---", "| a | b |\n|---|---|", "x\n===\n===", "\u{0301}\n- \u{200D}",
    ])
    func fragmentsDoNotCrash(source: String) {
        for block in parser.parseBlocks(source) {
            #expect(block.range.start <= block.range.end)
            #expect(block.range.start.line >= 1 && block.range.start.column >= 1)
        }
    }
}
