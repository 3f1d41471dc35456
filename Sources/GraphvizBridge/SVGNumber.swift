import CGraphviz
import Foundation

/// Graphviz's `gvprintdouble`, the function every coordinate of an SVG goes through,
/// made several times faster with byte-identical output.
///
/// libgvc 2.43 writes a number with `snprintf("%.02f")`, then trims trailing zeros
/// and a bare point. glibc's `%f` goes through multi-precision arithmetic: about 2,500
/// instructions a number, a fifth of all the work of drawing a 20-touchpoint journey
/// (callgrind). `format` gives the same text from exact double arithmetic.
///
/// The `journeymap` executable exports `gvprintdouble` (see Package.swift), so the
/// dynamic linker binds Graphviz's own calls to the function below (the test runner
/// links that target and exports it too); a process that does not export it keeps
/// Graphviz's. The fast path is used only
/// with the libgvc release whose function it was checked against (disassembled, and
/// compared on every diagram of the benchmark corpus and the example maps); with any
/// other release the call goes on to Graphviz's own.
enum SVGNumber {
    /// The libgvc release `format` reproduces.
    static let checkedRelease = "2.43.0"

    /// The longest text `format` writes: libgvc formats into 50 bytes with the NUL.
    static let capacity = 49

    /// Whether the running libgvc is `checkedRelease`; set when the first context
    /// opens, read while rendering, both with `GraphvizLock` held.
    nonisolated(unsafe) static var fastPath = false

    /// Records which libgvc runs. Call with the lock held.
    static func recordRelease(of context: OpaquePointer) {
        fastPath = gvcVersion(context).map { String(cString: $0) } == checkedRelease
    }

    /// `value` as libgvc 2.43's `gvprintdouble` writes it: 0 below 1e-8 in
    /// magnitude, else rounded to two decimals (exact ties to even, like glibc's
    /// `%.2f`), trailing zeros and then a bare point removed: `12`, `-3.5`, `0.25`,
    /// `-0` (for -0.004). Writes at most `capacity` (49) bytes into `buffer`, as C's
    /// 50-byte buffer holds; returns the count.
    static func format(_ value: Double, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        let x = value > -1e-8 && value < 1e-8 ? 0 : value
        guard abs(x) < 1e13 else {
            // The comparison below needs x * 100 below 2^52, where its rounding moves it
            // less than half a unit; beyond that (and NaN, infinities), C's own formatting.
            // Cut to the buffer before trimming, as C does.
            let text = String(decoding: String(format: "%.02f", x).utf8.prefix(capacity), as: UTF8.self)
            let bytes = Array((text.contains(".") ? trimZeros(text) : text).utf8)
            buffer.update(from: bytes, count: bytes.count)
            return bytes.count
        }
        // x * 100 = y + err exactly (err from the fused multiply-add), so comparing
        // with the midpoint between two hundredths needs no rounding.
        let y = x * 100
        let err = (-y).addingProduct(x, 100)
        let low = y.rounded(.down)
        let above = (y - low - 0.5) + err
        var hundredths = Int64(low)
        if above > 0 || (above == 0 && hundredths & 1 == 1) { hundredths += 1 }
        return write(hundredths, negative: x < 0, into: buffer)
    }

    /// `hundredths` / 100 in decimal, with the sign of the value it came from (so
    /// -0.004 is `-0`, as C prints it), trailing fraction zeros left out.
    private static func write(_ hundredths: Int64, negative: Bool, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        if negative {
            buffer[0] = UInt8(ascii: "-")
            count = 1
        }
        let magnitude = hundredths.magnitude
        var whole = magnitude / 100
        let fraction = Int(magnitude % 100)
        // Whole part, written backwards into a scratch area, then copied.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let length = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var n = 0
            repeat {
                scratch[n] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
                n += 1
            } while whole > 0
            for i in 0..<n { buffer[count + i] = scratch[n - 1 - i] }
            return n
        }
        count += length
        guard fraction != 0 else { return count }
        buffer[count] = UInt8(ascii: ".")
        buffer[count + 1] = UInt8(ascii: "0") + UInt8(fraction / 10)
        count += 2
        if fraction % 10 != 0 {
            buffer[count] = UInt8(ascii: "0") + UInt8(fraction % 10)
            count += 1
        }
        return count
    }

    /// `12.50` -> `12.5`, `3.00` -> `3`.
    static func trimZeros(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed.removeLast() }
        if trimmed.last == "." { trimmed.removeLast() }
        return String(trimmed)
    }

    typealias Write = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?, Int) -> Int
    typealias PrintDouble = @convention(c) (UnsafeMutableRawPointer?, Double) -> Void

    /// libgvc's `gvwrite`, which no installed header declares.
    static let gvwrite: Write? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "gvwrite")
        .map { unsafeBitCast($0, to: Write.self) }

    /// Graphviz's own `gvprintdouble`, the next definition after this executable's.
    static let original: PrintDouble? = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "gvprintdouble")
        .map { unsafeBitCast($0, to: PrintDouble.self) }
}

/// Replaces libgvc's `gvprintdouble` in processes that export this symbol: see
/// `SVGNumber`. Graphviz calls it with `GraphvizLock` held.
@_cdecl("gvprintdouble")
public func graphvizPrintDouble(_ job: UnsafeMutableRawPointer?, _ value: Double) {
    guard SVGNumber.fastPath, let write = SVGNumber.gvwrite else {
        SVGNumber.original?(job, value)
        return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SVGNumber.capacity) { buffer in
        guard let base = buffer.baseAddress else { return }
        let count = SVGNumber.format(value, into: base)
        base.withMemoryRebound(to: CChar.self, capacity: count) { _ = write(job, $0, count) }
    }
}
