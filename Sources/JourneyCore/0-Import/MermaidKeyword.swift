/// The keywords that start a statement of a `journey` diagram, matched as Mermaid's
/// lexer does: case-insensitive, `title` and `section` followed by a blank,
/// `accTitle` and `accDescr` by `:` (or `{`) after optional blanks.
enum MermaidKeyword {
    case journey, title, section, accTitle, accDescrLine, accDescrBlock

    private var word: String {
        switch self {
        case .journey: return "journey"
        case .title: return "title"
        case .section: return "section"
        case .accTitle: return "acctitle"
        case .accDescrLine, .accDescrBlock: return "accdescr"
        }
    }

    /// The text after the keyword (and its blank, colon or brace), or nil.
    func match(_ text: Substring) -> Substring? {
        guard text.count >= word.count, text.prefix(word.count).lowercased() == word else { return nil }
        let rest = text.dropFirst(word.count)
        switch self {
        case .journey:
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return rest
        case .title, .section:
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.dropFirst()
        case .accTitle, .accDescrLine, .accDescrBlock:
            let after = rest.drop { $0 == " " || $0 == "\t" }
            let mark: Character = self == .accDescrBlock ? "{" : ":"
            guard after.first == mark else { return nil }
            return after.dropFirst()
        }
    }

    /// Whether `text` starts with a keyword other than `journey`.
    static func isStatement(_ text: Substring) -> Bool {
        [title, section, accTitle, accDescrLine, accDescrBlock].contains { $0.match(text) != nil }
    }
}
