/// How a task line splits into name, score and actors.
///
/// Mermaid takes the name up to the first colon, the score from the next field and the
/// actors from the one after, and drops the rest. A name that holds colons
/// (`Auswertung: Trends und Verteilung: 4: Web-App`) is kept whole here: the score is
/// the last field that is a number, followed by at most the actors' field. When no field
/// fits that rule, Mermaid's own reading is taken.
struct MermaidTaskFields {
    var title: String
    /// The score field as written, when there is one.
    var scoreText: String?
    var score: Double?
    var actors: [String]
    var warnings: [String] = []

    init(_ line: Substring) {
        let fields = line.split(separator: ":", omittingEmptySubsequences: false)
        let last = fields.count - 1
        let found = [last, last - 1].first { $0 >= 1 && MermaidNumber.read(fields[$0]) != nil }
        let scoreIndex = found ?? 1
        let name = fields[0..<(found ?? 1)].joined(separator: ":")
        title = MermaidText.imported(name).trimmingJavaScriptSpace()
        actors = []
        guard last >= 1 else {
            warnings.append("task '\(title)' has no ':' and no score: Mermaid cannot read this line; "
                            + "the touchpoint has no emotion")
            return
        }
        scoreText = fields[scoreIndex].trimmingJavaScriptSpace()
        score = MermaidNumber.read(fields[scoreIndex])
        if scoreIndex + 1 <= last {
            actors = fields[scoreIndex + 1].split(separator: ",", omittingEmptySubsequences: false)
                .map { MermaidText.imported(String($0)).trimmingJavaScriptSpace() }
                .filter { !$0.isEmpty }
        }
        if let found, found > 1 {
            let mermaidName = MermaidText.imported(String(fields[0])).trimmingJavaScriptSpace()
            warnings.append("task name '\(title)' holds a colon: it is kept whole, but Mermaid itself "
                            + "cuts a task name at its first colon (it shows '\(mermaidName)')")
        }
        if found == nil, scoreIndex + 1 < last {
            let dropped = fields[(scoreIndex + 2)...].joined(separator: ":").trimmingJavaScriptSpace()
            warnings.append("task '\(title)': the text after the actors ('\(dropped)') is dropped, as Mermaid does")
        }
    }
}
