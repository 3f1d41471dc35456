/// DOT text reduced to its structure, read the way Graphviz's lexer reads it: every
/// quoted string becomes `"S"`, every HTML-like string `<H>`, comments go.
///
/// Two graphs with equal skeletons have the same statements, nodes, edges and
/// attribute names; only the values of strings differ. A map text that escaped its
/// string would show up as extra structure.
enum DotSkeleton {
    static func of(_ dot: String) -> String {
        let s = Array(dot.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\"":
                // A quoted string ends at the first quote that no backslash escapes.
                i += 1
                while i < s.count, s[i] != "\"" { i += s[i] == "\\" ? 2 : 1 }
                i += 1
                out.append(contentsOf: "\"S\"".unicodeScalars)
            case "<":
                // An HTML string ends at the `>` that balances its first `<`.
                var depth = 0
                repeat {
                    if s[i] == "<" { depth += 1 } else if s[i] == ">" { depth -= 1 }
                    i += 1
                } while i < s.count && depth > 0
                out.append(contentsOf: "<H>".unicodeScalars)
            case "/" where i + 1 < s.count && s[i + 1] == "/":
                while i < s.count, s[i] != "\n" { i += 1 }
            default:
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The statements of the skeleton that declare nodes (`name [...]` lines).
    static func nodeCount(_ dot: String) -> Int {
        lines(dot).filter { line in
            guard let head = line.split(separator: " ").first else { return false }
            return !["graph", "node", "edge", "subgraph", "}"].contains(String(head))
                && !line.contains("->") && line.contains("[")
        }.count
    }

    /// The edge statements of the skeleton.
    static func edgeCount(_ dot: String) -> Int {
        lines(dot).filter { $0.contains("->") }.count
    }

    private static func lines(_ dot: String) -> [String] {
        of(dot).split(separator: "\n").map(\.trimmedSpaces)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmedSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
