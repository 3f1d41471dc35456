import Foundation

/// The thread CPU time spent in renders, when asked for (`RenderWorker.run`).
struct RenderClock {
    let enabled: Bool
    private(set) var renders = 0
    private(set) var nanoseconds: Int64 = 0

    init(enabled: Bool) { self.enabled = enabled }

    mutating func time<T>(_ body: () throws(BuildError) -> T) throws(BuildError) -> T {
        guard enabled else { return try body() }
        let start = Self.threadCPU()
        defer {
            nanoseconds += Self.threadCPU() - start
            renders += 1
        }
        return try body()
    }

    /// `timing: render: 100 diagrams, 312.4 ms CPU`.
    func report() {
        guard enabled else { return }
        let text = "timing: render: \(renders) diagrams, " + String(format: "%.1f", Double(nanoseconds) / 1e6) + " ms CPU\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func threadCPU() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}
