import CMarkBridge
import JourneyCore
import Testing

/// cmark counts UTF-8 bytes; ranges must count characters as an editor shows them.
@Suite struct CMarkParserColumnTests {
    let parser = CMarkParser()

    @Test func headingWithAccentsEndsOnItsLastCharacter() throws {
        let source = "## Café: Ü\n"
        let heading = try #require(parser.parseBlocks(source).first)
        #expect(heading.range == SourceRange(
            start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 10)))
        #expect(slice(source, heading.range) == "## Café: Ü")
    }

    @Test func itemParagraphAfterEmojiAndCombiningMarks() throws {
        // 👨‍👩‍👧 is 5 scalars and 18 bytes but one character; "e\u{301}" is one character.
        let source = "# T\n\n- 😀 mood: ü\n- 👨‍👩‍👧 family: e\u{301}t\u{E9}\n  - 日本: 語\n"
        let list = try #require(parser.parseBlocks(source).last)
        let first = try #require(list.children.first?.children.first)
        #expect(first.range.start == SourcePosition(line: 3, column: 3))
        #expect(first.range.end == SourcePosition(line: 3, column: 11))
        #expect(slice(source, first.range) == "😀 mood: ü")
        let second = try #require(list.children.last)
        let paragraph = try #require(second.children.first)
        #expect(slice(source, paragraph.range) == "👨‍👩‍👧 family: e\u{301}t\u{E9}")
        #expect(paragraph.range.end.column == 15)
        let nested = try #require(second.children.last?.children.first?.children.first)
        #expect(nested.range == SourceRange(
            start: SourcePosition(line: 5, column: 5), end: SourcePosition(line: 5, column: 9)))
        #expect(second.range.end == SourcePosition(line: 5, column: 9))
    }

    @Test func rightToLeftTextCountsCharacters() throws {
        let source = "## مرحلة: الشراء\n\n> שלום עולם\n"
        let blocks = parser.parseBlocks(source)
        #expect(blocks.count == 2)
        #expect(slice(source, blocks[0].range) == "## مرحلة: الشراء")
        #expect(blocks[0].text == "مرحلة: الشراء")
        let quoted = try #require(blocks[1].children.first)
        #expect(slice(source, quoted.range) == "שלום עולם")
    }

    @Test func multilineParagraphEndsOnItsLastLineInCharacters() throws {
        let source = "Ünïcödé line\nand ÿ"
        let paragraph = try #require(parser.parseBlocks(source).first)
        #expect(paragraph.range == SourceRange(
            start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 2, column: 5)))
    }

    @Test func setextUnderlineAfterMultibyteTitle() throws {
        let heading = try #require(parser.parseBlocks("Ärger 😀\n=====\n").first)
        #expect(heading.range.start == SourcePosition(line: 1, column: 1))
        #expect(heading.range.end == SourcePosition(line: 2, column: 5))
    }

    @Test func looseItemEndingOnAMultibyteLine() throws {
        // The item's end comes back as column 0 of the blank line after it.
        let list = try #require(parser.parseBlocks("- ä\n- 😀😀\n\n\n# x\n").first)
        #expect(list.range.end == SourcePosition(line: 2, column: 4))
        #expect(list.children.last?.range.end == SourcePosition(line: 2, column: 4))
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let heading = try #require(parser.parseBlocks("\u{FEFF}# Ü\n").first)
        #expect(heading.range == SourceRange(
            start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 3)))
    }
}
