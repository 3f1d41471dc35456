/// Renders diagnostics as the contract's `--format json`: one array, one object per
/// finding, one finding per line.
///
///     [
///       {"file": "maps/cart.md", "line": 14, "column": 3, "severity": "error", "id": "unknown-key", "message": "..."}
///     ]
///
/// Keys come in the order `file`, `line`, `column`, `severity`, `id`, `message`, then
/// `fix` when the diagnostic has one. The output is stable byte for byte.
///
/// Control characters from map text are replaced by U+FFFD, as in the text format, not
/// only escaped: a script that prints a message to a terminal prints what `check` would.
public struct JSONDiagnosticFormatter: Sendable {
    public init() {}

    /// The array, ending with `\n`; `[]` when there are no findings.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        let objects = diagnostics.map { "  " + object($0) }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One finding as a single-line JSON object; the JSON export embeds these too.
    public func object(_ diagnostic: Diagnostic) -> String {
        var fields = [
            ("file", JSONEscaping.quoted(TerminalText.sanitized(diagnostic.file))),
            ("line", String(diagnostic.line)),
            ("column", String(diagnostic.column)),
            ("severity", JSONEscaping.quoted(diagnostic.severity.rawValue)),
            ("id", JSONEscaping.quoted(diagnostic.id.rawValue)),
            ("message", JSONEscaping.quoted(TerminalText.sanitized(diagnostic.message))),
        ]
        if let fix = diagnostic.fix {
            fields.append(("fix", JSONEscaping.quoted(TerminalText.sanitized(fix))))
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}
