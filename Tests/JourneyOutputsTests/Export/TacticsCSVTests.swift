@testable import JourneyCore
@testable import JourneyOutputs
import Testing

/// `tactics.csv`: RFC 4180 quoting, the formula-injection guard, and the columns.
struct TacticsCSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("a\rb", "\"a\rb\""),
        ("café ☕", "café ☕"),
        ("a=b", "a=b"),
        ("x - y", "x - y"),
        // Formula starts get a quote mark; the rest of the rules still apply after it.
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1+2", "'=1+2"),
        ("+33 1 23", "'+33 1 23"),
        ("-5%", "'-5%"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("=a,b", "\"'=a,b\""),
    ])
    func field(_ text: String, _ expected: String) {
        #expect(TacticsCSV.field(text) == expected)
    }

    @Test func lineJoinsWithCommasAndEndsWithCRLF() {
        #expect(TacticsCSV.line(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(TacticsCSV.line([]) == "\r\n")
    }

    @Test func headerNamesEveryColumnOnce() {
        #expect(TacticsCSV.render(CSVFixtures.project([])) == TacticsCSV.header.joined(separator: ",") + "\r\n")
        #expect(Set(TacticsCSV.header).count == 19)
    }

    /// Every column of a tactic that has every value, and an empty field for each value
    /// a bare tactic lacks.
    @Test func rowsHoldEveryColumn() throws {
        let csv = TacticsCSV.render(CSVFixtures.project([CSVFixtures.journey()]))
        let records = try #require(CSVFixtures.parse(csv))
        #expect(records.count == 3)
        #expect(records[0] == TacticsCSV.header)
        let row = Dictionary(uniqueKeysWithValues: zip(records[1].indices, records[1]).map { (TacticsCSV.header[$0], $1) })
        #expect(row == [
            "journey": "shop", "tactic": "bundle", "title": "Bundle, \"trail\" kit", "touchpoints": "ad; cart",
            "segments": "boot-buyers; other/runners", "channels": "email; web", "trigger": "'=cart abandoned\nfor 2 h",
            "type": "contextual", "engine": "rule", "consent": "marketing", "impact": "4", "effort": "2",
            "confidence": "2.5", "ice": "40", "quadrant": "quick win", "status": "planned", "owner": "CRM",
            "samplePerVariant": "51438", "days": "86",
        ])
        // Quoted for the line break, after the formula guard's quote mark.
        #expect(csv.contains(",\"'=cart abandoned\nfor 2 h\","))
        #expect(records[2] == ["shop", "bare", "Bare", "", "", "", "", "", "", "", "", "", "", "", "", "idea", "", "", ""])
    }

    @Test func journeysInProjectOrderTacticsInDocumentOrder() throws {
        var second = CSVFixtures.journey()
        second.document.id = "after"
        let csv = TacticsCSV.render(CSVFixtures.project([CSVFixtures.journey(), second]))
        let records = try #require(CSVFixtures.parse(csv))
        #expect(records.dropFirst().map { $0[0] + "/" + $0[1] } == ["shop/bundle", "shop/bare", "after/bundle", "after/bare"])
        #expect(csv.hasSuffix("\r\n"))
    }
}
