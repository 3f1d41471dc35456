/// Renders diagnostics as SARIF 2.1.0, the format GitHub code scanning reads: one run
/// of the tool `journeymap` with one rule per check id (its readable name, what it
/// looks for, how to fix it, its default level), and one result per finding.
///
/// File locations are URIs in the form the other formats give paths: a relative path
/// stays relative, with the base `%SRCROOT%` (the repository, for code scanning); an
/// absolute one becomes a `file://` URI. Columns are counted in UTF-16 code units, as
/// SARIF's default `columnKind` says, converted from the editor columns of the
/// diagnostics where the file's text is known; `endColumn` is the column after the
/// last character. The output is stable byte for byte.
public struct SARIFDiagnosticFormatter: Sendable {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public var toolVersion: String
    /// The text of the map files, to convert columns.
    public var sources: [String: SourceText]

    public init(toolVersion: String, sources: [String: SourceText] = [:]) {
        self.toolVersion = toolVersion
        self.sources = sources
    }

    /// The rules, in `CheckID` order: a result's `ruleIndex` points into this list.
    public static let rules: [CheckID] = CheckID.allCases

    public func format(_ diagnostics: [Diagnostic]) -> String {
        var w = JSONWriter()
        w.object { w in
            w.member("$schema", Self.schema)
            w.member("version", "2.1.0")
            w.member("runs", [()]) { w, _ in
                w.object { w in
                    w.member("tool") { w in
                        w.object { w in
                            w.member("driver") { w in driver(&w) }
                        }
                    }
                    w.member("columnKind", "utf16CodeUnits")
                    w.member("results", diagnostics) { w, d in result(&w, d) }
                }
            }
        }
        return String(decoding: w.finish(), as: UTF8.self)
    }

    private func driver(_ w: inout JSONWriter) {
        w.object { w in
            w.member("name", "journeymap")
            w.member("version", toolVersion)
            w.member("rules", Self.rules) { w, id in
                let description = CheckDescription.of(id.rawValue)
                w.object { w in
                    w.member("id", id.rawValue)
                    w.member("name", description.name)
                    w.member("shortDescription") { w in w.object { w in w.member("text", description.summary) } }
                    w.member("help") { w in w.object { w in w.member("text", description.fix) } }
                    w.member("defaultConfiguration") { w in
                        w.object { w in w.member("level", id.defaultSeverity.rawValue) }
                    }
                }
            }
        }
    }

    private func result(_ w: inout JSONWriter, _ d: Diagnostic) {
        w.object { w in
            w.member("ruleId", d.id.rawValue)
            w.member("ruleIndex", Self.rules.firstIndex(of: d.id))
            w.member("level", d.severity.rawValue)
            w.member("message") { w in w.object { w in w.member("text", TerminalText.sanitized(d.message)) } }
            w.member("locations", [d]) { w, d in
                w.object { w in
                    w.member("physicalLocation") { w in
                        w.object { w in
                            w.member("artifactLocation") { w in artifact(&w, d.file) }
                            if d.line >= 1 { w.member("region") { w in region(&w, d) } }
                        }
                    }
                }
            }
            if let fix = d.fix {
                w.member("properties") { w in w.object { w in w.member("fix", TerminalText.sanitized(fix)) } }
            }
        }
    }

    private func artifact(_ w: inout JSONWriter, _ path: String) {
        w.object { w in
            if path.hasPrefix("/") {
                w.member("uri", "file://" + Self.percentEncoded(path))
            } else {
                var relative = Substring(path)
                while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
                w.member("uri", Self.percentEncoded(String(relative)))
                w.member("uriBaseId", "%SRCROOT%")
            }
        }
    }

    private func region(_ w: inout JSONWriter, _ d: Diagnostic) {
        let start = d.range.start
        let end = d.range.end
        w.object { w in
            w.member("startLine", start.line)
            guard start.column >= 1 else { return }
            w.member("startColumn", utf16Column(d.file, start.line, start.column))
            if end.line > start.line {
                w.member("endLine", end.line)
                w.member("endColumn", utf16Column(d.file, end.line, end.column + 1))
            } else if end.line == start.line, end.column >= start.column {
                w.member("endColumn", utf16Column(d.file, end.line, end.column + 1))
            }
        }
    }

    /// Column `column` (characters, from 1) of a line as UTF-16 code units from 1.
    func utf16Column(_ file: String, _ line: Int, _ column: Int) -> Int {
        guard let source = sources[file], !source.isASCII(line: line) else { return column }
        let text = source.line(line)
        let characters = text.prefix(max(0, column - 1))
        return characters.utf16.count + max(0, column - 1 - characters.count) + 1
    }

    /// A path as a URI reference: unreserved characters and `/` as they are, every
    /// other byte of its UTF-8 as `%XX`.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
