import Dispatch

/// Pure-Swift work spread over the cores: parsing, resolving, page and file jobs.
/// Never for Graphviz, which is not thread-safe: its layouts run in worker processes.
public enum Parallel {
    /// `transform` applied to every item on all cores, results in item order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        // An array of optionals owns every result and releases the ones it holds: each
        // job writes only its own slot, and the array outlives the jobs.
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }

    /// Runs `body` for every item on all cores; throws the error of the first item that
    /// failed, in item order, so the message does not depend on timing.
    public static func forEach<T: Sendable, E: Error>(_ items: [T], _ body: @Sendable (T) throws(E) -> Void) throws(E) {
        let errors = map(items) { item -> E? in
            do throws(E) {
                try body(item)
                return nil
            } catch {
                return error
            }
        }
        if let first = errors.lazy.compactMap({ $0 }).first { throw first }
    }
}
