import Foundation

/// Tells typed headings (`## Stage: Awareness {#aware}`) from prose headings, and
/// spots prose headings that look like misspelt element headings.
public enum HeadingClassifier {
    public struct Element {
        public var kind: ElementKind
        public var title: String
        public var explicitID: String?
    }

    /// The element a heading text declares, or nil for prose.
    public static func element(_ text: String) -> Element? {
        guard let split = KeyValueSplit(Substring(text), ascii: true),
              let kind = ElementKind.named(split.key) else { return nil }
        var title = split.value
        var id: String?
        if title.utf8.last == UInt8(ascii: "}"), let open = lastIDOpening(in: title) {
            let closing = title.utf8.index(before: title.utf8.endIndex)
            id = title[title.utf8.index(open, offsetBy: 2)..<closing].trimmingSpaces()
            title = title[..<open].trimmed()
        }
        return Element(kind: kind, title: String(title), explicitID: id)
    }

    /// The index of the last `{#` in `text`.
    static func lastIDOpening(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            if utf8[i] == UInt8(ascii: "{"), utf8.index(after: i) < utf8.endIndex,
               utf8[utf8.index(after: i)] == UInt8(ascii: "#") {
                return i
            }
        }
        return nil
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
        guard !prefix.isEmpty else { return nil }
        // A prefix of several words is compared only with the spellings made of two parts
        // (`Micro moment`, `Touch pont`), so prose such as `A step: ...` stays prose.
        let multiWord = prefix.contains(" ")
        let words = ElementKind.spellings.map(\.word).filter { !multiWord || $0.contains(" ") || $0.contains("-") }
        guard let match = Suggest.closest(to: lowered, in: words) else { return nil }
        let kind = ElementKind.named(Substring(match))!
        return "heading '\(text)' is not an element: unknown kind '\(prefix)'; did you mean '\(kind.rawValue)'? "
            + "write '\(hashes) \(kind.rawValue): \(shown)'"
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces and tabs.
    ///
    /// Scans UTF-8 bytes: blanks are ASCII, and this runs for every line of every map.
    public func trimmed() -> SubSequence {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return self[start..<end]
    }

    public func trimmingSpaces() -> String { String(trimmed()) }
}
