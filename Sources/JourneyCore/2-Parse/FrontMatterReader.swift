import Yams

/// Reads the front matter of a map document (Journey Markdown section 2).
struct FrontMatterReader {
    static let keys = ["id", "title", "persona", "owner", "status", "state", "tags", "version", "kpi"]

    /// The line after the closing `---`, or nil when the file is not a map document.
    /// Reports an unclosed front matter.
    static func bodyStart(_ source: SourceText, sink: inout DiagnosticSink) -> Int? {
        guard let first = source.lines.first, first.trimmed() == "---" else { return nil }
        for (i, line) in source.lines.enumerated().dropFirst() where line.trimmed() == "---" {
            return i + 2
        }
        sink.report(.file, at: SourceRange(line: 1, column: 1, length: 3),
                    "the front matter opened on line 1 is never closed; add a line '---' after its last key")
        return nil
    }

    /// Reads the keys into `doc`; returns where the `id:` value stands when it set the id.
    @discardableResult
    static func read(_ source: SourceText, bodyStart: Int, into doc: inout MapDocument,
                     sink: inout DiagnosticSink) -> SourceRange? {
        let lines = source.lines[1..<(bodyStart - 2)]
        guard let yaml = YAMLDocument.parse(lines: lines, firstLine: 2, what: "the front matter", sink: &sink) else {
            return nil
        }
        var idRange: SourceRange?
        for entry in yaml.entries {
            let key = entry.key
            if key.lowercased().hasPrefix("x-") {
                doc.custom.append(CustomField(key: key, value: entry.value.scalar?.string ?? "\(entry.value)"))
                continue
            }
            switch key {
            case "id":
                guard let id = scalar(entry, sink: &sink) else { continue }
                if ElementBuilder.isValidID(id) && !id.contains(".") {
                    doc.id = id
                    idRange = entry.valueRange
                } else {
                    sink.report(.badValue, at: entry.valueRange,
                                "journey id '\(id)' may contain only letters, digits, '-' and '_'; write 'id: \(Slug.make(id))'",
                                fix: Slug.make(id))
                }
            case "title": doc.title = scalar(entry, sink: &sink)
            case "owner": doc.owner = scalar(entry, sink: &sink)
            case "version": doc.version = scalar(entry, sink: &sink)
            case "status", "state":
                let allowed = key == "status" ? ["draft", "review", "approved"] : ["current", "future"]
                guard let text = scalar(entry, sink: &sink) else { continue }
                switch Values.word(text, in: allowed) {
                case .success(let word): if key == "status" { doc.status = word } else { doc.state = word }
                case .failure(let error):
                    sink.report(.badValue, at: entry.valueRange, "front matter '\(key)': \(error.message)", fix: error.fix)
                }
            case "persona":
                doc.personaRefs = items(entry, split: true).map { Ref(parsing: $0.text, range: $0.range) }
            case "tags":
                doc.tags = items(entry, split: false).map(\.text)
            case "kpi":
                doc.kpis = items(entry, split: false).map { Values.kpi($0.text) }
            default:
                let hint = Suggest.closest(to: key.lowercased(), in: keys).map { "did you mean '\($0)'? " } ?? ""
                sink.report(.unknownFrontMatter, at: entry.keyRange,
                            "unknown front-matter key '\(key)'; \(hint)journeymap reads \(keys.joined(separator: ", ")); prefix custom keys with 'x-' to silence this",
                            fix: Suggest.closest(to: key.lowercased(), in: keys))
            }
        }
        return idRange
    }

    private static func scalar(_ entry: YAMLDocument.Entry, sink: inout DiagnosticSink) -> String? {
        if let s = entry.value.scalar { return s.string.trimmingSpaces() }
        sink.report(.badValue, at: entry.valueRange, "front matter '\(entry.key)' must be a single value, not a list or mapping")
        return nil
    }

    /// A list value: a YAML sequence, or a scalar (comma-split for reference lists).
    private static func items(_ entry: YAMLDocument.Entry, split: Bool) -> [(text: String, range: SourceRange)] {
        let nodes: [Node] = entry.value.sequence.map(Array.init) ?? [entry.value]
        var out: [(String, SourceRange)] = []
        for node in nodes {
            guard let text = node.scalar?.string else { continue }
            let start = node.mark.map { SourceRange(line: $0.line + 1, column: $0.column, length: text.count) } ?? entry.valueRange
            if split {
                for part in Values.splitList(text) where !part.text.isEmpty {
                    out.append((String(part.text), SourceRange(line: start.start.line, column: start.start.column + part.offset,
                                                               length: part.text.count)))
                }
            } else if !text.isEmpty {
                out.append((text, start))
            }
        }
        return out
    }
}
