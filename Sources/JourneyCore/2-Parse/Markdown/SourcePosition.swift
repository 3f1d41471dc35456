/// A place in a map file: 1-based line and 1-based *character* column.
///
/// cmark and libyaml report byte or scalar columns; the bridges convert them so that
/// a column always counts what an author sees in an editor (grapheme clusters).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A span of source text, `end` inclusive of its last character.
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range covering `length` characters on one line.
    public init(line: Int, column: Int, length: Int) {
        start = SourcePosition(line: line, column: column)
        end = SourcePosition(line: line, column: column + max(length, 1) - 1)
    }
}
