import Testing
import JourneyCore

@Suite struct ValuesRateTests {
    /// 10^308: a Double, but not once multiplied by 24.
    static let tooLargePerHour = "1" + String(repeating: "0", count: 308)

    @Test(arguments: [
        ("2000/day", 2000.0, Rate.Unit.day, 2000.0),
        ("80/hour", 80, .hour, 1920),
        ("50/hour", 50, .hour, 1200),
        ("8400/week", 8400, .week, 1200),
        ("36000/month", 36000, .month, 1200),
        ("1,200/week", 1200, .week, 1200.0 / 7),
        ("1,234,567/month", 1_234_567, .month, 1_234_567.0 / 30),
        ("2000 / Day", 2000, .day, 2000),
        (" 2000/DAY ", 2000, .day, 2000),
        ("0.5/hour", 0.5, .hour, 12),
        ("0/day", 0, .day, 0),
        ("1200/day", 1200, .day, 1200),
        ("1000000000000000000000/day", 1e21, .day, 1e21),
        (tooLargePerHour + "/day", 1e308, .day, 1e308),
    ])
    func accepts(_ text: String, _ amount: Double, _ unit: Rate.Unit, _ perDay: Double) throws {
        let rate = try Values.rate(text).get()
        #expect(rate == Rate(amount: amount, unit: unit))
        #expect(rate.perDay == perDay)
    }

    @Test(arguments: [
        ExpectedError("2000", "rate '2000' has no unit; write '2000/day' or another of /hour, /day, /week or /month",
                      at: 0, length: 4, fix: nil),
        ExpectedError("2000/days", "rate '2000/days' has an unknown unit 'days'; write '2000/day'", fix: "2000/day"),
        ExpectedError("2000/Hours", fix: "2000/hour"),
        ExpectedError("2000/hr", fix: "2000/hour"),
        ExpectedError("2000/wk", fix: "2000/week"),
        ExpectedError("2000/mnth", fix: "2000/month"),
        ExpectedError("2000/dya", fix: "2000/day"),
        ExpectedError("1,200 per week", "rate '1,200 per week' uses 'per'; write '1,200/week'", fix: "1,200/week"),
        ExpectedError("2000/year",
                      "rate unit 'year' is unknown; write the number then one of /hour, /day, /week or /month, e.g. '2000/day'",
                      at: 5, length: 4, fix: nil),
        ExpectedError("2000/", "rate '2000/' has no unit after '/'; write '2000/day' or another of /hour, /day, /week or /month"),
        ExpectedError("-5/day", "rate '-5/day' is negative; write a number of customers of 0 or more, e.g. '2000/day'",
                      at: 0, length: 2),
        ExpectedError("lots/day", "rate 'lots/day' is not a number with a unit; write e.g. '2000/day' (units /hour, /day, /week or /month)"),
        ExpectedError("1,20/day"),
        ExpectedError("1200,0/day"),
        ExpectedError("2k/day"),
        ExpectedError("", "rate is empty; write a number per hour, day, week or month, e.g. '2000/day'"),
        // 10^308 an hour is beyond a Double per day: no figure could use it.
        ExpectedError(tooLargePerHour + "/hour", "rate '\(tooLargePerHour)/hour' is too large to compute with; write a smaller number",
                      at: 0, length: 309, fix: nil),
    ])
    func rejects(_ expected: ExpectedError) {
        expected.check(Values.rate(expected.text))
    }
}

@Suite struct ValuesKPITests {
    @Test(arguments: [
        ("cart abandonment: 72% -> 60%", KPI(name: "cart abandonment", now: "72%", target: "60%")),
        ("time to repair: 5 days -> 2 days", KPI(name: "time to repair", now: "5 days", target: "2 days")),
        ("NPS", KPI(name: "NPS")),
        ("  NPS  ", KPI(name: "NPS")),
        ("NPS: 42", KPI(name: "NPS", now: "42")),
        ("ad click-through: 0.8% → 1.5%", KPI(name: "ad click-through", now: "0.8%", target: "1.5%")),
        ("conversion:2%->3%", KPI(name: "conversion", now: "2%", target: "3%")),
        ("time: 10:30 -> 9:00", KPI(name: "time", now: "10:30", target: "9:00")),
        ("time:10:30 -> 9:00", KPI(name: "time", now: "10:30", target: "9:00")),
        ("a: b: 1 -> 2", KPI(name: "a", now: "b: 1", target: "2")),
        ("churn: -> 5%", KPI(name: "churn", target: "5%")),
        ("churn: 7% ->", KPI(name: "churn", now: "7%")),
        ("churn:", KPI(name: "churn")),
        (": 1 -> 2", KPI(name: "", now: "1", target: "2")),
        ("NPS 30 -> 50", KPI(name: "NPS 30 -> 50")),
        ("", KPI(name: "")),
        ("délai: 5 j → 2 j", KPI(name: "délai", now: "5 j", target: "2 j")),
    ])
    func parses(_ text: String, _ expected: KPI) {
        #expect(Values.kpi(text) == expected)
    }
}
