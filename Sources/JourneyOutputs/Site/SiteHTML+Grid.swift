import JourneyCore

/// Cells of the journey map.
extension SiteHTML {
    /// A `<td>` drawn in the lane's style; empty when there are no items.
    mutating func laneCell(_ items: [CellItem], style: SiteModel.LaneStyle, colspan: Int? = nil) {
        if let colspan {
            raw("<td colspan=\"" + String(colspan) + "\">")
        } else {
            raw("<td>")
        }
        if !items.isEmpty {
            switch style {
            case .text(let cls): textItems(items, cls: cls)
            case .chips(let cls): chips(items, cls: cls)
            case .cards(let cls): cards(items, cls: cls)
            }
        }
        raw("</td>")
    }

    /// One item as a paragraph, several as a list: a single value is not a bulleted list.
    mutating func textItems(_ items: [CellItem], cls: String?) {
        let attribute = cls.map { " class=\"" + $0 + "\"" } ?? ""
        if items.count == 1 { return noted(items[0], tag: "p", attribute: attribute) }
        raw("<ul class=\"items\">")
        for item in items { noted(item, tag: "li", attribute: attribute) }
        raw("</ul>")
    }

    /// `<tag attribute>` with the item's link and note.
    mutating func noted(_ item: CellItem, tag: String, attribute: String) {
        raw("<" + tag + attribute + ">")
        link(item.text, href: item.href)
        note(item.note)
        raw("</" + tag + ">")
    }

    /// Rounded labels that never wrap inside: `<li class="chip tactic q-quick-win">`.
    mutating func chips(_ items: [CellItem], cls: String) {
        raw("<ul class=\"chips\">")
        for item in items {
            raw("<li class=\"chip " + cls)
            if let extra = item.cls {
                raw(" ")
                text(extra)
            }
            raw("\">")
            link(item.text, href: item.href)
            if let note = item.note {
                raw(" <span class=\"chip-note\">")
                text(note)
                raw("</span>")
            }
            raw("</li>")
        }
        raw("</ul>")
    }

    /// Tinted cards, one per item: pains and opportunities.
    mutating func cards(_ items: [CellItem], cls: String) {
        raw("<ul class=\"cards-lane\">")
        for item in items { noted(item, tag: "li", attribute: " class=\"lane-card " + cls + "\"") }
        raw("</ul>")
    }
}
