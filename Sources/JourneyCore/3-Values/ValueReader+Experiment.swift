extension ValueReader {
    /// Reads the nested `experiment:` list of a tactic (section 4, Experiment keys).
    mutating func readExperiment(_ property: RawProperty, owner: String) -> Experiment? {
        if !property.value.isEmpty {
            sink.report(.badValue, at: property.valueRange,
                        "'experiment' takes a nested list, not a value; write '- experiment:' and indent '- baseline: 3%' and '- lift: 10%' under it")
            return nil
        }
        var experiment = Experiment(range: property.keyRange)
        var seen: Set<String> = []
        for item in property.nested {
            guard let split = KeyValueSplit(Substring(item.text), ascii: item.ascii) else {
                sink.report(.notAProperty, at: item.range,
                            "experiment item '\(item.text)' is not 'key: value'; write e.g. '- baseline: 3.1%'")
                continue
            }
            let key = split.key
            let normalized = Schema.normalize(key)
            let keyRange = shifted(item.range, split.keyOffset, KeyValueSplit.length(key, ascii: item.ascii))
            guard let spec = Schema.experimentTable[normalized] else {
                let names = Schema.experimentKeys.map(\.name)
                let hint = Suggest.closest(to: String(key).lowercased(), in: names).map { "did you mean '\($0)'? " } ?? ""
                sink.report(.unknownKey, at: keyRange,
                            "unknown experiment key '\(key)' in \(owner); \(hint)experiment keys are \(names.joined(separator: ", "))",
                            fix: Suggest.closest(to: String(key).lowercased(), in: names))
                continue
            }
            guard seen.insert(normalized).inserted else {
                sink.report(.duplicateKey, at: keyRange, "experiment key '\(spec.name)' appears twice in \(owner); keep one")
                continue
            }
            let value = split.value
            let valueItem = RawItem(text: String(value),
                                    range: shifted(item.range, split.valueOffset, KeyValueSplit.length(value, ascii: item.ascii)),
                                    ascii: item.ascii)
            if value.isEmpty {
                sink.report(.badValue, at: valueItem.range, "experiment '\(spec.name)' has no value in \(owner)")
                continue
            }
            guard let parsed = self.value(valueItem, spec) else { continue }
            switch spec.name {
            case "baseline": experiment.baseline = parsed.number
            case "lift": experiment.lift = parsed.number; experiment.liftRange = valueItem.range
            case "metric": experiment.metric = parsed.text
            case "variants": experiment.variants = Int(parsed.number ?? 2)
            case "traffic": experiment.traffic = parsed.rate
            default: break
            }
        }
        for spec in Schema.experimentKeys where spec.required && !seen.contains(Schema.normalize(spec.name)) {
            sink.report(.missingKey, at: property.keyRange,
                        "experiment of \(owner) has no '\(spec.name)'; add '- \(spec.name): \(spec.name == "lift" ? "10%" : "3%")' under 'experiment:'")
        }
        return experiment
    }
}
