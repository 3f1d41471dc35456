import Testing
import JourneyCore

@Suite struct PriorityFiguresTests {
    static let equal = ["volume": 1.0, "influence": 1.0, "data": 1.0]

    static func scores(_ pairs: KeyValuePairs<String, Double>) -> [CriterionScore] {
        pairs.map { CriterionScore(criterion: $0.key, score: $0.value) }
    }

    @Test func specExampleIsFiftyEightPointThree() throws {
        let priority = try #require(Figures.priority(Self.scores(["volume": 5, "influence": 2, "data": 3]), weights: Self.equal))
        // 100 x (4 + 1 + 2) / (4 x 3) = 700 / 12
        #expect(priority == 700.0 / 12.0)
        #expect(abs(priority - 58.333_333_333_333) < 1e-9)
    }

    static let equalWeightCases: [([String: Double], Double)] = [
        (["volume": 1, "influence": 1, "data": 1], 0),
        (["volume": 5, "influence": 5, "data": 5], 100),
        (["volume": 4, "influence": 5, "data": 4], 250.0 / 3),  // product page: 100 x 10 / 12
        (["volume": 3, "influence": 5, "data": 5], 250.0 / 3),  // cart
        (["volume": 4], 75),  // only the criteria scored count
        (["volume": 3.5, "data": 1.5], 37.5),  // 100 x 3 / 8
    ]

    @Test func parsedScoresFeedThePriority() throws {
        let scores = try Values.scoreList("Volume 5, influence 2, data 3").get()
        #expect(Figures.priority(scores, weights: Self.equal) == 700.0 / 12.0)
    }

    @Test(arguments: equalWeightCases)
    func equalWeights(_ given: [String: Double], _ expected: Double) {
        let scores = given.sorted { $0.key < $1.key }.map { CriterionScore(criterion: $0.key, score: $0.value) }
        #expect(Figures.priority(scores, weights: Self.equal) == expected)
    }

    @Test func weightsFromTheProjectSettings() {
        let weights = ["volume": 1.0, "influence": 2, "data": 1]
        // 100 x (1x4 + 2x1 + 1x2) / (4 x 4) = 50
        #expect(Figures.priority(Self.scores(["volume": 5, "influence": 2, "data": 3]), weights: weights) == 50)
        // 100 x (2x4) / (4 x 2) = 100
        #expect(Figures.priority(Self.scores(["influence": 5]), weights: weights) == 100)
    }

    /// Weights near the largest Double would overflow the sums (inf / inf is NaN).
    @Test(arguments: [1e308, Double.greatestFiniteMagnitude])
    func hugeWeightsKeepThePriority(_ weight: Double) {
        let weights = ["volume": weight, "influence": weight, "data": 1]
        #expect(Figures.priority(Self.scores(["volume": 5, "influence": 1]), weights: weights) == 50)
        #expect(Figures.priority(Self.scores(["volume": 5, "influence": 2, "data": 5]), weights: weights) == 62.5)
    }

    @Test func noPriorityWithoutWeightedScores() {
        #expect(Figures.priority([], weights: Self.equal) == nil)
        #expect(Figures.priority(Self.scores(["speed": 5]), weights: Self.equal) == nil)
        #expect(Figures.priority(Self.scores(["volume": 5]), weights: ["volume": 0]) == nil)
        // An unconfigured criterion is left out of a scored touchpoint.
        #expect(Figures.priority(Self.scores(["volume": 5, "speed": 1]), weights: Self.equal) == 100)
    }

    @Test func specExampleRanking() {
        // ig-ad 58.3, product-page 83.3, cart 83.3: the tie goes to the product page.
        let result = Figures.rankAndFocus([700.0 / 12, 250.0 / 3, 250.0 / 3], focusShare: 0.2)
        #expect(result.map(\.rank) == [3, 1, 2])
        #expect(result.map(\.focus) == [false, true, false])
    }

    @Test func unscoredTouchpointsHaveNoRank() {
        let result = Figures.rankAndFocus([nil, 50, nil, 70, 50], focusShare: 0.2)
        #expect(result.map(\.rank) == [nil, 2, nil, 1, 3])
        #expect(result.map(\.focus) == [false, false, false, true, false])
    }

    @Test func focusRoundsUp() {
        let seven: [Double?] = [10, 20, 30, 40, 50, 60, 70]
        let result = Figures.rankAndFocus(seven, focusShare: 0.2)  // ceil(1.4) = 2
        #expect(result.map(\.focus) == [false, false, false, false, false, true, true])
        #expect(result.map(\.rank) == [7, 6, 5, 4, 3, 2, 1])
    }

    @Test(arguments: [
        (7, 0.2, 2), (5, 0.2, 1), (10, 0.2, 2), (11, 0.2, 3), (10, 0.25, 3),
        (1, 0.2, 1), (3, 0.0, 1), (3, 1.5, 3), (0, 0.2, 0),
        (10, 0.7, 7), (100, 0.07, 7),  // 0.07 x 100 is 7.000000000000001 in binary
        (4, 1e300, 4), (4, .nan, 1),
    ])
    func focusCount(_ scored: Int, _ share: Double, _ expected: Int) {
        #expect(Figures.focusCount(scored: scored, focusShare: share) == expected)
    }

    @Test func atLeastOneFocusWhenAnyIsScored() {
        let result = Figures.rankAndFocus([nil, 12.5, nil], focusShare: 0)
        #expect(result.map(\.focus) == [false, true, false])
        #expect(Figures.rankAndFocus([nil, nil], focusShare: 0.2).map(\.focus) == [false, false])
        #expect(Figures.rankAndFocus([], focusShare: 0.2).isEmpty)
    }

    @Test func allTiedKeepsDocumentOrder() {
        let result = Figures.rankAndFocus([50, 50, 50, 50, 50, 50], focusShare: 0.2)
        #expect(result.map(\.rank) == [1, 2, 3, 4, 5, 6])
        #expect(result.map(\.focus) == [true, true, false, false, false, false])
    }

    @Test func mean() {
        #expect(Figures.mean([]) == nil)
        #expect(Figures.mean([-1]) == -1)
        #expect(Figures.mean([0, 1, -2, 2]) == 0.25)
        #expect(Figures.mean([1, 2]) == 1.5)
    }
}
