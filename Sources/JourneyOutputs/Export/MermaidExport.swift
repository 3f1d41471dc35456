import JourneyCore

/// Writes journeys as Mermaid `journey` diagrams.
///
/// Stages become sections and touchpoints tasks. The score is `round(emotion) + 3`,
/// kept within 1..5; a touchpoint without emotion is scored 3 after a `%% no emotion`
/// comment, which import reads back. The actors are the touchpoint's `actor` list, else
/// the titles of the journey's personas. Text goes through `MermaidText`, since Mermaid
/// has no escapes.
public enum MermaidExport {
    /// The diagram of `journey`, ending with a line end.
    public static func diagram(_ journey: ResolvedJourney, personas: [Persona]) -> String {
        let personaTitles = journey.document.personaRefs.compactMap { ref in
            personas.first { $0.header.id == ref.id }?.header.title
        }
        var out = "journey\n"
        out += "    title \(MermaidText.safeTitle(journey.title))\n"
        for stage in journey.stages {
            out += "    section \(MermaidText.safe(stage.header.title))\n"
            for touchpoint in stage.touchpoints {
                let actors = (touchpoint.actors.isEmpty ? personaTitles : touchpoint.actors)
                    .map { MermaidText.safe($0, actor: true) }
                var line = "      \(MermaidText.safeTaskName(touchpoint.header.title)): \(score(touchpoint.emotion?.value))"
                if !actors.isEmpty { line += ": " + actors.joined(separator: ", ") }
                if touchpoint.emotion == nil { out += "      %% no emotion\n" }
                out += line + "\n"
            }
        }
        return out
    }

    /// Every journey after a `%% journey: <id>` line, a blank line between two.
    public static func stream(_ project: Project) -> String {
        project.journeys.map { "%% journey: \($0.id)\n" + diagram($0, personas: project.personas) }
            .joined(separator: "\n")
    }

    /// The task score of an emotion: `round(emotion) + 3` within 1..5; 3 without one.
    public static func score(_ emotion: Emotion?) -> Int {
        guard let emotion else { return 3 }
        return min(5, max(1, Int(emotion.score.rounded()) + 3))
    }
}
