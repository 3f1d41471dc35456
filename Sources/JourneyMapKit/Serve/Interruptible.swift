import Foundation

/// A long step of a build that a newer change may leave behind. The step runs on a
/// thread of its own while the build's thread watches `pending`; when another change
/// waits, the build gives the step up at once (its result is dropped when it ends), so
/// the edited journey's page of the next change need not wait for pages that are out
/// of date anyway.
///
/// Only pure work goes here: values in, a value out, nothing of the builder's state.
enum Interruptible {
    /// `work`'s result, or nil when `pending` said another change waits before it ended.
    static func run<T: Sendable>(unless pending: @escaping @Sendable () -> Bool,
                                 _ work: @escaping @Sendable () -> T) -> T? {
        guard !pending() else { return nil }
        let result = Slot<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result.value = work()
            done.signal()
        }
        while done.wait(timeout: .now() + .milliseconds(2)) == .timedOut {
            if pending() { return nil }
        }
        return result.value
    }

    /// Written by the step's thread before it signals, read by the build's thread after
    /// the signal: the semaphore orders the two.
    private final class Slot<T>: @unchecked Sendable {
        var value: T?
    }
}
