import JourneyCore

/// Writing map text into DOT so that no text can change the graph's structure.
///
/// Graphviz reads text in three places, each with its own rules, and the DOT writer
/// puts map text only through these functions:
/// - HTML-like labels `<...>` (`htmlText`): the DOT lexer ends the label at the `>`
///   that balances the first `<`, then an XML parser reads the markup. After that
///   Graphviz expands `\N`, `\G`, ... once, so a backslash is doubled.
/// - Quoted tooltips `"..."` (`tooltip`): the lexer ends the string at the first `"`
///   not preceded by a backslash; Graphviz then expands escapes twice for tooltips
///   (checked against Graphviz 2.43, the version the tool links), so one backslash of
///   the text is written as four.
/// - Everything that becomes an id, a name or a link (`identifier`, `urlComponent`) is
///   reduced to characters that mean nothing to any of these readers.
///
/// Control characters (newlines included) become spaces everywhere: a DOT string may
/// not continue over a backslash-newline, and XML (the HTML labels, the SVG) rejects
/// most of them outright, as it does U+FFFE and U+FFFF.
/// Other Unicode, bidi marks included, passes through as UTF-8: it cannot close a
/// string or a tag.
///
/// Long texts are cut and long ids shortened to stay within Graphviz's string limit
/// (`DotLimits`).
public enum DotEscaping {
    /// `text` as character data of an HTML-like label: `&`, `<`, `>` and `"` as entities,
    /// control characters as spaces, `\` doubled so that Graphviz shows it literally;
    /// cut to `DotLimits.labelText` escaped bytes.
    public static func htmlText(_ text: String) -> String {
        let text = labelCut(text)
        if isPlain(text) && !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += "\\\\"
            default:
                if isControl(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `text` cut, with an ellipsis, to what `htmlText` escapes to at most
    /// `DotLimits.labelText` bytes; for text that is escaped piece by piece (`wrapped`).
    static func labelCut(_ text: String) -> String {
        DotLimits.cut(text, budget: DotLimits.labelText) { scalar in
            switch scalar {
            case "&": return 5
            case "<", ">": return 4
            case "\"": return 6
            case "\\": return 2
            default: return isControl(scalar) ? 1 : UTF8.width(scalar)
            }
        }
    }

    /// `text` as a quoted DOT string for the `tooltip` attribute, quotes included; cut to
    /// `DotLimits.tooltip` escaped bytes.
    public static func tooltip(_ text: String) -> String {
        let text = DotLimits.cut(text, budget: DotLimits.tooltip) { scalar in
            switch scalar {
            case "\"": return 2
            case "\\": return 4
            default: return isControl(scalar) ? 1 : UTF8.width(scalar)
            }
        }
        if isPlain(text) { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\\\\\"
            default:
                if isControl(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// `text` reduced to `A-Z a-z 0-9 - . ~`, every other UTF-8 byte as `_XX` (hex), for
    /// node names, graph names and `id` attributes. Injective, so distinct texts stay
    /// distinct; slugs (every map id) come out unchanged. Beyond
    /// `DotLimits.identifierBytes` it keeps that many bytes and appends `_h` and the
    /// XXH64 of the text in lowercase hex: `_` is otherwise always followed by uppercase
    /// hex, so a shortened identifier never equals a whole one.
    public static func identifier(_ text: String) -> String {
        let whole = encode(text, escape: UInt8(ascii: "_")) { isUnreserved($0) && $0 != 0x5F }
        guard whole.utf8.count > DotLimits.identifierBytes else { return whole }
        return String(decoding: whole.utf8.prefix(DotLimits.identifierBytes), as: UTF8.self) + "_h" + XXH64.hex(XXH64.hash(text))
    }

    /// Joins the parts of an `id` attribute made of identifiers (`flow-edge-ad__0`).
    /// An `identifier` never holds `__` (each `_` it writes is followed by two hex
    /// digits), so ids joined with it stay distinct; `-`, which map ids do hold, would
    /// not (`a--b` + `c` and `a` + `b--c`).
    public static let idSeparator = "__"

    /// `text` percent-encoded for a path segment or fragment of a relative URL: only
    /// RFC 3986 unreserved characters stay literal, so no quote, backslash or `#`
    /// remains. Slugs come out unchanged.
    public static func urlComponent(_ text: String) -> String {
        encode(text, escape: UInt8(ascii: "%"), keep: isUnreserved)
    }

    /// Whether `text` holds no `"`, backslash or control character (`isControl`), so that no
    /// context needs more than `&`, `<` and `>` escaped: the common case, found with
    /// one pass over the UTF-8 bytes.
    static func isPlain(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    if c < 0x20 || c == 0x7F || c == 0x22 || c == 0x5C { return false }
                } else if c == 0xC2 {
                    if i + 1 < b.count, b[i + 1] < 0xA0 { return false }  // U+0080-U+009F
                } else if c == 0xE2 {
                    if i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
                } else if c == 0xEF {
                    if i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF { return false }
                }
                i += 1
            }
            return true
        }
        return answer ?? false
    }

    /// Whether Graphviz or XML would take `scalar` as a control, or XML not take it at
    /// all: C0, DEL, C1, the Unicode line and paragraph separators, U+FFFE and U+FFFF.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: return true
        default: return false
        }
    }

    private static func encode(_ text: String, escape: UInt8, keep: (UInt8) -> Bool) -> String {
        // Slugs, nearly every text that comes here, need no change.
        if text.utf8.allSatisfy(keep) { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if keep(byte) {
                out.append(byte)
            } else {
                out += [escape, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
