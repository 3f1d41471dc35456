@testable import JourneyCore
@testable import JourneyOutputs

/// A hand-built journey with tactics for the CSV tests, and a strict RFC 4180 reader
/// to read the file back the way a spreadsheet would.
enum CSVFixtures {
    static let range = SourceRange(line: 1, column: 1, length: 1)

    /// Journey `shop`: touchpoints `ad` and `cart`; tactic `bundle` with every column
    /// set (text that needs quoting and a formula start among them) and tactic `bare`
    /// with none.
    static func journey() -> ResolvedJourney {
        var document = MapDocument(file: "maps/shop.md", id: "shop")
        var stage = Stage(header: ElementHeader(kind: .stage, id: "buy", title: "Buy", range: range, level: 2))
        let touchpoints = ["ad", "cart"].map {
            Touchpoint(header: ElementHeader(kind: .touchpoint, id: $0, title: $0, range: range, level: 3))
        }
        stage.touchpoints = touchpoints
        document.stages = [stage]
        var bundle = Tactic(header: ElementHeader(kind: .tactic, id: "bundle", title: "Bundle, \"trail\" kit",
                                                  range: range, level: 4), parent: .document)
        bundle.trigger = "=cart abandoned\nfor 2 h"
        bundle.segmentRefs = [Ref(parsing: "boot-buyers", range: range), Ref(parsing: "other/runners", range: range)]
        bundle.type = "contextual"
        bundle.engine = "rule"
        bundle.consent = "marketing"
        bundle.impact = 4
        bundle.effort = 2
        bundle.confidence = 2.5
        bundle.status = "planned"
        bundle.owner = "CRM"
        let bare = Tactic(header: ElementHeader(kind: .tactic, id: "bare", title: "Bare", range: range, level: 4),
                          parent: .document)
        document.tactics = [bundle, bare]
        var figures = TacticFigures()
        figures.touchpoints = [0, 1]
        figures.channels = ["email", "web"]
        figures.quadrant = .quickWin
        figures.ice = 40
        figures.experiment = ExperimentFigures(samplePerVariant: 51438, trafficPerDay: 1200, days: 86)
        return ResolvedJourney(document: document, touchpoints: touchpoints, stageOfTouchpoint: [0, 0],
                               touchpointFigures: [TouchpointFigures(), TouchpointFigures()],
                               stageEmotions: [nil], tacticFigures: [figures, TacticFigures()], lowPoints: [])
    }

    static func project(_ journeys: [ResolvedJourney]) -> Project {
        Project(root: "maps", config: ProjectConfig(), journeys: journeys, personas: [], segments: [],
                diagnostics: [], sources: [:], documentsRead: journeys.count)
    }

    /// The records of `text`, or nil when it is not strict RFC 4180 with CRLF line
    /// ends (a bare CR or LF outside quotes, a quote inside an unquoted field, text
    /// after a closing quote, or a missing final CRLF).
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            switch c {
            case "\"" where field.isEmpty:
                while true {
                    guard let q = scalars.popFirst() else { return nil }
                    if q == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { break }
                    } else {
                        field.unicodeScalars.append(q)
                    }
                }
                guard let next = scalars.first, next == "," || next == "\r" else { return nil }
            case ",":
                record.append(field)
                field = ""
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            case "\"", "\n":
                return nil
            default:
                field.unicodeScalars.append(c)
            }
        }
        return record.isEmpty && field.isEmpty ? records : nil
    }
}
