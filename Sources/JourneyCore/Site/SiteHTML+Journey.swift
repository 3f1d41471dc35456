/// Fragments of the journey page.
extension SiteHTML {
    /// Rows of the ranked touchpoint table (the head, with the criteria, is the template's).
    mutating func ranked(_ rows: [RankedRow]) {
        for row in rows {
            raw(row.focus ? "<tr class=\"focus\"><td>" : "<tr><td>")
            raw(String(row.rank))
            raw("</td><th scope=\"row\">")
            link(row.title, href: row.href)
            raw("</th>")
            for score in row.scores {
                raw("<td>")
                raw(score)
                raw("</td>")
            }
            raw("<td>")
            raw(row.priority)
            raw("</td><td>")
            if row.focus { raw(row.hasTactic ? "focus, has a tactic" : "focus, no tactic yet") }
            raw("</td></tr>\n")
        }
    }

    /// A 2x2 matrix as a table with row and column headers; a quadrant per cell. The
    /// table scrolls sideways on a narrow screen: its frame is named (`label`) and
    /// takes the keyboard focus, so that it can be scrolled without a mouse.
    mutating func matrix(_ m: Matrix, label: String) {
        raw("<div class=\"scroll\" role=\"group\" aria-label=\"")
        text(label)
        raw("\" tabindex=\"0\">\n<table class=\"matrix\">\n<thead><tr><td></td>")
        for column in m.columns {
            raw("<th scope=\"col\">")
            text(column)
            raw("</th>")
        }
        raw("</tr></thead>\n<tbody>\n")
        for row in m.rows {
            raw("<tr><th scope=\"row\">")
            text(row.label)
            raw("</th>")
            for cell in row.cells {
                raw("<td class=\"quadrant q-")
                raw(Slug.make(cell.name))
                raw("\"><p class=\"quadrant-name\">")
                text(cell.name)
                raw("</p>")
                if cell.members.isEmpty {
                    raw("<p class=\"none\">none</p>")
                } else {
                    raw("<ul>")
                    for member in cell.members { listItem(member) }
                    raw("</ul>")
                }
                raw("</td>")
            }
            raw("</tr>\n")
        }
        raw("</tbody>\n</table>\n</div>\n")
    }

    /// `<li>` with a link and an optional note.
    mutating func listItem(_ item: CellItem) {
        if let cls = item.cls {
            raw("<li class=\"")
            text(cls)
            raw("\">")
        } else {
            raw("<li>")
        }
        link(item.text, href: item.href)
        note(item.note)
        raw("</li>")
    }

    /// The facts of a card: `<div><dt>term</dt><dd>...</dd></div>` each.
    mutating func facts(_ facts: [Fact]) {
        for fact in facts {
            raw("<div><dt>")
            text(fact.term)
            raw("</dt><dd>")
            if fact.asList {
                raw("<ul>")
                for item in fact.values { listItem(item) }
                raw("</ul>")
            } else {
                for (n, item) in fact.values.enumerated() {
                    if n > 0 { raw(", ") }
                    link(item.text, href: item.href)
                    if let note = item.note {
                        raw(" <strong class=\"warn\">")
                        text(note)
                        raw("</strong>")
                    }
                }
            }
            raw("</dd></div>\n")
        }
    }
}

/// One term of a card's description list, with one or more values.
public struct Fact: Sendable, Equatable {
    public var term: String
    public var values: [CellItem]
    /// Values as a bulleted list rather than inline, comma-separated.
    public var asList: Bool

    public init(_ term: String, _ values: [CellItem], asList: Bool = false) {
        self.term = term
        self.values = values
        self.asList = asList
    }

    public init(_ term: String, _ value: String) { self.init(term, [CellItem(value)]) }

    /// The values' texts, for tests and summaries.
    public var texts: [String] { values.map(\.text) }
}
