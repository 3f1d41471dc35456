import Foundation
@testable import JourneyMapKit
import Testing

/// `RealPath.resolve` on absolute paths (a relative one depends on the current folder,
/// which the binary's tests cover: `OutputPathTests`).
struct RealPathTests {
    /// A sandbox with `real/inner`, a link `link` to `real/inner`, a link `dangling`
    /// to nothing, and its own real path (the temporary folder may be a link).
    static func sandbox() throws -> (box: BuildSandbox, real: String) {
        let box = try BuildSandbox(["real/inner/file": "x"])
        try FileManager.default.createSymbolicLink(atPath: box.path("link"), withDestinationPath: box.path("real/inner"))
        try FileManager.default.createSymbolicLink(atPath: box.path("dangling"), withDestinationPath: box.path("nowhere"))
        return (box, try #require(RealPath.real(box.folder)))
    }

    /// The path under the sandbox, and what it resolves to under the sandbox's real path.
    static let table: [(String, String)] = [
        ("real", "/real"),
        ("real/", "/real"),
        ("real//inner/", "/real/inner"),
        ("real/.", "/real"),
        ("./real/./inner/.", "/real/inner"),
        ("real/inner/..", "/real"),
        ("real/inner/../../real", "/real"),
        ("link", "/real/inner"),
        ("link/", "/real/inner"),
        // The parent of the folder the link points at, not the folder holding the link.
        ("link/..", "/real"),
        ("missing", "/missing"),
        ("missing/", "/missing"),
        ("missing/./deeper//", "/missing/deeper"),
        ("missing/../real", "/real"),
        ("missing/../link", "/real/inner"),
        ("real/missing/..", "/real"),
        ("dangling", "/dangling"),
        ("..", ""),
    ]

    @Test(arguments: table)
    func resolvesAbsolutePaths(_ path: String, _ expected: String) throws {
        let (box, real) = try Self.sandbox()
        let parentOfReal = (real as NSString).deletingLastPathComponent
        let want = expected.isEmpty ? parentOfReal : real + expected
        #expect(RealPath.resolve(box.folder + "/" + path) == want)
    }

    @Test func theRootStaysTheRoot() {
        #expect(RealPath.resolve("/") == "/")
        #expect(RealPath.resolve("/./..//") == "/")
        #expect(RealPath.resolve("/../tmp/..") == "/")
    }

    @Test(arguments: [("/a/b", "/a", true), ("/a", "/a", true), ("/ab", "/a", false), ("/a", "/a/b", false),
                      ("/a", "/", true)])
    func sameOrInside(_ inner: String, _ outer: String, _ expected: Bool) {
        #expect(RealPath.isSameOrInside(inner, outer) == expected)
    }
}
