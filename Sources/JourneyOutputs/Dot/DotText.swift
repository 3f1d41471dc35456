import JourneyCore

/// A value of a DOT attribute, by where it came from.
///
/// Map text reaches the output only as `.html` markup built with
/// `DotEscaping.htmlText` or as `.tooltip`; `.literal` is for what the writer makes
/// itself (colours, numbers, reduced ids, links from encoded parts).
enum DotValue {
    /// HTML-like label markup, written between `<` and `>`.
    case html(String)
    /// Map text for a `tooltip`, escaped here.
    case tooltip(String)
    /// A value the writer made; quoted, never escaped.
    case literal(String)

    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the value as DOT writes it.
    func write(to out: inout String) {
        switch self {
        case .html(let markup):
            out += "<"
            out += markup
            out += ">"
        case .tooltip(let text): out += DotEscaping.tooltip(text)
        case .literal(let text):
            precondition(DotEscaping.isPlain(text) || !text.unicodeScalars.contains {
                $0 == "\"" || $0 == "\\" || DotEscaping.isControl($0)
            }, "DOT literal made from unescaped text: \(text)")
            out += "\""
            out += text
            out += "\""
        }
    }
}

/// The text of a DOT graph, one statement a line, indented by nesting.
struct DotText {
    private(set) var text = ""
    private var depth = 0

    /// Opens `digraph "name" {`; `name` must already be an identifier.
    init(graph name: String) {
        text = "digraph " + DotValue.literal(name).rendered + " {\n"
        depth = 1
    }

    /// `keyword [a=1, b="x"]` for `graph`, `node` and `edge` defaults.
    mutating func defaults(_ keyword: String, _ attributes: [(String, DotValue)]) {
        statement(keyword, attributes)
    }

    /// `name [attributes]`: a node; `name` is made by the writer.
    mutating func node(_ name: String, _ attributes: [(String, DotValue)]) {
        statement(name, attributes)
    }

    /// `from -> to [attributes]`.
    mutating func edge(_ from: String, _ to: String, _ attributes: [(String, DotValue)]) {
        statement(from + " -> " + to, attributes)
    }

    /// `name = value` inside a subgraph or the graph.
    mutating func attribute(_ name: String, _ value: DotValue) {
        line(name + "=" + value.rendered)
    }

    /// A subgraph; `name` (e.g. `cluster_s0`) is made by the writer.
    mutating func subgraph(_ name: String, _ body: (inout DotText) -> Void) {
        line("subgraph " + name + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// A `//` comment; `text` is made by the writer.
    mutating func comment(_ text: String) {
        line("// " + text)
    }

    /// The finished graph.
    func closed() -> String { text + "}\n" }

    // Written straight into `text`: a site build writes a thousand graphs of a few
    // hundred statements each.
    private mutating func statement(_ head: String, _ attributes: [(String, DotValue)]) {
        indent()
        text += head
        if !attributes.isEmpty {
            text += " ["
            for (i, (name, value)) in attributes.enumerated() {
                if i > 0 { text += ", " }
                text += name
                text += "="
                value.write(to: &text)
            }
            text += "]"
        }
        text += "\n"
    }

    private mutating func line(_ s: String) {
        indent()
        text += s
        text += "\n"
    }

    private mutating func indent() {
        for _ in 0..<depth { text += "  " }
    }
}
