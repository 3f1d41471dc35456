import Foundation

/// Removes a build's temporary folder when the build is interrupted (Ctrl-C, SIGTERM,
/// SIGHUP), so that no half-written folder is left beside the output folder. The
/// output folder itself is untouched until the swap, so it stays as it was.
final class InterruptCleanup: @unchecked Sendable {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var sources: [any DispatchSourceSignal] = []
    private let lock = NSLock()
    // Guarded by `lock`.
    private var armed = true

    /// Runs `cleanup` and exits with 128 + the signal number when a signal arrives,
    /// until `cancel`.
    init(_ cleanup: @escaping @Sendable () -> Void) {
        for number in Self.signals {
            // Dispatch sees a signal only when its default action is off.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                guard armed else { return lock.unlock() }
                cleanup()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// From now on signals are ignored until `cancel`: for the swap, whose few renames
    /// must not be cut in half.
    func disarm() {
        lock.withLock { armed = false }
    }

    /// Back to the default actions.
    func cancel() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
