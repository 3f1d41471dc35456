/// `key: value` split at the first colon, with character offsets for diagnostics.
///
/// Works on UTF-8 bytes: property lines are the bulk of every map, and grapheme-based
/// `String` scanning was the largest cost of `check` on big folders. Offsets are
/// computed from bytes when the text is ASCII and by counting characters otherwise.
struct KeyValueSplit {
    var key: Substring
    var keyOffset: Int
    var value: Substring
    /// Where the value starts, or the position after the colon when it is empty.
    var valueOffset: Int

    /// Nil when there is no colon or nothing before it.
    init?(_ text: Substring, ascii: Bool) {
        // Byte offsets of key and value, found on the contiguous UTF-8 of the slice.
        let found: (Int, Int, Int, Int)?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            var keyStart = 0
            var keyEnd = colon
            while keyStart < keyEnd, KeyValueSplit.isBlank(bytes[keyStart]) { keyStart += 1 }
            while keyEnd > keyStart, KeyValueSplit.isBlank(bytes[keyEnd - 1]) { keyEnd -= 1 }
            guard keyStart < keyEnd else { return nil }
            var valueStart = colon + 1
            var valueEnd = bytes.count
            while valueStart < valueEnd, KeyValueSplit.isBlank(bytes[valueStart]) { valueStart += 1 }
            while valueEnd > valueStart, KeyValueSplit.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
            return (keyStart, keyEnd, valueStart == valueEnd ? colon + 1 : valueStart, valueEnd)
        }
        guard let offsets = found ?? KeyValueSplit.offsets(Array(text.utf8)), let (ks, ke, vs, ve) = offsets else {
            return nil
        }
        let utf8 = text.utf8
        let base = utf8.startIndex
        let keyStart = utf8.index(base, offsetBy: ks)
        let valueStart = utf8.index(base, offsetBy: vs)
        key = text[keyStart..<utf8.index(base, offsetBy: ke)]
        value = vs < ve ? text[valueStart..<utf8.index(base, offsetBy: ve)] : text[valueStart..<valueStart]
        if ascii {
            keyOffset = ks
            valueOffset = vs
        } else {
            keyOffset = text[..<keyStart].count
            valueOffset = text[..<valueStart].count
        }
    }

    /// The same split for text without contiguous storage (bridged strings).
    private static func offsets(_ bytes: [UInt8]) -> (Int, Int, Int, Int)?? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let colon = buffer.firstIndex(of: UInt8(ascii: ":")) else { return .some(nil) }
            var ks = 0, ke = colon
            while ks < ke, isBlank(buffer[ks]) { ks += 1 }
            while ke > ks, isBlank(buffer[ke - 1]) { ke -= 1 }
            guard ks < ke else { return .some(nil) }
            var vs = colon + 1, ve = buffer.count
            while vs < ve, isBlank(buffer[vs]) { vs += 1 }
            while ve > vs, isBlank(buffer[ve - 1]) { ve -= 1 }
            return .some((ks, ke, vs == ve ? colon + 1 : vs, ve))
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The number of characters of `s`, cheaply when it is known to be ASCII.
    static func length<S: StringProtocol>(_ s: S, ascii: Bool) -> Int { ascii ? s.utf8.count : s.count }
}
