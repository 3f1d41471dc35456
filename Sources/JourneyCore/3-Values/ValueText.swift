/// A value's UTF-8 bytes, with what the parsers need to report character offsets.
///
/// The parsers scan bytes (no regexes, no Foundation): every byte they stop at is ASCII
/// or the start of a space, so byte ranges always fall on scalar boundaries. Offsets are
/// converted to characters only when an error or item position is reported.
struct ValueText {
    let string: String
    let bytes: [UInt8]
    /// Byte offsets equal character offsets: pure ASCII without CR (CR LF is one character).
    let isSimple: Bool

    init(_ string: String) {
        self.string = string
        bytes = Array(string.utf8)
        isSimple = !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    var all: Range<Int> { 0..<bytes.count }

    /// The character offset of byte offset `byte`.
    func charOffset(_ byte: Int) -> Int {
        if isSimple { return byte }
        let utf8 = string.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: byte)
        return string.distance(from: string.startIndex, to: index)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// An error pointing at the bytes `range`.
    func error(_ message: String, _ range: Range<Int>, fix: String? = nil) -> ValueError {
        let start = charOffset(range.lowerBound)
        let end = range.isEmpty ? start : charOffset(range.upperBound)
        return ValueError(message: message, offset: start, length: end - start, fix: fix)
    }

    // MARK: Spaces

    /// Byte length of the space starting at `i` (0 when none): ASCII spaces and tabs,
    /// no-break spaces (U+00A0, U+202F, common before `%` in French) and U+3000.
    func spaceLength(at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2: return i + 1 < end && bytes[i + 1] == 0xA0 ? 2 : 0
        case 0xE2: return i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xAF ? 3 : 0
        case 0xE3: return i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Byte length of the space that ends just before `i` (0 when none).
    func spaceLength(before i: Int, start: Int) -> Int {
        guard i > start else { return 0 }
        switch bytes[i - 1] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xA0: return i - 2 >= start && (bytes[i - 2] == 0xC2) ? 2 : 0
        case 0xAF: return i - 3 >= start && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 ? 3 : 0
        case 0x80: return i - 3 >= start && bytes[i - 3] == 0xE3 && bytes[i - 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    func skipSpaces(from i: Int, to end: Int) -> Int {
        var i = i
        while case let n = spaceLength(at: i, end: end), n > 0 { i += n }
        return i
    }

    /// The first space at or after `i`, or `end`.
    func nextSpace(from i: Int, to end: Int) -> Int {
        var i = i
        while i < end, spaceLength(at: i, end: end) == 0 { i += 1 }
        return i
    }

    /// `range` without leading and trailing spaces.
    func trim(_ range: Range<Int>) -> Range<Int> {
        let start = skipSpaces(from: range.lowerBound, to: range.upperBound)
        var end = range.upperBound
        while case let n = spaceLength(before: end, start: start), n > 0 { end -= n }
        return start..<end
    }

    /// The text of `range` with runs of spaces made one ASCII space, optionally lowercased.
    func collapsedText(_ range: Range<Int>, lowercased: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        var pendingSpace = false
        while i < range.upperBound {
            let n = spaceLength(at: i, end: range.upperBound)
            if n > 0 {
                pendingSpace = true
                i += n
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(lowercased ? ASCII.lower(bytes[i]) : bytes[i])
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        return lowercased && !isSimple ? text.lowercased() : text
    }

    // MARK: Bytes

    func isDigit(_ i: Int, end: Int) -> Bool {
        i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39
    }

    /// Whether the bytes at `i` spell `word`, ASCII case-insensitively.
    func matches(_ word: StaticString, at i: Int, end: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= end else { return false }
        let start = word.utf8Start
        for k in 0..<count where ASCII.lower(bytes[i + k]) != start[k] { return false }
        return true
    }
}

/// ASCII helpers shared by the value parsers, the slug and the suggestions.
enum ASCII {
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        let l = byte | 0x20
        return (l >= 0x61 && l <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// ASCII case-insensitive equality; other scalars must match exactly.
    static func equalsIgnoringCase(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { lower($0) == lower($1) }
    }
}
