import Testing

/// One failing fixture and every diagnostic it must give, exactly and in output order.
struct CheckCase: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String]
    var expected: [Expected]

    /// A case with its own files (paths relative to `maps/`).
    init(_ name: String, files: [String: String], _ expected: [Expected]) {
        self.name = name
        self.files = files
        self.expected = expected
    }

    /// A case whose only file is `maps/j.md`: `MapsFolder.preamble` then `body`, so the
    /// first line of `body` is line 9.
    init(_ name: String, body: String, _ expected: [Expected]) {
        self.init(name, files: ["j.md": MapsFolder.preamble + body], expected)
    }

    var testDescription: String { name }
}
