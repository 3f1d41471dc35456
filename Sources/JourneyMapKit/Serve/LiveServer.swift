import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `serve` (FlyingFox, which has WebSockets built in): the reload
/// socket at `/_journeymap/live`, everything else from the site in memory. Started and
/// stopped from synchronous code; its connections run on Swift's concurrency threads.
final class LiveServer: @unchecked Sendable {
    private let server: HTTPServer
    /// The port it listens on (the one the system chose for port 0).
    let port: UInt16

    private init(server: HTTPServer, port: UInt16) {
        self.server = server
        self.port = port
    }

    /// Binds and starts listening; throws when the address cannot be bound.
    static func start(address: ServeAddress, site: LiveSite, reload: LiveReload) throws -> LiveServer {
        var routes = RoutedHTTPHandler()
        routes.appendRoute(HTTPRoute("GET /" + LiveAssets.socketPath),
                           to: ReloadSocketHandler(reload: reload, loopbackOnly: address.isLoopback))
        routes.appendRoute("*", to: SiteRequestHandler(site: site, serverID: reload.serverID,
                                                       loopbackOnly: address.isLoopback))
        let config = HTTPServer.Configuration(address: try address.socketAddress(), timeout: 30,
                                              logger: DisabledLogger.disabled)
        let server = HTTPServer(config: config, handler: routes)
        let outcome = Outcome()
        Task {
            do {
                try await server.run()
            } catch {
                outcome.finish(.failure(error))
            }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 30)
                let port: UInt16? = switch await server.listeningAddress {
                case .ip4(_, let port), .ip6(_, let port): port
                default: nil
                }
                outcome.finish(port.map { .success($0) } ?? .failure(SocketError.unsupportedAddress))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        return LiveServer(server: server, port: try outcome.wait().get())
    }

    /// Closes the listening socket and the open connections, waiting at most a second.
    func stop() {
        let done = DispatchSemaphore(value: 0)
        Task { [server] in
            await server.stop(timeout: 0.5)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 1)
    }

    /// The first of the two tasks to finish wins.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<UInt16, any Error>?

        func finish(_ value: Result<UInt16, any Error>) {
            let first = lock.withLock {
                guard result == nil else { return false }
                result = value
                return true
            }
            if first { done.signal() }
        }

        func wait() -> Result<UInt16, any Error> {
            done.wait()
            return lock.withLock { result! }
        }
    }
}
