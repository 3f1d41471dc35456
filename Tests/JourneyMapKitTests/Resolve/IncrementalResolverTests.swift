import CMarkBridge
import JourneyCore
import JourneyOutputs
import Testing
import TestSupport

/// `IncrementalResolver` gives what `Project.resolve` gives, after any sequence of
/// edits, while resolving again only the journeys an edit can reach.
@Suite struct IncrementalResolverTests {
    /// A maps folder as values: journeys of three touchpoints each, cross-journey flows,
    /// and a persona library; rendered to Markdown for the real parser.
    struct Folder {
        struct Journey {
            var id: String
            var title: String
            var persona = "hiker"
            var touchpoints: [(id: String, title: String, emotion: Int)]
            /// `next:` of the last touchpoint, e.g. `j1/t0` or `end`.
            var exit = "end"
        }

        var journeys: [Journey] = (0..<4).map { k in
            Journey(id: "j\(k)", title: "Journey \(k)", touchpoints: (0..<3).map { (id: "t\($0)", title: "Step \($0)", emotion: 0) })
        }
        var personas = ["hiker", "runner"]

        var files: [String: String] {
            var files: [String: String] = [:]
            files["library.md"] = "---\nstatus: approved\n---\n\n# People\n\n"
                + personas.map { "## Persona: \($0.capitalized) {#\($0)}\n- goal: Get out more\n\n" }.joined()
            for j in journeys {
                var text = "---\nid: \(j.id)\npersona: \(j.persona)\n---\n\n# \(j.title)\n\n## Stage: Only\n\n"
                for (i, tp) in j.touchpoints.enumerated() {
                    text += "### Touchpoint: \(tp.title) {#\(tp.id)}\n- channel: web\n- emotion: \(tp.emotion)\n"
                    if i == j.touchpoints.count - 1 { text += "- next: \(j.exit)\n" }
                    text += "\n"
                }
                files["\(j.id).md"] = text
            }
            return files
        }
    }

    static func workspace(_ folder: Folder) throws -> Workspace {
        try MapsFolder(folder.files).workspace()
    }

    /// Files whose text differs between two folders (both sides' names).
    static func changed(_ a: Folder, _ b: Folder) -> Set<String> {
        let (x, y) = (a.files, b.files)
        return Set(Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }.map { MapsFolder.root + "/" + $0 })
    }

    static func expectSame(_ incremental: Project, _ full: Project, _ step: String) {
        #expect(JSONExporter.export(incremental) == JSONExporter.export(full), "\(step)")
        #expect(incremental.diagnostics == full.diagnostics, "\(step)")
        #expect(incremental.personas.map(\.header.id) == full.personas.map(\.header.id), "\(step)")
    }

    /// One random edit of the kinds a workshop makes, some breaking references.
    static func edit(_ folder: inout Folder, _ rng: inout SplitMix64) -> String {
        let k = Int(rng.next() % UInt64(folder.journeys.count))
        let t = Int(rng.next() % 3)
        switch rng.next() % 8 {
        case 0, 1:
            folder.journeys[k].touchpoints[t].emotion = Int(rng.next() % 5) - 2
            return "emotion of \(folder.journeys[k].id)/t\(t)"
        case 2:
            folder.journeys[k].touchpoints[t].title += " again"
            return "title of \(folder.journeys[k].id)/t\(t)"
        case 3:
            let id = folder.journeys[k].touchpoints[t].id
            folder.journeys[k].touchpoints[t].id = id.hasSuffix("x") ? String(id.dropLast()) : id + "x"
            return "id of \(folder.journeys[k].id)/t\(t)"
        case 4:
            let other = folder.journeys[Int(rng.next() % UInt64(folder.journeys.count))]
            folder.journeys[k].exit = "\(other.id)/t\(t) 40%"
            return "exit of \(folder.journeys[k].id) to \(other.id)/t\(t)"
        case 5:
            folder.journeys[k].id = folder.journeys[k].id.hasSuffix("x") ? String(folder.journeys[k].id.dropLast()) : folder.journeys[k].id + "x"
            return "journey id \(folder.journeys[k].id)"
        case 6:
            folder.personas[1] = folder.personas[1] == "runner" ? "walker" : "runner"
            folder.journeys[k].persona = folder.personas[Int(rng.next() % 2)]
            return "persona renamed, \(folder.journeys[k].id) uses \(folder.journeys[k].persona)"
        default:
            folder.journeys[k].title += "!"
            return "title of \(folder.journeys[k].id)"
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomEditsResolveAsAWholeFolderDoes(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var folder = Folder()
        var resolver = IncrementalResolver()
        var previous = folder
        let first = resolver.resolve(try Self.workspace(folder), changed: nil)
        #expect(first.resolved == Set(folder.journeys.map(\.id)))
        for round in 0..<40 {
            let step = "seed \(seed) round \(round): " + Self.edit(&folder, &rng)
            let workspace = try Self.workspace(folder)
            let outcome = resolver.resolve(workspace, changed: Self.changed(previous, folder))
            Self.expectSame(outcome.project, Project.resolve(workspace), step)
            previous = folder
        }
    }

    @Test func anEmotionEditResolvesOnlyItsJourney() throws {
        var folder = Folder()
        var resolver = IncrementalResolver()
        _ = resolver.resolve(try Self.workspace(folder), changed: nil)
        let before = folder
        folder.journeys[2].touchpoints[1].emotion = 2
        let outcome = resolver.resolve(try Self.workspace(folder), changed: Self.changed(before, folder))
        #expect(outcome.resolved == ["j2"])
    }

    @Test func aRenamedTouchpointResolvesTheJourneysThatLeadIntoIt() throws {
        var folder = Folder()
        folder.journeys[0].exit = "j1/t0"
        var resolver = IncrementalResolver()
        _ = resolver.resolve(try Self.workspace(folder), changed: nil)
        let before = folder
        folder.journeys[1].touchpoints[0].id = "start"
        let workspace = try Self.workspace(folder)
        let outcome = resolver.resolve(workspace, changed: Self.changed(before, folder))
        #expect(outcome.resolved == ["j0", "j1"])
        #expect(outcome.project.diagnostics.contains { $0.id == .unresolvedRef && $0.file == "maps/j0.md" })
        Self.expectSame(outcome.project, Project.resolve(workspace), "renamed j1/t0")
    }

    @Test func aRenamedPersonaResolvesEveryJourney() throws {
        var folder = Folder()
        var resolver = IncrementalResolver()
        _ = resolver.resolve(try Self.workspace(folder), changed: nil)
        let before = folder
        folder.personas[0] = "walker"
        let outcome = resolver.resolve(try Self.workspace(folder), changed: Self.changed(before, folder))
        #expect(outcome.resolved == Set(folder.journeys.map(\.id)))
        #expect(outcome.project.errorCount == folder.journeys.count)
    }
}

/// A small seeded generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
