import JourneyCore

/// A diff as JSON for scripts: a summary with counts, the journeys with their changes
/// (`before` and `after` as numbers, booleans or text, `null` for no value) and the new
/// and fixed diagnostics as `check --format json` writes them. Stable byte for byte.
public struct DiffJSONFormatter: Sendable {
    public init() {}

    /// `failed` lists the `--fail-on` conditions the diff meets.
    public func format(_ diff: MapDiff, failed: [String] = []) -> String {
        var w = JSONWriter()
        w.object { w in
            w.member("version", 1)
            w.member("summary") { w in
                w.object { w in
                    w.member("changed", !diff.isEmpty)
                    w.member("journeysAdded", diff.count(.added))
                    w.member("journeysChanged", diff.count(.changed))
                    w.member("journeysRemoved", diff.count(.removed))
                    w.member("newDiagnostics", diff.newDiagnostics.count)
                    w.member("newErrors", diff.newErrors.count)
                    w.member("fixedDiagnostics", diff.fixedDiagnostics.count)
                    w.member("failed", failed)
                }
            }
            w.member("journeys", diff.journeys) { w, j in journey(&w, j) }
            w.member("newDiagnostics", diff.newDiagnostics) { w, d in JSONExporter.diagnostic(&w, d) }
            w.member("fixedDiagnostics", diff.fixedDiagnostics) { w, d in JSONExporter.diagnostic(&w, d) }
        }
        return String(decoding: w.finish(), as: UTF8.self)
    }

    private func journey(_ w: inout JSONWriter, _ j: JourneyDiff) {
        w.object { w in
            w.member("id", j.id)
            w.member("title", j.title)
            w.member("status", j.status.rawValue)
            w.member("file", j.file)
            w.member("emotionBefore") { w in emotions(&w, j.emotionsBefore) }
            w.member("emotionAfter") { w in emotions(&w, j.emotionsAfter) }
            w.member("lowPointsBefore", j.lowPointsBefore)
            w.member("lowPointsAfter", j.lowPointsAfter)
            w.member("changes", j.changes) { w, c in
                w.object { w in
                    w.member("change", c.kind.rawValue)
                    w.member("element", c.element.rawValue)
                    w.member("id", c.id)
                    w.member("title", c.title)
                    w.member("field", c.field?.rawValue)
                    if let item = c.item { w.member("item", item) }
                    w.member("before") { w in value(&w, c.before) }
                    w.member("after") { w in value(&w, c.after) }
                }
            }
        }
    }

    private func emotions(_ w: inout JSONWriter, _ list: [Double?]) {
        w.array(list) { w, e in w.number(e) }
    }

    private func value(_ w: inout JSONWriter, _ v: DiffValue?) {
        switch v {
        case .text(let s)?: w.string(s)
        case .number(let x)?: w.number(x)
        case .flag(let b)?: w.bool(b)
        case nil: w.null()
        }
    }
}
