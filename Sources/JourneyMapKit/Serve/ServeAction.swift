import Diagrams
import Foundation
import JourneyCore

/// `journeymap serve`: the site over HTTP, rebuilt in memory when the maps or
/// templates change, with open pages reloading by themselves and problems shown over
/// every page (see `LiveSiteBuilder`, `LiveReload`, `SiteRequestHandler`).
///
/// Listens on loopback unless `host` says otherwise; prints the URL on standard output
/// once it listens (`port` 0 takes a free port); runs until SIGINT or SIGTERM, then
/// returns `.ok`. Writes nothing into the maps folder: diagrams that render workers
/// draw pass through a temporary folder of its own, removed at the end.
public struct ServeAction: Sendable {
    public var maps: String
    public var templates: String?
    public var host: String
    public var port: Int
    /// Open the URL in the default browser (`xdg-open`).
    public var open: Bool
    /// The `journeymap` executable, started as render workers for large batches of
    /// diagrams; nil draws every diagram in this process.
    public var workerExecutable: String?
    public var environment: [String: String]

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 4000

    public init(maps: String = "maps", templates: String? = nil, host: String = defaultHost, port: Int = defaultPort,
                open: Bool = false, workerExecutable: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.maps = maps
        self.templates = templates
        self.host = host
        self.port = port
        self.open = open
        self.workerExecutable = workerExecutable
        self.environment = environment
    }

    public func run(console: Console) -> ExitStatus {
        let address: ServeAddress
        do throws(BuildError) {
            address = try ServeAddress(host: host, port: port)
            guard DiskFileSystem().isDirectory(maps) else { throw BuildError(ProjectLoader.missingFolderMessage(maps)) }
            if let templates, !DiskFileSystem().isDirectory(templates) {
                throw BuildError("templates folder '\(templates)' does not exist or is not a folder")
            }
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        if !address.isLoopback {
            console.err("journeymap: warning: listening on \(host): other machines that reach this one can open the site; "
                        + "do this only on a network you trust\n")
        }
        signal(SIGPIPE, SIG_IGN)
        let stop = StopSignals()
        let site = LiveSite()
        let reload = LiveReload()
        let stopping = Flag()
        let builderConsole = Console(out: { text in if !stopping.isSet { console.out(text) } },
                                     err: { text in if !stopping.isSet { console.err(text) } },
                                     errIsTerminal: console.errIsTerminal)
        let renderer = LocalDiagramRenderer(executable: workerExecutable, workers: ProcessInfo.processInfo.activeProcessorCount,
                                            cache: BuildAction.diagramCache(nil, off: false, environment: environment,
                                                                            note: console.err))
        let builder = LiveSiteBuilder(maps: maps, templates: templates, renderer: renderer, site: site, console: builderConsole,
                                      environment: environment) { version, paths in
            reload.send(version: version, paths: paths)
        }
        let queue = BuildQueue(builder: builder)
        builder.post = { queue.submit($0) }
        let watcher: FolderWatcher
        let server: LiveServer
        do {
            watcher = try FolderWatcher(maps: maps, templates: templates) { queue.submit($0) }
        } catch {
            console.err("journeymap: error: \(error)\n")
            return .cannotRun
        }
        do {
            server = try LiveServer.start(address: address, site: site, reload: reload)
        } catch {
            console.err("journeymap: error: cannot listen on \(host) port \(port): \(error); "
                        + "choose another --port (0 takes a free one)\n")
            return .cannotRun
        }
        let url = address.url(port: server.port)
        console.out("Serving the maps in '\(maps)' at \(url) (Ctrl-C stops)\n")
        queue.submit(.everything)
        queue.start()
        watcher.start()
        if open { Browser.open(url, console: console) }

        stop.wait()
        stopping.set()
        console.err("journeymap: stopping\n")
        watcher.stop()
        queue.stop()
        reload.stop()
        server.stop()
        renderer.stop()
        Self.stopRenderWorkers()
        return .ok
    }

    /// Ends the render workers of a build that was drawing when the server stopped;
    /// they would otherwise finish their diagram after this process has gone.
    static func stopRenderWorkers() {
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in entries.compactMap(Int32.init) {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")"),
                  stat[stat.index(after: close)...].split(separator: " ").dropFirst().first == Substring(String(me)),
                  let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
                  String(decoding: command, as: UTF8.self).contains(RenderWorker.commandName) else { continue }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
    }
}
