import JourneyCore
import TestSupport

extension CheckTable {
    /// A tactic under touchpoint A whose experiment (line 16) has `baseline` (line 17) and `lift` (line 18).
    static func experiment(baseline: String, lift: String) -> String {
        tacticUnderA("- fallback: banner\n- kpi: ctr\n- experiment:\n  - baseline: \(baseline)\n  - lift: \(lift)\n")
    }

    static let channels = MapsFolder.channels

    /// Value forms, suggestions and columns: more rows for `bad-value`, `unknown-key` and `unknown-kind`.
    static let forms: [CheckCase] = [
        CheckCase("bad-value: score 6", body: touchpointA + "- need: 6\n", [
            Expected(.badValue, 11, 9, "score '6' is out of range; write a number from 1 to 5 (at most one decimal)"),
        ]),
        CheckCase("bad-value: score 3.25", body: touchpointA + "- value: 3.25\n", [
            Expected(.badValue, 11, 10, "score '3.25' has more than one decimal; round it to one, '3.3'"),
        ]),
        CheckCase("bad-value: percent without %", body: experiment(baseline: "3.1", lift: "10%"), [
            Expected(.badValue, 17, 15, "percent '3.1' has no '%'; write '3.1%'"),
        ]),
        CheckCase("bad-value: rate without unit", body: touchpointA + "- traffic: 1200\n", [
            Expected(.badValue, 11, 12, "rate '1200' has no unit; write '1200/day' or another of /hour, /day, /week or /month"),
        ]),
        CheckCase("bad-value: unknown channel lists the known ones", body: "### Touchpoint: A\n- channel: web, fax\n", [
            Expected(.badValue, 10, 17, "'fax' is not one of \(channels); write one of them"),
        ]),
        CheckCase("bad-value: misspelt channel", body: "### Touchpoint: A\n- channel: emial\n", [
            Expected(.badValue, 10, 12, "'emial' is not one of \(channels); did you mean 'email'?"),
        ]),
        CheckCase("bad-value: score criterion not configured", body: touchpointA + "- score: volume 3, reach 4\n", [
            .warning(.focusNoTactic, 9, 1, "Touchpoint 'A' is a focus touchpoint (rank 1, priority 50) but no Tactic belongs to it; add a '#### Tactic: ...' under it or name it in a tactic's 'touchpoint:'"),
            Expected(.badValue, 11, 20, "score criterion 'reach' is not configured; use one of volume, influence, data or add it under 'criteria:' in journeymap.yml"),
        ]),
        CheckCase("bad-value: title with an empty slug", body: "### Touchpoint: 購入\n- channel: web\n", [
            Expected(.badValue, 9, 17, "the title '購入' gives an empty id (its slug keeps only ASCII letters and digits); add an explicit id: '購入 {#some-id}'"),
        ]),
        CheckCase("bad-value: experiment lift 0", body: experiment(baseline: "3%", lift: "0%"), [
            Expected(.badValue, 18, 11, "experiment of Tactic 'T': lift '0%' cannot be sized; write the relative change to detect, e.g. '10%' or '-10%'"),
        ]),
        CheckCase("bad-value: experiment p2 above 100%", body: experiment(baseline: "60%", lift: "80%"), [
            Expected(.badValue, 18, 11, "experiment of Tactic 'T': lift '80%' takes the 60% baseline to 108%, not a rate between 0% and 100%; write a lift below 66.66%"),
        ]),
        CheckCase("bad-value: experiment p2 exactly 100%", body: experiment(baseline: "50%", lift: "100%"), [
            Expected(.badValue, 18, 11, "experiment of Tactic 'T': lift '100%' takes the 50% baseline to 100%, not a rate between 0% and 100%; write a lift below 100%"),
        ]),
        CheckCase("bad-value: share without %", body: touchpointA + "- next: end 5\n", [
            Expected(.badValue, 11, 13, "share '5' has no '%'; write '5%'"),
        ]),
        CheckCase("bad-value: heading with only a kind", body: "### Touchpoint:\n- channel: web\n", [
            Expected(.badValue, 9, 1, "Touchpoint heading has no title; write '### Touchpoint: Title'"),
        ]),
        CheckCase("unknown-key: did you mean, and the missing key it leaves", body: "### Touchpoint: A\n- chanel: web\n", [
            Expected(.missingKey, 9, 1, "Touchpoint 'A' has no 'channel'; add '- channel: ...' as the first list under its heading"),
            Expected(.unknownKey, 10, 3, "unknown key 'chanel' in Touchpoint 'A'; did you mean 'channel'?"),
        ]),
        CheckCase("unknown-key: a key of another kind", body: touchpointA + "- trigger: cart abandoned\n", [
            Expected(.unknownKey, 11, 3, "unknown key 'trigger' in Touchpoint 'A'; 'trigger' is a key of Tactics, not of Touchpoints; keys of a Touchpoint are channel, action, thought, emotion, pain, opportunity, data, evidence, frontstage, backstage, support, source, duration, actor, moment of truth, score, need, value, traffic, entry, kpi, next"),
        ]),
        CheckCase("unknown-key: experiment key", body: experiment(baseline: "3%", lift: "10%") + "  - trafic: 1200/day\n", [
            Expected(.unknownKey, 19, 5, "unknown experiment key 'trafic' in Tactic 'T'; did you mean 'traffic'? experiment keys are baseline, lift, metric, variants, traffic"),
        ]),
        CheckCase("unknown-kind: near misses", body: touchpointA + """

            ## Stgae: X

            ## Stage 1: Awareness

            ### Touchpoints: Cart

            ## Micro moment: Y

            ## Notes: about this

            ## Next steps: later

            ## A step: more
            """, [
            .warning(.unknownKind, 12, 1, "heading 'Stgae: X' is not an element: unknown kind 'Stgae'; did you mean 'Stage'? write '## Stage: X'"),
            .warning(.unknownKind, 14, 1, "heading 'Stage 1: Awareness' is not an element: a typed heading has only the kind before the colon; write '## Stage: Awareness'"),
            .warning(.unknownKind, 16, 1, "heading 'Touchpoints: Cart' is not an element: unknown kind 'Touchpoints'; did you mean 'Touchpoint'? write '### Touchpoint: Cart'"),
            .warning(.unknownKind, 18, 1, "heading 'Micro moment: Y' is not an element: unknown kind 'Micro moment'; did you mean 'Micro-moment'? write '## Micro-moment: Y'"),
        ]),
        CheckCase("columns count characters after multibyte text", body: """
            ### Touchpoint: A
            - channel: web
            - next: b 40% (prêt à payer), chekout

            ### Touchpoint: B
            - channel: web
            - next: a 40% (👍🏽 fine), chekout

            ### Touchpoint: Café crème {#café crème}
            - channel: web
            - entry: yes
            - emotion: -1 très fâché
            - score: 影響 3, reach 2
            """, [
            Expected(.unresolvedRef, 11, 31, "no touchpoint 'chekout' in journey 'j'; a next reference names a touchpoint id (its {#id} or title slug)"),
            Expected(.unresolvedRef, 15, 25, "no touchpoint 'chekout' in journey 'j'; a next reference names a touchpoint id (its {#id} or title slug)"),
            Expected(.badValue, 17, 30, "id 'café crème' may contain only letters, digits, '-', '_' and '.'; write {#cafe-creme}"),
            Expected(.badValue, 21, 10, "score criterion '影響' is not configured; use one of volume, influence, data or add it under 'criteria:' in journeymap.yml"),
            Expected(.badValue, 21, 16, "score criterion 'reach' is not configured; use one of volume, influence, data or add it under 'criteria:' in journeymap.yml"),
        ]),
    ]
}
