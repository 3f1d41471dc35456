import JourneyCore

/// Escaping for markup the site model writes itself (SVG it draws, rewritten SVG).
///
/// Templates escape their own values; this is for the few fragments made in Swift.
/// Works on UTF-8 bytes: the five characters are ASCII, and no byte of a longer UTF-8
/// sequence is ASCII, so replacing bytes replaces exactly those characters.
public enum HTMLText {
    /// `text` safe in HTML or SVG text and in quoted attribute values: `& < > " '`.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(text)` appended to `out` as UTF-8, runs without a special character
    /// copied whole.
    public static func append(_ text: String, to out: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var copied = 0
            for (i, byte) in bytes.enumerated() where isSpecial(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                entity(byte).withUTF8Buffer { out.append(contentsOf: $0) }
                copied = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        if done == nil {
            for byte in text.utf8 {
                if isSpecial(byte) { entity(byte).withUTF8Buffer { out.append(contentsOf: $0) } } else { out.append(byte) }
            }
        }
    }

    /// Bit n set for each special byte n (all below 64): one test per byte.
    private static let specials: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 && specials & (1 << byte) != 0
    }

    private static func entity(_ byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x22: return "&quot;"
        default: return "&#39;"
        }
    }
}
