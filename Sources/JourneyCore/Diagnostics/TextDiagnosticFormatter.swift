/// Renders diagnostics for people: the contract's default `check` output.
///
///     maps/cart.md:14:3: error: unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'? [unknown-key]
///        14 | - chanel: web
///           |   ^~~~~~
///     2 errors, 1 warning in 3 files
///
/// Findings are printed in the order given (see `sortedForOutput()`). Control
/// characters from map text are shown as U+FFFD, so the output never carries an
/// escape sequence unless `colour` is on.
public struct TextDiagnosticFormatter: Sendable {
    /// Whether to add ANSI styles (bold location, red errors, magenta warnings,
    /// green caret line, bold summary).
    public var colour: Bool
    let sourceLines: @Sendable (String) -> [Substring]?

    /// - Parameters:
    ///   - colour: add ANSI styles; the caller decides (terminal, `NO_COLOR`, ...).
    ///   - sourceLines: the lines of the file at a diagnostic's path (as given in
    ///     `Diagnostic.file`), without terminators, or nil when the file's text is not
    ///     available; a finding then has no excerpt.
    public init(colour: Bool, sourceLines: @escaping @Sendable (String) -> [Substring]?) {
        self.colour = colour
        self.sourceLines = sourceLines
    }

    /// Looks source lines up in the texts the caller has already read, keyed by path.
    public init(colour: Bool, sources: [String: SourceText]) {
        self.init(colour: colour) { sources[$0]?.lines }
    }

    /// The whole report: each finding with its excerpt, then the summary line.
    /// Every line, the last included, ends with `\n`.
    ///
    /// - Parameter documentsRead: the map documents read, for the summary's `in K files`.
    public func format(_ diagnostics: [Diagnostic], documentsRead: Int) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += headline(diagnostic) + "\n"
            for line in excerpt(diagnostic) {
                out += line + "\n"
            }
        }
        out += ANSIStyle.bold.apply(Self.summary(diagnostics, documentsRead: documentsRead), enabled: colour)
        return out + "\n"
    }

    /// `maps/cart.md:14:3: error: message [unknown-key]`
    public func headline(_ diagnostic: Diagnostic) -> String {
        let location = "\(TerminalText.sanitized(diagnostic.file)):\(diagnostic.line):\(diagnostic.column):"
        let severity: String
        switch diagnostic.severity {
        case .error: severity = ANSIStyle.red.apply("error", enabled: colour)
        case .warning: severity = ANSIStyle.magenta.apply("warning", enabled: colour)
        }
        return ANSIStyle.bold.apply(location, enabled: colour)
            + " \(severity): \(TerminalText.sanitized(diagnostic.message)) [\(diagnostic.id.rawValue)]"
    }

    /// `2 errors, 1 warning in 3 files`, unstyled.
    public static func summary(_ diagnostics: [Diagnostic], documentsRead: Int) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        return "\(counted(errors, "error")), \(counted(warnings, "warning")) in \(counted(documentsRead, "file"))"
    }

    private static func counted(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
