@testable import JourneyCore

/// Builders shared by the formatter tests.
enum DiagnosticFixtures {
    static let cartMessage = "unknown key 'chanel' in Touchpoint 'Cart'; did you mean 'channel'?"

    /// The contract's example finding: `unknown-key` at 14:3, six characters long.
    static let cartUnknownKey = Diagnostic(
        .unknownKey, file: "maps/cart.md",
        range: SourceRange(line: 14, column: 3, length: 6),
        message: cartMessage, fix: "channel"
    )

    /// Thirteen filler lines, then the contract's line 14.
    static let cartLines: [Substring] = Array(repeating: "", count: 13) + ["- chanel: web"]

    /// A formatter that knows one file, `maps/x.md`, whose line `n` is `lines[n - 1]`.
    static func formatter(colour: Bool = false, file: String = "maps/x.md", lines: [Substring]) -> TextDiagnosticFormatter {
        TextDiagnosticFormatter(colour: colour) { $0 == file ? lines : nil }
    }

    static func diagnostic(
        _ id: CheckID = .badValue, file: String = "maps/x.md",
        from start: (Int, Int), to end: (Int, Int)? = nil, message: String = "m"
    ) -> Diagnostic {
        let end = end ?? start
        return Diagnostic(id, file: file,
                          range: SourceRange(start: SourcePosition(line: start.0, column: start.1),
                                             end: SourcePosition(line: end.0, column: end.1)),
                          message: message)
    }
}
