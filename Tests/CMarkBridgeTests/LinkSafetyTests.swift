@testable import CMarkBridge
import Testing

@Suite struct LinkSafetyTests {
    @Test(arguments: [
        ("https://x.example", true), ("HTTP://x", true), ("mailto:a@b.c", true),
        ("", false), (" \t", false), ("a/b:c", true), ("#x:y", true), ("?a=b:c", true), ("./a:b", true),
        ("javascript:x", false), ("  JAVASCRIPT:x", false), ("java\tscript:x", false),
        ("java\nscript:x", false), ("\u{1}javascript:x", false), ("java\u{200B}script:x", false),
        ("vbscript:x", false), ("data:image/png;base64,AA", false), ("file:///x", false),
        ("a:b", false), ("tel:123", false),
    ])
    func schemes(destination: String, allowed: Bool) {
        #expect(LinkSafety.isAllowed(destination) == allowed)
    }

    @Test(arguments: [
        ("img/a.png", .inSite), ("/abs/a.png", .inSite), ("../a.png", .inSite), ("a.png?v=2#x", .inSite),
        ("data:image/png;base64,AA", .inSite), ("DATA:IMAGE/JPEG;base64,AA", .inSite), ("data:image/webp,AA", .inSite),
        ("https://example.com/track.png", .remote), ("HTTP://x/a.png", .remote), ("https:a.png", .remote),
        ("//evil.example/x.png", .remote), ("\\\\evil.example/x.png", .remote), ("/\\evil.example/x.png", .remote),
        ("\\/evil.example/x.png", .remote), ("  //evil.example/x.png", .remote), ("/\t/evil.example/x.png", .remote),
        ("data:image/svg+xml,%3Csvg%3E", .refused), ("data:image/pngx;base64,AA", .refused),
        ("data:text/html,x", .refused), ("javascript:x", .refused), ("mailto:a@b.c", .refused),
        ("file:///x.png", .refused), ("", .refused), (" \n", .refused),
    ] as [(String, LinkSafety.ImageSource)])
    func imageSources(destination: String, expected: LinkSafety.ImageSource) {
        #expect(LinkSafety.imageSource(destination) == expected)
    }
}
