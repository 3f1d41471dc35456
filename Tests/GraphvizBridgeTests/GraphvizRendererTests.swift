import Dispatch
import Foundation
import Testing

@testable import GraphvizBridge

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer.shared

    static let small = """
        digraph "small" {
          node [shape=box];
          "cart" [id="trail-running/cart", label="Cart"];
          "pay" [id="trail-running/pay", label="Pay & go <now>"];
          "cart" -> "pay" [id="trail-running/cart->pay"];
        }
        """

    @Test func rendersSVGThatParsesAsXMLAndKeepsTheIds() throws {
        let bytes = try renderer.render(dot: Self.small, name: "small")
        let document = try XMLDocument(data: Data(bytes))
        #expect(document.rootElement()?.name == "svg")
        // `attribute(forName:)` finds nothing in FoundationXML on Linux; scan instead.
        let ids = Self.elements(of: document).flatMap { $0.attributes ?? [] }
            .filter { $0.name == "id" }.compactMap(\.stringValue)
        #expect(ids.contains("trail-running/cart"))
        #expect(ids.contains("trail-running/pay"))
        #expect(ids.contains("trail-running/cart->pay"))
        let texts = Self.elements(of: document).filter { $0.name == "text" }.map(\.stringValue)
        #expect(texts.contains("Pay & go <now>"))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let first = try renderer.render(dot: Self.small, name: "small")
        let second = try renderer.render(dot: Self.small, name: "small")
        #expect(!first.isEmpty)
        // Compared as text so a failure shows a readable difference.
        #expect(String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self))
    }

    @Test func rendersAnEmptyGraph() throws {
        let bytes = try renderer.render(dot: "digraph empty {}", name: "empty")
        let document = try XMLDocument(data: Data(bytes))
        #expect(document.rootElement()?.name == "svg")
    }

    /// The core plugin's other formats work too (raster formats need cairo, which the
    /// renderer deliberately does not load: see `GraphvizPlugins`).
    @Test func rendersOtherFormats() throws {
        let json = String(decoding: try renderer.render(dot: Self.small, format: "json", name: "small"), as: UTF8.self)
        #expect(json.hasPrefix("{") && json.contains("\"objects\""))
        #expect(throws: GraphvizError.self) { try renderer.render(dot: Self.small, format: "png", name: "small") }
    }

    @Test func recoversAfterASyntaxError() throws {
        #expect(throws: GraphvizError.self) {
            try renderer.render(dot: "digraph broken { a -> ; ", name: "broken")
        }
        let bytes = try renderer.render(dot: Self.small, name: "small")
        // Graphviz writes '-' in ids as the character reference "&#45;".
        #expect(String(decoding: bytes, as: UTF8.self).contains("trail&#45;running/cart"))
    }

    @Test func rendersA2000NodeGraph() throws {
        var dot = "digraph big {\n"
        for index in 0..<2000 {
            dot += "  n\(index) [id=\"n\(index)\"];\n"
            if index > 0 { dot += "  n\((index - 1) / 3) -> n\(index);\n" }
        }
        dot += "}\n"
        let bytes = try renderer.render(dot: dot, name: "big")
        #expect(String(decoding: bytes, as: UTF8.self).contains("id=\"n1999\""))
    }

    @Test func concurrentRendersAreSafe() throws {
        let graphs = (0..<8).map { worker in
            "digraph \"g\(worker)\" { a -> b -> c; a -> c; only\(worker) -> c }"
        }
        let expected = try graphs.enumerated().map { try renderer.render(dot: $1, name: "g\($0)") }
        let results = ResultBox(count: graphs.count)
        DispatchQueue.concurrentPerform(iterations: graphs.count) { worker in
            for _ in 0..<20 {
                let bytes = try? renderer.render(dot: graphs[worker], name: "g\(worker)")
                results.record(worker, matches: bytes == expected[worker])
            }
        }
        #expect(results.matches == Array(repeating: 20, count: graphs.count))
    }

    /// Every element of `document`, depth first.
    static func elements(of document: XMLDocument) -> [XMLElement] {
        var found: [XMLElement] = []
        var pending = document.rootElement().map { [$0] } ?? []
        while let element = pending.popLast() {
            found.append(element)
            pending += (element.children ?? []).compactMap { $0 as? XMLElement }
        }
        return found
    }

    @Test func listsFormatsAndLayouts() {
        #expect(renderer.availableFormats().contains("svg"))
        #expect(renderer.availableLayouts().contains("dot"))
    }
}

/// Counts matching renders per worker from many threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]

    init(count: Int) { counts = Array(repeating: 0, count: count) }

    func record(_ worker: Int, matches: Bool) {
        lock.withLock { if matches { counts[worker] += 1 } }
    }

    var matches: [Int] { lock.withLock { counts } }
}
