import Foundation
import Testing
import TestSupport

/// `journeymap serve` running as its own process on a maps folder in a scratch
/// folder, on a free port. Every wait is bounded and generous: the tests assert what
/// happens, never how fast.
final class ServeProcess: @unchecked Sendable {
    let sandbox: CLIRunner
    let process = Process()
    let port: UInt16
    private let outURL: URL
    private let errURL: URL

    static let patience: TimeInterval = 180

    /// Starts `serve --maps maps --port 0 extra...` in a folder holding `files`, and
    /// waits until it prints its URL.
    init(files: [String: String], extra: [String] = [], sandbox: CLIRunner? = nil,
         environment: [String: String] = [:]) throws {
        self.sandbox = try sandbox ?? CLIRunner(files: files)
        let binary = try #require(CLIRunner.binary)
        let outURL = self.sandbox.folder.appendingPathComponent(".serve-out")
        let errURL = self.sandbox.folder.appendingPathComponent(".serve-err")
        self.outURL = outURL
        self.errURL = errURL
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = self.process
        // serve's own temporary folder goes into the sandbox, where tests can see it.
        let temporary = self.sandbox.folder.appendingPathComponent(".tmp")
        // Its diagram cache too, so that no test reads or fills the user's.
        let cacheFolder = self.sandbox.folder.appendingPathComponent(".cache").path
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        process.environment = ProcessInfo.processInfo.environment
            .merging(environment.merging(["TMPDIR": temporary.path, "XDG_CACHE_HOME": cacheFolder]) { _, new in new }) { _, new in new }
        process.executableURL = binary
        process.arguments = ["serve", "--maps", "maps", "--port", "0"] + extra
        process.currentDirectoryURL = self.sandbox.folder
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var port: UInt16?
        try Self.waitUntil("the URL is printed") {
            guard let url = Self.text(outURL).split(whereSeparator: \.isWhitespace).first(where: { $0.hasPrefix("http://") }) else {
                return !process.isRunning
            }
            port = url.split(separator: ":").last.flatMap { UInt16($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }
            return true
        }
        self.port = try #require(port, "no URL printed; stderr: \(Self.text(errURL))")
    }

    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    var out: String { Self.text(outURL) }
    var err: String { Self.text(errURL) }

    func get(_ path: String, host: String? = nil) throws -> RawHTTP.Response {
        try RawHTTP.get(port: port, path, host: host)
    }

    /// Waits until `path` answers 200 with a body that satisfies `condition`.
    @discardableResult
    func waitForPage(_ path: String, _ what: String, _ condition: @escaping (String) -> Bool) throws -> String {
        var body = ""
        try Self.waitUntil(what) {
            let response = try self.get(path)
            body = response.body
            return response.status == 200 && condition(body)
        }
        return body
    }

    /// Writes `text` to a file of the sandbox (relative path).
    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.folder.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: sandbox.folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Sends `signal` and waits for the process to end; its exit status.
    func stop(_ signal: Int32 = SIGINT) throws -> Int32 {
        kill(process.processIdentifier, signal)
        try Self.waitUntil("serve ends") { !self.process.isRunning }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        sandbox.remove()
    }

    /// Polls `condition` every 50 ms until it holds; fails after `patience` seconds.
    static func waitUntil(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            if (try? condition()) == true { return }
            usleep(50_000)
        }
        throw RawHTTP.Failure(description: "gave up waiting until \(what)")
    }

    /// The pids of the processes whose parent is `pid`, from /proc.
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { candidate in
            guard let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid
        }
    }

    /// Whether a process with `pid` exists and is not a zombie.
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}
