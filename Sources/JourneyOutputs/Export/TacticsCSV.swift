import JourneyCore

/// `tactics.csv` of the site: one row per tactic across all journeys, for people who
/// sort and filter the backlog in a spreadsheet.
///
/// The format is RFC 4180: UTF-8 without a byte-order mark, a header row, CRLF after
/// every row (the last included), and a field quoted with `"` (inner quotes doubled)
/// when it holds `"`, `,`, CR or LF.
///
/// Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@`
/// (and some read a leading tab or CR the same way) as a formula, so map text such as
/// `=HYPERLINK(...)` in a trigger would execute on the reader's machine. Every field
/// that starts with one of those characters gets a `'` in front, which spreadsheets
/// show as text and hide; other programs see the `'`. Numbers the tool computes are
/// never negative, so only map text is ever prefixed.
public enum TacticsCSV {
    /// The column names, in order.
    public static let header = [
        "journey", "tactic", "title", "touchpoints", "segments", "channels", "trigger", "type", "engine",
        "consent", "impact", "effort", "confidence", "ice", "quadrant", "status", "owner",
        "samplePerVariant", "days",
    ]

    /// What separates the items of a list column (`touchpoints`, `segments`, `channels`).
    public static let listSeparator = "; "

    /// The whole file: the header, then the tactics of each journey in project order,
    /// each journey's in document order.
    public static func render(_ project: Project) -> String {
        var out = line(header)
        for journey in project.journeys {
            for row in rows(journey) { out += line(row) }
        }
        return out
    }

    /// The unquoted fields of one journey's tactics, one array per tactic, in the order
    /// of `header`. An absent value is an empty field.
    public static func rows(_ j: ResolvedJourney) -> [[String]] {
        j.tactics.indices.map { k in
            let t = j.tactics[k]
            let f = j.tacticFigures[k]
            return [
                j.id, t.header.id, t.header.title,
                f.touchpoints.map { j.touchpoints[$0].header.id }.joined(separator: listSeparator),
                t.segmentRefs.map(\.text).joined(separator: listSeparator),
                f.channels.joined(separator: listSeparator),
                t.trigger ?? "", t.type ?? "", t.engine ?? "", t.consent ?? "",
                number(t.impact), number(t.effort), number(t.confidence), number(f.ice),
                f.quadrant?.rawValue ?? "", t.status, t.owner ?? "",
                f.experiment?.samplePerVariant.map(String.init) ?? "",
                f.experiment?.days.map(String.init) ?? "",
            ]
        }
    }

    /// One record: the fields escaped, joined with commas, ended with CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, defused against formula injection and quoted when RFC 4180 needs it.
    public static func field(_ text: String) -> String {
        // Every character of both sets is ASCII, and no byte of a longer UTF-8
        // sequence is: checking bytes spares a hash per character.
        var value = text
        if let first = value.utf8.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        guard value.utf8.contains(where: needsQuotes.contains) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
    /// Characters that force a field into quotes (RFC 4180, section 2.6).
    static let needsQuotes: [UInt8] = Array("\",\r\n".utf8)

    /// A score or figure: whole numbers without a fraction (`4`, `48`), others in
    /// Swift's shortest round-trip form (`2.5`).
    static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}

extension String {
    /// Every `target` replaced with `replacement`, without Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
