import CMarkBridge
import JourneyCore
import Testing

@Suite struct CMarkParserTests {
    let parser = CMarkParser()

    @Test func kindsAndRangesOfASmallDocument() {
        let source = """
            # Title

            ## Stage: One

            - goal: win
              - nested
            - pain: x

            Para text
            continues

            ```swift
            let x = 1
            ```

            > quote

            ***

            1. first
                indented

            <div>hi</div>
            """
        let expected = """
            heading(1) 1:1-1:7 "Title"
            heading(2) 3:1-3:13 "Stage: One"
            bulletList 5:1-7:9
              item 5:1-6:10
                paragraph 5:3-5:11
                bulletList 6:3-6:10
                  item 6:3-6:10
                    paragraph 6:5-6:10
              item 7:1-7:9
                paragraph 7:3-7:9
            paragraph 9:1-10:9
            codeBlock 12:1-14:3
            blockQuote 16:1-16:7
              paragraph 16:3-16:7
            thematicBreak 18:1-18:3
            orderedList 20:1-21:12
              item 20:1-21:12
                paragraph 20:4-21:12
            htmlBlock 23:1-23:13
            """
        #expect(outline(parser.parseBlocks(source)) == expected)
    }

    @Test func headingTextIsThePlainTextOfItsInlines() throws {
        let source = """
            ## Touchpoint: *Cart* and **`checkout()`** {#cart}
            ### Step: [Pay](https://x.example) ![logo](l.png) <b>now</b>
            # A\\
            """
        let texts = parser.parseBlocks(source).map(\.text)
        #expect(texts == [
            "Touchpoint: Cart and checkout() {#cart}",
            "Step: Pay logo <b>now</b>",
            "A\\",
        ])
    }

    @Test func setextHeadingEndsOnItsUnderline() {
        let blocks = parser.parseBlocks("Title\nof two\n===\n\npara\n")
        #expect(outline(blocks) == """
            heading(1) 1:1-3:3 "Title of two"
            paragraph 5:1-5:4
            """)
    }

    @Test func looseListItemsEndOnTheirLastNonBlankLine() {
        // cmark reports these ends as column 0 of a later, blank line.
        let blocks = parser.parseBlocks("    code\n\n\n- a\n\n\n- bb\n\n\n")
        #expect(outline(blocks) == """
            codeBlock 1:5-1:8
            bulletList 4:1-7:4
              item 4:1-4:3
                paragraph 4:3-4:3
              item 7:1-7:4
                paragraph 7:3-7:4
            """)
    }

    @Test func crlfAndLoneCRCountAsLineEnds() {
        let crlf = parser.parseBlocks("# A\r\n\r\n- k: v\r\n- é: ü\r\n\r\nTitle\r\n---\r\n")
        #expect(outline(crlf) == """
            heading(1) 1:1-1:3 "A"
            bulletList 3:1-4:6
              item 3:1-3:6
                paragraph 3:3-3:6
              item 4:1-4:6
                paragraph 4:3-4:6
            heading(2) 6:1-7:3 "Title"
            """)
        let lone = parser.parseBlocks("a\rb\r\r# h\r- x")
        #expect(outline(lone) == """
            paragraph 1:1-2:1
            heading(1) 4:1-4:3 "h"
            bulletList 5:1-5:3
              item 5:1-5:3
                paragraph 5:3-5:3
            """)
    }

    @Test func tabsCountAsOneColumn() {
        let blocks = parser.parseBlocks("-\tkey: v\n>\tq\n")
        #expect(outline(blocks) == """
            bulletList 1:1-1:8
              item 1:1-1:8
                paragraph 1:3-1:8
            blockQuote 2:1-2:3
              paragraph 2:3-2:3
            """)
    }

    @Test(arguments: ["", "\n\n", "   \n\t\n", "\u{FEFF}"])
    func blankInputHasNoBlocks(source: String) {
        #expect(parser.parseBlocks(source).isEmpty)
    }

    @Test func emptyItemsAreItemsWithoutChildren() {
        let blocks = parser.parseBlocks("-\n- \n-   x\n")
        #expect(outline(blocks) == """
            bulletList 1:1-3:5
              item 1:1-1:1
              item 2:1-2:2
              item 3:1-3:5
                paragraph 3:5-3:5
            """)
    }
}
