import Testing
@testable import JourneyCore
@testable import JourneyOutputs

/// No map text, however long, makes a DOT string Graphviz rejects (16384 bytes or more):
/// texts are cut with an ellipsis, ids shortened with a checksum.
@Suite struct DotLimitsTests {
    typealias F = DotFixtures

    /// 20 KiB texts that escape to more (quotes, backslashes, ampersands), short words
    /// that wrap into many lines, multi-byte scalars and marks with no base.
    static let long: [String: String] = [
        "letters": String(repeating: "x", count: 20_480),
        "quotes": String(repeating: "\"", count: 20_480),
        "backslashes": String(repeating: "\\", count: 20_480),
        "ampersands and angles": String(repeating: "&<>", count: 7_000),
        "short words": String(repeating: "a bcdefghijklmnopqrstuvwxyzabc ", count: 700),
        "emoji": String(repeating: "\u{1F3C3}\u{200D}\u{2640}\u{FE0F}", count: 2_000),
        "combining marks": "e" + String(repeating: "\u{0301}", count: 10_000),
        "control characters": String(repeating: "\u{1B}\n", count: 10_000),
    ]
    /// The names of `long`, as test arguments (the texts would flood the test output).
    static let names = long.keys.sorted()

    @Test(arguments: names)
    func journeyStringsStayUnderTheLimit(_ name: String) {
        let text = Self.long[name]!
        let evil = { (s: String) in text + s }
        for bounded in [false, true] {
            var options = DotWriterHostileTests.options(evil)
            if bounded { options.boundedLayoutFrom = 1 }
            let dot = DotWriter.journey(DotWriterHostileTests.journey(evil), options: options)
            #expect(DotLimits.longestString(in: dot) <= DotLimits.stringBytes, "\(name), bounded: \(bounded)")
            // Nothing merged or lost: the same graph as with plain text, but for the links,
            // which a journey id this long cannot have.
            var plainOptions = DotWriterHostileTests.options(DotWriterHostileTests.plain)
            if bounded { plainOptions.boundedLayoutFrom = 1 }
            let plain = DotWriter.journey(DotWriterHostileTests.journey(DotWriterHostileTests.plain), options: plainOptions)
            #expect(Self.unlinked(dot) == Self.unlinked(plain), "\(name), bounded: \(bounded)")
        }
    }

    static func unlinked(_ dot: String) -> String {
        DotSkeleton.of(dot).replacingOccurrences(of: ", URL=\"S\", target=\"S\"", with: "")
    }

    @Test(arguments: names)
    func overviewStringsStayUnderTheLimit(_ name: String) {
        let text = Self.long[name]!
        let evil = { (s: String) in text + s }
        let project = F.project([DotWriterHostileTests.journey(evil), F.journey(evil("other journey"), title: evil("t"), [])])
        let dot = DotWriter.overview(project)
        #expect(DotLimits.longestString(in: dot) <= DotLimits.stringBytes, "\(name)")
    }

    @Test func shortTextsAreKeptWhole() {
        let text = String(repeating: "\"", count: 333)
        #expect(DotEscaping.labelCut(text) == text)
        #expect(DotEscaping.htmlText(text) == String(repeating: "&quot;", count: 333))
        #expect(!DotEscaping.tooltip(String(repeating: "x", count: 8_000)).contains("\u{2026}"))
    }

    /// Cut between scalars, the ellipsis within the budget, the start of the text kept.
    @Test(arguments: names)
    func cutKeepsWholeScalars(_ name: String) {
        let text = Self.long[name]!
        let cut = DotEscaping.labelCut(text)
        #expect(cut.hasSuffix("\u{2026}"), "\(name)")
        let kept = text.unicodeScalars.starts(with: cut.unicodeScalars.dropLast())
        #expect(kept, "\(name)")
        #expect(DotEscaping.htmlText(cut).utf8.count <= DotLimits.labelText, "\(name)")
        #expect(DotEscaping.htmlText(cut).utf8.count > DotLimits.labelText - 8, "\(name)")
        let tooltip = DotEscaping.tooltip(text)
        #expect(tooltip.utf8.count <= DotLimits.tooltip + 2, "\(name)")
        #expect(tooltip.hasSuffix("\u{2026}\""), "\(name)")
    }

    @Test func longIdentifiersStayDistinct() {
        let base = String(repeating: "step-", count: 1_000)
        let a = DotEscaping.identifier(base + "a"), b = DotEscaping.identifier(base + "b")
        #expect(a != b)
        #expect(a.utf8.count == DotLimits.identifierBytes + 18)
        #expect(a.hasPrefix(String(base.prefix(DotLimits.identifierBytes)) + "_h"))
        #expect(DotEscaping.identifier(String(repeating: "x", count: 1_000)) == String(repeating: "x", count: 1_000))
    }

    @Test func linkToATouchpointWithAVeryLongIdGoesToThePage() {
        let options = DiagramOptions()
        #expect(options.link(journey: "j", touchpoint: String(repeating: "x", count: 1_001)) == "j.html")
        #expect(options.link(journey: "j", touchpoint: String(repeating: "x", count: 1_000))
            == "j.html#tp-" + String(repeating: "x", count: 1_000))
    }

    @Test(arguments: [
        ("digraph \"a\" { x [label=<<B>y</B>>] }", 10),
        ("x [tooltip=\"a\\\"b\"]", 6),
        ("no strings", 0),
        ("x [label=<unclosed", 9),
    ])
    func longestStringCountsDelimiters(_ dot: String, _ expected: Int) {
        #expect(DotLimits.longestString(in: dot) == expected)
    }
}
