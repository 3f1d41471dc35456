import Foundation
import Testing

/// Golden files: compared, or rewritten under `RECORD_GOLDEN=1`.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    public static func check(_ text: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        guard text != golden else { return }
        let a = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let got = line < a.count ? a[line] : "<end>", want = line < b.count ? b[line] : "<end>"
        let message = "differs from \(url.lastPathComponent) at line \(line + 1):\n  got:    \(got)\n  golden: \(want)\n"
            + "re-record with RECORD_GOLDEN=1 after checking the change"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
