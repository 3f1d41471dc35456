import Foundation

/// Tells typed headings (`## Stage: Awareness {#aware}`) from prose headings, and
/// spots prose headings that look like misspelt element headings.
enum HeadingClassifier {
    struct Element {
        var kind: ElementKind
        var title: String
        var explicitID: String?
    }

    /// The element a heading text declares, or nil for prose.
    static func element(_ text: String) -> Element? {
        guard let colon = text.firstIndex(of: ":"),
              let kind = ElementKind.named(text[..<colon].trimmed()) else { return nil }
        var title = text[text.index(after: colon)...].trimmed()
        var id: String?
        if title.hasSuffix("}"), let open = title.range(of: "{#", options: .backwards) {
            id = String(title[open.upperBound..<title.index(before: title.endIndex)]).trimmingSpaces()
            title = title[..<open.lowerBound].trimmed()
        }
        return Element(kind: kind, title: String(title), explicitID: id)
    }

    /// For a prose heading `Word: ...` that looks like an element heading, the message of
    /// the `unknown-kind` warning (section 3: near misses are flagged, never dropped).
    static func nearMiss(_ text: String, level: Int) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let prefix = text[..<colon].trimmed()
        let title = text[text.index(after: colon)...].trimmed()
        let lowered = prefix.lowercased()
        let hashes = String(repeating: "#", count: level)
        let shown = title.isEmpty ? "Title" : String(title)
        for (word, kind) in ElementKind.spellings where lowered.hasPrefix(word + " ") {
            return "heading '\(text)' is not an element: a typed heading has only the kind before the colon; "
                + "write '\(hashes) \(kind.rawValue): \(shown)'"
        }
        guard !prefix.isEmpty, !prefix.contains(" ") || lowered.hasPrefix("touch") else { return nil }
        let words = ElementKind.spellings.map(\.word)
        guard let match = Suggest.closest(to: lowered, in: words) else { return nil }
        let kind = ElementKind.named(Substring(match))!
        return "heading '\(text)' is not an element: unknown kind '\(prefix)'; did you mean '\(kind.rawValue)'? "
            + "write '\(hashes) \(kind.rawValue): \(shown)'"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmed() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[start..<end]
    }

    func trimmingSpaces() -> String { String(trimmed()) }
}
