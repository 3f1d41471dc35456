import JourneyCore

/// The data a page template renders: a tree of text, trusted markup, flags and lists.
///
/// The site model speaks only this type, so it stays free of any template engine.
/// Absent values are `false` rather than missing keys: Mustache looks a missing key up
/// in the enclosing objects, so a tactic without an owner would show its journey's.
public indirect enum SiteValue: Sendable, Equatable {
    /// Plain text; the template escapes it (`{{name}}`).
    case text(String)
    /// Markup the model made and escaped itself (inline SVG, cmark output). Only keys
    /// ending in `HTML` or `SVG` hold it, and only those may be written `{{{name}}}`.
    case html(String)
    case bool(Bool)
    case list([SiteValue])
    case object([String: SiteValue])

    /// An absent value: false in sections, so `{{#x}}...{{/x}}` shows nothing.
    public static let null = SiteValue.bool(false)

    /// Text, or `null` for nil or empty text (empty text would open a section).
    public static func opt(_ text: String?) -> SiteValue {
        guard let text, !text.isEmpty else { return .null }
        return .text(text)
    }

    /// The same string as trusted markup (`null` stays `null`).
    public var markup: SiteValue {
        if case .text(let s) = self { return .html(s) }
        return self
    }

    /// A list of plain texts.
    public static func texts(_ items: [String]) -> SiteValue { .list(items.map(SiteValue.text)) }

    // MARK: Reading, for tests and for the model's own checks

    public subscript(key: String) -> SiteValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public subscript(index: Int) -> SiteValue? {
        if case .list(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    /// The text of `.text` or `.html`, else nil.
    public var string: String? {
        switch self {
        case .text(let s), .html(let s): return s
        default: return nil
        }
    }

    /// The items of a list (none for other values).
    public var items: [SiteValue] {
        if case .list(let items) = self { return items }
        return []
    }
}
