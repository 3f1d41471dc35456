import FlyingFox
import FlyingSocks
import Foundation

/// Where `serve` listens: an IPv4 or IPv6 address (or `localhost`) and a port.
struct ServeAddress: Sendable {
    enum Family: Sendable { case ip4, ip6 }

    /// The address as an IP literal: `127.0.0.1`, `::1`, `0.0.0.0`.
    var ip: String
    var family: Family
    var port: UInt16

    /// Parses `--host` and `--port`; throws a message for anything else.
    init(host: String, port: Int) throws(BuildError) {
        guard (0...65535).contains(port) else { throw BuildError("--port must be between 0 and 65535, not \(port)") }
        self.port = UInt16(port)
        let literal = host == "localhost" ? "127.0.0.1" : host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, literal, &v4) == 1 {
            family = .ip4
        } else if inet_pton(AF_INET6, literal, &v6) == 1 {
            family = .ip6
        } else {
            throw BuildError("--host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1 (or localhost), not '\(host)'")
        }
        ip = literal
    }

    /// Whether only this machine can connect: 127.0.0.0/8 or ::1.
    var isLoopback: Bool {
        switch family {
        case .ip4: return ip.hasPrefix("127.")
        case .ip6: return ip == "::1" || ip == "0:0:0:0:0:0:0:1"
        }
    }

    func socketAddress() throws -> any SocketAddress {
        switch family {
        case .ip4: return try sockaddr_in.inet(ip4: ip, port: port)
        case .ip6: return try sockaddr_in6.inet6(ip6: ip, port: port)
        }
    }

    /// The URL to open for the server listening on `port`. An address that listens on
    /// every interface is shown as loopback, which works on this machine.
    func url(port: UInt16) -> String {
        let shown: String
        switch (family, ip) {
        case (.ip4, "0.0.0.0"): shown = "127.0.0.1"
        case (.ip6, "::"): shown = "[::1]"
        case (.ip6, _): shown = "[" + ip + "]"
        default: shown = ip
        }
        return "http://\(shown):\(port)/"
    }

    /// Whether a request's `Host` header names this machine's loopback. A server bound
    /// to loopback answers only those: a web page cannot then reach it through a name
    /// it points at 127.0.0.1 (DNS rebinding).
    static func isLoopbackHost(_ header: String?) -> Bool {
        guard var host = header?.lowercased() else { return false }
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            host = String(host[host.index(after: host.startIndex)..<close])
            return host == "::1"
        }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        var v4 = in_addr()
        return host == "localhost" || (host.hasPrefix("127.") && inet_pton(AF_INET, host, &v4) == 1)
    }
}
