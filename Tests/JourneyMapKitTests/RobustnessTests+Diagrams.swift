import Foundation
import JourneyCore
import Testing
import TestSupport

/// Diagrams that cannot be drawn, or not drawn well, never stop a build: the journey's
/// flow is shown as text with a warning, and the build exits 0 (1 under `--strict`).
extension RobustnessTests {
    /// Checks clean, yet Graphviz 2.42 crashes laying it out (heap corruption or a
    /// segmentation fault, every time): edges that take no part in ranking (back in
    /// document order), with labels, between touchpoints of one rank. Found by drawing
    /// random small journeys, about one in thirty of which did the same.
    static let crashingJourney = MapsFolder.preamble + """
        ### Touchpoint: A {#a}
        - channel: web
        - next: a (w), d (y), c (w), d, c (x)

        ### Touchpoint: B {#b}
        - channel: web
        - next: d (z), a (z), e (y), b (x)

        ### Touchpoint: C {#c}
        - channel: web
        - next: end (z), d

        ### Touchpoint: D {#d}
        - channel: web
        - next: b (w), c

        ### Touchpoint: E {#e}
        - channel: web
        - next: end (x), b (x), c (x)

        """

    /// Checks clean; Graphviz 2.42 draws it, but corrupts its heap doing so, and the
    /// process aborts later, in whatever it does next.
    static let corruptingJourney = MapsFolder.preamble + """
        ### Touchpoint: A {#a}
        - channel: web
        - next: b, c, d

        ### Touchpoint: B {#b}
        - channel: web
        - next: end

        ### Touchpoint: C {#c}
        - channel: web
        - next: b (x), b (y)

        ### Touchpoint: D {#d}
        - channel: web
        - next: c (x), b (y), c (z), b (w)

        """

    /// The spec example beside the crashing journey: only that diagram is lost.
    static let crashingMaps = [
        "maps/people.md": SpecExample.people, "maps/trail-running.md": SpecExample.journey(),
        "maps/j.md": crashingJourney,
    ]

    /// Graphviz 2.42 does not crash on `crashingJourney` every time (it corrupts its
    /// heap), so the tests make the drawing process of journey `j` abort.
    static let crashJ = ["JOURNEYMAP_CRASH_DIAGRAMS": "j"]

    @Test func graphvizCrashBecomesAWarningAndTheFlowText() throws {
        let box = try BuildSandbox(Self.crashingMaps)
        let result = try box.run(["build", "--maps", "maps", "--output", "out"], environment: Self.crashJ)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("maps/j.md:1:1: warning: Graphviz could not draw the flow diagram of journey 'J': "
            + "it crashed, killed by signal "), "\(result.err)")
        #expect(result.err.contains("; the page shows the flow as text; if the maps look right, "
            + "report it with the DOT file the build kept beside the page [diagram-failed]"), "\(result.err)")
        #expect(result.err.hasSuffix("0 errors, 3 warnings in 3 files\n"), "\(result.err)")
        #expect(!box.exists("out/journeys/j.svg"))
        #expect(box.exists("out/journeys/j.dot"))
        let page = try #require(box.read("out/journeys/j.html"))
        #expect(page.contains("<details class=\"flow-text\" open>"), "the flow as text, open")
        #expect(!page.contains("<svg"))
        // The warning itself is on the report page, behind the page's link for authors.
        #expect(page.contains("1 note for authors"))
        // The other diagrams are drawn; the record of diagrams leaves the failed one out,
        // so that the next build tries again.
        #expect(try #require(box.read("out/journeys/trail-running.html")).contains("<svg"))
        #expect(box.exists("out/overview.svg"))
        #expect(!(box.read("out/.journeymap-diagrams") ?? "").contains("journeys/j.svg"))
        #expect(try #require(box.read("out/report.html")).contains("diagram-failed"))
        #expect(box.names().filter { $0.contains("journeymap-tmp") }.isEmpty)
    }

    /// A diagram that leaves Graphviz's memory corrupted harms no other: each is drawn
    /// in a process of its own (with one worker, the overview would be drawn next).
    @Test func corruptedMemoryHarmsNoOtherDiagram() throws {
        let box = try BuildSandbox(Self.crashingMaps.merging(["maps/j.md": Self.corruptingJourney]) { $1 })
        let outcome = box.build(output: "out", workers: 1)
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(!outcome.err.contains("diagram-failed"), "\(outcome.err)")
        for path in ["journeys/j.svg", "journeys/trail-running.svg", "overview.svg"] {
            #expect(box.exists("out/" + path), "\(path)")
        }
    }

    /// Under `--strict` the warning is an error: exit 1, the output folder as it was.
    @Test func graphvizCrashFailsUnderStrict() throws {
        let box = try BuildSandbox(["maps/j.md": Self.crashingJourney])
        let result = try box.run(["build", "--maps", "maps", "--output", "out", "--strict"], environment: Self.crashJ)
        #expect(result.status == 1, "\(result.err)")
        #expect(result.err.contains("maps/j.md:1:1: error: Graphviz could not draw the flow diagram of journey 'J'"))
        #expect(result.err.hasSuffix("1 error, 0 warnings in 1 file\n"), "\(result.err)")
        #expect(!box.exists("out"))
        #expect(box.names().filter { $0.contains("journeymap-tmp") }.isEmpty)
    }

    /// A journey past `DiagramSize.limit`: a warning from `check` and from `build`, no
    /// picture, no DOT file; the flow is on the page as text.
    @Test func journeyPastTheSizeLimitIsShownAsText() throws {
        let body = "### Touchpoint: A {#a}\n- channel: web\n- next: "
            + Array(repeating: "a", count: 3999).joined(separator: ", ") + "\n"
        let box = try BuildSandbox(["maps/j.md": MapsFolder.preamble + body])
        let check = try box.run(["check", "--maps", "maps"])
        #expect(check.status == 0)
        #expect(check.err.contains("[diagram-too-large]"))
        let outcome = box.build(output: "out", workers: 1)
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(outcome.err.contains("maps/j.md:1:1: warning: journey 'J' is too large for a flow diagram"))
        #expect(!box.exists("out/journeys/j.svg") && !box.exists("out/journeys/j.dot"))
        let page = try #require(box.read("out/journeys/j.html"))
        #expect(page.contains("<details class=\"flow-text\" open>"), "the flow as text, open")
        #expect(page.contains("1 note for authors"))
        #expect(try #require(box.read("out/report.html")).contains("diagram-too-large"))
        #expect(box.exists("out/overview.svg"))
    }

    /// Titles and flow labels of 20 KiB (escaping to more, and with no space to wrap at)
    /// are cut in the diagrams and whole on the pages.
    @Test func twentyKiBTitlesAndLabelsBuild() throws {
        let long = String(repeating: "R&D", count: 7_000)
        let text = """
            ---
            id: j
            ---

            # \(long)

            ## Stage: \(long)

            ### Touchpoint: \(long)
            - channel: web
            - next: b 50% (\(long))

            ### Touchpoint: B {#b}
            - channel: web
            - next: other/c

            """
        let otherTitle = "Other " + String(repeating: "R&D <b> \\ ", count: 2_500)
        let other = "---\nid: other\ntitle: \(otherTitle)\n---\n\n# O\n\n## Stage: S\n\n### Touchpoint: C {#c}\n- channel: web\n"
        let box = try BuildSandbox(["maps/j.md": text, "maps/other.md": other])
        let outcome = box.build(output: "out", workers: 1)
        #expect(outcome.status == .ok, "\(outcome.err)")
        #expect(!outcome.err.contains("diagram-failed"), "\(outcome.err)")
        let svg = try #require(box.read("out/journeys/j.svg"))
        #expect(svg.contains("\u{2026}"))
        let page = try #require(box.read("out/journeys/j.html"))
        #expect(page.contains(String(repeating: "R&amp;D", count: 7_000)))
    }
}

extension RobustnessTests {
    /// Without the overview's picture (too large, or failed), the index still lists the
    /// links between journeys.
    @Test func indexListsTheLinksWithoutTheOverviewDiagram() throws {
        let folder = MapsFolder(BuildMaps.many(2).reduce(into: [:]) { $0[String($1.key.dropFirst(5))] = $1.value })
        let index = try #require(try SitePageTests.generate(folder)["index.html"])
        #expect(index.contains("<h2 id=\"lifecycle-heading\">Lifecycle overview</h2>"))
        #expect(index.contains("<ul class=\"cross-links\">"))
        #expect(!index.contains("<figure class=\"diagram\">"))
    }
}
