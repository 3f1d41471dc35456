@testable import JourneyMapKit
import Testing

/// Request paths map to site paths only when they are plain paths inside the site.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/index.html", "index.html"),
        ("/tactics/", "tactics/index.html"),
        ("/journeys/trail-running.html", "journeys/trail-running.html"),
        ("/journeys/trail%2Drunning.html", "journeys/trail-running.html"),
        ("/journeys/caf%C3%A9.html", "journeys/café.html"),
        ("/_journeymap/live.js", "_journeymap/live.js"),
    ])
    func plainPaths(raw: String, site: String) {
        #expect(RequestPath.sitePath(raw) == site)
    }

    @Test(arguments: [
        "", "index.html", "/..", "/../etc/passwd", "/journeys/../index.html", "/journeys/%2e%2e/index.html",
        "/%2E%2E/x", "/.%2e/x", "/journeys/..%2findex.html", "/journeys%2Findex.html", "/a//b", "//etc/passwd",
        "/./index.html", "/.journeymap-output", "/a\\b", "/a%5Cb", "/a%00b", "/a%0Ab", "/%", "/%4", "/%zz", "/%FF",
    ])
    func refusedPaths(raw: String) {
        #expect(RequestPath.sitePath(raw) == nil)
    }
}
