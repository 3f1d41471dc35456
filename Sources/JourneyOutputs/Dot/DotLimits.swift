import JourneyCore

/// Graphviz's limit on the length of a DOT string, and how the writer stays under it.
///
/// Graphviz 2.42's DOT lexer reads a quoted string or an HTML-like label piece by piece
/// (the text between backslashes and quotes, or between tags) into a buffer of 16 KiB: a
/// piece of 16384 bytes or more is a syntax error ("longer than 16384?"). Map text has no
/// length limit, and escaping makes it longer (`&` becomes the five bytes `&amp;`). So
/// every map text is cut where it enters the DOT text, to a budget of escaped bytes: with
/// an ellipsis, between two Unicode scalars so the UTF-8 stays whole. The budgets keep
/// whole strings under the limit, which keeps every piece under it. The budgets leave room for everything else in one string: a
/// touchpoint's label holds its title (wrapped, which adds `<BR/>`s), its channels and
/// its emotion, each within `labelText`. The page keeps the full text; the diagram is
/// a picture, where a few thousand characters are already more than anyone reads.
///
/// Ids (`DotEscaping.identifier`) cannot be cut like text without two of them becoming
/// one, so a long one keeps its first `identifierBytes` bytes and gets a checksum of the
/// whole. A link to a touchpoint whose id is that long goes to the page, without the
/// anchor (`DiagramOptions.link`).
public enum DotLimits {
    /// The longest quoted or HTML string Graphviz reads, delimiters included.
    public static let stringBytes = 16_383
    /// Escaped bytes of one map text in a label (before wrapping).
    static let labelText = 2_000
    /// Escaped bytes of a tooltip, quotes excluded.
    static let tooltip = 8_000
    /// Bytes of an identifier before it is shortened with a checksum.
    static let identifierBytes = 1_000

    static let ellipsis = "\u{2026}"

    /// `text` cut so that its escaped form takes at most `budget` bytes, the ellipsis
    /// included; `cost` is what one scalar becomes when escaped. The text itself when it
    /// fits.
    static func cut(_ text: String, budget: Int, cost: (Unicode.Scalar) -> Int) -> String {
        // No scalar escapes to more than six bytes per UTF-8 byte: short texts fit unread.
        if text.utf8.count * 6 <= budget { return text }
        var total = 0
        var end: String.UnicodeScalarView.Index?
        let room = budget - ellipsis.utf8.count
        for index in text.unicodeScalars.indices {
            total += cost(text.unicodeScalars[index])
            if end == nil, total > room { end = index }
            if total > budget { break }
        }
        guard total > budget, let end else { return text }
        return String(text.unicodeScalars[..<end]) + ellipsis
    }

    /// The length in bytes of the longest quoted or HTML string in `dot`, delimiters
    /// included: what must stay at most `stringBytes`. For tests and the fuzz harness.
    public static func longestString(in dot: String) -> Int {
        let bytes = Array(dot.utf8)
        var longest = 0
        var i = 0
        while i < bytes.count {
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "<"):
                var depth = 0
                repeat {
                    if bytes[i] == UInt8(ascii: "<") { depth += 1 }
                    if bytes[i] == UInt8(ascii: ">") { depth -= 1 }
                    i += 1
                } while depth > 0 && i < bytes.count
                i -= 1
            default:
                i += 1
                continue
            }
            longest = max(longest, min(i, bytes.count - 1) - start + 1)
            i += 1
        }
        return longest
    }
}
