/// Text going into and coming out of Mermaid's `journey` grammar.
///
/// Mermaid cannot escape the characters that end its tokens: a task name ends at its
/// first `:`, `#` and `%%` start a comment and `;` makes the diagram fail. Export
/// writes a look-alike for each where it would break the line, and import maps them back.
public enum MermaidText {
    /// U+A789 MODIFIER LETTER COLON, for `:`.
    public static let colon: Character = "\u{A789}"
    /// U+FF03 FULLWIDTH NUMBER SIGN, for `#`.
    public static let numberSign: Character = "\u{FF03}"
    /// U+FF1B FULLWIDTH SEMICOLON, for `;`.
    public static let semicolon: Character = "\u{FF1B}"
    /// U+FF05 FULLWIDTH PERCENT SIGN, for the second `%` of `%%`, which starts a comment.
    public static let percent: Character = "\u{FF05}"
    /// U+FF0C FULLWIDTH COMMA, for `,` in an actor's name (Mermaid splits actors at commas).
    public static let comma: Character = "\u{FF0C}"
    /// U+200B ZERO WIDTH SPACE, put before a task name that Mermaid would read as a
    /// keyword (`Journey planning`, `Title page`) or a comment.
    public static let guardMark: Character = "\u{200B}"

    /// `text` for a task name, a section name or an actor: line ends become spaces and
    /// `:`, `#`, `;` and the second `%` of `%%` their look-alikes (`,` too when `actor`
    /// is set).
    public static func safe(_ text: String, actor: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "%" where out.last == "%": out.append(percent)
            case ":": out.append(colon)
            case "#": out.append(numberSign)
            case ";": out.append(semicolon)
            case "," where actor: out.append(comma)
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A title line's text: `:` is allowed there, `#` and `;` are not.
    public static func safeTitle(_ text: String) -> String {
        String(safe(text).map { $0 == colon ? ":" : $0 })
    }

    /// A task name that cannot be taken for a keyword at the start of a line.
    public static func safeTaskName(_ text: String) -> String {
        let name = safe(text)
        let lower = name.lowercased()
        let keywords = ["journey", "title", "section", "acctitle", "accdescr"]
        return keywords.contains { lower.hasPrefix($0) } ? String(guardMark) + name : name
    }

    /// Text read from a diagram: look-alikes back to `:`, `#`, `;` and `%`, a leading guard
    /// mark dropped, `<br>` forms (`<br>`, `<br/>`, `</br />`, `<br\t/>`) as spaces.
    public static func imported(_ text: String) -> String {
        var s = lineBreaksAsSpaces(text)
        if s.first == guardMark { s.removeFirst() }
        return String(s.map { c -> Character in
            switch c {
            case colon: return ":"
            case numberSign: return "#"
            case semicolon: return ";"
            case percent: return "%"
            default: return c
            }
        })
    }

    /// Replaces each `<br>` form, and the blanks around it, with one space.
    static func lineBreaksAsSpaces(_ text: String) -> String {
        guard text.contains("<") else { return text }
        let chars = Array(text)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "<", let end = lineBreakEnd(chars, from: i) {
                while let last = out.last, last == " " || last == "\t" { out.removeLast() }
                out.append(" ")
                i = end
                while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }

    /// The index after a `<br>` form starting at `start`: `<`, an optional `/`, `br`
    /// (any case), blanks, an optional `/`, `>`.
    private static func lineBreakEnd(_ chars: [Character], from start: Int) -> Int? {
        var i = start + 1
        func at(_ c: Character) -> Bool { i < chars.count && chars[i] == c }
        if at("/") { i += 1 }
        guard i + 1 < chars.count, chars[i].lowercased() == "b", chars[i + 1].lowercased() == "r" else { return nil }
        i += 2
        while at(" ") || at("\t") { i += 1 }
        if at("/") { i += 1 }
        return at(">") ? i + 1 : nil
    }
}
