import Foundation
import Testing

/// Runs the built `journeymap` binary in a scratch folder of map files on disk.
public struct CLIRunner {
    public struct Result {
        public var status: Int32
        public var out: String
        public var err: String
    }

    /// The binary of the build the tests run from: next to the test runner's executable
    /// (`<scratch>/<triple>/debug/`), whatever scratch path is in use.
    public static let binary: URL? = {
        guard var dir = Bundle.main.executableURL?.deletingLastPathComponent() else { return nil }
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("journeymap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    public let folder: URL

    /// A fresh folder holding `files` (paths relative to it).
    public init(files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The diagram cache of the runs: beside the folder, so that it never shows among
    /// the folder's names, and no run reads or fills the user's cache.
    public var cacheFolder: String { folder.path + "-cache" }

    public func remove() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(atPath: cacheFolder)
    }

    /// Runs `journeymap arguments...` with the folder as working directory.
    public func run(_ arguments: [String]) throws -> Result {
        try run(arguments, killAfter: nil)!
    }

    /// Runs `journeymap arguments...` as `run` does, but under a watchdog: a run still
    /// going after `seconds` is killed and gives nil, and memory is capped at 4 GiB, so
    /// that a hang or a runaway read fails the test instead of stopping the suite.
    /// `unprivileged` runs it as user `nobody` when the tests run as root, for whom
    /// permissions do not count; `openFiles` caps its file descriptors.
    public func run(_ arguments: [String], killAfter seconds: Double?, unprivileged: Bool = false,
             openFiles: Int = 1024) throws -> Result? {
        let binary = try #require(Self.binary, "journeymap binary not found near \(Bundle.main.executableURL?.path ?? "the test runner")")
        let outURL = folder.appendingPathComponent(".stdout")
        let errURL = folder.appendingPathComponent(".stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        if seconds == nil {
            process.executableURL = binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let drop = unprivileged && geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
            process.arguments = ["-c", "ulimit -v 4194304 && ulimit -n \(openFiles) && exec \(drop)\"$0\" \"$@\"", binary.path] + arguments
        }
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheFolder]) { $1 }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        var finished = true
        if let seconds, ended.wait(timeout: .now() + seconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished = false
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        guard finished else { return nil }
        return Result(status: process.terminationStatus,
                      out: try String(contentsOf: outURL, encoding: .utf8),
                      err: try String(contentsOf: errURL, encoding: .utf8))
    }
}
