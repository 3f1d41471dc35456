@testable import CMarkBridge
import JourneyCore
import Testing

@Suite struct ColumnConverterTests {
    /// Byte column -> character column for every byte of `line` 2, computed by a fresh
    /// converter each time.
    private func freshColumns(_ source: String, line: Int, bytes: ClosedRange<Int>) -> [Int] {
        bytes.map { byte in
            var converter = Self.converter(for: source)
            return converter.start(line: line, byteColumn: byte).column
        }
    }

    private static func converter(for source: String) -> ColumnConverter {
        var copy = source
        return copy.withUTF8 { ColumnConverter(source: source, index: LineIndex(utf8: $0)) }
    }

    @Test func everyByteMapsToTheCharacterHoldingIt() {
        // "a" 1 byte, "é" 2, "👍🏽" 8 (one character), "x" 1.
        let source = "first\naé👍🏽x\n"
        #expect(freshColumns(source, line: 2, bytes: 1...13) == [1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5])
    }

    @Test func lookupsInAnyOrderAgreeWithFreshOnes() {
        let source = "é\nab😀c😀d\nü"
        let expected = freshColumns(source, line: 2, bytes: 1...12)
        var converter = Self.converter(for: source)
        for byte in [12, 3, 1, 7, 7, 12, 2, 11, 4] {
            let column = converter.start(line: 2, byteColumn: byte).column
            #expect(column == expected[byte - 1], "byte \(byte)")
        }
        // Switching lines in between must not reuse the walk.
        #expect(converter.start(line: 1, byteColumn: 3).column == 2)
        #expect(converter.start(line: 2, byteColumn: 8).column == expected[7])
    }

    @Test func endsAtColumnZeroMoveToTheLastNonBlankLine() {
        var converter = Self.converter(for: "- ä😀\n\n  \t\nnext")
        let start = SourcePosition(line: 1, column: 1)
        #expect(converter.end(line: 4, byteColumn: 0, start: start) == SourcePosition(line: 1, column: 4))
        #expect(converter.end(line: 1, byteColumn: 99, start: start) == SourcePosition(line: 1, column: 4))
        #expect(converter.end(line: 99, byteColumn: 2, start: start) == SourcePosition(line: 4, column: 2))
    }
}
