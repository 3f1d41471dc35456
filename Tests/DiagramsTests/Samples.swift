import Foundation
import Diagrams

/// Diagrams for the tests, and the `journeymap` binary that serves as render worker.
enum Samples {
    /// The `journeymap` binary beside this test bundle (`<scratch>/<triple>/debug/`).
    static let binary: String? = {
        guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("journeymap").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// A chain of `length` labelled nodes named `name`: sizes differ, so the order in
    /// which they are drawn (largest first) differs from the order asked.
    static func chain(_ name: String, length: Int) -> Diagram {
        let edges = (1..<max(2, length)).map { "n\($0 - 1) -> n\($0) [label=\"step \($0)\"]" }.joined(separator: "\n")
        return Diagram(name: name, dot: "digraph \"\(name)\" {\n\(edges)\n}\n")
    }

    /// `count` chains of different lengths.
    static func chains(_ count: Int) -> [Diagram] {
        (0..<count).map { chain("d\($0)", length: 2 + ($0 * 7) % 13) }
    }

    static let broken = Diagram(name: "broken-journey", dot: "digraph { a -> }")
    static let brokenReason = "it rejected the DOT text: syntax error in line 1 near '}'"

    /// A scratch folder, removed by `remove`.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-diagrams-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}

/// Notes from a cache, collected from any thread.
final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []

    func append(_ text: String) { lock.withLock { texts.append(text) } }
    var all: [String] { lock.withLock { texts } }
}
