import Testing
import JourneyCore

/// What a rejected value is expected to report.
struct ExpectedError: Sendable, CustomStringConvertible {
    var text: String
    var message: String?
    var offset: Int?
    var length: Int?
    var fix: String??

    init(_ text: String, _ message: String? = nil, at offset: Int? = nil, length: Int? = nil, fix: String?? = .none) {
        self.text = text
        self.message = message
        self.offset = offset
        self.length = length
        self.fix = fix
    }

    var description: String { "'\(text)'" }

    /// Checks the parts this case pins down; a success fails the test.
    func check<T>(_ result: Result<T, ValueError>, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .failure(let error) = result else {
            Issue.record("'\(text)' was accepted: \(result)", sourceLocation: sourceLocation)
            return
        }
        if let message { #expect(error.message == message, sourceLocation: sourceLocation) }
        if let offset { #expect(error.offset == offset, sourceLocation: sourceLocation) }
        if let length { #expect(error.length == length, sourceLocation: sourceLocation) }
        if case .some(let fix) = fix { #expect(error.fix == fix, sourceLocation: sourceLocation) }
        #expect(!error.message.isEmpty && error.message.contains(";"), "a message says what is wrong; then how to fix it",
                sourceLocation: sourceLocation)
    }
}

@Suite struct ValuesScoreTests {
    @Test(arguments: [
        ("4", 4.0), ("3.5", 3.5), ("1", 1), ("5", 5), ("5.0", 5), ("1.0", 1), (" 2.5 ", 2.5), ("+3", 3), ("4.9", 4.9),
    ])
    func accepts(_ text: String, _ expected: Double) throws {
        #expect(try Values.score(text).get() == expected)
    }

    static let range = "write a number from 1 to 5 (at most one decimal)"

    @Test(arguments: [
        ExpectedError("6", "score '6' is out of range; \(range)", at: 0, length: 1, fix: nil),
        ExpectedError(" 6 ", "score '6' is out of range; \(range)", at: 1, length: 1),
        ExpectedError("0", "score '0' is out of range; \(range)"),
        ExpectedError("5.1", "score '5.1' is out of range; \(range)"),
        ExpectedError("0.9", "score '0.9' is out of range; \(range)"),
        ExpectedError("-1", "score '-1' is out of range; \(range)"),
        ExpectedError("3.25", "score '3.25' has more than one decimal; round it to one, '3.3'", at: 0, length: 4, fix: "3.3"),
        ExpectedError("3.249", fix: "3.2"),
        ExpectedError("1.04", fix: "1.0"),
        ExpectedError("x", "score 'x' is not a number; \(range)", fix: nil),
        ExpectedError("high", "score 'high' is not a number; \(range)"),
        ExpectedError("3,5", "score '3,5' uses a decimal comma; write '3.5'", fix: "3.5"),
        ExpectedError("4/5", "score '4/5' is a fraction; write the score alone, '4'", fix: "4"),
        ExpectedError("3.", "score '3.' is not a number; \(range)"),
        ExpectedError("3 4"),
        ExpectedError("", "score is empty; \(range)", at: 0, length: 0),
    ])
    func rejects(_ expected: ExpectedError) {
        expected.check(Values.score(expected.text))
    }

    @Test(arguments: [
        ("62%", 62.0), ("3.1%", 3.1), ("-5%", -5), ("+10%", 10), ("62 %", 62), ("0%", 0), ("-0%", 0),
        ("100%", 100), ("150%", 150), (" 7% ", 7), ("62\u{202F}%", 62), ("\u{2212}5%", -5), ("0.25%", 0.25),
    ])
    func acceptsPercent(_ text: String, _ expected: Double) throws {
        let value = try Values.percent(text).get()
        #expect(value == expected)
        #expect(value.sign == expected.sign, "no -0 reaches the export")
    }

    @Test(arguments: [
        ExpectedError("62", "percent '62' has no '%'; write '62%'", at: 0, length: 2, fix: "62%"),
        ExpectedError("0.62", fix: "0.62%"),
        ExpectedError("abc", "percent 'abc' is not a number; write a number followed by '%', e.g. '62%'", fix: nil),
        ExpectedError("%62", "percent '%62' is not a number; write a number followed by '%', e.g. '62%'"),
        ExpectedError("62%%", "percent '62%%' is not a percent; write a number followed by '%', e.g. '62%'"),
        ExpectedError("62 percent"),
        ExpectedError("3,1%", "percent '3,1%' uses a decimal comma; write '3.1%'", fix: "3.1%"),
        ExpectedError("", "percent is empty; write a number followed by '%', e.g. '62%'"),
        ExpectedError(" 62", at: 1, length: 2, fix: "62%"),
        ExpectedError(String(repeating: "9", count: 400) + "%"),
    ])
    func rejectsPercent(_ expected: ExpectedError) {
        expected.check(Values.percent(expected.text))
    }

    @Test func decimalValuesEqualTheirLiterals() throws {
        // Parsed values must compare equal to literals, or exports would show 3.0999999.
        for (text, literal) in [("3.1%", 3.1), ("0.8%", 0.8), ("1.5%", 1.5), ("33.3%", 33.3), ("12345678.9%", 12345678.9)] {
            #expect(try Values.percent(text).get() == literal)
        }
        #expect(try Values.percent("1234567890.123456789%").get() == 1234567890.123456789)
    }
}
