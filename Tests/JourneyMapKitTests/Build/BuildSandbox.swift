import Foundation
import JourneyMapKit
import Testing
import TestSupport

/// A scratch folder on disk for build tests: maps written into `maps/`, builds run in
/// process (`build`) or through the binary (`run`), folders compared byte for byte.
final class BuildSandbox {
    let folder: String

    /// A fresh folder with `files` (paths relative to it).
    init(_ files: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-build-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: cacheFolder)
    }

    /// The diagram cache of the builds run here (`XDG_CACHE_HOME` for the binary):
    /// beside the sandbox, so that it never shows among the sandbox's names, and no
    /// test reads or fills the user's cache.
    var cacheFolder: String { folder + "-cache" }

    func path(_ relative: String) -> String { folder + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// The names directly in `relative` (the sandbox itself for ""), hidden ones included.
    func names(in relative: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? folder : path(relative))) ?? []).sorted()
    }

    struct Outcome {
        var status: JourneyMapKit.ExitStatus
        var err: String
    }

    /// Runs `BuildAction` in this process with paths relative to the sandbox; with
    /// the diagram cache `cache` (a path in the sandbox) when given, else none.
    func build(maps: String = "maps", output: String = "output", templates: String? = nil, strict: Bool = false,
               workers: Int? = 0, executable: String? = BuildSandbox.binary, cache: String? = nil,
               environment: [String: String] = [:]) -> Outcome {
        let err = Captured()
        let console = Console(out: { _ in }, err: { err.append($0) }, errIsTerminal: false)
        let action = BuildAction(maps: path(maps), output: path(output), templates: templates.map(path), strict: strict,
                                 workerExecutable: executable, workers: workers, cache: cache.map(path),
                                 noCache: cache == nil, environment: environment)
        return Outcome(status: action.run(console: console), err: err.text)
    }

    /// Runs the built `journeymap` binary in the sandbox, or in its folder `directory`,
    /// with `environment` added.
    func run(_ arguments: [String], in directory: String = "",
             environment: [String: String] = [:]) throws -> (status: Int32, err: String) {
        let running = try start(arguments, in: directory, environment: environment)
        return running.wait()
    }

    /// A `journeymap` process started by `start`.
    struct Running {
        let process: Process
        let errPath: String

        var pid: pid_t { process.processIdentifier }

        /// Waits for the end; the exit status (or the signal that ended it) and standard error.
        func wait() -> (status: Int32, err: String) {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(atPath: errPath) }
            let text = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
            return (process.terminationStatus, text)
        }
    }

    /// Starts the built `journeymap` binary as `run` does, without waiting for it;
    /// through `launcher` (such as `nohup`, with its arguments) when given.
    func start(_ arguments: [String], in directory: String = "", environment: [String: String] = [:],
               launcher: [String] = []) throws -> Running {
        let binary = try #require(Self.binary, "journeymap binary not found next to the test bundle")
        // Beside the sandbox, not in it, so that it never shows among the sandbox's names.
        let errPath = folder + ".stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? err.close() }
        let process = Process()
        let command = launcher + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory.isEmpty ? folder : path(directory))
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheFolder]) { $1 }
            .merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, errPath: errPath)
    }

    /// Every file and folder under `relative`, with file contents: what "left exactly
    /// as it was" compares. Nil when `relative` does not exist.
    func snapshot(_ relative: String) -> [String: [UInt8]]? {
        let root = path(relative)
        guard exists(relative) else { return nil }
        var result: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: root)
        while let name = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDir)
            result[isDir.boolValue ? name + "/" : name] = isDir.boolValue ? [] : FileManager.default.contents(atPath: root + "/" + name).map { [UInt8]($0) } ?? []
        }
        return result
    }

    /// The `journeymap` binary next to this test target's resource bundle.
    static let binary: String? = CLIRunner.binary?.path
}

/// Text collected from a console closure that may be called from any thread.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    func append(_ text: String) { lock.withLock { buffer += text } }
    var text: String { lock.withLock { buffer } }
}
