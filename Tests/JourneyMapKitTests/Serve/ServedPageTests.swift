import Foundation
@testable import JourneyMapKit
import Testing

/// Served pages get the live-reload script, the problems panel and a policy that lets
/// the script reach the server; nothing else of the page changes.
@Suite struct ServedPageTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
        <title>T</title>
        </head>
        <body class="x">
        <main><h1>T</h1></main>
        </body>
        </html>

        """

    static func render(_ problems: LiveSite.Problems? = nil, host: String? = "127.0.0.1:4000") -> String {
        let served = ServedPage(serverID: "S", version: 7, problems: problems, hasSite: true, host: host)
        return String(decoding: served.render(Data(page.utf8)), as: UTF8.self)
    }

    @Test func linksTheScriptAndAllowsTheSocket() {
        let html = Self.render()
        #expect(html.contains("content=\"default-src 'self'; script-src 'self'; connect-src 'self' ws://127.0.0.1:4000\""))
        #expect(html.contains("<script src=\"/_journeymap/live.js\" data-server=\"S\" data-version=\"7\" defer></script>\n</head>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/_journeymap/live.css\">"))
        #expect(!html.contains("journeymap-problems\""))
        let removed = html.replacingOccurrences(of: "; connect-src 'self' ws://127.0.0.1:4000", with: "")
            .replacingOccurrences(of: "<link rel=\"stylesheet\" href=\"/_journeymap/live.css\">\n", with: "")
            .replacingOccurrences(of: "<script src=\"/_journeymap/live.js\" data-server=\"S\" data-version=\"7\" defer></script>\n", with: "")
        #expect(removed == Self.page)
    }

    @Test func anUnusableHostLeavesThePolicyAlone() {
        #expect(ServedPage.usableHost("evil\" onload=\"x") == nil)
        #expect(ServedPage.usableHost("[::1]:4000") == "[::1]:4000")
        #expect(Self.render(host: nil).contains("content=\"default-src 'self'; script-src 'self'\""))
    }

    @Test func extendsAnExistingConnectSource() {
        #expect(ServedPage.allowingSocket("default-src 'self'; connect-src 'self' https://a", host: "h:1")
                == "default-src 'self'; connect-src 'self' https://a ws://h:1")
    }

    @Test func showsTheProblemsEscapedAtTheStartOfTheBody() {
        let problems = ErrorOverlay.make(summary: "1 error <b>", items: [.init(text: "maps/a.md:1:1: error: <script>alert(1)</script>", fix: "x\"y")])
        let html = Self.render(problems)
        #expect(html.contains("<body class=\"x\">\n<aside id=\"journeymap-problems\""))
        #expect(html.contains("1 error &lt;b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Fix: <code>x&quot;y</code>"))
        #expect(!html.contains("<script>alert"))
    }

    @Test func reloadMessagesNameTheChangedPages() {
        let reload = LiveReload(serverID: "S")
        #expect(reload.message(version: 3, paths: []) == "{\"server\":\"S\",\"version\":3}")
        #expect(reload.message(version: 4, paths: ["b.html", "a</script>.html"])
                == "{\"server\":\"S\",\"version\":4,\"paths\":[\"a\\u003c/script\\u003e.html\",\"b.html\"]}")
        #expect(reload.message(version: 5, paths: nil) == "{\"server\":\"S\",\"version\":5,\"paths\":null}")
    }
}
