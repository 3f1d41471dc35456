import Foundation
import GraphvizBridge
import JourneyCore
import JourneyMapKit
import JourneyOutputs
import Testing
import TestSupport

/// The diagrams through the real pipeline and the real Graphviz: well-formed SVG, the
/// graph Graphviz read is the one the writer meant, hostile map text changes nothing,
/// same input gives the same bytes, big and pathological journeys stay bounded.
@Suite struct DiagramRenderTests {
    static func render(_ dot: String, _ name: String) throws -> [UInt8] {
        try GraphvizRenderer.shared.render(dot: dot, format: "svg", name: name)
    }

    /// The visible node and edge statements of DOT text the writer made (one statement a
    /// line; Graphviz writes nothing to the SVG for invisible ones).
    static func statements(_ dot: String) -> (nodes: Int, edges: Int) {
        let lines = dot.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { !$0.contains("style=\"invis\"") }
        func count(_ pattern: String) -> Int {
            lines.filter { $0.range(of: pattern, options: .regularExpression) != nil }.count
        }
        let name = #"(tp\d+(_\d+)?|x\d+|g\d+|st\d+(_\d+)?|s\d+_empty|end|j\d+)"#
        return (count("^" + name + #" \["#), count("^" + name + " -> " + name + #" \["#))
    }

    /// Every graph of a folder: each journey, then the overview.
    static func graphs(_ project: Project) -> [(name: String, dot: String)] {
        let options = DiagramOptions(project: project)
        return project.journeys.map { ($0.id, DotWriter.journey($0, options: options)) }
            + [("overview", DotWriter.overview(project, options: options))]
    }

    @Test(arguments: DiagramCorpus.sets)
    func fixturesRenderToWellFormedSVGOfTheWrittenGraph(_ set: String) throws {
        let project = try ProjectLoader.load(maps: DiagramCorpus.maps(set), strict: false)
        #expect(!project.hasErrors)
        for (name, dot) in Self.graphs(project) {
            let svg = try SVGSummary(Self.render(dot, name))
            let expected = Self.statements(dot)
            #expect(svg.nodes == expected.nodes, "\(name)")
            #expect(svg.edges == expected.edges, "\(name)")
            #expect(svg.elements.contains("svg"))
        }
    }

    @Test func flowSVGCarriesLinksIdsAndTooltips() throws {
        let project = try ProjectLoader.load(maps: DiagramCorpus.maps("linked"), strict: false)
        let signup = try #require(project.journey("signup"))
        let svg = try SVGSummary(Self.render(DotWriter.journey(signup, options: DiagramOptions(project: project)), "signup"))
        #expect(svg.ids.contains("flow-tp-plans"))
        #expect(svg.ids.contains("flow-stage-decide"))
        #expect(svg.links.contains("signup.html#tp-coverage"))
        #expect(svg.links.contains("onboarding.html#tp-welcome"))
        #expect(svg.titles.contains("Plan comparison \u{00B7} emotion -1.5 confused \u{00B7} priority 83.3 (rank 1) \u{00B7} focus"))
        // A row per stage, named at its head: no clusters in the full layout.
        #expect(svg.clusters == 0)
        #expect(svg.ids.contains("flow-stage-explore"))
        #expect(svg.texts.contains("\u{25C6} moment of truth"))
        #expect(svg.texts.contains("no touchpoints"))
    }

    /// A journey whose every title, label and condition is hostile, and its twin with
    /// plain text: Graphviz reads the same number of nodes and edges from both, the
    /// SVG stays well-formed, and the text shows as written.
    @Test func hostileTextChangesNoStructureAndShowsLiterally() throws {
        let plain = try MapsFolder(["j.md": HostileMap.text { "Plain \($0)" }]).project()
        let hostile = try MapsFolder(["j.md": HostileMap.text { HostileMap.titles[$0 % HostileMap.titles.count] }]).project()
        #expect(!plain.hasErrors)
        #expect(!hostile.hasErrors, "\(hostile.diagnostics.map(\.message))")
        for ((_, plainDot), (name, hostileDot)) in zip(Self.graphs(plain), Self.graphs(hostile)) {
            let a = try SVGSummary(Self.render(plainDot, name))
            let b = try SVGSummary(Self.render(hostileDot, name))
            #expect(Self.statements(plainDot) == Self.statements(hostileDot))
            #expect(a.nodes == b.nodes && a.edges == b.edges && a.clusters == b.clusters, "\(name)")
            #expect(b.nodes == Self.statements(hostileDot).nodes)
            #expect(b.edges == Self.statements(hostileDot).edges)
            #expect(!b.elements.contains("script"))
            #expect(a.elements == b.elements)
        }
        let flow = try SVGSummary(Self.render(try #require(Self.graphs(hostile).first).dot, "j"))
        for (k, title) in HostileMap.titles.prefix(4).enumerated() {
            #expect(flow.texts.contains(title), "\(title) not shown as written")
            // Index 1 titles the stage; the others title touchpoints, which have tooltips.
            if k != 1 {
                #expect(flow.titles.contains { $0.hasPrefix(title + " \u{00B7} emotion") }, "\(title) not in a tooltip")
            }
        }
        #expect(flow.texts.contains { $0.contains("\u{202E}rtl\u{200F}") })
    }

    /// The same maps give the same DOT text, and the same DOT text the same layout.
    @Test func sameInputGivesTheSameDOTAndLayout() throws {
        for set in DiagramCorpus.sets {
            let first = Self.graphs(try ProjectLoader.load(maps: DiagramCorpus.maps(set), strict: false))
            let second = Self.graphs(try ProjectLoader.load(maps: DiagramCorpus.maps(set), strict: false))
            #expect(first.map(\.dot) == second.map(\.dot))
            for (name, dot) in first {
                let a = String(decoding: try Self.render(dot, name), as: UTF8.self)
                let b = String(decoding: try Self.render(dot, name), as: UTF8.self)
                #expect(Self.clustersSorted(a) == Self.clustersSorted(b), "\(name)")
            }
        }
    }

    /// Byte for byte, also for graphs with several stage rows: cgraph orders sibling
    /// subgraphs by id, and the bridge numbers named objects in creation order (cgraph's
    /// own ids are name addresses, which made subgraph order vary between renders).
    @Test func sameInputGivesIdenticalBytes() throws {
        let project = try ProjectLoader.load(maps: DiagramCorpus.maps("linked"), strict: false)
        let graphs = Self.graphs(project)
        let multiCluster = graphs.filter { $0.1.components(separatedBy: "subgraph row_").count - 1 >= 2 }.count
        // Every graph twice, the others rendered in between, so pooled-name addresses move.
        let first = try graphs.map { try Self.render($0.1, $0.0) }
        for (index, (name, dot)) in graphs.enumerated() {
            #expect(try Self.render(dot, name) == first[index], "\(name)")
        }
        #expect(multiCluster > 0, "the fixture must have a graph with several rows")
    }

    /// `svg` with every cluster group moved to the end in sorted order.
    static func clustersSorted(_ svg: String) -> String {
        var rest: [Substring] = [], clusters: [String] = [], current: [Substring]?
        for line in svg.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("<g "), line.contains("class=\"cluster\"") { current = [] }
            if current != nil {
                current!.append(line)
                if line == "</g>" {
                    clusters.append(current!.joined(separator: "\n"))
                    current = nil
                }
            } else {
                rest.append(line)
            }
        }
        return (rest.map(String.init) + clusters.sorted()).joined(separator: "\n")
    }

    /// 2000 touchpoints take the bounded layout and every one is drawn (how long it takes:
    /// bench/diagram_bench.py).
    @Test func twoThousandTouchpointsUseTheBoundedLayout() throws {
        let project = try MapsFolder(["big.md": DiagramCorpus.big(2000)]).project()
        let journey = try #require(project.journey("big"))
        #expect(journey.touchpoints.count == 2000)
        let dot = DotWriter.journey(journey)
        #expect(dot.contains("nslimit=\"0.05\""), "a journey this big uses the bounded layout")
        let summary = try SVGSummary(try Self.render(dot, journey.id))
        #expect(summary.nodes == Self.statements(dot).nodes)
    }

    /// One touchpoint with 60 incoming edges from other stages, in the full layout (how
    /// long it takes: bench/odd_input_bench.py).
    @Test func sixtyIncomingEdgesKeepTheFullLayout() throws {
        let project = try MapsFolder(["hub.md": DiagramCorpus.hub()]).project()
        let journey = try #require(project.journey("hub"))
        let hub = try #require(journey.touchpoints.firstIndex { $0.header.id == "hub" })
        let incoming = journey.touchpointFigures.filter { $0.next.contains { $0.target == .local(hub) } }.count
        #expect(incoming == 60)
        let dot = DotWriter.journey(journey)
        #expect(!dot.contains("nslimit=\"0.05\""), "the full layout")
        let summary = try SVGSummary(try Self.render(dot, journey.id))
        #expect(summary.nodes == Self.statements(dot).nodes)
    }
}

/// A journey for the escaping tests: its titles, labels and conditions come from a
/// function of a counter, so a hostile and a plain twin share every structure.
enum HostileMap {
    static let titles = [
        "\"]; x -> y; //",
        "</svg><script>alert(1)</script>",
        "{{template}} } {",
        "back\\slash\\ \\N \\G \\L",
        "\u{202E}rtl\u{200F} mark",
        "<<B>> & &amp; <TABLE>",
        "subgraph cluster_x { z -> w }",
        "\u{FFFF} &#0; ]]> --> <!--",
    ]

    static func text(_ t: (Int) -> String) -> String {
        """
        ---
        id: j
        ---

        # \(t(7))

        ## Stage: \(t(1)) {#s1}

        ### Touchpoint: \(t(0)) {#a}
        - channel: web
        - emotion: -2 \(t(4))
        - moment of truth: yes
        - score: volume 5, influence 5, data 5
        - next: b 60% (\(t(0))), c 20% (\(t(5))), end 10% (\(t(6)))

        ### Touchpoint: \(t(2)) {#b}
        - channel: app
        - emotion: +1.5 \(t(4))

        ## Stage: \(t(5)) {#s2}

        ## Stage: \(t(6)) {#s3}

        ### Touchpoint: \(t(3)) {#c}
        - channel: app
        - emotion: happy
        - next: a 10% (\(t(3))), end

        ### Touchpoint: \(t(4)) {#d}
        - channel: email
        - emotion: -1 \(t(1))
        - next: j/a 5%, b

        """
    }
}
