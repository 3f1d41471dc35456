import CMarkBridge
import Foundation
import JourneyCore

/// `journeymap import mermaid FILE... [--output DIR]`: one map per Mermaid `journey`
/// diagram (see `MermaidImport`), written into the output folder.
///
/// Never overwrites: when any map's file exists, nothing is written (exit 2). Warnings
/// about the diagrams go to standard error as `file:line: warning: ...`; the path of
/// each map written goes to standard output.
public struct ImportMermaidAction: Sendable {
    public var files: [String]
    public var output: String

    public init(files: [String], output: String = "maps") {
        self.files = files
        self.output = output
    }

    public func run(console: Console) -> ExitStatus {
        do {
            let maps = try prepare(console: console)
            try Self.check(maps, in: output)
            try Self.write(maps, in: output)
            for map in maps { console.out(Self.path(output, map.fileName) + "\n") }
            return .ok
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
    }

    /// Reads every input and makes the maps, printing the warnings.
    func prepare(console: Console) throws -> [MermaidImport.Map] {
        var inputs: [MermaidImport.Input] = []
        for file in files {
            let text = try Self.read(file)
            let markdown = MermaidSource.isMarkdown(file)
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            var found = 0
            for chunk in MermaidSource.chunks(in: text, markdown: markdown) {
                let result = MermaidParser.parse(chunk.lines, firstLine: chunk.firstLine)
                for warning in result.warnings { console.err("\(file):\(warning.line): warning: \(warning.message)\n") }
                if result.journeys.isEmpty, markdown {
                    console.err("\(file):\(chunk.firstLine - 1): note: a mermaid block that is not a journey diagram is skipped\n")
                }
                found += result.journeys.count
                inputs += result.journeys.map { MermaidImport.Input(journey: $0, fallbackTitle: name) }
            }
            if found == 0 {
                console.err("journeymap: warning: '\(file)' holds no Mermaid journey diagram; skipped\n")
            }
        }
        guard !inputs.isEmpty else { throw LoadError("no Mermaid journey diagram found; nothing imported") }
        let maps = MermaidImport.maps(inputs)
        try Self.selfCheck(maps)
        return maps
    }

    /// The text of an input: a regular file in UTF-8 (a byte order mark is dropped).
    static func read(_ file: String) throws -> String {
        var info = stat()
        guard stat(file, &info) == 0 else {
            throw LoadError("cannot read '\(file)': \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw LoadError("'\(file)' is not a regular file") }
        let bytes: [UInt8]
        switch DiskFileSystem().contents(of: file) {
        case .bytes(let read): bytes = read
        case .missing: throw LoadError("cannot read '\(file)': it disappeared")
        case .skipped(let reason): throw LoadError("'\(file)' \(SkippedEntry(file, reason).diagnostic.message)")
        }
        guard var text = String(validating: bytes, as: UTF8.self) else { throw LoadError("'\(file)' is not UTF-8 text") }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Every map must check without errors; one that does not is a fault of the import
    /// and is never written.
    static func selfCheck(_ maps: [MermaidImport.Map]) throws {
        for map in maps {
            let fileSystem = InMemoryFileSystem(["import/" + map.fileName: map.text])
            let workspace = try Workspace.load(root: "import", fileSystem: fileSystem, markdown: CMarkParser())
            let project = Project.resolve(workspace)
            if let first = project.diagnostics.first(where: { $0.severity == .error }) {
                throw LoadError("the map made for '\(map.fileName)' does not check (\(first.message)); nothing was written")
            }
        }
    }

    /// Refuses, before anything is written, when the output is not a folder or any
    /// map's file exists.
    static func check(_ maps: [MermaidImport.Map], in output: String) throws {
        if SafeFiles.entry(output) != .missing, !DiskFileSystem().isDirectory(output) {
            throw LoadError("the output '\(output)' is not a folder")
        }
        let taken = maps.map { path(output, $0.fileName) }.filter { SafeFiles.entry($0) != .missing }
        guard taken.isEmpty else {
            throw LoadError("import never overwrites a file, and "
                + taken.map { "'\($0)'" }.joined(separator: ", ")
                + (taken.count == 1 ? " exists" : " exist")
                + "; nothing was written: move \(taken.count == 1 ? "it" : "them") away or choose another --output")
        }
    }

    /// Writes every map; when one fails, removes those already written.
    static func write(_ maps: [MermaidImport.Map], in output: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw LoadError("cannot create the output folder '\(output)': \(BuildError.reason(error))")
        }
        var written: [String] = []
        do {
            for map in maps {
                let target = path(output, map.fileName)
                try SafeFiles.createNew(target, Array(map.text.utf8))
                written.append(target)
            }
        } catch {
            for target in written { unlink(target) }
            throw error
        }
    }

    static func path(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
