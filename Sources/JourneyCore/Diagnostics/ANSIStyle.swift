/// The few SGR escape sequences the text formatter uses.
///
/// Kept in one place so that "no colour" can be checked as "no ESC byte anywhere".
enum ANSIStyle: String {
    case bold = "\u{1B}[1m"
    case red = "\u{1B}[1;31m"
    case magenta = "\u{1B}[1;35m"
    case green = "\u{1B}[32m"

    static let reset = "\u{1B}[0m"

    /// `text` wrapped in this style when `enabled`, else `text` unchanged.
    func apply(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? rawValue + text + ANSIStyle.reset : text
    }
}
