import Foundation
import TestSupport

/// Maps folders for the build tests (paths relative to the sandbox).
enum BuildMaps {
    /// The spec example: a library document and the journey `trail-running` (two
    /// warnings, no errors).
    static let clean: [String: String] = [
        "maps/people.md": SpecExample.people,
        "maps/trail-running.md": SpecExample.journey(experiment: true),
    ]

    /// One error: an unknown key.
    static let broken: [String: String] = [
        "maps/j.md": MapsFolder.preamble + """
            ### Touchpoint: Cart
            - chanel: web

            """,
    ]

    /// `count` copies of the spec journey (`trail-0`, `trail-1`, ...), each linking
    /// to the next so that the overview has edges: enough diagrams for render workers.
    static func many(_ count: Int) -> [String: String] {
        var files = ["maps/people.md": SpecExample.people]
        for i in 0..<count {
            let next = "trail-\((i + 1) % count)/ig-ad 5%"
            files["maps/trail-\(i).md"] = SpecExample.journey()
                .replacingOccurrences(of: "id: trail-running", with: "id: trail-\(i)")
                .replacingOccurrences(of: "# From hiking boots to trail running", with: "# Trail journey \(i)")
                .replacingOccurrences(of: "- next: end", with: "- next: \(next)")
        }
        return files
    }
}
