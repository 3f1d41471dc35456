import Foundation
import JourneyCore
import JourneyOutputs

/// `journeymap diff BASE_DIR HEAD_DIR`: what changed between two maps folders (see
/// `MapDiffer`), as Markdown for a pull-request comment, JSON or text on standard output.
///
/// Runs whatever the maps hold: a side with errors is compared as far as it resolves,
/// and a side that does not exist counts as empty (everything is added, or removed).
/// Exit 0 with or without changes; 1 only when a `--fail-on` condition is met (what
/// meets it is said on standard error); 2 when a side cannot be read.
public struct DiffAction: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, json, text
    }

    public var base: String
    public var head: String
    public var format: Format
    public var failOn: [DiffFailure]

    public init(base: String, head: String, format: Format = .markdown, failOn: [DiffFailure] = []) {
        self.base = base
        self.head = head
        self.format = format
        self.failOn = failOn
    }

    /// `exists` tells a missing side (empty) from one that is not a folder (exit 2).
    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem(),
                    exists: @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> ExitStatus {
        let sides: (Project?, Project?)
        do {
            sides = (try Self.load(base, fileSystem: fileSystem, exists: exists),
                     try Self.load(head, fileSystem: fileSystem, exists: exists))
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        let diff = MapDiffer.compare(base: sides.0, head: sides.1)
        var failed: [String] = []
        for condition in failOn {
            let findings = condition.findings(in: diff)
            guard !findings.isEmpty else { continue }
            failed.append(condition.description)
            for finding in findings { console.err("journeymap: --fail-on \(condition): \(finding)\n") }
        }
        switch format {
        case .markdown: console.out(DiffMarkdownFormatter().format(diff))
        case .json: console.out(DiffJSONFormatter().format(diff, failed: failed))
        case .text: console.out(DiffTextFormatter().format(diff))
        }
        return failed.isEmpty ? .ok : .mapErrors
    }

    static func load(_ path: String, fileSystem: any MapFileSystem, exists: (String) -> Bool) throws -> Project? {
        if fileSystem.isDirectory(path) { return try ProjectLoader.load(maps: path, strict: false, fileSystem: fileSystem) }
        if exists(path) { throw LoadError("'\(path)' is not a folder") }
        return nil
    }
}
