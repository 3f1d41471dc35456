/// One finding about the maps: the data every formatter renders.
///
/// Checks create diagnostics and keep going; nothing about a map's content is thrown.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public var id: CheckID
    public var severity: Severity
    /// The path as the user gave it (`maps/cart.md`), never made absolute.
    public var file: String
    public var range: SourceRange
    public var message: String
    /// What to write instead, when there is one answer (`did you mean 'channel'?`
    /// is part of the message; this is the replacement text for tools).
    public var fix: String?

    public init(_ id: CheckID, file: String, range: SourceRange, message: String, fix: String? = nil) {
        self.id = id
        self.severity = id.defaultSeverity
        self.file = file
        self.range = range
        self.message = message
        self.fix = fix
    }

    public var line: Int { range.start.line }
    public var column: Int { range.start.column }

    /// Order of the contract: file, line, column (then id and message for stability).
    public static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.id != b.id { return a.id.rawValue < b.id.rawValue }
        return a.message < b.message
    }
}

/// Collects diagnostics for one file while a pass runs.
public struct DiagnosticSink: Sendable {
    public let file: String
    public private(set) var items: [Diagnostic] = []

    public init(file: String) { self.file = file }

    public mutating func report(_ id: CheckID, at range: SourceRange, _ message: String, fix: String? = nil) {
        items.append(Diagnostic(id, file: file, range: range, message: message, fix: fix))
    }

    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
}
