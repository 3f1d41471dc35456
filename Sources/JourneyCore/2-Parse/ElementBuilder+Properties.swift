/// The interpreted properties of one element, by the key's spec name.
///
/// A flat list searched linearly: an element has at most about twenty keys, and this
/// beat hashing clearly on large map folders.
struct ElementValues {
    private(set) var names: [String] = []
    private(set) var lists: [[PropertyValue]] = []

    init() {
        names.reserveCapacity(16)
        lists.reserveCapacity(16)
    }

    private func index(_ key: String) -> Int? { names.firstIndex(of: key) }

    mutating func append(_ key: String, _ values: [PropertyValue]) {
        if let i = index(key) {
            lists[i] += values
        } else {
            names.append(key)
            lists.append(values)
        }
    }

    func all(_ key: String) -> [PropertyValue] { index(key).map { lists[$0] } ?? [] }
    func has(_ key: String) -> Bool { index(key) != nil }
    func text(_ key: String) -> String? { all(key).first?.text }
    func texts(_ key: String) -> [String] { all(key).compactMap(\.text) }
    func number(_ key: String) -> Double? { all(key).first?.number }
    func word(_ key: String) -> String? { all(key).first?.words.first }
    func words(_ key: String) -> [String] { all(key).flatMap(\.words) }
    func refs(_ key: String) -> [Ref] { all(key).flatMap(\.refs) }
    func bool(_ key: String) -> Bool? { all(key).first?.bool }
    func kpis(_ key: String) -> [KPI] { all(key).compactMap(\.kpi) }
    func rate(_ key: String) -> Rate? { all(key).first?.rate }
}

extension ElementBuilder {
    /// Checks every property of `element` against the schema of `kind` and interprets it.
    mutating func readProperties(_ element: RawElement, kind: ElementKind, owner: String,
                                 header: inout ElementHeader) -> ElementValues {
        var result = ElementValues()
        for property in element.properties {
            if property.isCustom {
                header.custom.append(CustomField(key: property.key, value: customText(property)))
                continue
            }
            guard let spec = Schema.spec(kind, property.normalizedKey) else {
                reportUnknownKey(property, kind: kind, owner: owner)
                continue
            }
            // The key is remembered even when its value is bad, so it is not also reported missing.
            let firstTime = !result.has(spec.name)
            if !firstTime && !spec.repeatable {
                reader.sink.report(.duplicateKey, at: property.keyRange,
                                   "'\(spec.name)' appears twice in \(owner) and takes one value; keep one of them")
                continue
            }
            let values = reader.read(property, as: spec, in: owner)
            result.append(spec.name, values)
        }
        for spec in Schema.keys(kind) where spec.required && !result.has(spec.name) {
            reader.sink.report(.missingKey, at: element.headingRange,
                               "\(owner) has no '\(spec.name)'; add '- \(spec.name): ...' as the first list under its heading",
                               fix: "- \(spec.name): ")
        }
        return result
    }

    private func customText(_ property: RawProperty) -> String {
        ([property.value] + property.nested.map(\.text)).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private mutating func reportUnknownKey(_ property: RawProperty, kind: ElementKind, owner: String) {
        let names = Schema.keys(kind).map(\.name)
        let normalizedNames = names.map(Schema.normalize)
        var hint = ""
        var fix: String?
        if let near = Suggest.closest(to: property.normalizedKey, in: normalizedNames),
           let index = normalizedNames.firstIndex(of: near) {
            fix = names[index]
            hint = "did you mean '\(names[index])'?"
        } else if let other = ElementKind.allCases.first(where: { Schema.spec($0, property.normalizedKey) != nil }) {
            hint = "'\(property.key)' is a key of \(other.rawValue)s, not of \(kind.rawValue)s;"
                + " keys of a \(kind.rawValue) are \(names.joined(separator: ", "))"
        } else {
            hint = "keys of a \(kind.rawValue) are \(names.joined(separator: ", ")); custom keys start with 'x-'"
        }
        reader.sink.report(.unknownKey, at: property.keyRange,
                           "unknown key '\(property.key)' in \(owner); \(hint)", fix: fix)
    }
}
