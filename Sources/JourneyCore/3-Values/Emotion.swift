/// An `emotion` value: a number from -2 to +2, a label, or a number then a label.
public struct Emotion: Equatable, Hashable, Sendable {
    /// The number as written, else the listed label's default score.
    public var score: Double
    /// The label: the list's own spelling (lowercase) for a listed label, the text as
    /// written (spaces collapsed) for any other; nil for a bare number.
    public var label: String?
    /// A number and a listed label with opposite signs (`+1 angry`): an `emotion-sign`
    /// warning. 0 agrees with both signs; free labels are never in conflict.
    public var signConflict: Bool

    public init(score: Double, label: String? = nil, signConflict: Bool = false) {
        self.score = score
        self.label = label
        self.signConflict = signConflict
    }
}

/// The emotion labels with a default score (Journey Markdown section 4).
public enum EmotionLabels {
    /// The 23 labels in the order of the spec, from most positive to most negative.
    public static let ordered: [(label: String, score: Int)] = [
        ("delighted", 2), ("excited", 2),
        ("happy", 1), ("satisfied", 1), ("confident", 1), ("relieved", 1), ("hopeful", 1), ("proud", 1),
        ("curious", 0), ("neutral", 0),
        ("unsure", -1), ("confused", -1), ("anxious", -1), ("worried", -1), ("stressed", -1),
        ("annoyed", -1), ("bored", -1), ("frustrated", -1), ("disappointed", -1),
        ("angry", -2), ("upset", -2), ("overwhelmed", -2), ("furious", -2),
    ]

    /// Label -> default score.
    public static let scores: [String: Int] = Dictionary(uniqueKeysWithValues: ordered.map { ($0.label, $0.score) })

    /// The labels only, in spec order (for suggestions).
    public static let labels: [String] = ordered.map(\.label)

    /// A few labels covering the scale, for messages.
    static let sample = "delighted, happy, curious, neutral, confused, frustrated or angry"
}

extension Values {
    /// An emotion: `-1`, `frustrated`, `-2 angry`, `+1 relieved`, `-0.5 mild irritation`.
    ///
    /// The number is -2..+2 with at most one decimal and must be followed by a space
    /// before a label. A label alone must be on the list (case-insensitive); any other
    /// label needs a number before it.
    public static func emotion(_ text: String) -> Result<Emotion, ValueError> {
        let v = ValueText(text)
        let r = v.trim(v.all)
        var shown: String { v.text(r) }
        let rule = "write a number from -2 to +2 (at most one decimal)"
        guard !r.isEmpty else {
            return .failure(v.error("emotion is empty; \(rule), a label such as 'happy', or both ('-1 anxious')", r))
        }
        guard let n = v.scanNumber(from: r.lowerBound, to: r.upperBound) else {
            if v.bytes[r.lowerBound] == 0x2B || v.bytes[r.lowerBound] == 0x2D {
                return .failure(v.error("emotion '\(shown)' has a sign but no number; \(rule), then the label", r))
            }
            return labelOnly(v, r)
        }
        var end = n.range.upperBound
        if let fix = v.decimalCommaFix(n, end: r.upperBound) {
            end = v.decimalCommaEnd(n, end: r.upperBound)
            return .failure(v.error("emotion number '\(v.text(n.range.lowerBound..<end))' uses a decimal comma; write '\(fix)'",
                                    n.range.lowerBound..<end, fix: fix))
        }
        if end < r.upperBound, v.spaceLength(at: end, end: r.upperBound) == 0 {
            let fix = v.text(n.range) + " " + v.text(end..<r.upperBound)
            return .failure(v.error("emotion '\(shown)' needs a space between the number and the label; write '\(fix)'",
                                    r, fix: fix))
        }
        guard n.value >= -2, n.value <= 2 else {
            return .failure(v.error("emotion '\(v.text(n.range))' is out of range; \(rule)", n.range))
        }
        guard n.fractionDigits <= 1 else {
            let fix = n.oneDecimalText
            return .failure(v.error("emotion '\(v.text(n.range))' has more than one decimal; round it to one, '\(fix)'",
                                    n.range, fix: fix))
        }
        let labelRange = v.trim(end..<r.upperBound)
        guard !labelRange.isEmpty else { return .success(Emotion(score: n.value)) }
        let lowered = v.collapsedText(labelRange, lowercased: true)
        if let listed = EmotionLabels.scores[lowered] {
            let conflict = (n.value > 0 && listed < 0) || (n.value < 0 && listed > 0)
            return .success(Emotion(score: n.value, label: lowered, signConflict: conflict))
        }
        return .success(Emotion(score: n.value, label: v.collapsedText(labelRange)))
    }

    private static func labelOnly(_ v: ValueText, _ r: Range<Int>) -> Result<Emotion, ValueError> {
        let lowered = v.collapsedText(r, lowercased: true)
        if let listed = EmotionLabels.scores[lowered] {
            return .success(Emotion(score: Double(listed), label: lowered))
        }
        let written = v.collapsedText(r)
        if let near = Suggest.closest(to: lowered, in: EmotionLabels.labels) {
            return .failure(v.error("emotion label '\(written)' is not on the list; did you mean '\(near)'? "
                                    + "(another label needs a number from -2 to +2 before it: '-1 \(written)')",
                                    r, fix: near))
        }
        return .failure(v.error("emotion label '\(written)' is not on the list; put a number from -2 to +2 before it "
                                + "('-1 \(written)') or use a listed label such as \(EmotionLabels.sample)", r))
    }
}
