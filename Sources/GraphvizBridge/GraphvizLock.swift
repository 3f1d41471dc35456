import Foundation

/// The one lock that every Graphviz call in the process goes through.
///
/// Graphviz keeps global state everywhere: the cgraph lexer and parser, the error
/// level and error function, id counters, the plugin registry. Two threads inside
/// libgvc or libcgraph at once corrupt it, even with separate `GVC_t` contexts, so
/// the lock is static and shared by all renderers rather than one per instance.
enum GraphvizLock {
    private static let lock = NSLock()

    /// Runs `body` with exclusive access to Graphviz.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
