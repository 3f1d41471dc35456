import Testing
@testable import JourneyCore
@testable import JourneyOutputs

@Suite struct DotEscapingTests {
    @Test(arguments: [
        ("Cart", "Cart"),
        ("R&D <b>", "R&amp;D &lt;b&gt;"),
        ("say \"hi\"", "say &quot;hi&quot;"),
        ("a\\b", "a\\\\b"),
        ("\\N \\G \\L", "\\\\N \\\\G \\\\L"),
        ("line\nbreak\r\ttab", "line break  tab"),
        ("nul\u{0}del\u{7F}c1\u{85}ls\u{2028}", "nul del c1 ls "),
        ("non\u{FFFE}char\u{FFFF}", "non char "),
        ("{{x}} }{", "{{x}} }{"),
        ("\u{202E}rtl\u{200F}", "\u{202E}rtl\u{200F}"),
        ("&amp;", "&amp;amp;"),
    ])
    func htmlText(_ input: String, _ expected: String) {
        #expect(DotEscaping.htmlText(input) == expected)
    }

    @Test(arguments: [
        ("Cart", "\"Cart\""),
        ("\"]; x -> y; //", "\"\\\"]; x -> y; //\""),
        // Graphviz expands tooltip escapes twice: one backslash is written as four.
        ("a\\", "\"a\\\\\\\\\""),
        ("a\\\"", "\"a\\\\\\\\\\\"\""),
        ("two\nlines", "\"two lines\""),
        ("<x> & {y}", "\"<x> & {y}\""),
    ])
    func tooltip(_ input: String, _ expected: String) {
        #expect(DotEscaping.tooltip(input) == expected)
    }

    /// A tooltip never ends early: after the opening quote, every quote is escaped.
    @Test(arguments: ["\"", "\\", "\\\"", "\"\\", "a\\\\\"b\\"])
    func tooltipQuotesAreAllEscaped(_ input: String) {
        let body = Array(DotEscaping.tooltip(input).unicodeScalars.dropFirst().dropLast())
        var i = 0
        while i < body.count {
            #expect(body[i] != "\"", "unescaped quote in \(DotEscaping.tooltip(input))")
            i += body[i] == "\\" ? 2 : 1
        }
        #expect(i == body.count, "the closing quote would be escaped")
    }

    @Test(arguments: [
        ("trail-running", "trail-running"),
        ("a_b", "a_5Fb"),
        ("a b/\"c\\", "a_20b_2F_22c_5C"),
        ("café", "caf_C3_A9"),
    ])
    func identifier(_ input: String, _ expected: String) {
        #expect(DotEscaping.identifier(input) == expected)
    }

    @Test(arguments: [
        ("ig-ad", "ig-ad"),
        ("a b#c", "a%20b%23c"),
        ("x\"y\\z%", "x%22y%5Cz%25"),
        ("~_.", "~_."),
    ])
    func urlComponent(_ input: String, _ expected: String) {
        #expect(DotEscaping.urlComponent(input) == expected)
    }
}

@Suite struct EmotionScaleTests {
    @Test(arguments: [
        (-2.0, "#ef8a62"), (-1.0, "#fddbc7"), (0.0, "#f7f7f7"), (1.0, "#d1e5f0"), (2.0, "#67a9cf"),
        (-0.5, "#fae9df"), (1.5, "#9cc7e0"), (-7.0, "#ef8a62"), (9.0, "#67a9cf"),
    ])
    func colour(_ score: Double, _ expected: String) {
        #expect(EmotionScale.colour(score) == expected)
    }

    @Test func missingEmotionIsGreyOffTheScale() {
        #expect(EmotionScale.colour(nil) == "#d9d9d9")
        #expect(!EmotionScale.anchors.map(\.hex).contains(EmotionScale.missing))
        #expect(EmotionScale.text(nil) == "\u{2013}")
    }

    @Test(arguments: [(1.0, "+1"), (-0.5, "-0.5"), (0.0, "0"), (-0.0, "0"), (2.0, "+2"), (-1.5, "-1.5")])
    func text(_ score: Double, _ expected: String) {
        #expect(EmotionScale.text(score) == expected)
    }

    @Test(arguments: [
        (40.0, 1, "40"), (12.5, 1, "12.5"), (58.333, 1, "58.3"), (-0.04, 1, "0"), (1.999, 2, "2"),
        (2.2, 2, "2.2"), (0.05, 1, "0.1"), (100, 0, "100"),
    ])
    func decimal(_ x: Double, _ places: Int, _ expected: String) {
        #expect(DotNumber.decimal(x, maxDecimals: places) == expected)
    }

    /// The byte scan behind the fast paths agrees with the scalar rules, for every
    /// scalar that is one, two or three UTF-8 bytes around the controls, alone and
    /// between other text.
    @Test func plainTextScanAgreesWithTheScalarRules() {
        let ranges: [ClosedRange<UInt32>] = [0...0x3FF, 0x2000...0x20FF, 0xFF00...0xFFFF, 0x1F600...0x1F64F]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let special = scalar == "\"" || scalar == "\\" || DotEscaping.isControl(scalar)
                for text in [String(scalar), "a\u{B7}" + String(scalar) + "\u{2192}z"] {
                    #expect(DotEscaping.isPlain(text) == !special, "U+\(String(value, radix: 16))")
                }
            }
        }
    }
}
