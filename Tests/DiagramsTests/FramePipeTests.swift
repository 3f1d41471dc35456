import Foundation
@testable import Diagrams
import Testing

/// The framing of the worker protocol: what is written is read back whole, any byte
/// allowed, however the bytes arrive; a frame cut short or too long is no frame.
struct FramePipeTests {
    /// A pipe whose write end gets `bytes` and is closed; the read end.
    static func pipe(with bytes: [UInt8]) throws -> Int32 {
        var fds: [Int32] = [0, 0]
        try #require(Glibc.pipe(&fds) == 0)
        let writer = fds[1]
        // From another thread: more than the pipe holds must not block the test.
        Thread.detachNewThread {
            _ = FramePipe.writeAll(bytes, to: writer)
            close(writer)
        }
        return fds[0]
    }

    @Test(arguments: [0, 1, 4095, 65_536, 300_000])
    func framesComeBackWhole(size: Int) throws {
        var random = SeededBytes(seed: UInt64(size) + 1)
        let payload = (0..<size).map { _ in random.next() }
        let bytes = FramePipe.encode(UInt8(ascii: "S"), payload) + FramePipe.encode(UInt8(ascii: "F"), Array("why".utf8))
        let fd = try Self.pipe(with: bytes)
        defer { close(fd) }
        var reader = FramePipe(fd: fd)
        #expect(reader.read() == FramePipe.Frame(kind: UInt8(ascii: "S"), payload: payload))
        #expect(reader.read() == FramePipe.Frame(kind: UInt8(ascii: "F"), payload: Array("why".utf8)))
        #expect(reader.read() == nil)
    }

    @Test func lengthIsBigEndianAfterTheKind() {
        #expect(FramePipe.encode(0x44, [0xAA, 0xBB]) == [0x44, 0, 0, 0, 2, 0xAA, 0xBB])
        #expect(Array(FramePipe.encode(0x44, [UInt8](repeating: 0, count: 0x010203)).prefix(5)) == [0x44, 0, 1, 2, 3])
    }

    enum Broken: CaseIterable {
        case cutInHeader, cutInPayload, tooLong

        var bytes: [UInt8] {
            switch self {
            case .cutInHeader: return [0x53, 0, 0]
            case .cutInPayload: return [0x53, 0, 0, 0, 9, 1, 2, 3]
            case .tooLong: return [0x53, 0xFF, 0xFF, 0xFF, 0xFF, 1]
            }
        }
    }

    @Test(arguments: Broken.allCases)
    func brokenFrameIsNoFrame(_ broken: Broken) throws {
        let fd = try Self.pipe(with: broken.bytes)
        defer { close(fd) }
        var reader = FramePipe(fd: fd)
        #expect(reader.read() == nil)
        #expect(FramePipe.decode(broken.bytes) == nil)
    }

    @Test func decodeTakesExactlyOneFrame() {
        let frame = FramePipe.encode(0x53, Array("svg".utf8))
        #expect(FramePipe.decode(frame) == FramePipe.Frame(kind: 0x53, payload: Array("svg".utf8)))
        #expect(FramePipe.decode(frame + [0]) == nil)
    }
}

/// Bytes from a fixed seed (SplitMix64), so that every run sees the same payloads.
struct SeededBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
