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

    /// In-process output is byte for byte what the `dot` command writes when it runs
    /// with the same plugins (core and dot_layout, no pango: see `GraphvizPlugins`).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
                   && GraphvizPlugins.pluginDirectory() != nil))
    func matchesTheDotCommandWithTheSamePlugins() throws {
        let plugins = FileManager.default.temporaryDirectory.appendingPathComponent("jm-gvplugins-\(getpid())")
        try? FileManager.default.removeItem(at: plugins)
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plugins) }
        let source = GraphvizPlugins.pluginDirectory()!
        for library in ["libgvplugin_core.so.6", "libgvplugin_dot_layout.so.6"] {
            try FileManager.default.createSymbolicLink(atPath: plugins.path + "/" + library,
                                                       withDestinationPath: source + "/" + library)
        }
        #expect(try run(["-c"], gvbindir: plugins.path, input: "").status == 0)
        let dot = GraphvizRendererTests.small
        let (status, expected) = try run(["-Tsvg"], gvbindir: plugins.path, input: dot)
        #expect(status == 0)
        #expect(try renderer.render(dot: dot, name: "small") == expected)
    }

    /// Text is measured with Graphviz's built-in metrics: no font files are opened, so
    /// the bytes are the same on machines with other fonts.
    @Test func rendersWithoutATextLayoutPlugin() throws {
        #expect(!renderer.availableFormats().contains("png"), "pango/cairo were loaded")
        #expect(renderer.availableLayouts().contains("dot"))
    }

    private func run(_ arguments: [String], gvbindir: String, input: String) throws -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = arguments
        process.environment = ["GVBINDIR": gvbindir, "PATH": "/usr/bin:/bin"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(output))
    }

    private func svgText(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
