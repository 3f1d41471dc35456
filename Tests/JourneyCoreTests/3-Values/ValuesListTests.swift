import Testing
import JourneyCore

@Suite struct ValuesScoreListTests {
    @Test func parsesTheSpecExample() throws {
        #expect(try Values.scoreList("volume 5, influence 2, data 3.5").get() == [
            CriterionScore(criterion: "volume", score: 5, offset: 0, length: 8),
            CriterionScore(criterion: "influence", score: 2, offset: 10, length: 11),
            CriterionScore(criterion: "data", score: 3.5, offset: 23, length: 8),
        ])
    }

    @Test(arguments: [
        ("Reach  Now 4", "reach now", 4.0),
        (" Volume 1 ", "volume", 1),
        ("ease of change 2.5", "ease of change", 2.5),
    ])
    func namesAreAllWordsBeforeTheScore(_ text: String, _ name: String, _ score: Double) throws {
        let item = try #require(try Values.scoreList(text).get().first)
        #expect(item.criterion == name && item.score == score)
    }

    @Test(arguments: [
        ExpectedError("volume 6", "volume score '6' is out of range; write a number from 1 to 5 (at most one decimal)",
                      at: 7, length: 1),
        ExpectedError("volume 5, data 3.25", "data score '3.25' has more than one decimal; round it to one, '3.3'",
                      at: 15, length: 4, fix: "3.3"),
        ExpectedError("volume 5, data 3,5"),
        ExpectedError("volume", "criterion 'volume' has no score; write 'volume N' with N from 1 to 5", at: 0, length: 6),
        ExpectedError("volume 5, influence high", "criterion 'influence high' has no score; write 'influence high N' with N from 1 to 5",
                      at: 10, length: 14),
        ExpectedError("5", "score '5' has no criterion; write the criterion first, e.g. 'volume 5'", at: 0, length: 1),
        ExpectedError("volume: 5", "score item 'volume: 5' has a colon; write 'volume 5'", fix: "volume 5"),
        ExpectedError("volume 5,, data 3", "score list has an empty item; write 'criterion N, criterion N', e.g. 'volume 5, influence 2, data 3'",
                      at: 9, length: 0),
        ExpectedError("volume 5, Volume 3", "criterion 'volume' is scored twice; keep one score per criterion", at: 10, length: 8),
        ExpectedError(" ", "score list is empty; write 'criterion N, criterion N', e.g. 'volume 5, influence 2, data 3'"),
    ])
    func rejects(_ expected: ExpectedError) {
        expected.check(Values.scoreList(expected.text))
    }
}

@Suite struct ValuesFlowTargetTests {
    @Test func parsesTheSpecExample() throws {
        let text = "checkout 70% (has an account), signup 20% (new customer), end 5%"
        #expect(try Values.flowTargets(text).get() == [
            FlowTargetSpec(target: "checkout", share: 70, label: "has an account", offset: 0, length: 29),
            FlowTargetSpec(target: "signup", share: 20, label: "new customer", offset: 31, length: 25),
            FlowTargetSpec(target: "end", share: 5, label: nil, offset: 58, length: 6),
        ])
    }

    @Test(arguments: [
        ("end", FlowTargetSpec(target: "end", length: 3)),
        (" END ", FlowTargetSpec(target: "end", offset: 1, length: 3)),
        ("product-page 40%", FlowTargetSpec(target: "product-page", share: 40, length: 16)),
        ("onboarding/welcome-email", FlowTargetSpec(target: "onboarding/welcome-email", length: 24)),
        ("cart (coupon, or code)", FlowTargetSpec(target: "cart", label: "coupon, or code", length: 22)),
        ("cart (a (b))", FlowTargetSpec(target: "cart", label: "a (b)", length: 12)),
        ("cart 70%(x)", FlowTargetSpec(target: "cart", share: 70, label: "x", length: 11)),
        ("cart(  x   y )", FlowTargetSpec(target: "cart", label: "x y", length: 14)),
        ("cart 0%", FlowTargetSpec(target: "cart", share: 0, length: 7)),
        ("cart 100%", FlowTargetSpec(target: "cart", share: 100, length: 9)),
        ("cart 12.5 %", FlowTargetSpec(target: "cart", share: 12.5, length: 11)),
        ("404", FlowTargetSpec(target: "404", length: 3)),
        ("Cart", FlowTargetSpec(target: "Cart", length: 4)),
    ])
    func parsesOneTarget(_ text: String, _ expected: FlowTargetSpec) throws {
        #expect(try Values.flowTargets(text).get() == [expected])
    }

    @Test func commasInsideParenthesesDoNotSplit() throws {
        let targets = try Values.flowTargets("a 50% (x, y), b (z)").get()
        #expect(targets.map(\.target) == ["a", "b"])
        #expect(targets.map(\.offset) == [0, 14])
        #expect(targets.map(\.label) == ["x, y", "z"])
    }

    @Test(arguments: [
        ExpectedError("product page 40%", "target 'product page' is not one id; write its id, e.g. 'product-page'",
                      at: 0, length: 12, fix: "product-page"),
        ExpectedError("a 5%, Product Page (x)", at: 6, length: 12, fix: "product-page"),
        ExpectedError("checkout 70", "share '70' has no '%'; write '70%'", at: 9, length: 2, fix: "70%"),
        ExpectedError("checkout 120%", "share '120%' is out of range; write a percent from 0% to 100%", at: 9, length: 4),
        ExpectedError("checkout -5%", at: 9, length: 3),
        ExpectedError("checkout 7x%"),
        ExpectedError("70% (x)", "target '70% (x)' has no touchpoint; write a touchpoint id or 'end' first, e.g. 'checkout 70%'"),
        ExpectedError("(x)"),
        ExpectedError("checkout (x", "condition '(x' is not closed; add ')'", at: 9, length: 2, fix: "(x)"),
        ExpectedError("checkout ( )", "target 'checkout ( )' has an empty condition; write it inside the parentheses or drop them",
                      at: 9, length: 3),
        ExpectedError("checkout (x) 70%", "target 'checkout (x) 70%' has its share after the condition; write 'checkout 70% (x)'",
                      at: 0, length: 16, fix: "checkout 70% (x)"),
        ExpectedError("checkout (x) y", at: 13, length: 1),
        ExpectedError("checkout 50% 20%", at: 13, length: 3),
        ExpectedError("a/b/c", "target 'a/b/c' is not a reference; write 'touchpoint-id' or 'journey-id/touchpoint-id'"),
        ExpectedError("/x"),
        ExpectedError("x/"),
        ExpectedError("cart)"),
        ExpectedError("a,, b", "next has an empty target; write targets like 'checkout 70% (has an account), end 5%'", at: 2, length: 0),
        ExpectedError("a,"),
        ExpectedError("", "next is empty; write targets like 'checkout 70% (has an account), end 5%'"),
    ])
    func rejects(_ expected: ExpectedError) {
        expected.check(Values.flowTargets(expected.text))
    }
}
