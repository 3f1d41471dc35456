import CMarkBridge
import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing

/// Pairs of maps folders held in memory under `base/` and `head/`, loaded as `diff`
/// loads them.
struct DiffFixture {
    var base: [String: String]?
    var head: [String: String]?

    /// A journey with every figure the diff compares: KPIs on the journey, a stage and a
    /// tactic; scored touchpoints (Search is the focus and has a tactic with an
    /// experiment); emotions; a pain; three stages.
    static let trip = """
        ---
        id: trip
        kpi:
          - "bookings: 10 -> 12"
        ---

        # Trip

        ## Stage: Plan {#plan}
        - kpi: searches: 100 -> 120

        ### Touchpoint: Search {#search}
        - channel: web
        - emotion: +1
        - pain: Too many filters
        - score: volume 5, influence 5, data 5
        - traffic: 1000/day

        #### Tactic: Smart filters {#smart-filters}
        - trigger: a returning visitor
        - fallback: default filters
        - kpi: filter use: 10% -> 20%
        - impact: 4
        - effort: 2
        - confidence: 3
        - experiment:
          - baseline: 5%
          - lift: 10%

        ### Touchpoint: Compare {#compare}
        - channel: web
        - emotion: -1
        - score: volume 2, influence 2, data 2

        ## Stage: Book {#book}

        ### Touchpoint: Pay {#pay}
        - channel: web
        - emotion: 0
        - score: volume 1, influence 1, data 1

        ## Stage: Travel {#travel}

        ### Touchpoint: Board {#board}
        - channel: in-person
        - emotion: +2

        """

    /// The base holds `trip.md`; the head holds it with each replacement made (each must
    /// match, so a fixture cannot go stale silently).
    static func trip(_ replacements: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) -> DiffFixture {
        var head = trip
        for (old, new) in replacements {
            #expect(head.contains(old), "fixture lacks '\(old)'", sourceLocation: sourceLocation)
            head = head.replacingOccurrences(of: old, with: new)
        }
        return DiffFixture(base: ["trip.md": trip], head: ["trip.md": head])
    }

    var fileSystem: InMemoryFileSystem {
        var files: [String: String] = [:]
        for (side, maps) in [("base", base), ("head", head)] {
            for (path, text) in maps ?? [:] { files["\(side)/\(path)"] = text }
        }
        return InMemoryFileSystem(files)
    }

    func project(_ side: String) throws -> Project? {
        let fs = fileSystem
        return fs.isDirectory(side) ? try ProjectLoader.load(maps: side, strict: false, fileSystem: fs) : nil
    }

    func diff() throws -> MapDiff {
        MapDiffer.compare(base: try project("base"), head: try project("head"))
    }

    /// The only changed journey's changes as (kind, element, id, field).
    func changes(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let diff = try diff()
        #expect(diff.journeys.count == 1, sourceLocation: sourceLocation)
        return (diff.journeys.first?.changes ?? []).map { c in
            [c.kind.rawValue, c.element.rawValue, c.id, c.field?.rawValue].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// Runs the action as the command line would, on these folders.
    func run(_ format: DiffAction.Format = .text, failOn: [DiffFailure] = []) -> (status: JourneyMapKit.ExitStatus, out: String, err: String) {
        let out = Captured()
        let err = Captured()
        let fs = fileSystem
        let status = DiffAction(base: "base", head: "head", format: format, failOn: failOn)
            .run(console: Console(out: { out.append($0) }, err: { err.append($0) }, errIsTerminal: false), fileSystem: fs,
                 exists: { fs.isDirectory($0) })
        return (status, out.text, err.text)
    }
}
