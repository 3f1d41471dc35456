import Yams

/// Parses a YAML mapping (front matter or `journeymap.yml`) into located pairs,
/// turning YAML errors into diagnostics instead of stopping.
struct YAMLDocument {
    /// A top-level `key: value` with the value's node and where the key stands in the file.
    struct Entry {
        var key: String
        var keyRange: SourceRange
        var value: Node
        var valueRange: SourceRange
    }

    var entries: [Entry] = []

    /// `lines` are the YAML lines; `firstLine` is the file line of the first of them.
    /// Returns nil (with a diagnostic) when the text is not a YAML mapping.
    static func parse(lines: ArraySlice<Substring>, firstLine: Int, what: String,
                      sink: inout DiagnosticSink) -> YAMLDocument? {
        var lines = Array(lines)
        // Duplicate keys make libyaml's composer fail as a whole; report each repeat and
        // drop it so the rest of the mapping is still read (never stop at the first).
        for _ in 0..<8 {
            let yaml = lines.joined(separator: "\n")
            do {
                // Every scalar is taken as its source text, so no tag resolution (regexes) is needed;
                // the encoding is explicit because Yams' default reads the whole environment per call.
                guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return YAMLDocument() }
                guard let mapping = node.mapping else {
                    sink.report(.file, at: range(node.mark, firstLine, length: 1),
                                "\(what) must be a YAML mapping of 'key: value' lines")
                    return nil
                }
                var doc = YAMLDocument()
                for (key, value) in mapping {
                    let keyText = key.scalar?.string ?? "\(key)"
                    doc.entries.append(Entry(key: keyText, keyRange: range(key.mark, firstLine, length: keyText.count),
                                             value: value,
                                             valueRange: range(value.mark, firstLine, length: value.scalar?.string.count ?? 1)))
                }
                return doc
            } catch let YamlError.duplicatedKeysInMapping(duplicates, _) {
                guard dropRepeats(of: Set(duplicates), in: &lines, firstLine: firstLine, what: what, sink: &sink) else {
                    sink.report(.file, at: SourceRange(line: firstLine, column: 1, length: 1),
                                "\(what) repeats the keys \(duplicates.joined(separator: ", ")); keep one of each")
                    return nil
                }
            } catch let error as YamlError {
                report(error, firstLine: firstLine, what: what, sink: &sink)
                return nil
            } catch {
                sink.report(.file, at: SourceRange(line: firstLine, column: 1, length: 1), "\(what) is not valid YAML: \(error)")
                return nil
            }
        }
        return nil
    }

    private static func range(_ mark: Mark?, _ firstLine: Int, length: Int) -> SourceRange {
        guard let mark else { return SourceRange(line: firstLine, column: 1, length: 1) }
        return SourceRange(line: mark.line + firstLine - 1, column: mark.column, length: max(length, 1))
    }

    /// Blanks out the second and later top-level lines of each key (with their indented
    /// continuation), reporting `duplicate-key` on each. False if none was found.
    private static func dropRepeats(of keys: Set<String>, in lines: inout [Substring], firstLine: Int,
                                    what: String, sink: inout DiagnosticSink) -> Bool {
        var seen: Set<String> = []
        var dropping = false
        var dropped = false
        for i in lines.indices {
            let line = lines[i]
            let isTopLevel = !(line.first.map { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "#" } ?? true)
            if !isTopLevel {
                if dropping { lines[i] = "" }
                continue
            }
            dropping = false
            guard let colon = line.firstIndex(of: ":") else { continue }
            var key = line[..<colon].trimmed()
            if key.count >= 2, let q = key.first, q == "\"" || q == "'", key.last == q {
                key = key.dropFirst().dropLast()
            }
            let name = String(key)
            guard keys.contains(name) else { continue }
            if !seen.insert(name).inserted {
                sink.report(.duplicateKey, at: SourceRange(line: firstLine + i, column: 1, length: name.count),
                            "'\(name)' appears twice in \(what); keep one of them")
                lines[i] = ""
                dropping = true
                dropped = true
            }
        }
        return dropped
    }

    private static func report(_ error: YamlError, firstLine: Int, what: String, sink: inout DiagnosticSink) {
        let hint = "; quote values that contain ': ' (e.g. title: \"Renewal: second year\")"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            sink.report(.file, at: range(mark, firstLine, length: 1),
                        "\(what) is not valid YAML: \(problem)\(where_)\(hint)")
        default:
            sink.report(.file, at: SourceRange(line: firstLine, column: 1, length: 1),
                        "\(what) is not valid YAML: \(error)\(hint)")
        }
    }
}
