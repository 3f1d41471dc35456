import JourneyCore
import TestSupport

extension CheckTable {
    /// A tactic under touchpoint A (heading on line 12) with `keys` as its property list.
    static func tacticUnderA(_ keys: String) -> String {
        touchpointA + "\n#### Tactic: T\n- trigger: visits twice\n" + keys
    }

    static let warnings: [CheckCase] = [
        CheckCase("unknown-kind: misspelt kind", body: touchpointA + """

            ### Touchpints: B
            """, [
            .warning(.unknownKind, 12, 1, "heading 'Touchpints: B' is not an element: unknown kind 'Touchpints'; did you mean 'Touchpoint'? write '### Touchpoint: B'"),
        ]),
        CheckCase("unknown-front-matter", files: ["j.md": """
            ---
            id: j
            titel: X
            x-colour: red
            ---

            # J

            ## Stage: S

            ### Touchpoint: A
            - channel: web
            """], [
            .warning(.unknownFrontMatter, 3, 1, "unknown front-matter key 'titel'; did you mean 'title'? journeymap reads id, title, persona, owner, status, state, tags, version, kpi; prefix custom keys with 'x-' to silence this"),
        ]),
        CheckCase("tactic-no-consent", body: tacticUnderA("- data: browsing history\n- fallback: banner\n- kpi: ctr\n"), [
            .warning(.tacticNoConsent, 12, 1, "Tactic 'T' uses data but names no legal basis; add '- consent: consent' (or contract, legitimate interest, ...)"),
        ]),
        CheckCase("tactic-no-fallback", body: tacticUnderA("- kpi: ctr\n"), [
            .warning(.tacticNoFallback, 12, 1, "Tactic 'T' has no 'fallback'; add '- fallback: ...' saying what customers see when data is missing or late"),
        ]),
        CheckCase("tactic-no-kpi", body: tacticUnderA("- fallback: banner\n"), [
            .warning(.tacticNoKPI, 12, 1, "Tactic 'T' has no 'kpi'; add '- kpi: metric: now -> target' so its effect can be measured"),
        ]),
        CheckCase("focus-no-tactic", body: """
            ### Touchpoint: A
            - channel: web
            - score: volume 5, influence 4, data 3
            """, [
            .warning(.focusNoTactic, 9, 1, "Touchpoint 'A' is a focus touchpoint (rank 1, priority 75) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'"),
        ]),
        CheckCase("pain-no-answer", body: """
            ### Touchpoint: A
            - channel: web
            - pain: slow page
            """, [
            .warning(.painNoAnswer, 9, 1, "Touchpoint 'A' has a pain but no 'opportunity' and no Tactic; add '- opportunity: ...' or a tactic that answers the pain"),
        ]),
        CheckCase("stage-empty", body: touchpointA + """

            ## Stage: Later
            - goal: nothing yet
            """, [
            .warning(.stageEmpty, 12, 1, "Stage 'Later' has no Touchpoint and no stage-level lanes; add a '### Touchpoint: ...' under it or 'action:'/'pain:' lines for a coarse map"),
        ]),
        CheckCase("unreachable", body: """
            ### Touchpoint: A
            - channel: web
            - next: end

            ### Touchpoint: B
            - channel: web
            """, [
            .warning(.unreachable, 13, 1, "Touchpoint 'B' is not reached by any path from an entry touchpoint; point a 'next' at 'b' or mark it 'entry: yes'"),
        ]),
        CheckCase("experiment-too-long", body: """
            ### Touchpoint: A
            - channel: web
            - traffic: 100/day

            #### Tactic: T
            - trigger: visits twice
            - fallback: banner
            - kpi: ctr
            - experiment:
              - baseline: 3.1%
              - lift: 10%
            """, [
            .warning(.experimentTooLong, 17, 3, "the experiment of Tactic 'T' needs 1029 days (51438 visitors per variant x 2 at 100/day); test a larger lift, fewer variants or a touchpoint with more traffic"),
        ]),
        CheckCase("emotion-sign", body: """
            ### Touchpoint: A
            - channel: web
            - emotion: +1 angry
            """, [
            .warning(.emotionSign, 11, 12, "emotion '+1 angry' has a number and a label of opposite signs; change the number or the label so they agree"),
        ]),
        // One stage, one touchpoint and 3999 jumps back to itself: 4001 (DiagramSize).
        CheckCase("diagram-too-large", body: "### Touchpoint: A\n- channel: web\n- next: "
            + Array(repeating: "a", count: 3999).joined(separator: ", ") + "\n", [
            .warning(.diagramTooLarge, 1, 1, "journey 'J' is too large for a flow diagram: 1 stage, 1 touchpoint and 3999 jumps (flow edges to other than the next touchpoint) make 4001, more than 4000; the site shows its flow as text; split it into smaller journeys linked with 'next: other-journey/touchpoint'"),
        ]),
    ]
}
