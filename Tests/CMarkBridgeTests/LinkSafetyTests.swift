@testable import CMarkBridge
import Testing

@Suite struct LinkSafetyTests {
    @Test(arguments: [
        ("https://x.example", true), ("HTTP://x", true), ("mailto:a@b.c", true),
        ("", true), ("a/b:c", true), ("#x:y", true), ("?a=b:c", true), ("./a:b", true),
        ("javascript:x", false), ("  JAVASCRIPT:x", false), ("java\tscript:x", false),
        ("java\nscript:x", false), ("\u{1}javascript:x", false), ("java\u{200B}script:x", false),
        ("vbscript:x", false), ("data:image/png;base64,AA", false), ("file:///x", false),
        ("a:b", false), ("tel:123", false),
    ])
    func schemes(destination: String, allowed: Bool) {
        #expect(LinkSafety.isAllowed(destination) == allowed)
    }

    @Test(arguments: [
        ("data:image/png;base64,AA", true), ("DATA:IMAGE/JPEG;base64,AA", true), ("data:image/webp,AA", true),
        ("data:image/svg+xml,%3Csvg%3E", false), ("data:image/pngx;base64,AA", false),
        ("data:text/html,x", false), ("javascript:x", false), ("img/a.png", true),
    ])
    func imageSources(destination: String, allowed: Bool) {
        #expect(LinkSafety.isAllowedImage(destination) == allowed)
    }
}
