/// Resolves references across the maps folder, computes figures and runs the checks
/// that need more than one element: ids, references, flow and the warning checks.
struct Resolver: Sendable {
    let workspace: Workspace
    var diagnostics: [Diagnostic] = []
    var personas: [Persona] = []
    var segments: [Segment] = []
    /// Journey id -> touchpoint ids, for cross-journey references.
    var touchpointIDs: [String: Set<String>] = [:]
    var momentIDs: [String: Set<String>] = [:]
    var personaIDs: Set<String> = []
    var segmentIDs: Set<String> = []
    /// Touchpoints that another journey's flow leads into: journey id -> touchpoint ids.
    var incoming: [String: Set<String>] = [:]
    /// Other journeys whose ids the journeys resolved so far looked up (`IncrementalResolver`).
    var consulted: Set<String> = []

    init(workspace: Workspace) { self.workspace = workspace }

    var config: ProjectConfig { workspace.config }

    mutating func report(_ id: CheckID, _ file: String, _ range: SourceRange, _ message: String, fix: String? = nil) {
        diagnostics.append(Diagnostic(id, file: file, range: range, message: message, fix: fix))
    }

    mutating func resolveAll() -> [ResolvedJourney] {
        indexFolderScope()
        let journeys = workspace.documents.filter { !$0.isLibrary }
        // Journeys resolve independently once the folder-wide index exists: each gets a
        // copy of the resolver (indexes shared copy-on-write) and its own diagnostics.
        var base = self
        base.diagnostics = []
        let shared = base
        let results = Parallel.map(journeys) { doc -> (ResolvedJourney, [Diagnostic]) in
            var resolver = shared
            let journey = resolver.resolve(doc)
            return (journey, resolver.diagnostics)
        }
        for (_, found) in results { diagnostics += found }
        return results.map(\.0)
    }

    /// Personas, segments and journeys are unique across the maps folder.
    mutating func indexFolderScope() {
        var seenJourney: [String: String] = [:]
        var seenPersona: [String: String] = [:]
        var seenSegment: [String: String] = [:]
        for doc in workspace.documents {
            if !doc.isLibrary, !doc.id.isEmpty {
                if let other = seenJourney[doc.id] {
                    report(.duplicateID, doc.file, doc.range,
                           "journey id '\(doc.id)' is already used by \(other); set a different 'id:' in the front matter")
                } else {
                    seenJourney[doc.id] = doc.file
                    touchpointIDs[doc.id] = Set(doc.stages.flatMap { $0.touchpoints.map(\.header.id) })
                    momentIDs[doc.id] = Set(doc.stages.flatMap { s in s.moments.map(\.header.id) + s.touchpoints.flatMap { $0.moments.map(\.header.id) } })
                }
            }
            for persona in doc.personas where !persona.header.id.isEmpty {
                if let other = seenPersona[persona.header.id] {
                    report(.duplicateID, doc.file, persona.header.range, duplicateMessage(persona.header, other))
                } else {
                    seenPersona[persona.header.id] = "\(doc.file):\(persona.header.range.start.line)"
                    personas.append(persona)
                }
            }
            for segment in doc.segments where !segment.header.id.isEmpty {
                if let other = seenSegment[segment.header.id] {
                    report(.duplicateID, doc.file, segment.header.range, duplicateMessage(segment.header, other))
                } else {
                    seenSegment[segment.header.id] = "\(doc.file):\(segment.header.range.start.line)"
                    segments.append(segment)
                }
            }
        }
        personaIDs = Set(personas.map(\.header.id))
        segmentIDs = Set(segments.map(\.header.id))
        for doc in workspace.documents {
            for persona in doc.personas {
                for ref in persona.segmentRefs { checkFolderRef(ref, kind: .segment, known: segmentIDs, file: doc.file) }
            }
        }
        for doc in workspace.documents {
            for tp in doc.stages.flatMap(\.touchpoints) {
                for case let ref? in (tp.next ?? []).map(\.ref) where ref.journey != nil && ref.journey != doc.id {
                    incoming[ref.journey!, default: []].insert(ref.id)
                }
            }
        }
    }

    func duplicateMessage(_ header: ElementHeader, _ other: String) -> String {
        "\(header.kind.rawValue) id '\(header.id)' is already used at \(other); give this one another title or an explicit '{#other-id}'"
    }

    /// Reports a reference to a persona or segment that does not exist.
    mutating func checkFolderRef(_ ref: Ref, kind: ElementKind, known: Set<String>, file: String) {
        guard ref.journey != nil || !known.contains(ref.id) else { return }
        let hint = Suggest.closest(to: ref.text, in: known.sorted()).map { "did you mean '\($0)'? " } ?? ""
        report(.unresolvedRef, file, ref.range,
               "no \(kind.rawValue) '\(ref.text)' in the maps folder; \(hint)define '## \(kind.rawValue): ...' in a library document or fix the id",
               fix: Suggest.closest(to: ref.text, in: known.sorted()))
    }
}
