/// Resolves a maps folder again after some of its files changed, resolving only the
/// journeys whose result can differ from last time; the others are taken as they were.
///
/// A journey's resolution depends on its own document, the settings and the folder-wide
/// index (`Resolver.indexFolderScope`): the persona and segment ids, the touchpoint and
/// micro-moment ids of the other journeys it looks up, and the touchpoints other
/// journeys' flows lead into. When only journeys changed, and none of them in what the
/// index takes from it (`FolderKey`), the index is kept; otherwise it is made again and
/// compared, and a journey is resolved again when its file changed or when a part of
/// the index it used did. The result equals `Project.resolve` of the same workspace.
public struct IncrementalResolver: Sendable {
    /// What one resolved journey used, by document file.
    struct Entry: Sendable {
        var journey: ResolvedJourney
        var diagnostics: [Diagnostic]
        /// The other journeys whose ids it looked up.
        var consulted: Set<String>
    }

    /// The folder-wide index and what making it reported.
    struct Folder: Sendable {
        var resolver: Resolver
        var diagnostics: [Diagnostic]
    }

    public struct Outcome: Sendable {
        public var project: Project
        /// The ids of the journeys resolved this time (every journey on the first call).
        public var resolved: Set<String>
    }

    private var folder: Folder?
    private var entries: [String: Entry] = [:]

    public init() {}

    /// Resolves `workspace`. `changed` lists the files whose documents differ from the
    /// workspace of the last call; nil resolves everything, as after a change of the
    /// settings (`journeymap.yml`) or of `strict`, which this type does not compare.
    public mutating func resolve(_ workspace: Workspace, changed: Set<String>?, strict: Bool = false) -> Outcome {
        let journeys = workspace.documents.filter { !$0.isLibrary }
        let folder: Folder
        let stale: @Sendable (Entry, MapDocument) -> Bool
        if let changed, let kept = keptFolder(workspace, changed: changed) {
            folder = kept
            stale = { _, doc in changed.contains(doc.file) }
        } else {
            var base = Resolver(workspace: workspace)
            base.indexFolderScope()
            let diagnostics = base.diagnostics
            base.diagnostics = []
            folder = Folder(resolver: base, diagnostics: diagnostics)
            stale = Self.staleness(from: self.folder?.resolver, to: folder.resolver, changed: changed)
        }
        let pending = journeys.filter { doc in entries[doc.file].map { stale($0, doc) } ?? true }
        let shared = folder.resolver
        let redone = Parallel.map(pending) { doc -> Entry in
            var resolver = shared
            let journey = resolver.resolve(doc)
            return Entry(journey: journey, diagnostics: resolver.diagnostics, consulted: resolver.consulted)
        }
        var next: [String: Entry] = [:]
        for doc in journeys { next[doc.file] = entries[doc.file] }
        for entry in redone { next[entry.journey.document.file] = entry }
        entries = next
        self.folder = folder

        let resolved = journeys.map { entries[$0.file]! }
        let overview = DiagramDiagnostics.overviewTooLarge(resolved.map(\.journey)).map { [$0] } ?? []
        let all = workspace.diagnostics + folder.diagnostics + resolved.flatMap(\.diagnostics) + overview
        let project = Project(root: workspace.root, config: workspace.config, journeys: resolved.map(\.journey),
                              personas: folder.resolver.personas, segments: folder.resolver.segments,
                              diagnostics: workspace.config.apply(to: all, strict: strict).sorted(by: Diagnostic.sortKey),
                              sources: workspace.sources, documentsRead: workspace.documentsRead)
        return Outcome(project: project, resolved: Set(redone.map(\.journey.id)))
    }

    /// The last index, for `workspace`, when every changed file is a journey that was
    /// one before and gives the index what it gave (`FolderKey`); nil otherwise.
    private func keptFolder(_ workspace: Workspace, changed: Set<String>) -> Folder? {
        guard var kept = folder else { return nil }
        for file in changed {
            guard let old = entries[file]?.journey.document,
                  let new = workspace.documents.first(where: { $0.file == file }),
                  let key = FolderKey(old), key == FolderKey(new) else { return nil }
        }
        kept.resolver = kept.resolver.reusingIndex(for: workspace)
        return kept
    }

    /// Whether a journey resolved last time (its entry) must be resolved again, the
    /// index having been made again.
    private static func staleness(from old: Resolver?, to new: Resolver, changed: Set<String>?)
        -> @Sendable (Entry, MapDocument) -> Bool {
        guard let old, let changed, old.personaIDs == new.personaIDs, old.segmentIDs == new.segmentIDs else {
            return { _, _ in true }
        }
        var changedJourneys: Set<String> = []
        for id in Set(old.touchpointIDs.keys).union(new.touchpointIDs.keys)
        where old.touchpointIDs[id] != new.touchpointIDs[id] || old.momentIDs[id] != new.momentIDs[id] {
            changedJourneys.insert(id)
        }
        // A lookup of a journey that is missing suggests one of the existing ids: when
        // journeys came or went, every lookup outside the journeys of both is stale.
        let stable = Set(old.touchpointIDs.keys).intersection(new.touchpointIDs.keys)
        let idsChanged = old.touchpointIDs.count != stable.count || new.touchpointIDs.count != stable.count
        let (oldIncoming, newIncoming, frozenChanged) = (old.incoming, new.incoming, changedJourneys)
        return { entry, doc in
            changed.contains(doc.file)
                || oldIncoming[doc.id] != newIncoming[doc.id]
                || !entry.consulted.isDisjoint(with: frozenChanged)
                || (idsChanged && !entry.consulted.isSubset(of: stable))
        }
    }
}

/// What `Resolver.indexFolderScope` takes from a journey document that defines no
/// persona or segment: two versions with equal keys give the same index.
struct FolderKey: Equatable {
    var id: String
    var file: String
    var range: SourceRange
    var touchpoints: [String]
    var moments: [String]
    /// Flow targets in other journeys: journey id, touchpoint id.
    var crossings: [[String]]

    /// Nil for a library document or one that defines personas or segments: those
    /// always make the index again.
    init?(_ doc: MapDocument) {
        guard !doc.isLibrary, doc.personas.isEmpty, doc.segments.isEmpty else { return nil }
        id = doc.id
        file = doc.file
        range = doc.range
        touchpoints = []
        moments = []
        crossings = []
        for stage in doc.stages {
            moments += stage.moments.map(\.header.id)
            for tp in stage.touchpoints {
                touchpoints.append(tp.header.id)
                moments += tp.moments.map(\.header.id)
                for case let ref? in (tp.next ?? []).map(\.ref) where ref.journey != nil && ref.journey != doc.id {
                    crossings.append([ref.journey!, ref.id])
                }
            }
        }
    }
}

extension Resolver {
    /// A resolver for `workspace` with this one's folder-wide index.
    func reusingIndex(for workspace: Workspace) -> Resolver {
        var resolver = Resolver(workspace: workspace)
        resolver.personas = personas
        resolver.segments = segments
        resolver.touchpointIDs = touchpointIDs
        resolver.momentIDs = momentIDs
        resolver.personaIDs = personaIDs
        resolver.segmentIDs = segmentIDs
        resolver.incoming = incoming
        return resolver
    }
}
