import JourneyCore
import Testing

@Suite struct NotesTests {
    static let byTop = RenderedNotes(byTop: (1...6).map { "<h\($0)>A</h\($0)>" })

    @Test(arguments: [(1, "<h1>A</h1>"), (4, "<h4>A</h4>"), (6, "<h6>A</h6>"), (0, "<h1>A</h1>"), (9, "<h6>A</h6>")])
    func notesWithHeadingsStartAtThePageLevel(top: Int, expected: String) {
        #expect(Notes(markdown: "# A", rendered: Self.byTop).html(top: top) == expected)
    }

    @Test(arguments: [1, 3, 6])
    func notesWithoutHeadingsAreTheSameAtEveryLevel(top: Int) {
        #expect(Notes(markdown: "x", rendered: RenderedNotes(html: "<p>x</p>\n")).html(top: top) == "<p>x</p>\n")
    }

    @Test func noNotesNoHTML() {
        #expect(Notes().isEmpty)
        #expect(Notes().html(top: 2) == "")
    }
}
