/// The warnings about diagrams that are not drawn: too large to draw (`check` reports
/// those, they are facts of the maps) or failed in Graphviz (only `build` knows those).
///
/// A journey's warning points at its document; the overview's at the document of the
/// first journey, since it has no file of its own. Either way the site still shows the
/// flow, as text.
public enum DiagramDiagnostics {
    /// `diagram-too-large` for a journey past `DiagramSize.limit`.
    static func tooLarge(_ j: ResolvedJourney) -> Diagnostic? {
        let size = DiagramSize.of(j)
        guard size > DiagramSize.limit else { return nil }
        let jumps = size - j.stages.count - j.touchpoints.count
        return Diagnostic(.diagramTooLarge, file: j.document.file, range: j.document.range, message:
            "journey '\(j.title)' is too large for a flow diagram: \(count(j.stages.count, "stage")), "
            + "\(count(j.touchpoints.count, "touchpoint")) and \(count(jumps, "jump")) (flow edges to other than "
            + "the next touchpoint) make \(size), more than \(DiagramSize.limit); the site shows its flow as text; "
            + "split it into smaller journeys linked with 'next: other-journey/touchpoint'")
    }

    /// `diagram-too-large` for an overview past `DiagramSize.limit`.
    static func overviewTooLarge(_ journeys: [ResolvedJourney]) -> Diagnostic? {
        let size = DiagramSize.overview(journeys)
        guard size > DiagramSize.limit, let first = journeys.first else { return nil }
        return Diagnostic(.diagramTooLarge, file: first.document.file, range: first.document.range, message:
            "the lifecycle overview is too large for a diagram: \(count(journeys.count, "journey")) and "
            + "\(count(size - journeys.count, "link")) between them make \(size), more than \(DiagramSize.limit); "
            + "the index lists the links as text")
    }

    /// `diagram-failed` for the journey `j` (nil: the overview of `journeys`), with
    /// Graphviz's reason.
    public static func failed(_ j: ResolvedJourney?, of journeys: [ResolvedJourney], reason: String) -> Diagnostic? {
        guard let located = j ?? journeys.first else { return nil }
        let what = j.map { "the flow diagram of journey '\($0.title)'" } ?? "the lifecycle overview"
        let shown = j == nil ? "the index lists the links as text" : "the page shows the flow as text"
        return Diagnostic(.diagramFailed, file: located.document.file, range: located.document.range, message:
            "Graphviz could not draw \(what): \(reason); \(shown); if the maps look right, "
            + "report it with the DOT file the build kept beside the page")
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
