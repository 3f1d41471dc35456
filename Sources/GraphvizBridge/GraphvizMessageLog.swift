import CGraphviz
import Foundation

/// Collects what Graphviz reports through `agerr` while the lock is held.
///
/// Without an error function Graphviz writes errors to stderr and keeps messages
/// below the reporting level in a `tmpfile()` that grows for the life of the
/// process. With this function installed and the level at `AGWARN`, every message
/// (warnings included) comes here instead: nothing reaches stderr, nothing piles up
/// on disk, and a failure can quote Graphviz's own words.
enum GraphvizMessageLog {
    /// Raw text since the last `reset()`. Guarded by `GraphvizLock`: Graphviz only
    /// calls `sink` from inside a Graphviz call, and those all hold the lock.
    nonisolated(unsafe) private static var text = ""

    /// Graphviz calls this with pieces of one message: "Error", ": ", then the text
    /// (continuation messages come without the prefix).
    private static let sink: agusererrf = { piece in
        if let piece { GraphvizMessageLog.text += String(cString: piece) }
        return 0
    }

    /// Routes all Graphviz messages to the log. Call with the lock held, before the
    /// first context is created so plugin-loading warnings are caught too.
    static func install() {
        _ = agseterrf(sink)
        _ = agseterr(AGWARN)
    }

    /// Forgets earlier messages; call at the start of each render.
    static func reset() {
        text = ""
    }

    /// The error messages since the last reset, without the "Error: " prefix, one
    /// per entry, continuation lines joined to the message they continue. Warnings
    /// (unknown colour, shape fallback) are dropped: the render succeeded.
    static var errors: [String] {
        var result: [String] = []
        var continuing: Bool?  // what a line without a prefix continues: nil, error, warning
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Warning: ") {
                continuing = false
            } else if line.hasPrefix("Error: ") {
                continuing = true
                result.append(String(line.dropFirst("Error: ".count)))
            } else if continuing == true {
                result[result.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if continuing == nil {
                // No prefix and nothing to continue: keep it, so a failure never
                // loses Graphviz's explanation.
                continuing = true
                result.append(String(line))
            }
        }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
