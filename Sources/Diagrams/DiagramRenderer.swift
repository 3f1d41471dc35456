import Foundation

/// Diagram rendering as one unit: DOT texts in, SVG bytes (or why Graphviz could not
/// draw them) out, one outcome per diagram, in order.
///
/// Diagrams the cache holds (`DiagramCache`) are taken from it; the others are drawn
/// by long-lived render workers (`WorkerPool`, one per core), which a long-running
/// caller reuses from one request to the next, and stored. Without an executable or
/// workers every diagram is drawn in this process, one at a time, where a crash in
/// Graphviz ends the caller: for tests and library callers.
public final class DiagramRenderer: @unchecked Sendable {
    let pool: WorkerPool?
    public let cache: DiagramCache?

    /// `executable` is the `journeymap` binary, started as `_render-worker`; `workers`
    /// is how many may draw at once.
    public init(executable: String?, workers: Int, cache: DiagramCache? = nil) {
        pool = executable.flatMap { workers > 0 ? WorkerPool(executable: $0, size: workers) : nil }
        self.cache = cache
    }

    /// The outcome of each diagram. `lowPriority` draws in a worker of its own at a
    /// lower priority (`serve`'s large overview), so that other requests need not wait.
    /// Throws what stops every diagram (no Graphviz, a worker that cannot start or dies).
    public func render(_ diagrams: [Diagram], lowPriority: Bool = false) throws(DiagramError) -> [DiagramOutcome] {
        let graphviz = cache == nil ? nil : GraphvizDrawing.version
        var outcomes: [DiagramOutcome?] = Array(repeating: nil, count: diagrams.count)
        if let cache, let graphviz {
            for (i, svg) in cache.lookUp(diagrams.map(\.dot), graphviz: graphviz).enumerated() {
                if let svg { outcomes[i] = .cached(svg) }
            }
        }
        let pending = diagrams.indices.filter { outcomes[$0] == nil }
        let drawn = try draw(pending.map { diagrams[$0] }, lowPriority: lowPriority)
        var fresh: [(dot: String, svg: [UInt8])] = []
        for (i, result) in zip(pending, drawn) {
            switch result {
            case .success(let svg):
                outcomes[i] = .drawn(svg)
                fresh.append((diagrams[i].dot, svg))
            case .failure(let failure):
                outcomes[i] = .failed(failure.reason)
            }
        }
        if let cache, let graphviz { cache.store(fresh, graphviz: graphviz) }
        return outcomes.map { $0! }
    }

    private func draw(_ diagrams: [Diagram], lowPriority: Bool) throws(DiagramError) -> [Result<[UInt8], DiagramFailure>] {
        if let pool { return try pool.draw(diagrams, lowPriority: lowPriority) }
        var results: [Result<[UInt8], DiagramFailure>] = []
        for diagram in diagrams { results.append(try GraphvizDrawing.draw(diagram)) }
        return results
    }

    /// Ends the idle render workers (a worker still drawing ends when its request does).
    public func stop() { pool?.stop() }
}
