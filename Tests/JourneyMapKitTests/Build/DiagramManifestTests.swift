import Foundation
@testable import JourneyMapKit
import Testing

/// A rebuild reuses an old SVG only as the previous build's manifest vouches for it:
/// an SVG changed since, or a manifest missing, damaged or of other versions, means
/// drawing again, and the folder is still the one a build from scratch writes.
struct DiagramManifestTests {
    static let svg = "output/journeys/trail-running.svg"

    static func inode(_ box: BuildSandbox, _ path: String) -> UInt64? {
        DiagramCacheTests.inode(box, path)
    }

    /// Builds, lets `damage` change the output, rebuilds; then the output must equal a
    /// build from scratch. Returns whether the journey's SVG was reused (kept its inode).
    static func rebuild(after damage: (BuildSandbox) throws -> Void) throws -> (box: BuildSandbox, reused: Bool) {
        let box = try BuildSandbox(BuildMaps.clean)
        #expect(box.build().status == .ok)
        try damage(box)
        let before = inode(box, svg)
        #expect(box.build().status == .ok)
        #expect(box.build(output: "scratch").status == .ok)
        #expect(box.snapshot("output") == box.snapshot("scratch"))
        return (box, before != nil && inode(box, svg) == before)
    }

    @Test func untouchedOutputIsReused() throws {
        let (box, reused) = try Self.rebuild { _ in }
        #expect(reused)
        #expect(box.read("output/" + DiagramManifest.fileName)?.hasPrefix(DiagramManifest.header + "\n") == true)
    }

    /// The escaping of the pages must not depend on what lies in the old folder.
    @Test func tamperedSVGIsRedrawnAndNotInlined() throws {
        let (box, reused) = try Self.rebuild { box in
            let svg = try #require(box.read(Self.svg))
            try box.write(Self.svg, svg.replacingOccurrences(of: "</svg>", with: "<text>TAMPERED</text></svg>"))
        }
        #expect(!reused)
        #expect(box.read(Self.svg)?.contains("TAMPERED") == false)
        #expect(box.read("output/journeys/trail-running.html")?.contains("TAMPERED") == false)
    }

    /// The DOT file of a reused diagram is linked too when it holds the new text.
    @Test func untouchedDotFileIsLinked() throws {
        let dot = "output/journeys/trail-running.dot"
        var before: UInt64?
        let (box, reused) = try Self.rebuild { box in before = Self.inode(box, dot) }
        #expect(reused)
        #expect(before != nil && Self.inode(box, dot) == before)
    }

    /// A DOT file that no longer holds the DOT text of the maps is written anew.
    @Test func tamperedDotFileIsWrittenAnew() throws {
        let (box, reused) = try Self.rebuild { box in
            try box.write("output/journeys/trail-running.dot", "digraph \"tampered\" {}\n")
        }
        #expect(reused)
        #expect(box.read("output/journeys/trail-running.dot")?.contains("tampered") == false)
    }

    enum Damage: CaseIterable, Sendable {
        case missing, empty, cutShort, otherHeader, otherTool, otherGraphviz, otherDotHash, otherSVGHash, pathTwice

        func apply(_ text: String) -> String? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let entry = lines.firstIndex { $0.hasSuffix(" journeys/trail-running.svg") }!
            var changed = lines
            switch self {
            case .missing: return nil
            case .empty: return ""
            case .cutShort: return String(text.dropLast(10))
            case .otherHeader: changed[0] = "journeymap diagrams 1"
            case .otherTool: changed[1] = "tool 0.9.0"
            case .otherGraphviz: changed[2] = "graphviz 0.1"
            case .otherDotHash: changed[entry] = Self.flipFirstDigit(lines[entry])
            case .otherSVGHash: changed[entry] = String(lines[entry].prefix(17)) + Self.flipFirstDigit(String(lines[entry].dropFirst(17)))
            case .pathTwice: changed.insert(lines[entry], at: entry)
            }
            return changed.joined(separator: "\n")
        }

        static func flipFirstDigit(_ text: String) -> String {
            (text.first == "0" ? "1" : "0") + text.dropFirst()
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedOrForeignManifestMeansNoReuse(_ damage: Damage) throws {
        let manifest = "output/" + DiagramManifest.fileName
        let (_, reused) = try Self.rebuild { box in
            let text = try #require(box.read(manifest))
            if let damaged = damage.apply(text) {
                #expect(damaged != text)
                try box.write(manifest, damaged)
            } else {
                try FileManager.default.removeItem(atPath: box.path(manifest))
            }
        }
        #expect(!reused)
    }

    /// A manifest reads back as it was written, and anything malformed reads as none.
    @Test func manifestReadsBackAsWritten() throws {
        let hash = DiagramManifest.hash("digraph {}")
        let manifest = DiagramManifest(versions: .init(tool: "1.0.0", graphviz: "2.43.0 (0)"), entries: [
            .init(svgPath: "journeys/a b.svg", dot: hash, svg: DiagramManifest.hash([1, 2, 3])),
            .init(svgPath: "overview.svg", dot: hash, svg: hash),
        ])
        #expect(DiagramManifest(bytes: manifest.bytes) == manifest)
        let text = String(decoding: manifest.bytes, as: UTF8.self)
        let malformed = [
            "", "journeymap diagrams 1\ntool 1.0.0\n", "journeymap diagrams 1\ntool \ngraphviz 2\n",
            text.replacingOccurrences(of: "overview.svg", with: ""),
            text.replacingOccurrences(of: hash + " " + hash, with: hash.uppercased() + " " + hash),
            text.replacingOccurrences(of: hash + " " + hash, with: hash.dropLast() + " " + hash),
            text.replacingOccurrences(of: hash + " " + hash, with: hash + "  " + hash),
            text + "\n",
        ]
        for bytes in malformed { #expect(DiagramManifest(bytes: Array(bytes.utf8)) == nil, "\(bytes)") }
        #expect(DiagramManifest(bytes: Array(text.dropLast().utf8)) == nil)
    }
}
