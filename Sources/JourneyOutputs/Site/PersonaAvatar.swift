import JourneyCore

/// A persona's avatar: its initials on a colour picked by its place in the library (so
/// the first six personas differ), the same on every page and every build.
public struct PersonaAvatar: Sendable, Equatable {
    /// How many avatar colours the stylesheet defines (`avatar-0` ... `avatar-5`).
    public static let colours = 6

    public var initials: String
    /// `avatar-N`.
    public var colourClass: String

    /// `index`: the persona's index in the project; nil for a reference to no persona,
    /// which gets a colour from its id.
    public init(title: String, id: String, index: Int?) {
        initials = Self.initials(title)
        // A fixed hash (not `Hasher`, which is seeded per process) keeps builds identical.
        let n = index ?? Int(id.utf8.reduce(UInt32(7)) { $0 &* 31 &+ UInt32($1) } % UInt32(Self.colours))
        colourClass = "avatar-\(n % Self.colours)"
    }

    /// The first letter of each of the first two words, upper-cased (`Trail-curious
    /// hiker` -> `TH`, `Sam` -> `S`); `?` for a title without letters or digits.
    public static func initials(_ title: String) -> String {
        let letters = title.split(separator: " ").compactMap { $0.first { $0.isLetter || $0.isNumber } }
        return letters.isEmpty ? "?" : letters.prefix(2).map { String($0).uppercased() }.joined()
    }

    /// `<span class="avatar avatar-N" aria-hidden="true">TH</span>`: decorative, the
    /// persona's name stands beside it.
    public var html: String { html(large: false) }

    public func html(large: Bool) -> String {
        "<span class=\"avatar " + (large ? "avatar-large " : "") + colourClass + "\" aria-hidden=\"true\">"
            + HTMLText.escape(initials) + "</span>"
    }
}
