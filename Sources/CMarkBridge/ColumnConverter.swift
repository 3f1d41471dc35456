import JourneyCore

/// Turns cmark's positions (1-based UTF-8 byte columns, sometimes column 0 or past the
/// line) into `SourcePosition`s in 1-based character (grapheme cluster) columns.
///
/// ASCII lines need no work: bytes and characters coincide. On other lines the
/// converter walks grapheme clusters from the line start, and remembers where it
/// stopped: lookups mostly move forward on one line (nested blocks start on one line,
/// a parent ends where its last child ends), so even one huge line with many blocks
/// is walked about once.
struct ColumnConverter {
    let index: LineIndex
    private let source: String
    /// Where the last walk stopped: a character boundary on `walkLine`.
    private var walkLine = 0
    private var walkIndex: String.Index
    private var walkOffset = 0
    private var walkColumn = 1

    init(source: String, index: LineIndex) {
        self.source = source
        self.index = index
        walkIndex = source.startIndex
    }

    /// The position of a block's first character.
    mutating func start(line rawLine: Int, byteColumn: Int) -> SourcePosition {
        let line = index.clampedLine(rawLine)
        let info = index.line(line)
        let byte = min(max(byteColumn, 1), info.byteCount + 1)
        return SourcePosition(line: line, column: characterColumn(line: line, info: info, byteColumn: byte))
    }

    /// The position of a block's last character (inclusive), never before `start`.
    ///
    /// cmark reports column 0 on the line after a block that ends with its line (setext
    /// headings, indented code, loose list items); that becomes the end of the last
    /// non-blank line before it. A column past the line's content is clamped to it.
    mutating func end(line rawLine: Int, byteColumn: Int, start: SourcePosition) -> SourcePosition {
        var line = index.clampedLine(rawLine)
        var byte = byteColumn
        if byte <= 0 {
            line = max(line - 1, start.line)
            while line > start.line, index.line(line).isBlank {
                line -= 1
            }
            byte = Int.max
        }
        let info = index.line(line)
        byte = min(max(byte, 1), max(info.byteCount, 1))
        let end = SourcePosition(line: line, column: characterColumn(line: line, info: info, byteColumn: byte))
        return max(end, start)
    }

    private mutating func characterColumn(line: Int, info: LineIndex.Line, byteColumn: Int) -> Int {
        guard info.hasNonASCII else { return byteColumn }
        let target = info.start + byteColumn - 1
        if walkLine != line || walkOffset > target {
            walkLine = line
            walkOffset = info.start
            walkIndex = source.utf8.index(source.utf8.startIndex, offsetBy: info.start)
            walkColumn = 1
        }
        // Cluster boundaries inside a line are the same in the whole string: a line
        // terminator always breaks clusters on both sides.
        while walkOffset < info.end {
            let next = source.index(after: walkIndex)
            let nextOffset = min(source.utf8.distance(from: source.utf8.startIndex, to: next), info.end)
            if nextOffset > target { break }
            walkIndex = next
            walkOffset = nextOffset
            walkColumn += 1
        }
        // Past the content (a start just after it): one column per byte.
        return walkColumn + max(0, target - max(walkOffset, info.end))
    }
}
