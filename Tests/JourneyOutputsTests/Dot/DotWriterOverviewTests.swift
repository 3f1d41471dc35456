import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// The lifecycle overview: a node per journey, cross-journey flows summed per pair.
@Suite struct DotWriterOverviewTests {
    typealias F = DotFixtures

    static var project: Project {
        let discover = F.journey("discover", title: "Discover", [
            F.StageSpec("s", [
                F.TP("a", emotion: 2, next: [F.external("buy", "b1", 30), F.external("buy", "b2", 25)]),
                F.TP("b", emotion: -1, next: [F.external("buy", "b1"), F.external("ghost", "x", 50),
                                              F.external("discover", "a", 10)]),
            ]),
        ])
        let buy = F.journey("buy", title: "Buy", [
            F.StageSpec("s1", [F.TP("b1", emotion: nil), F.TP("b2", emotion: nil, next: [F.external("discover", "a", 5)])]),
            F.StageSpec("s2", [F.TP("b3", emotion: nil)]),
        ])
        let empty = F.journey("stages-only", title: "Stages only", [F.StageSpec("s", [])])
        return F.project([discover, buy, empty])
    }

    static let dot = DotWriter.overview(project)

    static func line(_ prefix: String) -> String {
        dot.split(separator: "\n").map(\.trimmedSpaces).first { $0.hasPrefix(prefix) } ?? ""
    }

    /// The site draws the overview for its root folder: links gain `journeys/`.
    @Test func pagePrefixGoesInFrontOfEveryLink() {
        var options = DiagramOptions(project: Self.project)
        options.pagePrefix = "journeys/"
        let dot = DotWriter.overview(Self.project, options: options)
        #expect(dot.contains("URL=\"journeys/discover.html\""))
        #expect(!dot.contains("URL=\"discover.html\""))
    }

    @Test func oneNodePerJourneyWithStagesAndMeanEmotion() {
        let discover = Self.line("j0 [")
        #expect(discover.contains("id=\"overview-discover\""))
        #expect(discover.contains("<B>Discover</B>"))
        #expect(discover.contains("1 stage \u{00B7} 2 touchpoints"))
        #expect(discover.contains("mean emotion +0.5"))
        #expect(discover.contains("fillcolor=\"#e4eef4\""))
        #expect(discover.contains("URL=\"discover.html\""))
        let buy = Self.line("j1 [")
        #expect(buy.contains("2 stages \u{00B7} 3 touchpoints"))
        #expect(buy.contains("mean emotion \u{2013}"))
        #expect(buy.contains("fillcolor=\"#d9d9d9\""))
        #expect(Self.line("j2 [").contains("1 stage \u{00B7} 0 touchpoints"))
    }

    /// Three links discover -> buy (30% + 25% + one without a share), one back; the
    /// link to a journey that does not exist and the one to itself are left out.
    @Test func edgesSumTheSharesOfEveryCrossing() {
        let forward = Self.line("j0 -> j1 [")
        #expect(forward.contains("id=\"overview-edge-discover__buy\""))
        #expect(forward.contains("label=<3 links \u{00B7} 55%>"))
        #expect(forward.contains("penwidth=\"2.65\""))
        #expect(forward.contains("weight=\"4\""))
        let back = Self.line("j1 -> j0 [")
        #expect(back.contains("label=<1 link \u{00B7} 5%>"))
        #expect(DotSkeleton.edgeCount(Self.dot) == 2)
        #expect(!Self.dot.contains("ghost"))
    }

    @Test func edgeWithoutSharesCountsLinksOnly() {
        let a = F.journey("a", [F.StageSpec("s", [F.TP("x", next: [F.external("b", "y")])])])
        let b = F.journey("b", [F.StageSpec("s", [F.TP("y")])])
        let dot = DotWriter.overview(F.project([a, b]))
        #expect(dot.contains("j0 -> j1 [id=\"overview-edge-a__b\", label=<1 link>, penwidth=\"1\""))
    }

    /// Journeys `a--b` -> `c` and `a` -> `b--c` give two edges with two ids.
    @Test func edgeIDsStayDistinctWhateverTheJourneyIDs() {
        let journeys = [("a--b", "c"), ("c", nil), ("a", "b--c"), ("b--c", nil)].map { id, to in
            F.journey(id, [F.StageSpec("s", [F.TP("x", next: to.map { [F.external($0, "x")] } ?? [])])])
        }
        let ids = DotWriterJourneyTests.ids(DotWriter.overview(F.project(journeys))).filter { $0.hasPrefix("overview-edge-") }
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2, "\(ids)")
    }

    @Test func orderFollowsTheProjectNotHashing() {
        let journeys = (0..<30).map { i in
            F.journey("j\(i)", [F.StageSpec("s", [F.TP("t", next: [F.external("j\((i * 7 + 3) % 30)", "t", 10)])])])
        }
        let first = DotWriter.overview(F.project(journeys))
        #expect(first == DotWriter.overview(F.project(journeys)))
        let heads = first.split(separator: "\n").map(\.trimmedSpaces).filter { $0.contains("->") }
            .map { $0.split(separator: " ")[0] }
        #expect(heads == (0..<30).map { "j\($0)"[...] })
    }
}
