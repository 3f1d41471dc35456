import Foundation
import Testing

@testable import GraphvizBridge

/// `SVGNumber.format` must write exactly what libgvc 2.43's `gvprintdouble` writes:
/// numbers within 1e-8 of zero as zero, then C's `%.02f`, trailing zeros and a bare
/// point trimmed. The reference below is that function, line for line, on glibc.
@Suite("SVGNumber")
struct SVGNumberTests {
    static func reference(_ value: Double) -> String {
        let x = value > -1e-8 && value < 1e-8 ? 0 : value
        // C's snprintf into a 50-byte buffer keeps 49 characters.
        let text = String(decoding: String(format: "%.02f", x).utf8.prefix(49), as: UTF8.self)
        return text.contains(".") ? SVGNumber.trimZeros(text) : text
    }

    static func formatted(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SVGNumber.capacity) { buffer in
            let count = SVGNumber.format(value, into: buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (5e-9, "0"), (-5e-9, "0"), (1e-8, "0"), (-1e-8, "-0"),
        (-0.004, "-0"), (0.004, "0"), (0.005, "0.01"), (-0.005, "-0.01"),
        (1, "1"), (-1, "-1"), (12.5, "12.5"), (-3.25, "-3.25"), (100, "100"), (1234.5678, "1234.57"),
        // Exact ties go to the even hundredth, as glibc rounds them.
        (0.125, "0.12"), (0.375, "0.38"), (0.625, "0.62"), (0.875, "0.88"), (-2.125, "-2.12"),
        // Close to a tie but not one: the exact binary value decides.
        (1.005, "1"), (1.015, "1.01"), (2.675, "2.67"), (0.285, "0.28"), (-1.005, "-1"),
        (99.995, "100"), (-99.995, "-100"), (999_999.995, "999999.99"),
        (1e15, "1000000000000000"), (-2.5e17, "-250000000000000000"),
        (.infinity, "inf"), (-.infinity, "-inf"),
    ] as [(Double, String)])
    func knownValues(value: Double, expected: String) {
        #expect(Self.formatted(value) == expected)
        #expect(Self.reference(value) == expected)
    }

    /// Coordinates as layouts make them (up to a few million points) and far beyond,
    /// thirds and sevenths, values next to each rounding midpoint.
    @Test func agreesWithCOnManyValues() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = []
        for _ in 0..<200_000 {
            let scale = [1.0, 10, 1000, 100_000, 5_000_000, 1e9, 1e12, 9.99e12][Int.random(in: 0..<8, using: &generator)]
            values.append(Double.random(in: -scale...scale, using: &generator))
        }
        for n in -20_000...20_000 {
            let midpoint = (Double(n) + 0.5) / 100
            values += [midpoint, midpoint.nextUp, midpoint.nextDown, Double(n) / 3, Double(n) / 7, Double(n) / 8]
        }
        // Beyond the exact path: C's own formatting, cut to its 50-byte buffer.
        values += [1e13, -1e13, 9_999_999_999_999.99, 45_035_996_273_704.96, 1e15, -1e15, 123_456_789_012_345.67, 1e45, 1.5e46, -2.5e47, 1e48, 1e300, -1e300, .greatestFiniteMagnitude]
        var mismatches: [String] = []
        for value in values where Self.formatted(value) != Self.reference(value) {
            mismatches.append("\(value): \(Self.formatted(value)) vs C \(Self.reference(value))")
            if mismatches.count == 5 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func nanIsWrittenAsCWritesIt() {
        #expect(Self.formatted(.nan) == Self.reference(.nan))
    }
}

/// The whole path: Graphviz's calls reach `SVGNumber` in a process that exports it
/// (this test runner does, like the `journeymap` executable), and SVG drawn that way
/// is byte for byte the SVG drawn by libgvc's own function.
@Suite("gvprintdouble replacement", .serialized)
struct SVGNumberRenderTests {
    /// Clusters, rounded and plain boxes, HTML labels, curved and looping edges.
    static let dot: String = {
        var text = "digraph g {\n  rankdir=LR; node [shape=box, style=\"rounded,filled\", fillcolor=\"#fddbc7\"]\n"
        for c in 0..<4 {
            text += "  subgraph cluster_\(c) { label=<<B>Stage \(c)</B>>; style=rounded\n"
            for n in 0..<6 { text += "    n\(c)_\(n) [label=<<B>Node \(c).\(n)</B><BR/><FONT POINT-SIZE=\"9\">x \(n * 7 % 5)</FONT>>]\n" }
            text += "  }\n"
        }
        for i in 0..<24 {
            let (c, n) = (i / 6, i % 6)
            let next = (i * 7 + 3) % 24
            text += "  n\(c)_\(n) -> n\(next / 6)_\(next % 6) [xlabel=\"\(i * 3 % 100)%\", penwidth=\(1 + Double(i % 4) / 3)]\n"
            if i + 1 < 24 { text += "  n\(c)_\(n) -> n\((i + 1) / 6)_\((i + 1) % 6) [style=dashed]\n" }
        }
        return text + "}\n"
    }()

    @Test func graphvizCallsTheReplacement() throws {
        let original = try #require(SVGNumber.original).self
        let bound = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "gvprintdouble"))
        #expect(bound != unsafeBitCast(original, to: UnsafeMutableRawPointer.self))
    }

    @Test func replacementDrawsTheSameBytes() throws {
        let renderer = GraphvizRenderer.shared
        let fast = try renderer.render(dot: Self.dot, name: "numbers")
        #expect(SVGNumber.fastPath, "libgvc \(SVGNumber.checkedRelease) expected on this machine")
        let own = try GraphvizLock.withLock {
            SVGNumber.fastPath = false
            defer { SVGNumber.fastPath = true }
            return try renderer.renderLocked(dot: Self.dot, name: "numbers")
        }
        #expect(fast.count > 10_000)
        #expect(fast == own)
    }
}
