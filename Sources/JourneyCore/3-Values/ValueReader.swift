/// Interprets one property's value text by its key's type, reporting what is wrong.
struct ValueReader {
    let vocabulary: Vocabulary
    var sink: DiagnosticSink

    /// The values of `property`: one per occurrence, plus one per nested item for
    /// repeatable keys. Values that fail to parse are reported and left out.
    mutating func read(_ property: RawProperty, as spec: KeySpec, in owner: String) -> [PropertyValue] {
        if spec.type == .experiment { return readExperiment(property, owner: owner).map { [.experiment($0)] } ?? [] }
        var items: [RawItem] = []
        if !property.value.isEmpty { items.append(RawItem(text: property.value, range: property.valueRange, ascii: property.ascii)) }
        if !property.nested.isEmpty {
            if spec.repeatable {
                items += property.nested
            } else {
                sink.report(.badValue, at: property.nested[0].range,
                            "'\(spec.name)' takes one value, not a nested list; write '- \(spec.name): value'")
            }
        }
        if items.isEmpty {
            sink.report(.badValue, at: property.valueRange,
                        "'\(spec.name)' of \(owner) has no value; write '- \(spec.name): \(example(spec.type))' or remove the line")
            return []
        }
        return items.compactMap { value($0, spec) }
    }

    mutating func value(_ item: RawItem, _ spec: KeySpec) -> PropertyValue? {
        let text = item.text
        switch spec.type {
        case .text, .experiment:
            return .text(text)
        case .kpi:
            return .kpi(Values.kpi(text))
        case .refList:
            let refs = Values.splitList(text).compactMap { part -> Ref? in
                let range = shifted(item.range, part.offset, String(part.text).count)
                guard !part.text.isEmpty else {
                    sink.report(.badValue, at: range, "empty reference in '\(spec.name)'; remove the extra comma")
                    return nil
                }
                return Ref(parsing: String(part.text), range: range)
            }
            return .refs(refs)
        case .textList:
            var parts: [String] = []
            for part in Values.splitList(text) {
                guard !part.text.isEmpty else {
                    sink.report(.badValue, at: shifted(item.range, part.offset, 0),
                                "empty item in '\(spec.name)'; remove the extra comma")
                    continue
                }
                parts.append(String(part.text))
            }
            return parts.isEmpty ? nil : .words(parts)
        case .channels:
            var words: [String] = []
            for part in Values.splitList(text) {
                switch Values.word(String(part.text), in: vocabulary.channels) {
                case .success(let w): words.append(w)
                case .failure(let e): report(e, item, offset: part.offset)
                }
            }
            return words.isEmpty ? nil : .words(words)
        case .word(let vocabulary):
            return unwrap(Values.word(text, in: vocabulary), item).map { .words([$0]) }
        case .score:
            return unwrap(Values.score(text), item).map { .number($0) }
        case .percent:
            return unwrap(Values.percent(text), item).map { .number($0) }
        case .rate:
            return unwrap(Values.rate(text), item).map { .rate($0) }
        case .yesNo:
            return unwrap(Values.yesNo(text), item).map { .bool($0) }
        case .integer(let range):
            return unwrap(Values.integer(text, in: range), item).map { .number(Double($0)) }
        case .emotion:
            guard let emotion = unwrap(Values.emotion(text), item) else { return nil }
            if emotion.signConflict {
                sink.report(.emotionSign, at: item.range,
                            "emotion '\(text)' has a number and a label of opposite signs; change the number or the label so they agree")
            }
            return .emotion(Located(emotion, item.range))
        case .scoreList:
            guard let scores = unwrap(Values.scoreList(text), item) else { return nil }
            var kept: [CriterionScore] = []
            for score in scores {
                if vocabulary.criteria.contains(score.criterion) {
                    kept.append(score)
                    continue
                }
                let known = vocabulary.criteria.joined(separator: ", ")
                let hint = Suggest.closest(to: score.criterion, in: vocabulary.criteria).map { "did you mean '\($0)'? " } ?? ""
                sink.report(.badValue, at: shifted(item.range, score.offset, score.length),
                            "score criterion '\(score.criterion)' is not configured; \(hint)use one of \(known) or add it under 'criteria:' in journeymap.yml")
            }
            return .scores(kept)
        case .flow:
            guard let targets = unwrap(Values.flowTargets(text), item) else { return nil }
            return .flow(targets.map { t in
                let range = shifted(item.range, t.offset, t.length)
                let ref = t.target.lowercased() == "end" ? nil : Ref(parsing: t.target, range:
                    shifted(item.range, t.offset, t.target.count))
                return FlowTarget(ref: ref, share: t.share, label: t.label, range: range)
            })
        }
    }

    private mutating func unwrap<T>(_ result: Result<T, ValueError>, _ item: RawItem) -> T? {
        switch result {
        case .success(let v): return v
        case .failure(let e): report(e, item, offset: 0); return nil
        }
    }

    private mutating func report(_ error: ValueError, _ item: RawItem, offset: Int) {
        sink.report(.badValue, at: shifted(item.range, offset + error.offset, error.length), error.message, fix: error.fix)
    }

    func shifted(_ range: SourceRange, _ offset: Int, _ length: Int) -> SourceRange {
        SourceRange(line: range.start.line, column: range.start.column + offset, length: length)
    }

    private func example(_ type: ValueType) -> String {
        switch type {
        case .score: return "3"
        case .emotion: return "-1 frustrated"
        case .percent: return "20%"
        case .rate: return "500/day"
        case .yesNo: return "yes"
        case .channels: return "web"
        case .textList: return "Customer, Waiter"
        case .word(let words): return words.first ?? "value"
        case .integer(let r): return "\(r.lowerBound)"
        case .scoreList: return "volume 3, influence 4, data 2"
        case .flow: return "checkout 70%, end 10%"
        case .kpi: return "conversion: 2% -> 3%"
        default: return "text"
        }
    }
}
