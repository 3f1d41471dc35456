@testable import CMarkBridge
import Testing

@Suite struct ReferenceDefinitionsTests {
    let parser = CMarkParser()
    let renderer = CMarkRenderer()

    @Test(arguments: [
        ("", ""),
        ("No definitions here.", ""),
        ("[a]: /u", "[a]: </u>"),
        ("[A b]: /u 'T'", #"[A b]: </u> "T""#),
        // In any container, and anywhere in the document.
        ("# T\n\n> [q]: https://x.example/q\n\n- [l]: /l\n  1. [n]: /n\n\ntext",
         "[q]: <https://x.example/q>\n[l]: </l>\n[n]: </n>"),
        // The first definition of a label wins, whatever the case of the label.
        ("[a]: /one\n[A]: /two", "[a]: </one>\n[A]: </one>"),
        // Only looks like a definition: in code, or in the middle of a paragraph.
        ("```\n[c]: /c\n```", ""),
        ("    [i]: /i", ""),
        ("text\n[p]: /p", ""),
        ("[ ]: /x", ""),
        ("[a[b]: /x", ""),
        ("[a]: /u trailing words", ""),
        // Read back literally: no entity, no end of the destination or the title.
        (#"[u]: <a&amp;b\<c> "x\"y&amp;""#, #"[u]: <a\&b\<c> "x\"y\&""#),
        ("[t]: /t \"line one\n\\# two\"", "[t]: </t> \"line one\n\\# two\""),
        ("[e]: <>", "[e]: <>"),
    ])
    func definitionsAreWrittenOutAgain(source: String, expected: String) {
        #expect(parser.referenceDefinitions(source) == expected)
    }

    /// A reference renders the same with the definitions written out as with the
    /// document that defines them.
    @Test(arguments: [
        #"[a]: https://x.example/a?b=1&c=2 "A \"quoted\" title""#,
        "[a]: <https://x.example/with space> (parens)",
        "[a]:\n/multi-line\n'title\n=== on two lines'",
        #"[a]: /p\\a\&th&#42; '&lt;t&gt;'"#,
        "[a]: javascript:alert(1)",
        "[A]: /first\n\n[a]: /second",
    ])
    func referencesResolveAlike(source: String) {
        let uses = "[text][a] ![alt][A]"
        let defined = parser.referenceDefinitions(source)
        #expect(!defined.isEmpty)
        #expect(renderer.renderHTML(defined + "\n\n" + uses) == renderer.renderHTML(uses + "\n\n" + source))
    }

    @Test func labelsAreFoundOnceEach() {
        #expect(ReferenceDefinitions.candidateLabels("[a]: /1\n[a]: /2\n> - 1. [b]:\n[c] : x\r\n  [d]:") == ["a", "b", "d"])
    }
}
