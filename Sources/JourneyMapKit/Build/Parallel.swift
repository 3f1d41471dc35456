import Foundation
import JourneyCore

/// Pure-Swift work of a build spread over the cores (DOT text, JSON, file writes).
/// Never used for Graphviz, which is not thread-safe: see `DiagramPool`.
enum Parallel {
    /// `transform` applied to every item, results in item order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        parallelMap(items, transform)
    }

    /// Runs `body` for every item; throws the error of the first item that failed, in
    /// item order, so the message does not depend on timing.
    static func forEach<T: Sendable>(_ items: [T], _ body: @Sendable (T) throws(BuildError) -> Void) throws(BuildError) {
        let errors = map(items) { item -> BuildError? in
            do throws(BuildError) {
                try body(item)
                return nil
            } catch {
                return error
            }
        }
        if let first = errors.lazy.compactMap({ $0 }).first { throw first }
    }
}
