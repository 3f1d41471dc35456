import JourneyCore
import JourneyOutputs

extension SiteValue {
    /// The value as swift-mustache reads it fastest: `[String: Any]` dictionaries (a
    /// key lookup, where a struct would go through `Mirror`), `[Any]` arrays, `String`
    /// and `Bool`.
    var mustacheValue: Any {
        switch self {
        case .text(let s), .html(let s): return s
        case .bool(let b): return b
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let fields): return fields.mapValues(\.mustacheValue)
        }
    }
}
