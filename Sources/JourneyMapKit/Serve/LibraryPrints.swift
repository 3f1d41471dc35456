import JourneyCore

/// Every persona and segment of a project written out as text (all its values, its
/// heading and notes), by id: two versions with the same text show the same on every
/// page. Tells which journey pages an edit of the library reaches: those of the
/// journeys that name a changed persona, or a changed segment through their tactics
/// or their personas.
struct LibraryPrints {
    var personas: [String: String] = [:]
    var segments: [String: String] = [:]

    init() {}

    init(_ project: Project) {
        for p in project.personas where personas[p.header.id] == nil { personas[p.header.id] = String(describing: p) }
        for s in project.segments where segments[s.header.id] == nil { segments[s.header.id] = String(describing: s) }
    }

    struct Changes {
        var personas: Set<String>
        var segments: Set<String>

        /// The ids of the journeys whose pages show one of the changed elements.
        func journeys(in project: Project) -> Set<String> {
            guard !personas.isEmpty || !segments.isEmpty else { return [] }
            // A journey page's persona card links the persona's segments.
            var segmentsOf: [String: [String]] = [:]
            for p in project.personas { segmentsOf[p.header.id, default: []] += p.segmentRefs.map(\.id) }
            var ids: Set<String> = []
            for j in project.journeys {
                let named = j.document.personaRefs.map(\.id)
                let throughPersonas = named.flatMap { segmentsOf[$0] ?? [] }
                let throughTactics = j.tactics.flatMap { $0.segmentRefs.map(\.id) }
                if named.contains(where: personas.contains)
                    || (throughPersonas + throughTactics).contains(where: segments.contains) {
                    ids.insert(j.id)
                }
            }
            return ids
        }
    }

    /// The personas and segments that differ from `old` (added and removed ones too).
    func changes(since old: LibraryPrints) -> Changes {
        func differing(_ a: [String: String], _ b: [String: String]) -> Set<String> {
            Set(Set(a.keys).union(b.keys).filter { a[$0] != b[$0] })
        }
        return Changes(personas: differing(personas, old.personas), segments: differing(segments, old.segments))
    }
}
