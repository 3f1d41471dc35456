import Foundation
import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// Map text that looks like DOT, HTML or templates changes no structure: the graph
/// with hostile text everywhere has the same skeleton as the one with plain text.
@Suite struct DotWriterHostileTests {
    typealias F = DotFixtures

    static let hostile = [
        "\"]; x -> y; //",
        "</svg><script>alert(1)</script>",
        "{{template}} } {",
        "two\nlines\r\n",
        "\u{202E}rtl\u{200F}mark\u{200E}",
        "back\\slash\\",
        "\\N \\G \\L \\E \\T \\H \\n",
        "<<B>> >> <TABLE>",
        "a\"b\\\"c\\",
        "/* comment */ # hash",
        "&amp; &#60; &lt;",
        "subgraph cluster_x { z }",
        "\u{0}\u{7}\u{1B}[31m",
        "\u{FFFF}\u{FFFE}\u{FEFF}",
    ]

    /// The sample journey with every map string (titles, ids, channels, labels) made
    /// from `text`; the index keeps ids distinct.
    static func journey(_ text: (String) -> String) -> ResolvedJourney {
        var tp: [F.TP] = []
        for i in 0..<4 {
            var t = F.TP(text("tp\(i)"), text("title \(i)"), emotion: Double(i) - 1.5, label: text("label \(i)"))
            t.channels = [text("channel \(i)"), "web"]
            tp.append(t)
        }
        tp[0].next = [F.to(1, 40, text("edge label"))]
        tp[2].next = [F.to(3, 70, text("go on")), F.to(1, 20), F.end(5)]
        tp[3].next = [F.external(text("other journey"), text("other tp"), 10)]
        tp[1].focus = true
        tp[1].rank = 1
        tp[2].momentOfTruth = true
        return F.journey(text("journey"), title: text("journey title"), [
            F.StageSpec(text("stage a"), text("stage title a"), [tp[0]]),
            F.StageSpec(text("stage b"), text("stage title b"), Array(tp[1...])),
        ])
    }

    static func options(_ text: (String) -> String) -> DiagramOptions {
        var options = DiagramOptions()
        options.journeyTitles = [text("other journey"): text("other title")]
        options.pageSuffix = text(".html")
        return options
    }

    static func plain(_ s: String) -> String { s.replacingOccurrences(of: " ", with: "-") }

    @Test(arguments: hostile)
    func journeySkeletonIsUnchanged(_ evil: String) {
        let bad = { (s: String) in evil + s + evil }
        let expected = DotSkeleton.of(DotWriter.journey(Self.journey(Self.plain), options: Self.options(Self.plain)))
        let actual = DotSkeleton.of(DotWriter.journey(Self.journey(bad), options: Self.options(bad)))
        #expect(actual == expected)
        #expect(DotSkeleton.nodeCount(actual) == 8)
        #expect(DotSkeleton.edgeCount(actual) == 9)
    }

    @Test(arguments: hostile)
    func boundedSkeletonIsUnchanged(_ evil: String) {
        let bad = { (s: String) in evil + s + evil }
        var plainOptions = Self.options(Self.plain), badOptions = Self.options(bad)
        plainOptions.boundedLayoutFrom = 1
        badOptions.boundedLayoutFrom = 1
        let expected = DotSkeleton.of(DotWriter.journey(Self.journey(Self.plain), options: plainOptions))
        let actual = DotSkeleton.of(DotWriter.journey(Self.journey(bad), options: badOptions))
        #expect(actual == expected)
    }

    @Test(arguments: hostile)
    func overviewSkeletonIsUnchanged(_ evil: String) {
        let bad = { (s: String) in evil + s + evil }
        func project(_ text: @escaping (String) -> String) -> Project {
            let other = F.journey(text("other journey"), title: text("other title"), [
                F.StageSpec(text("s"), text("S"), [F.TP(text("other tp"), text("t"), next: [F.external(text("journey"), text("tp0"), 5)])]),
            ])
            return F.project([Self.journey(text), other])
        }
        let expected = DotSkeleton.of(DotWriter.overview(project(Self.plain)))
        let actual = DotSkeleton.of(DotWriter.overview(project(bad)))
        #expect(actual == expected)
        #expect(DotSkeleton.nodeCount(actual) == 2)
        #expect(DotSkeleton.edgeCount(actual) == 2)
    }

    /// No control character, and no raw newline inside a statement, reaches the output.
    @Test(arguments: hostile)
    func noControlCharactersInTheOutput(_ evil: String) {
        let bad = { (s: String) in evil + s + evil }
        let dot = DotWriter.journey(Self.journey(bad), options: Self.options(bad))
        let controls = dot.unicodeScalars.filter { $0 != "\n" && DotEscaping.isControl($0) }
        #expect(controls.isEmpty)
        for line in dot.split(separator: "\n") {
            let t = line.trimmedSpaces
            #expect(t.hasSuffix("]") || t.hasSuffix("{") || t == "}" || t.contains("="), "broken line: \(t)")
        }
    }
}
