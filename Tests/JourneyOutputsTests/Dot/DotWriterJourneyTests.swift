import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// The flow diagram of a hand-built journey, statement by statement.
@Suite struct DotWriterJourneyTests {
    typealias F = DotFixtures

    static var options: DiagramOptions {
        var options = DiagramOptions()
        options.journeyTitles = ["onboarding": "Onboarding"]
        return options
    }

    static let dot = DotWriter.journey(F.sample, options: options)

    /// The line that declares `name` (a node or `name -> ...` edge).
    static func line(_ prefix: String) throws -> String {
        try #require(dot.split(separator: "\n").map(String.init).first {
            $0.trimmedSpaces.hasPrefix(prefix)
        }, "no line starting with \(prefix)")
    }

    @Test func isANamedTopToBottomDigraph() {
        #expect(Self.dot.hasPrefix("digraph \"flow-shop\" {\n"))
        #expect(Self.dot.contains("graph [id=\"flow__shop\", rankdir=\"TB\""))
        #expect(Self.dot.hasSuffix("}\n"))
    }

    /// A row per stage, headed by the stage's name; the rows' heads chained in order.
    @Test func oneRowPerStageInOrder() throws {
        let rows = Self.dot.split(separator: "\n").filter { $0.contains("subgraph ") }
        #expect(rows.map(\.trimmedSpaces) == ["subgraph row_s0_0 {", "subgraph row_s1_0 {"])
        #expect(Self.dot.components(separatedBy: "rank=\"same\"").count == 3)
        let aware = try Self.line("st0 [")
        #expect(aware.contains("id=\"flow-stage-aware\""))
        #expect(aware.contains("label=<<B>Awareness</B>>, shape=\"plaintext\""))
        #expect(try Self.line("st1 [").contains("id=\"flow-stage-buy\""))
        #expect(Self.dot.contains("st0 -> st1 [style=\"invis\", weight=\"10\"]"))
        #expect(!Self.dot.contains("cluster"))
    }

    @Test func touchpointNodeShowsTitleChannelEmotionAndCounts() throws {
        let ad = try Self.line("tp0 [")
        #expect(ad.contains("id=\"flow-tp-ad\""))
        #expect(ad.contains("<B>Instagram ad</B>"))
        #expect(ad.contains("<FONT POINT-SIZE=\"9\">web</FONT>"))
        #expect(ad.contains("emotion 0 curious"))
        #expect(ad.contains("1 tactic \u{00B7} 2 pains"))
        #expect(ad.contains("fillcolor=\"#f7f7f7\""))
        #expect(ad.contains("URL=\"shop.html#tp-ad\""))
        #expect(ad.contains("tooltip=\"Instagram ad \u{00B7} emotion 0 curious \u{00B7} no priority\""))
        #expect(!ad.contains("penwidth"))
        #expect(!ad.contains("peripheries"))
    }

    @Test func focusAndMomentOfTruthAreMarkedInWordsAndLines() throws {
        let page = try Self.line("tp1 [")
        #expect(page.contains("\u{2605} focus #1"))
        #expect(page.contains("penwidth=\"3\""))
        #expect(page.contains("priority 83.3 (rank 1) \u{00B7} focus\""))
        let cart = try Self.line("tp2 [")
        #expect(cart.contains("\u{25C6} moment of truth"))
        #expect(cart.contains("peripheries=\"2\""))
        #expect(cart.contains("emotion -1<"))
        #expect(cart.contains("fillcolor=\"#fddbc7\""))
    }

    @Test func touchpointWithoutEmotionIsGreyWithADash() throws {
        let done = try Self.line("tp3 [")
        #expect(done.contains("emotion \u{2013}"))
        #expect(done.contains("fillcolor=\"#d9d9d9\""))
    }

    @Test func edgesCarrySharesAndLabels() throws {
        let edge = try Self.line("tp0 -> tp1 [")
        #expect(edge.contains("id=\"flow-edge-ad__0\""))
        #expect(edge.contains("label=<40%<BR/>taps>"))
        #expect(edge.contains("penwidth=\"2.2\""))
        #expect(!edge.contains("dashed"))
    }

    @Test func implicitEdgesAreDashedAndLighter() throws {
        let edge = try Self.line("tp1 -> tp2 [")
        #expect(edge.contains("style=\"dashed\""))
        #expect(edge.contains("color=\"#9e9e9e\""))
        #expect(edge.contains("document order"))
        #expect(!edge.contains("label="))
    }

    @Test func backwardEdgesDoNotRankAndEndGoesToOneEndNode() throws {
        #expect(try Self.line("tp2 -> tp1 [").contains("constraint=\"false\""))
        #expect(try !Self.line("tp2 -> tp3 [").contains("constraint"))
        #expect(try Self.line("tp2 -> end [").contains("label=<5%>"))
        #expect(try Self.line("end [").contains("shape=\"doublecircle\""))
    }

    @Test func crossJourneyEdgeEndsAtAStubNamingTheJourney() throws {
        let stub = try Self.line("x0 [")
        #expect(stub.contains("<B>Onboarding</B>"))
        #expect(stub.contains("welcome"))
        #expect(stub.contains("URL=\"onboarding.html#tp-welcome\""))
        #expect(stub.contains("id=\"flow-ext-onboarding__welcome\""))
        #expect(try Self.line("tp3 -> x0 [").contains("label=<10%>"))
    }

    @Test func stubWithoutATitleNamesTheJourneyId() {
        let dot = DotWriter.journey(F.sample)
        #expect(dot.contains("<B>onboarding</B>"))
    }

    /// Neighbours in a row keep document order: an invisible edge joins them where the
    /// flow has none (in the sample the page flows to the cart, so only the stage
    /// names lead into their rows).
    @Test func rowsKeepDocumentOrderWithInvisibleEdges() throws {
        #expect(Self.dot.contains("st0 -> tp0 [style=\"invis\"]"))
        #expect(Self.dot.contains("st1 -> tp1 [style=\"invis\"]"))
        #expect(!Self.dot.contains("tp1 -> tp2 [style=\"invis\"]"))  // the page flows to the cart
        let j = F.journey("ordered", title: "Ordered", [
            F.StageSpec("one", "One", [F.TP("a", "A", next: [F.to(2, 50)]), F.TP("b", "B", next: [F.end(10)]), F.TP("c", "C")]),
        ])
        let dot = DotWriter.journey(j)
        #expect(dot.contains("tp0 -> tp1 [style=\"invis\"]"))
        #expect(dot.contains("tp1 -> tp2 [style=\"invis\"]"))
    }

    /// A stage longer than a row goes on in the next, behind an empty spacer.
    @Test func longStagesWrapIntoRows() throws {
        let n = JourneyFlowWriter.rowLength + 2
        let j = F.journey([F.StageSpec("long", (0..<n).map { F.TP("t\($0)") }), F.StageSpec("next", [F.TP("u")])])
        let dot = DotWriter.journey(j)
        #expect(dot.contains("subgraph row_s0_0 {"))
        #expect(dot.contains("subgraph row_s0_1 {"))
        #expect(dot.contains("st0_1 [shape=\"plaintext\", style=\"invis\", label=\"\"]"))
        #expect(dot.contains("st0 -> st0_1 [style=\"invis\", weight=\"10\"]"))
        #expect(dot.contains("st0_1 -> st1 [style=\"invis\", weight=\"10\"]"))
        #expect(dot.contains("st0_1 -> tp\(JourneyFlowWriter.rowLength) [style=\"invis\"]"))
    }

    /// An edge within a row shows its share beside it (`xlabel`), the condition in the
    /// tooltip: Graphviz 2.43 corrupts memory on a `label` of such a flat edge.
    @Test func edgesWithinARowCarryTheirShareBeside() throws {
        let edge = try Self.line("tp2 -> tp1 [")  // the cart back to the page, 20%
        #expect(edge.contains("xlabel=<20%>"))
        #expect(!edge.contains(" label="))
        let ad = try Self.line("tp0 -> tp1 [")  // between rows: share and condition on the edge
        #expect(ad.contains("label=<40%<BR/>taps>"))
    }

    @Test func emptyStageKeepsAPlaceholder() throws {
        let j = F.journey([F.StageSpec("a", [F.TP("x")]), F.StageSpec("empty", []), F.StageSpec("c", [F.TP("y")])])
        let dot = DotWriter.journey(j)
        #expect(dot.contains("s1_empty [id=\"flow-stage-empty__empty\", label=\"no touchpoints\""))
        #expect(dot.contains("st1 -> s1_empty [style=\"invis\"]"))
        #expect(dot.contains("st0 -> st1 [style=\"invis\", weight=\"10\"]"))
        #expect(dot.contains("st1 -> st2 [style=\"invis\", weight=\"10\"]"))
    }

    /// Every `id` of a journey's DOT is distinct, also when map ids look like the parts
    /// the writer joins: an empty stage `s` and a stage `s--empty`, edges of `a` and `a--0`.
    @Test func idsStayDistinctWhateverTheMapIDs() throws {
        let j = F.journey([
            F.StageSpec("s", []),
            F.StageSpec("s--empty", [F.TP("a", next: [F.to(1, 50), F.to(2, 50)]), F.TP("a--0", next: [F.to(2)])]),
            F.StageSpec("s__empty", [F.TP("a__0")]),
        ])
        let ids = Self.ids(DotWriter.journey(j))
        #expect(ids.count == Set(ids).count, "\(ids)")
        #expect(ids.contains("flow-stage-s__empty"))
        #expect(ids.contains("flow-stage-s_5F_5Fempty"))
    }

    /// The graph's id stays clear of its nodes' ids and of the journey page's own ids
    /// (`flow-heading`), whatever the journey's id.
    @Test(arguments: ["stage-x", "tp-a", "heading"])
    func graphIDStaysDistinct(_ journeyID: String) throws {
        let j = F.journey(journeyID, [F.StageSpec("x", [F.TP("a")])])
        let ids = Self.ids(DotWriter.journey(j))
        #expect(ids.count == Set(ids).count, "\(ids)")
        #expect(ids.contains("flow__" + journeyID))
        #expect(!ids.contains("flow-heading"))
    }

    /// The values of every `id="..."` in `dot`.
    static func ids(_ dot: String) -> [String] {
        dot.components(separatedBy: "id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func sameJourneyGivesTheSameText() {
        #expect(DotWriter.journey(F.sample, options: Self.options) == Self.dot)
    }

    @Test func countsMatchTheModel() {
        // 4 touchpoints, the end node, one stub, 2 stage names.
        #expect(DotSkeleton.nodeCount(Self.dot) == 8)
        // 6 flow edges; from each stage name into its row, and from one name to the next.
        #expect(DotSkeleton.edgeCount(Self.dot) == 9)
    }
}
