import Foundation

/// Length-prefixed frames on a raw file descriptor: the protocol between a caller and
/// its render workers (`RenderWorker`). A frame is one kind byte, the payload's length
/// as four bytes (big-endian), then the payload; DOT and SVG texts pass whole, any
/// byte allowed, with no file in between.
struct FramePipe {
    struct Frame: Equatable {
        var kind: UInt8
        var payload: [UInt8]
    }

    /// The largest payload accepted: far above any diagram a build draws, low enough
    /// that a garbled length cannot make the reader allocate without bound.
    static let maximumPayload = 1 << 30

    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(fd: Int32) { self.fd = fd }

    /// The next frame; nil at end of input, on a read error, on a frame cut short or
    /// one whose length is out of bounds.
    mutating func read() -> Frame? {
        guard fill(5) else { return nil }
        let length = buffer[(start + 1)..<(start + 5)].reduce(0) { $0 << 8 | Int($1) }
        guard length <= Self.maximumPayload, fill(5 + length) else { return nil }
        let frame = Frame(kind: buffer[start], payload: Array(buffer[(start + 5)..<(start + 5 + length)]))
        start += 5 + length
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        return frame
    }

    /// Reads until `count` bytes from `start` are buffered; false at end of input first.
    private mutating func fill(_ count: Int) -> Bool {
        if buffer.count - start >= count { return true }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: max(65_536, count - buffer.count))
        while buffer.count < count {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<n])
        }
        return true
    }

    /// The bytes of a frame, for `write` or for another process to pass on as they are.
    static func encode(_ kind: UInt8, _ payload: some Collection<UInt8>) -> [UInt8] {
        let length = UInt32(payload.count)
        var bytes: [UInt8] = [kind, UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        bytes.reserveCapacity(5 + payload.count)
        bytes.append(contentsOf: payload)
        return bytes
    }

    /// `bytes` read as exactly one frame; nil when they are not.
    static func decode(_ bytes: [UInt8]) -> Frame? {
        guard bytes.count >= 5 else { return nil }
        let length = bytes[1..<5].reduce(0) { $0 << 8 | Int($1) }
        guard bytes.count == 5 + length else { return nil }
        return Frame(kind: bytes[0], payload: Array(bytes[5...]))
    }

    /// Writes a frame; false when the other end is gone (SIGPIPE must be ignored, which
    /// the worker and `WorkerProcess` do).
    static func write(_ kind: UInt8, _ payload: some Collection<UInt8>, to fd: Int32) -> Bool {
        writeAll(encode(kind, payload), to: fd)
    }

    /// Writes all of `bytes`; false when the other end is gone.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// Everything `fd` gives until its end (a drawing child's answer); nil on a read error.
    static func readToEnd(_ fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
