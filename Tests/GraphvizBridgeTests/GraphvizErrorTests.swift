import CGraphviz
import Testing

@testable import GraphvizBridge

@Suite("GraphvizRenderer errors")
struct GraphvizErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let dot: String
        var format = "svg"
        let expected: @Sendable (GraphvizError) -> Bool
        let mentions: [String]
    }

    static let cases: [Case] = [
        Case(
            description: "syntax error", dot: "digraph g {\n  a -> b;\n  c -> ;\n}",
            expected: { if case .syntax = $0 { true } else { false } },
            mentions: ["'journey-x'", "syntax error in line 3"]),
        Case(
            description: "unknown format", dot: "digraph g { a }", format: "bogus",
            expected: { if case .unknownFormat = $0 { true } else { false } },
            mentions: ["'journey-x'", "'bogus'", "svg"]),
        Case(
            description: "no graph", dot: "  // nothing here\n",
            expected: { $0 == .noGraph(graph: "journey-x") },
            mentions: ["'journey-x'", "holds no graph"]),
        Case(
            description: "layout the graph asks for is unknown",
            dot: "digraph g { layout=nosuch; a -> b }",
            expected: { if case .layoutFailed = $0 { true } else { false } },
            mentions: ["'journey-x'", "\"nosuch\" not recognized"]),
        Case(
            description: "HTML label Graphviz draws as the node's name",
            dot: "digraph g { a [label=<<B>x</I>>] }",
            expected: { if case .syntax = $0 { true } else { false } },
            mentions: ["'journey-x'", "mismatched tag"]),
    ]

    @Test(arguments: cases)
    func failsClearly(_ testCase: Case) throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.shared.render(
                dot: testCase.dot, format: testCase.format, name: "journey-x")
        }
        #expect(testCase.expected(error), "got \(error)")
        #expect(error.graph == "journey-x")
        for text in testCase.mentions {
            #expect(error.description.contains(text), "\(error) lacks \(text)")
        }
    }

    /// Warnings (an unknown colour) are Graphviz coping, not failing: the picture is drawn.
    @Test func warningsDoNotFail() throws {
        let svg = try GraphvizRenderer.shared.render(dot: "digraph g { a [color=nosuchcolour] }", name: "journey-x")
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>a</title>"))
    }

    /// cgraph counts lines across parses; the renderer must restart the count.
    @Test func syntaxErrorLineIsPerText() throws {
        for _ in 0..<2 {
            let error = try #require(throws: GraphvizError.self) {
                try GraphvizRenderer.shared.render(dot: "digraph g {\n a -> ;\n}", name: "again")
            }
            #expect(error.description.contains("line 2"), "got \(error)")
        }
    }

    /// A context built without Debian's plugin configuration has no layout engines,
    /// as happens when `libgvc6-config-update -c` was never run.
    @Test func missingDotPluginSaysHowToFixIt() throws {
        let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: 1)
        builtins.initialize(to: lt_symlist_t(name: nil, address: nil))
        // Not freed: the context keeps pointing at it.
        let bare = GraphvizRenderer(layoutEngine: "dot") { gvContextPlugins(builtins, 0) }
        let error = try #require(throws: GraphvizError.self) {
            try bare.render(dot: "digraph g { a }", format: "dot", name: "journey-x")
        }
        #expect(error.graph == "journey-x")
        #expect(error.description.contains("libgvc6-config-update -c"), "got \(error)")
        #expect(bare.availableLayouts().isEmpty)
    }
}
