/// A decimal number found in a value: `[+-]digits[.digits]`.
struct ScannedNumber {
    /// Bytes of the number, sign included.
    var range: Range<Int>
    var negative: Bool
    var fractionDigits: Int
    /// Never `-0.0`, so that exports never show `-0`.
    var value: Double
    /// The digits as one integer (sign and point dropped), when there are at most 18.
    var digits: UInt64?

    /// The value rounded half away from zero to one decimal, as text (`3.25` -> `3.3`).
    var oneDecimalText: String {
        var tenths: UInt64
        if let digits, fractionDigits >= 1 {
            var scale: UInt64 = 1
            for _ in 1..<fractionDigits { scale *= 10 }
            tenths = digits / scale
            if fractionDigits >= 2, (digits / (scale / 10)) % 10 >= 5 { tenths += 1 }
        } else {
            tenths = UInt64((abs(value) * 10).rounded())
        }
        return "\(negative ? "-" : "")\(tenths / 10).\(tenths % 10)"
    }
}

extension ValueText {
    /// Powers of ten that a `Double` holds exactly.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var p = 1.0
        for _ in 0..<exponent { p *= 10 }
        return p
    }

    /// The number starting at `i`, or nil when no digit follows the optional sign (or
    /// the number is too large for a `Double`).
    ///
    /// The sign may be `+`, `-` or the minus sign U+2212 (pasted from documents). With
    /// `grouping`, commas between groups of exactly three digits are thousands
    /// separators (`1,200`). A point not followed by a digit ends the number.
    func scanNumber(from start: Int, to end: Int, grouping: Bool = false) -> ScannedNumber? {
        var i = start
        var negative = false
        if i < end, bytes[i] == 0x2B || bytes[i] == 0x2D {
            negative = bytes[i] == 0x2D
            i += 1
        } else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 {
            negative = true
            i += 3
        }
        guard isDigit(i, end: end) else { return nil }
        var digits: UInt64 = 0
        var digitCount = 0
        var significant = 0
        func take(_ byte: UInt8) {
            digitCount += 1
            if significant > 0 || byte != 0x30 { significant += 1 }
            if digitCount <= 18 { digits = digits * 10 + UInt64(byte - 0x30) }
        }
        var run = 0
        while i < end {
            if isDigit(i, end: end) {
                take(bytes[i])
                run += 1
                i += 1
            } else if grouping, bytes[i] == 0x2C, run >= 1, run <= 3,
                      (1...3).allSatisfy({ isDigit(i + $0, end: end) }), !isDigit(i + 4, end: end) {
                run = 0
                i += 1
            } else {
                break
            }
        }
        var fractionDigits = 0
        if i + 1 < end, bytes[i] == 0x2E, isDigit(i + 1, end: end) {
            i += 1
            while isDigit(i, end: end) {
                take(bytes[i])
                fractionDigits += 1
                i += 1
            }
        }
        var value: Double
        if significant <= 15, fractionDigits <= 22, digitCount <= 18 {
            // Both operands are exact, so the division is correctly rounded: same as a literal.
            value = Double(digits) / Self.powersOfTen[fractionDigits]
        } else {
            let plain = bytes[start..<i].filter { $0 != 0x2C && $0 != 0x2B && $0 < 0x80 }
            value = abs(Double(String(decoding: plain, as: UTF8.self)) ?? 0)
        }
        // Hundreds of digits overflow to infinity: not a number any value form accepts.
        guard value.isFinite else { return nil }
        if negative { value = -value }
        if value == 0 { value = 0 }
        return ScannedNumber(range: start..<i, negative: negative, fractionDigits: fractionDigits,
                             value: value, digits: digitCount <= 18 ? digits : nil)
    }

    /// Whether `range` is a number with a decimal comma (`3,5`); returns it with a point.
    func decimalCommaFix(_ number: ScannedNumber, end: Int) -> String? {
        let i = number.range.upperBound
        guard number.fractionDigits == 0, i + 1 < end, bytes[i] == 0x2C, isDigit(i + 1, end: end) else { return nil }
        var j = i + 1
        while isDigit(j, end: end) { j += 1 }
        return text(number.range.lowerBound..<i) + "." + text(i + 1..<j)
    }

    /// Where the digits after a decimal comma end (see `decimalCommaFix`).
    func decimalCommaEnd(_ number: ScannedNumber, end: Int) -> Int {
        var j = number.range.upperBound + 1
        while isDigit(j, end: end) { j += 1 }
        return j
    }
}

/// Short text of a computed number for messages: at most two decimals, no `.0`; tiny
/// numbers keep their digits (`1e-07`) rather than showing as 0.
func shortNumberText(_ value: Double) -> String {
    if value != 0, abs(value) < 0.01 { return String(value) }
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
}
