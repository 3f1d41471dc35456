import Testing
import JourneyCore

@Suite struct ValuesWordTests {
    @Test(arguments: [("yes", true), ("no", false), ("Yes", true), ("NO", false), (" yes ", true)])
    func acceptsYesNo(_ text: String, _ expected: Bool) throws {
        #expect(try Values.yesNo(text).get() == expected)
    }

    @Test(arguments: [
        ExpectedError("true", "'true' is not yes or no; write 'yes'", at: 0, length: 4, fix: "yes"),
        ExpectedError("Y", fix: "yes"),
        ExpectedError("1", fix: "yes"),
        ExpectedError("false", "'false' is not yes or no; write 'no'", fix: "no"),
        ExpectedError("off", fix: "no"),
        ExpectedError("maybe", "'maybe' is not yes or no; write 'yes' or 'no'", fix: nil),
        ExpectedError("", "the value is empty; write 'yes' or 'no'"),
    ])
    func rejectsYesNo(_ expected: ExpectedError) {
        expected.check(Values.yesNo(expected.text))
    }

    @Test(arguments: [("2", 2), ("10", 10), (" 3 ", 3), ("+4", 4), ("02", 2)])
    func acceptsInteger(_ text: String, _ expected: Int) throws {
        #expect(try Values.integer(text, in: 2...10).get() == expected)
    }

    @Test func acceptsNegativeIntegerInNegativeRange() throws {
        #expect(try Values.integer("-1", in: -5...5).get() == -1)
    }

    @Test(arguments: [
        ExpectedError("11", "number '11' is out of range; write a whole number from 2 to 10", at: 0, length: 2),
        ExpectedError("1", "number '1' is out of range; write a whole number from 2 to 10"),
        ExpectedError("99999999999999999999999", "number '99999999999999999999999' is out of range; write a whole number from 2 to 10"),
        ExpectedError("2.5", "'2.5' is not a whole number; write a whole number from 2 to 10", fix: nil),
        ExpectedError("3.0", "'3.0' is not a whole number; write a whole number from 2 to 10", fix: "3"),
        ExpectedError("two", "'two' is not a whole number; write a whole number from 2 to 10"),
        ExpectedError("3 variants"),
        ExpectedError("", "the value is empty; write a whole number from 2 to 10"),
    ])
    func rejectsInteger(_ expected: ExpectedError) {
        expected.check(Values.integer(expected.text, in: 2...10))
    }

    static let channels = ["web", "app", "email", "in-person"]

    @Test(arguments: [
        ("web", "web"), ("WEB", "web"), (" App ", "app"), ("In-Person", "in-person"),
    ])
    func acceptsWord(_ text: String, _ expected: String) throws {
        #expect(try Values.word(text, in: Self.channels).get() == expected)
    }

    @Test func matchesMultiWordVocabularyWithAnySpacing() throws {
        let consent = ["consent", "legal obligation", "none needed", "Légitime"]
        #expect(try Values.word("Legal  Obligation", in: consent).get() == "legal obligation")
        #expect(try Values.word("légitime", in: consent).get() == "Légitime")
    }

    @Test(arguments: [
        ExpectedError("webb", "'webb' is not one of web, app, email, in-person; did you mean 'web'?", at: 0, length: 4,
                      fix: "web"),
        ExpectedError("in person", fix: "in-person"),
        ExpectedError("emial", fix: "email"),
        ExpectedError("fax", "'fax' is not one of web, app, email, in-person; write one of them", fix: nil),
        ExpectedError("", "the value is empty; write one of web, app, email, in-person"),
    ])
    func rejectsWord(_ expected: ExpectedError) {
        expected.check(Values.word(expected.text, in: Self.channels))
    }

    @Test(arguments: [
        ("a, b ,c", [ListItem(text: "a", offset: 0), ListItem(text: "b", offset: 3), ListItem(text: "c", offset: 6)]),
        ("a,,b", [ListItem(text: "a", offset: 0), ListItem(text: "", offset: 2), ListItem(text: "b", offset: 3)]),
        ("a, ", [ListItem(text: "a", offset: 0), ListItem(text: "", offset: 3)]),
        ("x,  y", [ListItem(text: "x", offset: 0), ListItem(text: "y", offset: 4)]),
        ("data: purchase history", [ListItem(text: "data: purchase history", offset: 0)]),
        ("café, bar", [ListItem(text: "café", offset: 0), ListItem(text: "bar", offset: 6)]),
        ("cafe\u{301}, bar", [ListItem(text: "cafe\u{301}", offset: 0), ListItem(text: "bar", offset: 6)]),
        ("購入, x", [ListItem(text: "購入", offset: 0), ListItem(text: "x", offset: 4)]),
        ("", []),
        ("   ", []),
    ])
    func splitsLists(_ text: String, _ expected: [ListItem]) {
        #expect(Values.splitList(text) == expected)
    }
}
