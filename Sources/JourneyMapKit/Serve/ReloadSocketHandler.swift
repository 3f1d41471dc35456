import FlyingFox

/// The WebSocket end point `/_journeymap/live`, open only to the served pages: the
/// handshake must come from a page of this server (its `Origin`, when a browser sends
/// one, names the host the request went to), addressed to loopback when the server
/// listens there. Browsers let any page open a WebSocket anywhere; this keeps other
/// sites from listening to which maps change.
struct ReloadSocketHandler: HTTPHandler {
    let reload: LiveReload
    let loopbackOnly: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let host = request.headers[.host]
        let origin = request.headers[HTTPHeader("Origin")]
        guard !loopbackOnly || ServeAddress.isLoopbackHost(host),
              origin == nil || Self.sameHost(origin!, host) else {
            return HTTPResponse(statusCode: .forbidden)
        }
        return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: reload)).handleRequest(request)
    }

    /// `http://127.0.0.1:4000` against `127.0.0.1:4000`.
    static func sameHost(_ origin: String, _ host: String?) -> Bool {
        guard let host, let scheme = origin.range(of: "://") else { return false }
        return origin[scheme.upperBound...].lowercased() == host.lowercased()
    }
}
