import JourneyCore
import TestSupport

/// At least one failing fixture per check id of Journey Markdown section 8, with the
/// exact diagnostics. Line and column were worked out by reading each fixture: a
/// diagnostic about a value points at the value, one about an element at its heading.
/// Bodies start on line 9 (see `MapsFolder.preamble`).
enum CheckTable {
    static let touchpointA = MapsFolder.touchpointA

    static let errors: [CheckCase] = [
        CheckCase("file: front matter that is not YAML", files: ["j.md": """
            ---
            title: Renewal: second year
            ---

            # J
            """], [
            Expected(.file, 2, 15, "the front matter is not valid YAML: mapping values are not allowed in this context; quote values that contain ': ' (e.g. title: \"Renewal: second year\")"),
        ]),
        CheckCase("file: front matter never closed", files: ["j.md": "---\nid: j\n\n# J\n"], [
            Expected(.file, 1, 1, "the front matter opened on line 1 is never closed; add a line '---' after its last key"),
        ]),
        CheckCase("unknown-key: a near key", body: """
            ### Touchpoint: A
            - channel: web
            - emotoin: happy
            """, [
            Expected(.unknownKey, 11, 3, "unknown key 'emotoin' in Touchpoint 'A'; did you mean 'emotion'?"),
        ]),
        CheckCase("not-a-property", body: """
            ### Touchpoint: A
            - channel: web
            - just some text
            """, [
            Expected(.notAProperty, 11, 3, "'just some text' is not 'key: value'; write it as a property (e.g. '- x-note: just some text', a custom field) or leave a blank line and a paragraph before the list so it becomes notes"),
        ]),
        CheckCase("bad-value: emotion label not on the list", body: """
            ### Touchpoint: A
            - channel: web
            - emotion: meh
            """, [
            Expected(.badValue, 11, 12, "emotion label 'meh' is not on the list; put a number from -2 to +2 before it ('-1 meh') or use a listed label such as delighted, happy, curious, neutral, confused, frustrated or angry"),
        ]),
        CheckCase("missing-key: touchpoint without channel", body: """
            ### Touchpoint: A
            - emotion: happy
            """, [
            Expected(.missingKey, 9, 1, "Touchpoint 'A' has no 'channel'; add '- channel: ...' as the first list under its heading"),
        ]),
        CheckCase("missing-key: moment under a stage names no touchpoint", body: touchpointA + """

            ### Micro-moment: Compare
            - intent: compare two shoes
            """, [
            Expected(.missingKey, 12, 1, "Micro-moment 'Compare' sits directly under a Stage and has no 'touchpoint'; add '- touchpoint: touchpoint-id' or move it under a Touchpoint heading"),
        ]),
        CheckCase("duplicate-key", body: """
            ### Touchpoint: A
            - channel: web
            - emotion: happy
            - emotion: -1 anxious
            """, [
            Expected(.duplicateKey, 12, 3, "'emotion' appears twice in Touchpoint 'A' and takes one value; keep one of them"),
        ]),
        CheckCase("duplicate-key: front matter", files: ["j.md": """
            ---
            id: j
            owner: Team
            owner: Other
            ---

            # J

            ## Stage: S

            ### Touchpoint: A
            - channel: web
            """], [
            Expected(.duplicateKey, 4, 1, "'owner' appears twice in the front matter; keep one of them"),
        ]),
        CheckCase("duplicate-id: two touchpoints of one title", body: touchpointA + """

            ### Touchpoint: A
            - channel: app
            """, [
            Expected(.duplicateID, 12, 1, "Touchpoint id 'a' is already used at line 9; give this one another title or an explicit '{#other-id}'"),
        ]),
        CheckCase("duplicate-id: personas across files", files: [
            "a.md": "---\n---\n\n## Persona: Hiker\n",
            "b.md": "---\n---\n\n## Persona: Hiker\n",
        ], [
            Expected(.duplicateID, 4, 1, "Persona id 'hiker' is already used at maps/a.md:4; give this one another title or an explicit '{#other-id}'",
                     file: "maps/b.md"),
        ]),
        CheckCase("unresolved-ref: next", body: """
            ### Touchpoint: A
            - channel: web
            - next: chekout, end

            ### Touchpoint: Checkout
            - channel: web
            - entry: yes
            """, [
            Expected(.unresolvedRef, 11, 9, "no touchpoint 'chekout' in journey 'j'; did you mean 'checkout'? a next reference names a touchpoint id (its {#id} or title slug)"),
        ]),
        CheckCase("unresolved-ref: persona in front matter", files: ["j.md": """
            ---
            id: j
            persona: nobody
            ---

            # J

            ## Stage: S

            ### Touchpoint: A
            - channel: web
            """], [
            Expected(.unresolvedRef, 3, 10, "no Persona 'nobody' in the maps folder; define '## Persona: ...' in a library document or fix the id"),
        ]),
        CheckCase("unresolved-ref: another journey", body: """
            ### Touchpoint: A
            - channel: web
            - next: onboarding/welcome
            """, [
            Expected(.unresolvedRef, 11, 9, "no journey 'onboarding' in the maps folder for 'onboarding/welcome'; use the id from that journey's front matter or file name"),
        ]),
        CheckCase("bad-parent: touchpoint at document level", files: ["j.md": """
            ---
            id: j
            ---

            # J

            ## Touchpoint: A
            - channel: web

            ## Stage: S

            ### Touchpoint: B
            - channel: web
            """], [
            Expected(.badParent, 7, 1, "Touchpoint 'A' may not stand under the document; its parent must be a Stage; add a '## Stage: ...' heading above it or make it a level-3 heading under a Stage"),
        ]),
        CheckCase("bad-parent: tactic in a library document", files: ["people.md": """
            ---
            ---

            ## Tactic: T
            - trigger: x
            """], [
            Expected(.badParent, 4, 1, "Tactic 'T' stands in a library document (no Stage), which may define only Personas and Segments; move it into a journey",
                     file: "maps/people.md"),
        ]),
        CheckCase("flow-over-100", body: """
            ### Touchpoint: A
            - channel: web
            - next: b 70%, c 40%

            ### Touchpoint: B
            - channel: web

            ### Touchpoint: C
            - channel: web
            """, [
            Expected(.flowOver100, 11, 9, "the shares of 'next' in Touchpoint 'A' sum to 110%, above 100%; lower them so they add up to at most 100% (what is left is drop-off)"),
        ]),
    ]
}
