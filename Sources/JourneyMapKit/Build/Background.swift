import Foundation

/// Work on a thread of its own, joined once for its error.
final class Background: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the thread before it signals `done`, read after `join` waits for it.
    private var error: BuildError?
    private var joined = false

    init(_ body: @escaping @Sendable () throws(BuildError) -> Void) {
        Thread.detachNewThread {
            do throws(BuildError) {
                try body()
            } catch {
                self.error = error
            }
            self.done.signal()
        }
    }

    /// Waits for the work to end; its error, if it failed. Call once.
    func join() -> BuildError? {
        precondition(!joined, "Background.join called twice")
        joined = true
        done.wait()
        return error
    }
}
