import Foundation

/// An HTML page as `serve` sends it, changed on the way out only: the live-reload
/// script and the overlay's stylesheet linked at the end of its head, the problems
/// panel at the start of its body, and its Content-Security-Policy allowing the
/// WebSocket back to this server. The site in memory stays as `build` writes it.
struct ServedPage {
    /// Names the server run and the site version the page shows (`LiveAssets.script`).
    var serverID: String
    var version: Int
    var problems: LiveSite.Problems?
    var hasSite: Bool
    /// The request's `Host` (`127.0.0.1:4000`), for `connect-src`; nil when unusable.
    var host: String?

    func render(_ page: Data) -> Data {
        var bytes = [UInt8](page)
        if let host, let (start, end) = Self.policy(in: bytes) {
            let policy = String(decoding: bytes[start..<end], as: UTF8.self)
            bytes.replaceSubrange(start..<end, with: Array(Self.allowingSocket(policy, host: host).utf8))
        }
        let head = "<link rel=\"stylesheet\" href=\"/" + LiveAssets.stylesheetPath + "\">\n"
            + "<script src=\"/" + LiveAssets.scriptPath + "\" data-server=\"" + serverID
            + "\" data-version=\"\(version)\" defer></script>\n"
        let headEnd = Self.find("</head>", in: bytes) ?? 0
        bytes.insert(contentsOf: Array(head.utf8), at: headEnd)
        if let problems {
            let panel = Array(ErrorOverlay.panel(problems, hasSite: hasSite).utf8)
            if let body = Self.find("<body", in: bytes), let close = bytes[body...].firstIndex(of: UInt8(ascii: ">")) {
                bytes.insert(contentsOf: [0x0A] + panel, at: close + 1)
            } else {
                bytes.append(contentsOf: panel)
            }
        }
        return Data(bytes)
    }

    /// The value of the page's Content-Security-Policy `<meta>`, as the layout writes it.
    static func policy(in bytes: [UInt8]) -> (Int, Int)? {
        let marker = Array("http-equiv=\"Content-Security-Policy\" content=\"".utf8)
        guard let found = bytes.firstRange(of: marker),
              let end = bytes[found.upperBound...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return (found.upperBound, end)
    }

    /// `policy` with `ws://host` added to `connect-src` (a new directive when it has
    /// none: `default-src 'self'` alone does not name the WebSocket scheme everywhere).
    static func allowingSocket(_ policy: String, host: String) -> String {
        let source = "ws://" + host
        var directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let i = directives.firstIndex(where: { $0 == "connect-src" || $0.hasPrefix("connect-src ") }) {
            if directives[i].contains("'none'") { return policy }
            directives[i] += " " + source
        } else {
            directives.append("connect-src 'self' " + source)
        }
        return directives.joined(separator: "; ")
    }

    /// A `Host` header fit to go into the policy: a host name or address and a port.
    static func usableHost(_ header: String?) -> String? {
        guard let header, !header.isEmpty, header.utf8.count <= 255 else { return nil }
        let allowed = header.unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || ".-:[]".unicodeScalars.contains(s)
        }
        return allowed ? header : nil
    }

    static func find(_ text: String, in bytes: [UInt8]) -> Int? {
        bytes.firstRange(of: Array(text.utf8))?.lowerBound
    }
}
