import Testing
import JourneyCore

@Suite struct ExperimentFiguresTests {
    /// Cross-checked with python3, `math.ceil` of the same formula in the same order.
    @Test(arguments: [
        (3.1, 10.0, 51438),  // the CLI contract example (51437.97 before ceil)
        (3.1, -10, 46689),  // a decrease
        (10, 20, 3841),
        (50, -50, 58),
        (50, 10, 1565),
        (1, 100, 2319),
        (20, -25, 906),
        (5, 5, 122124),
        (99, 1, 804),
        (0.5, 50, 15599),
    ])
    func samplePerVariant(_ baseline: Double, _ lift: Double, _ expected: Int) throws {
        #expect(try Figures.samplePerVariant(baselinePercent: baseline, liftPercent: lift).get() == expected)
    }

    @Test(arguments: [
        ExpectedError("baseline 3.1, lift 0", "lift '0%' cannot be sized; write the relative change to detect, e.g. '10%' or '-10%'"),
        ExpectedError("baseline 50, lift 100",
                      "lift '100%' takes the 50% baseline to 100%, not a rate between 0% and 100%; write a lift below 100%"),
        ExpectedError("baseline 60, lift 100",
                      "lift '100%' takes the 60% baseline to 120%, not a rate between 0% and 100%; write a lift below 66.66%"),
        ExpectedError("baseline 3.1, lift -100",
                      "lift '-100%' takes the 3.1% baseline to 0%, not a rate between 0% and 100%; write a lift above -100%"),
        ExpectedError("baseline 3.1, lift -150"),
        ExpectedError("baseline 0, lift 10", "baseline '0%' is out of range; write a conversion rate above 0% and below 100%"),
        ExpectedError("baseline 100, lift 10", "baseline '100%' is out of range; write a conversion rate above 0% and below 100%"),
        ExpectedError("baseline -1, lift 10"),
        ExpectedError("baseline 120, lift -50"),
        ExpectedError("baseline 3.1, lift 0.0000001",
                      "lift '1e-07%' is too small to detect on a 3.1% baseline (it needs over 10^15 visitors per variant); write a larger lift"),
    ])
    func rejects(_ expected: ExpectedError) throws {
        let numbers = expected.text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        try #require(numbers.count == 2)
        expected.check(Figures.samplePerVariant(baselinePercent: numbers[0], liftPercent: numbers[1]))
    }

    @Test func contractExampleTakesEightySixDays() throws {
        let n = try Figures.samplePerVariant(baselinePercent: 3.1, liftPercent: 10).get()
        let traffic = try Values.rate("1200/day").get()
        // 51438 x 2 / 1200 = 85.73
        #expect(Figures.experimentDays(samplePerVariant: n, variants: 2, trafficPerDay: traffic.perDay) == 86)
    }

    @Test(arguments: [
        ("1200/day", 86), ("50/hour", 86), ("8400/week", 86), ("36000/month", 86),
        ("100/hour", 43),  // 102876 / 2400 = 42.87
        ("1000/week", 721),  // 102876 x 7 / 1000 = 720.13
        ("10000/month", 309),  // 102876 x 30 / 10000 = 308.63
    ])
    func daysForEachUnit(_ rate: String, _ expected: Int) throws {
        let perDay = try Values.rate(rate).get().perDay
        #expect(Figures.experimentDays(samplePerVariant: 51438, variants: 2, trafficPerDay: perDay) == expected)
    }

    @Test func moreVariantsTakeLonger() {
        #expect(Figures.experimentDays(samplePerVariant: 51438, variants: 3, trafficPerDay: 1200) == 129)  // 128.6
    }

    @Test func exactQuotientsDoNotGainADay() throws {
        #expect(Figures.experimentDays(samplePerVariant: 600, variants: 2, trafficPerDay: 1200) == 1)
        // 11/month is 0.3666... per day; 22 / that is 60.00000000000001 in binary.
        let perDay = try Values.rate("11/month").get().perDay
        #expect(Figures.experimentDays(samplePerVariant: 11, variants: 2, trafficPerDay: perDay) == 60)
    }

    @Test func aTrickleOfTrafficClampsInsteadOfTrapping() {
        #expect(Figures.experimentDays(samplePerVariant: 999_999_999_999_999, variants: 10, trafficPerDay: 1e-300) == Int.max)
    }

    /// Any traffic, however large, still needs a day: ceil of a positive quotient is 1.
    @Test(arguments: [(1e21, 1), (1e300, 1), (.greatestFiniteMagnitude, 1), (102_876, 1), (102_875, 2), (51_438, 2)])
    func hugeTrafficTakesOneDay(_ perDay: Double, _ expected: Int) {
        #expect(Figures.experimentDays(samplePerVariant: 51438, variants: 2, trafficPerDay: perDay) == expected)
    }

    @Test func noDaysWithoutTraffic() {
        #expect(Figures.experimentDays(samplePerVariant: 100, variants: 2, trafficPerDay: nil) == nil)
        #expect(Figures.experimentDays(samplePerVariant: 100, variants: 2, trafficPerDay: 0) == nil)
        #expect(Figures.experimentDays(samplePerVariant: 100, variants: 2, trafficPerDay: -5) == nil)
        #expect(Figures.experimentDays(samplePerVariant: 100, variants: 2, trafficPerDay: .infinity) == nil)
        #expect(Figures.experimentDays(samplePerVariant: 100, variants: 2, trafficPerDay: .nan) == nil)
    }

    /// Extreme baselines and lifts give a size or a message, never a trap or a NaN.
    @Test func extremeInputsFinish() {
        let values: [Double] = [-.infinity, -1e308, -100, -1e-300, 0, 1e-320, 1e-300, 1e-9, 0.5, 50, 99.999999999,
                                100, 1e9, 1e300, .greatestFiniteMagnitude, .infinity, .nan]
        for baseline in values {
            for lift in values {
                switch Figures.samplePerVariant(baselinePercent: baseline, liftPercent: lift) {
                case .success(let n):
                    #expect(n >= 1, "baseline \(baseline), lift \(lift)")
                    let days = Figures.experimentDays(samplePerVariant: n, variants: 10, trafficPerDay: 1e-300)
                    #expect(days.map { $0 >= 1 } ?? false)
                case .failure(let error):
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }
}
