import Diagrams
import Foundation
import JourneyCore

/// Draws diagrams: DOT texts in (each with a name for messages, a journey id or
/// `overview`), SVG texts out, one result per diagram and in order. A
/// diagram Graphviz cannot draw is a `DiagramJob.Failure` (`diagram-failed`); what
/// stops every diagram (no Graphviz, a worker that cannot start) is thrown.
///
/// `serve` asks only for the diagrams whose DOT text changed; the implementation
/// decides where they are drawn.
protocol DiagramRendering: Sendable {
    func render(_ diagrams: [(name: String, dot: String)]) throws(BuildError) -> [Result<String, DiagramJob.Failure>]
}

/// Draws diagrams as `build` does (`DiagramRenderer`): from the diagram cache, or in
/// render workers that are started once and kept for the next edit, each diagram in a
/// child process so that a Graphviz crash costs that diagram only. A large diagram
/// alone (the overview of many journeys) goes to a worker of its own, at a lower
/// priority, so that the next edit's diagrams need not wait for it. Without an
/// executable every diagram is drawn in this process (tests).
final class LocalDiagramRenderer: DiagramRendering, @unchecked Sendable {
    let renderer: DiagramRenderer

    /// From this many bytes of DOT text on, a diagram alone goes to a worker of its own.
    static let largeDiagram = 100_000

    init(executable: String?, workers: Int, cache: DiagramCache? = nil) {
        renderer = DiagramRenderer(executable: executable, workers: workers, cache: cache)
    }

    func render(_ diagrams: [(name: String, dot: String)]) throws(BuildError) -> [Result<String, DiagramJob.Failure>] {
        let large = diagrams.count == 1 && diagrams[0].dot.utf8.count >= Self.largeDiagram
        let outcomes: [DiagramOutcome]
        do {
            outcomes = try renderer.render(diagrams.map { Diagram(name: $0.name, dot: $0.dot) }, lowPriority: large)
        } catch {
            throw BuildError(error.description)
        }
        return outcomes.map { outcome in
            switch outcome {
            case .drawn(let svg), .cached(let svg): return .success(String(decoding: svg, as: UTF8.self))
            case .failed(let reason): return .failure(DiagramJob.Failure(reason))
            }
        }
    }

    /// Ends the idle render workers (when serve stops).
    func stop() { renderer.stop() }
}
