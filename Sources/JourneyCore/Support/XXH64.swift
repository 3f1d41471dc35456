/// XXH64 (Yann Collet's xxHash, 64-bit, seed 0), in plain Swift: a fast checksum, not a
/// cryptographic hash.
///
/// Used to recognise files a build wrote: `journeymap build` reuses a diagram only when
/// its DOT text and its SVG still hash to what the build that wrote them recorded. That
/// guards against files changed by hand or by another tool; whoever can rewrite the
/// output folder can rewrite the record too, so a cryptographic hash would buy nothing
/// there, and a full build hashes every DOT and SVG of the site (about 60 MB for 1000
/// journeys), where SHA-256 in Swift took a third of a second of CPU.
public enum XXH64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The hash of `bytes`.
    public static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        if let value = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return value
        }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// The hash as 16 lowercase hexadecimal digits, most significant first (as `xxhsum
    /// -H64` prints it).
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of the bytes in `data`.
    public static func hash(_ data: UnsafeRawBufferPointer) -> UInt64 {
        let count = data.count
        var offset = 0
        var h: UInt64
        if count >= 32 {
            var v1 = prime1 &+ prime2, v2 = prime2, v3: UInt64 = 0, v4 = 0 &- prime1
            while offset + 32 <= count {
                v1 = round(v1, word(data, offset))
                v2 = round(v2, word(data, offset + 8))
                v3 = round(v3, word(data, offset + 16))
                v4 = round(v4, word(data, offset + 24))
                offset += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            for v in [v1, v2, v3, v4] {
                h = (h ^ round(0, v)) &* prime1 &+ prime4
            }
        } else {
            h = prime5
        }
        h = h &+ UInt64(count)
        while offset + 8 <= count {
            h = rotl(h ^ round(0, word(data, offset)), 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            let half = UInt64(UInt32(littleEndian: data.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            h = rotl(h ^ (half &* prime1), 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            h = rotl(h ^ (UInt64(data[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        h ^= h >> 33
        h = h &* prime2
        h ^= h >> 29
        h = h &* prime3
        h ^= h >> 32
        return h
    }

    @inline(__always)
    private static func word(_ data: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: data.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 {
        (x << r) | (x >> (64 - r))
    }
}
