import Foundation
import Testing

@testable import GraphvizBridge

/// Graphviz keeps parser state between calls; these renders must not see each other.
@Suite("GraphvizRenderer state between renders")
struct GraphvizRendererStateTests {
    let renderer = GraphvizRenderer.shared

    /// cgraph names anonymous graphs from a process-wide counter (`%3`, `%5`, ...)
    /// and the name lands in the SVG title; the renderer counts per graph instead.
    @Test func anonymousGraphRendersIdentically() throws {
        let dot = "digraph { a -> b; subgraph { rank=same; c d } }"
        let first = try renderer.render(dot: dot, name: "anonymous")
        let second = try renderer.render(dot: dot, name: "anonymous")
        #expect(svgText(first) == svgText(second))
    }

    /// Graphviz draws only the first graph of a text; the lexer used to keep the rest
    /// and hand it to the next parse instead of that parse's own text.
    @Test func aSecondGraphDoesNotLeakIntoTheNextRender() throws {
        let two = try renderer.render(dot: "digraph a { x } digraph b { y }", name: "two")
        #expect(svgText(two).contains("<title>x</title>"))
        let next = try renderer.render(dot: "digraph c { z }", name: "next")
        #expect(svgText(next).contains("<title>z</title>"), "got \(svgText(next))")
    }

    /// In-process output is byte for byte what the `dot` command writes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func matchesTheDotCommand() throws {
        let dot = GraphvizRendererTests.small
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let expected = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try renderer.render(dot: dot, name: "small") == Array(expected))
    }

    private func svgText(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
