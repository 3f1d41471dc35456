/// The decoded text of one map file, split into lines for slicing by position.
///
/// Lines are kept as `Substring`s of one `String` so that slicing a property value
/// out of the source costs no copy of the file.
public struct SourceText: Sendable {
    public let text: String
    /// Lines without their terminators (`\n`, `\r\n`).
    public let lines: [Substring]

    public init(_ text: String) {
        self.text = text
        var lines: [Substring] = []
        lines.reserveCapacity(text.utf8.count / 24 + 1)
        var start = text.startIndex
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "\n") {
                var end = i
                if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
                    end = utf8.index(before: end)
                }
                lines.append(text[start..<end])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != text.endIndex { lines.append(text[start...]) }
        self.lines = lines
    }

    /// Line `n` (1-based), or an empty substring past the end.
    public func line(_ n: Int) -> Substring {
        n >= 1 && n <= lines.count ? lines[n - 1] : Substring()
    }

    /// The text of line `n` from character column `column` (1-based) to its end.
    public func rest(ofLine n: Int, from column: Int) -> Substring {
        let l = line(n)
        guard let start = l.index(l.startIndex, offsetBy: max(column - 1, 0), limitedBy: l.endIndex) else {
            return Substring()
        }
        return l[start...]
    }

    /// Decodes file bytes, or says why they are not a map file's text.
    ///
    /// Returns the 1-based line and column of the first bad byte so the `file`
    /// diagnostic can point at it.
    public static func decode(_ bytes: [UInt8]) -> Result<SourceText, DecodeError> {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes)
            return .failure(DecodeError(line: line, column: column,
                                        message: "the file contains a NUL byte; map files must be UTF-8 text"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            let (line, column) = position(ofByte: bad, in: bytes)
            return .failure(DecodeError(line: line, column: column,
                                        message: "the file is not valid UTF-8; save it with UTF-8 encoding"))
        }
        // A UTF-8 byte order mark is not part of the text an author wrote.
        if text.unicodeScalars.first == "\u{FEFF}" {
            return .success(SourceText(String(text.unicodeScalars.dropFirst())))
        }
        return .success(SourceText(text))
    }

    /// Why bytes could not be decoded, and where.
    public struct DecodeError: Error, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Count characters before the byte, decoding leniently.
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            let slice = Array(bytes[i..<(i + length)])
            if String(validating: slice, as: UTF8.self) == nil { return i }
            i += length
        }
        return max(bytes.count - 1, 0)
    }
}
