@testable import JourneyCore
@testable import JourneyOutputs
import Testing

@Suite struct KPIGapTests {
    @Test(arguments: [
        ("1.9%", "2.6%", 1.9, 2.6, KPIGap.Direction.increase),
        ("72%", "60%", 72, 60, .decrease),
        ("5.2 days", "2 days", 5.2, 2, .decrease),
        ("£1,200", "£1,500", 1200, 1500, .increase),
        ("-3", "-3", -3, -3, .hold),
    ])
    func numbersInOneUnitMakeAGap(now: String, target: String, a: Double, b: Double, direction: KPIGap.Direction) throws {
        let gap = try #require(KPIGap(now: now, target: target))
        #expect(gap.now == a)
        #expect(gap.target == b)
        #expect(gap.direction == direction)
    }

    @Test(arguments: [("72%", "60 days"), ("high", "higher"), ("3", nil), ("£5", "$5"), ("about 3", "4")] as [(String, String?)])
    func otherValuesStayText(now: String, target: String?) {
        #expect(KPIGap(now: now, target: target) == nil)
    }

    /// The arrow points the way the value should move; the ring marks now.
    @Test func theArrowPointsFromNowToTheTarget() throws {
        let up = try #require(KPIGap(now: "10%", target: "20%")).svg()
        let down = try #require(KPIGap(now: "20%", target: "10%")).svg()
        #expect(up.contains(#"class="kpi-gap increase""#))
        #expect(down.contains(#"class="kpi-gap decrease""#))
        #expect(up.contains(#"aria-hidden="true""#))
        // 20 is the top of the scale in both: the arrow's tip there going up, the ring going down.
        #expect(up.contains(#"L107 7L"#))
        #expect(down.contains(#"<circle class="now" cx="107""#))
    }
}
