import JourneyCore

/// The label and tooltip of a touchpoint node.
///
/// The label is an HTML-like table: the title in bold, the channels, the emotion as a
/// number (the fill colour repeats it, never replaces it), the focus and
/// moment-of-truth marks in words, and the counts of tactics and pains.
enum TouchpointLabel {
    /// The label's table. `compact` (the bounded layout) puts the same facts on three
    /// lines instead of five: Graphviz measures every line of text, which is most of
    /// the time a big diagram takes.
    static func markup(_ tp: Touchpoint, _ f: TouchpointFigures, compact: Bool = false) -> String {
        let title = "<B>" + DotWriter.wrapped(tp.header.title) + "</B>"
        let channels = tp.channels.isEmpty ? nil : DotEscaping.htmlText(tp.channels.joined(separator: ", "))
        var marks: [String] = []
        if f.focus { marks.append("\u{2605} focus" + (f.rank.map { " #\($0)" } ?? "")) }
        if tp.momentOfTruth { marks.append("\u{25C6} moment of truth") }
        let counts = DotWriter.count(f.tactics.count, "tactic", "tactics") + " \u{00B7} "
            + DotWriter.count(tp.pains.count, "pain", "pains")
        let marked = marks.isEmpty ? nil : "<B>" + marks.joined(separator: " \u{00B7} ") + "</B>"
        var rows = [title]
        if compact {
            rows.append(small(([channels].compactMap { $0 } + [emotion(tp)]).joined(separator: " \u{00B7} ")))
            rows.append(small(([marked].compactMap { $0 } + [counts]).joined(separator: " \u{00B7} ")))
        } else {
            if let channels { rows.append(small(channels)) }
            rows.append(emotion(tp))
            if let marked { rows.append(marked) }
            rows.append(small(counts))
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            + rows.map { "<TR><TD>" + $0 + "</TD></TR>" }.joined() + "</TABLE>"
    }

    /// `Instagram ad · emotion 0 curious · priority 58.3 (rank 3) · focus`.
    static func tooltip(_ tp: Touchpoint, _ f: TouchpointFigures) -> String {
        var parts = [tp.header.title, "emotion " + emotionText(tp)]
        if let priority = f.priority {
            parts.append("priority " + DotNumber.decimal(priority, maxDecimals: 1)
                + (f.rank.map { " (rank \($0))" } ?? ""))
        } else {
            parts.append("no priority")
        }
        if f.focus { parts.append("focus") }
        if tp.momentOfTruth { parts.append("moment of truth") }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// `emotion +1 confident`, escaped.
    private static func emotion(_ tp: Touchpoint) -> String {
        "emotion " + DotEscaping.htmlText(emotionText(tp))
    }

    private static func emotionText(_ tp: Touchpoint) -> String {
        let value = tp.emotion?.value
        let number = EmotionScale.text(value?.score)
        guard let label = value?.label, !label.isEmpty else { return number }
        return number + " " + label
    }

    private static func small(_ markup: String) -> String {
        "<FONT POINT-SIZE=\"9\">" + markup + "</FONT>"
    }
}
