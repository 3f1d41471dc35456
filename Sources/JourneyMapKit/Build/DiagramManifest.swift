import JourneyCore
import JourneyOutputs

/// The record of the diagrams a build wrote: `.journeymap-diagrams` in the output
/// folder, beside the marker. The next build reuses an old SVG only as this record
/// vouches for it (`DiagramCache`), never for what a file merely looks like.
///
/// A text file, one diagram a line in build order, so that two builds of the same maps
/// write the same bytes:
///
///     journeymap diagrams 2
///     tool 1.0.0
///     graphviz 2.43.0 (0)
///     <XXH64 of the DOT text> <XXH64 of the SVG file> journeys/trail-running.svg
///
/// Hashes are 16 lowercase hexadecimal digits (`XXH64`); the path (the SVG's, relative
/// to the output folder) is the rest of the line. Version 1 recorded SHA-256 hashes; a
/// build finding one reuses nothing and writes version 2.
struct DiagramManifest: Equatable, Sendable {
    static let fileName = ".journeymap-diagrams"
    static let header = "journeymap diagrams 2"

    /// What the diagrams depend on besides their DOT text.
    struct Versions: Equatable, Sendable {
        var tool: String
        var graphviz: String
    }

    /// One diagram: the hashes of its DOT text and of its SVG bytes, as hex.
    struct Entry: Equatable, Sendable {
        var svgPath: String
        var dot: String
        var svg: String
    }

    var versions: Versions
    var entries: [Entry]

    /// The file's bytes.
    var bytes: [UInt8] {
        var lines = [Self.header, "tool " + versions.tool, "graphviz " + versions.graphviz]
        lines += entries.map { $0.dot + " " + $0.svg + " " + $0.svgPath }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    init(versions: Versions, entries: [Entry]) {
        self.versions = versions
        self.entries = entries
    }

    /// Reads a manifest; nil for anything but a whole, well-formed one, which the build
    /// then treats as no manifest at all.
    init?(bytes: [UInt8]) {
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        // Bytes that are not UTF-8 decode to paths no diagram has: no reuse for them.
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == Self.header,
              let tool = Self.value(lines[1], after: "tool "),
              let graphviz = Self.value(lines[2], after: "graphviz ") else { return nil }
        var entries: [Entry] = []
        for line in lines.dropFirst(3) {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, Self.isHash(fields[0]), Self.isHash(fields[1]), !fields[2].isEmpty else { return nil }
            entries.append(Entry(svgPath: String(fields[2]), dot: String(fields[0]), svg: String(fields[1])))
        }
        self.init(versions: Versions(tool: tool, graphviz: graphviz), entries: entries)
    }

    private static func value(_ line: Substring, after key: String) -> String? {
        guard line.hasPrefix(key), line.count > key.count else { return nil }
        return String(line.dropFirst(key.count))
    }

    private static func isHash(_ field: Substring) -> Bool {
        field.utf8.count == 16 && field.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The hash of `bytes` as the manifest writes it.
    static func hash(_ bytes: some Collection<UInt8>) -> String { XXH64.hex(XXH64.hash(bytes)) }

    static func hash(_ text: String) -> String { XXH64.hex(XXH64.hash(text)) }
}
