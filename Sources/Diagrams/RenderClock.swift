import Foundation

/// The CPU time of the child processes that drew diagrams, when asked for
/// (`RenderWorker`).
struct RenderClock {
    let enabled: Bool
    private(set) var renders = 0
    private(set) var nanoseconds: Int64 = 0

    init(enabled: Bool) { self.enabled = enabled }

    /// Adds the user and system time of one child, as `wait4` reports it.
    mutating func add(_ usage: rusage) {
        guard enabled else { return }
        renders += 1
        for time in [usage.ru_utime, usage.ru_stime] {
            nanoseconds += Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_usec) * 1_000
        }
    }

    /// `timing: render: 100 diagrams, 312.4 ms CPU`.
    func report() {
        guard enabled else { return }
        let text = "timing: render: \(renders) diagrams, " + String(format: "%.1f", Double(nanoseconds) / 1e6) + " ms CPU\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
