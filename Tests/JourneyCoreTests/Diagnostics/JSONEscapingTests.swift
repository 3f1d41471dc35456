import Foundation
import Testing
@testable import JourneyCore

@Suite struct JSONEscapingTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\maps"#, #""C:\\maps""#),
        ("a\nb\r\tc", #""a\nb\r\tc""#),
        ("\u{08}\u{0C}", #""\b\f""#),
        ("nul\u{0}x", #""nul\u0000x""#),
        ("\u{01}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
        ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
        ("</script><!--&", #""\u003c/script\u003e\u003c!--\u0026""#),
        ("café 名前 😀 e\u{301}", "\"café 名前 😀 e\u{301}\""),
        ("50% / 'quoted'", #""50% / 'quoted'""#),
    ])
    func escapes(input: String, expected: String) {
        #expect(JSONEscaping.quoted(input) == expected)
    }

    @Test(arguments: [
        "</script><script>alert(1)</script>",
        "quote \" backslash \\ slash /",
        "nul \u{0} bell \u{07} esc \u{1B} del \u{7F} c1 \u{85}",
        "lines\n\r\n\u{2028}\u{2029}end",
        "astral 𝄞 😀 🇫🇷 combining e\u{301}",
        String((0..<0x20).map { Character(Unicode.Scalar($0)!) }),
    ])
    func foundationDecodesTheOriginal(input: String) throws {
        let data = Data(("[" + JSONEscaping.quoted(input) + "]").utf8)
        let decoded = try #require(JSONSerialization.jsonObject(with: data) as? [String])
        #expect(decoded.count == 1)
        #expect(Array(decoded[0].unicodeScalars) == Array(input.unicodeScalars))
    }

    @Test func outputHasNoRawControlOrLineSeparator() {
        let all = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}"]))
        let quoted = JSONEscaping.quoted(all)
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(!quoted.contains("<"))
    }
}
