/// The decoded text of one map file, split into lines for slicing by position.
///
/// Lines are kept as `Substring`s of one `String` so that slicing a property value
/// out of the source costs no copy of the file.
public struct SourceText: Sendable {
    public let text: String
    /// Lines without their terminators (`\n`, `\r\n`).
    public let lines: [Substring]
    /// Per line: true when it is pure ASCII, so character columns equal byte offsets
    /// and slicing can skip grapheme breaking (the common case, and the hot path).
    public let asciiLines: [Bool]

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        // Scan raw bytes once: line ends and whether each line is ASCII. Index arithmetic
        // on a native string's UTF-8 view is O(1), so the substrings cost no rescans.
        var bounds: [(start: Int, end: Int, ascii: Bool)] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bounds.reserveCapacity(bytes.count / 24 + 1)
            var start = 0
            var high: UInt8 = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte == 0x0A {
                    let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
                    bounds.append((start, end, high < 0x80))
                    high = 0
                    start = i + 1
                } else {
                    high |= byte
                }
            }
            if start < bytes.count { bounds.append((start, bytes.count, high < 0x80)) }
        }
        let utf8 = text.utf8
        let base = utf8.startIndex
        lines = bounds.map { text[utf8.index(base, offsetBy: $0.start)..<utf8.index(base, offsetBy: $0.end)] }
        asciiLines = bounds.map(\.ascii)
    }

    public func isASCII(line n: Int) -> Bool {
        n >= 1 && n <= asciiLines.count ? asciiLines[n - 1] : true
    }

    /// The number of characters of line `n`.
    public func length(ofLine n: Int) -> Int {
        isASCII(line: n) ? line(n).utf8.count : line(n).count
    }

    /// Line `n` (1-based), or an empty substring past the end.
    public func line(_ n: Int) -> Substring {
        n >= 1 && n <= lines.count ? lines[n - 1] : Substring()
    }

    /// The text of line `n` from character column `column` (1-based) to its end.
    public func rest(ofLine n: Int, from column: Int) -> Substring {
        let l = line(n)
        if isASCII(line: n) {
            let offset = min(max(column - 1, 0), l.utf8.count)
            return l[l.utf8.index(l.startIndex, offsetBy: offset)...]
        }
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
