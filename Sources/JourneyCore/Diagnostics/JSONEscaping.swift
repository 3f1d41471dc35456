/// Writing JSON strings by hand, for the diagnostic formatter and the JSON export.
public enum JSONEscaping {
    /// `s` as a JSON string literal, quotes included.
    ///
    /// Escapes `"` and `\`, the control characters U+0000-U+001F (short forms where
    /// JSON has them, `\u00XX` otherwise) and DEL, and U+2028/U+2029, which JavaScript
    /// before ES2019 takes as line ends. `<`, `>` and `&` become `\u003c`, `\u003e` and
    /// `\u0026`, as Go's encoding/json does, so that the same text is safe inside an
    /// HTML `<script>` element (`</script>`, `<!--`). Everything else stays literal UTF-8.
    public static func quoted(_ s: String) -> String {
        // Most strings need no escape at all: check the bytes once and copy them whole.
        if !s.utf8.contains(where: needsEscape) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "<", ">", "&":
                out += unicodeEscape(scalar.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `quoted(s)` appended to `out` as UTF-8; a string with nothing to escape is
    /// copied as it is, without a `String` in between. With a `prefix` (an ASCII
    /// character), the string literal holds that character, then `s`.
    public static func append(_ s: String, prefix: UInt8? = nil, to out: inout [UInt8]) {
        let copied = s.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !(prefix.map { escapeTable[Int($0)] } ?? false),
                  !escapeTable.withUnsafeBufferPointer({ table in utf8.contains { table[Int($0)] } }) else { return false }
            out.append(0x22)
            if let prefix { out.append(prefix) }
            out.append(contentsOf: utf8)
            out.append(0x22)
            return true
        }
        if copied != true { out.append(contentsOf: quoted(prefix.map { String(UnicodeScalar($0)) + s } ?? s).utf8) }
    }

    /// Bytes that may start something `quoted` escapes: controls, DEL, `"`, `\\`, `<`,
    /// `>`, `&`, and 0xE2, the lead byte of U+2028 and U+2029 (a false alarm for other
    /// characters only costs the slow path).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E
            || byte == 0x26 || byte == 0xE2
    }

    /// `needsEscape` for every byte, looked up rather than computed in the fast path.
    private static let escapeTable: [Bool] = (0...255).map { needsEscape(UInt8($0)) }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
