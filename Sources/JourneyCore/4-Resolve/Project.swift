/// The resolved model of a maps folder: what `check`, `export` and `build` work from.
public struct Project: Sendable {
    public var root: String
    public var config: ProjectConfig
    public var journeys: [ResolvedJourney]
    /// Every persona of the maps folder with the file that defines it.
    public var personas: [Persona]
    public var segments: [Segment]
    /// Every diagnostic, with `checks:` and `--strict` applied, sorted for output.
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceText]
    public var documentsRead: Int

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    public func journey(_ id: String) -> ResolvedJourney? { journeys.first { $0.id == id } }

    /// Resolves references, computes figures and runs the cross-element checks.
    public static func resolve(_ workspace: Workspace, strict: Bool = false) -> Project {
        var resolver = Resolver(workspace: workspace)
        let journeys = resolver.resolveAll()
        let overview = DiagramDiagnostics.overviewTooLarge(journeys).map { [$0] } ?? []
        let diagnostics = workspace.config.apply(to: workspace.diagnostics + resolver.diagnostics + overview, strict: strict)
            .sorted(by: Diagnostic.sortKey)
        return Project(root: workspace.root, config: workspace.config, journeys: journeys,
                       personas: resolver.personas, segments: resolver.segments, diagnostics: diagnostics,
                       sources: workspace.sources, documentsRead: workspace.documentsRead)
    }
}
