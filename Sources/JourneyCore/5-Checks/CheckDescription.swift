/// What each check of Journey Markdown section 8 looks for and how to fix what it
/// finds: the rules of the SARIF output, which code scanning shows beside each alert.
public struct CheckDescription: Sendable {
    /// The check id in PascalCase (`UnknownKey`), SARIF's readable rule name.
    public var name: String
    /// One sentence: when the check reports.
    public var summary: String
    /// How to fix what it reports.
    public var fix: String

    /// The description of check `id`. Keyed by the id as text, so checks that a build
    /// adds later still find theirs; an unknown id gets a generic one.
    public static func of(_ id: String) -> CheckDescription {
        let name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let (summary, fix) = table[id] else {
            return CheckDescription(name: name, summary: "Journey Markdown check '\(id)'.",
                                    fix: "Follow the message of the finding.")
        }
        return CheckDescription(name: name, summary: summary, fix: fix)
    }

    private static let table: [String: (String, String)] = [
        "file": ("A map file that cannot be read: not UTF-8, a NUL byte, or front matter that is unclosed or not valid YAML.",
                 "Save the file as UTF-8 and close the front matter with a line '---'; quote front-matter values that contain ': '."),
        "unknown-key": ("A key that is not defined for the element (or for journeymap.yml).",
                        "Correct the spelling (the message suggests the nearest key), or prefix a custom field with 'x-'."),
        "not-a-property": ("An item of an element's property list that is not 'key: value'.",
                           "Write the item as 'key: value', or separate notes from the property list with a paragraph."),
        "bad-value": ("A value of the wrong form or out of range: a score, emotion, percent, rate, vocabulary word or empty slug.",
                      "Write the value in the form the message names (scores 1..5, emotions -2..+2 or a label, percentages like '3.1%', rates like '1200/day')."),
        "missing-key": ("A required key is absent, such as a touchpoint's 'channel' or a tactic's 'trigger'.",
                        "Add the key the message names to the element's property list."),
        "duplicate-key": ("A key that is not repeatable appears twice in one element.",
                          "Keep one of the two lines; for several values use the key's list form."),
        "duplicate-id": ("Two elements of one kind share an id in the same scope.",
                         "Rename one of them, or give it an explicit id with '{#another-id}' at the end of its heading."),
        "unresolved-ref": ("A reference to an element that does not exist.",
                           "Correct the id (the message suggests the nearest), or add the element it names."),
        "bad-parent": ("An element under a parent it may not have, such as a Touchpoint outside a Stage.",
                       "Move the element, or change its heading level, so that it sits under an allowed parent."),
        "flow-over-100": ("The 'next' shares of one touchpoint add up to more than 100%.",
                          "Lower the shares so that they add up to 100% or less; what is left is drop-off."),
        "unknown-kind": ("A prose heading that looks like a misspelt element heading.",
                         "Write the heading as the message shows ('## Stage: Title'), or reword it if it is prose."),
        "unknown-front-matter": ("An unknown front-matter key.",
                                 "Correct the spelling, or prefix a custom key with 'x-'."),
        "tactic-no-consent": ("A Tactic that uses customer data but names no legal basis.",
                              "Add 'consent:' with the legal basis for the data (consent, contract, legitimate interest, ...)."),
        "tactic-no-fallback": ("A Tactic with no 'fallback'.",
                               "Add 'fallback:' saying what customers see when the data is missing or late."),
        "tactic-no-kpi": ("A Tactic with no 'kpi'.",
                          "Add 'kpi:' with the measure that tells whether the tactic works."),
        "focus-no-tactic": ("A focus touchpoint (among the highest-priority ones) that no Tactic belongs to.",
                            "Add a Tactic under the touchpoint, or one that names it with 'touchpoint:'."),
        "pain-no-answer": ("A touchpoint with a 'pain' but no 'opportunity' and no Tactic.",
                           "Add an 'opportunity:' or a Tactic that answers the pain."),
        "stage-empty": ("A Stage with no Touchpoint and none of the stage-level lanes.",
                        "Add a '### Touchpoint:' under the stage, or stage-level lines such as 'action:' or 'pain:'."),
        "unreachable": ("A touchpoint that no path from an entry touchpoint reaches.",
                        "Point a 'next' at it, or mark it 'entry: yes' if customers start there."),
        "experiment-too-long": ("An A/B test that needs more than 90 days at its traffic.",
                                "Test for a larger lift, on a touchpoint with more traffic, or with fewer variants."),
        "emotion-sign": ("An emotion whose number and label have opposite signs.",
                         "Make the number agree with the label, or choose another label."),
        "diagram-too-large": ("A journey past the documented size for a flow diagram; its flow is shown as text.",
                              "Split the journey into smaller linked journeys if the diagram matters."),
        "diagram-failed": ("Graphviz failed on a journey's flow diagram; its flow is shown as text.",
                           "Report the map to the tool's maintainers; the rest of the site is complete."),
    ]
}
