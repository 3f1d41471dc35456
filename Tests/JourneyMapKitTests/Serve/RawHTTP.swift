import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP and WebSocket clients of the simplest kind, over a plain TCP socket to
/// 127.0.0.1: request paths go out exactly as written (no normalising of `..` or
/// `%2e`), which the traversal tests need.
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A connected socket with send and receive timeouts, so no test can hang on it.
    static func connect(port: UInt16, timeout: Int = 60) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// `GET path` with `Connection: close`; the whole response.
    static func get(port: UInt16, _ path: String, host: String? = nil, method: String = "GET") throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        try send(fd, "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
        return try parse(receiveAll(fd))
    }

    /// Everything the other side sends until it closes (or the socket times out).
    static func receiveAll(_ fd: Int32) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return data }
            data += chunk[0..<n]
        }
    }

    static func parse(_ data: [UInt8]) throws -> Response {
        guard let split = data.firstRange(of: Array("\r\n\r\n".utf8)) else {
            throw Failure(description: "no complete response header in \(data.count) bytes")
        }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(decoding: data[split.upperBound...], as: UTF8.self))
    }

    /// A WebSocket client that reads the server's text messages (RFC 6455 framing,
    /// server frames unmasked).
    final class WebSocket {
        let fd: Int32
        private var buffer: [UInt8] = []

        init(port: UInt16, path: String, origin: String? = nil) throws {
            fd = try RawHTTP.connect(port: port)
            let originLine = origin.map { "Origin: \($0)\r\n" } ?? ""
            try RawHTTP.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
                             + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             + "Sec-WebSocket-Version: 13\r\n\(originLine)\r\n")
            while buffer.firstRange(of: Array("\r\n\r\n".utf8)) == nil { try fill() }
            let end = buffer.firstRange(of: Array("\r\n\r\n".utf8))!.upperBound
            let response = try RawHTTP.parse(Array(buffer[..<end]))
            buffer.removeFirst(end)
            guard response.status == 101 else { throw Failure(description: "handshake answered \(response.status)") }
        }

        deinit { close(fd) }

        private func fill() throws {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure(description: "the socket closed or timed out") }
            buffer += chunk[0..<n]
        }

        private func take(_ count: Int) throws -> [UInt8] {
            while buffer.count < count { try fill() }
            defer { buffer.removeFirst(count) }
            return Array(buffer[0..<count])
        }

        /// The next text message; throws on close or after the socket's timeout.
        func receive() throws -> String {
            var message: [UInt8] = []
            while true {
                let head = try take(2)
                let opcode = head[0] & 0x0F
                var length = Int(head[1] & 0x7F)
                if length == 126 { length = try take(2).reduce(0) { $0 << 8 | Int($1) } }
                if length == 127 { length = try take(8).reduce(0) { $0 << 8 | Int($1) } }
                let payload = try take(length)
                if opcode == 0x8 { throw Failure(description: "the server closed the WebSocket") }
                guard opcode == 0x1 || opcode == 0x0 else { continue }
                message += payload
                if head[0] & 0x80 != 0 { return String(decoding: message, as: UTF8.self) }
            }
        }
    }
}
