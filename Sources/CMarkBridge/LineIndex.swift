/// Where each line of a document starts in its UTF-8 bytes, computed once per parse,
/// so that cmark's byte columns become character columns cheaply.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, exactly as cmark counts them, and the
/// (possibly empty) text after the last terminator is a line too, because cmark can
/// report it as a block's end line. A leading UTF-8 byte order mark is not part of
/// line 1: cmark skips it before counting columns.
struct LineIndex {
    struct Line {
        /// Byte offset of the first byte of the line.
        var start: Int
        /// Byte offset just past the line's content (its terminator excluded).
        var end: Int
        /// The line has a byte >= 0x80, so byte and character columns may differ.
        var hasNonASCII: Bool
        /// The line holds only spaces and tabs (or nothing).
        var isBlank: Bool

        var byteCount: Int { end - start }
    }

    private(set) var lines: [Line]

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
        }
        var lines: [Line] = []
        lines.reserveCapacity(count / 32 + 1)
        var nonASCII = false
        var blank = true
        var offset = start
        while offset < count {
            let byte = bytes[offset]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Line(start: start, end: offset, hasNonASCII: nonASCII, isBlank: blank))
                if byte == 0x0D, offset + 1 < count, bytes[offset + 1] == 0x0A {
                    offset += 1
                }
                offset += 1
                start = offset
                nonASCII = false
                blank = true
                continue
            }
            if byte >= 0x80 { nonASCII = true }
            if byte != 0x20, byte != 0x09 { blank = false }
            offset += 1
        }
        lines.append(Line(start: start, end: count, hasNonASCII: nonASCII, isBlank: blank))
        self.lines = lines
    }

    var lineCount: Int { lines.count }

    /// `line` forced into `1...lineCount`.
    func clampedLine(_ line: Int) -> Int {
        min(max(line, 1), lines.count)
    }

    /// The line with 1-based number `line`, which must be in range.
    func line(_ line: Int) -> Line {
        lines[line - 1]
    }
}
