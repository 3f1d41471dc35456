import Testing

/// One failing fixture and every diagnostic it must give, exactly and in output order.
public struct CheckCase: Sendable, CustomTestStringConvertible {
    public var name: String
    public var files: [String: String]
    public var expected: [Expected]

    /// A case with its own files (paths relative to `maps/`).
    public init(_ name: String, files: [String: String], _ expected: [Expected]) {
        self.name = name
        self.files = files
        self.expected = expected
    }

    /// A case whose only file is `maps/j.md`: `MapsFolder.preamble` then `body`, so the
    /// first line of `body` is line 9.
    public init(_ name: String, body: String, _ expected: [Expected]) {
        self.init(name, files: ["j.md": MapsFolder.preamble + body], expected)
    }

    public var testDescription: String { name }
}
