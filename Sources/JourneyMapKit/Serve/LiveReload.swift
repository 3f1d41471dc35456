import FlyingFox
import Foundation
import JourneyCore

/// The WebSocket end of live reload: every open page holds a connection, and after
/// each change the server tells them all which pages changed; the script served with
/// the pages (`LiveAssets.script`) reloads its page when it is among them.
///
/// Messages are JSON text: `{"server":S,"version":N}` when a page connects (a page
/// built before version N, or by another run of the server, reloads),
/// `{"server":S,"version":N,"paths":["journeys/a.html"]}` after a change, and
/// `{"server":S,"version":N,"paths":null}` when every page must reload (problems shown
/// or gone, new templates).
final class LiveReload: WSMessageHandler, @unchecked Sendable {
    /// Names this run of the server; pages carry it (`ServedPage`).
    let serverID: String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var version = 0
    private var stopped = false

    init(serverID: String = UUID().uuidString) { self.serverID = serverID }

    /// The number of connected pages.
    var count: Int { lock.withLock { clients.count } }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = UUID()
        let hello: String? = lock.withLock {
            guard !stopped else { return nil }
            clients[id] = continuation
            return message(version: version, paths: [])
        }
        guard let hello else {
            continuation.finish()
            return messages
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.clients.removeValue(forKey: id) }
        }
        continuation.yield(.text(hello))
        // The page sends nothing; when its side closes, this side ends too.
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return messages
    }

    /// Tells every page that `paths` changed (nil: every page) in `version`.
    func send(version: Int, paths: [String]?) {
        let text = message(version: version, paths: paths)
        let targets = lock.withLock {
            self.version = max(self.version, version)
            return Array(clients.values)
        }
        for client in targets { client.yield(.text(text)) }
    }

    /// Closes every connection and refuses new ones.
    func stop() {
        let targets = lock.withLock {
            stopped = true
            return Array(clients.values)
        }
        for client in targets {
            client.yield(.close(.goingAway))
            client.finish()
        }
    }

    func message(version: Int, paths: [String]?) -> String {
        let head = "{\"server\":" + JSONEscaping.quoted(serverID) + ",\"version\":\(version)"
        guard let paths else { return head + ",\"paths\":null}" }
        if paths.isEmpty { return head + "}" }
        return head + ",\"paths\":[" + paths.sorted().map(JSONEscaping.quoted).joined(separator: ",") + "]}"
    }
}
