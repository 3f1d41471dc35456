import Foundation
import JourneyCore
import JourneyOutputs

/// `journeymap export mermaid`: every journey as a Mermaid `journey` diagram (see
/// `MermaidExport`).
///
/// Without an output folder the diagrams go to standard output, each after a
/// `%% journey: <id>` line, a blank line between two. With one, each is written to
/// `<id>.mmd` there (the folder is created when missing); an existing file of that
/// name is replaced only when it is a regular file, and when any is not, nothing is
/// written (exit 2).
public struct ExportMermaidAction: Sendable {
    public var maps: String
    public var output: String?
    public var strict: Bool

    public init(maps: String, output: String? = nil, strict: Bool = false) {
        self.maps = maps
        self.output = output
        self.strict = strict
    }

    public func run(console: Console, fileSystem: any MapFileSystem = DiskFileSystem()) -> ExitStatus {
        let project: Project
        switch ProjectLoader.loadClean(maps: maps, strict: strict, console: console, fileSystem: fileSystem) {
        case .success(let loaded): project = loaded
        case .failure(let status): return status
        }
        guard let output else {
            console.out(MermaidExport.stream(project))
            return .ok
        }
        let files = project.journeys.map { ($0.id + ".mmd", MermaidExport.diagram($0, personas: project.personas)) }
        do {
            try Self.write(files, to: output)
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        return .ok
    }

    /// Checks every target first, then writes each file in one step.
    static func write(_ files: [(name: String, text: String)], to folder: String) throws {
        if SafeFiles.entry(folder) != .missing, !DiskFileSystem().isDirectory(folder) {
            throw LoadError("the output '\(folder)' is not a folder")
        }
        let targets = files.map { ImportMermaidAction.path(folder, $0.name) }
        let refused = targets.filter { SafeFiles.entry($0) == .other }
        guard refused.isEmpty else {
            throw LoadError(refused.map { "'\($0)'" }.joined(separator: ", ")
                + " is not a regular file and is left alone; nothing was written: move it away or choose another --output")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LoadError("cannot create the output folder '\(folder)': \(BuildError.reason(error))")
        }
        for (target, file) in zip(targets, files) {
            try SafeFiles.replaceRegular(target, Array(file.text.utf8))
        }
    }
}
