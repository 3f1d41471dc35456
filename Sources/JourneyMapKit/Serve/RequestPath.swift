/// Turns the path of an HTTP request into the path of a site file (`journeys/a.html`).
///
/// Each segment is percent-decoded on its own, so an encoded `/` stays inside its
/// segment and is refused. Anything but plain names is refused rather than
/// normalised: `.` and `..` (written or encoded), empty segments, backslashes, NUL and
/// other control characters, names starting with `.`, invalid UTF-8. A path ending
/// in `/` names the folder's `index.html`.
enum RequestPath {
    /// The site path, or nil when the request path is not a plain path inside the site.
    static func sitePath(_ raw: String) -> String? {
        guard raw.hasPrefix("/") else { return nil }
        var segments = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "" {
            segments[segments.count - 1] = "index.html"
        }
        var decoded: [String] = []
        for segment in segments {
            guard let name = percentDecoded(segment), isPlainName(name) else { return nil }
            decoded.append(name)
        }
        return decoded.joined(separator: "/")
    }

    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix(".") else { return false }
        return !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `%XX` escapes replaced by their bytes; nil for a broken escape or bytes that are
    /// not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        return decoded.utf8.elementsEqual(bytes) ? decoded : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
