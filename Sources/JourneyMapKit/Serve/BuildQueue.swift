import Foundation

/// Runs the builds of a `serve` session one at a time on a thread of their own.
/// Changes that arrive during a build are merged into one and built after it; the
/// running build can ask whether one is waiting (`LiveSiteBuilder.build(_:pending:)`).
final class BuildQueue: @unchecked Sendable {
    private let builder: LiveSiteBuilder
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: LiveSiteBuilder.Change?
    private var stopped = false

    init(builder: LiveSiteBuilder) { self.builder = builder }

    func submit(_ change: LiveSiteBuilder.Change) {
        condition.withLock {
            if waiting == nil { waiting = change } else { waiting!.merge(change) }
            condition.signal()
        }
    }

    var hasWaiting: Bool { condition.withLock { waiting != nil } }

    func start() {
        let thread = Thread { [self] in
            while let change = next() {
                builder.build(change, pending: { self.hasWaiting })
            }
        }
        thread.name = "journeymap site builder"
        thread.start()
    }

    /// No build starts after this; one that is running is not waited for.
    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func next() -> LiveSiteBuilder.Change? {
        condition.withLock {
            while waiting == nil, !stopped { condition.wait() }
            guard !stopped else { return nil }
            defer { waiting = nil }
            return waiting
        }
    }
}
