/// A reference written in a map: `cart` or `onboarding/welcome-email`.
public struct Ref: Sendable, Hashable {
    /// The other journey's id, when the reference crosses journeys.
    public var journey: String?
    public var id: String
    /// Where the reference is written, for `unresolved-ref`.
    public var range: SourceRange

    public init(journey: String?, id: String, range: SourceRange) {
        self.journey = journey
        self.id = id
        self.range = range
    }

    /// Parses `id` or `journey/id`; the text is taken as written.
    public init(parsing text: String, range: SourceRange) {
        if let slash = text.firstIndex(of: "/") {
            journey = String(text[..<slash])
            id = String(text[text.index(after: slash)...])
        } else {
            journey = nil
            id = text
        }
        self.range = range
    }

    /// The reference as written: `id` or `journey/id`.
    public var text: String { journey.map { "\($0)/\(id)" } ?? id }
}

/// A value together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
