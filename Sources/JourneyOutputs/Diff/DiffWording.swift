import JourneyCore

/// One change in words, shared by the text and Markdown reports. Every text that comes
/// from a map goes through `name`, which quotes and escapes it for the report's format.
enum DiffWording {
    static func sentence(_ c: DiffChange, name: (String) -> String) -> String {
        let subject = c.element == .journey ? "Journey" : elementWord(c.element) + " " + name(c.title)
        switch (c.kind, c.field) {
        case (.added, .pain?), (.removed, .pain?):
            return "\(subject): pain \(c.kind.rawValue): \(name(c.item ?? ""))"
        case (.added, .kpi?):
            return "\(subject): KPI \(name(c.item ?? "")) added (\(value(c.after, name: name)))"
        case (.removed, .kpi?):
            return "\(subject): KPI \(name(c.item ?? "")) removed (was \(value(c.before, name: name)))"
        case (.added, _), (.removed, _):
            return "\(subject) \(c.kind.rawValue)"
        case (.renamed, _):
            return "\(subject) renamed (was \(value(c.before, name: name)))"
        case (.moved, .file?):
            return "Journey moved from \(value(c.before, name: name)) to \(value(c.after, name: name))"
        case (.moved, .stage?):
            return "\(subject) moved from stage \(value(c.before, name: name)) to \(value(c.after, name: name))"
        case (.moved, .touchpoints?):
            return "\(subject) now belongs to \(value(c.after, name: name)) (was \(value(c.before, name: name)))"
        case (.moved, _):
            return "\(subject) moved to another place in the journey"
        case (.changed, .focus?):
            return c.after == .flag(true) ? "\(subject) became a focus touchpoint" : "\(subject) is no longer a focus touchpoint"
        case (.changed, .tactics?):
            return "\(subject) is a focus touchpoint and lost its tactics (had \(value(c.before, name: name)))"
        case (.changed, .kpi?):
            return "\(subject): KPI \(name(c.item ?? "")) \(value(c.before, name: name)) → \(value(c.after, name: name))"
        case (.changed, let field):
            return "\(subject): \(fieldWord(field)) \(value(c.before, name: name)) → \(value(c.after, name: name))"
        }
    }

    static func elementWord(_ element: DiffChange.Element) -> String {
        switch element {
        case .journey: return "Journey"
        case .stage: return "Stage"
        case .touchpoint: return "Touchpoint"
        case .tactic: return "Tactic"
        }
    }

    private static func fieldWord(_ field: DiffChange.Field?) -> String {
        switch field {
        case .ice?: return "ICE"
        case .experimentSample?: return "experiment sample per variant"
        case .experimentDays?: return "experiment days"
        case let field?: return field.rawValue
        case nil: return "value"
        }
    }

    /// A value as shown: numbers without needless decimals, `none` for no value.
    static func value(_ v: DiffValue?, name: (String) -> String) -> String {
        switch v {
        case .text(let s)?: return s.isEmpty ? "none" : name(s)
        case .number(let x)?: return number(x)
        case .flag(let b)?: return b ? "yes" : "no"
        case nil: return "none"
        }
    }

    static func number(_ x: Double) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return String(Int(x)) }
        var s = String((x * 100).rounded() / 100)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// The summary of a diff in one line, without markup.
    static func summary(_ diff: MapDiff) -> String {
        guard !diff.isEmpty else { return "no changes" }
        var parts: [String] = []
        let counts = [(diff.count(.added), "added"), (diff.count(.changed), "changed"), (diff.count(.removed), "removed")]
        let journeys = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !journeys.isEmpty {
            let total = counts.map(\.0).reduce(0, +)
            parts.append(total == 1 ? "1 journey " + journeys[0].dropFirst(2) : "\(total) journeys: " + journeys.joined(separator: ", "))
        }
        if !diff.newDiagnostics.isEmpty {
            let errors = diff.newErrors.count
            parts.append(plural(diff.newDiagnostics.count, "new diagnostic") + (errors > 0 ? " (\(plural(errors, "error")))" : ""))
        }
        if !diff.fixedDiagnostics.isEmpty { parts.append(plural(diff.fixedDiagnostics.count, "diagnostic") + " fixed") }
        return parts.joined(separator: "; ")
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// How big an added or removed journey is.
    static func size(_ j: JourneyDiff) -> String? {
        guard let size = j.size else { return nil }
        return [plural(size.stages, "stage"), plural(size.touchpoints, "touchpoint"), plural(size.tactics, "tactic")]
            .joined(separator: ", ")
    }
}

/// An emotion curve in Unicode blocks, one per touchpoint: `▁` for -2 up to `█` for +2,
/// `·` for a touchpoint without emotion.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of(_ emotions: [Double?]) -> String {
        String(emotions.map { e -> Character in
            guard let e else { return "·" }
            let level = Int(((min(2, max(-2, e)) + 2) / 4 * 7).rounded())
            return blocks[level]
        })
    }
}
