/// A task's score field read as JavaScript's `Number()` reads it, which is what
/// Mermaid's `journeyDb` calls: surrounding white space ignored; decimal forms with a
/// sign, a fraction and an exponent (`4`, `+4`, `4.5`, `.5e1`, `5.`), `Infinity`, and
/// `0x`/`0o`/`0b` integers. One difference: a blank field is no number here, where
/// `Number("")` is 0 (Mermaid then shows a score of 0, which is not on its scale either).
enum MermaidNumber {
    static func read(_ field: Substring) -> Double? {
        let text = field.trimmingJavaScriptSpace()
        guard !text.isEmpty else { return nil }
        if let radix = radixInteger(text) { return radix }
        var s = Substring(text)
        var sign = 1.0
        if let first = s.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            s = s.dropFirst()
        }
        if s == "Infinity" { return sign * .infinity }
        guard isDecimalLiteral(s), let value = Double(String(s)) else { return nil }
        return sign * value
    }

    /// `digits [. digits?]` or `. digits`, then an optional exponent: nothing else
    /// (Swift's `Double(_:)` alone would take `nan`, `inf` and hex floats).
    private static func isDecimalLiteral(_ s: Substring) -> Bool {
        let bytes = Array(s.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        var mantissa = digits()
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == bytes.count
    }

    /// `0x1F`, `0o17`, `0b101` (no sign, as in JavaScript).
    private static func radixInteger(_ text: String) -> Double? {
        guard text.count > 2, text.first == "0" else { return nil }
        let marker = text[text.index(after: text.startIndex)]
        let radix: Int
        switch marker {
        case "x", "X": radix = 16
        case "o", "O": radix = 8
        case "b", "B": radix = 2
        default: return nil
        }
        let digits = text.dropFirst(2)
        guard digits.allSatisfy({ $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }) else { return nil }
        var value = 0.0
        for c in digits { value = value * Double(radix) + Double(c.hexDigitValue!) }
        return value
    }
}

extension StringProtocol {
    /// Without the white space JavaScript's `trim()` removes: spaces, tabs, line ends,
    /// no-break and other Unicode spaces, and the byte order mark.
    func trimmingJavaScriptSpace() -> String {
        func isSpace(_ c: Character) -> Bool { c.isWhitespace || c == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
