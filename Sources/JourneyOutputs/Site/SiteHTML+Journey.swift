import JourneyCore

/// Fragments of the journey page.
extension SiteHTML {
    /// Rows of the ranked touchpoint table, the Pareto chart's data (the head, with the
    /// criteria, is the template's).
    mutating func ranked(_ rows: [RankedRow]) {
        for row in rows {
            raw(row.focus ? "<tr class=\"focus\"><td>" : "<tr><td>")
            raw(String(row.rank))
            raw("</td><th scope=\"row\">")
            link(row.title, href: row.href)
            raw("</th>")
            for score in row.scores + [row.priority, row.cumulative] {
                raw("<td>")
                raw(score)
                raw("</td>")
            }
            raw("<td>")
            if row.focus { raw(row.hasTactic ? "focus, has a tactic" : "focus, no tactic yet") }
            raw("</td><td>" + row.personalization + "</td></tr>\n")
        }
    }

    /// An entry of a chart's legend: the number on the mark, the item, a note.
    mutating func legendItem(_ number: Int, _ item: CellItem) {
        raw("<li><span class=\"legend-num")
        if let cls = item.cls {
            raw(" ")
            text(cls)
        }
        raw("\" aria-hidden=\"true\">" + String(number) + "</span> ")
        link(item.text, href: item.href)
        note(item.note)
        raw("</li>")
    }

    /// A row of a chart's data table: leading cells, the item as row header, the values.
    mutating func dataRow(_ leading: [String], _ item: CellItem, _ values: [String]) {
        raw("<tr>")
        for cell in leading {
            raw("<td>")
            text(cell)
            raw("</td>")
        }
        raw("<th scope=\"row\">")
        link(item.text, href: item.href)
        raw("</th>")
        for value in values {
            raw("<td>")
            text(value)
            raw("</td>")
        }
        raw("</tr>\n")
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
