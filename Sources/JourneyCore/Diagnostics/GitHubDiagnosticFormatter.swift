/// Renders diagnostics as GitHub Actions workflow commands, one line per finding:
///
///     ::error file=maps/cart.md,line=14,col=3,title=unknown-key::unknown key 'chanel' ...
///
/// Properties come in the contract's order `file`, `line`, `col`, `title`. `line` and
/// `col` are left out when they are not positions (below 1), so that GitHub still
/// annotates the file. `endLine`/`endColumn` are not written: GitHub shows annotations
/// per line, and keeping the contract's exact shape matters more to scripts.
///
/// Control characters from map text are replaced by U+FFFD first, as in the text format:
/// the runner's log is a terminal of sorts, and a raw ESC or BEL would reach it.
public struct GitHubDiagnosticFormatter: Sendable {
    public init() {}

    /// The commands, each line ending with `\n`; empty when there are no findings.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { command($0) + "\n" }.joined()
    }

    /// One workflow command, without a line end.
    public func command(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=" + Self.escapeProperty(TerminalText.sanitized(diagnostic.file))]
        if diagnostic.line >= 1 {
            properties.append("line=\(diagnostic.line)")
            if diagnostic.column >= 1 { properties.append("col=\(diagnostic.column)") }
        }
        properties.append("title=" + Self.escapeProperty(diagnostic.id.rawValue))
        return "::\(diagnostic.severity.rawValue) " + properties.joined(separator: ",")
            + "::" + Self.escapeData(TerminalText.sanitized(diagnostic.message))
    }

    /// The message after `::`: GitHub decodes `%25`, `%0D` and `%0A`.
    static func escapeData(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as data, plus `:` and `,`, which end a value.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in escapeData(s).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
