import Foundation

/// What a build or export does when it is interrupted (Ctrl-C, SIGTERM, SIGHUP): it
/// runs the cleanup set last with `onInterrupt` (such as removing the temporary
/// folder) and exits with 128 + the signal number (130 for SIGINT, 143 for SIGTERM).
///
/// The cleanup and the exit happen on the thread that took the signal, while the
/// others may still be working and failing (their folder is gone); a thread that then
/// calls `onInterrupt` or `hold` waits for the exit, so no error message and no other
/// exit status can come first. Steps that must not be cut in half (moving the user's
/// entries, the swap, deleting a tree) run in `hold`: a signal meanwhile takes effect
/// when they are done. SIGKILL cannot be caught: what it leaves, a later build removes
/// (`OutputLitter`).
final class InterruptCleanup: @unchecked Sendable {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// A queue of its own, so that the handler runs even while every worker thread of
    /// the global queues is busy.
    private static let queue = DispatchQueue(label: "journeymap.interrupts")
    private var sources: [any DispatchSourceSignal] = []
    private let lock = NSLock()
    // Guarded by `lock`; never released once a signal is acted on.
    private var cleanup: @Sendable () -> Void = {}
    private var holding = false
    private var pending: Int32?

    /// The signals handled: all but a SIGHUP that `nohup` ignored, which stays ignored.
    private var handled: [Int32] = []

    init() {
        for number in Self.signals {
            // Dispatch sees a signal only when its default action is off.
            let previous = signal(number, SIG_IGN)
            let ignored = unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            guard number != SIGHUP || !ignored else { continue }
            let source = DispatchSource.makeSignalSource(signal: number, queue: Self.queue)
            source.setEventHandler { [self] in arrived(number) }
            source.resume()
            sources.append(source)
            handled.append(number)
        }
    }

    private func arrived(_ number: Int32) {
        lock.lock()
        if holding {
            if pending == nil { pending = number }
            return lock.unlock()
        }
        cleanup()
        _exit(128 + number)
    }

    /// Sets what a signal from now on removes.
    func onInterrupt(_ body: @escaping @Sendable () -> Void) {
        lock.withLock { cleanup = body }
    }

    /// Runs `body` with signals held back; if one came meanwhile, the process ends
    /// right after it, running the cleanup `body` left set.
    func hold<T>(_ body: () throws(BuildError) -> T) throws(BuildError) -> T {
        lock.withLock { holding = true }
        let result: Result<T, BuildError>
        do throws(BuildError) {
            result = .success(try body())
        } catch {
            result = .failure(error)
        }
        lock.lock()
        holding = false
        if let pending {
            cleanup()
            _exit(128 + pending)
        }
        lock.unlock()
        return try result.get()
    }

    /// Back to the default actions (set first, so that no signal is lost between).
    func cancel() {
        for number in handled { signal(number, SIG_DFL) }
        for source in sources { source.cancel() }
    }
}
