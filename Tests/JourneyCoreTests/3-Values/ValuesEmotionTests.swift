import Testing
import JourneyCore

@Suite struct ValuesEmotionTests {
    @Test func labelList() {
        #expect(EmotionLabels.scores.count == 23)
        #expect(EmotionLabels.scores["delighted"] == 2)
        #expect(EmotionLabels.scores["curious"] == 0)
        #expect(EmotionLabels.scores["disappointed"] == -1)
        #expect(EmotionLabels.scores["furious"] == -2)
        #expect(EmotionLabels.labels.first == "delighted" && EmotionLabels.labels.last == "furious")
        let total: Int = EmotionLabels.scores.values.reduce(0, +)
        #expect(total == -7)  // 2 x 2 + 6 x 1 - 9 x 1 - 4 x 2
    }

    @Test(arguments: [
        ("-1", Emotion(score: -1)),
        ("+2", Emotion(score: 2)),
        ("0", Emotion(score: 0)),
        ("-0", Emotion(score: 0)),
        ("frustrated", Emotion(score: -1, label: "frustrated")),
        ("curious", Emotion(score: 0, label: "curious")),
        ("Curious", Emotion(score: 0, label: "curious")),
        (" delighted ", Emotion(score: 2, label: "delighted")),
        ("-2 angry", Emotion(score: -2, label: "angry")),
        ("-2 Angry", Emotion(score: -2, label: "angry")),
        ("+1 relieved", Emotion(score: 1, label: "relieved")),
        ("-0.5 mild irritation", Emotion(score: -0.5, label: "mild irritation")),
        ("1.5  very   happy", Emotion(score: 1.5, label: "very happy")),
        ("\u{2212}1 anxious", Emotion(score: -1, label: "anxious")),
        ("+1 angry", Emotion(score: 1, label: "angry", signConflict: true)),
        ("-1 happy", Emotion(score: -1, label: "happy", signConflict: true)),
        ("-0.5 delighted", Emotion(score: -0.5, label: "delighted", signConflict: true)),
        ("0 angry", Emotion(score: 0, label: "angry")),
        ("0 happy", Emotion(score: 0, label: "happy")),
        ("1 curious", Emotion(score: 1, label: "curious")),
        ("-2 curious", Emotion(score: -2, label: "curious")),
        ("2 delighted", Emotion(score: 2, label: "delighted")),
        ("+2 thrilled", Emotion(score: 2, label: "thrilled")),
        ("-1 Angry-ish", Emotion(score: -1, label: "Angry-ish")),
    ])
    func accepts(_ text: String, _ expected: Emotion) throws {
        #expect(try Values.emotion(text).get() == expected)
    }

    static let range = "write a number from -2 to +2 (at most one decimal)"

    @Test(arguments: [
        ExpectedError("3", "emotion '3' is out of range; \(range)", at: 0, length: 1),
        ExpectedError("-2.5 angry", "emotion '-2.5' is out of range; \(range)", at: 0, length: 4),
        ExpectedError("  +3 happy", at: 2, length: 2),
        ExpectedError("1.25 happy", "emotion '1.25' has more than one decimal; round it to one, '1.3'", at: 0, length: 4,
                      fix: "1.3"),
        ExpectedError("-1.25", fix: "-1.3"),
        ExpectedError("meh",
                      "emotion label 'meh' is not on the list; put a number from -2 to +2 before it ('-1 meh') "
                          + "or use a listed label such as delighted, happy, curious, neutral, confused, frustrated or angry",
                      at: 0, length: 3, fix: nil),
        ExpectedError("frustated",
                      "emotion label 'frustated' is not on the list; did you mean 'frustrated'? "
                          + "(another label needs a number from -2 to +2 before it: '-1 frustated')",
                      fix: "frustrated"),
        ExpectedError("mild irritation", at: 0, length: 15),
        ExpectedError("-2angry", "emotion '-2angry' needs a space between the number and the label; write '-2 angry'",
                      fix: "-2 angry"),
        ExpectedError("1,5 happy", "emotion number '1,5' uses a decimal comma; write '1.5'", at: 0, length: 3, fix: "1.5"),
        ExpectedError("+ happy"),
        ExpectedError("-"),
        ExpectedError("", at: 0, length: 0),
    ])
    func rejects(_ expected: ExpectedError) {
        expected.check(Values.emotion(expected.text))
    }

    @Test func errorOffsetsCountCharactersNotBytes() throws {
        // "é" written as e + combining acute is one character but three bytes.
        let error = try #require(Values.emotion("ne\u{301}e").failure)
        #expect(error.offset == 0 && error.length == 3)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
