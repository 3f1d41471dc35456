/// Text written into a map file so that the parser reads back exactly that text.
enum MapMarkdownText {
    /// `text` for a heading or a paragraph: backslash before every character that could
    /// start Markdown inline syntax (emphasis, code, links, raw HTML, a closing `#`
    /// sequence), and before `&` where it could start an entity.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", "#":
                out.append("\\")
            case "&" where startsEntity(chars, at: i):
                out.append("\\")
            default:
                break
            }
            out.append(c)
        }
        return out
    }

    /// `&` followed by letters, digits or `#`, then `;`.
    private static func startsEntity(_ chars: [Character], at i: Int) -> Bool {
        var j = i + 1
        while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" { j += 1 }
        return j > i + 1 && j < chars.count && chars[j] == ";"
    }

    /// `text` as a YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                                            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An emotion value: `+1`, `0`, `-2`, `+0.5`.
    static func emotion(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }
}
