import Foundation

/// Wall-clock times of a build's phases on standard error, when the environment sets
/// `JOURNEYMAP_TIMINGS=1`; for benchmarking, not part of the command line contract.
final class BuildTimings: @unchecked Sendable {
    private let report: (@Sendable (String) -> Void)?
    private let start = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()
    // Guarded by `lock`: phases on other threads mark too.
    private var last: UInt64
    private var lastCPU: Double = BuildTimings.cpuSeconds()

    init(environment: [String: String], report: @escaping @Sendable (String) -> Void) {
        self.report = environment["JOURNEYMAP_TIMINGS"] == "1" ? report : nil
        last = start
    }

    /// User and system time of this process and its ended children (the workers, once
    /// they are waited for).
    static func cpuSeconds() -> Double {
        var total = 0.0
        for who in [RUSAGE_SELF, RUSAGE_CHILDREN] {
            var usage = rusage()
            getrusage(__rusage_who_t(who.rawValue), &usage)
            for t in [usage.ru_utime, usage.ru_stime] { total += Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        }
        return total
    }

    /// Reports the time since the previous mark and since the start.
    func mark(_ phase: String) {
        guard let report else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        let step = Double(now - last) / 1e6
        let total = Double(now - start) / 1e6
        last = now
        let cpu = Self.cpuSeconds()
        let cpuStep = (cpu - lastCPU) * 1000
        lastCPU = cpu
        report("timing: \(phase): \(String(format: "%.1f", step)) ms, CPU \(String(format: "%.1f", cpuStep)) ms "
            + "(total \(String(format: "%.1f", total)) ms)\n")
    }
}
