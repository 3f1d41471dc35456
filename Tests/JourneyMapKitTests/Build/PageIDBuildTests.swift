import Foundation
import JourneyMapKit
import Testing

/// An id that names a page and that no file system takes (`.x`, `..`, over 200 bytes) is
/// a map error: `build` stops at the check (exit 1) instead of failing while writing.
@Suite struct PageIDBuildTests {
    @Test(arguments: [".x", "..", "...", String(repeating: "p", count: 201)])
    func buildStopsAtTheCheck(_ id: String) throws {
        let box = try BuildSandbox([
            "maps/people.md": "---\n---\n\n## Persona: P {#\(id)}\n\n## Segment: S {#s\(id)}\n- rule: r\n",
        ])
        let outcome = box.build()
        #expect(outcome.status == .mapErrors, "\(outcome.err)")
        #expect(outcome.err.contains("[bad-value]"))
        #expect(!box.exists("output"))
    }
}
