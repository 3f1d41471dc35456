import Foundation
import Testing
import TestSupport

/// `journeymap serve` as a user runs it: the real binary on a maps folder in a scratch
/// folder, a free port, requests over loopback, edits written to disk.
@Suite(.serialized) struct ServeTests {
    static let page = "/journeys/trail-running.html"

    static func clean() -> [String: String] { BuildMaps.clean }

    static func waitForMessage(_ socket: RawHTTP.WebSocket, _ condition: (String) -> Bool) throws -> String {
        while true {
            let message = try socket.receive()
            if condition(message) { return message }
        }
    }

    @Test func servesThePagesAndReloadsThemAfterAnEdit() throws {
        let serve = try ServeProcess(files: Self.clean())
        let index = try serve.waitForPage("/", "the index is served") { $0.contains("From hiking boots to trail running") }
        #expect(index.contains("/_journeymap/live.js"))
        #expect(index.contains("connect-src 'self' ws://127.0.0.1:\(serve.port)"))
        let page = try serve.get(Self.page)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(try serve.get("/journeys/trail-running.json").headers["content-type"] == "application/json")
        #expect(try serve.get("/_journeymap/live.js").status == 200)

        let socket = try RawHTTP.WebSocket(port: serve.port, path: "/_journeymap/live")
        let hello = try socket.receive()
        #expect(hello.contains("\"version\""))
        let map = try serve.read("maps/trail-running.md")
        try serve.write("maps/trail-running.md", map.replacingOccurrences(of: "# From hiking boots to trail running",
                                                                          with: "# From hiking boots to mountain running"))
        try serve.waitForPage(Self.page, "the edit is served") { $0.contains("From hiking boots to mountain running") }
        let message = try Self.waitForMessage(socket) { $0.contains("\"paths\"") }
        #expect(message.contains("\"journeys/trail-running.html\"") || message.contains("\"paths\":null"))
        #expect(try serve.stop() == 0)
    }

    @Test func mapErrorsShowOverEveryPageAndKeepTheLastGoodSite() throws {
        let serve = try ServeProcess(files: Self.clean())
        try serve.waitForPage(Self.page, "the site is served") { $0.contains("Instagram ad") }
        let map = try serve.read("maps/trail-running.md")
        try serve.write("maps/trail-running.md", map.replacingOccurrences(of: "- channel: social", with: "- chanel: social"))
        let broken = try serve.waitForPage(Self.page, "the overlay shows") { $0.contains("id=\"journeymap-problems\"") }
        #expect(broken.contains("maps/trail-running.md:17:3: error: unknown key &#39;chanel&#39;"))
        #expect(broken.contains("Fix: <code>channel</code>"))
        #expect(broken.contains("Instagram ad"), "the last good page stays")
        let index = try serve.get("/")
        #expect(index.status == 200 && index.body.contains("id=\"journeymap-problems\""))
        #expect(serve.err.contains("unknown key 'chanel'"))

        try serve.write("maps/trail-running.md", map.replacingOccurrences(of: "Instagram ad", with: "Instagram story"))
        let fixed = try serve.waitForPage(Self.page, "the fix is served") { $0.contains("Instagram story") }
        #expect(!fixed.contains("journeymap-problems\""))
        #expect(try serve.stop(SIGTERM) == 0)
    }

    @Test func aFirstBuildWithErrorsServesTheErrorPageUntilTheMapsCheck() throws {
        let serve = try ServeProcess(files: BuildMaps.broken)
        var first = RawHTTP.Response(status: 0, headers: [:], body: "")
        try ServeProcess.waitUntil("the error page shows") {
            first = try serve.get("/")
            return first.body.contains("journeymap-problems\"")
        }
        #expect(first.status == 503)
        #expect(first.body.contains("unknown key &#39;chanel&#39;"))
        let map = try serve.read("maps/j.md")
        try serve.write("maps/j.md", map.replacingOccurrences(of: "- chanel: web", with: "- channel: web"))
        let index = try serve.waitForPage("/", "the site appears") { !$0.contains("journeymap-problems\"") }
        #expect(index.contains("href=\"journeys/j.html\""))
        #expect(try serve.stop() == 0)
    }

    @Test func templateErrorsShowOverThePagesToo() throws {
        var files = Self.clean()
        files["templates/report.mustache"] = "{{<layout}}{{$main}}<p>Report</p>{{/main}}{{/layout}}\n"
        let serve = try ServeProcess(files: files, extra: ["--templates", "templates"])
        try serve.waitForPage("/report.html", "the custom report is served") { $0.contains("<p>Report</p>") }
        try serve.write("templates/report.mustache", "{{<layout}}{{$main}}<p>Report{{/main}}{{#broken}}\n")
        let page = try serve.waitForPage(Self.page, "the template error shows") { $0.contains("journeymap-problems\"") }
        #expect(page.contains("report.mustache"))
        try serve.write("templates/report.mustache", "{{<layout}}{{$main}}<p>Fixed report</p>{{/main}}{{/layout}}\n")
        try serve.waitForPage("/report.html", "the fixed template is used") { $0.contains("Fixed report") && !$0.contains("journeymap-problems\"") }
        #expect(try serve.stop() == 0)
    }

    /// Graphviz crashing on a diagram (planted, as the build's tests plant it) costs
    /// that diagram: its page shows the flow as text and the report a warning, and the
    /// server goes on; where `checks:` makes the warning an error, the problems show.
    @Test func aDiagramGraphvizCannotDrawIsAWarningOrWhatChecksMakeIt() throws {
        let serve = try ServeProcess(files: Self.clean(), environment: ["JOURNEYMAP_CRASH_DIAGRAMS": "trail-running"])
        let page = try serve.waitForPage(Self.page, "the page is served") { $0.contains("Instagram ad") }
        #expect(!page.contains("journeymap-problems\""))
        #expect(try serve.get("/journeys/trail-running.svg").status == 404)
        #expect(try serve.get("/journeys/trail-running.dot").status == 200)
        #expect(try serve.get("/report.html").body.contains("diagram-failed"))
        try serve.write("maps/journeymap.yml", "checks:\n  diagram-failed: error\n")
        let refused = try serve.waitForPage(Self.page, "the error shows") { $0.contains("journeymap-problems\"") }
        #expect(refused.contains("diagram-failed"))
        #expect(try serve.stop() == 0)
    }

    @Test func newRenamedAndDeletedMapsAndFoldersAreFollowed() throws {
        let serve = try ServeProcess(files: Self.clean())
        try serve.waitForPage("/", "the site is served") { $0.contains("trail-running") }
        let journey = try serve.read("maps/trail-running.md")
        let second = journey.replacingOccurrences(of: "id: trail-running", with: "id: second")
            .replacingOccurrences(of: "# From hiking boots to trail running", with: "# A second journey")
        // A new folder with a map in it, written before the folder is watched.
        try FileManager.default.createDirectory(at: serve.sandbox.folder.appendingPathComponent("maps/more/deeper"),
                                                withIntermediateDirectories: true)
        try serve.write("maps/more/deeper/second.md", second)
        try serve.waitForPage("/journeys/second.html", "the map in the new folder is served") { $0.contains("A second journey") }
        // A map written later into the new folder.
        try serve.write("maps/more/deeper/third.md", second.replacingOccurrences(of: "id: second", with: "id: third"))
        try serve.waitForPage("/journeys/third.html", "the map written into the new folder is served") { _ in true }
        // Renamed as an editor saves: a temporary file renamed over the map.
        try serve.write("maps/more/.third.md.tmp", second.replacingOccurrences(of: "id: second", with: "id: third")
            .replacingOccurrences(of: "A second journey", with: "A third journey"))
        try FileManager.default.removeItem(at: serve.sandbox.folder.appendingPathComponent("maps/more/deeper/third.md"))
        try FileManager.default.moveItem(at: serve.sandbox.folder.appendingPathComponent("maps/more/.third.md.tmp"),
                                         to: serve.sandbox.folder.appendingPathComponent("maps/more/deeper/third.md"))
        try serve.waitForPage("/journeys/third.html", "the renamed file is served") { $0.contains("A third journey") }
        // A link to a folder outside the maps folder is read as a folder, and watched.
        try FileManager.default.createDirectory(at: serve.sandbox.folder.appendingPathComponent("shared"),
                                                withIntermediateDirectories: true)
        try serve.write("shared/fourth.md", second.replacingOccurrences(of: "id: second", with: "id: fourth"))
        try FileManager.default.createSymbolicLink(atPath: serve.sandbox.folder.appendingPathComponent("maps/shared").path,
                                                   withDestinationPath: serve.sandbox.folder.appendingPathComponent("shared").path)
        try serve.waitForPage("/journeys/fourth.html", "the map in the linked folder is served") { $0.contains("A second journey") }
        try serve.write("shared/fourth.md", second.replacingOccurrences(of: "id: second", with: "id: fourth")
            .replacingOccurrences(of: "A second journey", with: "A fourth journey"))
        try serve.waitForPage("/journeys/fourth.html", "an edit in the linked folder is served") { $0.contains("A fourth journey") }
        // The folder moved away, then the map deleted.
        try FileManager.default.moveItem(at: serve.sandbox.folder.appendingPathComponent("maps/more"),
                                         to: serve.sandbox.folder.appendingPathComponent("elsewhere"))
        try ServeProcess.waitUntil("the moved-away journeys are gone") { try serve.get("/journeys/second.html").status == 404 }
        try FileManager.default.removeItem(at: serve.sandbox.folder.appendingPathComponent("maps/trail-running.md"))
        try ServeProcess.waitUntil("the deleted journey is gone") { try serve.get(Self.page).status == 404 }
        #expect(try serve.stop() == 0)
    }

    /// Request paths that try to leave the site, and symbolic links out of the maps
    /// folder: all 404, with the site itself still served.
    @Test func pathsOutOfTheSiteAreNotFound() throws {
        var files = Self.clean()
        files["outside/secret.txt"] = "TOP-SECRET-CONTENT\n"
        let sandbox = try CLIRunner(files: files)
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder.appendingPathComponent("maps/escape").path,
                                                   withDestinationPath: sandbox.folder.appendingPathComponent("outside").path)
        try FileManager.default.createSymbolicLink(atPath: sandbox.folder.appendingPathComponent("maps/passwd.md").path,
                                                   withDestinationPath: "/etc/passwd")
        let serve = try ServeProcess(files: [:], sandbox: sandbox)
        try serve.waitForPage("/", "the site is served") { $0.contains("trail-running") }
        let attempts = [
            "/../outside/secret.txt", "/journeys/../index.html", "/journeys/%2e%2e/index.html", "/%2e%2e/%2e%2e/etc/passwd",
            "/journeys/..%2findex.html", "/journeys%2f..%2findex.html", "/.%2e/outside/secret.txt", "/%2E%2E/etc/passwd",
            "/escape/secret.txt", "/maps/escape/secret.txt", "/passwd.md", "/maps/passwd.md", "/maps/trail-running.md",
            "/trail-running.md", "/..\\outside\\secret.txt", "/journeys/trail-running.html%00.txt", "/%",
            "//etc/passwd", "/./index.html", "/.journeymap-output", "/nothing-here.html",
        ]
        for path in attempts {
            let response = try serve.get(path)
            #expect(response.status == 404, "\(path) answered \(response.status)")
            #expect(!response.body.contains("TOP-SECRET-CONTENT") && !response.body.contains("root:x:0"), "\(path)")
        }
        #expect(try serve.get(Self.page).status == 200)
        #expect(try serve.get("/journeys/trail%2Drunning.html").status == 200, "an encoded plain name is fine")
        #expect(try serve.get("/", host: "attacker.example:80").status == 403, "a name that is not loopback is refused")
        #expect(try serve.stop() == 0)
    }

    @Test func survivesClientsThatLeaveEarlyAndManyConnectionsAtOnce() throws {
        let serve = try ServeProcess(files: BuildMaps.many(3))
        try serve.waitForPage("/tactics/index.html", "the catalog is served") { _ in true }
        // Clients that ask for a page and close without reading it.
        for _ in 0..<20 {
            let fd = try RawHTTP.connect(port: serve.port)
            try RawHTTP.send(fd, "GET /tactics/index.html HTTP/1.1\r\nHost: 127.0.0.1:\(serve.port)\r\n\r\n")
            var linger = linger(l_onoff: 1, l_linger: 0)
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
            close(fd)
        }
        // A hundred connections open at once, each then asking for a page.
        let sockets = try (0..<100).map { _ in try RawHTTP.connect(port: serve.port) }
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: sockets.count) { i in
            let fd = sockets[i]
            defer { close(fd) }
            do {
                try RawHTTP.send(fd, "GET /journeys/trail-\(i % 3).html HTTP/1.1\r\nHost: 127.0.0.1:\(serve.port)\r\nConnection: close\r\n\r\n")
                statuses.add(try RawHTTP.parse(RawHTTP.receiveAll(fd)).status)
            } catch {
                statuses.add(-1)
            }
        }
        #expect(statuses.all == Array(repeating: 200, count: 100))
        #expect(try serve.get("/").status == 200)
        #expect(try serve.stop() == 0)
    }

    /// SIGINT while render workers draw the first build: exit status 0, no process
    /// left behind (a worker would still have its working folder in the sandbox), its
    /// temporary folder gone, and nothing written into the maps folder.
    @Test(arguments: [SIGINT, SIGTERM])
    func stopsCleanlyAndLeavesNothingBehind(signal: Int32) throws {
        let sandbox = try CLIRunner(files: BuildMaps.many(40))
        let before = try Self.listing(sandbox.folder.appendingPathComponent("maps"))
        let serve = try ServeProcess(files: [:], sandbox: sandbox)
        let pid = serve.process.processIdentifier
        try? ServeProcess.waitUntil("render workers start") { !ServeProcess.children(of: pid).isEmpty || serve.err.contains("site updated") }
        #expect(try serve.stop(signal) == 0)
        #expect(Self.processes(inside: sandbox.folder).isEmpty)
        #expect(try Self.listing(sandbox.folder.appendingPathComponent(".tmp")) == [])
        #expect(try Self.listing(sandbox.folder.appendingPathComponent("maps")) == before)
        #expect(!serve.err.contains("Fatal") && !serve.err.contains("error:"))
    }

    @Test func refusesAHostThatIsNotAnAddressAndWarnsOffLoopback() throws {
        let sandbox = try CLIRunner(files: Self.clean())
        defer { sandbox.remove() }
        let bad = try sandbox.run(["serve", "--maps", "maps", "--host", "not a host", "--port", "0"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("--host must be an IP address"))
        let missing = try sandbox.run(["serve", "--maps", "nope", "--port", "0"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("journeymap init"))

        let open = try ServeProcess(files: Self.clean(), extra: ["--host", "0.0.0.0"])
        try ServeProcess.waitUntil("the warning is printed") { open.err.contains("warning: listening on 0.0.0.0") }
        try open.waitForPage("/", "the site is served on every interface") { _ in true }
        #expect(try open.stop() == 0)
    }

    /// Every file and folder under `url` (hidden ones too), with sizes.
    static func listing(_ url: URL) throws -> [String] {
        let paths = FileManager.default.subpaths(atPath: url.path) ?? []
        return try paths.sorted().map { path in
            let attributes = try FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(path).path)
            return "\(path) \(attributes[.size] ?? 0)"
        }
    }

    /// Processes other than this one whose working folder is inside `folder`.
    static func processes(inside folder: URL) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let target = folder.resolvingSymlinksInPath().path
        return entries.compactMap(Int32.init).filter { pid in
            guard pid != getpid(), ServeProcess.isAlive(pid),
                  let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd") else { return false }
            return cwd == target || cwd.hasPrefix(target + "/")
        }
    }
}

/// Statuses gathered from many threads.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []

    func add(_ status: Int) { lock.withLock { list.append(status) } }

    var all: [Int] { lock.withLock { list } }
}
