import JourneyCore
import TestSupport

extension CheckTable {
    static let long201 = String(repeating: "p", count: 201)
    static let long200 = String(repeating: "p", count: 200)
    static let longQ201 = String(repeating: "q", count: 201)
    /// 67 characters of three bytes each: 201 bytes.
    static let wide201 = String(repeating: "購", count: 67)

    /// Ids that `check` must refuse because `build` could not write the file they name
    /// (`personas/.x.html`, a file name over 255 bytes), and their limits.
    static let ids: [CheckCase] = [
        CheckCase("bad-value: ids that start with '.'", files: ["people.md": """
            ---
            id: lib
            ---

            ## Persona: P {#.x}

            ## Segment: S {#..}
            - rule: r

            ## Persona: Q {#.hidden.page}
            """], [
            Expected(.badValue, 5, 17, "id '.x' may not start with '.'; write {#x}", file: "maps/people.md"),
            Expected(.badValue, 7, 17, "id '..' may not start with '.'", file: "maps/people.md"),
            Expected(.badValue, 10, 17, "id '.hidden.page' may not start with '.'; write {#hidden-page}", file: "maps/people.md"),
        ]),
        CheckCase("bad-value: a touchpoint id that starts with '.'", body: "### Touchpoint: A {#.a}\n- channel: web\n", [
            Expected(.badValue, 9, 21, "id '.a' may not start with '.'; write {#a}"),
        ]),
        CheckCase("bad-value: persona and segment ids over 200 bytes", files: ["people.md": """
            ---
            ---

            ## Persona: P {#\(longQ201)}

            ## Persona: \(long201)

            ## Persona: Q {#\(long200)}

            ## Segment: S {#\(wide201)}
            - rule: r
            """], [
            Expected(.badValue, 4, 17, "Persona id '\(longQ201)' is 201 bytes long; an id that names a page may have at most 200; add a shorter id: '{#some-id}'",
                     file: "maps/people.md"),
            Expected(.badValue, 6, 13, "Persona id '\(long201)' is 201 bytes long; an id that names a page may have at most 200; add a shorter id: '{#some-id}'",
                     file: "maps/people.md"),
            Expected(.badValue, 10, 17, "Segment id '\(wide201)' is 201 bytes long; an id that names a page may have at most 200; add a shorter id: '{#some-id}'",
                     file: "maps/people.md"),
        ]),
        CheckCase("bad-value: a journey id over 200 bytes in the front matter", files: ["j.md": """
            ---
            id: \(long201)
            ---

            # J

            ## Stage: S

            \(touchpointA)
            """], [
            Expected(.badValue, 2, 5, "journey id '\(long201)' is 201 bytes long; an id that names a page may have at most 200; write a shorter 'id:'"),
        ]),
        CheckCase("bad-value: a file name that gives a journey id over 200 bytes", files: [long201 + ".md": """
            ---
            ---

            # J

            ## Stage: S

            \(touchpointA)
            """, "\(long200).md": "---\n---\n\n# K\n\n## Stage: S\n\n" + touchpointA], [
            Expected(.badValue, 1, 1, "the file name '\(long201).md' gives a journey id of 201 bytes; an id that names a page may have at most 200; add a shorter 'id: some-id' to the front matter",
                     file: "maps/\(long201).md"),
        ]),
        CheckCase("ids that name no page have no length limit", files: [
            long201 + ".md": "---\n---\n\n## Persona: P {#p}\n",
            "j.md": MapsFolder.preamble + "### Touchpoint: \(long201)\n- channel: web\n\n### Touchpoint: B {#\(long201)-b}\n- channel: web\n",
        ], []),
    ]
}
