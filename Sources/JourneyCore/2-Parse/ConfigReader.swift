import Yams

/// Reads `journeymap.yml`; every problem is a diagnostic, defaults fill the rest.
public enum ConfigReader {
    static let keys = ["criteria", "focus", "channels", "checks", "site"]

    public static func read(bytes: [UInt8], path: String) -> (ProjectConfig, [Diagnostic]) {
        var sink = DiagnosticSink(file: path)
        var config = ProjectConfig()
        guard case .success(let source) = SourceText.decode(bytes) else {
            sink.report(.file, at: SourceRange(line: 1, column: 1, length: 1), "journeymap.yml is not UTF-8 text without NUL bytes")
            return (config, sink.items)
        }
        guard let yaml = YAMLDocument.parse(lines: source.lines[...], firstLine: 1, what: "journeymap.yml", sink: &sink) else {
            return (config, sink.items)
        }
        for entry in yaml.entries {
            switch entry.key {
            case "criteria": readCriteria(entry, into: &config, sink: &sink)
            case "focus":
                switch Values.percent(entry.value.scalar?.string ?? "") {
                case .success(let p) where p > 0 && p <= 100: config.focus = p / 100
                case .success: sink.report(.badValue, at: entry.valueRange, "focus must be above 0% and at most 100%, e.g. 'focus: 20%'")
                case .failure(let e): sink.report(.badValue, at: entry.valueRange, "focus: \(e.message)", fix: e.fix)
                }
            case "channels":
                let nodes: [Node] = entry.value.sequence.map(Array.init) ?? [entry.value]
                for node in nodes {
                    for part in Values.splitList(node.scalar?.string ?? "") where !part.text.isEmpty {
                        config.channels.append(String(part.text).lowercased())
                    }
                }
            case "checks": readChecks(entry, into: &config, sink: &sink)
            case "site":
                for (key, value) in entry.value.mapping ?? [:] {
                    let name = key.scalar?.string ?? ""
                    if name == "title" {
                        config.siteTitle = value.scalar?.string
                    } else {
                        sink.report(.unknownKey, at: located(key, name), "unknown key 'site.\(name)' in journeymap.yml; 'site' takes 'title'")
                    }
                }
            default:
                let hint = Suggest.closest(to: entry.key, in: keys).map { "did you mean '\($0)'? " } ?? ""
                sink.report(.unknownKey, at: entry.keyRange,
                            "unknown key '\(entry.key)' in journeymap.yml; \(hint)keys are \(keys.joined(separator: ", "))",
                            fix: Suggest.closest(to: entry.key, in: keys))
            }
        }
        return (config, sink.items)
    }

    private static func located(_ node: Node, _ text: String) -> SourceRange {
        guard let mark = node.mark else { return SourceRange(line: 1, column: 1, length: 1) }
        return SourceRange(line: mark.line, column: mark.column, length: text.count)
    }

    private static func readCriteria(_ entry: YAMLDocument.Entry, into config: inout ProjectConfig, sink: inout DiagnosticSink) {
        guard let mapping = entry.value.mapping else {
            sink.report(.badValue, at: entry.valueRange, "criteria must be a mapping of name: weight, e.g. 'volume: 1'")
            return
        }
        var criteria: [ProjectConfig.Criterion] = []
        for (key, value) in mapping {
            // Lowercased with runs of spaces folded: the form `Values.scoreList` gives criteria.
            let name = (key.scalar?.string ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
                .joined(separator: " ")
            let text = value.scalar?.string ?? ""
            if let weight = Double(text), weight >= 0, weight.isFinite {
                criteria.append(.init(name: name, weight: weight))
            } else {
                sink.report(.badValue, at: located(value, text), "weight of criterion '\(name)' must be a number of 0 or more, not '\(text)'")
            }
        }
        if !criteria.isEmpty { config.criteria = criteria }
    }

    private static func readChecks(_ entry: YAMLDocument.Entry, into config: inout ProjectConfig, sink: inout DiagnosticSink) {
        for (key, value) in entry.value.mapping ?? [:] {
            let name = key.scalar?.string ?? ""
            let setting = value.scalar?.string ?? ""
            guard let id = CheckID(rawValue: name) else {
                let warnings = CheckID.allCases.filter(\.isConfigurable).map(\.rawValue)
                let near = Suggest.closest(to: name, in: CheckID.allCases.map(\.rawValue))
                let hint = near.map { "did you mean '\($0)'? " } ?? ""
                sink.report(.unknownKey, at: located(key, name),
                            "unknown check '\(name)' in journeymap.yml; \(hint)'checks:' sets the warning checks \(warnings.joined(separator: ", "))",
                            fix: near)
                continue
            }
            guard id.isConfigurable else {
                sink.report(.badValue, at: located(key, name),
                            "'\(name)' is an error check and cannot be configured; only warning checks can be set in 'checks:'")
                continue
            }
            guard let s = ProjectConfig.CheckSetting(rawValue: setting.lowercased()) else {
                sink.report(.badValue, at: located(value, setting), "check '\(name)' must be set to error, warning or off, not '\(setting)'")
                continue
            }
            config.checks[id] = s
        }
    }
}
