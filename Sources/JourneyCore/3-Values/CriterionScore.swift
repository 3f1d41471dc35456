/// One `criterion N` item of a touchpoint's `score`.
public struct CriterionScore: Equatable, Hashable, Sendable {
    /// The criterion name, lowercased with runs of spaces made one (`volume`, `reach now`).
    public var criterion: String
    public var score: Double
    /// Where the item is inside the `score` value text, in characters.
    public var offset: Int
    public var length: Int

    public init(criterion: String, score: Double, offset: Int = 0, length: Int = 0) {
        self.criterion = criterion
        self.score = score
        self.offset = offset
        self.length = length
    }
}

extension Values {
    /// A `score` list: `volume 5, influence 2, data 3.5`.
    ///
    /// In each item the last word is the score (checked like `score`) and every word
    /// before it is the criterion name, so names may have several words. An empty item,
    /// an item without a name or without a score, `volume: 5`, and a criterion scored
    /// twice are errors pointing at that item. Whether a criterion is configured is the
    /// caller's check: names are returned lowercased for lookup in the configured weights.
    public static func scoreList(_ text: String) -> Result<[CriterionScore], ValueError> {
        let v = ValueText(text)
        let all = v.trim(v.all)
        let form = "write 'criterion N, criterion N', e.g. 'volume 5, influence 2, data 3'"
        guard !all.isEmpty else { return .failure(v.error("score list is empty; \(form)", all)) }
        var result: [CriterionScore] = []
        for raw in v.splitRanges(v.all) {
            let r = v.trim(raw)
            guard !r.isEmpty else { return .failure(v.error("score list has an empty item; \(form)", r)) }
            var lastStart = r.upperBound
            while lastStart > r.lowerBound, v.spaceLength(before: lastStart, start: r.lowerBound) == 0 { lastStart -= 1 }
            let nameRange = v.trim(r.lowerBound..<lastStart)
            let lastRange = lastStart..<r.upperBound
            let lastIsNumber = v.scanNumber(from: lastStart, to: r.upperBound) != nil
            guard lastIsNumber else {
                let name = v.text(r)
                let message = "criterion '\(name)' has no score; write '\(name) N' with N from 1 to 5"
                return .failure(v.error(message, r))
            }
            guard !nameRange.isEmpty else {
                let message = "score '\(v.text(r))' has no criterion; write the criterion first, e.g. 'volume \(v.text(r))'"
                return .failure(v.error(message, r))
            }
            if v.bytes[nameRange.upperBound - 1] == 0x3A {
                let fix = "\(v.collapsedText(nameRange.lowerBound..<nameRange.upperBound - 1)) \(v.text(lastRange))"
                return .failure(v.error("score item '\(v.text(r))' has a colon; write '\(fix)'", r, fix: fix))
            }
            let name = v.collapsedText(nameRange, lowercased: true)
            let score: Double
            switch v.score(lastRange, what: "\(name) score") {
            case .success(let value): score = value
            case .failure(let error): return .failure(error)
            }
            let start = v.charOffset(r.lowerBound)
            if result.contains(where: { $0.criterion == name }) {
                return .failure(v.error("criterion '\(name)' is scored twice; keep one score per criterion", r))
            }
            result.append(CriterionScore(criterion: name, score: score, offset: start,
                                         length: v.charOffset(r.upperBound) - start))
        }
        return .success(result)
    }
}
