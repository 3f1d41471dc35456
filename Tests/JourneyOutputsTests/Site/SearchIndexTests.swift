@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// What the search index holds beyond titles: the texts a reader may remember a
/// touchpoint, tactic or persona by.
@Suite struct SearchIndexTests {
    /// The index's entries as lines, one entry per line.
    static func entries(_ p: Project) -> [String] {
        SearchIndex.script(p).split(separator: "\n").filter { $0.hasPrefix("[") }.map(String.init)
    }

    @Test func aWordOnlyInAPainFindsItsTouchpoint() throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages[1].touchpoints[1].pains = ["Shipping costs appear only at checkout"]
        doc.stages[1].touchpoints[1].actions = ["Opens the cart"]
        doc.stages[1].touchpoints[1].thoughts = ["Is it worth it?"]
        doc.stages[1].touchpoints[1].opportunities = ["Show the delivery cost early"]
        let lines = Self.entries(SiteTestProject.project([doc]))
        let cart = try #require(lines.first { $0.hasPrefix(#"["Touchpoint","Cart","#) })
        #expect(cart.hasPrefix(#"["Touchpoint","Cart",0,"tp-cart","#))
        #expect(cart.hasSuffix(#",["aOpens the cart","tIs it worth it?","pShipping costs appear only at checkout","oShow the delivery cost early"]],"#))
        #expect(lines.filter { $0.contains("Shipping costs") }.count == 1)
    }

    @Test func notesStagesMomentsAndTacticTextsAreIndexed() throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages[0].goal = "Be noticed"
        doc.stages[0].pains = ["Ads look alike"]
        doc.stages[0].touchpoints[0].header.notes = Notes(markdown: "Seen  on\n\n- *mobile*\tonly")
        var moment = MicroMoment(header: SiteTestProject.header(.microMoment, "Size doubt", line: 50))
        moment.intent = "find my size"
        moment.signals = ["opens the size chart"]
        doc.stages[1].touchpoints[0].moments = [moment]
        doc.tactics[0].content = ["Trail shoe edit"]
        doc.tactics[0].fallback = "Bestsellers"
        let lines = Self.entries(SiteTestProject.project([SiteTestProject.library(), doc]))
        let kinds = lines.map { String($0.dropFirst(2).prefix { $0 != "\"" }) }
        #expect(kinds == ["Journey", "Stage", "Touchpoint", "Stage", "Touchpoint", "Micro-moment", "Touchpoint",
                          "Tactic", "Tactic", "Persona", "Segment"])
        #expect(lines[1].hasSuffix(#",["gBe noticed","pAds look alike"]],"#))
        #expect(lines[1].hasPrefix(#"["Stage","Awareness",0,"stage-awareness","#))
        #expect(lines[2].hasSuffix(#",["nSeen on - *mobile* only"]],"#))
        #expect(lines[5].hasPrefix(#"["Micro-moment","Size doubt",0,"mm-size-doubt","#))
        #expect(lines[5].hasSuffix(#",["ifind my size","sopens the size chart"]],"#))
        #expect(lines[7].hasSuffix(#",["ra trigger","cTrail shoe edit","bBestsellers"]],"#))
        #expect(lines[9].hasSuffix(#",["gRun the trails she already hikes"]],"#))
    }

    /// Elements name their journey's entry by number: the second journey's are 1.
    @Test func elementsNameTheirJourneyEntryAndEncodeTheirAnchor() throws {
        var other = SiteTestProject.trailRunning(title: "Second")
        other.id = "second"
        other.file = "maps/second.md"
        other.stages[1].touchpoints[1].header.id = "caf\u{e9}"
        let lines = Self.entries(SiteTestProject.project([SiteTestProject.trailRunning(), other]))
        #expect(lines[1].hasPrefix(#"["Journey","Second","E-commerce growth","journeys/second.html","#))
        #expect(lines.contains { $0.hasPrefix(#"["Touchpoint","Cart",1,"tp-caf%C3%A9","#) })
        #expect(lines.contains { $0.hasPrefix(#"["Touchpoint","Cart",0,"tp-cart","#) })
    }

    @Test(arguments: [SiteTestProject.hostile, SiteTestProject.quoted, "line\nbreak", "\u{2028}"])
    func textsAreEscapedWithTheirCode(_ text: String) throws {
        var doc = SiteTestProject.trailRunning()
        doc.stages[1].touchpoints[1].pains = [text]
        let lines = Self.entries(SiteTestProject.project([doc]))
        let cart = try #require(lines.first { $0.hasPrefix(#"["Touchpoint","Cart","#) })
        #expect(cart.hasSuffix(",[" + JSONEscaping.quoted("p" + text) + "]],"))
        #expect(!cart.contains("<"))
    }

    @Test func prefixedAppendMatchesQuotedText() {
        for text in ["plain", "", SiteTestProject.hostile, "tab\there", "café"] {
            var out: [UInt8] = []
            JSONEscaping.append(text, prefix: UInt8(ascii: "p"), to: &out)
            #expect(String(decoding: out, as: UTF8.self) == JSONEscaping.quoted("p" + text))
        }
    }
}
